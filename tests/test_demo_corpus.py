"""The offline demo corpus (corpus/demo): gold consistency, site files, and the demo server."""

import http.client
import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import pytest

DEMO = Path(__file__).resolve().parent.parent / "corpus" / "demo"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def load_module(name):
    spec = importlib.util.spec_from_file_location(f"demo_{name}", DEMO / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = load_module("build")
serve = load_module("serve")
MANIFEST = json.loads((DEMO / "server.json").read_text(encoding="utf-8"))
GOLD = [json.loads(line) for line in (DEMO / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()]


class _Text(HTMLParser):
    """Visible text of a page: character data outside <script>/<style>, entities unescaped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def page_text(path):
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return squash(" ".join(parser.parts))


def links(path):
    return re.findall(r'href="([^"]+)"', path.read_text(encoding="utf-8"))


def site_files(site):
    return DEMO / "sites" / site


def resolves(site, url):
    """Status the demo server gives a same-site URL (following one redirect)."""
    conf = MANIFEST["sites"][site]
    status, found = serve.resolve(site_files(site), conf, url)
    if status == 301:
        status, found = serve.resolve(site_files(site), conf, found)
    return status


def local_path(site, absolute):
    origin = MANIFEST["origins"][site]
    assert absolute.startswith(origin + "/"), f"{absolute} is not on {site}"
    return absolute[len(origin):]


# ------------------------------------------------------------------ gold


def test_gold_has_enough_article_pages_on_four_sites():
    assert len(GOLD) >= 45
    assert len({r["site"] for r in GOLD}) >= 4


def test_gold_ids_are_unique_and_records_complete():
    assert len({r["id"] for r in GOLD}) == len(GOLD)
    for record in GOLD:
        assert "text" not in record  # GOLD.md: exactly one of text / html_path
        for key in ("html_path", "url", "published", "province", "officials", "organizations",
                    "figures", "obstacles", "expected_text", "expected_title", "expected_published"):
            assert key in record, (record["id"], key)
        assert record["expected_published"].startswith(record["published"])
        assert record["expected_text"].split("\n")[0] == record["expected_title"]


def test_every_gold_html_path_exists():
    missing = [r["html_path"] for r in GOLD if not (DEMO / r["html_path"]).is_file()]
    assert not missing


def test_gold_strings_occur_in_expected_text():
    problems = []
    for record in GOLD:
        text = record["expected_text"]
        for kind, key in (("officials", "name"), ("figures", "text"), ("obstacles", "text")):
            for item in record[kind]:
                if item[key] not in text:
                    problems.append(f"{record['id']}: {kind} {item[key]!r}")
    assert not problems, "\n".join(problems)


def test_expected_text_occurs_in_page_paragraph_by_paragraph():
    problems = []
    for record in GOLD:
        html = page_text(DEMO / record["html_path"])
        for line in record["expected_text"].split("\n"):
            line = squash(line)
            # A bullet is "- item" in the text; an <li> shows only "item".
            if line not in html and not (line.startswith("- ") and line[2:] in html):
                problems.append(f"{record['id']}: {line[:70]!r}")
    assert not problems, "\n".join(problems)


def test_page_boilerplate_stays_out_of_expected_text():
    for record in GOLD:
        html = (DEMO / record["html_path"]).read_text(encoding="utf-8")
        text = record["expected_text"]
        for heading in ("Tin liên quan", "Các bài viết khác", "Tin cùng chuyên mục", "Xem thêm:"):
            if heading in html:
                assert heading not in text, (record["id"], heading)


def test_republished_copies_name_their_origin_and_share_its_gold():
    by_id = {r["id"]: r for r in GOLD}
    copies = [r for r in GOLD if r.get("expected_origin")]
    assert len(copies) >= 10
    edited = 0
    for copy in copies:
        assert copy["site"] == "tintaybac"
        original = by_id[copy["id"].replace("demo-tintaybac-", "demo-baodienbien-")]
        html = page_text(DEMO / copy["html_path"])
        attribution = re.compile(r"(Theo|Nguồn:) " + re.escape(copy["expected_origin"]))
        assert attribution.search(html), copy["id"]
        assert not attribution.search(copy["expected_text"]), copy["id"]
        if copy["expected_text"] == original["expected_text"]:
            for kind in build.GOLD_LISTS:
                assert copy[kind] == original[kind], (copy["id"], kind)
        else:
            edited += 1
    assert edited >= 2  # the near-duplicates


def test_build_is_deterministic_and_committed_output_is_current(tmp_path):
    files = build.build(DEMO / "articles", DEMO / "republish.yaml")
    stale = [p for p, data in files.items() if not (DEMO / p).is_file() or (DEMO / p).read_bytes() != data]
    assert not stale, f"run python corpus/demo/build.py; stale: {stale[:5]}"
    extra = [p.relative_to(DEMO).as_posix() for p in (DEMO / "sites").rglob("*")
             if p.is_file() and p.relative_to(DEMO).as_posix() not in files]
    assert not extra
    assert build.build(DEMO / "articles", DEMO / "republish.yaml") == files


# ------------------------------------------------------------------ site files


@pytest.mark.parametrize("site", build.SITES)
def test_sitemaps_and_feed_parse_and_list_only_existing_pages(site):
    root = site_files(site)
    robots = (root / "robots.txt").read_text(encoding="utf-8")
    sitemap = re.search(r"^Sitemap:\s*(\S+)", robots, re.MULTILINE).group(1)
    index = ET.parse(root / local_path(site, sitemap).lstrip("/")).getroot()
    assert index.tag == f"{SM}sitemapindex"
    listed = set()
    monthly = index.findall(f"{SM}sitemap")
    assert monthly
    for entry in monthly:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT.*", entry.findtext(f"{SM}lastmod"))
        path = local_path(site, entry.findtext(f"{SM}loc"))
        assert re.fullmatch(r"/sitemap-\d{4}-\d\d\.xml", path)
        urlset = ET.parse(root / path.lstrip("/")).getroot()
        for url in urlset.findall(f"{SM}url"):
            page = local_path(site, url.findtext(f"{SM}loc"))
            assert resolves(site, page) == 200, page
            listed.add(page)
    assert {r["url"] for r in GOLD if r["site"] == site} == listed

    channel = ET.parse(root / "rss.xml").getroot().find("channel")
    items = channel.findall("item")
    assert items
    for item in items:
        assert resolves(site, local_path(site, item.findtext("link"))) == 200
        assert re.fullmatch(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d \+0700", item.findtext("pubDate"))


@pytest.mark.parametrize("site", build.SITES)
def test_robots_disallows_a_path_that_pages_link_to(site):
    root = site_files(site)
    origin = MANIFEST["origins"][site]
    robots = RobotFileParser()
    robots.parse((root / "robots.txt").read_text(encoding="utf-8").splitlines())
    blocked = set()
    for page in root.rglob("*.html"):
        for href in links(page):
            url = urljoin(origin + "/", href.replace("&amp;", "&"))
            if url.startswith(origin) and not robots.can_fetch("newsmine", url):
                blocked.add(urlsplit(url).path)
    assert blocked


@pytest.mark.parametrize("site", build.SITES)
def test_each_site_has_home_listings_pdf_redirect_and_odd_links(site):
    root = site_files(site)
    conf = MANIFEST["sites"][site]
    assert (root / "index.html").is_file()
    html = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.html"))
    pdfs = [h for h in re.findall(r'href="([^"]+\.pdf)"', html)]
    assert pdfs and all((root / p.lstrip("/")).read_bytes().startswith(b"%PDF-") for p in pdfs)
    assert re.search(r'href="https://(?!127\.0\.0\.1)[^"]+"', html)  # an external link
    assert conf["redirects"]
    for target in conf["redirects"].values():
        assert resolves(site, target) == 200, target
    linked = {h.replace("&amp;", "&") for h in re.findall(r'href="(/[^"]*)"', html)}
    assert linked & set(conf["redirects"]), "no page links to a redirect"
    assert any(resolves(site, h) == 404 for h in linked), "no broken link"


def test_laichau_declares_charset_only_in_meta():
    page = next(r for r in GOLD if r["site"] == "laichau")
    html = (DEMO / page["html_path"]).read_text(encoding="utf-8")
    assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' in html
    assert "<meta charset" not in html.lower()
    assert MANIFEST["sites"]["laichau"]["charset_in_header"] is False


def test_listings_paginate():
    paged = [u for site in build.SITES for u in
             list(MANIFEST["sites"][site]["lastmod"]) if re.search(r"trang-2|page/2|Page=2", u)]
    assert paged


# ------------------------------------------------------------------ server


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    log = tmp_path_factory.mktemp("demo") / "requests.log"
    bases, stop = serve.start_demo_servers("127.0.0.1", 0, log=log)
    yield dict(zip(build.SITES, bases)), log
    stop()


def request(base, path, headers=None, method="GET"):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_server_serves_an_article(demo):
    bases, _ = demo
    record = next(r for r in GOLD if r["site"] == "baodienbien")
    status, headers, body = request(bases["baodienbien"], record["url"])
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert record["expected_title"] in body.decode("utf-8")


def test_server_sends_laichau_html_without_charset(demo):
    bases, _ = demo
    record = next(r for r in GOLD if r["site"] == "laichau")
    status, headers, body = request(bases["laichau"], record["url"])
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b"charset=utf-8" in body


def test_server_answers_404_for_missing_pages(demo):
    bases, _ = demo
    status, _, body = request(bases["tintaybac"], "/khong-co-trang-nay.html")
    assert status == 404 and body


def test_server_redirects(demo):
    bases, _ = demo
    source, target = next(iter(MANIFEST["sites"]["laichau"]["redirects"].items()))
    status, headers, _ = request(bases["laichau"], source)
    assert status == 301 and headers["Location"] == target
    status, _, _ = request(bases["laichau"], headers["Location"])
    assert status == 200


def test_server_answers_conditional_requests_with_304(demo):
    bases, _ = demo
    status, headers, _ = request(bases["tintaybac"], "/")
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    status, _, body = request(bases["tintaybac"], "/", {"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    status, _, _ = request(bases["tintaybac"], "/", {"If-Modified-Since": headers["Last-Modified"]})
    assert status == 304
    status, _, _ = request(bases["tintaybac"], "/", {"If-None-Match": '"other"'})
    assert status == 200


def test_server_rewrites_absolute_urls_to_its_ports(demo):
    bases, _ = demo
    _, _, body = request(bases["laichau"], "/robots.txt")
    assert f"Sitemap: {bases['laichau']}sitemap.xml" in body.decode("utf-8")


def test_server_routes_query_string_pages(demo):
    bases, _ = demo
    routes = MANIFEST["sites"]["laichau"]["routes"]
    if not routes:
        pytest.skip("no laichau category has a second page yet")
    status, _, _ = request(bases["laichau"], next(iter(routes)))
    assert status == 200


def test_server_logs_every_request(demo):
    bases, log = demo
    request(bases["baodienbien"], "/robots.txt?probe=log")
    assert "GET /robots.txt?probe=log HTTP/1.1" in log.read_text(encoding="utf-8")
