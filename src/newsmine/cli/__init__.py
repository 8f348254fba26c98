"""The `newsmine` command line: a thin click skin over the library. One group (`base`) and its
commands by stage: `collect` (sources, crawl, merge-pages, extract, run), `facts` (predict,
eval, annotate, explain) and `browse` (stats, conflicts, search, export, serve)."""

from . import browse, collect, facts  # noqa: F401  (importing them adds their commands to cli)
from .base import cli


def main():
    cli(prog_name="newsmine")
