"""End to end: the crawler on the four offline demo sites served locally (corpus/demo)."""

import importlib.util
import json
import re
import sqlite3
import sys
from pathlib import Path
from urllib.robotparser import RobotFileParser

import pytest

from newsmine.crawl import crawl_source

DEMO = Path(__file__).resolve().parent.parent / "corpus" / "demo"
pytestmark = pytest.mark.skipif(not (DEMO / "sites").is_dir() or not (DEMO / "serve.py").is_file(),
                                reason="corpus/demo/sites is not built")


class RequestLog(list):
    """serve.py writes its access log here: one line per request."""

    def write(self, line):
        self.append(line)

    def flush(self):
        pass


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("demo_serve_for_crawl", DEMO / "serve.py")
    serve = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = serve
    spec.loader.exec_module(serve)
    log = RequestLog()
    bases, stop = serve.start_demo_servers("127.0.0.1", 0, log)
    db_path = tmp_path_factory.mktemp("demo") / "demo.db"
    summaries = {site: crawl_source(db_path, base, delay=0, concurrency=4, timeout=5)
                 for site, base in zip(serve.SITES, bases)}
    yield {"bases": dict(zip(serve.SITES, bases)), "log": log, "db_path": db_path,
           "summaries": summaries}
    stop()


def test_every_demo_site_is_crawled_to_the_end(demo):
    for summary in demo["summaries"].values():
        assert summary.finished and not summary.errors


def test_every_gold_article_page_is_stored_as_an_article(demo):
    gold = [json.loads(line) for line in (DEMO / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    db = sqlite3.connect(demo["db_path"])
    rows = db.execute("SELECT url, final_url, kind, status FROM pages").fetchall()
    articles = {final for _, final, kind, status in rows if kind == "article" and status == 200}
    missing = [g["url"] for g in gold if g.get("url") and g.get("site") in demo["bases"]
               and demo["bases"][g["site"]].rstrip("/") + g["url"] not in articles]
    assert gold and not missing


def test_no_url_disallowed_by_robots_was_requested(demo):
    for site, base in demo["bases"].items():
        robots = RobotFileParser()
        robots.parse((DEMO / "sites" / site / "robots.txt").read_text(encoding="utf-8").splitlines())
        requested = [m.group(1) for line in demo["log"] if line.startswith(site + " ")
                     for m in [re.search(r'"GET (\S+) HTTP', line)] if m]
        assert requested
        assert [p for p in requested if not robots.can_fetch("newsmine", base.rstrip("/") + p)] == []


def test_demo_pages_carry_their_source_and_listings_are_listings(demo):
    db = sqlite3.connect(demo["db_path"])
    sources = {r[0] for r in db.execute("SELECT DISTINCT source FROM pages")}
    assert sources == {s.source for s in demo["summaries"].values()}
    homes = [r[0] for r in db.execute("SELECT kind FROM pages WHERE url IN ({})".format(
        ",".join("?" * len(demo["bases"]))), list(demo["bases"].values()))]
    assert homes == ["listing"] * len(demo["bases"])
