"""Re-runs: conditional requests only, new pages found, --since, --max-pages, politeness delays."""

import sqlite3
from itertools import pairwise

import pytest

from crawlsite import Page, Site, html, rss, sitemap
from newsmine.crawl import crawl_source

FAST = {"delay": 0, "timeout": 2, "retries": 1, "backoff": 0.05}


def news_site(articles=("a1", "a2", "a3")) -> Site:
    site = Site({})
    base = site.base

    def build(names):
        site.routes.clear()
        site.routes.update({
            "/robots.txt": Page(f"User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n",
                                content_type="text/plain"),
            "/": Page(html("home", [f"/tin/{n}.html" for n in names] + ["/chuyen-muc/", "/admin/"],
                           head='<link rel="alternate" type="application/rss+xml" href="/rss.xml">')),
            "/chuyen-muc/": Page(html("section", [f"/tin/{n}.html" for n in names] + ["/chuyen-muc/?page=2"])),
            "/chuyen-muc/?page=2": Page(html("section 2", ["/tin/old.html"])),
            "/sitemap.xml": Page(sitemap([f"{base}/tin/{n}.html" for n in names], "2025-03-01"),
                                 content_type="application/xml"),
            "/archive-sitemap.xml": Page(sitemap([f"{base}/tin/ancient.html"], "2019-01-01"),
                                         content_type="application/xml"),
            "/rss.xml": Page(rss([(f"{base}/tin/{n}.html", "Sat, 01 Mar 2025 08:00:00 +0700")
                                  for n in names] + [(f"{base}/tin/feed-old.html",
                                                      "Mon, 02 Jan 2017 08:00:00 +0700")]),
                             content_type="application/rss+xml"),
            **{f"/tin/{n}.html": Page(html(n, article=True))
               for n in [*names, "old", "ancient", "feed-old"]},
        })

    site.build = build
    build(articles)
    return site


@pytest.fixture
def site():
    s = news_site()
    yield s
    s.stop()


def test_second_run_makes_only_conditional_requests(site, tmp_path):
    db = tmp_path / "x.db"
    first = crawl_source(db, site.url("/"), **FAST)
    assert first.finished and first.new > 5
    mark = len(site.log)
    second = crawl_source(db, site.url("/"), **FAST)
    again = site.log[mark:]
    assert again, "the second run revalidates robots.txt, feeds, sitemaps and the home page"
    assert all(hit.conditional for hit in again), [h.path for h in again if not h.conditional]
    assert second.fetched == 0 and second.not_modified == len(again)
    # articles are not revalidated at all within the refresh period
    assert not [h.path for h in again if h.path.startswith("/tin/")]


def test_new_article_is_fetched_and_only_new_urls_unconditionally(site, tmp_path):
    db = tmp_path / "x.db"
    crawl_source(db, site.url("/"), **FAST)
    site.build(("a1", "a2", "a3", "a4"))
    mark = len(site.log)
    summary = crawl_source(db, site.url("/"), **FAST)
    unconditional = {h.path for h in site.log[mark:] if not h.conditional}
    assert unconditional == {"/tin/a4.html"}
    assert summary.new == 1
    changed = {row[0].removeprefix(site.base) for row in sqlite3.connect(db).execute(
        "SELECT url FROM pages WHERE changed_at >= (SELECT started_at FROM crawls WHERE id = 2)")}
    assert {"/", "/sitemap.xml", "/rss.xml", "/tin/a4.html"} <= changed


def test_article_older_than_refresh_period_is_revalidated(site, tmp_path):
    db = tmp_path / "x.db"
    crawl_source(db, site.url("/"), **FAST)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE pages SET fetched_at = '2000-01-01T00:00:00+00:00', "
                     "checked_at = '2000-01-01T00:00:00+00:00' WHERE url LIKE '%/tin/a1.html'")
    mark = len(site.log)
    crawl_source(db, site.url("/"), **FAST)
    hits = [h for h in site.log[mark:] if h.path == "/tin/a1.html"]
    assert len(hits) == 1 and hits[0].conditional


def test_since_skips_older_sitemap_and_feed_entries(site, tmp_path):
    site.routes["/robots.txt"] = Page(
        f"User-agent: *\nSitemap: {site.base}/sitemap.xml\nSitemap: {site.base}/archive-sitemap.xml\n",
        content_type="text/plain")
    summary = crawl_source(tmp_path / "x.db", site.url("/"), since="2024-01-01", **FAST)
    paths = site.paths()
    assert "/tin/ancient.html" not in paths and "/tin/feed-old.html" not in paths
    assert "/tin/a1.html" in paths
    assert summary.skipped["older than --since"] == 2


def test_since_stops_listing_pagination_once_a_whole_page_is_older(tmp_path):
    def listing(n, year):
        teasers = "".join(f"<div class='tin'><a href='/tin/{year}-{k}.html'>Tin số {k} của năm {year} về kinh tế "
                          f"xã hội</a><span class='ngay'>{10 + k}/05/{year}</span></div>" for k in range(4))
        return Page(f"<html><body><h1>Kinh tế</h1>{teasers}<a href='/kinh-te?page={n + 1}'>Trang sau</a>"
                    "</body></html>")

    articles = {f"/tin/{year}-{k}.html": Page(html(f"Tin {k}", article=True)) for year in (2024, 2023, 2022)
                for k in range(4)}
    site = Site({
        "/robots.txt": Page("User-agent: *\n", content_type="text/plain"),
        "/": Page(html("home", ["/kinh-te?page=1"])), "/sitemap.xml": Page("", status=404),
        "/kinh-te?page=1": listing(1, 2024), "/kinh-te?page=2": listing(2, 2023), "/kinh-te?page=3": listing(3, 2022),
        **articles,
    })
    try:
        summary = crawl_source(tmp_path / "x.db", site.url("/"), since="2024-01-01", **FAST)
        paths = set(site.paths())
        assert {f"/tin/2024-{k}.html" for k in range(4)} <= paths
        assert "/kinh-te?page=2" in paths  # its link was on a page with news of 2024
        assert "/kinh-te?page=3" not in paths and not any(p.startswith("/tin/2023") for p in paths)
        assert summary.skipped["older than --since"] == 5  # four 2023 articles and the next page
    finally:
        site.stop()


def test_max_pages_bounds_the_run_and_the_next_run_continues(site, tmp_path):
    db = tmp_path / "x.db"
    summary = crawl_source(db, site.url("/"), max_pages=3, **FAST)
    assert summary.finished
    assert summary.fetched <= 4  # robots.txt is not counted
    assert summary.skipped["--max-pages reached"] > 0
    full = crawl_source(db, site.url("/"), **FAST)
    stored = {r[0] for r in sqlite3.connect(db).execute("SELECT url FROM pages")}
    assert site.url("/tin/old.html") in stored and full.new > 0


def test_robots_crawl_delay_spaces_requests(tmp_path):
    site = Site({
        "/robots.txt": Page("User-agent: *\nCrawl-delay: 0.3\n", content_type="text/plain"),
        "/": Page(html("home", ["/p1.html", "/p2.html", "/p3.html"])),
        **{f"/p{i}.html": Page(html(f"p{i}", article=True)) for i in (1, 2, 3)},
        "/sitemap.xml": Page("", status=404),
    })
    try:
        crawl_source(tmp_path / "x.db", site.url("/"), delay=0.05, concurrency=4, timeout=2)
        times = [h.at for h in site.log]
        gaps = [b - a for a, b in pairwise(times)]
        assert len(times) == 6
        assert min(gaps[1:]) >= 0.27, gaps  # after robots.txt is read, Crawl-delay holds
    finally:
        site.stop()


def test_a_day_long_crawl_delay_is_capped_and_said(tmp_path):
    site = Site({
        "/robots.txt": Page("User-agent: *\nCrawl-delay: 86400\n", content_type="text/plain"),
        "/": Page(html("home", ["/p1.html", "/p2.html"])),
        **{f"/p{i}.html": Page(html(f"p{i}", article=True)) for i in (1, 2)},
        "/sitemap.xml": Page("", status=404),
    })
    events = []
    try:
        summary = crawl_source(tmp_path / "x.db", site.url("/"), delay=0.05, timeout=2, max_crawl_delay=0.2,
                               on_event=events.append)
        assert summary.finished and {"/p1.html", "/p2.html"} <= {h.path for h in site.log}
        assert any("Crawl-delay of 86400 s; waiting 0.2 s" in e.get("msg", "") for e in events)
    finally:
        site.stop()


def test_delay_option_is_a_floor_between_requests(tmp_path):
    site = Site({
        "/robots.txt": Page("User-agent: *\nAllow: /\n", content_type="text/plain"),
        "/": Page(html("home", ["/p1.html", "/p2.html"])),
        **{f"/p{i}.html": Page(html(f"p{i}", article=True)) for i in (1, 2)},
    })
    try:
        crawl_source(tmp_path / "x.db", site.url("/"), delay=0.6, concurrency=4, timeout=5)
        times = [h.at for h in site.log]
        # times are taken when the test server handles a request: on a loaded machine one
        # request can be handled late and the next on time, hence the margin below the delay
        assert len(times) >= 4 and min(b - a for a, b in pairwise(times)) >= 0.45
    finally:
        site.stop()


def test_crawl_command_prints_a_summary_and_logs_skips_when_verbose(site, tmp_path):
    from click.testing import CliRunner

    from newsmine.cli import cli

    result = CliRunner().invoke(cli, ["crawl", site.url("/"), "--db", str(tmp_path / "x.db"),
                                      "--delay", "0", "-v"])
    assert result.exit_code == 0, result.output
    assert "finished" in result.output and "robots.txt 1" in result.output
    assert "skip " + site.url("/admin/") in result.output.replace("\n", " ").replace("  ", " ")
