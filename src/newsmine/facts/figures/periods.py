"""Periods: the time expressions of a sentence ("quý I/2021", "6 tháng đầu năm", "2021 - 2025",
"năm nay", "17/11/2023"), read against the article's year and month (`_Anchor`); which of them a
figure refers to is period_choice.py's."""

import re
from dataclasses import dataclass

from .tokens import _RANGE_DASHES, _match_at, _match_before, _Tok
from .wordlists import _lexicons

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


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


def _counts_months(word: str) -> bool:
    """Whether a lower-case word counts months or quarters ("tháng", "quý"; figure_period_words.tsv)."""
    pw = _lexicons().period_words
    return (word,) in pw.get("month", ()) or (word,) in pw.get("quarter", ())


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


def _this_year(toks: list[_Tok], j: int, k: int, anchor: _Anchor) -> int | None:
    """The year the this-year phrase of k tokens at toks[j] names: "năm nay" the year of
    publication, "cả năm", "cuối năm" the year the text speaks of (the anchor's)."""
    if anchor.published_year and _match_at(toks, j, _lexicons().period_words.get("publication_year", ())) == k:
        return anchor.published_year
    return anchor.year


def _quarter_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """ "quý I/2021", "quý 1 năm 2021", "quý I" (of the article's year)."""
    q = toks[i + 1].low if i + 1 < len(toks) else ""
    if q not in _ROMAN:
        return None
    y, j = _year_after(toks, i + 2)
    if y:
        return i, j, f"{y}-Q{_ROMAN[q]}"
    if y := _shared_year(toks, i + 2, "quarter"):
        return i, i + 2, f"{y}-Q{_ROMAN[q]}"  # "quý I và quý II năm 2024": both of 2024
    if anchor.year:
        k = _this_year_after(toks, i + 2)
        return i, i + 2 + k, f"{_this_year(toks, i + 2, k, anchor) if k else anchor.year}-Q{_ROMAN[q]}"
    return None


def _month_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """ "tháng 3/2021", "tháng 3 năm 2021", "tháng 3 năm nay"."""
    m = toks[i + 1].text
    if not (m.isdigit() and 1 <= int(m) <= 12):
        return None
    y, j = _year_after(toks, i + 2)
    if y and (fiscal := _fiscal_year_end(toks, i, int(m))):
        return i - fiscal, j, f"{y - 1}-{y}", "span"
    if y:
        return i, j, f"{y}-{int(m):02d}"
    if span := _month_span(toks, i, int(m)):
        return span
    if y := _shared_year(toks, i + 2, "month"):
        return i, i + 2, f"{y}-{int(m):02d}"  # "tháng 4 và tháng 5/2021": both of 2021
    k = _this_year_after(toks, i + 2)
    if k and anchor.year:
        return i, i + 2 + k, f"{_this_year(toks, i + 2, k, anchor)}-{int(m):02d}"
    return _bare_month(toks, i, int(m), anchor)


def _fiscal_year_end(toks: list[_Tok], i: int, m: int) -> int:
    """How many words before the month at toks[i] say a fiscal year ends with it ("năm tài chính
    kết thúc vào tháng 3/2022": April 2021 to March 2022, the gold's 2021-2022); 0 if none, or if
    the month is December (a calendar year)."""
    if m == 12:
        return 0
    return _match_before(toks, i, _lexicons().period_words.get("fiscal_end", ()), longest=6)


def _month_span(toks: list[_Tok], i: int, m: int):
    """A span of months with one year at its end ("từ tháng 5 đến tháng 9/2023", "tháng 1-3/2021",
    "tháng 1 - tháng 3/2021"): the quarter when it is one, else the year, as a span of two dates
    in one year is (`_joined_span`); the first month is of the year written last."""
    lex = _lexicons()
    n, j = len(toks), i + 2
    if not (j < n and (toks[j].low in _RANGE_DASHES or toks[j].low in lex.range_to)):
        return None
    j += 1
    if j < n and (toks[j].low,) in lex.period_words.get("month", ()):
        j += 1
    if not (j < n and toks[j].text.isdigit() and m < int(toks[j].text) <= 12):
        return None
    y, k = _year_after(toks, j + 1)
    if not y:
        return None
    m2 = int(toks[j].text)
    quarter = m % 3 == 1 and m2 == m + 2
    return i, k, f"{y}-Q{m // 3 + 1}" if quarter else str(y), "span"


COORDINATED = 3  # quarters or months listed after the first that may share its year


def _shared_year(toks: list[_Tok], j: int, word: str) -> int | None:
    """The year written after quarters or months listed after one at toks[j] ("quý I và quý II
    năm 2024", "quý II, III/2024", "tháng 4 và tháng 5/2021"; word: "quarter" or "month"), which
    is theirs too; None when the list does not end in a year."""
    pw = _lexicons().period_words
    n = len(toks)
    valid = _ROMAN if word == "quarter" else {str(k) for k in range(1, 13)} | {f"{k:02d}" for k in range(1, 10)}
    for _ in range(COORDINATED):
        k = j + (j < n and toks[j].text == ",")
        k += k < n and toks[k].low == "và"
        if k == j:
            return None
        j = k
        if j < n and (toks[j].low,) in pw.get(word, ()):
            j += 1
        if not (j < n and toks[j].low in valid):
            return None
        y, k = _year_after(toks, j + 1)
        if y:
            return y
        j += 1
    return None


def _bare_month(toks: list[_Tok], i: int, m: int, anchor: _Anchor):
    """ "trong tháng 6" (during June) with no year, published in June: the month of publication,
    as "tháng này" is (GOLD.md); "trong tháng 3" said in April: March of the year of publication, a
    month the text states (corpus-study9's "trong tháng 9" said in October, -20's "Riêng trong
    tháng 3", -23's "trong tháng 3, xuất khẩu …"). Only after a word that makes the month the time
    of what is said (figure_period_words.tsv, during) or as the start of a time up to now ("từ
    đầu tháng 4 đến nay"): "cuối tháng 4 doanh nghiệp mới phải công bố", "vào tháng 3" of a
    season, "Những ngày giữa tháng 5" (the demo's gold: undated) are left; so are a later month
    (the demo's "trong tháng 6" of a plan said in May: with it real-check's period fell), one
    that recurs ("tháng 6 hàng năm"; recurring), a text speaking of another year, or an earlier
    month that starts a time up to now ("từ giữa tháng 6 đến nay" said in July: June and July)."""
    pw = _lexicons().period_words
    if not (anchor.month and anchor.published_year and anchor.year == anchor.published_year):
        return None
    during = bool(_match_before(toks, i, pw.get("during", ())))
    if not (during or _opens_since(toks, i) and _up_to_now(toks, i + 2)):
        return None  # "ngày 27 tháng 6" (GOLD.md: a bare day and month gives none), "cuối tháng 4"
    if i + 2 < len(toks) and ((toks[i + 2].low,) in pw.get("year", ()) or toks[i + 2].low in ("/", "-")):
        return None  # "tháng 6 năm ngoái", "tháng 6/…" read otherwise or not at all
    if m > anchor.month or m < anchor.month and not during or _match_at(toks, i + 2, pw.get("recurring", ())):
        return None
    return i, i + 2, _month_value(anchor.published_year, m)


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
    # "2021/22", "2021-5", "2021.5" go on; a full stop that ends the sentence ("… năm 2018.") does not
    glued_after = after is not None and after.glued and after.low in ("/", "-", ".") and \
        i + 2 < n and toks[i + 2].glued and toks[i + 2].kind == "num"
    # "Luật Ngân sách 2012", "Đại hội XII": a year inside a name is no period
    named = prev is not None and (prev.low,) not in pw.get("year", ()) and any(
        w.kind == "word" and w.text[:1].isupper() and not w.text.isupper() and k > 0
        for k, w in ((k, toks[k]) for k in range(max(0, i - 2), i))
    )
    if glued_after or named:
        return None
    return i, i + 1, str(y1)


def _slashed_date_at(toks: list[_Tok], i: int):
    """ "17/11/2023", "17-11-2023" written together (a day's date) or "11/2023" (a month)."""
    n = len(toks)
    t = toks[i]
    sep = toks[i + 1].low if i + 1 < n else ""
    dashed = sep == "-" and i + 4 < n and all(toks[k].glued for k in range(i + 1, i + 5))
    if i + 4 < n and (sep == "/" or dashed) and toks[i + 3].low == sep and _year(toks[i + 4].text):
        d, m, y = t.text, toks[i + 2].text, _year(toks[i + 4].text)
        if d.isdigit() and m.isdigit() and 1 <= int(m) <= 12 and 1 <= int(d) <= 31:
            year_end = (int(d), int(m)) == (31, 12) and not _balance_day(toks, i)
            value = str(y) if year_end else f"{y}-{int(m):02d}"
            return i, i + 5, value, "date"
        return None
    slash_year = i + 2 < n and toks[i + 1].low == "/" and toks[i + 2].kind == "num" and _year(toks[i + 2].text)
    if slash_year and t.text.isdigit() and 1 <= int(t.text) <= 12:
        return i, i + 3, f"{_year(toks[i + 2].text)}-{int(t.text):02d}"
    return None


def _balance_day(toks: list[_Tok], i: int) -> bool:
    """ "tại ngày 31/12/2020": a balance read on that day (a report's assets, debts, losses to
    date) is dated by its month, as any single date is (GOLD.md); a bare "31/12/2020" or "thời
    điểm 31/12/2020" stays the year it closes."""
    return i >= 2 and toks[i - 1].low == "ngày" and toks[i - 2].low == "tại"


def _relative_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """Periods said relative to the article's time: "năm nay", "6 tháng đầu năm" (its year),
    "tháng này", "tháng trước" (its month), "năm ngoái" (the year before), "năm tới" (the year
    after)."""
    pw = _lexicons().period_words
    n = len(toks)
    k = _next_year_at(toks, i)
    if k and anchor.published_year:  # before "trong năm": "tăng 4% trong năm nay và 5% trong năm sau"
        return i, i + k, str(anchor.published_year + 1)
    k = _match_at(toks, i, pw.get("this_year", ()))
    if k and (said := _named_relative_year(toks, i + k - 1, anchor)):
        return i, i + k - 1 + said[0], said[1]  # "trong năm nay", "cuối năm ngoái"
    # "trong năm 2021" is that year, "trong năm học 2024 - 2025" a school year (year_kind)
    if k and anchor.year and not (i + k < n and toks[i + k].kind == "num" and _year(toks[i + k].text)) \
            and not _match_at(toks, i + k, pw.get("year_kind", ())):
        return i, i + k, str(_this_year(toks, i, k, anchor))
    if anchor.month and anchor.published_year:
        for kind, shift in (("this_month", 0), ("last_month", -1)):
            k = _match_at(toks, i, pw.get(kind, ()))
            if k:
                return i, i + k, _month_value(anchor.published_year, anchor.month + shift)
    k = _match_at(toks, i, pw.get("last_year", ()))
    if k and anchor.published_year and not _after_a_count(toks, i):
        return i, i + k, str(anchor.published_year - 1)
    return None


def _after_a_count(toks: list[_Tok], i: int) -> bool:
    """Whether a number in digits or words stands before toks[i]: "5 năm trước", "ba năm tới"
    count years, they name no year."""
    return bool(i) and (toks[i - 1].kind == "num" or toks[i - 1].low in _lexicons().number_words)


def _named_relative_year(toks: list[_Tok], j: int, anchor: _Anchor) -> tuple[int, str] | None:
    """The year a this-year phrase ending in "năm" at toks[j] names when "nay" or "ngoái" ends it
    ("trong năm nay", "cuối năm ngoái"; publication_year, last_year): the year of publication or
    the one before, not the year the text last wrote; (its length from j, the year) or None."""
    pw = _lexicons().period_words
    if not anchor.published_year or toks[j].low != "năm":
        return None
    if k := _match_at(toks, j, pw.get("publication_year", ())):
        return k, str(anchor.published_year)
    if k := _match_at(toks, j, pw.get("last_year", ())):
        return k, str(anchor.published_year - 1)
    return None


def _next_year_at(toks: list[_Tok], i: int) -> int:
    """Length of a "năm tới" phrase at toks[i] that names the year after the article's, 0 if
    none: not a count of years ("5 năm tới", "những năm tới"), nor "năm sau đó"."""
    lex = _lexicons()
    k = _match_at(toks, i, lex.period_words.get("next_year", ()))
    if not k or _after_a_count(toks, i) or _match_before(toks, i, lex.period_words.get("years_counted", ()), 1) \
            or _match_at(toks, i + k, lex.period_words.get("not_next_year", ()), 1):
        return 0
    return k


def _first_quarter_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """ "3 tháng đầu năm 2021", "3 tháng đầu năm" (of the article's year): the first quarter, as
    "quý I" says (figure_period_words.tsv, year_start)."""
    pw = _lexicons().period_words
    if toks[i].text != "3" or i + 2 >= len(toks) or (toks[i + 1].low,) not in pw.get("month", ()):
        return None
    k = _match_at(toks, i + 2, pw.get("year_start", ()))
    if not k or _match_before(toks, i, pw.get("duration", ())):
        return None
    y, j = _year_after(toks, i + 2 + k)
    if y:
        return i, j, f"{y}-Q1"
    return (i, i + 2 + k, f"{anchor.year}-Q1") if anchor.year else None


FIRST_QUARTER_REPORTED = 4  # the last month of publication in which "3 tháng" are the year's first three


def _part_of_year_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """ "9 tháng", "cả 3 quý": the months or quarters of the article's year so far, when they fit
    in it ("9 tháng" published in October), and no duration cue comes before ("sau 9 tháng").
    "3 tháng" said in April (or before) are the first quarter, whose results are reported then;
    later they may be any three months ("3 tháng qua" on 2 May), and stay the year."""
    pw = _lexicons().period_words
    n = len(toks)
    if not (anchor.month and anchor.year == anchor.published_year) or i + 1 >= n or not toks[i].text.isdigit():
        return None
    count, word = int(toks[i].text), (toks[i + 1].low,)
    months = count if word in pw.get("month", ()) else 3 * count if word in pw.get("quarter", ()) else 0
    if not 1 < months <= anchor.month or _match_before(toks, i, pw.get("duration", ())) or _length_range(toks, i):
        return None
    if i + 2 < n and toks[i + 2].kind == "word" and not _match_at(toks, i + 2, pw.get("part_of_year_next", ())):
        return None  # "9 tháng tuổi", "3 tháng lương"
    if i + 2 < n and toks[i + 2].text.isdigit() and 1 <= int(toks[i + 2].text) <= 12:
        return None  # "ngày 5 tháng 6": a day and its month (GOLD.md: no year, no period)
    if months == 3 and anchor.month <= FIRST_QUARTER_REPORTED:
        return i, i + 2, f"{anchor.year}-Q1"  # "3 tháng qua" in April: the first quarter, as "3 tháng đầu năm"
    return i, i + 2, str(anchor.year)


def _length_range(toks: list[_Tok], i: int) -> bool:
    """Whether the count at toks[i] ends a range of counts ("2 - 3 tháng", "kỳ hạn 1 tháng-2
    tháng", "từ 6 tháng đến 12 tháng"): a range of lengths of time, not the months of the year."""
    lex = _lexicons()
    if i < 2 or not (toks[i - 1].low in _RANGE_DASHES or toks[i - 1].low in lex.range_to):
        return False
    k = i - 2 - ((toks[i - 2].low,) in lex.period_words.get("month", ()) and i >= 3)
    return toks[k].kind == "num"


def _period_at(toks: list[_Tok], i: int, anchor: _Anchor):
    """The period expression starting at toks[i]: (start, end, value[, kind]) or None."""
    pw = _lexicons().period_words
    t = toks[i]
    if t.kind == "word" and (t.low,) in pw.get("quarter", ()):
        return _quarter_at(toks, i, anchor)
    if t.kind == "word" and (t.low,) in pw.get("month", ()) and i + 1 < len(toks) and toks[i + 1].kind == "num":
        return _month_at(toks, i, anchor)
    # "11/2023" is read from its month, "ISO 9001:2015" is a standard's edition, no period
    if t.kind == "num" and _year(t.text) and not (i and toks[i - 1].low in ("/", "-", ":") and toks[i - 1].glued):
        return _years_at(toks, i)
    if t.kind == "num":
        return _slashed_date_at(toks, i) or _first_quarter_at(toks, i, anchor) or _part_of_year_at(toks, i, anchor)
    if t.kind == "word":
        return _relative_at(toks, i, anchor)
    return None


def _joined_span(toks: list[_Tok], first: tuple, second: tuple) -> tuple | None:
    """Two periods joined by a dash or "đến" ("7/2014 - 10/2017", "từ 18/3/2020 đến ngày 23/4/2021")
    as one span: the month when both fall in it, the year, or the years."""
    a, b, v1, *_ = first
    c, d, v2, *_ = second
    between = toks[b:c]
    lex = _lexicons()
    if len(between) == 2 and between[1].low in lex.day_words:
        between = between[:1]  # "từ ngày 1/1/2021 đến ngày 6/3/2021": the day word opens the second date
    if not (len(between) == 1 and (between[0].low in _RANGE_DASHES or between[0].low in lex.range_to)):
        return None
    y1, y2 = int(v1[:4]), int(v2[:4])
    if y1 > y2 or re.fullmatch(r"\d{4}-\d{4}", v1) or re.fullmatch(r"\d{4}-\d{4}", v2):
        return None
    value = v1 if v1 == v2 else str(y1) if y1 == y2 else f"{y1}-{y2}"
    return a, d, value, "span"


def _yearless_start(toks: list[_Tok], i: int, value: str) -> int | None:
    """Where a span of days opens that ends with the date at toks[i] and starts with a day of an
    earlier month written without its year ("từ ngày 28/6 đến ngày 5/7/2025": both of 2025, a
    span over two months, so the year), or None."""
    lex = _lexicons()
    k = i - (i > 0 and toks[i - 1].low in lex.day_words - lex.range_to)
    if k < 4 or not (toks[k - 1].low in _RANGE_DASHES or toks[k - 1].low in lex.range_to):
        return None
    d, slash, m = toks[k - 4 : k - 1]
    if slash.low != "/" or not (d.text.isdigit() and m.text.isdigit()) or k > 4 and toks[k - 5].low == "/":
        return None
    return k - 4 if 1 <= int(d.text) <= 31 and 1 <= int(m.text) < int(value[5:7]) else None


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
        # "SN 1965", "hạn sử dụng 1/6/2027", "ngày thành lập 6/3/2016", "thành lập năm 2021", "xe đời 2015"
        named_at = found[0] - _match_before(toks, found[0], pw.get("year", frozenset()) | pw.get("month", frozenset()))
        # "được thành lập vào năm 2021": a word that only leads to the year may stand between
        led_at = named_at - _match_before(toks, named_at, pw.get("right_after", ()))
        if any(_match_before(toks, k, pw.get("not_before", ())) for k in {found[0], named_at, led_at}):
            continue
        if named_at == found[0] and toks[found[0]].kind == "num" and re.fullmatch(r"\d{4}", found[2]) and _names_a_text(toks, found[0]):
            continue
        if found[3:] == ("date",) and len(found[2]) == 7 and (opened := _yearless_start(toks, found[0], found[2])) is not None:
            found = (opened, found[1], found[2][:4], "days")
        while found_all and found_all[-1][1] > found[0]:
            found_all.pop()  # "trong năm tài chính kết thúc vào tháng 3/2022": its "năm" is the fiscal year's
        if found_all and (joined := _joined_span(toks, found_all[-1], found)):
            found_all[-1] = joined
        else:
            found_all.append(found)
    out, last_end = [], 0
    for a, b, value, *kind in found_all:
        # a span word or "năm" before the expression belongs to it
        a -= _match_before(toks, a, pw.get("span", frozenset()) | pw.get("year", frozenset()), 2)
        # "so với cùng kỳ năm ngoái trong quý 1/2021": a comparison word before the period before
        # is that period's, not this one's
        reach = max(0, a - 3, last_end)
        comparison = any(_match_before(toks, k, pw.get("comparison", ())) for k in range(a, reach - 1, -1))
        last_end = b
        kind = kind[0] if kind else "period"
        if kind == "span" or re.fullmatch(r"\d{4}-\d{4}", value):
            kind = "period"  # "từ 2016 - 2020": a span after "từ" is no starting point
        elif kind == "days":
            kind = "date"  # "từ ngày 28/6 đến ngày 5/7/2025": neither a starting point, nor carried
        elif a and toks[a - 1].low in lex.range_from:
            kind, value = _since(toks, b, value, anchor)
        elif _opens_since(toks, a) and (since := _since(toks, b, value, anchor))[0] == "period":
            kind, value = since  # "từ đầu năm 2024 đến nay", "từ ngày 1/2021 đến nay"
        elif _starts_partway(toks, a, value, anchor):
            kind = "since"  # "từ cuối tháng 5/2025", "từ đầu năm 2019": starting points, as "từ tháng 5/2025" is
        if comparison and kind == "period" and _opens_clause(toks, a, b):
            comparison, kind = False, "date"  # "Cùng kỳ năm trước, toàn tỉnh có 45 ca": that clause's time
        out.append(_Period(toks[a].start, toks[b - 1].end, value, comparison, kind, _date_clause(toks, a, b, kind)))
    return out


def _starts_partway(toks: list[_Tok], a: int, value: str, anchor: _Anchor) -> bool:
    """Whether "từ" and a part of a month or year before the period at toks[a] make it a starting
    point ("từ cuối tháng 5/2025, …", "bắt đầu triển khai từ đầu năm 2019"), as "từ tháng 5/2025"
    and "từ năm 2019" are, not the time of what is said: the works begun then, the relation that
    began then have no period of theirs. The month and the year of publication are that time ("kể
    từ đầu tháng này": up to now, as "từ đầu tháng 4 đến nay"; "từ đầu năm 2021" said in 2021)."""
    part = a and (toks[a - 1].low,) in _lexicons().period_words.get("part", ())
    now = _month_value(anchor.published_year, anchor.month) if anchor.published_year and anchor.month else None
    this_year = str(anchor.published_year) if anchor.published_year else None
    earlier = re.fullmatch(r"\d{4}(-\d\d)?", value) is not None and value not in (now, this_year)
    return bool(part) and earlier and _opens_since(toks, a)


def _opens_clause(toks: list[_Tok], a: int, b: int) -> bool:
    """Whether the period at toks[a:b], after "cùng kỳ" (figure_period_words.tsv, same_period),
    opens its clause and a comma closes it: the figures of the clause are of that time, not
    compared with it ("so với cùng kỳ năm trước, …" still compares)."""
    k = a - _match_before(toks, a, _lexicons().period_words.get("same_period", ()))
    opens = k < a and (k == 0 or toks[k - 1].text in (";", ":"))
    return opens and b < len(toks) and toks[b].text == ","


NAME_REACH = 4  # words between a law's or curriculum's word and the year that ends its name


def _names_a_text(toks: list[_Tok], k: int) -> bool:
    """Whether the bare year at toks[k] ends the name of a law or a curriculum ("Luật Giáo dục
    2019", "chương trình giáo dục phổ thông 2018", "theo chương trình 2006"; figure_period_words.tsv,
    named_text): the text's year, not the time of a figure."""
    names = _lexicons().period_words.get("named_text", ())
    if k >= 2 and toks[k - 1].low in ("và", "hoặc", ",") and toks[k - 2].kind == "num" and _year(toks[k - 2].text):
        return _names_a_text(toks, k - 2)  # "chương trình giáo dục phổ thông 2006 và 2018"
    for j in range(k, max(0, k - NAME_REACH - 1), -1):
        if _match_before(toks, j, names):
            return True
        if j == 0 or toks[j - 1].kind != "word":
            return False
    return False


def _since(toks: list[_Tok], b: int, value: str, anchor: _Anchor) -> tuple[str, str]:
    """ "từ tháng 12/2023" is a starting point, not the figure's time; but "từ đầu năm đến nay",
    "từ quý I/2021 đến nay" in the year of publication are that year, and "từ đầu tháng 4 đến
    nay" in the month of publication that month."""
    up_to_now = _up_to_now(toks, b)
    year = int(value[:4])
    if up_to_now and anchor.published_year and year == anchor.published_year:
        month = _month_value(anchor.published_year, anchor.month) if anchor.month else None
        return "period", value if value == month else value[:4]  # "từ đầu tháng 4 đến nay", in April
    if up_to_now and anchor.published_year and year < anchor.published_year:
        return "period", f"{year}-{anchor.published_year}"  # "từ năm 2016 đến nay", published in 2020
    return "since", value


def _up_to_now(toks: list[_Tok], b: int) -> bool:
    """Whether "đến nay" or another present phrase follows toks[b], after an optional comma."""
    pw = _lexicons().period_words
    k = b + (b < len(toks) and toks[b].text == ",")
    return bool(_match_at(toks, k, pw.get("present", ())) or _match_at(toks, k, pw.get("up_to_now", ())))


def _opens_since(toks: list[_Tok], a: int) -> bool:
    """Whether "từ" opens the period at toks[a] over a day word or a part of the year ("từ ngày
    1/2021", "từ đầu năm 2024"; figure_period_words.tsv, part)."""
    lex = _lexicons()
    skip = lex.day_words | {w for (w,) in lex.period_words.get("part", ())}
    while a and toks[a - 1].low in skip and toks[a - 1].low not in lex.range_from:
        a -= 1
    return bool(a) and toks[a - 1].low in lex.range_from
