"""A stored page made safe to show offline: only text and its structure are kept (no script,
style, frame, form, image or link that would load or run anything), and a fact's text is
marked where the page says it."""

import lxml.html
from lxml import etree

from ...textnorm import normalize_tones

# Removed with everything inside them. A <form> only gives way to its content: some sites
# (ASP.NET portals) wrap the whole page in one.
DROPPED = {
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "link", "meta", "base", "head", "title", "svg", "math", "video", "audio", "source",
    "track", "canvas", "picture", "map", "input", "button", "select", "textarea", "dialog",
    "portal",
}
# Kept as they are, with no attribute but these; any other element gives way to its content.
KEPT = {
    "p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
    "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote",
    "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "figure", "figcaption",
    "article", "section", "header", "footer", "main", "nav", "aside", "time", "a", "abbr",
    "cite", "q", "code", "pre", "mark",
}
KEPT_ATTRIBUTES = {"colspan", "rowspan", "lang", "dir"}
MARK_ID = "newsmine-fact"


def parse(body: bytes, encoding: str | None):
    """The page's <body> as an lxml element (a page without one gives an empty <div>)."""
    try:
        text = body.decode(encoding or "utf-8", errors="replace")
        root = lxml.html.document_fromstring(text)
    except (LookupError, ValueError, etree.ParserError):
        try:
            root = lxml.html.document_fromstring(body)
        except (ValueError, etree.ParserError):
            return lxml.html.Element("div")
    found = root.find("body")
    return found if found is not None else root


def clean(body):
    """The element made inert, in place: see DROPPED and KEPT; <a> loses its href (the
    site may be gone) and an image becomes its alt text."""
    for element in list(body.iter()):
        if element is body:
            continue
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:  # a comment or processing instruction
            element.drop_tree()
        elif tag == "img":
            alt = (element.get("alt") or "").strip()
            replacement = lxml.html.Element("span")
            replacement.text = f"[ảnh / image: {alt}]" if alt else "[ảnh / image]"
            replacement.set("class", "newsmine-image")
            replacement.tail = element.tail
            element.getparent().replace(element, replacement)
        elif tag.lower() in DROPPED:
            element.drop_tree()
        elif tag.lower() not in KEPT:
            element.drop_tag()
        else:
            for name in list(element.attrib):
                if name.lower() not in KEPT_ATTRIBUTES:
                    del element.attrib[name]
    body.attrib.clear()
    body.tag = "div"
    return body


def _slots(body):
    """Every text slot of the element in document order: (element, "text" or "tail")."""
    for element in body.iter():
        if element.text:
            yield element, "text"
        if element.tail and element is not body:
            yield element, "tail"


def _compact(text: str) -> str:
    """The comparison form: the stored text's normalisation, no white space at all."""
    return "".join(normalize_tones(text).split())


def mark(body, surface: str, before: str = "") -> bool:
    """Wrap the first occurrence of `surface` (preceded by as much of `before` as the page
    has, to pick the right one) in <mark id="newsmine-fact">; whether it was found."""
    chars, letters = [], []  # per non-space character of the page: (slot, index), character
    for element, attribute in list(_slots(body)):
        value = normalize_tones(getattr(element, attribute))
        setattr(element, attribute, value)
        for i, c in enumerate(value):
            if not c.isspace():
                chars.append(((element, attribute), i))
                letters.append(c)
    page = "".join(letters)
    needle = _compact(surface)
    if not needle:
        return False
    context = _compact(before)
    for width in (40, 12, 0):
        prefix = context[-width:] if width else ""
        found = page.find(prefix + needle)
        if found >= 0:
            first = found + len(prefix)
            _wrap(chars[first:first + len(needle)])
            return True
    return False


def _wrap(chars) -> None:
    """Put each slot's stretch of the matched characters in a <mark>, the first one with the id."""
    pieces = {}
    for slot, i in chars:
        low, high = pieces.get(slot, (i, i))
        pieces[slot] = (min(low, i), max(high, i))
    for n, ((element, attribute), (low, high)) in enumerate(pieces.items()):
        text = getattr(element, attribute)
        marked = lxml.html.Element("mark")
        if n == 0:
            marked.set("id", MARK_ID)
        marked.text, marked.tail = text[low:high + 1], text[high + 1:]
        setattr(element, attribute, text[:low])
        if attribute == "text":
            element.insert(0, marked)
        else:
            parent = element.getparent()
            parent.insert(parent.index(element) + 1, marked)
