"""Bare amounts of money: millions written without "đồng" whose clause says they are money
("bị phạt 50 triệu", "mức học phí nhích lên 2-5 triệu mỗi năm"), and prices per unit written in
thousands without it ("giá vé là 15.000/người")."""

import re

from .tokens import _CLOSE_QUOTES, _RANGE_DASHES, _match_at, _match_before, _Tok
from .wordlists import _lexicons

# Words that may follow a bare amount of money in its clause: the beneficiary, the purpose, the rate.
_AFTER_BARE_MONEY = ("cho", "để", "mỗi", "một")


def money_said_before(toks: list[_Tok], i: int, j: int, millions: bool = True) -> bool:
    """Whether a bare amount toks[i:j] ends its clause right after a word that only money
    follows (figure_money_words.txt: "phạt", "trị giá"), or is a price per unit whose sentence
    names a price before it (`_per_unit`)."""
    if per_unit(toks, i, j):
        return _money_noun_in_clause(toks, _amount_start(toks, i), commas=True)
    if not millions:
        return False
    ends = j >= len(toks) or (toks[j].kind == "punct" and (toks[j].text in ",.;:!?)" or toks[j].text in _CLOSE_QUOTES)) \
        or toks[j].low in _AFTER_BARE_MONEY  # "ủng hộ 50 triệu cho quỹ", "hỗ trợ 3 triệu mỗi tháng"
    if not ends:
        return False
    i = _amount_start(toks, i)
    return bool(_match_before(toks, i, _lexicons().money_words, 2)) or _money_noun_in_clause(toks, i, commas=True)


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


def _money_noun_in_clause(toks: list[_Tok], i: int, commas: bool = False) -> bool:
    """Whether a noun of money (figure_measure_cues.tsv money: "học phí", "giá") stands a few
    words before toks[i] with no mark between, so the bare millions are its amount; with
    `commas`, twice as far and across the comma right before the amount, which then stands in
    apposition to the price ("bán với giá cao hơn, khoảng 23-26 triệu")."""
    money = _lexicons().cues.get("money", frozenset())
    reach = 2 * MONEY_NOUN_REACH if commas else MONEY_NOUN_REACH
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if toks[k].kind == "punct" and not (commas and toks[k].text == "," and _leads_amount(toks, k + 1, i)):
            return False
        if toks[k].low not in _LOOSE_MONEY and _match_at(toks, k, money, 2):
            return True
    return False


# Words that may stand between a comma and the amount in apposition to a price ("giá rẻ, chỉ
# chưa đến 100.000/kg", "…, vào khoảng 5 triệu"), with a range's first end ("…, từ 200.000 đến").
_APPOSITION_LEADS = frozenset({"chỉ", "vào", "từ", "đến"})


def _leads_amount(toks: list[_Tok], k: int, i: int) -> bool:
    return all(t.low in _APPOSITION_LEADS or t.kind == "num" for t in toks[k:i])


# A price per unit: a whole number in thousands written with its groups, then a slash and a
# lower-case word ("15.000/người", "100.000/kg"); "10.000/ngày" counts cases as often, so the
# sentence must name a price before it.
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def per_unit(toks: list[_Tok], i: int, j: int) -> bool:
    return j == i + 1 and j + 1 < len(toks) and bool(_THOUSANDS.fullmatch(toks[i].text)) \
        and toks[j].text == "/" and toks[j + 1].kind == "word" and toks[j + 1].text[:1].islower()
