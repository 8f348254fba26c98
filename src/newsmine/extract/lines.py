"""The lines room: the text trafilatura returns, one line a block, sorted by the marks the
repairs put (body, caption, sapo, byline) and cleaned: interface lines out, the signature
and the origin ("Theo Báo …") pulled off the end. Also the same cleaning for plain text."""

import html
import re
from dataclasses import dataclass

from ..textnorm import fold, normalize_text
from .cues import (
    author_prefix_re,
    byline_re,
    is_box_heading,
    key,
    origin_re,
    photo_credit_re,
    trailing_origin_re,
    ui_lines,
)
from .dom import BYLINE, CAPTION, MARKS, SAPO

# A news agency's dateline in front of a sapo: "(TTXVN) - ", "baodienbien.vn - ".
AGENCY_PREFIX = re.compile(r"^\(?(?:[A-ZĐ][A-ZĐ0-9.&]{1,14}|[\w.-]+\.(?:vn|com|net))\)?\s*[-–—]\s+(?=\S)")
_TABLE_RULE = re.compile(r"^\|[-:| ]+\|$")


@dataclass
class Line:
    """One line of the extracted text and what the repairs marked it as."""

    text: str
    kind: str  # "body", "caption", "sapo", "byline"


# Put in front of each line while the whole text is normalised in one call (it keeps a line that
# normalises to nothing in its place); never in trafilatura's text, which drops control characters.
_LINE_START = "\x01"


def _normalized_lines(raws: list[str]) -> list[str]:
    """normalize_text of each line (on one line), in one call over the whole text."""
    joined = "\n".join(_LINE_START + MARKS.sub("", raw) for raw in raws)
    if joined.count(_LINE_START) != len(raws):
        return [normalize_text(MARKS.sub("", raw)).replace("\n", " ") for raw in raws]
    return [part.replace("\n", " ").strip() for part in normalize_text(joined).split(_LINE_START)[1:]]


def split_lines(body_text: str) -> list[Line]:
    """trafilatura's text as lines, each with the kind its mark says, the marks removed."""
    lines = []
    raws = (body_text or "").split("\n")
    for raw, text in zip(raws, _normalized_lines(raws)):
        kind = "body"
        for mark, name in ((CAPTION, "caption"), (SAPO, "sapo"), (BYLINE, "byline")):
            if mark in raw:
                kind = name
                break
        if _TABLE_RULE.match(text):
            continue  # the line under a table's header row
        if text.startswith("|") and text.endswith("|"):
            text = text.strip("| ")  # a table row: its cells, separated by " | "
        if text:
            lines.append(Line(text, kind))
    return lines


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
    """The outlet an attribution line names ("(Theo Báo Lai Châu)")."""
    match = origin_re().match(line)
    return _outlet(match.group("outlet")) if match else None


def name_like(line: str) -> bool:
    """A short line of capitalised words: a person's name or a signature."""
    words = re.sub(r"\([^()]*\)", " ", line).replace("-", " ").replace("/", " ").split()
    return 1 <= len(words) <= 7 and len(line) <= 60 and not line.endswith((".", ":", "?", "!")) and all(
        w[0].isupper() or w in ("và", "&") for w in words)


# A name that is a web address ("baotintuc.vn", "VCCorp vn" as trafilatura reads a meta author).
_WEB_ADDRESS = re.compile(r"[\w-]+(?:[. ][\w-]+)*[. ](?:vn|com|net|org)$", re.IGNORECASE)
# An agency's initials glued to the end of a name by a CMS's metadata ("Tâm HằngTTXVN"): capitals
# right after a lower-case letter (a name in capitals, "LÊ HUỲNH", has none).
_GLUED_AGENCY = re.compile(r"(?<=[^\W\d_])[A-ZĐ]{2,}$")


def _without_glued_agency(name: str) -> str:
    """The name without an agency's initials glued to its end."""
    match = _GLUED_AGENCY.search(name)
    return name[:match.start()] if match and name[match.start() - 1].islower() else name


def _squeezed(name: str) -> str:
    """A name compared without accents, case, spaces or punctuation ("TP. Hồ Chí Minh")."""
    return re.sub(r"\W", "", fold(name))


def clean_author(author: str | None, publishers=()) -> str | None:
    """An author as the page's metadata or signature gives it, without a byline cue or a
    "Đăng bởi" in front, and without the names that are the publisher's own (its site name,
    its address): a page's meta or JSON-LD author is often the site ("Báo X; Minh Anh")."""
    if not author:
        return None
    author = normalize_text(author).replace("\n", " ")
    match = byline_re().match(author)
    author = author_prefix_re().sub("", match.group("name") if match else author).strip()
    own = _publisher_keys(publishers)
    names = [_without_glued_agency(name).strip() for name in author.split(";")]
    kept = [name for name in names if name and _bare(_squeezed(name)) not in own
            and not _WEB_ADDRESS.fullmatch(name)]
    return "; ".join(kept) or None


# "Báo", "Báo điện tử", "Tạp chí" in front of an outlet's name, as squeezed ("Báo điện tử Dân
# trí" is "Dân trí", its address "dantri.com.vn" and its metadata's "Baotuoitre" one name).
_OUTLET_KIND = re.compile(r"^(?:baodientu|bao|tapchi)(?=\w{3})")


def _bare(squeezed: str) -> str:
    """A squeezed name without the kind of outlet in front of it."""
    return _OUTLET_KIND.sub("", squeezed)


def _publisher_keys(publishers) -> set[str]:
    """The publisher's names squeezed and bare, and each address's first label ("dantri")."""
    keys = set()
    for name in filter(None, publishers):
        keys.add(_bare(_squeezed(name)))
        if "." in name and " " not in name:
            keys.add(_bare(_squeezed(name.split(".")[0])))
    return keys


def _byline_of(line: str, marked: bool, author: str | None) -> str | None:
    """The name a signature line gives, if the line is one."""
    match = byline_re().match(line)
    if match and len(match.group("name").split()) <= 8:
        return match.group("name").strip()
    if author and fold(line) == fold(author):
        return line
    if marked and len(line.split()) <= 10 and not line.endswith((".", ":", "?", "!", ";")):
        return line  # a signature set apart (right-aligned, author-classed): a name or an office
    if name_like(line) and len(line.split()) <= 5:
        return re.sub(r"\s*\([^()]*\)\s*$", "", line).strip() if "(" in line else line
    return None


def clean_lines(lines: list[Line], title: str | None, author: str | None):
    """Drop interface lines, pull the signature and origin off the end; returns (lines, the
    author (the signature over the page's metadata), origin)."""
    kept = _without_interface_lines(lines, title)
    signature, origin = _pull_signature_and_origin(kept, author)
    return kept, signature or author, origin


def _without_interface_lines(lines: list[Line], title: str | None) -> list[Line]:
    """The lines without interface text, box cue lines, photo credits, repeats and the
    headline repeated at the top."""
    ui = ui_lines()
    kept = []
    for line in lines:
        if key(line.text) in ui:
            continue
        head, colon, rest = line.text.partition(":")
        if colon and is_box_heading(head) and len(rest.split()) <= 25 and line.kind != "sapo":
            continue
        if line.kind != "caption" and photo_credit_re().match(line.text):
            continue
        if kept and kept[-1].text == line.text:
            continue
        kept.append(line)
    while kept and title and key(kept[0].text) == key(title) and kept[0].kind == "body":
        kept.pop(0)
    return kept


def _pull_signature_and_origin(kept: list[Line], author: str | None):
    """Take the signature and the origin off the end of `kept` (changed in place); returns
    (signature, origin), either None when not found."""
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
        trailing = trailing_origin_re().search(last.text)
        if trailing and origin is None and _outlet(trailing.group("outlet")):
            origin = _outlet(trailing.group("outlet"))
            rest = last.text[:trailing.start()].strip()
            if rest:
                kept[-1] = Line(rest, last.kind)
            else:
                kept.pop()
            continue
        name = _byline_of(last.text, last.kind == "byline", author)
        if name and len(kept) > 1:
            signature = signature or name
            kept.pop()
            continue
        break
    return signature, origin


def clean_plain_text(text: str) -> str:
    """Plain text as a reader copied it (gold `text` input): normalised, attribution lines
    ("(Theo Báo …)", also at the end of a line) out, and a related-article box heading ("Các bài viết khác", "Tin liên
    quan") with what follows it cut when it stands in the second half of the text."""
    lines = normalize_text(html.unescape(text)).split("\n")  # copied text may hold "&amp;"
    kept = []
    for number, line in enumerate(lines):
        if is_box_heading(line.strip()):
            if number >= len(lines) / 2:
                break
            continue
        if _origin_of(line.strip()):
            continue
        trailing = trailing_origin_re().search(line)
        if trailing and _outlet(trailing.group("outlet")):
            # "Minh Anh (Theo Báo Lao Động)", "… đồng. (Theo TTXVN)": the attribution, not the body
            line = line[:trailing.start()].rstrip()
            if not line.strip():
                continue
        kept.append(line)
    return "\n".join(kept)
