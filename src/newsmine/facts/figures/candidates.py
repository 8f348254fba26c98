"""Candidates: the sentence the quantities are read in (`_Sentence`: its tokens, units and
counted noun phrases), the quantities of a sentence (read by quantities.py) and the
classification of each quantity into a figure (`_Found`: unit, counted noun,
range, rank, qualifier and surface) or its rejection, with the reason."""

import math
import re
from dataclasses import dataclass

from ..trace import reject
from .bare_money import money_said_before, per_unit
from .groups import counts_members
from .numbers import parse_number
from .periods import _year
from .quantities import _Quantity, _read_digits, _read_words, counted_range
from .token_tests import (
    MILLION,
    _after_a_place,
    _counted_anyway,
    _counts_times,
    _glued_code,
    _glued_rejects,
    _label_like,
    _per,
    _scope_acronym,
    _second_date,
    _sentence_case_noun,
)
from .tokens import (
    _CLOSE_QUOTES,
    _OPEN_QUOTES,
    _RANGE_DASHES,
    _abbreviation_period,
    _match_at,
    _match_before,
    _paired_across,
    _splits_word,
    _Tok,
    _tokens,
    _word_end,
    _words_at,
)
from .wordlists import _lexicons

MAX_ITEM_WORDS = 6
AROUND_THE_CLOCK = ((24, 24), (24, 7))  # "trực 24/24", "phục vụ 24/7": always, no quantity
PEOPLE = ("person", "household")  # GOLD.md's units of counted people
_NAME_JOINS = ("-", "–", ".")  # "vòng 5 V-League", "V.League": a unit joined to a name is none
PART_OF = (("trong", "số"), ("trong",), ("trên",))  # "3 trong số 6 người", "2 trên 5 cơ sở": a part
PER_TIME = ("h", "giờ", "s", "giây", "phút")  # "km/h", "m/s": a speed
PER_AMOUNT = ("l", "lít", "ml", "m3", "kg")  # "40mg/l", "0,3 mg/l khí thở", "5mg/kg": a concentration or a dose
# a unit divided by one of these is a rate GOLD.md has no unit for: counted, the rate as item
RATES = {"km": (PER_TIME, "a speed (figure_units.tsv length per time): count"),
         "m": (PER_TIME, "a speed (figure_units.tsv length per time): count"),
         "kg": (PER_AMOUNT, "a concentration (figure_units.tsv mass per volume or mass): count")}
RATE_DENOMINATOR = 100  # "1/500", "1/1.000 trẻ": one in so many is a rate or a scale, not one thing


# ---------------------------------------------------------------- sentences


def _split_scale_units(toks: list[_Tok]) -> list[_Tok]:
    """A scale word run into its unit after a number ("192tỷđồng", "63,2 triệuđồng"), a space a
    page lost, cut into the two words the grammar reads."""
    lex = _lexicons()
    out: list[_Tok] = []
    for t in toks:
        after_number = t.kind == "word" and out and out[-1].kind == "num"
        scale = next((w for w in lex.multipliers if t.low.startswith(w)), None) if after_number else None
        if scale and t.low[len(scale):] in lex.units:
            cut = t.start + len(scale)
            out.append(_Tok(t.text[:len(scale)], scale, t.start, cut, "word", t.glued))
            out.append(_Tok(t.text[len(scale):], t.low[len(scale):], cut, t.end, "word", True))
        else:
            out.append(t)
    return out


COUNTED = ("count", "person", "household")  # the units of a counted noun


@dataclass
class _Found:
    """A figure found in a sentence; all positions are token indices."""

    value: float
    unit: str
    first: int  # the number's first token
    last: int  # after the number and its unit
    item: str | None = None
    item_end: int | None = None  # after the counted noun phrase
    unit_first: int | None = None  # the unit's first token
    np_start: int | None = None  # the noun phrase after a percentage ("100% xã")
    np_end: int | None = None
    partner_first: int | None = None  # the other end of a range
    change: bool = False  # the range is a change from an old value to a new one ("từ 32 lên 36")
    qualifier: str | None = None
    direction: str | None = None
    text_first: int = 0  # the surface: qualifier … unit or item
    text_last: int = 0
    rule: str = ""  # what made it a figure: the unit's lexicon entry, a counted noun …
    unit_item: bool = False  # the item is a unit outside GOLD.md's list ("900Mbps", "60 km/h")
    said_of: tuple[int, int] | None = None  # the "số <noun>" subject a bare number is said of (elided.py)

    @property
    def counted(self) -> bool:
        """A count of things, people or households (a counted noun), not an amount or a share."""
        return self.unit in COUNTED


class _Sentence:
    """One sentence's tokens, with what the grammar needs to know about its line."""

    def __init__(self, text: str, low: str, start: int, end: int, all_caps: bool):
        self.text, self.low = text, low  # the article text, and its lower case (same length)
        self.start, self.end = start, end
        self.toks = _split_scale_units(_tokens(text, start, end))
        self.all_caps = all_caps
        self.period_starts: set[int] = set()
        self.period_spans: list[tuple[int, int]] = []  # character spans of period expressions
        self.cue_spans: dict[str, list[tuple[int, int]]] = {}

    # -- units
    def unit_at(self, j: int, pos: int):
        """(unit, factor, token index after the unit) for a unit starting at char pos."""
        lex = _lexicons()
        m = lex.unit_pattern.match(self.low, pos, self.end)
        if not m:
            toks = self.toks
            if j + 1 < len(toks) and toks[j].low in lex.person_modifiers:
                # "3 tân Phó Cục trưởng", "2 cựu Chủ tịch": a modifier before a noun for people
                unit = self.unit_at(j + 1, toks[j].end)
                return unit if unit and unit[0] == "person" else None
            return None
        if m.group(1) in lex.letter_cases and self.text[m.start(1):m.end(1)] != lex.letter_cases[m.group(1)]:
            return None  # a one-letter unit only in its own case: "650g" weighs, "5G" names a network; "5nm", not "138 Nm"
        unit, factor = lex.units[m.group(1)]
        end = m.end()
        k = j
        while k < len(self.toks) and self.toks[k].start < end:
            k += 1
        if _match_at(self.toks, j, lex.not_units):
            return None  # "3 khách sạn" counts hotels
        if unit == "person" and k == j + 1 and k < len(self.toks) and self.toks[j].low in lex.person_modifiers:
            noun = self.unit_at(k, self.toks[j].end)  # "4 nữ đồng nghiệp": the noun after "nữ"
            if noun and noun[0] == "person":
                return noun
        return unit, factor, k

    def is_item_word(self, t: _Tok) -> bool:
        if t.kind != "word":
            return False
        if self.all_caps:
            return True
        if t.text[:1].islower():
            return True
        return t.text.isupper() and len(t.text) >= 2

    def item_phrase(self, j: int, named: bool = False) -> int:
        """Token index after the counted noun phrase starting at toks[j]; a `named` phrase
        ("Ban Trị sự huyện") may hold capitalised words."""
        lex = _lexicons()
        toks = self.toks
        k, words = j, 0
        while k < len(toks) and words < MAX_ITEM_WORDS:
            t = toks[k]
            breaker = _match_at(toks, k, lex.breakers)
            if breaker == 1 and _splits_word(toks, k):
                breaker = 0  # "kế hoạch đề ra", "vụ cháy xảy ra": the second syllable of a word
            if k > j and (breaker or t.start in self.period_starts):
                break
            nq = _match_at(toks, k, lex.qualifiers_before)
            if k > j and nq and k + nq < len(toks) and toks[k + nq].kind == "num":
                break
            word = t.kind == "word" and (named or (k > j and t.text.isupper()))
            glued = _glued_code(toks, k) if k > j else 0
            if glued:  # "trường hợp F1", "ca mắc Covid-19": a code written onto the noun
                k += glued
                continue
            if k > j and t.text == "-" and t.glued and k + 1 < len(toks) and toks[k + 1].glued \
                    and toks[k + 1].kind == "word":  # "vắc-xin": one word written with a hyphen
                k += 2
                continue
            if k > j and _abbreviation_period(toks, k):  # "5 cơ sở tại TP. Hồ Chí Minh": the city's name
                k += 1
                while k < len(toks) and toks[k].kind == "word" and toks[k].text[:1].isupper():
                    k, words = k + 1, words + 1
                continue
            if not self.is_item_word(t) and not word:
                if t.kind == "punct" and t.text == "," and k > j:
                    m = _paired_across(toks, k, lex.paired, lex.paired_phrases)
                    if m:  # "hồ sơ công trình, sáng kiến", "lực lượng phòng, chống dịch"
                        k += 1 + m
                        words += m
                        continue
                break
            k += 1
            words += 1
        if words >= MAX_ITEM_WORDS and k < len(toks) and self.is_item_word(toks[k]) \
                and toks[k].start not in self.period_starts and _splits_word(toks, k):
            k += 1  # "dịch vụ công trực tuyến toàn trình": the cap never cuts a word in two
        return k


# ---------------------------------------------------------------- candidates


def _blocked_as_name(sent: _Sentence, i: int) -> bool:
    """Whether the number at toks[i] is part of a name, label, date or period when no
    measurement unit follows ("Quốc lộ 12", "khoản 3", "năm 2022", "Nghị định 77")."""
    lex = _lexicons()
    toks = sent.toks
    n = _match_before(toks, i, lex.name_cues)
    if n and (_match_before(toks, i, lex.not_name_cues) > n or counts_members(toks, i)):
        n = 0  # "trong vòng 3 ngày": within, not a round; "nhóm 20 nền kinh tế" counts
    if n and i + 1 < len(toks) and toks[i + 1].low == "tầng" and (i + 2 >= len(toks) or toks[i + 2].kind != "num"):
        n = 0  # "căn nhà 4 tầng", "tòa nhà 4 tầng": storeys counted, where "tầng 4" would name one
    if n:  # "8 tầng 33 phòng": a cue counted by the number before it names nothing ("khoản 3 điều 8" does)
        counted = i > n and toks[i - n - 1].kind == "num" and not _blocked_as_name(sent, i - n - 1)
        if not counted:
            return True
    if i >= 2 and toks[i - 1].low in _RANGE_DASHES and _match_before(toks, i - 1, lex.name_cues):
        return True  # "Covid - 19": a name joined to its number by a dash
    if i and toks[i - 1].low == "số":
        before = toks[i - 2].low if i >= 2 else ""
        return before not in lex.count_heads_after_so
    if i and toks[i - 1].kind == "word" and not sent.all_caps:
        prev = toks[i - 1].text
        sentence_initial = i == 1
        # a capital anywhere in the word names a thing: "Quảng Nam 16", "iPhone 12", "OnePlus 9"
        if any(c.isupper() for c in prev) and not sentence_initial and not (
            _match_before(toks, i, lex.qualifiers_before)
            or _match_before(toks, i, lex.directions)
            or _scope_acronym(toks, i)
            or counts_members(toks, i)  # "Top 10 thương hiệu"
            or _counts_times(toks, i)  # "Myanmar 1 lần"
            or _after_a_place(toks, i)  # "tỉnh Quảng Nam 16 dự án"
            or "." in toks[i].text  # "tại Lâm Đồng 1.794 người": a name never holds a grouped number
        ):
            return True
    return False


def _digits_quantity(sent: _Sentence, i: int) -> tuple[_Quantity | None, int]:
    """The quantity written with the digits at toks[i], and the token index to go on from.

    Slash compounds are dates (17/11/2023), ratios (15/15) or document numbers (645/QĐ-UBND);
    a dash pair after a day word is a date ("sáng 22-9")."""
    lex = _lexicons()
    toks, n = sent.toks, len(sent.toks)
    j = i
    while (
        j + 2 < n
        and toks[j + 1].low == "/"
        and toks[j + 2].kind == "num"
        and toks[j + 1].start - toks[j].end <= 1
        and toks[j + 2].start - toks[j + 1].end <= 1
    ):
        j += 2
    after = toks[j + 1] if j + 1 < n else None
    if after and after.glued and after.low in ("/", "-") and j + 2 < n and toks[j + 2].glued and toks[j + 2].kind == "word" \
            and not sent.unit_at(j + 1, toks[j].end) and not per_unit(toks, j, j + 1):  # "6,5-inch" is a size, "15.000/vé" a price
        return _not_a_figure(sent, i, j + 2, "a document number"), j + 3
    parts = (j - i) // 2 + 1
    day_word = i > 0 and toks[i - 1].low in lex.day_words
    if parts >= 3:
        return _not_a_figure(sent, i, j, "a date"), j + 1
    if parts == 2:
        if _second_date(toks, i):
            return _not_a_figure(sent, i, j, "a date joined to the date before it"), j + 1
        q = None if day_word else _slash_quantity(sent, i, j)
        return q, (i + 1 if q else j + 1)
    dashed = after and after.low == "-" and after.glued and j + 2 < n and toks[j + 2].glued and toks[j + 2].kind == "num"
    if day_word and dashed and not _measured_after(sent, j + 3) and not counted_range(toks, i, j + 3):
        return None, j + 3  # "từ 22-9" is a date; "từ 5-6 triệu đồng" a range
    return _read_digits(toks, i), i + 1


def _measured_after(sent: _Sentence, k: int) -> bool:
    """Whether toks[k] starts a unit or a multiplier ("… 6 triệu đồng", "… 90%")."""
    toks = sent.toks
    if k >= len(toks):
        return False
    return toks[k].low in _lexicons().multipliers or sent.unit_at(k, toks[k - 1].end) is not None


def _sentence_quantities(sent: _Sentence) -> list[_Found]:
    """The figures of one sentence, before measure and period."""
    lex = _lexicons()
    toks, n = sent.toks, len(sent.toks)
    out: list[_Found] = []
    i = 0
    while i < n:
        t = toks[i]
        q, next_i = None, i + 1
        if t.kind == "num" and not _glued_rejects(toks, i):
            q, next_i = _digits_quantity(sent, i)
        elif t.kind == "word" and t.low in lex.number_words and (t.text[:1].islower() or sent.all_caps or i == 0):
            if i and toks[i - 1].low in lex.vague:  # "hàng trăm", "vài nghìn"
                while next_i < n and toks[next_i].kind == "word" and toks[next_i].low in lex.number_words:
                    next_i += 1
            elif not _match_at(toks, i, lex.idioms):
                q = _read_words(toks, i)
                next_i = q.last if q else next_i
        found = _classify(sent, q) if q else None
        if found:
            out.append(found)
            next_i = max(next_i, found.last)
        i = max(next_i, i + 1)
    return out


def _slash_quantity(sent: _Sentence, i: int, j: int) -> _Quantity | None:
    """A ratio "15/15 chỉ tiêu" (count, the numerator) or a rank "24/63"; None otherwise."""
    toks = sent.toks
    try:
        a, b = parse_number(toks[i].text), parse_number(toks[j].text)
    except ValueError:
        return None
    if a > b or b == 0:
        return None
    if a == int(a) and 1 <= a <= 12 and _year(toks[j].text):
        return _not_a_figure(sent, i, j, "a month and year (9/2020)")
    if a == 1 and b >= RATE_DENOMINATOR:
        return _not_a_figure(sent, i, j, "a rate or a map scale (1/1.000, quy hoạch 1/500), not a count of one")
    if a < b and _match_at(toks, j + 1, _lexicons().fraction_wholes):
        return _not_a_figure(sent, i, j + 1, "a fraction of a whole (figure_fraction_wholes.txt)")
    return _Quantity(a, i, j + 1, slash=(a, b))


def _per_round(part: float, whole: float) -> bool:
    """Whether a share "x/1.000", "x/100.000 dân" is a rate: its whole a round base (a power of ten
    from RATE_DENOMINATOR up) larger than the part, not the size of a group ("100/100 học sinh")."""
    return RATE_DENOMINATOR <= whole != part and math.log10(whole) == int(math.log10(whole))


def _not_a_figure(sent: _Sentence, first: int, last: int, reason: str) -> None:
    """Record why the number at toks[first:last] is not a figure; return None."""
    toks = sent.toks[first:min(last + 1, len(sent.toks))]
    if toks:
        reject("figures", sent.text[toks[0].start:toks[-1].end], reason)


def _classify(sent: _Sentence, q: _Quantity) -> _Found | None:
    """Unit, item and surface of a quantity, or None if it is not a figure."""
    lex = _lexicons()
    toks = sent.toks
    i, j = q.first, q.last
    n = len(toks)
    pos = toks[j - 1].end
    rank = _match_before(toks, i, lex.rank_cues)
    # a letter glued to the digits must be a unit ("105ha", "55.000đ"), not "2G", "14h30"
    if j < n and toks[j].glued and toks[j].kind == "word":
        u = sent.unit_at(j, pos)
        if not u or u[2] <= j:
            return _not_a_figure(sent, i, j, "letters glued to the digits that are not a unit (a code, a time)")
    unit = sent.unit_at(j, pos)
    if q.slash and unit and (sent.text[pos:toks[unit[2] - 1].end].strip().lower(),) in lex.cues.get("specification", ()):
        return _not_a_figure(sent, i, unit[2] - 1, "a pair of specifications (RAM/storage: 6/64GB)")
    if q.slash and unit and (unit[0] not in PEOPLE or _per_round(*q.slash)):
        unit = None  # "15/15 chỉ tiêu" counts targets, "12,9/100.000 dân" is a rate; "6/17 người" six people
    year_like = (
        not q.words and q.scale_factor == 1 and re.fullmatch(r"\d{4}", toks[i].text) and _year(toks[i].text)
    )
    blocked = _label_like(toks, q) and _blocked_as_name(sent, i)
    if unit:
        return _with_unit(sent, q, unit, blocked)
    if q.has_billion and not q.slash and not _match_at(toks, j, lex.item_compounds) \
            and not _match_at(toks, j, lex.not_money_after_scale):
        # but "6,3 tỷ lượt xem" counts
        return _finish(sent, _Found(q.value, "VND", i, j, rule="a number with a scale word of money"))
    if not q.slash and money_said_before(sent.toks, i, j, q.scale_factor >= MILLION):
        # "bị phạt 50 triệu", "lô hàng trị giá 54 triệu": money whose "đồng" is left out
        return _finish(sent, _Found(q.value, "VND", i, j, rule="millions after a word of money"))
    found = _range_or_change(sent, q, year_like)
    if found is not False:
        return found
    if j < n and _match_at(toks, j, lex.grades):
        return _not_a_figure(sent, i, j, "a grade (figure_grades.txt)")
    if rank:
        ordinal = _words_at(toks, i - rank, rank)[-1] in ("thứ", "trí", "số")  # "vị trí (số) 47 tụt xuống"
        counted = j < n and sent.is_item_word(toks[j]) and not _match_at(toks, j, lex.not_items)
        if q.slash or ordinal or not counted:  # "xếp thứ 24/63"; but "xếp hạng 3 sao" counts stars
            return _finish(sent, _Found(q.value, "rank", i, j, rule="figure_rank_cues.txt: a rank"))
    if q.slash in AROUND_THE_CLOCK:
        return _not_a_figure(sent, i, j, "around the clock (24/24, 24/7), not a count")
    if blocked or year_like or (rank and q.slash):
        return _not_a_figure(sent, i, j, "a year" if year_like else "part of a name, label or date"
                             if blocked else "a rank written as x/y")
    return _part_of(sent, q) or _counted(sent, q)


def _part_of(sent: _Sentence, q: _Quantity) -> _Found | None:
    """A part of a counted whole, counted in the whole's unit: "cứu được 3 trong số 6 người",
    "23 trong số 32 quốc gia", "đóng cửa 2 trên 5 cơ sở", "3 trong 9 người"; None otherwise."""
    lex = _lexicons()
    toks, j = sent.toks, q.last
    form = next((f for f in PART_OF if _words_at(toks, j, len(f)) == f), None)
    if q.slash or form is None or (len(form) == 1 and (q.value < 2 or q.value % 1)):
        return None  # "1 trong 50 điểm đến": one of them, a membership, as "một trong"
    k = j + len(form)
    k += _match_at(toks, k, lex.collectives)  # "trong số nhóm 6 người"
    whole = None
    if k < len(toks) and toks[k].kind == "num" and not _glued_rejects(toks, k):
        whole = _read_digits(toks, k)
    elif k < len(toks) and toks[k].kind == "word" and toks[k].low in lex.number_words:
        whole = _read_words(toks, k)
    found = _classify(sent, whole) if whole is not None else None
    if found is None or not found.counted or (len(form) == 1 and whole.value <= q.value):
        return None  # "xe đẩy 4 trong 1": a name, no part
    part = _Found(q.value, found.unit, q.first, q.last, item=found.item, rule=f"a part of a whole ({found.rule})")
    return _finish(sent, part)


def _with_unit(sent: _Sentence, q: _Quantity, unit: tuple, blocked: bool) -> _Found | None:
    """A quantity followed by a unit ("433 tỷ đồng", "235 học sinh")."""
    toks, i, j, n = sent.toks, q.first, q.last, len(sent.toks)
    name, factor, k = unit
    collective = _match_before(toks, i, _lexicons().collectives)  # "nhóm 6 người", "tổ 5 người"
    if name in ("person", "household") and blocked and not collective:
        return _not_a_figure(sent, i, k, "part of a name or label")
    if name in ("person", "household") and k == j + 1 < n and toks[j].text[:1].isupper() \
            and toks[k].text[:1].isupper() and not sent.all_caps:  # a headline in capitals has no names to tell
        return _not_a_figure(sent, i, k, "a number before a proper name")  # "tổ 5 Nam Sơn", not "12 Giám đốc"
    if i and _lexicons().units.get(toks[i - 1].low, ("",))[0] == "km":
        return _not_a_figure(sent, i, k, "a chainage (Km …)")
    if name == "count" and k + 1 < n and toks[k].low in _NAME_JOINS and toks[k].glued and toks[k + 1].glued \
            and toks[k + 1].kind == "word":
        return _not_a_figure(sent, i, k, "a name that starts with the unit's letters (V-League, V.League)")
    if name in RATES and _per(toks, k, RATES[name][0]):  # "18,5 km/h" is a speed, "40mg/l" a concentration
        found = _Found(q.value, "count", i, j, item=sent.text[toks[j].start:toks[k + 1].end], item_end=k + 2,
                       rule=RATES[name][1], unit_item=True)
        return _finish(sent, found)
    found = _Found(q.value * factor, name, i, k)
    found.unit_first = j
    found.rule = f"figure_units.tsv: {' '.join(t.low for t in toks[j:k])}"
    if name in ("person", "household"):
        found.item_end = sent.item_phrase(j) if j < n and toks[j].kind == "word" else k
        found.item_end = max(found.item_end, k)
    elif name == "count":  # "900Mbps", "2,8V": a unit outside GOLD.md's list is what is counted
        found.item, found.item_end = sent.text[toks[j].start:toks[k - 1].end].lstrip("-"), k
        found.unit_item = True
    return _finish(sent, found)


def _rate_after(toks: list[_Tok], k: int) -> bool:
    """Whether toks[k] is a slash that divides the figure before it by a word ("đồng/năm"), spaced
    or not ("200.000 đồng /kg", "1 triệu đồng / người"), or by one of a unit ("19 con/1kg",
    "4 người/1 phòng")."""
    if not (k + 1 < len(toks) and toks[k].low == "/"):
        return False
    after = toks[k + 1]
    if after.kind == "word":
        return toks[k].glued and after.glued or not after.text[:1].isupper()
    return after.kind == "num" and after.low == "1" and k + 2 < len(toks) and toks[k + 2].kind == "word" \
        and not toks[k + 2].text[:1].isupper()


def _range_or_change(sent: _Sentence, q: _Quantity, year_like) -> _Found | None | bool:
    """The first end of a range ("7,3 – 7,5%", "từ 10 đến 15 tỷ đồng") or the old value of a
    change ("tăng từ 32 lên 36 xã", "giảm từ 12,5 xuống còn 9,8%"), in the unit of the number
    after it; False when there is neither."""
    lex = _lexicons()
    toks, i, j, n = sent.toks, q.first, q.last, len(sent.toks)
    if q.slash or j + 1 >= n:
        return False
    if toks[j].low in _RANGE_DASHES or toks[j].low in lex.range_to:
        return _range(sent, q, year_like)
    change = _match_at(toks, j, lex.change_to) if i and toks[i - 1].low in lex.range_from else 0
    found = _range(sent, q, year_like, gap=change) if change and j + change < n else False
    if found:
        found.change = True
    return found


def _range(sent: _Sentence, q: _Quantity, year_like, gap: int = 1) -> _Found | None | bool:
    """The first end of a range whose second end, `gap` words on, names the unit; False when
    there is no range."""
    lex = _lexicons()
    toks, i, j = sent.toks, q.first, q.last
    k = j + gap
    k += _match_at(toks, k, lex.qualifiers_before)  # "từ 50 triệu đến hơn 60 triệu đồng"
    second = None
    if k >= len(toks):
        return False
    if toks[k].kind == "num" and not _glued_rejects(toks, k):
        second = _read_digits(toks, k)
    elif toks[k].kind == "word" and toks[k].low in lex.number_words:
        second = _read_words(toks, k)
    partner = _classify(sent, second) if second is not None else None
    if partner is None or partner.unit == "rank":
        return False
    if year_like and partner.unit == "count":
        return _not_a_figure(sent, i, partner.last, "a span of years")
    value = q.value
    if q.scale_factor == 1 and _shares_scale(q.value, second):
        value *= second.scale_factor  # "từ 10 đến 15 tỷ đồng"
    if second.value:
        value *= partner.value / second.value  # the unit's factor
    found = _Found(value, partner.unit, i, j)
    found.item = partner.item
    found.text_last = partner.text_last
    found.np_start, found.np_end = partner.np_start, partner.np_end  # "2-3% lượng phát thải": both ends' share of it
    found.partner_first = second.first
    found.rule = f"a range, its unit from the second end ({partner.rule})"
    return _finish(sent, found, in_range=True)


def _shares_scale(first: float, second: _Quantity) -> bool:
    """Whether a bare first end takes the scale word of the second ("từ 10 đến 15 tỷ"): it does
    when that puts it nearer the second end than it is without ("phạt từ 500.000 đến 50 triệu
    đồng", "từ 750.000 - 1 triệu đồng" are written in full on the first end)."""
    if first <= 0 or second.value <= 0:
        return True
    scaled = abs(math.log10(first * second.scale_factor / second.value))
    return scaled <= abs(math.log10(first / second.value))


def _counted(sent: _Sentence, q: _Quantity) -> _Found | None:
    """A quantity followed by a counted noun ("235 phòng học", "3 Nghị định"), or None."""
    lex = _lexicons()
    toks, i, j, n = sent.toks, q.first, q.last, len(sent.toks)
    k = j
    quoted = k < n and toks[k].text in _OPEN_QUOTES and toks[k + 1:k + 2] and toks[k + 1].kind == "word"
    if quoted:
        k += 1
    named = k < n and toks[k].text[:1].isupper() and bool(_match_at(toks, k, lex.capitalised_items)
                                                        or _sentence_case_noun(toks, k, q, quoted))
    if k >= n or not (sent.is_item_word(toks[k]) or named):
        return _not_a_figure(sent, i, j, "no unit or counted noun after the number")
    if _match_at(toks, k, lex.not_items) and not _counted_anyway(toks, k, q, lex.item_compounds):
        return _not_a_figure(sent, i, k, "the noun after it is not counted (figure_not_items.txt)")
    end = max(sent.item_phrase(k, named), k + _match_at(toks, k, lex.cues.get("currency", frozenset())))
    if end <= k:
        return _not_a_figure(sent, i, k, "no counted noun phrase after the number")
    if toks[k].low in lex.ratio_counters and _after_multiplication(toks, i):
        # "gấp 3 lần" multiplies; "ở lại lớp 2 lần", "3 lần thay đổi báo cáo" count
        return _not_a_figure(sent, i, k, "a ratio, not a count (figure_ratio_counters.txt)")
    item = sent.text[toks[k].start : toks[end - 1].end]
    found = _Found(q.value, "count", i, j, item=item, item_end=end, rule="a number before a counted noun")
    if quoted and end < n and toks[end].text in _CLOSE_QUOTES:
        found.item_end = end + 1
    return _finish(sent, found)


def _after_multiplication(toks: list[_Tok], i: int) -> bool:
    """Whether the number at toks[i] follows a verb of multiplying ("gấp 3", "tăng gần 2")."""
    lex = _lexicons()
    k = i - _match_before(toks, i, lex.qualifiers_before)
    return k > 0 and toks[k - 1].low in lex.multiplication


def _finish(sent: _Sentence, found: _Found, in_range: bool = False) -> _Found:
    """Qualifier, direction and the surface span of a figure."""
    lex = _lexicons()
    toks = sent.toks
    i = found.first
    first = i
    nq = _match_before(toks, i, lex.qualifiers_before)
    words = _words_at(toks, i - nq, nq) if nq else None
    # "có trên 1.500 hợp tác xã": after a link word or at a clause's start "trên" is "over", not "on"
    opens = words in lex.qualifiers_after_link and (
        i == nq or toks[i - nq - 1].kind == "punct" or _match_before(toks, i - nq, lex.links))
    # a unit counted as item is a measured amount ("vượt 0,3mg/l", "trên 900Mbps"), not a counted noun
    counted_noun = found.unit == "count" and not found.unit_item
    if words and not (counted_noun and words in lex.qualifiers_measure_only and not opens):
        found.qualifier = lex.qualifiers_before[words]
        first = i - nq
    end = found.item_end if found.unit == "count" and found.item_end else found.last
    end = max(end, found.text_last)
    # rate suffixes belong to the surface: "52 triệu đồng/năm", "5 triệu đồng/người/tháng"
    while _rate_after(toks, end):
        end += 2 if toks[end + 1].kind == "word" else 3  # "/1kg", "/1 phòng": per one of a unit
        if end < len(toks) and toks[end].kind == "num" and toks[end].glued:
            end += 1  # "đ/m3"
        end = _word_end(toks, end)  # "1.500 đồng/cổ phiếu", "5 triệu đồng/hợp đồng": the rate's whole word
    # a percentage takes the noun phrase it is a share of: "100% xã", "28,4% dự toán năm"
    if found.unit == "percent" and end < len(toks) and sent.is_item_word(toks[end]) and not _match_at(toks, end, lex.breakers) and not _match_at(toks, end, lex.qualifiers_after) \
            and toks[end].start not in sent.period_starts:  # "28,1% năm 2018": the period, no noun phrase
        found.np_start = end
        found.np_end = sent.item_phrase(end)
        end = max(end, found.np_end)
    elif found.unit in ("VND", "USD") and _match_at(toks, end, lex.cues.get("money", frozenset()), 2):
        # an amount of a named kind of money: "thổi bay 55.000 tỷ đồng doanh thu"
        found.np_start, found.np_end = end, sent.item_phrase(end)
    na = _match_at(toks, end, lex.qualifiers_after)
    if na:
        found.qualifier = lex.qualifiers_after[_words_at(toks, end, na)]
        if first and toks[first - 1].low in lex.range_from:
            first -= 1
        end += na
    nd = _match_before(toks, first, lex.directions)
    if nd:
        found.direction = lex.directions[_words_at(toks, first - nd, nd)]
    if found.unit == "rank":
        first = min(first, i - _match_before(toks, i, lex.rank_cues))
    if in_range and first and toks[first - 1].low in lex.range_from:
        first -= 1
    found.text_first, found.text_last = first, end
    return found
