"""The crawler's pure parts: URLs, safety, parsing, encodings, the refresh policy, the registry."""

import gzip
import json
import re
import socket
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from hypothesis import example, given
from hypothesis import strategies as st

from crawlsite import cp1258, html, rss, sitemap, sitemap_index
from newsmine.cli import cli
from newsmine.crawl.middlewares import retry_after_seconds
from newsmine.crawl.parse import choose_encoding, parse_body, parse_feed, parse_html, parse_sitemap
from newsmine.crawl.policy import needs_fetch
from newsmine.crawl.urls import (
    _slug_like,
    guess_kind,
    is_private_host,
    join_url,
    normalize_url,
    skip_reason,
)
from newsmine.sources import SourceError, find_source, load_sources

HOSTS = {"baodienbienphu.info.vn", "www.baodienbienphu.info.vn"}
NOW = datetime(2025, 6, 1, tzinfo=UTC)
RUN = "2025-06-01T00:00:00.000000+00:00"


def test_normalize_url_drops_fragment_tracking_and_default_port():
    assert (normalize_url("HTTP://Example.VN:80/a/b.html?utm_source=x&b=2&a=1#top")
            == "http://example.vn/a/b.html?a=1&b=2")
    assert normalize_url("https://example.vn") == "https://example.vn/"


@pytest.mark.parametrize("url,reason", [
    ("javascript:void(0)", "scheme javascript:"),
    ("mailto:a@b.vn", "scheme mailto:"),
    ("ftp://baodienbienphu.info.vn/x", "scheme ftp:"),
    ("https://facebook.com/share", "off-site"),
    ("https://baodienbienphu.info.vn/anh/x.JPG", "media file"),
    ("https://www.baodienbienphu.info.vn/tin/a.html", None),
    ("https://baodienbienphu.info.vn/sitemap-news.xml.gz", None),
])
def test_skip_reason(url, reason):
    assert skip_reason(url, HOSTS, allow_private=False) == reason


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "192.168.0.1", "172.16.5.4",
                                  "169.254.169.254", "::1", "[::1]", "0.0.0.0", "::ffff:127.0.0.1"])
def test_private_targets_are_recognised(host):
    assert is_private_host(host, resolve=False)


def test_public_ip_is_not_private():
    assert not is_private_host("203.113.131.1", resolve=False)


def test_private_target_on_the_site_itself_is_refused_unless_the_crawl_started_private():
    hosts = {"10.0.0.5"}
    assert skip_reason("http://10.0.0.5/a.html", hosts, allow_private=False) == "private address"
    assert skip_reason("http://10.0.0.5/a.html", hosts, allow_private=True) is None


def test_an_overlong_url_is_refused_with_its_reason_and_never_guessed():
    url = "https://baodienbienphu.info.vn/" + "tin-" * 30_000 + "/"
    assert skip_reason(url, HOSTS, allow_private=False) == "URL longer than 2083 characters"
    assert guess_kind(url) is None


def test_a_page_of_huge_hyphenated_links_is_parsed_with_every_link_kept():
    links = "".join(f'<a href="/{"x-" * 50_000}{k}/">x</a>' for k in range(3))
    parsed = parse_html(f"<html><body>{links}</body></html>".encode(), "https://x.vn/", "text/html")
    assert len(parsed.links) == 3 and all(link.kind is None for link in parsed.links)


@pytest.mark.parametrize("tail, kind", [
    ("kinh-te/ha-tang-giao-thong-con-yeu", "article"),
    ("kinh-te/ha-tang-giao-thong-con-yeu.htm", "article"),
    ("kinh-te/ba-tu-mot", None),
    ("kinh-te/-a-b-c-d", None),
    ("kinh-te/-a-b-c-d-e", "article"),
    ("kinh-te/a--b-c-d-e", "article"),
    ("kinh-te/a-b-c-d-", None),
])
def test_a_slug_of_five_hyphenated_words_guesses_an_article(tail, kind):
    assert guess_kind(f"https://x.vn/{tail}") == kind


@given(st.text(alphabet="ab-/", max_size=14))
def test_the_slug_guess_reads_as_the_pattern_it_replaced(tail):
    assert _slug_like(tail) == bool(re.search(r"[^/]+(-[^/-]+){4,}/?$", tail))


def _normalized(url: str) -> str:
    try:
        return normalize_url(url)
    except ValueError as error:
        return f"ValueError: {error}"


@given(st.sampled_from(["https://baolaocai.vn/kinh-te/bai-1.html", "http://127.0.0.1:8080/a/b?trang=2#c",
                        "https://www.sonla.gov.vn", "http://u@baothu.example/p/"]),
       st.text(alphabet="/.?#=&%:\\ahtps", max_size=16))
@example("http://127.0.0.1:8080/a/b?trang=2#c", "https://baothu.example/a/../b?")
@example("https://baolaocai.vn/kinh-te/bai-1.html", "http://baolaocai.vn:80/tin?")
@example("http://u@baothu.example/p/", "/a?next=/./b")
def test_join_url_reads_links_as_urljoin_does(base, href):
    from urllib.parse import urljoin

    try:
        expected = urljoin(base, href)
    except ValueError:  # "//[": refused later, by normalize_url, as a malformed URL
        expected = href
    assert _normalized(join_url(base, href)) == _normalized(expected)


def test_join_url_resolves_dot_segments_and_relative_paths():
    base = "https://baolaocai.vn/kinh-te/nong-nghiep/bai-1.html"
    assert join_url(base, "/tin/2.html") == "https://baolaocai.vn/tin/2.html"
    assert join_url(base, "/tin/../thoi-su/3.html") == "https://baolaocai.vn/thoi-su/3.html"
    assert join_url(base, "bai-4.html") == "https://baolaocai.vn/kinh-te/nong-nghiep/bai-4.html"
    assert join_url(base, "//cdn.baolaocai.vn/a.jpg") == "https://cdn.baolaocai.vn/a.jpg"
    assert join_url(base, "https://laocai.gov.vn/") == "https://laocai.gov.vn/"


def test_guess_kind_uses_source_patterns_first():
    hints = {"article_pattern": r"/tin-tuc/\d+$"}
    assert guess_kind("https://x.vn/tin-tuc/12345", hints) == "article"
    assert guess_kind("https://x.vn/kinh-te/grdp-tang-7-12-phan-tram-384308.html") == "article"
    assert guess_kind("https://x.vn/kinh-te/") == "listing"
    assert guess_kind("https://x.vn/kinh-te?page=3") == "listing"
    assert guess_kind("https://x.vn/sitemap-2024-06.xml") == "sitemap"


def test_html_links_skip_forms_and_keep_feed_alternates():
    page = html("home", ["/a.html", "mailto:x@y.vn"],
                '<form action="/search"><input name=q></form><a href="#top">top</a>',
                head='<link rel="alternate" type="application/rss+xml" href="/rss.xml">')
    parsed = parse_html(page.encode(), "http://x.vn/", "text/html; charset=utf-8")
    urls = [link.url for link in parsed.links]
    assert "http://x.vn/rss.xml" in urls and "http://x.vn/a.html" in urls
    assert not [u for u in urls if "search" in u or u.endswith("#top")]
    assert [link.kind for link in parsed.links if link.url.endswith("rss.xml")] == ["feed"]


def test_meta_robots_nofollow_is_obeyed():
    page = html("p", ["/a.html"], head='<meta name="robots" content="noindex, nofollow">')
    parsed = parse_html(page.encode(), "http://x.vn/", "text/html")
    assert parsed.nofollow and not [lk for lk in parsed.links if lk.url.endswith("a.html")]


def test_a_link_urljoin_cannot_read_loses_no_other_link_of_the_page():
    body = ("<html><body><p>Tin vắn</p><a href='//[khong-hop-le'>hỏng</a>"
            "<a href='/thoi-su/tin-1.html'>Tin một</a></body></html>").encode()
    parsed = parse_html(body, "https://baothu.example/", "text/html")
    urls = [link.url for link in parsed.links]
    assert urls == ["//[khong-hop-le", "https://baothu.example/thoi-su/tin-1.html"]
    with pytest.raises(ValueError):  # the spider then skips it as a malformed URL
        normalize_url(urls[0])


def test_meta_names_are_read_in_any_case():
    head = ('<meta property="OG:Type" content=" article "><meta name="ROBOTS" content="noindex">'
            '<meta name="Robots" content="NOFOLLOW">')
    page = html("Bản tin chiều", ["/a.html"], head=head)
    parsed = parse_html(page.encode(), "http://x.vn/tin", "text/html")
    assert parsed.kind == "article" and parsed.nofollow


def test_base_href_resolves_relative_links():
    page = html("p", ["b.html"], head='<base href="http://x.vn/thu-muc/">')
    assert parse_html(page.encode(), "http://x.vn/", "text/html").links[0].url == "http://x.vn/thu-muc/b.html"


def test_article_and_listing_are_told_apart_by_structure():
    prose = "".join(f"<p>{'Nội dung bài viết dài về kinh tế xã hội của tỉnh. ' * 4}</p>" for _ in range(4))
    article = f"<html><body><h1>Tin</h1><div class='body'>{prose}</div></body></html>"
    teasers = "".join(f"<div class='story'><a href='/t{i}.html'>Tiêu đề bài viết số {i} khá dài</a>"
                      f"<p>{'Tóm tắt ngắn của bài viết. ' * 5}</p></div>" for i in range(8))
    listing = f"<html><body><h1>Kinh tế</h1>{teasers}<footer>{prose}</footer></body></html>"
    assert parse_html(article.encode(), "http://x.vn/a", "text/html").kind == "article"
    assert parse_html(listing.encode(), "http://x.vn/l", "text/html").kind == "listing"


SENTENCE = "Ủy ban nhân dân huyện đã họp bàn kế hoạch sửa chữa các tuyến đường liên xã trước mùa mưa lũ. "


def test_a_body_written_as_text_and_br_in_a_table_cell_is_an_article():
    body = "<br>\n".join(SENTENCE * 2 for _ in range(4))
    page = (f"<html><body><table><tr><td><div class='tieude'>Sửa đường trước mùa mưa</div></td></tr>"
            f"<tr><td class='noidung'>{body}</td></tr></table></body></html>")
    assert parse_html(page.encode(), "http://ubnd.x.gov.vn/Pages/tin.aspx?ItemID=4521", "text/html").kind == "article"


def test_a_font_styled_legacy_body_is_an_article():
    body = "".join(f"<font face='Arial' size='2'>{SENTENCE * 2}</font><br><br>" for _ in range(4))
    page = f"<html><body><center><table><tr><td>{body}</td></tr></table></center></body></html>"
    assert parse_html(page.encode(), "http://x.vn/tin/123", "text/html").kind == "article"


def test_teasers_each_with_a_headline_link_are_a_listing_whatever_their_markup():
    teasers = "".join(f"<div class='item'>{SENTENCE}<a href='/tin/{k}.html'>Sửa đường liên xã ở huyện {k}</a></div>"
                      for k in range(12))
    page = f"<html><body><div class='list'>{teasers}</div></body></html>"
    assert parse_html(page.encode(), "http://x.vn/chuyen-muc/giao-thong", "text/html").kind == "listing"


def test_sitemap_index_urlset_gzip_and_lastmod():
    index = parse_sitemap(sitemap_index(["http://x.vn/s1.xml"]).encode(), "http://x.vn/sitemap.xml")
    assert [(lk.url, lk.kind) for lk in index.links] == [("http://x.vn/s1.xml", "sitemap")]
    body = gzip.compress(sitemap(["http://x.vn/a.html"], "2024-06-28T17:30:00+07:00").encode())
    links = parse_sitemap(body, "http://x.vn/s1.xml.gz").links
    assert links[0].url == "http://x.vn/a.html" and links[0].kind == "article"
    assert links[0].lastmod == datetime(2024, 6, 28, 10, 30, tzinfo=UTC)


def test_truncated_sitemap_keeps_what_was_read():
    body = b'<?xml version="1.0"?><urlset><url><loc>http://x.vn/a.html</loc></url><url><loc>http://x.vn/b'
    assert [lk.url for lk in parse_sitemap(body, "http://x.vn/s.xml").links][:1] == ["http://x.vn/a.html"]


def test_rss_and_atom_items_with_dates():
    items = parse_feed(rss([("http://x.vn/a.html", "Sat, 01 Mar 2025 08:00:00 +0700")]).encode(),
                       "http://x.vn/rss").links
    assert items[0].url == "http://x.vn/a.html" and items[0].lastmod.year == 2025
    atom = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" '
            'href="/b.html"/><updated>2024-01-02T03:04:05Z</updated></entry></feed>')
    entry = parse_feed(atom.encode(), "http://x.vn/atom.xml").links[0]
    assert entry.url == "http://x.vn/b.html" and entry.lastmod.month == 1


def test_xml_is_sniffed_whatever_the_content_type():
    body = sitemap(["http://x.vn/a.html"]).encode()
    assert parse_body(body, "http://x.vn/s", "text/plain").kind == "sitemap"
    assert parse_body(b"%PDF-1.4", "http://x.vn/r.pdf", "application/pdf") is None
    assert parse_body(b'{"a": 1}', "http://x.vn/j", "application/json") is None


def test_encoding_header_then_meta_then_detection():
    text = "<html><head><meta charset='windows-1258'></head><body><p>Điện Biên Phủ</p></body></html>"
    legacy = cp1258(text)
    assert choose_encoding(legacy, "text/html") == "cp1258"
    assert choose_encoding(legacy, "text/html; charset=utf-8") == "cp1258"  # mis-declared
    assert choose_encoding(text.encode("utf-8"), "text/html; charset=utf-8") == "utf-8"
    assert choose_encoding("\ufeffĐà Nẵng".encode("utf-8"), "text/html; charset=latin-1") == "utf-8"


def test_a_pages_links_read_the_same_whichever_declaration_gives_its_encoding():
    page = ("<html><head><meta charset='windows-1258'></head><body><h1>Tin Điện Biên</h1>"
            "<a href='/tin/điện-biên-phủ.html'>Điện Biên Phủ đón khách</a></body></html>")
    wanted = "http://x.vn/tin/điện-biên-phủ.html"
    for body, content_type in ((cp1258(page), "text/html; charset=windows-1258"),  # the header
                               (cp1258(page), "text/html; charset=utf-8"),  # mis-declared: <meta>
                               (page.replace("windows-1258", "utf-8").encode(), "text/html"),
                               ("\ufeff".encode() + page.encode(), "text/html; charset=latin-1")):  # BOM
        parsed = parse_html(body, "http://x.vn/", content_type)
        # (windows-1258 writes some tone marks as combining characters: compare composed)
        assert [unicodedata.normalize("NFC", link.url) for link in parsed.links] == [wanted], content_type


def test_retry_after_as_seconds_or_http_date():
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None


def _state(kind, days_ago, status=200):
    at = (NOW - timedelta(days=days_ago)).isoformat()
    return {"kind": kind, "status": status, "fetched_at": at, "checked_at": at}


def test_policy_revalidates_listings_and_feeds_every_run_articles_rarely():
    assert needs_fetch(_state("listing", 0.1), run_started=RUN, now=NOW)
    assert needs_fetch(_state("feed", 0.1), run_started=RUN, now=NOW, lazy=True)
    assert not needs_fetch(_state("listing", 0.1), run_started=RUN, now=NOW, lazy=True)
    assert not needs_fetch(_state("article", 3), run_started=RUN, now=NOW)
    assert needs_fetch(_state("article", 40), run_started=RUN, now=NOW)


def test_policy_refetches_server_errors_and_pages_a_sitemap_says_changed():
    assert needs_fetch(_state("article", 1, status=503), run_started=RUN, now=NOW)
    assert needs_fetch(_state("article", 3), run_started=RUN, now=NOW, lastmod=NOW - timedelta(days=1))
    assert not needs_fetch(_state("article", 3), run_started=RUN, now=NOW, lastmod=NOW - timedelta(days=9))


def test_policy_never_refetches_within_the_same_run():
    state = {"kind": "listing", "status": 500, "fetched_at": "2025-06-01T00:00:01+00:00"}
    assert not needs_fetch(state, run_started=RUN, now=NOW)


def test_registry_has_the_34_units_each_with_confidence():
    sources = load_sources()
    papers = [s for s in sources if s.kind == "paper"]
    current = [s for s in papers if s.status == "current"]
    assert len(current) == 34 and len({s.province for s in current}) == 34
    assert {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"} <= {s.province for s in current}
    archives = [s for s in papers if s.status == "archive"]
    assert len(archives) == 29 and all(s.former_province for s in archives)
    assert {s.province for s in archives} <= {s.province for s in current}
    # an archive's successor is the current paper of the unit it was merged into
    by_key = {s.key: s for s in sources}
    assert all(by_key[s.successor].province == s.province and by_key[s.successor].status == "current"
               for s in archives)
    portals = [s for s in sources if s.kind == "portal"]
    assert portals and all(".gov.vn" in s.home_url for s in portals)
    assert all(s.confidence in ("high", "medium", "low") and s.home_url.startswith("https://")
               for s in sources)


def test_registry_errors_name_the_entry(tmp_path):
    bad = tmp_path / "s.yaml"
    bad.write_text("sources:\n- key: x\n  name: X\n  province: P\n  home_url: https://x.vn/\n")
    with pytest.raises(SourceError, match="entry 1: missing confidence"):
        load_sources(bad)
    with pytest.raises(SourceError, match="no source 'nope'"):
        find_source("nope")


def test_url_of_a_registry_site_crawls_as_that_source_and_others_are_ad_hoc():
    assert find_source("https://www.baolaichau.vn/chinh-tri").key == "baolaichau"
    # a further host of the source (hints.hosts) is the same site
    assert find_source("https://baodienbienphu.info.vn/tin-tuc").key == "baodienbienphu"
    adhoc = find_source("http://127.0.0.1:8301")
    assert adhoc.key == "127.0.0.1:8301" and adhoc.home_url == "http://127.0.0.1:8301/"


def test_sources_command_lists_the_registry():
    result = CliRunner().invoke(cli, ["sources", "--status", "current", "--kind", "paper"])
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 34 and lines[0].split()[0] == "hanoimoi"
    portals = CliRunner().invoke(cli, ["sources", "--kind", "portal"]).output.strip().splitlines()
    assert portals and all(".gov.vn/" in line for line in portals)
    one = json.loads(CliRunner().invoke(cli, ["sources", "--json"]).output.splitlines()[0])
    assert {"key", "name", "province", "home_url", "confidence"} <= set(one)


def test_sources_command_saves_into_the_sources_table(tmp_path):
    db = tmp_path / "x.db"
    assert CliRunner().invoke(cli, ["sources", "--save", "--db", str(db)]).exit_code == 0
    import sqlite3

    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == len(load_sources())
    evidence, kind = conn.execute("SELECT evidence, kind FROM sources WHERE key = 'baolaichau'").fetchone()
    assert kind == "paper" and json.loads(evidence) and "@" in json.loads(evidence)[0]


def test_crawl_command_rejects_bad_input_in_one_line(tmp_path):
    db = str(tmp_path / "x.db")
    for args, message in ([["nope"], "no source 'nope'"], [["ftp://x.vn/"], "only http and https"],
                          [["http://127.0.0.1:9/", "--since", "yesterday"], "--since"]):
        result = CliRunner().invoke(cli, ["crawl", *args, "--db", db])
        assert result.exit_code == 1 and message in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_a_crawl_that_reaches_nothing_fails_with_the_reason(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(cli, ["crawl", f"http://127.0.0.1:{port}/", "--db", str(tmp_path / "x.db"),
                                      "--delay", "0"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"newsmine: error: reached nothing at http://127.0.0.1:{port}/")
    assert "connection refused" in result.stderr
    assert "disallows the home page" not in result.stderr  # unreachable, not forbidden


def test_a_second_crawl_of_the_same_source_refuses_while_the_first_runs(tmp_path):
    from newsmine.crawl import CrawlError, source_lock

    db = tmp_path / "x.db"
    with source_lock(db, "baothu"):
        with pytest.raises(CrawlError, match="another crawl of baothu into .* is running"), \
                source_lock(db, "baothu"):
            pass
        with source_lock(db, "baokhac"):  # another source may crawl at the same time
            pass
    with source_lock(db, "baothu"):  # released when the first ended
        pass


def test_the_cached_host_encoding_keeps_scrapys_fallbacks():
    from twisted.internet import endpoints

    from newsmine.crawl.worker import cache_host_encoding

    cache_host_encoding()
    assert endpoints._idnaBytes("baothu.example") == b"baothu.example"
    assert endpoints._idnaBytes("báo-thử.example") == "báo-thử.example".encode("idna")
    assert endpoints._idnaBytes("bao_tinh.example") == b"bao_tinh.example"  # idna refuses "_"
    with pytest.raises(UnicodeError):
        endpoints._idnaBytes("bao tinh.example")
