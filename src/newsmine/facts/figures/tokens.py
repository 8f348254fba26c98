"""Tokens: text cut into numbers, words and single marks (`_tokens`), the marks the grammar
reads (quotes, range dashes), and the lookup of a lexicon phrase at or just before a token."""

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+|\S")
_OPEN_QUOTES = frozenset("“\"‘'«")
_CLOSE_QUOTES = frozenset("”\"’'»")
_RANGE_DASHES = frozenset("-–—÷~")


@dataclass
class _Tok:
    text: str
    low: str
    start: int  # offset in the article text
    end: int
    kind: str  # "num", "word", "punct"
    glued: bool  # no white space before it


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Numbers, words ("m²" is one) and single marks of text[start:end]."""
    out, prev_end = [], None
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        kind = "num" if t[0] in "0123456789" else "word" if t[0].isalpha() else "punct"
        out.append(_Tok(t, t.lower(), m.start(), m.end(), kind, prev_end == m.start()))
        prev_end = m.end()
    return out


def _words_at(toks: list[_Tok], i: int, n: int) -> tuple[str, ...] | None:
    """The lower-case words toks[i:i+n] if all are words, else None."""
    if i < 0 or i + n > len(toks):
        return None
    seg = toks[i : i + n]
    if any(t.kind != "word" for t in seg):
        return None
    return tuple(t.low for t in seg)


def _match_at(toks: list[_Tok], i: int, phrases, longest: int = 4) -> int:
    """Length (in tokens) of the longest phrase starting at toks[i], 0 if none."""
    for n in range(longest, 0, -1):
        if _words_at(toks, i, n) in phrases:
            return n
    return 0


def _match_before(toks: list[_Tok], i: int, phrases, longest: int = 4) -> int:
    """Length of the longest phrase ending just before toks[i], 0 if none."""
    for n in range(longest, 0, -1):
        if _words_at(toks, i - n, n) in phrases:
            return n
    return 0
