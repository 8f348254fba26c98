"""Vietnamese text normalisation: NFC, one tone-mark placement, accent folding."""

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate

TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
# Invisible characters: zero-width ones, the soft hyphen, and the bidirectional controls that
# can reorder what a reader sees (a title must read as it is stored).
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000\t ]+")
_ODD_SPACE = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000]")
# "oa", "oe", "uy" ending a syllable, tone on the second vowel: the old-style placement
# ("hòa", "khỏe", "thủy") puts it on the first. "qu" + "y" keeps the tone on y ("quý").
_TONE_ON_SECOND = re.compile(
    r"(?<![qQ])([oO][aAeE]|[uU][yY])([" + TONES + r"])(?![\w\u0300-\u036f])"
)
# The same pairs in composed text, ending a syllable: NFC text without one has nothing to move
# (a quick test; "hoàn", "toàn", "khoản" and "quý" hold such a pair but keep their tone).
_OLD_STYLE_PAIR = re.compile("(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\\w)")
_PUNCT_END = re.compile(r"^[\W_]+|[\W_]+$")


def _move_tone(match: re.Match) -> str:
    pair, tone = match.group(1), match.group(2)
    return pair[0] + tone + pair[1]


def normalize_tones(text: str) -> str:
    """Put tone marks of oa/oe/uy syllables on the first vowel ("hoà" → "hòa"), NFC result."""
    if unicodedata.is_normalized("NFC", text) and not _OLD_STYLE_PAIR.search(text):
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _TONE_ON_SECOND.sub(_move_tone, decomposed))


def clusters_with_offsets(text: str, form=lambda cluster: unicodedata.normalize("NFC", cluster)) \
        -> tuple[str, list[int], list[int]]:
    """`text` with each letter and the marks after it put in `form` (NFC by default), and for each
    character of the result the offsets in `text` where its cluster starts and ends."""
    parts, starts, ends, begin = [], [], [], 0
    for end in range(1, len(text) + 1):
        if end < len(text) and unicodedata.combining(text[end]):
            continue  # a mark joins the cluster of the letter before it
        cluster = form(text[begin:end])
        parts.append(cluster)
        starts += [begin] * len(cluster)
        ends += [end] * len(cluster)
        begin = end
    return "".join(parts), starts, ends


def _stored_characters(cluster: str) -> str:
    return _ODD_SPACE.sub(" ", _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", cluster)))


def normalize_with_offsets(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """`text` in the stored form's characters (NFC, one tone placement, no zero-width characters,
    plain spaces; its lines as they are) with, for each character, the offsets in `text` where it
    starts and ends (None, None when `text` is already so: it is returned as it is). Copied texts
    may carry decomposed accents, the old tone placement ("Uỷ ban"), zero-width characters inside
    words or no-break spaces, which the lexicons, in the stored form, would not match."""
    if unicodedata.is_normalized("NFC", text) and not _OLD_STYLE_PAIR.search(text) \
            and not _ZERO_WIDTH.search(text) and not _ODD_SPACE.search(text):
        return text, None, None
    composed, starts, ends = clusters_with_offsets(text, _stored_characters)
    moved = normalize_tones(composed)  # moving a tone within a syllable keeps the length of NFC text
    return (moved if len(moved) == len(composed) else composed), starts, ends


def normalize_lines(lines: list[str]) -> list[str]:
    """`normalize_tones` of each of many one-line strings (a word list, place names): one quick
    test over them all, then only the lines it points at are normalised."""
    joined = "\n".join(lines)
    if not unicodedata.is_normalized("NFC", joined) or joined.count("\n") != len(lines) - 1:
        return [normalize_tones(line) for line in lines]
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    out = list(lines)
    for k in {bisect_right(starts, m.start()) - 1 for m in _OLD_STYLE_PAIR.finditer(joined)}:
        out[k] = normalize_tones(lines[k])
    return out


def normalize_text(text: str) -> str:
    """The stored form of article text: NFC, one tone placement, no zero-width characters,
    plain spaces, one newline between paragraphs."""
    text = normalize_tones(_ZERO_WIDTH.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _fold_slowly(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _FoldTable(dict):
    """str.translate's table for folding: each character's folded form, computed once."""

    def __missing__(self, code: int):
        folded = _fold_slowly(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Accent-folded lower case ("Điện Biên" → "dien bien"); đ has no decomposition.
    (Character by character through a table: the same as decomposing the whole text, since
    every combining mark is dropped; lower case last, for the whole text.)"""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE).lower()


def normalize_for_match(text: str) -> str:
    """GOLD.md's comparison form: NFC, lower case, one tone placement, collapsed white
    space, no punctuation at the ends."""
    text = normalize_tones(unicodedata.normalize("NFC", text or "")).lower()
    return _PUNCT_END.sub("", " ".join(text.split()))


def tokens(text: str) -> list[str]:
    """Word tokens of the comparison form (punctuation dropped)."""
    return re.findall(r"\w+", normalize_for_match(text))
