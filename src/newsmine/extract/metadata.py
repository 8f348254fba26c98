"""The metadata room: what a page says about its article besides the text: headline, dates,
site name, section, keywords, canonical URL (meta tags, JSON-LD, visible date lines, then
trafilatura's and htmldate's readings)."""

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from htmldate import find_date
from lxml import etree
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_catstags,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
    normalize_authors,
)
from trafilatura.utils import trim
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from .. import vndates
from ..textnorm import fold
from .cues import home_links, is_box_heading, key
from .dom import attached, classed, links_reach, raw_text, short_text, text_of
from .selectors import BREADCRUMB_CLASS, TITLE_CLASS

log = logging.getLogger(__name__)

# A text that may hold a date: d/m/yyyy, an ISO date or the word "tháng" (month) in any case.
# (Every branch opens with one class, [\dtT], which the engine scans for fast; a case-blind
# alternation is a third slower.)
HAS_DATE = re.compile(r"[\dtT](?:(?<=\d)\d?\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d"
                      r"|(?<=1)9\d\d-\d\d-\d\d|(?<=2)0\d\d-\d\d-\d\d|(?<=[tT])[hH][áÁ][nN][gG])")


# Where trafilatura's author reader (its AUTHOR_XPATHS) can find something, in a page's text
# lowercased: an <author> or <rel> element, or a class, id, itemprop, rel or data-* value
# holding one of these words. (Lowercased and looked for one by one: a case-blind pattern of
# the words is 10× slower.)
_AUTHOR_MARKUP = ("author", "byl", "bbl", "username", "screenname", "writer", "channel-name", "zuozhe",
                  "bianji", "xiaobian", "submitted-by", "posted-by", "journalist-name", "<rel")


def _holds_any(text: str, words) -> bool:
    """One of `words` stands in `text`."""
    return any(word in text for word in words)


def page_metadata(tree, url: str | None, source: str | None = None):
    """The parts of trafilatura's metadata reading (extract_metadata) used here: title,
    author, URL, site name and tags, in its order and with its cleaning. Its date (htmldate:
    `published` reads the dates), license and categories (read by `section` when needed) are
    left out, and its author and tag readers run only when `source` (the page parsed into
    `tree`) holds markup they can read."""
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)
    except Exception as err:  # noqa: BLE001 - trafilatura's own guard: bugs in its JSON-LD reader
        log.warning("error in JSON-LD metadata: %s", err)
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.author and (source is None or _holds_any(source.lower(), _AUTHOR_MARKUP)):
        meta.author = _author(tree)
    if not meta.url:
        meta.url = extract_url(tree, url)
    if not meta.sitename:
        meta.sitename = extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (match := META_URL.match(meta.url)):
        meta.sitename = match[1]
    if not meta.tags and (source is None or "/tag" in source):  # (its tag links' addresses hold "/tag")
        meta.tags = extract_catstags("tag", tree)
    meta.clean_and_trim()
    return meta


def _around_discarded():
    """An XPath telling whether an element is in, or holds, a block that trafilatura's author
    reader prunes from its copy of the page (AUTHOR_DISCARD_XPATHS: comment, title and date
    blocks, then times and figures); None if those are not of the form read here."""
    first, second = (x.path.strip() for x in AUTHOR_DISCARD_XPATHS) if len(AUTHOR_DISCARD_XPATHS) == 2 else ("", "")
    if not first.startswith(".//*[") or second != "//time|//figure":
        return None
    block = first[len(".//"):]  # "*[its tags][its classes]": every test on the element's own name and attributes
    return etree.XPath(f"boolean(ancestor-or-self::{block} | descendant::{block} | ancestor-or-self::time"
                       " | ancestor-or-self::figure | descendant::time | descendant::figure)",
                       namespaces={"re": "http://exslt.org/regular-expressions"})


_AROUND_DISCARDED = _around_discarded()


def _author(tree) -> str | None:
    """trafilatura's extract_author without its copy of the page pruned of the blocks it
    discards: an element it reads that neither stands in nor holds one of them has the same
    text on the page itself (and any other falls back to the copy)."""
    if _AROUND_DISCARDED is None:
        return extract_author(tree)
    for expression in AUTHOR_XPATHS:  # (its extract_metainfo, on the page)
        for el in expression(tree):
            if _AROUND_DISCARDED(el):
                return extract_author(tree)
            content = trim(" ".join(el.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None


# The page-wide readings below walk the elements of a tag (picked in C) rather than run an
# XPath over the page ('//*[@itemprop="datePublished"]/@datetime' and its like): libxml2's
# XPath costs 12-50 us a demo page for each, the walk a few. Each returns what the XPath in
# its docstring returns, in document order.
_TEXT_NODES = etree.XPath("text()")  # (a script's text nodes, on the few JSON-LD scripts only)


def _ld_scripts(tree) -> list[str]:
    """//script[@type="application/ld+json"]/text()"""
    return [text for script in tree.getroottree().iter("script")
            if script.get("type") == "application/ld+json" for text in _TEXT_NODES(script)]


def _canonical(tree) -> list[str]:
    """//link[@rel="canonical"]/@href"""
    return [link.get("href") for link in tree.getroottree().iter("link")
            if link.get("rel") == "canonical" and link.get("href") is not None]


def _itemprop_published(tree, marked: list | None = None) -> list[str]:
    """//*[@itemprop="datePublished"]/@datetime (`marked`: the page's dom.classed list, which
    holds every element with an itemprop)."""
    elements = (el for el, _ in marked) if marked is not None else tree.getroottree().iter(etree.Element)
    return [el.get("datetime") for el in elements
            if el.get("itemprop") == "datePublished" and el.get("datetime") is not None]


def _time_pubdate(tree) -> list[str]:
    """//time[@pubdate]/@datetime"""
    return [el.get("datetime") for el in tree.getroottree().iter("time")
            if el.get("pubdate") is not None and el.get("datetime") is not None]


@dataclass
class Head:
    """What the page's <meta> tags and JSON-LD scripts hold, read once for all the readers."""

    metas: dict[tuple[str, str], str]  # (attribute, value) → the first such tag's content
    scripts: list[str]  # the JSON-LD scripts' texts


def read_head(tree) -> Head:
    """The page's <meta> contents by (property, name or itemprop) and its JSON-LD scripts."""
    first: dict[tuple[str, str], str] = {}
    for meta in tree.getroottree().iter("meta"):  # one pass over the page, not one per name
        content = meta.get("content")
        if content is not None:
            for attr in ("property", "name", "itemprop"):
                first.setdefault((attr, meta.get(attr)), content)
    return Head(first, _ld_scripts(tree))


def meta_content(tree, *names, head: Head | None = None) -> str | None:
    """The content of the first non-empty <meta> named (property, name or itemprop) `names`
    (`head`: the page's, when read already)."""
    first = (head or read_head(tree)).metas
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = first.get((attr, name))
            if found and found.strip():
                return found.strip()
    return None


def _json_ld(tree, name: str, head: Head | None = None) -> list[str]:
    """The string values of `name` in the page's JSON-LD scripts."""
    values = []
    for script in (head.scripts if head else _ld_scripts(tree)):
        values += re.findall(rf'"{name}"\s*:\s*"([^"]+)"', script)
    return values


def canonical_url(tree, meta, head: Head | None = None) -> str | None:
    """The page's canonical link, else og:url, else trafilatura's URL."""
    return ((_canonical(tree) or [None])[0]
            or meta_content(tree, "og:url", head=head) or meta.url)


def keywords(tree, head: Head | None = None) -> list[str]:
    """The keywords <meta> tags, split at commas."""
    found = meta_content(tree, "keywords", "news_keywords", head=head) or ""
    return [k.strip() for k in found.split(",") if k.strip()]


_TITLE_BLOCKS = frozenset(("span", "div", "p", "td", "strong", "b", "h2", "h3"))


def find_title(tree, meta_title: str | None, marked: list | None = None, head: Head | None = None):
    """The headline and its element: an h1 (or a title-classed block) agreeing with the page's
    <title>/og:title, else the first plausible one, else trafilatura's title (`marked`: the
    page's dom.classed list)."""
    references = [meta_content(tree, "og:title", "twitter:title", head=head), meta_title,
                  text_of(tree.find(".//title"))]
    keys = {key(r) for r in references if r}
    for r in references:
        for part in re.split(r"\s+[-|–—:]+\s+", r or ""):
            if len(part) >= 10:
                keys.add(key(part))
    body = tree.find(".//body")
    if body is None:
        body = tree
    def headline(el):  # not a link to somewhere else (a logo, a list of other articles)
        text = short_text(el, 300) or ""
        return len(text) >= 8 and not (el.find(".//a") is not None and links_reach(el, len(text)))

    # h1 first, then blocks whose class or itemprop says "title", then h2/h3.
    candidates = [el for el in body.iter("h1") if headline(el)]
    candidates += [el for el, names in (classed(tree) if marked is None else marked)
                   if el.tag in _TITLE_BLOCKS and (TITLE_CLASS.search(names) or el.get("itemprop") == "headline")
                   and (body is tree or attached(el, body)) and headline(el)]
    candidates += [el for el in body.iter("h2", "h3") if headline(el)]
    for el in candidates:
        if key(text_of(el)) in keys:
            return text_of(el), el
    for el in body.iter("h1"):
        if headline(el) and len(text_of(el)) >= 10 and not any(
                a.tag in ("header", "nav") for a in el.iterancestors()):
            return text_of(el), el
    # Old portals title every page with the site's name and set the headline in a classed block.
    for el in candidates:
        if el.tag != "h1" and len(text_of(el).split()) >= 5 and not is_box_heading(text_of(el)) and not any(
                a.tag in ("header", "nav", "footer") for a in el.iterancestors()):
            return text_of(el), el
    return (meta_title or None), None


def meta_dates(tree, head: Head | None = None, marked: list | None = None) -> tuple[list, list]:
    """The publication and update dates the page's metadata states (meta tags, microdata,
    JSON-LD), parsed (`marked`: the page's dom.classed list)."""
    head = head or read_head(tree)
    published = [meta_content(tree, "article:published_time", "datePublished", "pubdate",
                              "publishdate", "publish-date", "og:published_time",
                              "dc.date.issued", "DC.date.issued", "dcterms.created", "date", head=head)]
    published += _itemprop_published(tree, marked)
    published += _time_pubdate(tree)
    published += _json_ld(tree, "datePublished", head)
    updated = [meta_content(tree, "article:modified_time", "dateModified", "og:updated_time",
                            "last-modified", head=head)]
    updated += _json_ld(tree, "dateModified", head)
    parse = vndates.parse_iso
    return ([m for m in map(parse, filter(None, published)) if m],
            [m for m in map(parse, filter(None, updated)) if m])


@lru_cache(maxsize=4096)  # a page's date lines are read by two passes, a site's furniture on every page
def date_line(text: str) -> tuple[tuple[vndates.DateMention, ...], int]:
    """The dates in a short text and how many words it says besides them (0 without dates)."""
    mentions = tuple(vndates.find_dates(text))
    return mentions, (len(vndates.residue(text).split()) if mentions else 0)


def _visible_dates(root, order: dict) -> list[tuple[int, vndates.DateMention]]:
    """(document position, mention) of every short date line on the page."""
    found = []

    def take(text, position):
        if len(text) <= 200 and HAS_DATE.search(text):
            mentions, words = date_line(text)
            if mentions and words <= 8:
                found.extend((position, m) for m in mentions)

    def walk(el):
        if not isinstance(el.tag, str) or el.tag == "a":
            return
        raw = raw_text(el)
        if not HAS_DATE.search(raw):
            return
        text = short_text(el, 200, raw)
        if text is not None:
            take(text, order.get(el, 0))
            return
        take(" ".join((el.text or "").split()), order.get(el, 0))
        for child in el:
            walk(child)
            take(" ".join((child.tail or "").split()), order.get(child, 0))

    walk(root)
    return found


def published(tree, stated_dates, order, title_el):
    """The publication date: a labelled date line, then the page's metadata, then an
    unlabelled date line after the headline, then one before it; the update date when there
    is no publication date; htmldate's search of the whole page when there is no date at all.
    A date without a time takes the time of a same-day publication candidate, never the
    update's."""
    meta_published, meta_updated = [_plausible(dates) for dates in stated_dates]
    visible = [(at, m) for at, m in _visible_dates(tree, order) if _plausible([m])]
    title_at = order.get(title_el, 0) if title_el is not None else 0
    labelled = [m for _, m in visible if m.kind == "published"]
    after = [m for at, m in visible if m.kind is None and at >= title_at]
    before = [m for at, m in reversed(visible) if m.kind is None and at < title_at]
    updates = [m for _, m in visible if m.kind == "updated"] + meta_updated
    ranked = labelled + meta_published + after + before
    chosen = ranked[0] if ranked else None
    if chosen is None and not updates:
        found = find_date(tree, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
        chosen = next(iter(_plausible([vndates.parse_iso(found)] if found else [])), None)
    if chosen is None and updates:
        chosen = updates[0]
    if chosen is not None and not chosen.has_time:
        for other in ranked:
            if other.has_time and other.moment.astimezone(vndates.VIETNAM).date() == chosen.moment.date():
                chosen = other
                break
    updated = updates[0].iso() if updates else None
    return (chosen.iso() if chosen else None), updated


# No Vietnamese news site published before 1990; a date more than two days ahead is a typo or a
# countdown, not the publication: such a date is no date rather than a guess.
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
_AHEAD = timedelta(days=2)


def _plausible(dates: list) -> list:
    """The dates (DateMention) that can be a publication date of today's web."""
    latest = datetime.now(UTC) + _AHEAD
    return [d for d in dates if d is not None and _EARLIEST <= d.moment <= latest]


def site_name(tree, title: str | None, head: Head | None = None) -> str | None:
    """The publisher's name: og:site_name, JSON-LD publisher, or what <title> adds to the
    headline ("Headline - Báo Điện Biên Phủ")."""
    name = meta_content(tree, "og:site_name", "application-name", head=head)
    if name:
        return name
    script = " ".join(head.scripts if head else _ld_scripts(tree))
    publisher = re.search(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"', script)
    if publisher:
        return publisher.group(1)
    page_title = text_of(tree.find(".//title"))
    if title and page_title != title and title in page_title:
        rest = page_title.replace(title, "", 1).strip(" -|–—:·")
        if 3 <= len(rest) <= 80:
            return rest
    return None


def section(tree, meta, marked: list | None = None, head: Head | None = None) -> str | None:
    """The article's section: article:section, JSON-LD, the last breadcrumb link, or
    trafilatura's first category (`marked`: the page's dom.classed list)."""
    found = meta_content(tree, "article:section", head=head) or next(iter(_json_ld(tree, "articleSection", head)), None)
    if found:
        return found
    for el, names in classed(tree) if marked is None else marked:
        if BREADCRUMB_CLASS.search(names):
            links = [text_of(a) for a in el.iter("a") if text_of(a)]
            links = [t for t in links if key(t) not in home_links() and key(t) != fold(meta.sitename or "-")]
            if links:
                return links[-1]
    return (meta.categories or extract_catstags("category", tree) or [None])[0]
