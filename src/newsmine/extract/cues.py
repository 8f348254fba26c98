"""The cues room: the extract stage's word lists (data files under newsmine/lexicons/, '#'
lines are headers) made into sets and patterns: box headings (boilerplate.tsv), interface
lines, origin, byline, author and photo-credit cues, and the comparison key they are matched
by. Every cue pattern is built by cue_alternation."""

import re
from functools import lru_cache

from .. import lexicons
from ..textnorm import normalize_text


@lru_cache(maxsize=8192)  # the same headings and interface lines recur on every page of a site
def key(text: str) -> str:
    """The comparison form of a heading or interface line: NFC, case-folded, without end
    punctuation, arrows or a trailing count ("Ý kiến bạn đọc (2)")."""
    text = normalize_text(text).replace("\n", " ").casefold()
    text = re.sub(r"\(\s*\d+\s*\)\s*$", "", text)
    return re.sub(r"^[\W_]+|[\W_]+$", "", text).strip()


def cue_alternation(name: str) -> str:
    """The alternation of a cue lexicon's entries: the one place cue patterns are built from."""
    return lexicons.alternation(lexicons.entries(name))


@lru_cache(maxsize=1)
def box_headings() -> frozenset[str]:
    """The keys of the headings of boxes that are not part of an article."""
    return frozenset(key(h) for _, h in lexicons.boilerplate("heading", "box", "tags"))


@lru_cache(maxsize=1)
def tag_headings() -> frozenset[str]:
    """The keys of the headings of a tag box, whose links are the article's tags."""
    return frozenset(key(h) for _, h in lexicons.boilerplate("tags"))


@lru_cache(maxsize=1)
def ui_lines() -> frozenset[str]:
    """The keys of lines of interface text (and of box headings) that are never article text."""
    return frozenset(key(h) for h in lexicons.entries("ui_lines.txt")) | box_headings()


@lru_cache(maxsize=1)
def heading_first_words() -> frozenset[str]:
    """The first word of every box heading (a cheap test before the whole heading is compared)."""
    return frozenset(h.split()[0] for h in box_headings())


def is_box_heading(text: str) -> bool:
    """The text is one of the box headings."""
    return len(text) <= 60 and key(text) in box_headings()


@lru_cache(maxsize=1)
def origin_re() -> re.Pattern:
    """An attribution line: an origin cue and the outlet ("(Theo Báo Điện Biên Phủ)")."""
    cues = cue_alternation("origin_cues.txt")
    return re.compile(rf"^[(\[]?\s*(?:{cues})\s*[:：]?\s+(?P<outlet>[^()\[\]]+?)\s*[)\]]?\s*\.?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def trailing_origin_re() -> re.Pattern:
    """An attribution in brackets at the end of a line ("… đồng. (Theo TTXVN)")."""
    cues = cue_alternation("origin_cues.txt")
    return re.compile(rf"\s*[(\[]\s*(?:{cues})\s*[:：]?\s+(?P<outlet>[^()\[\]]{{2,80}}?)\s*[)\]]\s*\.?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def byline_re() -> re.Pattern:
    """A byline: a byline cue, a colon and the name ("Bài, ảnh: Minh Anh")."""
    cues = cue_alternation("byline_cues.txt")
    return re.compile(rf"^(?:{cues})\s*:\s*(?P<name>.+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def author_prefix_re() -> re.Pattern:
    """A label in front of an author's name ("Đăng bởi: ", "By ")."""
    return re.compile(rf"^(?:{cue_alternation('author_prefixes.txt')})\s*:?\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def photo_credit_re() -> re.Pattern:
    """A photo credit standing on its own line: "Ảnh: Minh Anh", "(Ảnh minh họa)"."""
    return re.compile(rf"^\(?\s*(?:{cue_alternation('photo_credits.txt')})\s*(?::\s*(?:[^\s.:()]+\s*){{1,5}})?\)?$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def home_links() -> frozenset[str]:
    """The keys of the names of a site's home link ("Trang chủ")."""
    return frozenset(key(name) for name in lexicons.entries("home_links.txt"))
