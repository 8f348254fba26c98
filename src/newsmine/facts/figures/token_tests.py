"""Tests on the tokens around a number that tell a figure from a code, a label or a date: digits
glued to a word ("F1", "ĐT607"), an acronym naming a scope ("bậc THCS 390 người"), a label's
number ("khoản 3"), a day and month ("30/4") and a second date joined to it ("30/4 - 1/5"). Split
off candidates.py, which reads quantities with them."""

import re

from ...textnorm import normalize_tones
from ..places import gazetteer
from .quantities import _Quantity
from .tokens import _RANGE_DASHES, _match_at, _splits_word, _Tok
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


def _after_a_place(toks: list[_Tok], i: int) -> bool:
    """Whether the number at toks[i] follows the name of a province or a country and comes
    before a lower-case noun: such a name takes no number, so one after it opens a count, as
    in a list of places each with its own ("tỉnh Quảng Nam 16 dự án", "Hà Nam 5 ca, Hà Nội 1
    ca", "nâng triển vọng của Việt Nam hai bậc"); "Sư phạm Hà Nội 1, …" names a school, and a
    word between two numbers joins them ("bảo hành 1 đổi 1")."""
    if i + 1 >= len(toks) or toks[i + 1].kind != "word" or not toks[i + 1].text[:1].islower():
        return False
    if i + 2 < len(toks) and toks[i + 2].kind == "num":
        return False
    places = gazetteer()
    for size in range(1, PLACE_WORDS + 1):
        words = toks[i - size:i] if i >= size else []
        if not words or any(t.kind != "word" or not t.text[:1].isupper() for t in words):
            return False
        name = normalize_tones(" ".join(t.text for t in words))
        if name in places.provinces or name in places.countries:
            return True
    return False


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


PLACE_WORDS = 4  # "Bà Rịa - Vũng Tàu" aside, a province or country is at most four words
WORK_TIMES = ("giờ", "phút", "ngày", "đêm")  # units of time a job or a service is counted in
MILLION = 1_000_000  # a bare amount in millions after a word of money is in đồng; hours in millions are of work


def _counted_anyway(toks: list[_Tok], k: int, q: _Quantity, compounds) -> bool:
    """Whether a word of figure_not_items.txt at toks[k] is counted all the same: a compound of
    it ("ngày công", "kỳ họp"), or a time noun counting hours (days …) of work or use, not a
    length of time: a number in millions before it ("1 triệu giờ làm việc an toàn", "4 triệu
    giờ huấn luyện") measures no span a clause lasts; "28 ngày", "3 giờ" stay durations
    (GOLD.md: optional)."""
    if _match_at(toks, k, compounds):
        return True
    return q.scale_factor >= MILLION and not q.slash and toks[k].low in WORK_TIMES


def _per(toks: list[_Tok], k: int, denominators: tuple) -> bool:
    """Whether toks[k:k+2] divide the unit before them by one of denominators ("km/h", "mg/l"); a mass
    per thing stays a mass ("400gram/quả", "50 kg/bao")."""
    return k + 1 < len(toks) and toks[k].low == "/" and toks[k].glued and toks[k + 1].low in denominators


def _sentence_case_noun(toks: list[_Tok], k: int, q: _Quantity, quoted: bool) -> bool:
    """Whether toks[k] opens a common noun written in sentence case, its first syllable alone
    capitalised ("229 Công viên địa chất toàn cầu", "10 Chương trình công tác"): the capital and
    the lower-case syllable after it make one dictionary word, and no name follows it; a name
    capitalises every syllable ("tổ 5 Nam Sơn"), and a head before a name is a body's or a
    title's ("hai Chính phủ Việt Nam - Trung Quốc", "Á hậu 1 Hoa hậu Việt Nam"). Digits only, not
    in quotes: "hai Nhà nước", "Hai Thủ tướng" are the two sides of a meeting, and a quoted
    title is written in sentence case ("tập 13 “Bài hát đầu tiên”")."""
    if q.words or quoted or k + 1 >= len(toks) or toks[k].kind != "word" or toks[k].text.isupper():
        return False
    after = toks[k + 1]
    if k + 2 < len(toks) and toks[k + 2].kind == "word" and toks[k + 2].text[:1].isupper():
        return False
    return after.kind == "word" and after.text[:1].islower() and _splits_word(toks, k + 1)
