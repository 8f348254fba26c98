"""`python -m newsmine.cli`: the same as the `newsmine` command."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
