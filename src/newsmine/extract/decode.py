"""The decoding room: a page's bytes to text (the charset read from the bytes, not only from
what the page declares) and to a tree, and the checks that refuse what is not an HTML page."""

import codecs
import logging
import re

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import detect_encoding, is_dubious_html, repair_faulty_html

from .legacy import repair_legacy_encoding

log = logging.getLogger(__name__)

MAX_PAGE_BYTES = 5_000_000  # a news article page is well under 1 MB; beyond this it is not one


class ExtractError(Exception):
    """A page that holds no article (empty, binary, too large, not HTML, no body)."""


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
                 b"RIFF", b"ID3", b"OggS", b"\xd0\xcf\x11\xe0", b"Rar!", b"7z\xbc\xaf", b"\x00\x00\x00")
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:\-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:\-]+)", re.IGNORECASE)
_UTF8 = {"utf-8", "utf8"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _codec(name: str | None) -> str | None:
    """Python's name of a charset, None when unknown."""
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _check_bytes(data: bytes) -> None:
    """Refuse an empty or oversized body."""
    if not data or data.isspace():  # (not a stripped copy of the whole page)
        raise ExtractError("empty page")
    if len(data) > MAX_PAGE_BYTES:
        raise ExtractError(f"page too large ({len(data) / 1e6:.1f} MB, limit {MAX_PAGE_BYTES / 1e6:.0f} MB)")


def _candidate_charsets(data: bytes, content_type: str | None) -> list[str]:
    """The charsets to try, in order: the HTTP header's, the <meta> tag's, then guesses."""
    declared = [_HTTP_CHARSET.search(content_type or ""), _META_CHARSET.search(data[:4096])]
    names = [m.group(1) if isinstance(m.group(1), str) else m.group(1).decode("ascii", "ignore")
             for m in declared if m]
    return [*names, *detect_encoding(data[:200_000])]


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """The text of an HTML body. Valid UTF-8 is taken as UTF-8 whatever the page declares
    (a latin-1 declaration decodes anything, wrongly); otherwise the charset from the HTTP
    header or a <meta> tag, then a statistical guess. Text in a legacy Vietnamese font
    encoding (TCVN3, VNI) comes back converted to Unicode."""
    text, legacy = repair_legacy_encoding(_decode(data, content_type))
    if legacy:
        log.info("converted a page from the %s font encoding to Unicode", legacy)
    return text


def _decode(data: bytes, content_type: str | None) -> str:
    _check_bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    head = data[:1024].lstrip()
    if head.startswith(_BINARY_MAGIC) or head.count(b"\x00") > 8:
        raise ExtractError("binary content, not HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for name in _candidate_charsets(data, content_type):
        codec = _codec(name)
        if codec and codec.replace("_", "-") not in _UTF8:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("utf-8", errors="replace")


def check_text(html: str) -> None:
    """Refuse decoded text that is empty, oversized, binary or without markup."""
    if not html or html.isspace():
        raise ExtractError("empty page")
    if len(html) > MAX_PAGE_BYTES:
        raise ExtractError(f"page too large ({len(html) / 1e6:.1f} M characters)")
    sample = html[:4096]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ExtractError("binary content, not HTML")
    if not re.search(r"<\s*[a-zA-Z!]", sample) and not re.search(r"<\s*[a-zA-Z]", html[:100_000]):
        raise ExtractError("not HTML (no markup)")


# trafilatura's parser (its utils.HTML_PARSER, the same options) with the Python class of each
# element chosen in C: lxml.html's own choice is a Python call for every element object made, and
# trafilatura's reading of a page makes thousands (each of its copies of the page anew). Only
# lxml.html's form classes (FormElement, InputElement…) are not used: no reader here calls them.
_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                     remove_pis=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))


def _from_bytes(html: str) -> HtmlElement | None:
    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception as err:  # noqa: BLE001 - as trafilatura: lxml fails in many ways
        log.error("lxml parser bytestring %s", err)
    return None


def parse_html(html: str) -> HtmlElement | None:
    """The page's tree, as trafilatura.utils.load_html parses a text (the same repairs and
    fallbacks), with _PARSER; None when it is not HTML."""
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree, from_bytes = None, False
    try:
        tree = fromstring(html, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, from_bytes = _from_bytes(html), True
    except Exception as err:  # noqa: BLE001
        log.error("lxml parsing failed: %s", err)
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        return None  # not (well-formed) HTML
    return tree
