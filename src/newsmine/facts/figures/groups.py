"""Groups counted by their members: after "nhóm", "top" or "xếp hạng" (figure_group_cues.tsv) a
number followed by a counted noun in lower case counts ("nhóm 20 nền kinh tế", "top 10 thương
hiệu"); followed by nothing countable or by a scope it labels a group or a place ("nhóm 1",
"Top 10 Sao Khuê", "top 5 thế giới")."""

from functools import lru_cache

from .tokens import Phrases, _match_at, _match_before, _Tok
from .wordlists import _lexicons, _phrases_by_kind


@lru_cache(maxsize=1)
def _group_words() -> dict[str, Phrases]:
    return _phrases_by_kind("figure_group_cues.tsv")


def counts_members(toks: list[_Tok], i: int) -> bool:
    """Whether the number at toks[i], after a group cue, counts the noun written after it."""
    words, lex = _group_words(), _lexicons()
    k = i + 1
    if not _match_before(toks, i, words["cue"]) or k >= len(toks):
        return False
    noun = toks[k]
    return noun.kind == "word" and not noun.glued and noun.text[:1].islower() \
        and noun.low not in lex.number_words \
        and not _match_at(toks, k, lex.not_items) and not _match_at(toks, k, words["scope"])
