"""SIGKILL mid-crawl, then the same command again: nothing lost, nothing stored refetched."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from crawlsite import Page, Site, html, sitemap
from newsmine.crawl import crawl_source

SECTIONS, PER_PAGE, PAGES_PER_SECTION = 4, 10, 3
CONTRACT = "url, final_url, status, content_type, sha256, source, kind"


def generated_site(latency: float) -> Site:
    """Sections with paginated listings of articles, half of them also in a sitemap."""
    site = Site({}, latency=latency)
    base, routes, articles = site.base, {}, []
    for s in range(SECTIONS):
        for p in range(1, PAGES_PER_SECTION + 1):
            names = [f"/s{s}/bai-viet-so-{s}-{p}-{i}.html" for i in range(PER_PAGE)]
            articles += names
            nxt = [f"/s{s}/?trang={p + 1}"] if p < PAGES_PER_SECTION else []
            path = f"/s{s}/" if p == 1 else f"/s{s}/?trang={p}"
            routes[path] = Page(html(f"section {s} page {p}", names + nxt))
    for name in articles:
        routes[name] = Page(html(name, ["/", name.rsplit("/", 1)[0] + "/"], article=True))
    routes["/"] = Page(html("home", [f"/s{s}/" for s in range(SECTIONS)]))
    routes["/robots.txt"] = Page(f"User-agent: *\nSitemap: {base}/sitemap.xml\n", content_type="text/plain")
    routes["/sitemap.xml"] = Page(sitemap([base + a for a in articles[::2]]), content_type="application/xml")
    site.routes.update(routes)
    return site


def pages_table(db_path) -> set[tuple]:
    with sqlite3.connect(db_path) as db:
        return set(db.execute(f"SELECT {CONTRACT} FROM pages"))


def stored_urls(db_path) -> set[str]:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
            return {r[0] for r in db.execute("SELECT url FROM pages")}
    except sqlite3.Error:
        return set()


@pytest.fixture
def site():
    s = generated_site(latency=0.02)
    yield s
    s.stop()


def test_sigkill_then_rerun_equals_an_uninterrupted_crawl(site, tmp_path):
    reference = tmp_path / "reference.db"
    whole = crawl_source(reference, site.url("/"), delay=0, concurrency=2, timeout=5)
    assert whole.finished
    expected = pages_table(reference)
    assert len(expected) > 100

    killed = tmp_path / "killed.db"
    mark = len(site.log)
    command = [sys.executable, "-m", "newsmine.cli", "crawl", site.url("/"), "--db", str(killed),
               "--delay", "0", "--concurrency", "2", "--timeout", "5"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while len(stored_urls(killed)) < 30 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)  # the command and its crawler process
    process.wait()
    time.sleep(0.1)
    before = stored_urls(killed)
    assert 30 <= len(before) < len(expected), "the kill must land mid-crawl"
    after_kill = len(site.log)

    resumed = crawl_source(killed, site.url("/"), delay=0, concurrency=2, timeout=5)
    assert resumed.resumed and resumed.finished
    assert pages_table(killed) == expected
    refetched = {site.url(h.path) for h in site.log[after_kill:]} & before
    assert refetched == set(), "a page stored before the kill was requested again"
    assert len(site.log) - mark <= len(expected) + 4  # at most the requests in flight repeated
    with sqlite3.connect(killed) as db:
        assert db.execute("SELECT count(*) FROM crawls WHERE finished_at IS NULL").fetchone()[0] == 0


def test_interrupted_run_is_resumed_not_restarted(tmp_path):
    site = generated_site(latency=0)
    db_path = tmp_path / "x.db"
    first = crawl_source(db_path, site.url("/"), delay=0, concurrency=2, max_pages=20)
    assert first.finished
    with sqlite3.connect(db_path) as db:  # as if that run had been killed
        db.execute("UPDATE crawls SET finished_at = NULL")
    mark = len(site.log)
    second = crawl_source(db_path, site.url("/"), delay=0, concurrency=2)
    assert second.resumed and second.crawl_id == first.crawl_id
    again = site.log[mark:]
    site.stop()
    assert not [h for h in again if h.conditional], "a resumed run does not revalidate its own pages"
