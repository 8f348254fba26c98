"""Pages stored in batches: nothing fetched is lost when a crawl stops, one bad page loses no
other, and a database that takes no more pages says why in one line."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from crawlsite import Page, Site, html
from newsmine import store
from newsmine.crawl import crawl_source
from newsmine.crawl.writer import PageWriter, StorageFailure

BODY = ("<html><body><h1>Tỉnh đẩy nhanh giải ngân vốn đầu tư công</h1><p>Chiều qua, Ủy ban nhân "
        "dân tỉnh họp bàn tháo gỡ vướng mắc về mặt bằng tại các dự án giao thông.</p></body></html>")


def page(n: int, **changes) -> dict:
    url = f"https://baotinh.example/tin/{n}.html"
    return {"url": url, "final_url": url, "status": 200, "content_type": "text/html",
            "headers": {"etag": f'"{n}"'}, "fetched_at": "2026-12-04T08:00:00", "body": BODY.encode(),
            "sha256": str(n), "source": "baotinh", "kind": "article", **changes}


def stored(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT url FROM pages")}


@pytest.fixture
def db(tmp_path):
    database = store.open_db(tmp_path / "pages.db")
    yield database
    database.close()


def test_a_batch_is_written_when_it_is_full_not_before(db):
    writer = PageWriter(db, max_pages=5, max_seconds=3600)
    for n in range(4):
        writer.save(page(n))
        writer.flush_if_due()
    assert stored(db) == set()
    writer.save(page(4))
    writer.flush_if_due()
    assert len(stored(db)) == 5
    assert store.read_page(db, page(3)["url"])["body"] == BODY.encode()


def test_large_bodies_send_a_batch_before_its_page_count(db):
    writer = PageWriter(db, max_pages=50, max_bytes=3 * len(BODY.encode()), max_seconds=3600)
    for n in range(3):
        writer.save(page(n))
        writer.flush_if_due()
    assert len(stored(db)) == 3


def test_closing_the_writer_stores_what_it_holds(db):
    writer = PageWriter(db, max_pages=50, max_seconds=3600)
    writer.save(page(1))
    writer.touch(page(1)["url"], "2026-12-04T09:00:00", 7)
    writer.save(page(2))
    assert writer.holds(page(2)["url"]) and stored(db) == set()
    writer.close()
    assert stored(db) == {page(1)["url"], page(2)["url"]}
    assert db.execute("SELECT checked_at FROM pages WHERE url = ?", [page(1)["url"]]).fetchone()[0] \
        == "2026-12-04T09:00:00"


def test_a_revalidation_updates_a_page_stored_before(db):
    store.save_page(db, page(1, checked_at="2026-11-01T00:00:00", crawl_id=1))
    writer = PageWriter(db)
    writer.touch(page(1)["url"], "2026-12-04T09:00:00", 2)
    writer.close()
    assert db.execute("SELECT checked_at, crawl_id FROM pages").fetchall() == [("2026-12-04T09:00:00", 2)]


def test_a_page_the_database_refuses_loses_no_other_page_of_its_batch(db):
    refused = []
    writer = PageWriter(db, max_pages=50, on_page_error=lambda url, reason: refused.append((url, reason)))
    bad = page(3, final_url="https://baotinh.example/tin/\ud800.html")  # a lone surrogate
    for row in [page(1), page(2), bad, page(4)]:
        writer.save(row)
    writer.close()
    assert stored(db) == {page(n)["url"] for n in (1, 2, 4)}
    assert [url for url, _ in refused] == [bad["url"]]
    assert "\n" not in refused[0][1] and refused[0][1].startswith("UnicodeEncodeError")


def test_a_locked_database_stops_the_writer_with_a_one_line_reason_and_keeps_what_was_stored(db, tmp_path):
    writer = PageWriter(db, max_pages=2)
    writer.save(page(1))
    writer.save(page(2))
    writer.flush_if_due()
    db.execute("PRAGMA busy_timeout = 50")  # the crawl waits a minute; the test need not
    other = sqlite3.connect(tmp_path / "pages.db")
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        writer.save(page(3))
        writer.save(page(4))
        with pytest.raises(StorageFailure) as failure:
            writer.flush_if_due()
        assert str(failure.value) == "OperationalError: database is locked"
        assert writer.lost == 2
        writer.save(page(5))  # the crawl is stopping: nothing more is tried
        writer.close()
    finally:
        other.rollback()
        other.close()
    assert stored(db) == {page(1)["url"], page(2)["url"]}


def test_a_crawl_stopped_by_ctrl_c_has_stored_every_page_it_fetched(tmp_path):
    articles = [f"/tin/bai-{k}.html" for k in range(300)]
    routes = {"/": Page(html("Trang chủ", articles)), "/sitemap.xml": Page("", status=404)}
    routes.update({a: Page(html(f"Bài {a}", article=True, body=f"<p>{BODY}</p>")) for a in articles})
    site = Site(routes, latency=0.01)
    db_path = tmp_path / "stopped.db"
    command = [sys.executable, "-m", "newsmine.cli", "crawl", site.url("/"), "--db", str(db_path),
               "--delay", "0", "--concurrency", "2"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(site.log) < 40 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.01)
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the command and its crawler
        process.wait(timeout=60)
        requested = {site.url(h.path) for h in site.log if h.path.startswith("/tin/")}
        with sqlite3.connect(db_path) as db:
            pages = {r[0] for r in db.execute("SELECT url FROM pages WHERE url LIKE '%/tin/%'")}
            unfinished = db.execute("SELECT count(*) FROM crawls WHERE finished_at IS NULL").fetchone()[0]
        assert 0 < len(requested) < len(articles), "the stop must land mid-crawl"
        assert pages == requested  # the pages in flight were finished, and all are stored
        assert unfinished == 1
        mark = len(site.log)
        resumed = crawl_source(db_path, site.url("/"), delay=0, concurrency=2)
        assert resumed.resumed and resumed.finished
        assert not {site.url(h.path) for h in site.log[mark:]} & pages  # none fetched again
    finally:
        if process.poll() is None:
            process.kill()
        site.stop()
