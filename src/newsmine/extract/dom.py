"""The DOM room: the marks put on repaired elements and small helpers over lxml elements
(their text, their style, replacing and removing them)."""

import re

from lxml import etree
from lxml.html import Element as html_element

# Marks put in front of the text of repaired elements, so that the lines trafilatura returns
# can be told apart. Printable (trafilatura drops non-printable characters) and never news text.
CAPTION, SAPO, BYLINE = "⟦nm-caption⟧", "⟦nm-sapo⟧", "⟦nm-byline⟧"
# The attribute put on the headline's element while the repairs run: no box holds it.
HEADLINE = "data-nm-headline"
MARKS = re.compile("⟦nm-(?:caption|sapo|byline)⟧")
BLOCKS = {"p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "section", "article", "table", "tr", "tbody", "ul", "ol", "figure", "figcaption",
          "header", "footer", "aside", "center", "dd", "dt", "dl", "pre", "form", "main", "nav"}
NOISE = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
         "input", "button", "select", "textarea", "option", "video", "audio", "canvas")


def raw_text(el) -> str:
    """The element's text as lxml.html's text_content() reads it (its text nodes joined as they
    stand), read by libxml2 in one call: text_content() is a Python method running an XPath."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def text_of(el) -> str:
    """An element's text on one line, white space collapsed."""
    if el is None:
        return ""
    if not len(el) and isinstance(el.tag, str):  # a leaf (half the elements): its own text only
        return " ".join((el.text or "").split())
    return " ".join(" ".join(el.itertext()).split())


def beyond(raw: str, limit: int) -> bool:
    """An element whose raw text (raw_text) is this long has no short_text within `limit`."""
    return len(raw) > 4 * limit + 200


def short_text(el, limit: int, raw: str | None = None) -> str | None:
    """The element's text if it is at most `limit` characters long (cheaply bounded first by
    its raw text, `raw` when the caller has read it)."""
    if raw is None:
        raw = raw_text(el)
    if beyond(raw, limit):
        return None
    text = text_of(el)
    return text if len(text) <= limit else None


def attrs(el) -> str:
    """The element's class and id, for the class-name patterns of selectors.py."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


_CLASSED_BY = frozenset(("class", "id", "itemprop", "align", "style"))  # (an empty one picks nothing)


def classed(root) -> list[tuple]:
    """(element, attrs) of the elements of `root` with a class, an id, an itemprop, an alignment
    or a style, and of its footers, in document order: the only ones a class-name pattern, an
    alignment or a footer test can pick. Read once a page (classes never change in the repairs,
    and the elements they make have none) instead of by every such pass over the whole tree."""
    return [(el, attrs(el)) for el in root.iter(etree.Element)
            if not _CLASSED_BY.isdisjoint(el.keys()) or el.tag == "footer"]


def links_reach(el, enough: float) -> bool:
    """At least `enough` characters of the element's text are link text (its links read only
    until they are: a long menu's need not all be)."""
    total = 0
    for a in el.iter("a"):
        total += len(text_of(a))
        if total >= enough:
            return True
    return total >= enough


def has_text_block(el) -> bool:
    """A child of the element is a block with text (so the element is not a leaf block)."""
    return any(isinstance(c.tag, str) and c.tag in BLOCKS and text_of(c) for c in el)


def is_italic(el) -> bool:
    """Every character of the element's text is set in italics."""
    total = len("".join(text_of(el).split()))
    if total == 0:
        return False
    if el.tag in ("em", "i") or "italic" in (el.get("style") or ""):
        return True
    italic = sum(len("".join(text_of(e).split())) for e in el.iter("em", "i")
                 if not any(a.tag in ("em", "i") for a in e.iterancestors()))
    return italic >= total


def is_bold(el) -> bool:
    """Every character of the element's text is set in bold (or it is a subheading)."""
    total = len("".join(text_of(el).split()))
    if total == 0:
        return False
    if el.tag in ("strong", "b", "h2", "h3") or "bold" in (el.get("style") or ""):
        return True
    bold = sum(len("".join(text_of(e).split())) for e in el.iter("strong", "b")
               if not any(a.tag in ("strong", "b") for a in e.iterancestors()))
    return bold >= total


def aligned(el, side: str) -> bool:
    """The element's text is aligned to `side` ("center", "right") by attribute or style."""
    align, style = el.get("align"), el.get("style")
    if align is None and style is None:
        return False  # (most elements: no strings to build)
    return (align or "").lower() == side or f"text-align:{side}" in (style or "").replace(" ", "").lower()


def replace(old, tag: str, text: str):
    """Put a new element holding only `text` where `old` was (keeping what followed it)."""
    new = html_element(tag)
    new.text = text
    new.tail = old.tail
    parent = old.getparent()
    if parent is not None:
        parent.replace(old, new)
    return new


def remove(el) -> None:
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


def attached(el, root) -> bool:
    """The element is still in the tree under `root` (not removed with an ancestor)."""
    for ancestor in el.iterancestors():
        if ancestor is root:
            return True
    return el is root
