"""`make bench`: run every bench/bench_*.py's main(), in name order."""

import importlib
import sys
from pathlib import Path


def main() -> int:
    for path in sorted(Path(__file__).parent.glob("bench_*.py")):
        print(f"== {path.stem}", flush=True)
        importlib.import_module(f"bench.{path.stem}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
