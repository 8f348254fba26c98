"""The core room: one page to one `ExtractedArticle` (pure, no database): decode, parse,
repair, let trafilatura pick the main text, then sort and clean its lines."""

from copy import copy, deepcopy
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from lxml.html import fromstring as html_fromstring
from trafilatura.settings import Extractor

from ..textnorm import normalize_text
from . import metadata, repairs, unknown_body
from .cues import key
from .decode import ExtractError, check_text, decode_html, parse_html
from .dom import HEADLINE, NOISE, SAPO, attached, classed, remove
from .lines import AGENCY_PREFIX, Line, clean_author, clean_lines, split_lines
from .province import publisher_province
from .selectors import BODY_MARK, apply_hints


@dataclass
class ExtractedArticle:
    """One page's article: `text` is what articles.text stores, the rest its metadata."""

    text: str
    title: str | None = None
    sapo: str | None = None
    published: str | None = None
    author: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    origin: str | None = None
    captions: list[tuple[int, int]] = field(default_factory=list)
    updated: str | None = None
    site_name: str | None = None
    publisher_province: str | None = None  # named by the site itself, not by the article
    fallback: str | None = None  # why trafilatura's own text was used instead of the repaired page's


def extract_article(html: bytes | str, url: str | None = None, hints: dict | None = None,
                    content_type: str | None = None) -> ExtractedArticle:
    """Extract one article from a page; raise ExtractError when there is none."""
    source = decode_html(html, content_type) if isinstance(html, bytes) else html
    tree, parsed = _parse(source, hints)
    # Every element's Python object, held until the page is done: lxml makes an element's
    # object once while one is alive (each pass over the tree reuses it) and anew otherwise.
    elements = list(tree.iter())
    if len(elements) > LARGE_PAGE:
        repairs.find_box_headings(tree)  # a hostile page of boxes is refused before any pass reads it
    marked = classed(tree)
    page = _read_page(tree, url, parsed, marked)
    tags: list[str] = []
    published, updated, sapo = _repair(tree, page.title_el, page.stated_dates, tags, marked)
    doc = trafilatura.bare_extraction(_body_scope(tree, sapo), options=_options(url))
    lines = split_lines(doc.text if doc is not None else "")
    lines, author, origin = clean_lines(lines, page.title, page.meta.author)
    fallback = None
    if not hints:  # a source's own selectors are trusted
        lines, author, origin, fallback = _guarded(source, url, page, (lines, author, origin))

    title = normalize_text(page.title or "").replace("\n", " ") or None
    sapo = _take_sapo(lines, sapo)
    # a photo story (a sapo, then photos whose captions tell the story) is an article too
    if not any(line.kind != "caption" for line in lines) and not (sapo and lines):
        raise ExtractError("no article body")
    text, captions = _assemble(title, sapo, lines)
    del elements
    return ExtractedArticle(
        text=text, title=title, sapo=sapo or None, published=published,
        author=clean_author(author, _publisher_names(page, url)), section=page.section,
        tags=_unique(normalize_text(t) for t in (tags or page.keywords)),
        canonical_url=page.canonical, origin=normalize_text(origin) if origin else None,
        captions=captions, updated=updated, site_name=page.site_name,
        publisher_province=page.province, fallback=fallback,
    )


# Real article pages have some 150 to 1,300 elements; a page of more has its box headings counted
# (and is refused for more than repairs.MAX_BOX_HEADINGS) before the metadata passes read it.
# A smaller page with that many headings is refused as well, once they are counted in the repairs.
LARGE_PAGE = 5000


# How trafilatura reads a page here (no comments, tables kept, the balanced focus, no metadata):
# made once, as building them reads trafilatura's settings file (some 6% of its reading of a
# short page); `fast` skips its fallback extractors.
_READING = {fast: Extractor(output_format="python", fast=fast, comments=False, tables=True, dedup=False)
            for fast in (False, True)}


def _options(url: str | None, fast: bool = False) -> Extractor:
    """trafilatura's options for reading the page at `url`."""
    options = copy(_READING[fast])
    options.url = options.source = url  # (as Extractor sets them; `source` names the page in its log)
    return options


# The guardrail: a body this long is trusted; a shorter one is compared with trafilatura's own
# reading of the untouched page, whose text replaces it when much longer (the repairs picked the
# wrong block: a comment form, a box of links) and does not hold ours.
TRUSTED_BODY = 1500  # characters
LONGER = 1.5  # times


def _body_length(lines: list[Line]) -> int:
    return sum(len(line.text) for line in lines if line.kind != "caption")


def _within(ours: list[Line], theirs: list[Line]) -> bool:
    """Nearly all of our body stands in trafilatura's text: the same block, which the repairs
    cleared of boxes (teasers, promotions) that trafilatura kept, not a wrong block."""
    found = "\n".join(key(line.text) for line in theirs)  # a line of ours may be part of one of theirs
    body = [line for line in ours if line.kind != "caption"]
    shared = sum(len(line.text) for line in body if key(line.text) in found)
    return shared >= 0.9 * _body_length(body) > 0


# Where the prose of a body lost to a wrong block cannot stand: links (a box of links or the
# site's menus never makes one), <head>, the noise elements, and the footers and asides that
# trafilatura drops on every path of its reading. A script of JSON-LD with an articleBody
# (schema.org's full text of an article) does count: trafilatura may read the body there.
_NOT_PROSE = ("a", "head", "footer", "aside", *NOISE)


def _prose_texts(tree):
    """The page's text and tails outside links, <head>, the noise elements, footers and asides."""
    skipped = set()
    for el in tree.iter(*_NOT_PROSE):
        skipped.update(el.iter())
    skipped.difference_update(el for el in tree.iter("script") if "articleBody" in (el.text or ""))
    for el in tree.iter():
        if isinstance(el.tag, str) and el.text and el not in skipped:
            yield el.text
        if el.tail and el.getparent() not in skipped:
            yield el.tail


def _text_outside(tree, lines: list[Line]) -> int:
    """How many characters of the page's text outside links stand in none of `lines`."""
    ours = "\n".join(line.text for line in lines)
    missing = [text for text in (" ".join(raw.split()) for raw in _prose_texts(tree)) if text and text not in ours]
    normalized = normalize_text("\n".join(missing)).split("\n")  # one call: the texts as stored
    if len(normalized) != len(missing):  # (a text of invisible characters only was dropped)
        normalized = [normalize_text(text) for text in missing]
    return sum(len(text) for text, norm in zip(missing, normalized) if norm not in ours)


def _guarded(source: str, url: str | None, page, ours: tuple):
    """(lines, author, origin, why trafilatura's text was used or None)."""
    kept = _body_length(ours[0])
    if kept >= TRUSTED_BODY:
        return (*ours, None)
    untouched = parse_html(source)
    body = [line for line in ours[0] if line.kind != "caption"]  # (trafilatura reads captions as body)
    if untouched is None or kept + _text_outside(untouched, body) <= LONGER * kept + 200:
        # trafilatura's reading could be much longer only by the text of links, footers, asides
        # or noise: not a body lost to a wrong block (what the second reading is for)
        return (*ours, None)
    # fast: without the fallback extractors, which cost seconds on a page of thousands of boxes
    doc = trafilatura.bare_extraction(untouched, options=_options(url, fast=True))
    theirs = clean_lines(split_lines(doc.text if doc is not None else ""), page.title, page.meta.author)
    found = _body_length(theirs[0])
    if found <= LONGER * kept + 200 or _within(ours[0], theirs[0]):
        return (*ours, None)
    why = f"the repairs kept {kept} characters of body, trafilatura's defaults {found}: trafilatura's text used"
    return (*theirs, why)


def _parse(html: str, hints: dict | None) -> tuple[HtmlElement, str]:
    """The page checked, repaired by the source's hints and parsed; (tree, the text parsed)."""
    check_text(html)
    if hints:
        html = apply_hints(html, hints)
    tree = parse_html(html)
    if tree is None or not isinstance(tree, HtmlElement):
        raise ExtractError("broken HTML (nothing parseable)")
    return tree, html


@dataclass
class _Page:
    """What the page says about its article, read before the repairs change the tree."""
    meta: object  # trafilatura's Document
    stated_dates: tuple[list, list]
    canonical: str | None
    section: str | None
    keywords: list[str]
    title: str | None
    title_el: object
    site_name: str | None
    province: str | None


def _read_page(tree, url: str | None, source: str, marked: list) -> _Page:
    """The page's metadata, headline and publisher (`source`: the text parsed into `tree`,
    `marked`: its dom.classed list)."""
    meta = metadata.page_metadata(tree, url, source)
    head = metadata.read_head(tree)
    stated_dates = metadata.meta_dates(tree, head, marked)
    canonical = metadata.canonical_url(tree, meta, head)
    section = metadata.section(tree, meta, marked, head)
    keywords = meta.tags or metadata.keywords(tree, head)
    title, title_el = metadata.find_title(tree, meta.title, marked, head)
    site_name = metadata.site_name(tree, title, head)
    return _Page(meta, stated_dates, canonical, section, keywords, title, title_el, site_name,
                 publisher_province(tree, site_name, marked))


def _document_order(tree) -> dict:
    """Each element's position in document order."""
    return {el: i for i, el in enumerate(tree.iter())}


def _repair(tree, title_el, stated_dates, tags: list[str], marked: list):
    """The repairs, in their order, with the dates read once the boxes (and their dated lists)
    are gone and before the date lines are; returns (published, updated, the sapo marked).
    `marked`: the page's dom.classed list."""
    if title_el is not None:
        title_el.set(HEADLINE, "1")
    repairs.remove_noise(tree)
    headings = repairs.find_box_headings(tree)  # refuses a page of thousands of boxes
    repairs.drop_boxes(tree, headings, tags)
    unknown_body.drop_footers_read_as_body(tree, marked)
    published, updated = metadata.published(tree, stated_dates, _document_order(tree), title_el)
    repairs.drop_link_paragraphs(tree)
    repairs.drop_teasers(tree)
    repairs.drop_after_signature(tree)
    repairs.mark_captions(tree, marked)
    repairs.unwrap_layout_tables(tree)
    repairs.drop_date_lines(tree)
    sapo = repairs.mark_sapo(tree, _document_order(tree), title_el, marked)
    repairs.mark_bylines(tree, marked)
    unknown_body.flatten_subheadings(tree)
    unknown_body.flatten_lists(tree)
    if title_el is not None and attached(title_el, tree):
        remove(title_el)
    return published, updated, sapo


# The tags of <head> that hold no text (its title does): trafilatura's reading drops <head>
# once it has copied the page three times and walked it in readability, justext (which reads
# the title) and its page measures; none of them reads these.
_HEAD_TAGS = ("meta", "link", "base")


def _drop_head_tags(tree) -> None:
    """Remove the textless tags of the page's <head>, read by then (the metadata)."""
    head = tree.find("head")
    if head is not None:
        for el in list(head.iterchildren(*_HEAD_TAGS)):
            remove(el)


def _body_scope(tree, sapo: str | None):
    """What trafilatura reads: the element a source's `body_css` marked (with the sapo put in
    front when it stands outside that element), else the whole page (its <head> without the
    tags that hold no text)."""
    # (the first element marked, found by a walk: an XPath over the page costs more)
    marked = next((el for el in tree.getroottree().iter(etree.Element) if el.get(BODY_MARK) == "1"), None)
    if marked is None:
        _drop_head_tags(tree)
        return tree
    scope = html_fromstring("<html><body></body></html>")
    scope[0].append(deepcopy(marked))
    sapo_el = tree.xpath(f'//p[starts-with(., "{SAPO}")]')
    if sapo and sapo_el and not marked.xpath(f'.//p[starts-with(., "{SAPO}")]'):
        scope[0].insert(0, deepcopy(sapo_el[0]))
    return scope


def _take_sapo(lines: list[Line], sapo: str | None) -> str | None:
    """The sapo: its marked line (taken out of `lines`), else the text of the block marked
    (its copy at the top of `lines` taken out); without an agency's dateline."""
    sapo_line = next((line for line in lines if line.kind == "sapo"), None)
    if sapo_line is not None:
        lines.remove(sapo_line)
        sapo = sapo_line.text
    elif sapo:
        sapo = normalize_text(sapo).replace("\n", " ")
        if lines and key(lines[0].text) == key(sapo):
            lines.pop(0)
    if sapo:
        sapo = AGENCY_PREFIX.sub("", sapo)
    return sapo


def _assemble(title: str | None, sapo: str | None, lines: list[Line]):
    """`articles.text` (title, sapo and lines, one a line) and the captions' spans in it."""
    parts: list[str] = []
    captions: list[tuple[int, int]] = []
    offset = 0
    for text, kind in [(title, "title"), (sapo, "sapo")] + [(line.text, line.kind) for line in lines]:
        if not text:
            continue
        if kind == "caption":
            captions.append((offset, offset + len(text)))
        parts.append(text)
        offset += len(text) + 1
    return "\n".join(parts), captions


def _publisher_names(page, url: str | None) -> tuple:
    """The names a page's publisher goes by: its site name and its host ("baotintuc.vn")."""
    hosts = (urlsplit(address).hostname or "" for address in (page.canonical, url) if address)
    return (page.site_name, *(host.removeprefix("www.") for host in hosts))


def _unique(items) -> list[str]:
    """The non-empty items, each once, in their first order."""
    seen = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
