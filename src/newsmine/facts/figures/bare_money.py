"""Bare amounts of money: millions written without "đồng" whose clause says they are money
("bị phạt 50 triệu", "mức học phí nhích lên 2-5 triệu mỗi năm")."""

from .tokens import _CLOSE_QUOTES, _RANGE_DASHES, _match_at, _match_before, _Tok
from .wordlists import _lexicons

# Words that may follow a bare amount of money in its clause: the beneficiary, the purpose, the rate.
_AFTER_BARE_MONEY = ("cho", "để", "mỗi", "một")


def money_said_before(toks: list[_Tok], i: int, j: int) -> bool:
    """Whether a bare amount toks[i:j] ends its clause right after a word that only money
    follows (figure_money_words.txt: "phạt", "trị giá")."""
    ends = j >= len(toks) or (toks[j].kind == "punct" and (toks[j].text in ",.;:!?)" or toks[j].text in _CLOSE_QUOTES)) \
        or toks[j].low in _AFTER_BARE_MONEY  # "ủng hộ 50 triệu cho quỹ", "hỗ trợ 3 triệu mỗi tháng"
    if not ends:
        return False
    i = _amount_start(toks, i)
    return bool(_match_before(toks, i, _lexicons().money_words, 2)) or _money_noun_in_clause(toks, i)


def _amount_start(toks: list[_Tok], i: int) -> int:
    """Where the amount starting at toks[i] begins with its qualifier and the first end of its
    range: "mất [hơn] 200 triệu", "nhích lên [2-]5 triệu"."""
    if i >= 2 and toks[i - 1].text in _RANGE_DASHES and toks[i - 2].kind == "num":
        i -= 2
    return i - _match_before(toks, i, _lexicons().qualifiers_before)


# How far back a noun of money may stand in the clause of a bare amount ("mức học phí cũng
# nhích lên 2-5 triệu mỗi năm"), and the nouns of money too loose to say it ("mức tăng",
# "thu hút", "nguồn tin").
MONEY_NOUN_REACH = 6
_LOOSE_MONEY = frozenset({"mức", "thu", "nguồn"})


def _money_noun_in_clause(toks: list[_Tok], i: int) -> bool:
    """Whether a noun of money (figure_measure_cues.tsv money: "học phí", "giá") stands a few
    words before toks[i] with no mark between, so the bare millions are its amount."""
    money = _lexicons().cues.get("money", frozenset())
    for k in range(i - 1, max(-1, i - 1 - MONEY_NOUN_REACH), -1):
        if toks[k].kind == "punct":
            return False
        if toks[k].low not in _LOOSE_MONEY and _match_at(toks, k, money, 2):
            return True
    return False
