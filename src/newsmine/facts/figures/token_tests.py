"""Tests on the tokens around a number that tell a figure from a code, a label or a date: digits
glued to a word ("F1", "ĐT607"), an acronym naming a scope ("bậc THCS 390 người"), a label's
number ("khoản 3"), a day and month ("30/4") and a second date joined to it ("30/4 - 1/5"). Split
off candidates.py, which reads quantities with them."""

import re

from .quantities import _Quantity
from .tokens import _RANGE_DASHES, _Tok
from .wordlists import _lexicons


def _glued_code(toks: list[_Tok], k: int) -> int:
    """How many tokens from toks[k] continue the word before them with no space: digits ("F1")
    or a dash and digits ("Covid-19"); 0 if none."""
    t = toks[k]
    if not t.glued or toks[k - 1].kind != "word":
        return 0
    if t.kind == "num":
        return 1
    if t.text == "-" and k + 1 < len(toks) and toks[k + 1].glued and toks[k + 1].kind == "num":
        return 2
    return 0


def _label_like(toks: list[_Tok], q: _Quantity) -> bool:
    """Whether the quantity could be a label's number ("khoản 3", "Điều 79.2"). One with a
    multiplier, grouped thousands or a decimal comma ("ở mức 331,5 triệu người", "dân số 5.590
    người", "mỗi năm 144.000 người", "ở mức 91,18 điểm") measures something whatever word stands
    before it."""
    if q.words:
        return True
    measured = q.scale_factor != 1 or re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+,[0-9]+", toks[q.first].text)
    return not measured


def _scope_acronym(toks: list[_Tok], i: int) -> bool:
    """Whether the word before the number at toks[i] is an acronym naming a scope ("bậc THCS 390
    người", "HĐND 3 địa phương"), not a code: the number is short or grouped ("486567" is a code)."""
    prev, number = toks[i - 1].text, toks[i].text
    if not (len(prev) >= 2 and prev.isupper()) or toks[i].kind != "num":
        return False
    return len(number) <= 4 or "." in number


# Words after "lần" that make it "this time", "the first time", "once more": no count of times.
_NOT_TIMES_AFTER = ("này", "đầu", "nữa", "lượt", "thứ", "cuối", "trước", "sau")


def _counts_times(toks: list[_Tok], i: int) -> bool:
    """Whether the number at toks[i] counts times ("Myanmar 1 lần", "FPT Telecom 3 lần liên
    tiếp"): a name's number is never followed by "lần", but "2020 lần này" is this time."""
    k = i + 1
    if k >= len(toks) or toks[k].low not in _lexicons().ratio_counters:
        return False
    return k + 1 >= len(toks) or toks[k + 1].low not in _NOT_TIMES_AFTER


def _glued_rejects(toks: list[_Tok], i: int) -> bool:
    """Digits glued to letters, to a code or to a slash compound: "ĐT607", "COVID-19", "0214…"."""
    t = toks[i]
    if i and t.glued and toks[i - 1].kind == "word":
        return True
    if i >= 2 and t.glued and toks[i - 1].glued:
        mark, before = toks[i - 1].low, toks[i - 2].kind
        if (mark == "-" and before == "word") or (mark == "/" and before in ("word", "num")):
            return True
        if mark == "-" and i >= 3 and before == "num" and toks[i - 2].glued and toks[i - 3].kind == "word":
            return True  # "B61-12", "i7-10700": the second part of a code
    return len(t.text) >= 3 and t.text[0] == "0" and t.text[1].isdigit()  # phones, codes


def _is_day_month(toks: list[_Tok], k: int) -> bool:
    """Whether toks[k:k+3] is a day and month "30/4"."""
    if k < 0 or k + 2 >= len(toks) or toks[k].kind != "num" or toks[k + 1].low != "/" or toks[k + 2].kind != "num":
        return False
    day, month = toks[k].text, toks[k + 2].text
    return day.isdigit() and month.isdigit() and 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _second_date(toks: list[_Tok], i: int) -> bool:
    """Whether the day and month at toks[i] follows another one it is joined to: "30/4 - 1/5",
    "30/4 và 1/5" name two days, not a share of five."""
    k = i - 1
    if k >= 0 and (toks[k].low in _RANGE_DASHES or toks[k].low in ("và", ",") or toks[k].low in _lexicons().range_to):
        k -= 1
    return k != i - 1 and _is_day_month(toks, k - 2) and _is_day_month(toks, i)
