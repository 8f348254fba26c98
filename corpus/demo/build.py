#!/usr/bin/env python3
"""Render the four offline demo news sites and gold.jsonl from articles/<site>/*.yaml.

Usage: python corpus/demo/build.py [--out DIR]

Writes, next to this file (or under --out): sites/<site>/ (HTML, robots.txt, sitemaps, RSS,
a PDF, placeholder images), gold.jsonl (one line per article page, GOLD.md's format plus
expected_* keys) and server.json (redirects, query-string routes and Last-Modified dates that
serve.py honours). The output depends only on the YAML files: re-running changes nothing.
Standard library + PyYAML only.

The code lives in demobuild/ beside this file (articles, helpers, the Site base class, one
module per site layout, the output); this file is its command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, this folder is on sys.path already; loaded by file path (the tests), it is not.
if str(HERE) not in sys.path:
    sys.path.append(str(HERE))

from demobuild.articles import Article, adjust_gold, apply_edits, load_site_articles, republish
from demobuild.baodienbien import BaoDienBien
from demobuild.caobang import CaoBang
from demobuild.helpers import GOLD_LISTS, ORIGINS, SITES
from demobuild.laichau import LaiChau
from demobuild.output import build, check_gold, gold_record, write_tree
from demobuild.site import Site
from demobuild.tintaybac import TinTayBac

__all__ = ["GOLD_LISTS", "ORIGINS", "SITES", "Article", "BaoDienBien", "CaoBang", "LaiChau", "Site",
           "TinTayBac", "adjust_gold", "apply_edits", "build", "check_gold", "gold_record",
           "load_site_articles", "main", "republish", "write_tree"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: corpus/demo)")
    parser.add_argument("--articles", type=Path, default=HERE / "articles", help="article YAML folder")
    parser.add_argument("--republish", type=Path, default=HERE / "republish.yaml")
    args = parser.parse_args(argv)
    files = build(args.articles, args.republish)
    written, removed = write_tree(args.out, files)
    gold = files["gold.jsonl"].decode("utf-8").splitlines()
    per_site = {}
    for line in gold:
        site = json.loads(line)["site"]
        per_site[site] = per_site.get(site, 0) + 1
    counts = ", ".join(f"{site} {n}" for site, n in per_site.items())
    print(f"build.py: {len(gold)} article pages ({counts}); "
          f"{sum(1 for p in files if p.startswith('sites/'))} files; {written} written, {removed} removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
