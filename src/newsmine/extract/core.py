"""The core room: one page to one `ExtractedArticle` (pure, no database): decode, parse,
repair, let trafilatura pick the main text, then sort and clean its lines."""

from copy import deepcopy
from dataclasses import dataclass, field

import trafilatura
from lxml.html import HtmlElement
from lxml.html import fromstring as html_fromstring
from trafilatura.utils import load_html

from ..textnorm import normalize_text
from . import metadata, repairs
from .cues import key
from .decode import ExtractError, check_text, decode_html
from .dom import SAPO, attached, remove
from .lines import AGENCY_PREFIX, clean_author, clean_lines, split_lines
from .province import publisher_province
from .selectors import BODY_MARK, apply_hints


@dataclass
class ExtractedArticle:
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


def extract_article(html: bytes | str, url: str | None = None, hints: dict | None = None,
                    content_type: str | None = None) -> ExtractedArticle:
    """Extract one article from a page; raise ExtractError when there is none."""
    if isinstance(html, bytes):
        html = decode_html(html, content_type)
    check_text(html)
    if hints:
        html = apply_hints(html, hints)
    tree = load_html(html)
    if tree is None or not isinstance(tree, HtmlElement):
        raise ExtractError("broken HTML (nothing parseable)")

    meta = metadata.page_metadata(tree, url)
    meta_dates = metadata.meta_dates(tree)
    canonical = metadata.canonical_url(tree, meta)
    section = metadata.section(tree, meta)
    keywords = meta.tags or metadata.keywords(tree)
    title, title_el = metadata.find_title(tree, meta.title)
    site_name = metadata.site_name(tree, title)
    province = publisher_province(tree, site_name)
    repairs.remove_noise(tree)

    tags: list[str] = []
    repairs.drop_boxes(tree, tags)
    order = {el: i for i, el in enumerate(tree.iter())}
    published, updated = metadata.published(tree, meta_dates, order, title_el)
    repairs.drop_link_paragraphs(tree)
    repairs.mark_captions(tree)
    repairs.unwrap_layout_tables(tree)
    repairs.drop_date_lines(tree)
    order = {el: i for i, el in enumerate(tree.iter())}
    sapo = repairs.mark_sapo(tree, order, title_el)
    repairs.mark_bylines(tree)
    if title_el is not None and attached(title_el, tree):
        remove(title_el)

    marked = tree.xpath(f'//*[@{BODY_MARK}="1"]')
    if marked:
        scope = html_fromstring("<html><body></body></html>")
        scope[0].append(deepcopy(marked[0]))
        sapo_el = tree.xpath(f'//p[starts-with(., "{SAPO}")]')
        if sapo and sapo_el and not marked[0].xpath(f'.//p[starts-with(., "{SAPO}")]'):
            scope[0].insert(0, deepcopy(sapo_el[0]))
        tree = scope
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                      include_tables=True, favor_recall=False, deduplicate=False)
    lines = split_lines(doc.text if doc is not None else "")
    lines, author, origin = clean_lines(lines, title, meta.author)

    title = normalize_text(title or "").replace("\n", " ") or None
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
    if not any(line.kind != "caption" for line in lines):
        raise ExtractError("no article body")

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
    return ExtractedArticle(
        text="\n".join(parts), title=title, sapo=sapo or None, published=published,
        author=clean_author(author), section=section,
        tags=_unique(normalize_text(t) for t in (tags or keywords)),
        canonical_url=canonical, origin=normalize_text(origin) if origin else None,
        captions=captions, updated=updated, site_name=site_name, publisher_province=province,
    )


def _unique(items) -> list[str]:
    seen = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
