"""The repairs room: passes over the parsed page, before trafilatura reads it, that remove
what is not the article (noise elements, boxes, link paragraphs, date lines) and mark what
trafilatura would lose or mix up (captions, sapo, bylines). One function a pass."""

import re
import unicodedata
from functools import lru_cache

from lxml import etree

from .cues import heading_first_words, is_box_heading, key, origin_re, tag_headings
from .decode import ExtractError
from .dom import (
    BLOCKS,
    BYLINE,
    CAPTION,
    HEADLINE,
    NOISE,
    SAPO,
    aligned,
    attached,
    attrs,
    beyond,
    classed,
    has_text_block,
    is_bold,
    is_italic,
    links_reach,
    raw_text,
    remove,
    replace,
    short_text,
    text_of,
)
from .lines import name_like
from .metadata import HAS_DATE, date_line
from .selectors import BYLINE_CLASS, CAPTION_CLASS, FILE_LINK, SAPO_CLASS, SOURCE_CLASS


def remove_noise(tree) -> None:
    """Scripts, styles, forms' controls, media, comments and processing instructions."""
    for el in list(tree.iter(*NOISE)):
        remove(el)
    for comment in list(tree.iter(etree.Comment, etree.ProcessingInstruction)):
        remove(comment)


# ---------------------------------------------------------------------------------------
# Boxes: related articles, comments, tags, share bars


@lru_cache(maxsize=8192)  # a site's menus and footers are read on every page of it
def _first_word(text: str) -> str:
    """The first word of a text after bullets and arrows, case-folded."""
    words = text.lstrip(" \t\r\n>»•·*#|:-–—").split(maxsplit=1)
    return unicodedata.normalize("NFC", words[0]).casefold() if words else ""


# A paragraph with this many characters outside links is prose, never part of a related list.
PROSE = 300


def _holds_article(el) -> bool:
    """The element holds the headline or a paragraph of prose: the article, not a box."""
    return (el.get(HEADLINE) is not None or el.find(f".//*[@{HEADLINE}]") is not None
            or any(_prose(p) for p in el.iter("p")))


def _prose(p) -> bool:
    """A paragraph of at least PROSE characters outside links (its links read only when it is
    that long in all)."""
    length = len(text_of(p))
    return length >= PROSE and not links_reach(p, length - PROSE + 1)


def _related_like(el) -> bool:
    """A block of a related-articles list: mostly links, or a teaser led by a headline link,
    or a form; empty blocks count too; never a block holding the article."""
    if not isinstance(el.tag, str) or el.tag == "form" or not raw_text(el).strip():
        return True  # (blank: the raw text read in one go, the whole block's text only when needed)
    if _holds_article(el):
        return False
    text = text_of(el)
    if links_reach(el, 0.25 * len(text)):
        return True
    for node in el.iter():
        if node.tag == "a" and text_of(node):
            return len(text_of(node).split()) >= 4
        if node is not el and (node.text or "").strip() and node.tag != "a":
            return False
    return False


_LIST_FURNITURE = re.compile(r"\(?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\)?|[•·»|-]")


def _box_of(heading, root):
    """The box a heading opens: climb while every sibling is part of a related list."""
    box = heading
    while True:
        parent = box.getparent()
        if parent is None or parent is root or parent.tag in ("body", "html", "form"):
            return box
        own = (parent.text or "") + "".join(child.tail or "" for child in parent)
        own = _LIST_FURNITURE.sub(" ", own)  # the dates and bullets of a list written as text
        if len(" ".join(own.split())) <= 30 and all(
                _related_like(sibling) for sibling in parent if sibling is not box):
            box = parent
        else:
            return box


def drop_boxes(root, headings: list, tags: list[str]) -> None:
    """Remove boxes opened by `headings` (find_box_headings: related articles, comments, tags, share
    bars) and "Xem thêm: <link>" lines; collect tag links on the way."""
    _drop_headed_boxes(root, headings, tags)
    _drop_cue_lines(root, tags)


# A real page has a few box headings (under 20 on every page seen); one with thousands is a
# hostile or broken page whose boxes would each be weighed against their siblings: refused
# before any pass weighs them.
MAX_BOX_HEADINGS = 200


def _heading_candidates(root) -> list:
    """The elements whose own text begins with the first word of a box heading (a cheap test)."""
    firsts = heading_first_words()
    found = []
    for el in root.iter(etree.Element):
        text = el.text  # (read once: lxml makes the string anew on each reading)
        if text and len(text) <= 200 and el.tag not in ("html", "body") and _first_word(text) in firsts:
            found.append(el)
    return found


def find_box_headings(root) -> list:
    """The elements whose text is a heading of boilerplate.tsv, in document order; ExtractError
    for a page of more than MAX_BOX_HEADINGS of them (counted no further than that)."""
    # A heading's words stand in some element's own text ("<h3><span>Tin liên quan</span>").
    headings = []
    for el in _heading_candidates(root):
        if is_box_heading(short_text(el, 60) or ""):
            headings.append(el)
            if len(headings) > MAX_BOX_HEADINGS:
                raise ExtractError(f"too many boxes (over {MAX_BOX_HEADINGS} box headings): not an article page")
    return headings


def _drop_headed_boxes(root, headings: list, tags: list[str]) -> None:
    """Remove each box a heading of boilerplate.tsv opens, and the list after a heading that
    stands alone in the article column."""
    for heading in headings:
        if not attached(heading, root):
            continue
        # The outermost element whose whole text is the heading.
        own = text_of(heading)
        while (heading.getparent() is not None and heading.getparent() is not root
               and text_of(heading.getparent()) == own):
            heading = heading.getparent()
        box = _box_of(heading, root)
        if key(own) in tag_headings():
            tags += [text_of(a) for a in box.iter("a") if text_of(a)]
        if box is heading:
            # A heading inside the article column: the list after it goes with it.
            sibling = box.getnext()
            while sibling is not None and _related_like(sibling) and text_of(sibling):
                following = sibling.getnext()
                remove(sibling)
                sibling = following
        remove(box)


def _drop_cue_lines(root, tags: list[str]) -> None:
    """Remove lines of a heading, a colon and links."""
    # "Xem thêm: <a>headline</a>", "Tin liên quan: …", "Từ khóa: a, b": a cue and links.
    # Only a block holding a link can be such a line (found first: most blocks hold none, and
    # removing a block never gives another one a link), so the others' text is never read.
    holders = {block for link in root.iter("a") for block in link.iterancestors()}
    for el in list(root.iter("p", "div", "li", "span", "td")):
        if el not in holders:
            continue
        raw = raw_text(el)
        if ":" not in raw or beyond(raw, 300) or not attached(el, root):
            continue  # (the colon and the length first: cheap tests that clear most elements)
        text = short_text(el, 300, raw) or ""
        head, colon, rest = text.partition(":")
        if colon and rest.strip() and is_box_heading(head) and links_reach(el, 0.5 * len(rest.strip())):
            if key(head) in tag_headings():
                tags += [text_of(a) for a in el.iter("a") if text_of(a)]
            remove(el)


def drop_link_paragraphs(root) -> None:
    """Paragraphs and list items that are nothing but a link to another article (inline related
    headlines, a list of headlines beside or under the article)."""
    for el in list(root.iter("p", "li")):
        links = list(el.iter("a"))
        if not links or any(FILE_LINK.search(a.get("href") or "") for a in links):
            continue
        linked = " ".join(text_of(a) for a in links)
        rest = text_of(el)
        for a in links:
            rest = rest.replace(text_of(a), " ", 1)
        # Nothing but links and bullets or arrows (">> Headline", "• Headline").
        if len(linked.split()) >= 4 and not re.search(r"\w", rest):
            remove(el)


def _headline_link(el):
    """The link a teaser opens with: a headline of four words or more filling a heading, or
    following a linked picture to the same address; None when `el` opens otherwise."""
    text = text_of(el)
    first = next((a for a in el.iter("a") if text_of(a)), None)
    headline = text_of(first) if first is not None else ""
    if not headline or not text.startswith(headline) or len(headline.split()) < 4:
        return None
    href = first.get("href")
    in_heading = any(a.tag in ("h2", "h3", "h4", "h5", "h6") and text_of(a) == headline
                     for a in first.iterancestors() if a is not el)
    thumbnail = any(a is not first and a.get("href") == href and a.find(".//img") is not None
                    for a in el.iter("a"))
    return first if href and (in_heading or thumbnail) else None


# The links a teaser can open with (_headline_link): one in a heading, or beside a linked picture.
_TEASER_LINKS = etree.XPath("descendant::a[.//img or ancestor::h2 or ancestor::h3 or ancestor::h4"
                            " or ancestor::h5 or ancestor::h6]")


def drop_teasers(root) -> None:
    """Teasers of other articles set inside the page (a linked picture or a heading holding a
    headline link, and at most a short summary): never the article's text."""
    # Only a block holding such a link can be a teaser (found in C first: most blocks hold none,
    # and removing a block never gives another one a link).
    holders = {block for link in _TEASER_LINKS(root) for block in link.iterancestors()}
    for el in list(root.iter("div", "li", "article", "section")):
        if el not in holders:
            continue
        if not attached(el, root) or short_text(el, 500) is None or _holds_article(el):
            continue
        first = _headline_link(el)
        if first is not None and len(text_of(el)) - len(text_of(first)) <= PROSE:
            remove(el)


# A paragraph set in bold holds a bold element or says so in its style (is_bold).
_MAY_BE_BOLD = etree.XPath("boolean(descendant::strong or descendant::b or contains(@style, 'bold'))")


def _signature(p) -> bool:
    """A paragraph that is only a name set in bold or aside: the author signing the article."""
    if not (_MAY_BE_BOLD(p) or aligned(p, "right") or BYLINE_CLASS.search(attrs(p))):
        return False  # (its markup first, cheaper than its text: most paragraphs are plain)
    text = short_text(p, 60) or ""
    return bool(text) and name_like(text) and (
        is_bold(p) or aligned(p, "right") or bool(BYLINE_CLASS.search(attrs(p))))


def drop_after_signature(root) -> None:
    """The boxes (not paragraphs) that follow the author's signature at the end of the body,
    in the body's own block: promotions, polls, teasers; never the article's text."""
    for p in list(root.iter("p")):
        if not _signature(p) or not attached(p, root):
            continue
        if any(s.tag == "p" and text_of(s) and not origin_re().match(text_of(s)) for s in p.itersiblings()):
            continue  # a bold line inside the body (a subheading), not the signature closing it
        before = sum(len(text_of(s)) for s in p.itersiblings(preceding=True) if s.tag == "p")
        boxes = [s for s in p.itersiblings() if isinstance(s.tag, str) and s.tag != "p"
                 and not origin_re().match(text_of(s))]
        if before >= 2 * PROSE and sum(len(text_of(s)) for s in boxes) < before:
            for box in boxes:
                remove(box)


# ---------------------------------------------------------------------------------------
# Captions


def _small_image_table(table) -> bool:
    """A table of a picture and a few short rows (a captioned picture, not data)."""
    return (table.find(".//img") is not None and table.find(".//table") is None
            and len(table.findall(".//tr")) <= 4 and 0 < len(text_of(table)) <= 600)


def _caption(old, text: str):
    """Put a CAPTION paragraph in place of a picture block, and in place of the wrappers
    that hold nothing else (trafilatura drops any block whose class says "caption"); returns it."""
    own = text_of(old)  # (the same all the way up: a wrapper is climbed only when its text is it)
    while (old.getparent() is not None and old.getparent().tag not in ("body", "html")
           and text_of(old.getparent()) == own):
        old = old.getparent()
    return replace(old, "p", CAPTION + text)


def mark_captions(root, marked: list | None = None) -> None:
    """Replace each picture with its caption, as a paragraph marked CAPTION (`marked`: the
    page's dom.classed list, read once)."""
    _caption_figures(root)
    _caption_classed(root, classed(root) if marked is None else marked)
    _caption_image_tables(root)
    _caption_beside_images(root)


def _caption_figures(root) -> None:
    """A <figure> becomes its <figcaption> (or caption-classed part); without one it goes. A
    <figcaption> standing alone (a row of pictures with one caption) becomes a caption too."""
    for figure in list(root.iter("figure")):
        if not attached(figure, root) or figure.find(".//table") is not None:
            continue
        caption = figure.find(".//figcaption")
        if caption is None:
            caption = next((e for e in figure.iter() if e is not figure and isinstance(e.tag, str)
                            and CAPTION_CLASS.search(attrs(e))), None)
        text = text_of(caption)
        if text:
            _into_the_body_after(_caption(figure, text))
        else:
            remove(figure)
    for caption in list(root.iter("figcaption")):  # one for a row of figures, after them
        if attached(caption, root) and text_of(caption):
            _caption(caption, text_of(caption))


def _into_the_body_after(caption) -> None:
    """A lead picture standing just before the block of the article's paragraphs (a cover
    photo over the body, outside it) goes to the top of that block, where trafilatura reads it."""
    block = caption.getnext()
    while block is not None and (not isinstance(block.tag, str) or not text_of(block)):  # empty ad slots
        block = block.getnext()
    if (block is None or block.tag not in ("div", "section", "article") or len(block.findall("p")) < 3
            or (caption.tail or "").strip()):
        return
    caption.tail = None
    block.insert(0, caption)


def _caption_classed(root, marked: list) -> None:
    """An innermost caption-classed element becomes a caption (with the small picture table
    holding it)."""
    for el, names in marked:
        if el.tag in ("body", "html") or not CAPTION_CLASS.search(names):
            continue  # (the class first: it clears nearly every element, cheaper than the climb below)
        if not attached(el, root):
            continue
        if any(CAPTION_CLASS.search(attrs(d)) for d in el.iterdescendants() if isinstance(d.tag, str)):
            continue  # the innermost caption element is the caption
        text = text_of(el)
        if not text or len(text) > 600:
            continue
        table = next((a for a in el.iterancestors("table")), None)
        _caption(table if table is not None and _small_image_table(table) else el, text)


def _caption_image_tables(root) -> None:
    """A small table holding a picture and a few lines without links is a captioned picture."""
    for table in list(root.iter("table")):
        if attached(table, root) and _small_image_table(table) and not links_reach(table, 1):
            _caption(table, text_of(table))


def _caption_beside_images(root) -> None:
    """A picture's block set in italics or centred is its caption; a picture alone in its
    block takes the next short italic or centred (not bold) block as its caption."""
    for img in list(root.iter("img")):
        if not attached(img, root):
            continue
        block = next((a for a in img.iterancestors() if a.tag in BLOCKS or a.tag == "span"), None)
        if block is None or block.tag in ("body", "html"):
            continue
        text = text_of(block)
        if text:
            if len(text) <= 400 and (is_italic(block) or aligned(block, "center")) and block.tag in ("p", "div", "center", "span"):
                _caption(block, text)
            continue
        following = _next_with_text(block)
        if following is None:
            continue
        text = text_of(following)
        if following.tag in ("p", "div", "em", "i", "span", "center", "small") and 0 < len(text) <= 400 and (
                is_italic(following) or (aligned(following, "center") and not is_bold(following))):
            _caption(following, text)


def _next_with_text(block):
    """The next sibling element after the empty ones, unless it holds a picture of its own."""
    following = block.getnext()
    while following is not None and isinstance(following.tag, str) and not text_of(following) \
            and following.find(".//img") is None:
        following = following.getnext()
    if following is None or not isinstance(following.tag, str) or following.find(".//img") is not None:
        return None
    return following


# ---------------------------------------------------------------------------------------
# Layout tables, date lines, sapo, bylines


def unwrap_layout_tables(root) -> None:
    """Tables used for page layout (they hold other tables, paragraphs or long cells) become
    plain blocks, so that the article inside is read as text and not as a data table."""
    for table in list(root.iter("table")):
        rows = table.xpath("./tr|./tbody/tr|./thead/tr|./tfoot/tr")
        cells = [c for r in rows for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")]
        layout = (table.get("role") in ("presentation", "none")
                  or table.find(".//table") is not None
                  or any(c.find(".//p") is not None or c.find(".//div") is not None
                         or len(text_of(c)) > 300 for c in cells))
        if layout:
            for el in [table, *table.xpath("./tbody|./thead|./tfoot"), *rows, *cells]:
                el.tag = "div"


_DATE_LINE_TAGS = frozenset(("div", "span", "p", "time", "dd", "small"))


def drop_date_lines(root) -> None:
    """Short lines that are only a date, a label and a name ("Thứ Hai, 03/06/2024 | Minh Anh"):
    page furniture, never article text."""
    # Read from the top down: a line whose text holds no date is skipped whole (nor does any part
    # of it), and so is a table or a list, where a date is content.
    stack = [root]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in ("table", "li"):
            continue
        if el.tag in _DATE_LINE_TAGS:
            raw = raw_text(el)
            if not HAS_DATE.search(raw):
                continue
            if not beyond(raw, 120) and _date_line(el, raw):
                remove(el)
                continue
        stack.extend(reversed(el))


def _date_line(el, raw: str) -> bool:
    """The element's text is a short line of a date, a label and at most a name."""
    text = short_text(el, 120, raw) or ""
    if not text or not HAS_DATE.search(text) or text.endswith("."):
        return False
    mentions, words = date_line(text)
    return bool(mentions) and words <= 4


def _leaf_blocks_after(root, order, position):
    """The blocks after `position` that hold no block with text."""
    for el in root.iter():
        if (isinstance(el.tag, str) and el.tag in BLOCKS and order.get(el, 0) > position
                and not has_text_block(el)):
            yield el


def mark_sapo(root, order, title_el, marked: list | None = None) -> str | None:
    """The lead: a block whose class says so, after the headline; else a first paragraph
    set in bold. Replaced by a paragraph marked SAPO (`order`: the position of each element
    in the tree, `marked`: the page's dom.classed list)."""
    title_at = order.get(title_el, 0) if title_el is not None else -1
    # The lead comes before the body: no later than the first long paragraph.
    first_long = next((order.get(el, 0) for el in _leaf_blocks_after(root, order, title_at)
                       if len(text_of(el)) >= 150), len(order))
    for el, names in classed(root) if marked is None else marked:
        if (el.tag in ("body", "html", "meta") or el not in order  # (removed by a repair)
                or not title_at < order[el] <= first_long or not SAPO_CLASS.search(names)):
            continue
        text = text_of(el)
        if 30 <= len(text) <= 1500 and CAPTION not in text and len(el.findall(".//p")) <= 2:
            replace(el, "p", SAPO + text)
            return text
    if title_el is None:
        return None
    lead = _bold_lead_of_text_cell(root, order, title_at)
    if lead is not None:
        text = text_of(lead)
        replace(lead, "p", SAPO + text)
        return text
    for el in _leaf_blocks_after(root, order, title_at):
        text = text_of(el)
        if len(text) < 40 or CAPTION in text:
            continue
        if is_bold(el) and not links_reach(el, len(text) / 2):
            replace(el, "p", SAPO + text)
            return text
        return None
    return None


def _bold_lead_of_text_cell(root, order, title_at):
    """The bold run that opens a block of text cut by <br> after the headline (old portals
    write the sapo so, in the cell that holds the body), if there is one."""
    for el in root.iter("b", "strong"):
        parent, following = el.getparent(), el.getnext()
        if (order.get(el, 0) <= title_at or parent is None or parent[0] is not el
                or (parent.text or "").strip() or (el.tail or "").strip()
                or following is None or following.tag != "br"):
            continue
        text = text_of(el)
        if 40 <= len(text) <= 1500 and el.find(".//a") is None and len(text_of(parent)) >= 3 * len(text):
            return el
    return None


_BYLINE_BLOCKS = frozenset(("p", "div", "td", "span", "h4", "h5", "h6"))


def mark_bylines(root, marked: list | None = None) -> None:
    """Right-aligned or author-classed short blocks: candidates for the byline/origin line
    (`marked`: the page's dom.classed list)."""
    for el, names in classed(root) if marked is None else marked:
        if el.tag not in _BYLINE_BLOCKS or not (aligned(el, "right") or BYLINE_CLASS.search(names)):
            continue
        if not attached(el, root):
            continue
        if short_text(el, 120) and not has_text_block(el):
            el.text = BYLINE + _origin_cue(el) + (el.text or "")


def _origin_cue(el) -> str:
    """The cue "Nguồn: " for a source-classed block holding an outlet's bare name ("Tiền Phong",
    "Đại Đoàn kết" under the writer's line), so that it reads as the origin, not as the author;
    else ""."""
    text = text_of(el)
    if not SOURCE_CLASS.search(attrs(el)) or re.search(r"author|tac-?gia", attrs(el), re.IGNORECASE):
        return ""
    # (a label, "Ảnh: TTXVN", is a credit, not a bare name)
    return "Nguồn: " if _outlet_like(text) and ":" not in text and not origin_re().match(text) else ""


# An outlet's name is a few words (the longest: "Tạp chí Kinh tế Sài Gòn Online").
OUTLET_WORDS = 7


def _outlet_like(text: str) -> bool:
    """A few words opening with a capital and ending without a sentence's stop: an outlet's
    name, whose later words may be lower case ("Đại Đoàn kết", "Nhịp sống thị trường")."""
    return (1 <= len(text.split()) <= OUTLET_WORDS and text[0].isupper()
            and not text.endswith((".", "?", "!", ";", ",")))
