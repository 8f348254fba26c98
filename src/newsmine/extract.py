"""HTML → article: the one module that uses trafilatura.

`extract_article` turns one page into an `ExtractedArticle` (pure, no database): the page is
decoded (charset from the bytes, not only from what the page declares), parsed, repaired
with BeautifulSoup where a source's hints say so (`body_css`, `drop_css`), cleared of boxes
whose heading is in lexicons/boxes.txt, its captions, sapo and byline marked, and then
trafilatura picks the main text. `articles.text` is the title, the sapo and the body blocks,
one a line, normalised by textnorm.normalize_text; captions stay in it as lines of their own
and their spans are listed apart; the attribution line ("Theo Báo …") becomes `origin`.

`extract_pages` runs the stage over the `pages` table, one transaction per page, records
bad pages in `extract_errors` and then links republications (duplicates.py).
"""

import codecs
import html
import re
import unicodedata
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources

import trafilatura
from htmldate import find_date
from lxml import etree
from lxml.html import Element as html_element
from lxml.html import HtmlElement
from lxml.html import fromstring as html_fromstring
from trafilatura.metadata import extract_metadata
from trafilatura.utils import detect_encoding, load_html

from . import duplicates, store, vndates
from .textnorm import fold, normalize_text

EXTRACTOR_VERSION = "extract-1.0"
MAX_PAGE_BYTES = 5_000_000  # a news article page is well under 1 MB; beyond this it is not one


# trafilatura's metadata with htmldate reading the page's metadata only: the page's own date
# lines are read first, htmldate's search of the whole page (slow, and misled by dated lists
# of other articles) is the last resort.
_DATE_CONFIG = {"original_date": True, "extensive_search": False}


class ExtractError(Exception):
    """A page that holds no article (empty, binary, too large, not HTML, no body)."""


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


# ---------------------------------------------------------------------------------------
# Lexicons (data files under newsmine/lexicons/, '#' lines are headers)


def _lexicon_lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("lexicons", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _key(text: str) -> str:
    """The comparison form of a heading or interface line: NFC, case-folded, without end
    punctuation, arrows or a trailing count ("Ý kiến bạn đọc (2)")."""
    text = normalize_text(text).replace("\n", " ").casefold()
    text = re.sub(r"\(\s*\d+\s*\)\s*$", "", text)
    return re.sub(r"^[\W_]+|[\W_]+$", "", text).strip()


@lru_cache(maxsize=1)
def box_headings() -> frozenset[str]:
    return frozenset(_key(h) for h in _lexicon_lines("boxes.txt"))


@lru_cache(maxsize=1)
def ui_lines() -> frozenset[str]:
    return frozenset(_key(h) for h in _lexicon_lines("ui_lines.txt")) | box_headings()


@lru_cache(maxsize=1)
def _origin_re() -> re.Pattern:
    cues = "|".join(re.escape(c) for c in sorted(_lexicon_lines("origin_cues.txt"), key=len, reverse=True))
    return re.compile(rf"^[(\[]?\s*(?:{cues})\s*[:：]?\s+(?P<outlet>[^()\[\]]+?)\s*[)\]]?\s*\.?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _trailing_origin_re() -> re.Pattern:
    cues = "|".join(re.escape(c) for c in sorted(_lexicon_lines("origin_cues.txt"), key=len, reverse=True))
    return re.compile(rf"\s*[(\[]\s*(?:{cues})\s*[:：]?\s+(?P<outlet>[^()\[\]]{{2,80}}?)\s*[)\]]\s*\.?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _byline_re() -> re.Pattern:
    cues = "|".join(re.escape(c) for c in sorted(_lexicon_lines("byline_cues.txt"), key=len, reverse=True))
    return re.compile(rf"^(?:{cues})\s*:\s*(?P<name>.+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def provinces() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every surface form of every province, and the form → name map."""
    names = {}
    for line in _lexicon_lines("provinces.tsv"):
        name, forms = line.split("\t")
        names.update({form.strip(): name for form in forms.split(";")})
    alternatives = "|".join(re.escape(f) for f in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), names


@lru_cache(maxsize=1)
def _heading_first_words() -> frozenset[str]:
    return frozenset(h.split()[0] for h in box_headings())


# ---------------------------------------------------------------------------------------
# Decoding

_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
                 b"RIFF", b"ID3", b"OggS", b"\xd0\xcf\x11\xe0", b"Rar!", b"7z\xbc\xaf", b"\x00\x00\x00")
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:\-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:\-]+)", re.IGNORECASE)
_UTF8 = {"utf-8", "utf8"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _codec(name: str | None) -> str | None:
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """The text of an HTML body. Valid UTF-8 is taken as UTF-8 whatever the page declares
    (a latin-1 declaration decodes anything, wrongly); otherwise the charset from the HTTP
    header or a <meta> tag, then a statistical guess."""
    if not data or not data.strip():
        raise ExtractError("empty page")
    if len(data) > MAX_PAGE_BYTES:
        raise ExtractError(f"page too large ({len(data) / 1e6:.1f} MB, limit {MAX_PAGE_BYTES / 1e6:.0f} MB)")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    head = data[:1024].lstrip()
    if head.startswith(_BINARY_MAGIC) or head.count(b"\x00") > 8:
        raise ExtractError("binary content, not HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = [_HTTP_CHARSET.search(content_type or ""), _META_CHARSET.search(data[:4096])]
    names = [m.group(1) if isinstance(m.group(1), str) else m.group(1).decode("ascii", "ignore")
             for m in declared if m]
    for name in [*names, *detect_encoding(data[:200_000])]:
        codec = _codec(name)
        if codec and codec.replace("_", "-") not in _UTF8:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("utf-8", errors="replace")


def _check_text(html: str) -> None:
    if not html.strip():
        raise ExtractError("empty page")
    if len(html) > MAX_PAGE_BYTES:
        raise ExtractError(f"page too large ({len(html) / 1e6:.1f} M characters)")
    sample = html[:4096]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ExtractError("binary content, not HTML")
    if not re.search(r"<\s*[a-zA-Z!]", sample) and not re.search(r"<\s*[a-zA-Z]", html[:100_000]):
        raise ExtractError("not HTML (no markup)")


# ---------------------------------------------------------------------------------------
# Tree helpers

# Marks put in front of the text of repaired elements, so that the lines trafilatura returns
# can be told apart. Printable (trafilatura drops non-printable characters) and never news text.
CAPTION, SAPO, BYLINE = "⟦nm-caption⟧", "⟦nm-sapo⟧", "⟦nm-byline⟧"
_MARKS = re.compile("⟦nm-(?:caption|sapo|byline)⟧")
_BLOCKS = {"p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "section", "article", "table", "tr", "tbody", "ul", "ol", "figure", "figcaption",
           "header", "footer", "aside", "center", "dd", "dt", "dl", "pre", "form", "main", "nav"}
_NOISE = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
          "input", "button", "select", "textarea", "option", "video", "audio", "canvas")
_CAPTION_CLASS = re.compile(
    r"caption|chu-?thich|ghi-?chu-?anh|mo-?ta-?anh|image[-_]?(?:desc|note|text)|"
    r"img[-_]?(?:desc|note)|photo[-_]?(?:desc|note|text)|desc[-_]?(?:img|image|photo|anh)|"
    r"fig[-_]?desc|note[-_]?(?:img|image|anh)", re.IGNORECASE)
_SAPO_CLASS = re.compile(
    r"sapo|chapeau|tom-?tat|trich-?yeu|(?:^|[\s_-])(?:lead|summary|description|desc|intro|"
    r"excerpt|teaser|abstract|lede)(?:$|[\s_-])", re.IGNORECASE)
_BYLINE_CLASS = re.compile(r"author|byline|tac-?gia|nguoi-?viet|writer|signature|nguon|source", re.IGNORECASE)
_FOOTER_CLASS = re.compile(r"footer|copyright|ban-quyen|bottom-info", re.IGNORECASE)
_TITLE_CLASS = re.compile(r"title|tieu-?de|headline", re.IGNORECASE)
_BREADCRUMB_CLASS = re.compile(r"breadcrumb|crumbs|duong-?dan|duongdan|path", re.IGNORECASE)
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:$|\?)", re.IGNORECASE)


def _text(el) -> str:
    """An element's text on one line, white space collapsed."""
    return " ".join(" ".join(el.itertext()).split()) if el is not None else ""


def _short(el, limit: int) -> str | None:
    """The element's text if it is at most `limit` characters long (cheaply bounded first)."""
    raw = el.text_content() if isinstance(el, HtmlElement) else "".join(el.itertext())
    if len(raw) > 4 * limit + 200:
        return None
    text = _text(el)
    return text if len(text) <= limit else None


def _attrs(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _link_chars(el) -> int:
    return sum(len(_text(a)) for a in el.iter("a"))


def _is_italic(el) -> bool:
    """Every character of the element's text is set in italics."""
    total = len("".join(_text(el).split()))
    if total == 0:
        return False
    if el.tag in ("em", "i") or "italic" in (el.get("style") or ""):
        return True
    italic = sum(len("".join(_text(e).split())) for e in el.iter("em", "i")
                 if not any(a.tag in ("em", "i") for a in e.iterancestors()))
    return italic >= total


def _is_bold(el) -> bool:
    total = len("".join(_text(el).split()))
    if total == 0:
        return False
    if el.tag in ("strong", "b", "h2", "h3") or "bold" in (el.get("style") or ""):
        return True
    bold = sum(len("".join(_text(e).split())) for e in el.iter("strong", "b")
               if not any(a.tag in ("strong", "b") for a in e.iterancestors()))
    return bold >= total


def _aligned(el, side: str) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return (el.get("align") or "").lower() == side or f"text-align:{side}" in style


def _replace(old, tag: str, text: str):
    """Put a new element holding only `text` where `old` was (keeping what followed it)."""
    new = html_element(tag)
    new.text = text
    new.tail = old.tail
    parent = old.getparent()
    if parent is not None:
        parent.replace(old, new)
    return new


def _remove(el) -> None:
    """Remove an element but keep the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _attached(el, root) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is root:
            return True
    return el is root


# ---------------------------------------------------------------------------------------
# The page: metadata, title, dates, boxes, captions, sapo, bylines


def _meta_content(tree, *names) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


def _json_ld(tree, key: str) -> list[str]:
    values = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        values += re.findall(rf'"{key}"\s*:\s*"([^"]+)"', script)
    return values


def _find_title(tree, meta_title: str | None):
    """The headline and its element: an h1 (or a title-classed block) agreeing with the page's
    <title>/og:title, else the first plausible one, else trafilatura's title."""
    references = [_meta_content(tree, "og:title", "twitter:title"), meta_title,
                  _text(tree.find(".//title"))]
    keys = {_key(r) for r in references if r}
    for r in references:
        for part in re.split(r"\s+[-|–—:]+\s+", r or ""):
            if len(part) >= 10:
                keys.add(_key(part))
    body = tree.find(".//body")
    if body is None:
        body = tree
    def headline(el):  # not a link to somewhere else (a logo, a list of other articles)
        text = _short(el, 300) or ""
        return len(text) >= 8 and not (el.find(".//a") is not None and _link_chars(el) >= len(text))

    # h1 first, then blocks whose class or itemprop says "title", then h2/h3.
    candidates = [el for el in body.iter("h1") if headline(el)]
    candidates += [el for el in body.iter("span", "div", "p", "td", "strong", "b", "h2", "h3")
                   if (_TITLE_CLASS.search(_attrs(el)) or el.get("itemprop") == "headline") and headline(el)]
    candidates += [el for el in body.iter("h2", "h3") if headline(el)]
    for el in candidates:
        if _key(_text(el)) in keys:
            return _text(el), el
    for el in body.iter("h1"):
        if headline(el) and len(_text(el)) >= 10 and not any(
                a.tag in ("header", "nav") for a in el.iterancestors()):
            return _text(el), el
    return (meta_title or None), None


def _meta_dates(tree) -> tuple[list, list]:
    published = [_meta_content(tree, "article:published_time", "datePublished", "pubdate",
                               "publishdate", "publish-date", "og:published_time",
                               "dc.date.issued", "DC.date.issued", "dcterms.created", "date")]
    published += tree.xpath('//*[@itemprop="datePublished"]/@datetime')
    published += tree.xpath("//time[@pubdate]/@datetime")
    published += _json_ld(tree, "datePublished")
    updated = [_meta_content(tree, "article:modified_time", "dateModified", "og:updated_time",
                             "last-modified")]
    updated += _json_ld(tree, "dateModified")
    parse = vndates.parse_iso
    return ([m for m in map(parse, filter(None, published)) if m],
            [m for m in map(parse, filter(None, updated)) if m])


_HAS_DATE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|tháng", re.IGNORECASE)


def _visible_dates(root, order: dict) -> list[tuple[int, vndates.DateMention]]:
    """(document position, mention) of every short date line on the page."""
    found = []

    def take(text, position):
        if len(text) <= 200 and _HAS_DATE.search(text):
            mentions = vndates.find_dates(text)
            if mentions and len(vndates.residue(text).split()) <= 8:
                found.extend((position, m) for m in mentions)

    def walk(el):
        if not isinstance(el.tag, str) or el.tag == "a":
            return
        if not _HAS_DATE.search(el.text_content()):
            return
        text = _short(el, 200)
        if text is not None:
            take(text, order.get(el, 0))
            return
        take(" ".join((el.text or "").split()), order.get(el, 0))
        for child in el:
            walk(child)
            take(" ".join((child.tail or "").split()), order.get(child, 0))

    walk(root)
    return found


def _drop_date_lines(root) -> None:
    """Short lines that are only a date, a label and a name ("Thứ Hai, 03/06/2024 | Minh Anh"):
    page furniture, never article text."""
    for el in list(root.iter("div", "span", "p", "time", "dd", "small")):
        if not _attached(el, root) or any(a.tag in ("table", "li") for a in el.iterancestors()):
            continue  # a date in a data table or a list is content
        text = _short(el, 120) or ""
        if (text and _HAS_DATE.search(text) and not text.endswith(".")
                and vndates.find_dates(text) and len(vndates.residue(text).split()) <= 4):
            _remove(el)


def _published(tree, meta_dates, order, title_el):
    """The publication date: a labelled date line, then the page's metadata, then an
    unlabelled date line after the headline, then one before it; the update date when there
    is no publication date; htmldate's search of the whole page when there is no date at all.
    A date without a time takes the time of a same-day publication candidate, never the
    update's."""
    meta_published, meta_updated = meta_dates
    visible = _visible_dates(tree, order)
    title_at = order.get(title_el, 0) if title_el is not None else 0
    labelled = [m for _, m in visible if m.kind == "published"]
    after = [m for at, m in visible if m.kind is None and at >= title_at]
    before = [m for at, m in reversed(visible) if m.kind is None and at < title_at]
    updates = [m for _, m in visible if m.kind == "updated"] + meta_updated
    ranked = labelled + meta_published + after + before
    chosen = ranked[0] if ranked else None
    if chosen is None and not updates:
        found = find_date(tree, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
        chosen = vndates.parse_iso(found) if found else None
    if chosen is None and updates:
        chosen = updates[0]
    if chosen is not None and not chosen.has_time:
        for other in ranked:
            if other.has_time and other.moment.astimezone(vndates.VIETNAM).date() == chosen.moment.date():
                chosen = other
                break
    updated = updates[0].iso() if updates else None
    return (chosen.iso() if chosen else None), updated


def _first_word(text: str) -> str:
    words = text.lstrip(" \t\r\n>»•·*#|:-–—").split(maxsplit=1)
    return unicodedata.normalize("NFC", words[0]).casefold() if words else ""


def _is_box_heading(text: str) -> bool:
    return len(text) <= 60 and _key(text) in box_headings()


def _related_like(el) -> bool:
    """A block of a related-articles list: mostly links, or a teaser led by a headline link,
    or a form; empty blocks count too."""
    if not isinstance(el.tag, str):
        return True
    text = _text(el)
    if not text or el.tag == "form":
        return True
    links = _link_chars(el)
    if links >= 0.25 * len(text):
        return True
    for node in el.iter():
        if node.tag == "a" and _text(node):
            return len(_text(node).split()) >= 4
        if node is not el and (node.text or "").strip() and node.tag != "a":
            return False
    return False


def _box_of(heading, root):
    """The box a heading opens: climb while every sibling is part of a related list."""
    box = heading
    while True:
        parent = box.getparent()
        if parent is None or parent is root or parent.tag in ("body", "html", "form"):
            return box
        own = (parent.text or "") + "".join(child.tail or "" for child in parent)
        if len(" ".join(own.split())) <= 30 and all(
                _related_like(sibling) for sibling in parent if sibling is not box):
            box = parent
        else:
            return box


def _drop_boxes(root, tags: list[str]) -> None:
    """Remove boxes headed by a lexicon heading (related articles, comments, tags, share bars)
    and "Xem thêm: <link>" lines; collect tag links on the way."""
    # A heading's words stand in some element's own text ("<h3><span>Tin liên quan</span>").
    firsts = _heading_first_words()
    headings = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body")
                and el.text and len(el.text) <= 200 and _first_word(el.text) in firsts
                and _is_box_heading(_short(el, 60) or "")]
    for heading in headings:
        if not _attached(heading, root):
            continue
        # The outermost element whose whole text is the heading.
        while (heading.getparent() is not None and heading.getparent() is not root
               and _text(heading.getparent()) == _text(heading)):
            heading = heading.getparent()
        box = _box_of(heading, root)
        if _key(_text(heading)) in {"từ khóa", "từ khoá", "tags", "tag"}:
            tags += [_text(a) for a in box.iter("a") if _text(a)]
        if box is heading:
            # A heading inside the article column: the list after it goes with it.
            sibling = box.getnext()
            while sibling is not None and _related_like(sibling) and _text(sibling):
                following = sibling.getnext()
                _remove(sibling)
                sibling = following
        _remove(box)
    # "Xem thêm: <a>headline</a>", "Tin liên quan: …", "Từ khóa: a, b": a cue and links.
    for el in list(root.iter("p", "div", "li", "span", "td")):
        if not _attached(el, root):
            continue
        text = _short(el, 300) or ""
        head, colon, rest = text.partition(":")
        if colon and rest.strip() and _is_box_heading(head) and _link_chars(el) >= 0.5 * len(rest.strip()):
            if _key(head) in {"từ khóa", "từ khoá", "tags", "tag"}:
                tags += [_text(a) for a in el.iter("a") if _text(a)]
            _remove(el)


def _drop_link_paragraphs(root) -> None:
    """Paragraphs that are nothing but a link to another article (inline related headlines)."""
    for el in list(root.iter("p")):
        links = list(el.iter("a"))
        if not links or any(_FILE_LINK.search(a.get("href") or "") for a in links):
            continue
        linked = " ".join(_text(a) for a in links)
        rest = _text(el)
        for a in links:
            rest = rest.replace(_text(a), " ", 1)
        # Nothing but links and bullets or arrows (">> Headline", "• Headline").
        if len(linked.split()) >= 4 and not re.search(r"\w", rest):
            _remove(el)


def _small_image_table(table) -> bool:
    return (table.find(".//img") is not None and table.find(".//table") is None
            and len(table.findall(".//tr")) <= 4 and 0 < len(_text(table)) <= 600)


def _caption(old, text: str) -> None:
    """Put a CAPTION paragraph in place of a picture block, and in place of the wrappers
    that hold nothing else (trafilatura drops any block whose class says "caption")."""
    while (old.getparent() is not None and old.getparent().tag not in ("body", "html")
           and _text(old.getparent()) == _text(old)):
        old = old.getparent()
    _replace(old, "p", CAPTION + text)


def _mark_captions(root) -> None:
    """Replace each picture with its caption, as a paragraph marked CAPTION."""
    for figure in list(root.iter("figure")):
        if not _attached(figure, root) or figure.find(".//table") is not None:
            continue
        caption = figure.find(".//figcaption")
        if caption is None:
            caption = next((e for e in figure.iter() if e is not figure and isinstance(e.tag, str)
                            and _CAPTION_CLASS.search(_attrs(e))), None)
        text = _text(caption)
        if text:
            _caption(figure, text)
        else:
            _remove(figure)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or not _attached(el, root) or el.tag in ("body", "html"):
            continue
        if not _CAPTION_CLASS.search(_attrs(el)):
            continue
        if any(_CAPTION_CLASS.search(_attrs(d)) for d in el.iterdescendants() if isinstance(d.tag, str)):
            continue  # the innermost caption element is the caption
        text = _text(el)
        if not text or len(text) > 600:
            continue
        table = next((a for a in el.iterancestors("table")), None)
        _caption(table if table is not None and _small_image_table(table) else el, text)
    for table in list(root.iter("table")):
        if _attached(table, root) and _small_image_table(table) and not _link_chars(table):
            _caption(table, _text(table))
    for img in list(root.iter("img")):
        if not _attached(img, root):
            continue
        block = next((a for a in img.iterancestors() if a.tag in _BLOCKS or a.tag == "span"), None)
        if block is None or block.tag in ("body", "html"):
            continue
        text = _text(block)
        if text:
            if len(text) <= 400 and (_is_italic(block) or _aligned(block, "center")) and block.tag in ("p", "div", "center", "span"):
                _caption(block, text)
            continue
        following = block.getnext()
        while following is not None and isinstance(following.tag, str) and not _text(following) \
                and following.find(".//img") is None:
            following = following.getnext()
        if following is None or not isinstance(following.tag, str) or following.find(".//img") is not None:
            continue
        text = _text(following)
        if following.tag in ("p", "div", "em", "i", "span", "center", "small") and 0 < len(text) <= 400 and (
                _is_italic(following) or (_aligned(following, "center") and not _is_bold(following))):
            _caption(following, text)


def _unwrap_layout_tables(root) -> None:
    """Tables used for page layout (they hold other tables, paragraphs or long cells) become
    plain blocks, so that the article inside is read as text and not as a data table."""
    for table in list(root.iter("table")):
        rows = table.xpath("./tr|./tbody/tr|./thead/tr|./tfoot/tr")
        cells = [c for r in rows for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")]
        layout = (table.get("role") in ("presentation", "none")
                  or table.find(".//table") is not None
                  or any(c.find(".//p") is not None or c.find(".//div") is not None
                         or len(_text(c)) > 300 for c in cells))
        if layout:
            for el in [table, *table.xpath("./tbody|./thead|./tfoot"), *rows, *cells]:
                el.tag = "div"


def _leaf_blocks_after(root, order, position):
    for el in root.iter():
        if (isinstance(el.tag, str) and el.tag in _BLOCKS and order.get(el, 0) > position
                and not any(isinstance(c.tag, str) and c.tag in _BLOCKS and _text(c) for c in el)):
            yield el


def _mark_sapo(root, order, title_el) -> str | None:
    """The lead: a block whose class says so, after the headline; else a first paragraph
    set in bold. Replaced by a paragraph marked SAPO."""
    title_at = order.get(title_el, 0) if title_el is not None else -1
    # The lead comes before the body: no later than the first long paragraph.
    first_long = next((order.get(el, 0) for el in _leaf_blocks_after(root, order, title_at)
                       if len(_text(el)) >= 150), len(order))
    for el in root.iter():
        if (not isinstance(el.tag, str) or el.tag in ("body", "html", "meta")
                or not title_at < order.get(el, 0) <= first_long or not _SAPO_CLASS.search(_attrs(el))):
            continue
        text = _text(el)
        if 30 <= len(text) <= 1500 and CAPTION not in text and len(el.findall(".//p")) <= 2:
            _replace(el, "p", SAPO + text)
            return text
    if title_el is None:
        return None
    for el in _leaf_blocks_after(root, order, title_at):
        text = _text(el)
        if len(text) < 40 or CAPTION in text:
            continue
        if _is_bold(el) and _link_chars(el) < len(text) / 2:
            _replace(el, "p", SAPO + text)
            return text
        return None
    return None


def _mark_bylines(root) -> None:
    """Right-aligned or author-classed short blocks: candidates for the byline/origin line."""
    for el in list(root.iter("p", "div", "td", "span", "h4", "h5", "h6")):
        if not (_aligned(el, "right") or _BYLINE_CLASS.search(_attrs(el))):
            continue
        if _short(el, 120) and not any(isinstance(c.tag, str) and c.tag in _BLOCKS and _text(c) for c in el):
            el.text = BYLINE + (el.text or "")


def _site_name(tree, title: str | None) -> str | None:
    """The publisher's name: og:site_name, JSON-LD publisher, or what <title> adds to the
    headline ("Headline - Báo Điện Biên Phủ")."""
    name = _meta_content(tree, "og:site_name", "application-name")
    if name:
        return name
    script = " ".join(tree.xpath('//script[@type="application/ld+json"]/text()'))
    publisher = re.search(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"', script)
    if publisher:
        return publisher.group(1)
    page_title = _text(tree.find(".//title"))
    if title and page_title != title and title in page_title:
        rest = page_title.replace(title, "", 1).strip(" -|–—:·")
        if 3 <= len(rest) <= 80:
            return rest
    return None


def _section(tree, meta) -> str | None:
    section = _meta_content(tree, "article:section") or next(iter(_json_ld(tree, "articleSection")), None)
    if section:
        return section
    for el in tree.iter():
        if isinstance(el.tag, str) and _BREADCRUMB_CLASS.search(_attrs(el)):
            links = [_text(a) for a in el.iter("a") if _text(a)]
            links = [t for t in links if _key(t) not in ("trang chủ", "home", fold(meta.sitename or "-"))]
            if links:
                return links[-1]
    return (meta.categories or [None])[0]


def _apply_hints(html: str, hints: dict) -> str:
    """Per-source repairs with BeautifulSoup: drop the boxes `drop_css` names and mark the
    element `body_css` names as the article body."""
    from bs4 import BeautifulSoup

    drop, body = hints.get("drop_css") or [], hints.get("body_css")
    if isinstance(drop, str):
        drop = [drop]
    if not drop and not body:
        return html
    soup = BeautifulSoup(html, "lxml")
    for selector in drop:
        for el in soup.select(selector):
            el.decompose()
    if body:
        found = soup.select_one(body)
        if found is not None:
            found["data-newsmine-body"] = "1"
    return str(soup)


# ---------------------------------------------------------------------------------------
# Lines: byline, origin, interface text


def _outlet(text: str) -> str | None:
    """The outlet named by an attribution, if the text looks like one."""
    text = text.strip().strip("\"'“”‘’ .")
    words = text.split()
    if not 1 <= len(words) <= 10 or re.search(r"[,;]", text):
        return None
    if not (text[0].isupper() or text[0].isdigit() or re.search(r"\w\.(?:vn|com|net|org)\b", text)):
        return None
    return text


def _origin_of(line: str) -> str | None:
    match = _origin_re().match(line)
    return _outlet(match.group("outlet")) if match else None


def _name_like(line: str) -> bool:
    words = re.sub(r"\([^()]*\)", " ", line).replace("-", " ").replace("/", " ").split()
    return 1 <= len(words) <= 7 and len(line) <= 60 and not line.endswith((".", ":", "?", "!")) and all(
        w[0].isupper() or w in ("và", "&") for w in words)


_AUTHOR_PREFIX = re.compile(r"^(?:đăng bởi|người đăng|bởi|tác giả|by)\s*:?\s+", re.IGNORECASE)


def _clean_author(author: str | None) -> str | None:
    if not author:
        return None
    author = normalize_text(author).replace("\n", " ")
    match = _byline_re().match(author)
    return _AUTHOR_PREFIX.sub("", match.group("name") if match else author).strip() or None


def _byline_of(line: str, marked: bool, author: str | None) -> str | None:
    match = _byline_re().match(line)
    if match and len(match.group("name").split()) <= 8:
        return match.group("name").strip()
    if author and fold(line) == fold(author):
        return line
    if marked and len(line.split()) <= 10 and not line.endswith((".", ":", "?", "!", ";")):
        return line  # a signature set apart (right-aligned, author-classed): a name or an office
    if _name_like(line) and len(line.split()) <= 5:
        return re.sub(r"\s*\([^()]*\)\s*$", "", line).strip() if "(" in line else line
    return None


_AGENCY_PREFIX = re.compile(r"^\(?(?:[A-ZĐ][A-ZĐ0-9.&]{1,14}|[\w.-]+\.(?:vn|com|net))\)?\s*[-–—]\s+(?=\S)")


_TABLE_RULE = re.compile(r"^\|[-:| ]+\|$")
# A photo credit standing on its own line: "Ảnh: Minh Anh", "(Ảnh minh họa)".
_PHOTO_CREDIT = re.compile(r"^\(?\s*Ảnh(?: minh họa| tư liệu)?\s*(?::\s*(?:[^\s.:()]+\s*){1,5})?\)?$",
                           re.IGNORECASE)


@dataclass
class _Line:
    text: str
    kind: str  # "body", "caption", "sapo", "byline"


def _lines(body_text: str) -> list[_Line]:
    lines = []
    for raw in (body_text or "").split("\n"):
        kind = "body"
        for mark, name in ((CAPTION, "caption"), (SAPO, "sapo"), (BYLINE, "byline")):
            if mark in raw:
                kind = name
                break
        text = normalize_text(_MARKS.sub("", raw)).replace("\n", " ")
        if _TABLE_RULE.match(text):
            continue  # the line under a table's header row
        if text.startswith("|") and text.endswith("|"):
            text = text.strip("| ")  # a table row: its cells, separated by " | "
        if text:
            lines.append(_Line(text, kind))
    return lines


def _clean_lines(lines: list[_Line], title: str | None, author: str | None):
    """Drop interface lines, pull the signature and origin off the end; returns (lines, the
    author (the signature over the page's metadata), origin)."""
    ui = ui_lines()
    kept = []
    for line in lines:
        key = _key(line.text)
        if key in ui:
            continue
        head, colon, rest = line.text.partition(":")
        if colon and _is_box_heading(head) and len(rest.split()) <= 25 and line.kind != "sapo":
            continue
        if line.kind != "caption" and _PHOTO_CREDIT.match(line.text):
            continue
        if kept and kept[-1].text == line.text:
            continue
        kept.append(line)
    while kept and title and _key(kept[0].text) == _key(title) and kept[0].kind == "body":
        kept.pop(0)
    origin = signature = None
    for _ in range(4):  # the last few lines: author, origin, photo credit, in any order
        if not kept:
            break
        last = kept[-1]
        if last.kind in ("sapo", "caption"):
            break
        found = _origin_of(last.text)
        if found and origin is None:
            origin = found
            kept.pop()
            continue
        trailing = _trailing_origin_re().search(last.text)
        if trailing and origin is None and _outlet(trailing.group("outlet")):
            origin = _outlet(trailing.group("outlet"))
            rest = last.text[:trailing.start()].strip()
            if rest:
                kept[-1] = _Line(rest, last.kind)
            else:
                kept.pop()
            continue
        name = _byline_of(last.text, last.kind == "byline", author)
        if name and len(kept) > 1:
            signature = signature or name
            kept.pop()
            continue
        break
    return kept, signature or author, origin


def _province_counts(text: str) -> Counter:
    pattern, names = provinces()
    return Counter(names[found] for found in pattern.findall(text))


def _standing_out(scores: Counter, least: int) -> str | None:
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def infer_province(title: str, sapo: str | None, text: str) -> str | None:
    """The province an article is most about, from the names it mentions (the title counts
    three times); None when no name stands out."""
    title = title.title() if title and title.isupper() else title or ""
    scores = _province_counts(text)
    for name, n in _province_counts(title).items():
        scores[name] += 2 * n
    return _standing_out(scores, 2)


def _publisher_province(tree, site_name: str | None) -> str | None:
    """The province a publisher names itself by (its name, logo, footer: "Cơ quan của Đảng bộ
    tỉnh Lai Châu"): the fallback for articles that never name theirs ("UBND tỉnh")."""
    chrome = [site_name or ""]
    chrome += [img.get("alt") or "" for img in tree.xpath('//a[@href="/"]//img')][:2]
    chrome += [_short(el, 800) or "" for el in tree.iter()
               if isinstance(el.tag, str) and (el.tag == "footer" or _FOOTER_CLASS.search(_attrs(el)))][:3]
    return _standing_out(_province_counts(" ".join(chrome).title()), 1)


# ---------------------------------------------------------------------------------------
# The article


def extract_article(html: bytes | str, url: str | None = None, hints: dict | None = None,
                    content_type: str | None = None) -> ExtractedArticle:
    """Extract one article from a page; raise ExtractError when there is none."""
    if isinstance(html, bytes):
        html = decode_html(html, content_type)
    _check_text(html)
    if hints:
        html = _apply_hints(html, hints)
    tree = load_html(html)
    if tree is None or not isinstance(tree, HtmlElement):
        raise ExtractError("broken HTML (nothing parseable)")

    meta = extract_metadata(tree, default_url=url, date_config=_DATE_CONFIG)
    meta_dates = _meta_dates(tree)
    canonical = ((tree.xpath('//link[@rel="canonical"]/@href') or [None])[0]
                 or _meta_content(tree, "og:url") or meta.url)
    section = _section(tree, meta)
    keywords = meta.tags or _keywords(tree)
    title, title_el = _find_title(tree, meta.title)
    site_name = _site_name(tree, title)
    publisher_province = _publisher_province(tree, site_name)
    for el in list(tree.iter(*_NOISE)):
        _remove(el)
    for comment in list(tree.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(comment)

    tags: list[str] = []
    _drop_boxes(tree, tags)
    order = {el: i for i, el in enumerate(tree.iter())}
    published, updated = _published(tree, meta_dates, order, title_el)
    _drop_link_paragraphs(tree)
    _mark_captions(tree)
    _unwrap_layout_tables(tree)
    _drop_date_lines(tree)
    order = {el: i for i, el in enumerate(tree.iter())}
    sapo = _mark_sapo(tree, order, title_el)
    _mark_bylines(tree)
    if title_el is not None and _attached(title_el, tree):
        _remove(title_el)

    marked = tree.xpath('//*[@data-newsmine-body="1"]')
    if marked:
        scope = html_fromstring("<html><body></body></html>")
        scope[0].append(deepcopy(marked[0]))
        sapo_el = tree.xpath(f'//p[starts-with(., "{SAPO}")]')
        if sapo and sapo_el and not marked[0].xpath(f'.//p[starts-with(., "{SAPO}")]'):
            scope[0].insert(0, deepcopy(sapo_el[0]))
        tree = scope
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                      include_tables=True, favor_recall=False, deduplicate=False)
    lines = _lines(doc.text if doc is not None else "")
    lines, author, origin = _clean_lines(lines, title, meta.author)

    title = normalize_text(title or "").replace("\n", " ") or None
    sapo_line = next((line for line in lines if line.kind == "sapo"), None)
    if sapo_line is not None:
        lines.remove(sapo_line)
        sapo = sapo_line.text
    elif sapo:
        sapo = normalize_text(sapo).replace("\n", " ")
        if lines and _key(lines[0].text) == _key(sapo):
            lines.pop(0)
    if sapo:
        sapo = _AGENCY_PREFIX.sub("", sapo)
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
        author=_clean_author(author), section=section,
        tags=_unique(normalize_text(t) for t in (tags or keywords)),
        canonical_url=canonical, origin=normalize_text(origin) if origin else None,
        captions=captions, updated=updated, site_name=site_name, publisher_province=publisher_province,
    )



def _keywords(tree) -> list[str]:
    return [k.strip() for k in (_meta_content(tree, "keywords", "news_keywords") or "").split(",") if k.strip()]


def _unique(items) -> list[str]:
    seen = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


# ---------------------------------------------------------------------------------------
# The stage


@dataclass
class ExtractSummary:
    extracted: int = 0
    skipped: int = 0
    failed: Counter = field(default_factory=Counter)
    duplicates: int = 0

    def __str__(self) -> str:
        return "; ".join(line.strip() for line in self.lines())

    def lines(self) -> list[str]:
        out = [(f"extracted {self.extracted}, skipped {self.skipped} (already extracted by "
                f"{EXTRACTOR_VERSION} or not articles), failed {sum(self.failed.values())}, "
                f"duplicates linked {self.duplicates}")]
        out += [f"  failed: {reason}: {n}" for reason, n in self.failed.most_common()]
        return out


def extract_pages(db, force: bool = False, source: str | None = None, track=None) -> ExtractSummary:
    """pages → articles for every article page not yet extracted by this version; bad pages go
    to extract_errors and the batch goes on; republications are linked at the end.
    `track(iterable, total)` may wrap the loop (a progress bar)."""
    summary = ExtractSummary()
    sources = store.sources_info(db)
    pending, total = store.pages_to_extract(db, EXTRACTOR_VERSION, force=force, source=source)
    summary.skipped = total - len(pending)
    urls = track(pending, len(pending)) if track else pending
    for page_url in urls:
        page = store.read_page(db, page_url)
        info = sources.get(page.get("source")) or {}
        try:
            article = extract_article(page["body"], url=page.get("final_url") or page_url,
                                      hints=info.get("hints"), content_type=page.get("content_type"))
        except Exception as error:  # noqa: BLE001 - one bad page never stops the batch; its reason is kept
            if isinstance(error, ExtractError):
                reason, kind = str(error), str(error).split(" (")[0]
            else:
                kind = f"internal error: {type(error).__name__}"
                reason = f"{kind}: {error}"
            store.save_extract_error(db, page_url, reason, EXTRACTOR_VERSION)
            summary.failed[kind] += 1
            continue
        province = (info.get("province") or infer_province(article.title, article.sapo, article.text)
                    or article.publisher_province)
        row = {
            "url": page.get("final_url") or page_url, "page_url": page_url,
            "canonical_url": article.canonical_url, "source": page.get("source"),
            "title": article.title, "sapo": article.sapo, "published": article.published,
            "updated": article.updated, "author": article.author, "section": article.section,
            "tags": article.tags, "origin": article.origin, "text": article.text,
            "province": province, "site_name": article.site_name,
            "extractor_version": EXTRACTOR_VERSION,
            "extracted_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        store.save_extracted_article(db, row, article.captions)
        summary.extracted += 1
    if summary.extracted or force:
        summary.duplicates = duplicates.link_duplicates(db)
    return summary


def clean_plain_text(text: str) -> str:
    """Plain text as a reader copied it (gold `text` input): normalised, attribution lines
    ("(Theo Báo …)") out, and a related-article box heading ("Các bài viết khác", "Tin liên
    quan") with what follows it cut when it stands in the second half of the text."""
    lines = normalize_text(html.unescape(text)).split("\n")  # copied text may hold "&amp;"
    kept = []
    for number, line in enumerate(lines):
        if _is_box_heading(line.strip()):
            if number >= len(lines) / 2:
                break
            continue
        if _origin_of(line.strip()):
            continue
        kept.append(line)
    return "\n".join(kept)
