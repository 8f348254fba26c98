"""The crawler against a local site full of faults: one crawl, one behaviour per test."""

import hashlib
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from crawlsite import Page, Site, cp1258, gzipped, html, sitemap, sitemap_index
from newsmine import store
from newsmine.crawl import crawl_source

VIETNAMESE = "Ủy ban nhân dân tỉnh Điện Biên họp phiên thường kỳ tháng Sáu"


def _fault_routes(base: str, external: str) -> dict:
    def flaky(handler, n):  # 500 once, then fine
        return Page("<html>oops</html>", status=500) if n == 0 else Page(html("flaky", article=True))

    def busy(handler, n):  # 429 with Retry-After once, then fine
        if n == 0:
            return Page("slow down", status=429, content_type="text/plain",
                        headers={"Retry-After": "1"}, validators=False)
        return Page(html("busy"))

    def slow(handler, n):  # slower than the crawler's time-out, every time
        time.sleep(1.5)
        return Page(html("slow"))

    def huge_streamed(handler, n):  # 3 MB without Content-Length: the 1 MB limit must cut it
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b"<p>" + b"x" * (1024 * 1024 - 3)
        for _ in range(3):
            handler.wfile.write(chunk)
        handler.close_connection = True

    home_links = [
        "/flaky.html", "/busy.html", "/slow.html", "/r1", "/loop-a", "/private/secret.html",
        "/private/public.html", "/meta-charset.html", "/misdeclared.html", "/report.pdf",
        "/huge.html", "/huge-stream.html", f"{external}/external.html", "http://example.invalid/x",
        "mailto:toasoan@example.invalid", "javascript:void(0)", "ftp://127.0.0.1/file",
        "/image.jpg", "/list?page=1", "/r-off", "/r-private", "/long-links.html",
        "/notice.html", "/notice-utf16.html", "/no-notice.html",
    ]
    # Three links of 100,000 characters each (issue: they once stalled a crawl for minutes).
    long_links = [f"/{'tin-tuc-' * 12_500}{k}.html" for k in range(3)]
    form = '<form action="/form-target" method="post"><input name="q"><button>Go</button></form>'
    legacy = html("meta", ["/from-meta.html"], f"<p>{VIETNAMESE}</p>").replace(
        "<meta charset='utf-8'>", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    # A page moved with a meta refresh (one in UTF-16), and a page that only talks about one.
    refresh = '<meta http-equiv="Refresh" content="0; url=/moved.html">'
    notice = html("chuyển trang", head=refresh)
    notice_16 = "\ufeff" + html("chuyển trang", head=refresh.replace("/moved", "/moved-16")).replace(
        "<meta charset='utf-8'>", "")
    talk = html("tin", ["/a1.html"], f"<p>{VIETNAMESE}: trang tự làm mới (refresh) mỗi sáng.</p>")
    return {
        "/notice.html": Page(notice), "/no-notice.html": Page(talk),
        "/notice-utf16.html": Page(notice_16.encode("utf-16-le"), content_type="text/html"),
        "/moved.html": Page(html("moved", article=True)),
        "/moved-16.html": Page(html("moved 16", article=True)),
        "/robots.txt": Page("User-agent: *\nAllow: /private/public.html\nDisallow: /private/\n"
                            f"Sitemap: {base}/sitemap.xml\n", content_type="text/plain"),
        "/": Page(html("home", home_links, form)),
        "/sitemap.xml": Page(sitemap_index([f"{base}/sitemap-broken.xml", f"{base}/sitemap-news.xml.gz"]),
                             content_type="application/xml"),
        # Malformed: an unclosed element and garbage after the first entries.
        "/sitemap-broken.xml": Page(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{base}/from-broken-sitemap.html</loc></url><url><loc>{base}/also-broken.html"
            "</loc><url><<<& garbage", content_type="application/xml"),
        "/sitemap-news.xml.gz": Page(gzipped(sitemap([f"{base}/from-gzip-sitemap.html"]).encode()),
                                     content_type="application/x-gzip"),
        "/flaky.html": flaky, "/busy.html": busy, "/slow.html": slow,
        "/r1": Page(status=302, headers={"Location": "/r2"}, validators=False),
        "/r2": Page(status=301, headers={"Location": f"{base}/r3"}, validators=False),
        "/r3": Page(status=302, headers={"Location": "/final.html"}, validators=False),
        "/final.html": Page(html("final", article=True)),
        "/r-off": Page(status=302, headers={"Location": f"{external}/external.html"}, validators=False),
        "/r-private": Page(status=301, headers={"Location": "/private/secret.html"}, validators=False),
        "/loop-a": Page(status=302, headers={"Location": "/loop-b"}, validators=False),
        "/loop-b": Page(status=302, headers={"Location": "/loop-a"}, validators=False),
        "/private/secret.html": Page(html("secret")),
        "/private/public.html": Page(html("public")),
        # Charset only in <meta>, body in windows-1258 (legacy Vietnamese).
        "/meta-charset.html": Page(cp1258(legacy), content_type="text/html"),
        # Declared UTF-8 in the header, but the bytes are windows-1258.
        "/misdeclared.html": Page(cp1258(html("mis", ["/from-misdeclared.html"], f"<p>{VIETNAMESE}</p>")),
                                  content_type="text/html; charset=utf-8"),
        "/report.pdf": Page(b'%PDF-1.4 <a href="/from-pdf.html">x</a>', content_type="application/pdf"),
        "/huge.html": Page(b"<p>" + b"y" * (3 * 1024 * 1024), content_type="text/html"),
        "/huge-stream.html": huge_streamed,
        "/list?page=1": Page(html("list 1", ["/a1.html", "/list?page=2"])),
        "/list?page=2": Page(html("list 2", ["/a2.html", "/list?page=1"],
                                  head='<link rel="next" href="/list?page=3">')),
        "/list?page=3": Page(html("list 3", ["/a3.html"])),
        "/long-links.html": Page(html("long links", [*long_links, "/a1.html"])),
        **{f"/{name}.html": Page(html(name, article=True)) for name in
           ("a1", "a2", "a3", "from-meta", "from-misdeclared", "from-broken-sitemap", "also-broken",
            "from-gzip-sitemap")},
    }


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    external = Site({"/external.html": Page(html("external"))})
    site = Site({})
    site.routes.update(_fault_routes(site.base, external.base))
    db_path = tmp_path_factory.mktemp("faults") / "crawl.db"
    summary = crawl_source(db_path, site.url("/"), delay=0, concurrency=4, timeout=0.5,
                           retries=2, backoff=0.05, max_bytes=1024 * 1024)
    db = sqlite3.connect(db_path)
    db.row_factory = sqlite3.Row
    pages = {row["url"].removeprefix(site.base): dict(row) for row in db.execute("SELECT * FROM pages")}
    errors = {row["url"].removeprefix(site.base): row["reason"]
              for row in db.execute("SELECT * FROM crawl_errors")}
    yield {"site": site, "external": external, "summary": summary, "pages": pages,
           "errors": errors, "db_path": db_path}
    site.stop()
    external.stop()


def test_crawl_finishes(crawled):
    assert crawled["summary"].finished


def test_500_then_200_is_retried_and_stored_as_200(crawled):
    assert len(crawled["site"].hits("/flaky.html")) == 2
    assert crawled["pages"]["/flaky.html"]["status"] == 200


def test_429_retry_after_is_honoured(crawled):
    first, second = crawled["site"].hits("/busy.html")
    assert second.at - first.at >= 0.9
    assert crawled["pages"]["/busy.html"]["status"] == 200


def test_response_slower_than_timeout_is_retried_then_recorded_as_error(crawled):
    assert len(crawled["site"].hits("/slow.html")) == 3  # first try + 2 retries
    assert "/slow.html" not in crawled["pages"]
    assert crawled["errors"]["/slow.html"] == "time-out"


def test_redirect_chain_stores_requested_and_final_url(crawled):
    page = crawled["pages"]["/r1"]
    assert page["final_url"] == crawled["site"].url("/final.html")
    assert page["status"] == 200 and page["kind"] == "article"
    assert [len(crawled["site"].hits(p)) for p in ("/r1", "/r2", "/r3")] == [1, 1, 1]


def test_a_meta_refresh_is_followed_and_stored_under_the_requested_url(crawled):
    for notice, moved in (("/notice.html", "/moved.html"), ("/notice-utf16.html", "/moved-16.html")):
        page = crawled["pages"][notice]
        assert page["final_url"] == crawled["site"].url(moved) and page["kind"] == "article"
        assert len(crawled["site"].hits(moved)) == 1
    # "refresh" in a page's text is no meta refresh: the page is stored as it is
    assert crawled["pages"]["/no-notice.html"]["final_url"] == crawled["site"].url("/no-notice.html")


def test_redirect_loop_is_stopped_and_recorded(crawled):
    assert "/loop-a" not in crawled["pages"]
    assert crawled["errors"]["/loop-a"] == "redirect loop"
    assert len(crawled["site"].hits("/loop-a")) + len(crawled["site"].hits("/loop-b")) <= 3


def test_redirects_off_the_site_or_into_robots_disallowed_paths_are_refused(crawled):
    assert crawled["errors"]["/r-off"] == "redirect refused (off-site)"
    assert "/r-private" not in crawled["pages"] and crawled["site"].hits("/r-private")


def test_robots_disallowed_pages_are_never_requested(crawled):
    assert crawled["site"].hits("/private/secret.html") == []
    assert crawled["summary"].skipped["robots.txt"] >= 1


def test_robots_allow_rule_overrides_disallow(crawled):
    assert crawled["pages"]["/private/public.html"]["status"] == 200


def test_malformed_sitemap_is_read_as_far_as_it_goes(crawled):
    assert crawled["pages"]["/from-broken-sitemap.html"]["status"] == 200
    assert crawled["pages"]["/sitemap-broken.xml"]["kind"] == "sitemap"


def test_gzip_sitemap_is_read(crawled):
    assert crawled["pages"]["/from-gzip-sitemap.html"]["kind"] == "article"
    assert crawled["pages"]["/sitemap-news.xml.gz"]["kind"] == "sitemap"


def test_charset_only_in_meta_is_used(crawled):
    page = crawled["pages"]["/meta-charset.html"]
    assert page["encoding"] == "cp1258"
    text = store.page_body(page["body"]).decode("cp1258")
    assert VIETNAMESE in unicodedata.normalize("NFC", text)
    assert "/from-meta.html" in crawled["pages"]


def test_misdeclared_utf8_is_detected_and_body_kept_byte_for_byte(crawled):
    page = crawled["pages"]["/misdeclared.html"]
    assert page["encoding"] not in ("utf-8", None)
    store.page_body(page["body"]).decode(page["encoding"])  # decodes cleanly
    assert page["sha256"] == hashlib.sha256(
        crawled["site"].routes["/misdeclared.html"].body).hexdigest()
    assert "/from-misdeclared.html" in crawled["pages"]


def test_non_html_is_recorded_but_not_parsed(crawled):
    page = crawled["pages"]["/report.pdf"]
    assert page["content_type"] == "application/pdf" and page["kind"] == "other"
    assert crawled["site"].hits("/from-pdf.html") == []


def test_body_over_the_size_limit_is_abandoned(crawled):
    for path in ("/huge.html", "/huge-stream.html"):
        assert path not in crawled["pages"]
        assert crawled["errors"][path] == "body larger than 1 MB"
        assert len(crawled["site"].hits(path)) == 1  # not retried


def test_external_and_unsafe_links_are_never_requested(crawled):
    assert crawled["external"].log == []
    skipped = crawled["summary"].skipped
    assert skipped["off-site"] >= 2
    assert skipped["scheme mailto:"] == 1 and skipped["scheme javascript:"] == 1
    assert skipped["scheme ftp:"] == 1 and skipped["media file"] == 1
    assert crawled["site"].hits("/image.jpg") == []


def test_links_of_100000_characters_are_skipped_with_their_reason(crawled):
    assert crawled["summary"].skipped["URL longer than 2083 characters"] == 3
    assert "/long-links.html" in crawled["pages"]
    assert not [p for p in crawled["site"].paths() if len(p) > 2083]


def test_forms_are_never_submitted(crawled):
    assert not [p for p in crawled["site"].paths() if p.startswith("/form-target")]


def test_pagination_is_followed(crawled):
    assert {"/list?page=2", "/list?page=3", "/a3.html"} <= set(crawled["pages"])
    assert crawled["pages"]["/list?page=2"]["kind"] == "listing"


def test_a_followed_link_is_requested_with_the_page_that_links_it_as_referer(crawled):
    base = crawled["site"].base
    assert crawled["site"].hits("/a3.html")[0].headers["referer"] == f"{base}/list?page=3"
    assert crawled["site"].hits("/from-misdeclared.html")[0].headers["referer"] == f"{base}/misdeclared.html"


def test_user_agent_names_newsmine_and_a_contact_url(crawled):
    agents = {h.headers.get("user-agent") for h in crawled["site"].log}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("newsmine/") and "+http" in agent
    # and Scrapy's default Accept headers (set by PolitenessMiddleware in place of Scrapy's own)
    assert all(h.headers.get("accept", "").startswith("text/html") and h.headers.get("accept-language")
               for h in crawled["site"].log)


def test_every_response_is_stored_with_its_metadata(crawled):
    home = crawled["pages"]["/"]
    assert home["kind"] == "listing" and home["source"] == crawled["summary"].source
    assert home["content_type"].startswith("text/html") and home["etag"]
    assert home["fetched_at"] and len(home["sha256"]) == 64
    assert '"etag"' in home["headers"]
    assert crawled["pages"]["/robots.txt"]["kind"] == "robots"
    # every page that answered is a row: nothing requested is missing, apart from failures
    requested = {h.path for h in crawled["site"].log} - {"/r2", "/r3", "/final.html", "/loop-b",
                                                         "/moved.html", "/moved-16.html"}
    assert requested - set(crawled["pages"]) == set(crawled["errors"]) | {"/r-private"}


def test_a_full_disk_stops_the_crawl_unfinished_and_a_rerun_resumes(tmp_path):
    """Pages that cannot be stored are a failure, not a success: the file-size limit makes every
    write past it fail as a full disk does (SQLite: "database or disk is full")."""
    import resource

    from click.testing import CliRunner

    from newsmine.cli import cli

    def noise(k):  # bodies that do not compress, so that the database grows with every page
        # (about 15 kB stored each: the pages of one batch outgrow the limit below together)
        return "".join(hashlib.sha256(f"{k}-{n}".encode()).hexdigest() for n in range(480))

    pages = {f"/tin/{k}.html": Page(html(f"Bài {k}", article=True, body=f"<p>{noise(k)}</p>")) for k in range(60)}
    site = Site({"/": Page(html("home", list(pages))), **pages, "/sitemap.xml": Page("", status=404)})
    db_path = tmp_path / "full.db"
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    try:
        store.open_db(db_path).close()
        resource.setrlimit(resource.RLIMIT_FSIZE, (db_path.stat().st_size + 150_000, hard))
        try:
            result = CliRunner().invoke(cli, ["crawl", site.url("/"), "--db", str(db_path), "--delay", "0"])
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        assert result.exit_code == 1, result.output
        assert "crawl stopped: OperationalError" in result.stderr and "run it again to resume" in result.stderr
        db = store.open_db(db_path)
        assert db.execute("SELECT finished_at FROM crawls").fetchall() == [(None,)]
        stored = db.execute("SELECT count(*) FROM pages").fetchone()[0]
        assert 0 < stored < len(pages)
        rerun = crawl_source(db_path, site.url("/"), delay=0)
        assert rerun.finished and rerun.resumed
        assert db.execute("SELECT count(*) FROM pages WHERE url LIKE '%/tin/%'").fetchone()[0] == len(pages)
    finally:
        site.stop()


def test_a_generated_chain_of_sitemap_indexes_is_cut(tmp_path):
    site = Site({"/": Page(html("home", article=False))})
    site.routes["/sitemap.xml"] = Page(sitemap_index([site.url("/sm/1.xml")]), content_type="application/xml")
    for i in range(1, 12):  # each index lists the next one, as a generated trap would
        site.routes[f"/sm/{i}.xml"] = Page(sitemap_index([site.url(f"/sm/{i + 1}.xml")]),
                                           content_type="application/xml")
    try:
        summary = crawl_source(tmp_path / "crawl.db", site.url("/"), delay=0, timeout=5)
        assert summary.finished
        assert [len(site.hits(f"/sm/{i}.xml")) for i in range(1, 6)] == [1, 1, 1, 0, 0]
    finally:
        site.stop()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_crawler_stops_when_the_process_that_started_it_dies(tmp_path):
    def slow(handler, n):
        time.sleep(1)
        return Page(html("slow", article=True))

    site = Site({"/": Page(html("home", [f"/slow/{i}.html" for i in range(200)]))})
    for i in range(200):
        site.routes[f"/slow/{i}.html"] = slow
    code = ("import sys; from newsmine.crawl import crawl_source; "
            "crawl_source(sys.argv[1], sys.argv[2], delay=0, concurrency=1)")
    parent = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "crawl.db"), site.url("/")],
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):  # the crawler is running once a slow page is asked for
            if site.hits("/slow/0.html") or parent.poll() is not None:
                break
            time.sleep(0.1)
        children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()
        assert len(children) == 1
        worker = int(children[0])
        parent.kill()
        parent.wait()
        for _ in range(600):
            if not _alive(worker):
                break
            time.sleep(0.1)
        assert not _alive(worker)
    finally:
        parent.kill()
        site.stop()


def test_a_sitemap_larger_than_a_page_may_be_up_to_50_mb(tmp_path):
    site = Site({"/": Page(html("home")), "/from-sitemap.html": Page(html("found", article=True))})
    padding = "<!--" + "x" * (17 * 1024 * 1024) + "-->"  # 17 MB uncompressed, over the page limit
    body = sitemap([site.url("/from-sitemap.html")]).replace("</urlset>", padding + "</urlset>")
    site.routes["/sitemap.xml"] = Page(body, content_type="application/xml")
    try:
        crawl_source(tmp_path / "crawl.db", site.url("/"), delay=0, timeout=20)
        assert len(site.hits("/sitemap.xml")) == 1
        assert len(site.hits("/from-sitemap.html")) == 1
    finally:
        site.stop()


def test_a_proxy_named_by_the_environment_carries_the_crawl(tmp_path, monkeypatch):
    """The proxy middleware is on only when the environment names a proxy: then every request
    goes through it (here a local server standing in for one, answering for an unreachable site)."""
    site = "http://bao.invalid"
    proxy = Site({f"{site}/robots.txt": Page("User-agent: *\nDisallow: /rieng/\n", content_type="text/plain"),
                  f"{site}/": Page(html("trang chủ", ["/tin/1.html", "/rieng/2.html"])),
                  f"{site}/tin/1.html": Page(html("tin 1", article=True))})
    for name in ("no_proxy", "NO_PROXY", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", proxy.base)
    try:
        summary = crawl_source(tmp_path / "proxy.db", f"{site}/", delay=0, timeout=5, retries=0)
    finally:
        proxy.stop()
    assert summary.finished and summary.fetched == 4  # robots.txt, home, the article, a 404 sitemap
    assert f"{site}/tin/1.html" in proxy.paths() and f"{site}/rieng/2.html" not in proxy.paths()
