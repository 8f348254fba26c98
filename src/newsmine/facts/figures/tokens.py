"""Tokens: text cut into numbers, words and single marks (`_tokens`), the marks the grammar
reads (quotes, range dashes), and the lookup of a lexicon phrase at or just before a token."""

import re
from dataclasses import dataclass

from ...textnorm import normalize_tones
from ..lexicons import load_set, vietnamese_words

_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+|\S")
_OPEN_QUOTES = frozenset("“\"‘'«")
_CLOSE_QUOTES = frozenset("”\"’'»")
_RANGE_DASHES = frozenset("-–—÷~")
_MARKED = frozenset("àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ")  # Vietnamese letters


@dataclass(slots=True)  # some 300,000 made for 84 articles
class _Tok:
    text: str
    low: str
    start: int  # offset in the article text
    end: int
    kind: str  # "num", "word", "punct"
    glued: bool  # no white space before it


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Numbers, words ("m²" is one) and single marks of text[start:end]."""
    out, prev_end, prev_kind = [], None, None
    for m in _TOKEN.finditer(text, start, end):
        t, begin, finish = m.group(), m.start(), m.end()
        kind = "num" if t[0] in "0123456789" else "word" if t[0].isalpha() else "punct"
        glued = prev_end == begin
        if glued and kind != prev_kind and kind != "punct" and prev_kind != "punct":  # a number touching a word
            glued = not _run_on(t if kind == "word" else out[-1].text)
        out.append(_Tok(t, t.lower(), begin, finish, kind, glued))
        prev_end, prev_kind = finish, kind
    return out


def _abbreviation_period(toks: list[_Tok], k: int) -> bool:
    """Whether toks[k] is the period of an abbreviation inside a sentence, a word on each side
    ("tại TP.HCM", "tại TP. Hồ Chí Minh"; sentence_abbreviations.txt, which the sentence splitter
    reads too): it ends no clause, so a measure keeps the city's name after "TP"."""
    t = toks[k]
    return (t.text == "." and t.glued and 0 < k < len(toks) - 1 and toks[k - 1].kind == "word"
            and toks[k + 1].kind == "word" and toks[k - 1].text + "." in load_set("sentence_abbreviations.txt"))


def _run_on(word: str) -> bool:
    """Whether a word touching digits is a Vietnamese syllable whose space a page lost ("có4 đặc
    sản", "6cơ sở"), not a code or a unit ("F1", "14h30", "105ha"): lower case, two letters or
    more, one of them marked."""
    return len(word) >= 2 and word.islower() and any(c in _MARKED for c in word)


class Phrases(frozenset):
    """A frozen set of lower-case word tuples that knows its first words, last words and
    lengths, so that `_match_at` and `_match_before` reject most positions with one lookup."""

    def __new__(cls, phrases=()):
        self = super().__new__(cls, phrases)
        self.shape = _shape(self)
        return self


class PhraseMap(dict):
    """A dict keyed by word tuples (phrase → value) with the same shape; not to be changed
    after it is made."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.shape = _shape(self)


def _shape(phrases) -> tuple[frozenset, frozenset, tuple[int, ...]]:
    """(first words, last words, lengths longest first) of non-empty phrases."""
    phrases = [p for p in phrases if p]
    return (frozenset(p[0] for p in phrases), frozenset(p[-1] for p in phrases),
            tuple(sorted({len(p) for p in phrases}, reverse=True)))


def _words_at(toks: list[_Tok], i: int, n: int) -> tuple[str, ...] | None:
    """The lower-case words toks[i:i+n] if all are words, else None."""
    if i < 0 or i + n > len(toks):
        return None
    words = []
    for k in range(i, i + n):
        t = toks[k]
        if t.kind != "word":
            return None
        words.append(t.low)
    return tuple(words)


def _match_at(toks: list[_Tok], i: int, phrases, longest: int = 4) -> int:
    """Length (in tokens) of the longest phrase starting at toks[i], 0 if none."""
    shape = getattr(phrases, "shape", None)
    if shape is None:
        lengths = range(longest, 0, -1)
    elif 0 <= i < len(toks) and toks[i].kind == "word" and toks[i].low in shape[0]:
        lengths = shape[2]
    else:
        return 0
    for n in lengths:
        if n <= longest and _words_at(toks, i, n) in phrases:
            return n
    return 0


def _match_before(toks: list[_Tok], i: int, phrases, longest: int = 4) -> int:
    """Length of the longest phrase ending just before toks[i], 0 if none."""
    shape = getattr(phrases, "shape", None)
    if shape is None:
        lengths = range(longest, 0, -1)
    elif 0 < i <= len(toks) and toks[i - 1].kind == "word" and toks[i - 1].low in shape[1]:
        lengths = shape[2]
    else:
        return 0
    for n in lengths:
        if n <= longest and _words_at(toks, i - n, n) in phrases:
            return n
    return 0


def _splits_word(toks: list[_Tok], k: int) -> bool:
    """Whether toks[k - 1] and toks[k] are the two syllables of one dictionary word ("thanh
    toán", "diện tích"), so that a cut of a word window between them splits a word."""
    if not 0 < k < len(toks) or toks[k - 1].kind != "word" or toks[k].kind != "word" or toks[k].glued:
        return False
    return normalize_tones(f"{toks[k - 1].low} {toks[k].low}") in vietnamese_words()


_DEICTIC = frozenset(("nay", "này", "qua", "ấy", "đó"))  # "ngày nay", "năm qua": a time, no rate word


def _word_end(toks: list[_Tok], k: int) -> int:
    """End of the dictionary word whose last syllable read so far is toks[k - 1] ("cổ" → "cổ
    phiếu", "năm" → "năm học"); a time word ("đồng/người/ngày nay chỉ còn") is not joined."""
    while _splits_word(toks, k) and toks[k].low not in _DEICTIC:
        k += 1
    return k


def _paired_across(toks: list[_Tok], k: int, paired, pairs: dict) -> int:
    """Tokens after the comma at toks[k] that make one thing with the words before it: two nouns
    of one kind (`paired`: "9 tỉnh, thành phố", "cán bộ, đảng viên") or a pair written with a
    comma (`pairs`, first words → second words: "phòng, chống", "lãnh đạo, quản lý"); 0 if none."""
    if not 0 < k < len(toks) - 1 or toks[k].text != ",":
        return 0
    m = _match_at(toks, k + 1, paired)
    if m and _match_before(toks, k, paired, 3):
        return m
    for n in (3, 2, 1):
        seconds = pairs.get(_words_at(toks, k - n, n), ())
        m = next((m for m in (3, 2, 1) if _words_at(toks, k + 1, m) in seconds), 0)
        if m:
            return m
    return 0
