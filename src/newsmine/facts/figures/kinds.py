"""The kind of a figure: a `change` (tăng/giảm … so với), a `target` (kế hoạch, mục tiêu, đến
năm … đạt), a `share` (tỷ lệ, x/y, a percentage of something) or a `level` (everything else),
read from the words around the number with the cues of figure_kinds.tsv."""

from functools import lru_cache

from .candidates import _Found, _Sentence
from .tokens import Phrases, _match_at, _match_before, _tokens, _words_at
from .wordlists import _lexicons, _phrases_by_kind

KINDS = ("level", "change", "target", "share")
FUTURE_CUE = ("đến", "năm")  # "đến năm 2030 đạt 90%": a goal when the year is still to come


@lru_cache(maxsize=1)
def _cues() -> dict[str, Phrases]:
    return _phrases_by_kind("figure_kinds.tsv")


def _has(words: list, phrases, blocked=frozenset()) -> bool:
    """Whether a phrase of `phrases` occurs in `words` outside a phrase of `blocked`."""
    covered = set()
    for k in range(len(words)):
        n = _match_at(words, k, blocked, 5)
        covered.update(range(k, k + n))
    return any(_match_at(words, k, phrases, 3) and k not in covered for k in range(len(words)))


def _is_target(sent: _Sentence, f: _Found, published_year: int | None) -> bool:
    toks = sent.toks
    before = toks[: f.text_first]
    cues = _cues()
    if _has(before, cues.get("target_before", frozenset()), cues.get("not_target", frozenset())):
        return True
    for k in range(len(before) - 2):
        if _words_at(before, k, 2) == FUTURE_CUE and before[k + 2].kind == "num":
            year = before[k + 2].text
            if len(year) == 4 and year.isdigit() and published_year and int(year) > published_year:
                return True
    return False


def _is_change(sent: _Sentence, f: _Found, measure: str) -> bool:
    toks = sent.toks
    cues = _cues()
    if f.direction:
        return not _match_before(toks, f.text_first, cues.get("to_level", frozenset()), 2)
    words = _tokens(measure, 0, len(measure))
    return f.unit == "percent" and _has(words, cues.get("change_noun", frozenset()))


def _is_share(sent: _Sentence, f: _Found, measure: str) -> bool:
    toks = sent.toks
    if f.first + 2 < len(toks) and toks[f.first + 1].text == "/" and toks[f.first + 2].kind == "num":
        return f.unit != "rank"  # "15/15 chỉ tiêu"; "xếp thứ 45/63 tỉnh" is a place in a ranking
    if f.unit == "percent":
        return True
    words = _tokens(measure, 0, len(measure))
    return _has(words[:2], _cues().get("share_noun", frozenset()))


def figure_kind(sent: _Sentence, f: _Found, measure: str | None, published_year: int | None) -> str:
    """One of KINDS for the figure `f` of `sent`, whose measure is `measure`."""
    measure = measure or ""
    if _is_target(sent, f, published_year) or measure.startswith(_lexicons().labels.get("target", "\0")):
        return "target"
    if _is_change(sent, f, measure):
        return "change"
    if _is_share(sent, f, measure):
        return "share"
    return "level"
