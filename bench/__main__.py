"""`make bench`: run every bench/bench_*.py's main(), in name order, each in a fresh process (so
that its peak memory is its own), and write their measures to data/bench.json."""

import json
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench import run_one

OUT = Path("data/bench.json")


def main() -> int:
    results = {}
    for path in sorted(Path(__file__).parent.glob("bench_*.py")):
        print(f"== {path.stem}", flush=True)
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
            results.update(pool.submit(run_one, path.stem).result())
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n")
    print(f"== measures written to {OUT}")
    for key, value in results.items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
