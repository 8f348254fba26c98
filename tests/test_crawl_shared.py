"""A crawl shared by several workers through one Redis (scrapy-redis), and the merge of their
databases: the README's recipe, run on a demo site with an in-process Redis (fakeredis)."""

import importlib.util
import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from newsmine import store
from newsmine.crawl import CrawlError, crawl_config, crawl_source

DEMO = Path(__file__).resolve().parent.parent / "corpus" / "demo"
fakeredis = pytest.importorskip("fakeredis")
pytest.importorskip("scrapy_redis")
pytestmark = pytest.mark.skipif(not (DEMO / "sites").is_dir(), reason="corpus/demo/sites is not built")


@pytest.fixture(scope="module")
def site():
    spec = importlib.util.spec_from_file_location("demo_serve_for_shared", DEMO / "serve.py")
    serve = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = serve
    spec.loader.exec_module(serve)
    bases, stop = serve.start_demo_servers("127.0.0.1", 0, open("/dev/null", "w"))  # noqa: SIM115
    yield bases[0]  # the provincial newspaper
    stop()


@pytest.fixture(scope="module")
def redis_url():
    server = fakeredis.TcpFakeServer(("127.0.0.1", 0))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address
    yield f"redis://{host}:{port}/0"
    server.shutdown()


def fetched(db_path) -> set[str]:
    """The URLs a crawl fetched itself (robots.txt aside: every worker reads it for its politeness)."""
    with sqlite3.connect(db_path) as db:
        return {url for (url,) in db.execute("SELECT url FROM pages") if not url.endswith("/robots.txt")}


def crawl(db_path, site, **options):
    return crawl_source(db_path, site, delay=0, concurrency=2, timeout=5, **options)


def test_two_workers_share_the_crawl_and_their_pages_merge_into_one(site, redis_url, tmp_path):
    solo = crawl(tmp_path / "solo.db", site)
    assert solo.finished and fetched(tmp_path / "solo.db")
    workers = [tmp_path / "a.db", tmp_path / "b.db"]
    summaries = {}
    threads = [threading.Thread(target=lambda p=p: summaries.__setitem__(p, crawl(p, site, redis_url=redis_url,
                                                                              redis_key="test:one")))
               for p in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert all(summaries[p].finished and not summaries[p].failure for p in workers)
    a, b = fetched(workers[0]), fetched(workers[1])
    assert not a & b  # no URL fetched twice
    assert a | b == fetched(tmp_path / "solo.db")

    # A worker that joins later finds every URL already taken: the filter is shared.
    late = tmp_path / "late.db"
    crawl(late, site, redis_url=redis_url, redis_key="test:one")
    assert fetched(late) == set()

    merged = store.open_db(tmp_path / "merged.db")
    taken = sum(store.merge_pages(merged, p) for p in workers)
    urls = {r[0] for r in merged.execute("SELECT url FROM pages")}
    assert {u for u in urls if not u.endswith("/robots.txt")} == a | b
    assert taken in (len(a | b) + 1, len(a | b) + 2)  # robots.txt again only when fetched later
    assert merged.execute("SELECT count(*) FROM pages WHERE crawl_id IS NOT NULL").fetchone()[0] == 0
    assert store.merge_pages(merged, workers[0]) == 0  # nothing newer the second time


def test_merging_a_file_that_is_no_database_changes_nothing(tmp_path):
    db = store.open_db(tmp_path / "main.db")
    store.save_page(db, {"url": "http://x/1", "status": 200, "body": b"kept", "fetched_at": "2026-01-01"})
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\xff not sqlite" * 100)
    for other, message in ((junk, "junk.db"), (tmp_path / "missing.db", "no such database")):
        with pytest.raises(store.StoreError, match=message):
            store.merge_pages(db, other)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(store.StoreError, match="not a newsmine database"):
        store.merge_pages(db, empty)
    assert store.read_page(db, "http://x/1")["body"] == b"kept"


def test_a_bad_redis_url_stops_before_any_fetch(site, tmp_path):
    with pytest.raises(CrawlError, match="not a Redis URL"):
        crawl_config(tmp_path / "x.db", site, redis_url="http://localhost:6379")


def test_the_commands_say_what_is_wrong_in_one_line(site, tmp_path):
    from click.testing import CliRunner

    from newsmine.cli import cli

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\xff not sqlite" * 100)
    for args in (["merge-pages", str(junk), "--db", str(tmp_path / "main.db")],
                 ["crawl", site, "--redis", "localhost:6379", "--db", str(tmp_path / "main.db")]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code != 0
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
