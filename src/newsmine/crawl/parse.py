"""Reading fetched bodies without the network: encodings, links, sitemaps, feeds, page kinds."""

import codecs
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from itertools import islice

import lxml.etree
import lxml.html
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

from .urls import guess_kind, join_url

GZIP_MAGIC = b"\x1f\x8b"
MAX_GUNZIPPED = 50 * 1024 * 1024  # sitemaps may be 50 MB uncompressed (sitemaps.org)
HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("xml", "rss", "atom")
_XML_ROOT = re.compile(rb"<\s*(?:[\w.-]+:)?(urlset|sitemapindex|rss|feed|RDF)\b", re.IGNORECASE)
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "sms:", "data:", "ftp:", "file:", "about:")


@dataclass
class Link:
    """A URL found in a page, with what the page said about it."""

    url: str
    kind: str | None = None  # 'sitemap', 'feed', 'article', 'listing' (a hint, not a verdict)
    lastmod: datetime | None = None
    depth: int = 0  # for a sitemap: how many sitemap indexes led to it


@dataclass
class Parsed:
    """What a page yields: its kind, its outgoing links, and why some were not taken."""

    kind: str
    links: list[Link]
    encoding: str | None = None
    nofollow: bool = False


def parse_date(value) -> datetime | None:
    """An ISO 8601 or RFC 822 date (sitemaps, feeds, HTTP headers) as an aware UTC datetime."""
    if not value:
        return None
    if isinstance(value, datetime):
        result = value
    else:
        text = str(value).strip()
        result = None
        try:
            result = datetime.fromisoformat(text)  # Python 3.11 reads "Z" too
        except ValueError:
            try:
                result = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
    if result.tzinfo is None:
        result = result.replace(tzinfo=UTC)
    return result.astimezone(UTC)


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def xml_kind(body: bytes) -> str | None:
    """'sitemap' or 'feed' from the root element of an XML body (gzip allowed), else None."""
    if body[:2] == GZIP_MAGIC:
        try:
            body = gunzip(body)
        except (OSError, EOFError, ValueError):
            return None
    match = _XML_ROOT.search(body[:4096])
    if not match:
        return None
    return "sitemap" if match.group(1).lower() in (b"urlset", b"sitemapindex") else "feed"


def gunzip(body: bytes) -> bytes:
    from scrapy.utils.gz import gunzip as _gunzip  # resilient to truncated archives

    return _gunzip(body, max_size=MAX_GUNZIPPED)


def choose_encoding(body: bytes, content_type: str | None) -> str:
    """The encoding that decodes this HTML: BOM, then the HTTP charset, then <meta>, then
    UTF-8, each only if the bytes really decode with it (pages mis-declared as UTF-8 exist),
    and a statistical guess last."""
    return _decode(body, content_type)[0]


def _decode(body: bytes, content_type: str | None) -> tuple[str, str | None]:
    """choose_encoding's encoding, with the text when the check decoded it (so that the page is
    not decoded twice); the <meta> charset is read only when the HTTP one fails."""
    bom, _ = read_bom(body)
    if bom:
        return bom, None
    for declared in (lambda: http_content_type_encoding(content_type or ""),
                     lambda: html_body_declared_encoding(body), lambda: "utf-8"):
        name = declared()
        name = name and resolve_encoding(name)
        if not name:
            continue
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        return codecs.lookup(name).name, text
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        if best is not None:
            return codecs.lookup(best.encoding).name, None
    except ImportError:  # pragma: no cover - charset-normalizer is a declared dependency
        pass
    return "cp1252", None


# lxml.html's parser, but with one element class for every element, picked in C: lxml.html's
# own picks a class (form, input, label …) by a Python call for each element read, and these
# readers use none of those classes.
_PARSER = lxml.etree.HTMLParser()
_PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))


def _html_tree(body: bytes, encoding: str, text: str | None = None):
    if text is None:
        text = body.decode(encoding, errors="replace")
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str input with a declaration
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None


# The page-wide XPath expressions, compiled once (a string given to .xpath() is compiled anew
# on every call, for every page).
_JSON_LD = lxml.etree.XPath('//script[@type="application/ld+json"]/text()')
_BASE = lxml.etree.XPath("//base/@href")
_FEED_LINKS = lxml.etree.XPath('//link[contains(@type, "rss") or contains(@type, "atom")]'
                               '[contains(translate(@rel, "ALTERNATE", "alternate"), "alternate")]/@href')
_LINKS = lxml.etree.XPath("//a[@href] | //area[@href] | //link[@href][@rel='next' or @rel='prev']")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _meta_property(tree, value: str) -> str | None:
    """The content of the first <meta> whose property (in any case) is `value`."""
    # (a loop over the <meta> elements: an XPath translate() here cost more than the page's parse)
    for meta in tree.iter("meta"):
        name = meta.get("property")
        if name is not None and name.translate(_ASCII_LOWER) == value:
            content = meta.get("content")
            if content is not None:
                return content.strip()
    return None


def _robots_directives(tree) -> str:
    """The contents of the page's <meta name="robots"> (the name in any case), joined."""
    return " ".join(content for meta in tree.iter("meta")
                    if (meta.get("name") or "").translate(_ASCII_LOWER) == "robots"
                    and (content := meta.get("content")) is not None)


# Changed whenever classify_html decides differently: `newsmine extract` then looks again at the
# stored pages taken for listings (2: prose blocks whatever the markup, not only <p>).
CLASSIFIER_VERSION = "2"


def classify_html(tree, url: str, hints: dict | None = None) -> str:
    """'article' or 'listing': the source's URL patterns first, then the page's own metadata
    (og:type, article:published_time, JSON-LD), then the balance of prose and headlines."""
    hints = hints or {}
    if hints.get("article_pattern") and re.search(hints["article_pattern"], url):
        return "article"
    if hints.get("listing_pattern") and re.search(hints["listing_pattern"], url):
        return "listing"
    if tree is None:
        return "other"
    og_type = (_meta_property(tree, "og:type") or "").lower()
    if og_type == "article" or _meta_property(tree, "article:published_time"):
        return "article"
    if og_type in ("website", "blog"):
        return "listing"
    for script in _JSON_LD(tree):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and str(item.get("@type", "")).endswith(
                    ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle")):
                return "article"
    # An article has one block of consecutive paragraphs; a listing's prose is spread over
    # many small blocks (one teaser per story), and page furniture does not count.
    best = max((prose_of_block(block) for block in _BLOCKS(tree) if not _FURNITURE(block)),
               default=0)
    # a URL shaped like an article's (".../ten-bai-viet-12345.html", "?ItemID=1234") needs less
    return "article" if best >= (300 if guess_kind(url) == "article" else 500) else "listing"


# Elements whose children may be the paragraphs of a body: <p>s, or text cut by <br> (old
# portals write the body straight into a <td> or <div>), or leaf <div>s.
_BLOCKS = lxml.etree.XPath("//*[p or br or div[not(.//div or .//p or .//table)]][not(self::p)]")
_LINE_BREAKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol"}
_NOT_PROSE = {"a", "script", "style", "noscript", "select", "button", "iframe", "form"}
MIN_LINE = 40  # characters: shorter lines are headings, labels and captions


def prose_of_block(block) -> int:
    """Characters of prose in a block's lines of at least MIN_LINE characters, when it has two
    such lines or more: the lines are its paragraphs, its text cut by <br>, its leaf <div>s;
    link text, scripts and forms are not prose. A block most of whose lines carry a headline
    link is a list of teasers, not a body: it has no prose."""
    lines, current, linked = [], [block.text or ""], False
    for child in block:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag in _LINE_BREAKS:
            lines.append(("".join(current), linked))
            current, linked = [], False
            if tag in ("p", "div", "li"):
                lines.append((_prose_text(child), _has_headline_link(child)))
        elif tag not in _NOT_PROSE:
            current.append(_prose_text(child))
            linked = linked or _has_headline_link(child)
        else:
            linked = linked or _has_headline_link(child)
        current.append(child.tail or "")
    lines.append(("".join(current), linked))
    kept = [(len(" ".join(text.split())), link) for text, link in lines]
    kept = [(n, link) for n, link in kept if n >= MIN_LINE]
    if len(kept) < 2 or 2 * sum(link for _, link in kept) > len(kept):
        return 0
    return sum(n for n, _ in kept)


def _has_headline_link(element) -> bool:
    """Whether an element is or holds a link whose text reads like a headline (four words or more)."""
    anchors = [element] if element.tag == "a" else element.iter("a")
    return any(len(a.text_content().split()) >= 4 for a in anchors)


def _prose_text(element) -> str:
    """An element's text without the text of links, scripts and forms inside it."""
    if isinstance(element.tag, str) and element.tag.lower() in _NOT_PROSE:
        return ""
    parts = [element.text or ""]
    for child in element:
        parts.append(_prose_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


_FURNITURE = lxml.etree.XPath("ancestor-or-self::*[self::footer or self::nav or self::aside or self::header "
                             "or contains(@class, 'footer') or contains(@id, 'footer')]")


def parse_html(body: bytes, url: str, content_type: str | None, hints: dict | None = None,
               encoding: str | None = None) -> Parsed:
    """The kind and outgoing links of an HTML page (anchors, image maps, rel=next/prev,
    feed alternates). Forms are never followed; javascript:, mailto: and the like are kept
    only so that their skip is logged. A page-level `<meta name="robots" content="nofollow">`
    is obeyed; rel="nofollow" on a single link is a ranking hint, not a crawl rule."""
    text = None
    if not encoding:
        encoding, text = _decode(body, content_type)
    tree = _html_tree(body, encoding, text)
    kind = classify_html(tree, url, hints)
    if tree is None:
        return Parsed(kind=kind, links=[], encoding=encoding)
    robots = _robots_directives(tree).lower()
    base = url
    for href in _BASE(tree)[:1]:
        declared = join_url(url, href.strip())
        base = declared if declared.startswith(("http://", "https://")) else url
    links: list[Link] = []
    for href in _FEED_LINKS(tree):
        links.append(Link(join_url(base, href.strip()), kind="feed"))
    if "nofollow" in robots or "none" in robots.split(","):
        return Parsed(kind=kind, links=links, encoding=encoding, nofollow=True)
    for element in _LINKS(tree):
        href = element.get("href").strip()
        if not href or href.startswith("#") or href.lower().startswith(_SKIP_SCHEMES):
            if href.lower().startswith(_SKIP_SCHEMES):
                links.append(Link(href))  # kept so that the skip is logged with its reason
            continue
        absolute = join_url(base, href)
        link = Link(absolute, kind=guess_kind(absolute, hints))
        if kind == "listing" and link.kind == "article":
            link.lastmod = _teaser_date(element)
        links.append(link)
    if kind == "listing":
        _date_pagination(links)
    return Parsed(kind=kind, links=links, encoding=encoding)


# A teaser's date as listings print it: 16/12/2020, 16-12-2020, 2020-12-16.
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_YMD = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_VIETNAM = timezone(timedelta(hours=7))
_PAGINATION = re.compile(r"([?&](page|trang|p)=\d+|/(page|trang)[-/]?\d+/?$|[-/]p\d+\.html?$)", re.IGNORECASE)


def _date_in(text: str) -> datetime | None:
    """The first date written in `text`, as the end of that day in Vietnam (a listing gives the
    day only: the article may be from any hour of it)."""
    match = _DMY.search(text)
    day, month, year = (int(g) for g in match.groups()) if match else (None, None, None)
    if match is None and (match := _YMD.search(text)):
        year, month, day = (int(g) for g in match.groups())
    if match is None:
        return None
    try:
        return datetime(year, month, day, 23, 59, 59, tzinfo=_VIETNAM).astimezone(UTC)
    except ValueError:
        return None


def _teaser_date(anchor) -> datetime | None:
    """The date printed in an article link's teaser: the link's own text or that of its nearest
    ancestor (up to three levels) holding no other article's link."""
    element = anchor
    for _ in range(4):
        if element is None or _links_over(element, 2):
            return None
        found = _date_in(" ".join(element.itertext())[:2000])
        if found is not None:
            return found
        element = element.getparent()
    return None


def _links_over(element, limit: int) -> bool:
    """Whether the element holds more than `limit` links (counted no further than that, so that
    a teaser's climb to the page's body does not read every link of the listing)."""
    links = (a for a in element.iterdescendants("a") if a.get("href") is not None)
    return next(islice(links, limit, None), None) is not None


def _date_pagination(links: list[Link]) -> None:
    """Pagination links of a listing take the newest teaser date of the page, so that a crawl
    with --since stops paging once a whole page is older than that date."""
    dated = [link.lastmod for link in links if link.kind == "article" and link.lastmod is not None]
    if len(dated) < 3:  # too few dated teasers to speak for the page
        return
    newest = max(dated)
    for link in links:
        if link.kind == "listing" and link.lastmod is None and _PAGINATION.search(link.url):
            link.lastmod = newest


def parse_sitemap(body: bytes, url: str) -> Parsed:
    """URLs of a sitemap or sitemap index (gzip allowed; malformed XML read as far as it goes)."""
    from scrapy.utils.sitemap import Sitemap

    if body[:2] == GZIP_MAGIC:
        try:
            body = gunzip(body)
        except (OSError, EOFError, ValueError):
            return Parsed(kind="sitemap", links=[])
    links = []
    try:
        sitemap = Sitemap(body)
        child_kind = "sitemap" if sitemap.type == "sitemapindex" else "article"
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            news = entry.get("news") if isinstance(entry.get("news"), dict) else {}
            lastmod = parse_date(entry.get("lastmod") or news.get("publication_date"))
            links.append(Link(join_url(url, loc), kind=child_kind, lastmod=lastmod))
    except (lxml.etree.XMLSyntaxError, StopIteration, ValueError):
        pass  # what was read before the break is kept
    if not links:  # a sitemap so broken that lxml gave up: take the <loc> elements by hand
        text = body.decode("utf-8", errors="replace")
        child_kind = "sitemap" if "<sitemapindex" in text else "article"
        links = [Link(join_url(url, loc.strip()), kind=child_kind)
                 for loc in re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", text)]
    return Parsed(kind="sitemap", links=links)


def parse_feed(body: bytes, url: str) -> Parsed:
    """Item links and dates of an RSS 1/2 or Atom feed."""
    links = []
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(body, parser)
    except (lxml.etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        return Parsed(kind="feed", links=[])
    for item in root.iter("{*}item", "{*}entry"):
        href = None
        for link in item.iterchildren("{*}link"):
            rel = link.get("rel", "alternate")
            if link.get("href") and rel == "alternate":
                href = link.get("href")
                break
            if link.text and link.text.strip():
                href = link.text.strip()
                break
        if not href:
            guid = item.find("{*}guid")
            if guid is not None and (guid.text or "").startswith("http"):
                href = guid.text.strip()
        if not href:
            continue
        date = None
        for tag in ("pubDate", "published", "updated", "date"):
            found = item.find("{*}" + tag)
            if found is not None and found.text:
                date = parse_date(found.text)
                if date:
                    break
        links.append(Link(join_url(url, href), kind="article", lastmod=date))
    return Parsed(kind="feed", links=links)


def parse_body(body: bytes, url: str, content_type: str | None, hints: dict | None = None,
               encoding: str | None = None) -> Parsed | None:
    """Whatever the body is, its kind and links; None for a body that is not parsed
    (PDF, images, JSON …: recorded, never read)."""
    mtype = media_type(content_type)
    if mtype in HTML_TYPES or (not mtype and body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))):
        return parse_html(body, url, content_type, hints, encoding)
    if any(t in mtype for t in XML_TYPES) or mtype in ("application/gzip", "application/x-gzip",
                                                       "application/octet-stream", "text/plain", ""):
        kind = xml_kind(body)
        if kind == "sitemap":
            return parse_sitemap(body, url)
        if kind == "feed":
            return parse_feed(body, url)
    return None
