"""The repairs for a page whose body block trafilatura's search does not know by its class
("detail-content", "afcbc-body"): trafilatura then gathers the page's paragraphs alone, dropping
the article's headings and lists, or reads first a block of the page's chrome that has a
body's class (a footer's "content"). Passes over the parsed page, one function a pass."""

from trafilatura.xpaths import BODY_XPATH

from .cues import is_box_heading
from .dom import HEADLINE, attached, attrs, links_reach, remove, replace, short_text, text_of
from .repairs import _holds_article, _next_with_text
from .selectors import FOOTER_CLASS, SAPO_CLASS


def drop_footers_read_as_body(root, marked: list) -> None:
    """The page's footers (a footer-classed block or <footer>) that hold no article but a block
    trafilatura takes for an article's body by its class ("content"): it would read the
    footer's lines ("Tải ứng dụng") first and the article's paragraphs only as leftovers,
    losing its subheadings. `marked`: the page's dom.classed list."""
    read = set()  # the footers read: a footer inside one is read with it
    for el, names in marked:
        if el.tag != "footer" and not FOOTER_CLASS.search(names):
            continue
        if not read.isdisjoint(el.iterancestors()) or not attached(el, root):
            continue
        read.add(el)
        if not _holds_article(el) and any(expr(el) for expr in BODY_XPATH):
            remove(el)


# An in-body subheading: at most this many characters, before a paragraph of a sentence (at
# least this many characters), among at least this many paragraphs.
SUBHEADING = 200
SENTENCE = 40
SUBHEADED_BLOCK = 3


def flatten_subheadings(root) -> None:
    """A heading set among a block's paragraphs (no link in it, a sentence of text right after
    it, three paragraphs or more in the block) is the article's subheading: it becomes a
    paragraph. trafilatura keeps headings only inside a body block whose class it knows; on a
    page whose body block it does not know ("detail-content") it gathers the paragraphs alone."""
    for heading in list(root.iter("h2", "h3", "h4", "h5", "h6")):
        text = short_text(heading, SUBHEADING)
        if not text or heading.find(".//a") is not None or heading.get(HEADLINE) is not None:
            continue
        following = _next_with_text(heading)
        parent = heading.getparent()
        if (following is None or following.tag != "p" or len(text_of(following)) < SENTENCE
                or links_reach(following, len(text_of(following)) / 2) or parent is None
                or sum(1 for p in parent.iterchildren("p") if text_of(p)) < SUBHEADED_BLOCK
                or SAPO_CLASS.search(attrs(heading)) or is_box_heading(text)):
            continue
        replace(heading, "p", text)


def flatten_lists(root) -> None:
    """A list set among a block's paragraphs (three or more in the block, no list inside it,
    no item mostly a link) becomes paragraphs "- item", as trafilatura writes a list it keeps:
    on a page whose body block it does not know it gathers the paragraphs alone and would lose
    the list (the points of a decision, the figures of a report)."""
    for block in list(root.iter("ul", "ol")):
        parent = block.getparent()
        if parent is None or block.find(".//ul") is not None or block.find(".//ol") is not None:
            continue
        items = [(li, text_of(li)) for li in block.iterchildren("li")]
        if (not items or any(not text or links_reach(li, len(text) / 2) for li, text in items)
                or sum(1 for p in parent.iterchildren("p") if text_of(p)) < SUBHEADED_BLOCK):
            continue
        for li, text in items:
            replace(li, "p", f"- {text}")
        block.tag = "div"
