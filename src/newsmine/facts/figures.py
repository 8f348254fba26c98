"""Figures: the quantities of Vietnamese news text, as GOLD.md defines them.

`extract_figures` is pure: text in, `Figure`s out, offsets into the text. The grammar is here;
every word list (units, multipliers, number words, qualifiers, cues of names, dates and
periods) is a data file under facts/lexicons/ whose name starts with "figure_".

A figure is a number written the Vietnamese way ("1.234,5", "1,5%", "3,2 nghìn tỷ đồng",
"1 tỷ 200 triệu đồng", "mười hai bản") followed by a unit, a multiplier that implies money
("6.032 tỷ"), or a counted noun ("235 phòng học" → count, item "phòng học"). Dates, years,
periods, document numbers, ordinals and names containing digits are not figures.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import boilerplate
from .lexicons import load_list, load_table
from .model import Figure
from .sentences import split_sentences
from .trace import reject

EXTRACTOR_VERSION = "figures-0.1"

_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+|\S")
_BOUNDARY = frozenset(",;:()[]…!?\"“”‘’«»–—•")  # ends a clause (a measure never crosses one)
_OPEN_QUOTES = frozenset("“\"‘'«")
_CLOSE_QUOTES = frozenset("”\"’'»")
_RANGE_DASHES = frozenset("-–—÷~")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
MAX_ITEM_WORDS = 6
MAX_MEASURE_WORDS = 18
MAX_PREDICATE_WORDS = 16
ENUMERATION_ITEM_WORDS = 5
CARRY_SENTENCES = 2  # how many sentences a stated period carries over, within its paragraph


# ---------------------------------------------------------------- lexicons


def _phrases(name: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(entry.lower().split()) for entry in load_list(name))


@dataclass(frozen=True)
class _Lexicons:
    units: dict  # surface (lower) → (unit, factor)
    unit_pattern: re.Pattern
    multipliers: dict  # word → factor
    number_words: dict  # word → (role, value)
    not_alone: frozenset  # number words that are never a number by themselves
    qualifiers_before: dict  # phrase tuple → qualifier
    qualifiers_after: dict
    qualifiers_measure_only: frozenset
    directions: dict
    not_items: frozenset
    not_units: frozenset
    capitalised_items: frozenset
    collectives: frozenset
    grades: frozenset
    item_compounds: frozenset
    not_multipliers: frozenset
    breakers: frozenset
    name_cues: frozenset
    rank_cues: frozenset
    idioms: frozenset
    count_heads_after_so: frozenset
    ratio_counters: frozenset
    multiplication: frozenset
    links: frozenset
    share_links: frozenset
    unit_quantities: dict  # (unit, "noun" | "subject") → quantity
    quantity_nouns: frozenset
    openers: frozenset
    paired: frozenset
    vague: frozenset
    day_words: frozenset
    range_from: frozenset
    range_to: frozenset
    period_words: dict  # kind → frozenset of phrase tuples
    headings: frozenset
    attributions: tuple
    cues: dict  # kind of figure_measure_cues.tsv → frozenset of phrase tuples
    labels: dict  # "target" | "funding" → the words put in front of the measure
    max_phrase: int = 4


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    units = {}
    for row in load_table("figure_units.tsv"):
        units[row[0].lower()] = (row[1], float(row[2]) if len(row) > 2 and row[2] else 1.0)
    alternation = "|".join(re.escape(s) for s in sorted(units, key=len, reverse=True))
    unit_pattern = re.compile(rf"[ \u00a0]?({alternation})(?!\w)")
    multipliers = {row[0].lower(): float(row[1]) for row in load_table("figure_multipliers.tsv")}
    number_words, not_alone = {}, set()
    for row in load_table("figure_number_words.tsv"):
        number_words[row[0]] = (row[1], float(row[2]))
        if len(row) > 3 and row[3] == "no":
            not_alone.add(row[0])
    q_before, q_after, q_measure_only = {}, {}, set()
    for row in load_table("figure_qualifiers.tsv"):
        position = row[2] if len(row) > 2 else "before"
        words = tuple(row[0].lower().split())
        (q_after if position == "after" else q_before)[words] = row[1]
        if position == "before_measure":
            q_measure_only.add(words)
    directions = {tuple(row[0].split()): row[1] for row in load_table("figure_directions.tsv")}
    period_words: dict[str, set] = {}
    for kind, words in load_table("figure_period_words.tsv"):
        period_words.setdefault(kind, set()).add(tuple(words.lower().split()))
    headings, attributions = set(), []
    cues: dict[str, set] = {}
    labels = {}
    for row in load_table("figure_measure_cues.tsv"):
        if row[0] == "label":
            labels[row[1]] = row[2]
        else:
            cues.setdefault(row[0], set()).add(tuple(row[1].lower().split()))
    for kind, words in boilerplate("heading", "attribution"):
        (headings.add(words.lower()) if kind == "heading" else attributions.append(words.lower()))
    return _Lexicons(
        units=units,
        unit_pattern=unit_pattern,
        multipliers=multipliers,
        number_words=number_words,
        not_alone=frozenset(not_alone),
        qualifiers_before=q_before,
        qualifiers_after=q_after,
        qualifiers_measure_only=frozenset(q_measure_only),
        directions=directions,
        not_items=_phrases("figure_not_items.txt"),
        not_units=_phrases("figure_not_units.txt"),
        capitalised_items=_phrases("figure_capitalised_items.txt"),
        collectives=_phrases("figure_collectives.txt"),
        grades=_phrases("figure_grades.txt"),
        item_compounds=_phrases("figure_item_compounds.txt"),
        not_multipliers=_phrases("figure_not_multipliers.txt"),
        breakers=_phrases("figure_item_breakers.txt"),
        name_cues=_phrases("figure_name_cues.txt"),
        rank_cues=_phrases("figure_rank_cues.txt"),
        idioms=_phrases("figure_number_idioms.txt"),
        count_heads_after_so=frozenset(load_list("figure_count_heads_after_cue.txt")),
        ratio_counters=frozenset(load_list("figure_ratio_counters.txt")),
        multiplication=frozenset(load_list("figure_multiplication_cues.txt")),
        links=_phrases("figure_measure_links.txt"),
        share_links=_phrases("figure_share_links.txt"),
        unit_quantities={(row[0], row[2]): row[1] for row in load_table("figure_unit_quantities.tsv")},
        quantity_nouns=_phrases("figure_quantity_nouns.txt"),
        openers=_phrases("figure_measure_openers.txt"),
        paired=_phrases("figure_paired_nouns.txt"),
        vague=frozenset(load_list("figure_vague_cues.txt")),
        day_words=frozenset(load_list("figure_day_words.txt")),
        range_from=frozenset(w for kind, w in load_table("figure_range_words.tsv") if kind == "from"),
        range_to=frozenset(w for kind, w in load_table("figure_range_words.tsv") if kind == "to"),
        period_words={k: frozenset(v) for k, v in period_words.items()},
        headings=frozenset(headings),
        attributions=tuple(attributions),
        cues={k: frozenset(v) for k, v in cues.items()},
        labels=labels,
    )


# ---------------------------------------------------------------- numbers


def parse_number(written: str) -> float:
    """A number in Vietnamese digits: '.' groups thousands, ',' marks decimals ("1.234,5").

    Ambiguous forms are read by their shape: one separator followed by exactly three digits
    groups thousands when it is '.', marks decimals when it is ','; when both appear the last
    one is the decimal mark ("1,234.5" as written by English-style sources).
    """
    s = written.strip()
    if not re.fullmatch(r"[0-9]+(?:[.,][0-9]+)*", s):
        raise ValueError(f"not a number: {written!r}")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        integer, _, fraction = s.rpartition(decimal)
        return float(integer.replace(thousands, "") + "." + fraction)
    if dots:
        groups = s.split(".")
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        if dots == 1:
            return float(s)  # "1.5 triệu": English-style decimal point
        raise ValueError(f"not a number: {written!r}")
    if commas:
        groups = s.split(",")
        if commas == 1 and groups[1] == "000" and groups[0] != "0":
            return float(groups[0] + "000")  # "80,000": a decimal part of zeros is never written
        if commas == 1:
            return float(s.replace(",", "."))
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))  # "1,234,567": English-style grouping
        raise ValueError(f"not a number: {written!r}")
    return float(s)


class _NumberReader:
    """Accumulates a Vietnamese number read word by word ("hai trăm linh năm nghìn rưỡi").

    Groups below a thousand are built from digits, mười/mươi, trăm, lẻ/linh; a scale word
    (nghìn, triệu, tỷ) closes a group; a larger scale after a smaller one multiplies all that
    came before ("3,2 nghìn tỷ"), a smaller one starts a new group that is added
    ("1 tỷ 200 triệu")."""

    def __init__(self):
        self.total = 0.0
        self.small = 0.0
        self.last = None  # role of the last word read
        self.last_digit = 0.0
        self.last_scale = 1.0
        self.has_digits = False

    def digits(self, value: float) -> bool:
        if self.last not in (None, "scale"):
            return False
        self.small, self.last, self.has_digits = value, "number", True
        return True

    def word(self, role: str, value: float, next_role: str | None = None) -> bool:
        """Read one word; `next_role` is the role of the word after it, if any."""
        last = self.last
        if role in ("digit", "digit_leading"):
            # "năm" after "trăm" is a digit only before "mươi" ("hai trăm năm mươi" = 250;
            # "một trăm năm" is a hundred years)
            after_hundred = last == "hundred" and (role == "digit" or next_role == "tens")
            starts = last in (None, "scale", "zero_filler") or after_hundred
            after_tens = role == "digit" and last in ("ten", "tens") and value >= 1
            if not (starts or after_tens):
                return False
            self.small += value
            self.last_digit = value
            role = "digit"
        elif role == "digit_after_tens":
            if last not in ("ten", "tens"):
                return False
            self.small += value
        elif role == "ten":
            if last not in (None, "scale", "hundred", "zero_filler"):
                return False
            self.small += 10
        elif role == "tens":
            if last != "digit" or self.last_digit < 2:
                return False
            self.small += self.last_digit * 9
        elif role == "hundred":
            if last != "digit":
                return False
            self.small += self.last_digit * 99
        elif role == "zero_filler":
            if last not in ("hundred", "scale"):
                return False
        elif role == "half":
            if last == "scale":
                self.total += self.last_scale / 2
            elif last == "hundred":
                self.small += 50
            elif last in ("digit", "ten", "tens", "number"):
                self.small += 0.5
            else:
                return False
        elif role == "scale":
            return self.scale(value)
        else:
            return False
        self.last = role
        self.has_digits = True
        return True

    def scale(self, value: float) -> bool:
        if not self.has_digits or self.last in ("zero_filler", "half"):
            return False
        if self.last == "scale":
            if value <= self.last_scale:
                return False
            self.total *= value  # "nghìn tỷ"
        elif self.total and self.total < value:
            self.total = (self.total + self.small) * value
        elif self.total and value >= self.last_scale:
            return False
        else:
            self.total += self.small * value
        self.small, self.last, self.last_scale = 0.0, "scale", value
        return True

    @property
    def value(self) -> float:
        return self.total + self.small


def parse_number_words(words: list[str]) -> float | None:
    """The value of Vietnamese number words ("hai mươi lăm" → 25), or None if they are not one."""
    lex = _lexicons()
    reader = _NumberReader()
    entries = [lex.number_words.get(w.lower()) for w in words]
    for k, entry in enumerate(entries):
        next_role = entries[k + 1][0] if k + 1 < len(entries) and entries[k + 1] else None
        if entry is None or not reader.word(*entry, next_role=next_role):
            return None
    return reader.value if reader.has_digits and reader.last != "zero_filler" else None


# ---------------------------------------------------------------- tokens


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


# ---------------------------------------------------------------- periods


@dataclass
class _Period:
    start: int
    end: int
    value: str
    comparison: bool = False
    kind: str = "period"  # "date": a day's date, which dates its own clause only
    scope: tuple[int, int] | None = None  # where it applies: a date, in its clause only


@dataclass(frozen=True)
class _Anchor:
    """What relative periods refer to: the article's year ("năm nay") and the publication month
    ("tháng này"), when known."""

    year: int | None
    month: int | None = None
    published_year: int | None = None


def _year(s: str) -> int | None:
    try:
        y = int(s)
    except ValueError:
        return None
    return y if 1900 <= y <= 2100 else None


def _month_value(year: int, month: int) -> str:
    while month < 1:
        year, month = year - 1, month + 12
    return f"{year}-{month:02d}"


def _year_after(toks: list[_Tok], j: int) -> tuple[int | None, int]:
    """The year written at toks[j] after an optional "/", "-" or "năm" ("quý I/2021", "tháng 3
    năm 2021"), and the index after it; (None, j) when there is none."""
    pw = _lexicons().period_words
    n = len(toks)
    if j < n and (toks[j].low in ("/", "-") or (toks[j].low,) in pw.get("year", ())):
        j += 1
    if j < n and toks[j].kind == "num" and _year(toks[j].text):
        return _year(toks[j].text), j + 1
    return None, j


def _this_year_after(toks: list[_Tok], j: int) -> int:
    """Length of a "năm nay" phrase at toks[j] ("quý 1 năm nay"), 0 if none."""
    return _match_at(toks, j, _lexicons().period_words.get("this_year", ()))


def _quarter_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """ "quý I/2021", "quý 1 năm 2021", "quý I" (of the article's year)."""
    q = toks[i + 1].low if i + 1 < len(toks) else ""
    if q not in _ROMAN:
        return None
    y, j = _year_after(toks, i + 2)
    if y:
        return i, j, f"{y}-Q{_ROMAN[q]}"
    if anchor.year:
        return i, i + 2 + _this_year_after(toks, i + 2), f"{anchor.year}-Q{_ROMAN[q]}"
    return None


def _month_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """ "tháng 3/2021", "tháng 3 năm 2021", "tháng 3 năm nay"."""
    m = toks[i + 1].text
    if not (m.isdigit() and 1 <= int(m) <= 12):
        return None
    y, j = _year_after(toks, i + 2)
    if y:
        return i, j, f"{y}-{int(m):02d}"
    k = _this_year_after(toks, i + 2)
    if k and anchor.year:
        return i, i + 2 + k, f"{anchor.year}-{int(m):02d}"
    return None


def _years_at(toks: list[_Tok], i: int):
    """A year or a span of years: "2021", "2021 - 2025", "2021 đến năm 2025"."""
    lex = _lexicons()
    pw = lex.period_words
    n = len(toks)
    y1 = _year(toks[i].text)
    j = i + 1
    if j + 1 < n and toks[j].low in _RANGE_DASHES and toks[j + 1].kind == "num":
        y2 = _year(toks[j + 1].text)
        if y2 and y2 > y1:
            return i, j + 2, f"{y1}-{y2}"
    elif j + 2 < n and toks[j].low in lex.range_to and (toks[j + 1].low,) in pw.get("year", ()) and _year(toks[j + 2].text):
        y2 = _year(toks[j + 2].text)
        if y2 > y1:
            return i, j + 3, f"{y1}-{y2}", "span"
    prev = toks[i - 1] if i else None
    after = toks[i + 1] if i + 1 < n else None
    glued_after = after is not None and after.glued and after.low in ("/", "-", ".")
    # "Luật Ngân sách 2012", "Đại hội XII": a year inside a name is no period
    named = prev is not None and (prev.low,) not in pw.get("year", ()) and any(
        w.kind == "word" and w.text[:1].isupper() and not w.text.isupper() and k > 0
        for k, w in ((k, toks[k]) for k in range(max(0, i - 2), i))
    )
    if glued_after or named:
        return None
    return i, i + 1, str(y1)


def _slashed_date_at(toks: list[_Tok], i: int):
    """ "17/11/2023" (a day's date) or "11/2023" (a month)."""
    n = len(toks)
    t = toks[i]
    if i + 4 < n and toks[i + 1].low == "/" and toks[i + 3].low == "/" and _year(toks[i + 4].text):
        d, m, y = t.text, toks[i + 2].text, _year(toks[i + 4].text)
        if d.isdigit() and m.isdigit() and 1 <= int(m) <= 12:
            value = str(y) if (int(d), int(m)) == (31, 12) else f"{y}-{int(m):02d}"
            return i, i + 5, value, "date"
        return None
    slash_year = i + 2 < n and toks[i + 1].low == "/" and toks[i + 2].kind == "num" and _year(toks[i + 2].text)
    if slash_year and t.text.isdigit() and 1 <= int(t.text) <= 12:
        return i, i + 3, f"{_year(toks[i + 2].text)}-{int(t.text):02d}"
    return None


def _relative_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """Periods said relative to the article's time: "năm nay", "6 tháng đầu năm" (its year),
    "tháng này", "tháng trước" (its month), "năm ngoái" (the year before)."""
    pw = _lexicons().period_words
    n = len(toks)
    k = _match_at(toks, i, pw.get("this_year", ()))
    if k and anchor.year and not (i + k < n and toks[i + k].kind == "num" and _year(toks[i + k].text)):
        return i, i + k, str(anchor.year)
    if anchor.month and anchor.published_year:
        for kind, shift in (("this_month", 0), ("last_month", -1)):
            k = _match_at(toks, i, pw.get(kind, ()))
            if k:
                return i, i + k, _month_value(anchor.published_year, anchor.month + shift)
    k = _match_at(toks, i, pw.get("last_year", ()))
    if k and anchor.published_year and not (i and (toks[i - 1].kind == "num" or toks[i - 1].low in _lexicons().number_words)):
        return i, i + k, str(anchor.published_year - 1)
    return None


def _part_of_year_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """ "9 tháng", "cả 3 quý": the months or quarters of the article's year so far, when they fit
    in it ("9 tháng" published in October), and no duration cue comes before ("sau 9 tháng")."""
    pw = _lexicons().period_words
    n = len(toks)
    if not (anchor.month and anchor.year == anchor.published_year) or i + 1 >= n or not toks[i].text.isdigit():
        return None
    count, word = int(toks[i].text), (toks[i + 1].low,)
    months = count if word in pw.get("month", ()) else 3 * count if word in pw.get("quarter", ()) else 0
    if not 1 < months <= anchor.month or _match_before(toks, i, pw.get("duration", ())):
        return None
    if i + 2 < n and toks[i + 2].kind == "word" and not _match_at(toks, i + 2, pw.get("part_of_year_next", ())):
        return None  # "9 tháng tuổi", "3 tháng lương"
    return i, i + 2, str(anchor.year)


def _period_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """The period expression starting at toks[i]: (start, end, value[, kind]) or None."""
    pw = _lexicons().period_words
    t = toks[i]
    if t.kind == "word" and (t.low,) in pw.get("quarter", ()):
        return _quarter_at(toks, i, anchor)
    if t.kind == "word" and (t.low,) in pw.get("month", ()) and i + 1 < len(toks) and toks[i + 1].kind == "num":
        return _month_at(toks, i, anchor)
    if t.kind == "num" and _year(t.text) and not (i and toks[i - 1].low in ("/", "-") and toks[i - 1].glued):
        return _years_at(toks, i)
    if t.kind == "num":
        return _slashed_date_at(toks, i) or _part_of_year_at(toks, i, anchor)
    if t.kind == "word":
        return _relative_at(toks, i, anchor)
    return None


def _joined_span(toks: list[_Tok], first: tuple, second: tuple) -> tuple | None:
    """Two periods joined by a dash or "đến" ("7/2014 - 10/2017", "từ 18/3/2020 đến 23/4/2021")
    as one span: the month when both fall in it, the year, or the years."""
    a, b, v1, *_ = first
    c, d, v2, *_ = second
    between = toks[b:c]
    lex = _lexicons()
    if not (len(between) == 1 and (between[0].low in _RANGE_DASHES or between[0].low in lex.range_to)):
        return None
    y1, y2 = int(v1[:4]), int(v2[:4])
    if y1 > y2 or re.fullmatch(r"\d{4}-\d{4}", v1) or re.fullmatch(r"\d{4}-\d{4}", v2):
        return None
    value = v1 if v1 == v2 else str(y1) if y1 == y2 else f"{y1}-{y2}"
    return a, d, value, "span"


def _date_clause(toks: list[_Tok], a: int, b: int, kind: str) -> tuple[int, int] | None:
    """Where a day's date found at toks[a:b] applies: its clause between semicolons."""
    if kind != "date":
        return None
    s = next((t.end for t in reversed(toks[:a]) if t.text == ";"), toks[0].start)
    e = next((t.start for t in toks[b:] if t.text == ";"), toks[-1].end)
    return s, e


def _sentence_periods(toks: list[_Tok], anchor: _Anchor) -> list[_Period]:
    """Period expressions of one sentence, in text order."""
    lex = _lexicons()
    pw = lex.period_words
    found_all, i, n = [], 0, len(toks)
    while i < n:
        found = _period_at(toks, i, anchor)
        if not found:
            i += 1
            continue
        i = found[1]
        if _match_before(toks, found[0], pw.get("not_before", ())):
            continue  # "SN 1965", "hạn sử dụng 1/6/2027", "ngày thành lập 6/3/2016"
        if found_all and (joined := _joined_span(toks, found_all[-1], found)):
            found_all[-1] = joined
        else:
            found_all.append(found)
    out = []
    for a, b, value, *kind in found_all:
        # a span word or "năm" before the expression belongs to it
        a -= _match_before(toks, a, pw.get("span", frozenset()) | pw.get("year", frozenset()), 2)
        comparison = any(_match_before(toks, k, pw.get("comparison", ())) for k in range(a, max(0, a - 3) - 1, -1))
        kind = kind[0] if kind else "period"
        if kind == "span":
            kind = "period"
        elif a and toks[a - 1].low in lex.range_from:
            kind, value = _since(toks, b, value, anchor)
        out.append(_Period(toks[a].start, toks[b - 1].end, value, comparison, kind, _date_clause(toks, a, b, kind)))
    return out


def _since(toks: list[_Tok], b: int, value: str, anchor: _Anchor) -> tuple[str, str]:
    """ "từ tháng 12/2023" is a starting point, not the figure's time; but "từ đầu năm đến nay",
    "từ quý I/2021 đến nay" in the year of publication are that year."""
    pw = _lexicons().period_words
    k = b + (b < len(toks) and toks[b].text == ",")
    up_to_now = _match_at(toks, k, pw.get("present", ())) or _match_at(toks, k, pw.get("up_to_now", ()))
    if up_to_now and anchor.published_year and value[:4] == str(anchor.published_year):
        return "period", value[:4]
    return "since", value


def _choose_period(periods: list[_Period], start: int, end: int, text: str = "") -> str | None:
    """The period written right after the figure ("65% vào cuối năm 2020"), else the nearest
    stated period before it in its sentence, else the nearest after."""
    candidates = [
        p for p in periods
        if not p.comparison and p.kind != "since" and (p.scope is None or p.scope[0] <= start < p.scope[1])
    ]
    lead = _lexicons().period_words.get("right_after", frozenset())
    for p in candidates:
        gap = text[end : p.start].lower().split() if p.start >= end and p.kind != "date" else None
        if gap is not None and all((w,) in lead for w in gap) and len(gap) <= 2:
            return p.value
    before = [p for p in candidates if p.end <= start]
    if before:
        return before[-1].value
    after = [p for p in candidates if p.start >= start and p.kind != "date"]
    return after[0].value if after else None


# ---------------------------------------------------------------- quantities


@dataclass
class _Quantity:
    value: float
    first: int  # token index of the first token of the number
    last: int  # token index after the number (and its multipliers)
    scale_factor: float = 1.0
    slash: tuple[float, float] | None = None  # "15/15", "24/63"
    words: bool = False  # written in letters
    has_billion: bool = False


def _read_digits(toks: list[_Tok], i: int) -> _Quantity | None:
    """The number starting with the digits toks[i], with multipliers ("3,2 nghìn tỷ")."""
    lex = _lexicons()
    try:
        base = parse_number(toks[i].text)
    except ValueError:
        return None
    reader = _NumberReader()
    reader.digits(base)
    j = i + 1
    n = len(toks)
    billion = False
    while j < n:
        t = toks[j]
        if t.kind == "word" and t.low in lex.multipliers and not _match_at(toks, j, lex.not_multipliers, 2):
            if not reader.scale(lex.multipliers[t.low]):
                break
            billion = billion or lex.multipliers[t.low] >= 1e9
            j += 1
            continue
        if t.kind == "word" and lex.number_words.get(t.low, ("",))[0] == "half" and reader.last == "scale":
            reader.word("half", 0.5)
            j += 1
            break
        if (
            t.kind == "num"
            and reader.last == "scale"
            and j + 1 < n
            and toks[j + 1].low in lex.multipliers
            and lex.multipliers[toks[j + 1].low] < reader.last_scale
        ):
            try:
                reader.digits(parse_number(t.text))
            except ValueError:
                break
            j += 1
            continue
        break
    value = reader.value
    return _Quantity(value, i, j, value / base if base else 1.0, has_billion=billion)


def _read_words(toks: list[_Tok], i: int) -> _Quantity | None:
    """A number written in letters starting at toks[i] ("mười hai", "ba trăm nghìn")."""
    lex = _lexicons()
    j, n = i, len(toks)
    while j < n and toks[j].kind == "word" and toks[j].low in lex.number_words:
        if _match_at(toks, j, lex.not_multipliers, 2):
            break
        j += 1
    # the longest prefix that parses
    while j > i:
        value = parse_number_words([t.low for t in toks[i:j]])
        if value is not None:
            break
        j -= 1
    if j == i:
        return None
    words = [t.low for t in toks[i:j]]
    if len(words) == 1 and words[0] in lex.not_alone:
        return None
    scales = [lex.multipliers[w] for w in words if w in lex.multipliers]
    billion = any(s >= 1e9 for s in scales)
    return _Quantity(value, i, j, words=True, has_billion=billion)


# ---------------------------------------------------------------- the extractor


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
    qualifier: str | None = None
    direction: str | None = None
    text_first: int = 0  # the surface: qualifier … unit or item
    text_last: int = 0
    rule: str = ""  # what made it a figure: the unit's lexicon entry, a counted noun …


class _Sentence:
    """One sentence's tokens, with what the grammar needs to know about its line."""

    def __init__(self, text: str, low: str, start: int, end: int, all_caps: bool):
        self.text, self.low = text, low  # the article text, and its lower case (same length)
        self.start, self.end = start, end
        self.toks = _tokens(text, start, end)
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
            return None
        unit, factor = lex.units[m.group(1)]
        end = m.end()
        k = j
        while k < len(self.toks) and self.toks[k].start < end:
            k += 1
        if _match_at(self.toks, j, lex.not_units):
            return None  # "3 khách sạn" counts hotels
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
            if k > j and (_match_at(toks, k, lex.breakers) or t.start in self.period_starts):
                break
            nq = _match_at(toks, k, lex.qualifiers_before)
            if k > j and nq and k + nq < len(toks) and toks[k + nq].kind == "num":
                break
            word = t.kind == "word" and (named or (k > j and t.text.isupper()))
            glued = _glued_code(toks, k) if k > j else 0
            if glued:  # "trường hợp F1", "ca mắc Covid-19": a code written onto the noun
                k += glued
                continue
            if not self.is_item_word(t) and not word:
                if t.kind == "punct" and t.text == "," and k > j:
                    head = _words_at(toks, j, k - j)
                    m = _match_at(toks, k + 1, lex.paired)
                    if head in lex.paired and m:
                        k += 1 + m
                        words += m
                        continue
                break
            k += 1
            words += 1
        return k


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


def _is_all_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.9


def _skip_lines(text: str) -> list[tuple[int, int]]:
    """Spans of boilerplate lines: related-article blocks and the source attribution."""
    lex = _lexicons()
    spans, in_block = [], False
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        low = line.lower().rstrip(" :.")
        if low in lex.headings:
            in_block = True
            spans.append(m.span())
            continue
        if in_block:
            if line.endswith((".", "!", "?", "…", "\"", "”")) and len(line.split()) >= 20:
                in_block = False
            else:
                spans.append(m.span())
                continue
        if low.startswith(lex.attributions) and len(line.split()) <= 12:
            spans.append(m.span())
    return spans


def extract_figures(
    text: str, sentences: list[tuple[int, int]] | None = None, *, published: str | None = None
) -> list[Figure]:
    """The figures of an article text, in text order (offsets into `text`).

    `sentences` are (start, end) spans into `text` (split by rule when None); a paragraph is a
    line. `published` (an ISO date) dates year-less periods ("6 tháng đầu năm").
    """
    if sentences is None:
        sentences = split_sentences(text)
    published_year = _year(published[:4]) if published and published[:4].isdigit() else None
    published_month = int(published[5:7]) if published_year and re.match(r"\d{4}-\d{2}", published) else None
    skipped = _skip_lines(text)
    low = text.lower()
    if len(low) != len(text):  # a few characters change length in lower case
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    figures: list[Figure] = []
    line_starts = [m.start() for m in re.finditer(r"^", text, re.MULTILINE)]
    carried: dict[int, tuple[str, int]] = {}  # paragraph → (last period stated in it, sentence no.)
    article_year = published_year  # what "năm nay", "cả năm" refer to
    for number, (s_start, s_end) in enumerate(sorted(sentences)):
        if any(a <= s_start < b for a, b in skipped):
            continue
        paragraph = bisect_left(line_starts, s_start + 1) - 1
        line_start = line_starts[paragraph]
        line_end = text.find("\n", s_start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        sent = _Sentence(text, low, s_start, s_end, _is_all_caps_line(line))
        periods = _sentence_periods(sent.toks, _Anchor(article_year, published_month, published_year))
        sent.period_starts = {p.start for p in periods}
        sent.period_spans = [
            (p.start, p.end) for p in periods
            if p.kind != "date" and not p.comparison and re.search(r"\d{4}|quý", text[p.start : p.end].lower())
        ]
        lex = _lexicons()
        present = any(_match_at(sent.toks, k, lex.period_words.get("present", ())) for k in range(len(sent.toks)))
        if present:
            carried.pop(paragraph, None)
        found_all = _sentence_quantities(sent)
        starts = {f.text_first for f in found_all}
        floor, previous, context = 0, None, {}
        for found in found_all:
            carry = carried.get(paragraph)
            carry = carry[0] if carry and number - carry[1] <= CARRY_SENTENCES else None
            figure = _to_figure(sent, found, periods, carry, floor, starts, context)
            if previous is not None and previous[0].partner_first == found.first:
                # the two ends of a range measure one thing: a counted noun is read at the end
                if found.unit in ("count", "person", "household"):
                    previous[1].measure = figure.measure
                else:
                    figure.measure = previous[1].measure
                # annotators tell the two ends apart: "… (mức thấp)", "… (mức cao)"
                low_end, high_end = lex.labels.get("range_low"), lex.labels.get("range_high")
                if figure.measure and low_end and high_end:
                    previous[1].measure = f"{figure.measure} {low_end}"
                    figure.measure = f"{figure.measure} {high_end}"
            figures.append(figure)
            previous = (found, figure)
            floor = found.text_last
        stated = [p for p in periods if not p.comparison and p.kind == "period"]
        if stated:
            carried[paragraph] = (stated[-1].value, number)
            single = [p.value[:4] for p in stated if not re.fullmatch(r"\d{4}-\d{4}", p.value)]
            article_year = _year(single[-1]) if single else article_year
    return figures


# ---------------------------------------------------------------- candidates


def _blocked_as_name(sent: _Sentence, i: int) -> bool:
    """Whether the number at toks[i] is part of a name, label, date or period when no
    measurement unit follows ("Quốc lộ 12", "khoản 3", "năm 2022", "Nghị định 77")."""
    lex = _lexicons()
    toks = sent.toks
    if _match_before(toks, i, lex.name_cues):
        return True
    if i >= 2 and toks[i - 1].low in _RANGE_DASHES and _match_before(toks, i - 1, lex.name_cues):
        return True  # "Covid - 19": a name joined to its number by a dash
    if i and toks[i - 1].low == "số":
        before = toks[i - 2].low if i >= 2 else ""
        return before not in lex.count_heads_after_so
    if i and toks[i - 1].kind == "word" and not sent.all_caps:
        prev = toks[i - 1].text
        sentence_initial = i == 1
        if prev[:1].isupper() and not sentence_initial and not (
            _match_before(toks, i, lex.qualifiers_before)
            or _match_before(toks, i, lex.directions)
            or _scope_acronym(toks, i)
            or "." in toks[i].text  # "tại Lâm Đồng 1.794 người": a name never holds a grouped number
        ):
            return True
    return False


def _scope_acronym(toks: list[_Tok], i: int) -> bool:
    """Whether the word before the number at toks[i] is an acronym naming a scope ("bậc THCS 390
    người", "HĐND 3 địa phương"), not a code: the number is short or grouped ("486567" is a code)."""
    prev, number = toks[i - 1].text, toks[i].text
    if not (len(prev) >= 2 and prev.isupper()) or toks[i].kind != "num":
        return False
    return len(number) <= 4 or "." in number


def _glued_rejects(toks: list[_Tok], i: int) -> bool:
    """Digits glued to letters, to a code or to a slash compound: "ĐT607", "COVID-19", "0214…"."""
    t = toks[i]
    if i and t.glued and toks[i - 1].kind == "word":
        return True
    if i >= 2 and t.glued and toks[i - 1].glued:
        mark, before = toks[i - 1].low, toks[i - 2].kind
        if (mark == "-" and before == "word") or (mark == "/" and before in ("word", "num")):
            return True
    return len(t.text) >= 3 and t.text[0] == "0" and t.text[1].isdigit()  # phones, codes


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
    if after and after.glued and after.low in ("/", "-") and j + 2 < n and toks[j + 2].glued and toks[j + 2].kind == "word":
        return _not_a_figure(sent, i, j + 2, "a document number"), j + 3
    parts = (j - i) // 2 + 1
    day_word = i > 0 and toks[i - 1].low in lex.day_words
    if parts >= 3:
        return _not_a_figure(sent, i, j, "a date"), j + 1
    if parts == 2:
        q = None if day_word else _slash_quantity(sent, i, j)
        return q, (i + 1 if q else j + 1)
    dashed = after and after.low == "-" and after.glued and j + 2 < n and toks[j + 2].glued and toks[j + 2].kind == "num"
    if day_word and dashed and not _measured_after(sent, j + 3):
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
    return _Quantity(a, i, j + 1, slash=(a, b))


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
    unit = sent.unit_at(j, pos) if not q.slash else None
    year_like = (
        not q.words and q.scale_factor == 1 and re.fullmatch(r"\d{4}", toks[i].text) and _year(toks[i].text)
    )
    blocked = _blocked_as_name(sent, i)
    if unit:
        return _with_unit(sent, q, unit, blocked)
    if q.has_billion and not q.slash and not _match_at(toks, j, lex.item_compounds):
        # but "6,3 tỷ lượt xem" counts
        return _finish(sent, _Found(q.value, "VND", i, j, rule="a number with a scale word of money"))
    # a range: "7,3 – 7,5%", "từ 10 đến 15 tỷ đồng": the second number's unit applies
    if j + 1 < n and (toks[j].low in _RANGE_DASHES or toks[j].low in lex.range_to) and not q.slash:
        found = _range(sent, q, year_like)
        if found is not False:
            return found
    if j < n and _match_at(toks, j, lex.grades):
        return _not_a_figure(sent, i, j, "a grade (figure_grades.txt)")
    if rank:
        ordinal = _words_at(toks, i - rank, rank)[-1] == "thứ"
        counted = j < n and sent.is_item_word(toks[j]) and not _match_at(toks, j, lex.not_items)
        if q.slash or ordinal or not counted:  # "xếp thứ 24/63"; but "xếp hạng 3 sao" counts stars
            return _finish(sent, _Found(q.value, "rank", i, j, rule="figure_rank_cues.txt: a rank"))
    if blocked or year_like or (rank and q.slash):
        return _not_a_figure(sent, i, j, "a year" if year_like else "part of a name, label or date"
                             if blocked else "a rank written as x/y")
    return _counted(sent, q)


def _with_unit(sent: _Sentence, q: _Quantity, unit: tuple, blocked: bool) -> _Found | None:
    """A quantity followed by a unit ("433 tỷ đồng", "235 học sinh")."""
    toks, i, j, n = sent.toks, q.first, q.last, len(sent.toks)
    name, factor, k = unit
    collective = _match_before(toks, i, _lexicons().collectives)  # "nhóm 6 người", "tổ 5 người"
    if name in ("person", "household") and blocked and not collective:
        return _not_a_figure(sent, i, k, "part of a name or label")
    if i and _lexicons().units.get(toks[i - 1].low, ("",))[0] == "km":
        return _not_a_figure(sent, i, k, "a chainage (Km …)")
    found = _Found(q.value * factor, name, i, k)
    found.unit_first = j
    found.rule = f"figure_units.tsv: {' '.join(t.low for t in toks[j:k])}"
    if name in ("person", "household"):
        found.item_end = sent.item_phrase(j) if j < n and toks[j].kind == "word" else k
        found.item_end = max(found.item_end, k)
    return _finish(sent, found)


def _range(sent: _Sentence, q: _Quantity, year_like) -> _Found | None | bool:
    """The first end of a range whose second end names the unit; False when there is no range."""
    lex = _lexicons()
    toks, i, j = sent.toks, q.first, q.last
    k = j + 1
    second = None
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
    if q.scale_factor == 1:
        value *= second.scale_factor  # "từ 10 đến 15 tỷ đồng"
    if second.value:
        value *= partner.value / second.value  # the unit's factor
    found = _Found(value, partner.unit, i, j)
    found.item = partner.item
    found.text_last = partner.text_last
    found.partner_first = second.first
    found.rule = f"a range, its unit from the second end ({partner.rule})"
    return _finish(sent, found, in_range=True)


def _counted(sent: _Sentence, q: _Quantity) -> _Found | None:
    """A quantity followed by a counted noun ("235 phòng học", "3 Nghị định"), or None."""
    lex = _lexicons()
    toks, i, j, n = sent.toks, q.first, q.last, len(sent.toks)
    k = j
    quoted = k < n and toks[k].text in _OPEN_QUOTES and toks[k + 1:k + 2] and toks[k + 1].kind == "word"
    if quoted:
        k += 1
    named = k < n and toks[k].text[:1].isupper() and bool(_match_at(toks, k, lex.capitalised_items))
    if k >= n or not (sent.is_item_word(toks[k]) or named):
        return _not_a_figure(sent, i, j, "no unit or counted noun after the number")
    if _match_at(toks, k, lex.not_items) and not _match_at(toks, k, lex.item_compounds):
        return _not_a_figure(sent, i, k, "the noun after it is not counted (figure_not_items.txt)")
    end = sent.item_phrase(k, named)
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
    if words and not (found.unit == "count" and words in lex.qualifiers_measure_only):
        found.qualifier = lex.qualifiers_before[words]
        first = i - nq
    end = found.item_end if found.unit == "count" and found.item_end else found.last
    end = max(end, found.text_last)
    # rate suffixes belong to the surface: "52 triệu đồng/năm", "5 triệu đồng/người/tháng"
    while end + 1 < len(toks) and toks[end].low == "/" and toks[end].glued and toks[end + 1].kind == "word" and toks[end + 1].glued:
        end += 2
        if end < len(toks) and toks[end].kind == "num" and toks[end].glued:
            end += 1  # "đ/m3"
    # a percentage takes the noun phrase it is a share of: "100% xã", "28,4% dự toán năm"
    if found.unit == "percent" and end < len(toks) and sent.is_item_word(toks[end]) and not _match_at(toks, end, lex.breakers) and not _match_at(toks, end, lex.qualifiers_after):
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


# ---------------------------------------------------------------- measure


def _clause_before(sent: _Sentence, first: int, floor: int) -> tuple[int, int]:
    """The clause before toks[first], back to a boundary mark or the previous figure; a short
    parenthesis ("(GRDP)") does not end it."""
    toks = sent.toks
    a = first
    while a > floor:
        t = toks[a - 1]
        if t.kind == "punct" and t.text == ")":
            k = a - 2
            while k > floor and toks[k].text != "(" and a - k <= 5:
                k -= 1
            if k >= floor and toks[k].text == "(" and a - k <= 5:
                a = k
                continue
        if t.kind == "punct" and t.text in _BOUNDARY:
            break
        a -= 1
    return a, first


def _strip_phrase(toks: list[_Tok], a: int, b: int) -> tuple[int, int]:
    """Trim link words at the end and openers at the start of toks[a:b]."""
    lex = _lexicons()
    changed = True
    while changed and a < b:
        changed = False
        n = _match_before(toks, b, lex.links)
        if n and b - n >= a and not _match_before(toks, b, lex.quantity_nouns) > n:
            b -= n  # but "chiều dài" keeps its "dài"
            changed = True
        n = _match_at(toks, a, lex.openers)
        if n and a + n <= b:
            a += n
            changed = True
    return a, b



def _predicate_after(sent: _Sentence, k: int, starts: set[int]) -> int:
    """End of the words after toks[k] up to a boundary mark or the next figure."""
    toks = sent.toks
    b, words = k, 0
    while b < len(toks) and words < MAX_PREDICATE_WORDS:
        t = toks[b]
        if b in starts or (t.kind == "punct" and t.text in _BOUNDARY | {".", "!", "?"}):
            break
        b += 1
        words += t.kind == "word"
    lex = _lexicons()
    while b > k:
        n = _match_before(toks, b, lex.links)
        if n:
            b -= n
        elif toks[b - 1].kind == "punct":
            b -= 1
        else:
            break
    return b


def _words_text(sent: _Sentence, a: int, b: int, fallback: bool = True) -> str:
    """The text of toks[a:b] without its period expressions ("doanh thu quý 1 năm nay" →
    "doanh thu"): the period is the figure's `period`, not part of what it measures."""
    toks = sent.toks
    if a >= b:
        return ""
    keep = [k for k in range(a, b) if not any(s <= toks[k].start < e for s, e in sent.period_spans)]
    if len(keep) == b - a:
        return sent.text[toks[a].start : toks[b - 1].end]
    runs, run = [], []
    for k in keep:
        if run and k != run[-1] + 1:
            runs.append(run)
            run = []
        run.append(k)
    runs += [run] if run else []
    lead = _lexicons().period_words.get("lead", frozenset())
    pieces = []
    for run in runs:
        last = run[-1] + 1
        if last < b and last not in keep:  # a word that only introduced the period: "trong", "vào"
            last -= _match_before(toks, last, lead, 2)
        if last > run[0]:
            pieces.append(sent.text[toks[run[0]].start : toks[last - 1].end])
    text = " ".join(pieces).strip(" ,;")
    return text or (sent.text[toks[a].start : toks[b - 1].end] if fallback else "")


def _skip_periods(toks: list[_Tok], a: int, b: int, periods: list[_Period]) -> int:
    """Move a past period expressions (and the commas after them) at the start of toks[a:b]."""
    moved = True
    while moved and a < b:
        moved = False
        for p in periods:
            if p.start <= toks[a].start < p.end:
                while a < b and toks[a].start < p.end:
                    a += 1
                while a < b and toks[a].kind == "punct" and toks[a].text == ",":
                    a += 1
                moved = True
    return a


def _names_quantity(phrase: str) -> bool:
    """Whether a measure already says which quantity it is ("tốc độ …", "diện tích …")."""
    words = _tokens(phrase, 0, len(phrase))
    return any(_match_at(words, k, _lexicons().quantity_nouns) for k in range(len(words)))


def _measure(
    sent: _Sentence, f: _Found, floor: int, starts: set[int], periods: list[_Period], context: dict
) -> str | None:
    """What the figure measures, in the article's words: the counted noun and what is said of
    it ("phòng học bị hư hỏng nặng"), else the subject before the number ("tỷ lệ hồ sơ trực
    tuyến" in "tỷ lệ hồ sơ trực tuyến đạt 53%")."""
    lex = _lexicons()
    toks = sent.toks
    a, b = _subject_span(sent, f, floor, periods)
    goal = _goal_before(sent, f.text_first)
    a = _after_cues(sent, a, b, goal)
    before = _subject_text(sent, f, a, b, floor, periods, context)
    head_start, head_end = _head_span(sent, f)
    head = _words_text(sent, head_start, head_end)
    k = head_end + (head_end < len(toks) and toks[head_end].text in _CLOSE_QUOTES)
    if f.unit not in ("count", "person", "household") and f.text_last > k:
        k = f.text_last
    pred_end = _predicate_after(sent, k, starts) if head else k
    if pred_end - k == 1 and _match_at(toks, k, lex.breakers):
        pred_end = k  # a lone preposition before the next figure: "32 gói thầu thuộc 22 dự án"
    predicate = _words_text(sent, k, pred_end)
    parts = _measure_parts(sent, f, (a, b, floor), before, head, predicate, k, starts, context)
    context["head"] = head
    quantities = {lex.unit_quantities.get((f.unit, "noun")), lex.unit_quantities.get((f.unit, "subject"))}
    if parts[0] and parts[0] in quantities and _names_quantity(" ".join(parts[1:])):
        parts = parts[1:]  # "diện tích" before a measure that says "tổng diện tích" already
    measure = " ".join(p.strip() for p in parts if p and p.strip())
    measure = re.sub(r"\s+", " ", measure).strip(" ,;:-–")
    if goal is not None and f.unit != "count" and not _names_goal(measure):
        measure = f"{lex.labels.get('target', '')} {measure}".strip()
    return measure or None


def _subject_span(sent: _Sentence, f: _Found, floor: int, periods: list[_Period]) -> tuple[int, int]:
    """The words before the figure that may say what it measures, back to a clause boundary or
    the figure before; a clause of one or two words takes the clause before it, and a list of
    short items is taken whole."""
    toks = sent.toks

    def before_clause(first: int) -> tuple[int, int]:
        a0, b0 = _clause_before(sent, first, floor)
        a, b = _strip_phrase(toks, _skip_periods(toks, a0, b0, periods), b0)
        if a >= b:  # only a period: "giai đoạn 2018 - 2020 là 1.776 tỷ đồng"
            a, b = _strip_phrase(toks, a0, b0)
        a, b = _strip_phrase(toks, max(a, b - MAX_MEASURE_WORDS), b)
        return a, b

    a, b = before_clause(f.text_first)
    words = sum(t.kind == "word" for t in toks[a:b])
    if words <= 2 and a > floor + 1 and toks[a - 1].text in (",", "("):
        # "tốc độ tăng trưởng … duy trì ở mức cao, trung bình đạt hơn 13%"
        a2, _ = before_clause(a - 1)
        return min(a, a2), b
    # an enumeration of short items: "cho các dự án, nhiệm vụ, chuyển đổi số, … khoảng 433 tỷ"
    seg, start = words, a
    while seg <= ENUMERATION_ITEM_WORDS and a > floor + 1 and toks[a - 1].text == "," and words < MAX_MEASURE_WORDS:
        a2, _ = _clause_before(sent, a - 1, floor)
        segment = toks[a2 : a - 1]
        seg = sum(t.kind == "word" for t in segment)
        plain = all(t.kind == "word" and t.text.islower() for t in segment)  # no names, dates
        if not seg or not plain or words + seg > MAX_MEASURE_WORDS:
            break
        a, words = a2, words + seg
    if a < start:
        a, b = _strip_phrase(toks, _skip_periods(toks, a, b, periods), b)
    return a, b


def _subject_text(
    sent: _Sentence, f: _Found, a: int, b: int, floor: int, periods: list[_Period], context: dict
) -> str:
    """The text of the subject toks[a:b], or the subject it stands for (the figure before, the
    total of a breakdown, the clause a count ends)."""
    lex = _lexicons()
    toks = sent.toks
    before = _words_text(sent, a, b)
    joined = context.get("first")
    if (
        joined is not None
        and context.get("counted")
        and 0 < sum(t.kind == "word" for t in toks[floor : f.text_first]) <= 2
        and not any(t.kind == "punct" for t in toks[floor : f.text_first])
    ):
        # "số tiền … của 3 khu đất đã giao 50 tỷ đồng": a count inside the clause the amount ends
        before = f"{context.get('subject', '')} {_words_text(sent, joined, b)}".strip()
    context["first"], context["counted"] = f.text_first, f.unit == "count"
    if a < b and f.unit in ("VND", "USD"):
        described = _described_clause(sent, f, floor, periods)
        before = f"{before} {described}".strip()
    before = _breakdown_item(sent, f, a, before, context)
    before = _with_owner(sent, a, b, before)
    if a < b and context.get("subject") and not _words_text(sent, a, b, fallback=False):
        before = context["subject"]  # "… từ 50% vào năm 2016 lên 65%": only a period, the same subject
    elif 0 < floor and a < b and a <= floor + 1 and _match_at(toks, a, lex.directions) == b - a:
        # "xe tải từ 2 tấn đến dưới 4 tấn tăng từ 90.000 đồng": the subject holds the figures before
        a0, _ = _clause_before(sent, a, 0)
        before = _words_text(sent, a0, b)
    if before:
        context["subject"] = before
    elif a == b and context.get("subject") and a <= floor + 2:
        # "… giải ngân 1.108 tỷ đồng, đạt 34,6%": the same subject as the figure before
        before = context["subject"]
    return before


def _with_owner(sent: _Sentence, a: int, b: int, before: str) -> str:
    """ "Dự án X có diện tích 42.000 m2, vốn đầu tư 650 tỷ đồng": a quantity listed after a comma
    ("vốn đầu tư") is the quantity of what the sentence opens with ("Dự án X")."""
    toks = sent.toks
    if not before or a == 0 or toks[a - 1].text != "," or b - a > 4:
        return before
    lex = _lexicons()
    money = lex.cues.get("money", frozenset())
    if not (_names_quantity(before) or any(_match_at(toks, k, money, 2) for k in range(a, b))):
        return before
    have = next((k for k in range(a) if toks[k].low == "có"), None)
    owner_start = _strip_phrase(toks, 0, have)[0] if have else 0
    owner = toks[owner_start:have] if have else []
    if not owner or len(owner) > 12 or any(t.kind != "word" for t in owner):
        return before
    return f"{before} {_words_text(sent, owner_start, have)}"


def _head_span(sent: _Sentence, f: _Found) -> tuple[int, int]:
    """The noun phrase the figure counts ("235 phòng học") or measures ("105ha đất", "100% xã")."""
    lex = _lexicons()
    toks, n = sent.toks, len(sent.toks)
    if f.unit in ("count", "person", "household"):
        head_start = f.unit_first if f.unit_first is not None else f.last
        if head_start < n and toks[head_start].text in _OPEN_QUOTES:
            head_start += 1
        return head_start, f.item_end or f.last
    head_start = f.np_start if f.np_start is not None else f.text_last
    head_end = f.np_end or head_start
    if head_end == head_start and head_start < n and sent.is_item_word(toks[head_start]) and not (
        _match_at(toks, head_start, lex.breakers) or _match_at(toks, head_start, lex.not_items)
    ):
        head_end = sent.item_phrase(head_start)  # "105ha đất", "46.800 m² mái nhà"
    return head_start, head_end


def _measure_parts(
    sent: _Sentence, f: _Found, span: tuple[int, int, int], before: str, head: str, predicate: str,
    k: int, starts: set[int], context: dict,
) -> list[str]:
    """The pieces of a measure, in order: a quantity label, the head noun, what is said of it."""
    lex = _lexicons()
    toks = sent.toks
    a, b, floor = span
    share = _match_before(toks, f.text_first, lex.share_links)
    counted = f.unit in ("count", "person", "household")
    if head and f.unit == "percent" and share and before and not before.endswith("("):
        return [before, "so với", head, predicate]  # "đạt 52,4% kế hoạch": the subject against the plan
    if head:
        # what is said before the number describes a counted noun only when it opens a clause;
        # right after another figure the noun belongs to it ("1.034 tổ … với 6.820 thành viên")
        own_clause = a > floor or floor == 0
        if predicate:
            tail = predicate
        elif own_clause or not counted:
            tail = before
        else:
            tail = context.get("head", "") if a <= floor + 2 else ""
        if not tail and counted:
            tail = context.get("tail", "")  # "… đưa 500 sản phẩm lên sàn, trong đó có 44 sản phẩm OCOP"
        context["tail"] = tail
        return [lex.unit_quantities.get((f.unit, "noun"), ""), head, tail]  # "265 ha lúa": its area
    after = _words_text(sent, k, _predicate_after(sent, k, starts))
    if f.unit == "VND" and a < b and _is_funding(toks, a, b):
        # "tỉnh bố trí 20 tỷ đồng cho …": money allotted, and what it is for
        return [lex.labels.get("funding", ""), before, after]
    parts = [lex.unit_quantities.get((f.unit, "subject"), ""), before or after]
    if _words_at(toks, k, 2) == ("so", "với") and before:
        parts.append(after)
    return parts


def _breakdown_item(sent: _Sentence, f: _Found, a: int, before: str, context: dict) -> str:
    """ "Tổng số giáo viên nghỉ hưu là 1.299 người, trong đó bậc học mầm non 294 người": after a
    breakdown cue, a part counted by a generic noun ("người") that names no quantity of its own
    ("bậc học mầm non") measures the total's subject ("giáo viên nghỉ hưu bậc học mầm non")."""
    cue = next((e for _, e in _cue_ends(sent, "breakdown") if e <= f.text_first), None)
    if cue is None:
        if before:
            total = _tokens(before, 0, len(before))
            k = _match_at(total, 0, _lexicons().cues.get("total", frozenset()), 2)
            context["total"] = before[total[k].start :] if k < len(total) else before
        return before
    total = context.get("total")
    if not total or not before or a < cue or len(before.split()) > ENUMERATION_ITEM_WORDS:
        return before
    unit = _words_at(sent.toks, f.unit_first, f.last - f.unit_first) if f.unit_first is not None else None
    if unit not in _lexicons().cues.get("generic", frozenset()):
        return before  # "234.717 học sinh" says what it counts itself
    if _names_quantity(before) or _names_people(before):
        return before
    return f"{total} {before}"


def _names_people(phrase: str) -> bool:
    """Whether a phrase holds a noun of people or households ("giáo viên mầm non")."""
    lex = _lexicons()
    low = f" {phrase.lower()} "
    return any(f" {w} " in low for w, (unit, _) in lex.units.items() if unit in ("person", "household"))


def _described_clause(sent: _Sentence, f: _Found, floor: int, periods: list[_Period]) -> str:
    """The clause an amount of money accompanies: "dự án X, với tổng vốn 650 tỷ đồng" and
    "dự án X (tổng vốn 650 tỷ đồng)" measure the money of dự án X."""
    toks = sent.toks
    c, _ = _clause_before(sent, f.text_first, floor)
    opens_with = toks[c].low if c < f.text_first else ""
    if c - 1 <= floor:
        return ""
    mark = toks[c - 1].text
    closed = f.text_last < len(toks) and toks[f.text_last].text == ")"
    if not ((mark == "," and opens_with == "với") or (mark == "(" and closed)):
        return ""
    a, b = _clause_before(sent, c - 1, floor)
    a, b = _strip_phrase(toks, _skip_periods(toks, a, b, periods), b)
    a = max(a, b - MAX_MEASURE_WORDS)
    return _words_text(sent, a, b)


def _cue_ends(sent: _Sentence, kind: str) -> list[tuple[int, int]]:
    """(start, end) token spans of one kind of figure_measure_cues.tsv in the sentence, cached."""
    cached = sent.cue_spans.get(kind)
    if cached is None:
        lex = _lexicons()
        toks, phrases = sent.toks, lex.cues.get(kind, frozenset())
        blocked = lex.cues.get("not_target", frozenset()) if kind == "target" else frozenset()
        cached, k = [], 0
        low = sent.low[sent.start : sent.end]
        if not any(" ".join(p) in low for p in phrases):
            k = len(toks)  # most sentences hold no cue: a substring test spares the token scan
        while k < len(toks):
            n = _match_at(toks, k, phrases, 3)
            if n and not _covered(toks, k, n, blocked):
                cached.append((k, k + n))
                k += n
                continue
            k += 1
        sent.cue_spans[kind] = cached
    return cached


def _covered(toks: list[_Tok], k: int, n: int, phrases) -> bool:
    """Whether a phrase of `phrases` overlaps toks[k:k+n] ("mục tiêu" in "chương trình mục tiêu")."""
    if not phrases:
        return False
    for s in range(max(0, k - 3), k + n):
        for m in range(2, 5):
            if s + m > k and _words_at(toks, s, m) in phrases:
                return True
    return False


def _goal_before(sent: _Sentence, first: int) -> int | None:
    """Token index after the last goal cue ("phấn đấu", "đặt mục tiêu") before toks[first]."""
    ends = [e for _, e in _cue_ends(sent, "target") if e <= first]
    return ends[-1] if ends else None


def _after_cues(sent: _Sentence, a: int, b: int, goal: int | None) -> int:
    """Move the start of a measure past a speaker ("ông A cho biết") and a goal cue with its
    agent ("tỉnh phấn đấu"), which annotators leave out."""
    start = a
    for _, e in _cue_ends(sent, "report"):
        if a < e < b:
            start = max(start, e)
    if goal is not None and a < goal < b:
        start = max(start, goal)
    if start == a:
        return a
    toks = sent.toks
    while start < b and toks[start].kind == "punct":
        start += 1
    return _strip_phrase(toks, start, b)[0] if start < b else a


def _is_funding(toks: list[_Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] ends with a verb of allotting money and names no kind of money."""
    lex = _lexicons()
    if not _match_before(toks, b, lex.cues.get("funding", frozenset()), 2):
        return False
    money = lex.cues.get("money", frozenset())
    return not any(_match_at(toks, k, money, 2) for k in range(a, b))


def _names_goal(measure: str) -> bool:
    """Whether a measure already says it is a goal ("mục tiêu …", "chỉ tiêu …")."""
    low = measure.lower()
    return "mục tiêu" in low or "chỉ tiêu" in low


def _to_figure(
    sent: _Sentence,
    f: _Found,
    periods: list[_Period],
    carried: str | None,
    floor: int,
    starts: set[int],
    context: dict,
) -> Figure:
    toks = sent.toks
    start, end = toks[f.text_first].start, toks[f.text_last - 1].end
    period = _choose_period(periods, start, end, sent.text) or carried
    return Figure(
        value=_clean_value(f.value),
        unit=f.unit,
        text=sent.text[start:end],
        start=start,
        end=end,
        item=f.item,
        qualifier=f.qualifier,
        measure=_measure(sent, f, floor, starts, periods, context),
        period=period,
        direction=f.direction,
        sentence=sent.text[sent.start : sent.end],
        rule=f.rule,
    )


def _clean_value(value: float) -> float:
    rounded = round(value, 6)
    return float(int(rounded)) if rounded == int(rounded) else rounded
