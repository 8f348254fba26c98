"""Search text helpers, pure: user query → safe FTS5 expression, accent-insensitive matching,
evidence passages and highlight spans. The SQL that uses them lives in `store`."""

import functools
import re
import unicodedata
from dataclasses import dataclass

from .textnorm import fold, normalize_tones

# Words of a query as FTS5's unicode61 tokenizer sees them: letters, digits, underscore.
_WORD = re.compile(r"\w+")
# A query splits into double-quoted phrases, OR, and bare words (with an optional "*").
_PIECE = re.compile(r'"([^"]*)"?|(\S+)')
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
# FTS5 never matches an empty phrase: the expression for "nothing to search for".
MATCH_NOTHING = '""'


class SearchError(ValueError):
    """A search query that cannot be run, with a one-line reason for the user."""


@dataclass(frozen=True)
class Term:
    """One phrase of a query: its words in order, whether the last word is a prefix, and
    whether the phrase is excluded (NOT)."""

    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False


def parse_query(query: str) -> list[list[Term]]:
    """A user's query as OR-groups of AND-ed terms. Double quotes make a phrase (an unbalanced
    quote runs to the end), a trailing `*` a prefix, upper-case OR an alternative and NOT an
    exclusion; AND and NEAR( are dropped, and every other symbol is read as plain text, so no
    input is an FTS5 syntax error. A group with nothing but exclusions is dropped."""
    groups: list[list[Term]] = [[]]
    negate = False
    for match in _PIECE.finditer(unicodedata.normalize("NFC", query or "")):
        phrase, bare = match.groups()
        if bare == "OR":
            if groups[-1]:
                groups.append([])
            negate = False
            continue
        if bare == "NOT":
            negate = True
            continue
        if bare == "AND" or (bare or "").startswith("NEAR("):
            bare = bare[5:] if bare.startswith("NEAR(") else ""
        text = phrase if phrase is not None else bare
        words = tuple(_WORD.findall(text))
        if words:
            prefix = phrase is None and bare.rstrip('"),').endswith("*") and len(words) == 1
            groups[-1].append(Term(words, prefix, negate))
            negate = False
    return [group for group in groups if any(not t.negated for t in group)]


def _expression(groups: list[list[Term]], transform) -> str:
    def term(t: Term) -> str:
        return '"' + " ".join(transform(w) for w in t.words) + '"' + ("*" if t.prefix else "")

    def group(terms: list[Term]) -> str:
        text = " AND ".join(term(t) for t in terms if not t.negated)
        return "(" + text + "".join(f" NOT {term(t)}" for t in terms if t.negated) + ")"

    ors = [group(g) for g in groups]
    return ors[0] if len(ors) == 1 else "(" + " OR ".join(ors) + ")"


def fts_query(query: str, columns=None, folded: bool = True) -> str:
    """A safe FTS5 MATCH expression for a user's query, on the accent-folded column by default
    (`folded=False`: the words as typed, for exact-diacritic matching on `columns`).
    Raises SearchError when the query has no word to search for."""
    groups = parse_query(query)
    if not groups:
        raise SearchError(
            f"nothing to search for in {query!r}: type one or more words, e.g. dien bien")
    # As typed, but in the stored form (NFC, one tone placement): keyboards differ.
    expression = _expression(groups, fold if folded else normalize_tones)
    if columns:
        names = " ".join(columns)
        expression = ("{" + names + "}" if len(columns) > 1 else names) + " : " + expression
    return expression


def fts_query_or_nothing(query: str, columns=None, folded: bool = True) -> str:
    """As fts_query, but an expression that matches nothing instead of an error."""
    try:
        return fts_query(query, columns, folded)
    except SearchError:
        return MATCH_NOTHING


def query_words(query: str) -> list[str]:
    """The folded words of a query, operators left out."""
    return [fold(w) for group in parse_query(query) for t in group if not t.negated
            for w in t.words]


def has_words(text: str | None, query: str | None) -> bool:
    """True when every word of `query` is a word of `text`, accents and case ignored
    (a trailing `*` on a query word matches as a prefix); an empty query matches all."""
    wanted = [t for group in parse_query(query or "")[:1] for t in group if not t.negated]
    if not wanted:
        return True
    words = set(_WORD.findall(fold(text or "")))
    for t in wanted:
        for i, w in enumerate(t.words):
            w = fold(w)
            if t.prefix and i == len(t.words) - 1:
                if not any(x.startswith(w) for x in words):
                    return False
            elif w not in words:
                return False
    return True


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the source character."""
    out, where = [], []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), where


def find_span(text: str | None, needle: str | None,
              folded: tuple[str, list[int]] | None = None) -> tuple[int, int] | None:
    """Where `needle` occurs in `text`: exactly first, then ignoring case and accents
    (`folded`: the text's _folded_with_map, when the caller looks for several needles)."""
    if not text or not needle:
        return None
    at = text.find(needle)
    if at >= 0:
        return at, at + len(needle)
    folded_text, where = folded or _folded_with_map(text)
    folded_needle = fold(needle)
    at = folded_text.find(folded_needle)
    if at < 0 or not folded_needle:
        return None
    return where[at], where[at + len(folded_needle) - 1] + 1


def highlight_spans(sentence: str | None, fact: str | None) -> list[tuple[str, bool]]:
    """The sentence cut into (text, is_fact) pieces, the fact marked where it occurs."""
    sentence = sentence or ""
    span = find_span(sentence, fact)
    if span is None:
        return [(sentence, False)] if sentence else []
    start, end = span
    pieces = [(sentence[:start], False), (sentence[start:end], True), (sentence[end:], False)]
    return [p for p in pieces if p[0]]


def passage(text: str | None, query: str | None) -> str:
    """The first sentence of `text` holding every word of `query` (else the most of them),
    as evidence for an article hit."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text or "") if s.strip()]
    if not sentences:
        return ""
    words = set(query_words(query or ""))

    def score(sentence):
        return len(words & set(_WORD.findall(fold(sentence))))

    best = max(sentences, key=score)  # max keeps the first of equals
    return best


def surface(sentence: str | None, query: str | None) -> str:
    """The stretch of `sentence` that the query matches, as written there: all its words
    together when they stand together, else its first phrase found."""
    groups = parse_query(query or "")
    terms = [t for group in groups for t in group if not t.negated]
    candidates = [" ".join(w for t in terms for w in t.words)] + [" ".join(t.words) for t in terms]
    folded = _folded_with_map(sentence or "")
    for candidate in candidates:
        span = find_span(sentence, candidate, folded)
        if span:
            return (sentence or "")[span[0]:span[1]]
    return ""
