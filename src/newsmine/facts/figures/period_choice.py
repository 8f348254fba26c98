"""Which period a figure refers to: of the periods its sentence states (periods.py reads them),
the one its clause gives it (`_choose_period`), a year named by the same period after it, periods
listed before "lần lượt" given in order (`_respective`), and the year an article's event or
report names (`_event_year`, `_named_year`)."""

import re
from functools import lru_cache

from .periods import _counts_months, _Period, _year
from .tokens import _match_at, _Tok
from .wordlists import _lexicons


def _choose_period(periods: list[_Period], start: int, end: int, text: str = "") -> str | None:
    """The period written right after the figure ("65% vào cuối năm 2020"), else the nearest
    stated period before it in its sentence, else the nearest after."""
    candidates = [
        p for p in periods
        if not p.comparison and p.kind != "since" and (p.scope is None or p.scope[0] <= start < p.scope[1])
    ]
    # a figure that opens a bracket is another form of the one before it: the period right after
    # the bracket is its own too ("2,35 tỷ won (khoảng 48,4 tỷ đồng) vào năm 2015")
    close = ")" if text[:start].rstrip().endswith("(") else ""
    for p in candidates:
        gap = text[end : p.start].lstrip().removeprefix(close).lower().split() if p.start >= end and p.kind != "date" else None
        if gap is not None and _leads_to_period(gap):
            return p.value
    before = [p for p in candidates if p.end <= start and not _now_between(text[p.end : start])]
    if before:
        return before[-1].value
    after = [p for p in candidates if p.start >= start and p.kind != "date" and not _dates_a_name(text, end, p.start)]
    after = [p for p in after if _same_clause(text[end : p.start])]
    return after[0].value if after else None


BASIS_GAP_WORDS = 3  # words between a "cùng kỳ" period and the level said of it ("cùng kỳ năm 2020 tăng 0,78%")


def _basis_level(periods: list[_Period], start: int, end: int, text: str) -> str | None:
    """The earlier time a level is said of, when the figure is that time's own value, not a value
    compared with it: a level said right before "cùng kỳ <period>" with no "so với" ("mức lỗ 1.990 tỷ
    đồng cùng kỳ năm 2020", "cao hơn mức 3,75% cùng kỳ năm ngoái"), or said in the clause that
    "cùng kỳ <period>" opens as its subject ("(cùng kỳ năm 2020 tăng 0,78%)", "con số này cùng kỳ
    năm trước là 41,9 tỷ đồng"). "tăng 15% so với cùng kỳ năm 2020", "giảm so với cùng kỳ năm trước
    10%" still compare: their figure is of the time the text speaks of."""
    pw = _lexicons().period_words
    same = pw.get("same_period", ())
    for p in periods:
        if not (p.comparison and p.kind == "period" and re.fullmatch(r"\d{4}(-Q\d|-\d\d)?", p.value)):
            continue
        before = tuple(re.findall(r"\w+|[(),;:]", text[max(0, p.start - 40) : p.start].lower()))
        opened = next((len(w) for w in same if before[-len(w):] == w), 0)
        if not opened or any(w in COMPARING for w in before[-opened - 2 : -opened]):
            continue
        gap = text[end : p.start].lower().split()
        k = 0
        while k < min(len(gap), RIGHT_AFTER_WORDS) and (gap[k],) in pw.get("right_after", ()) | {("của",)}:
            k += 1
        if p.start >= end and tuple(gap[k:]) == before[-opened:]:
            return p.value  # the level right before "cùng kỳ năm 2020"
        between = text[p.end : start]
        if p.end <= start and not re.search(r"[,;:()“”\"]", between) and len(between.split()) <= BASIS_GAP_WORDS:
            return p.value  # "cùng kỳ năm 2020 tăng 0,78%": that clause's own level
    return None


def _bare_same_period(start: int, text: str) -> bool:
    """Whether the figure at text[start:] is the level of its clause's subject "cùng kỳ" written
    without a year ("mức lỗ cùng kỳ là hơn 1.908 tỷ đồng", "(cùng kỳ vẫn có lãi 116,6 tỷ đồng)"): the
    same part of the year before the time the figure's text speaks of."""
    before = text[max(0, start - 60) : start].lower()
    clause = re.split(r"[,;:()“”\"]", before)[-1].split()
    same = _lexicons().period_words.get("same_period", ())
    for w in same:
        for k in range(len(clause) - len(w), max(-1, len(clause) - len(w) - BASIS_GAP_WORDS - 1), -1):
            if k >= 0 and tuple(clause[k : k + len(w)]) == w:
                after = clause[k + len(w) : k + len(w) + 1]
                if not any(x in COMPARING for x in clause[max(0, k - 2) : k]) and not (after and _counts_period(after[0])):
                    return True
    return False


def _counts_period(word: str) -> bool:
    """Whether a word names a year, quarter or month ("năm", "quý", "tháng")."""
    pw = _lexicons().period_words
    return any((word,) in pw.get(kind, ()) for kind in ("year", "quarter", "month"))


def _year_before(period: str | None) -> str | None:
    """The same part of the year before ("2020-Q1" → "2019-Q1"), None for a span or no period."""
    if not period or not re.fullmatch(r"\d{4}(-Q\d|-\d\d)?", period):
        return None
    return f"{int(period[:4]) - 1}{period[4:]}"


COMPARING = frozenset({"so", "với", "hơn", "như", "bằng"})  # words before "cùng kỳ" that compare with it


RIGHT_AFTER_WORDS = 2  # lead words that may stand between a figure and the period written after it


def _leads_to_period(gap: list[str]) -> bool:
    """Whether the words between a figure and a period after it only lead to that period: up to
    two right_after words ("vào cuối năm 2020"), then what opens a part of the year that is read
    from its "năm" on: "cả" ("cả năm 2019"), a count of months or quarters and "đầu", "cuối"
    ("trong 11 tháng đầu năm 2020"; figure_period_words.tsv, year_part). Without them the period
    said before the figure was taken ("từ 176 nghìn tỷ đồng cả năm 2017 lên 274 nghìn tỷ đồng cả
    năm 2019": 2017 for both). A year-less "10 tháng đầu năm" is left to the period before: its
    year is the one the sentence opened with ("Năm 2020, … trong 10 tháng đầu năm")."""
    pw = _lexicons().period_words
    k = 0
    while k < min(len(gap), RIGHT_AFTER_WORDS) and (gap[k],) in pw.get("right_after", ()):
        k += 1
    rest = gap[k:]
    if len(rest) >= 2 and rest[0].isdigit() and _counts_months(rest[1]):
        rest = rest[2:]
    return len(rest) <= 1 and all((w,) in pw.get("year_part", ()) for w in rest)


def _year_after_same_period(periods: list[_Period], start: int, text: str, latest: int | None) -> str | None:
    """The figure's own year when the only period of its sentence is the same part of the year
    before ("tăng 15% so với cùng kỳ năm 2023" → 2024; figure_period_words.tsv, same_period): a
    level and its change are of one time. A figure the comparison's own clause gives ("cùng kỳ năm
    2020 là 51.162 xe") is of that year; a bracketed comparison dates nothing outside it, and no
    year after the publication's (`latest`) is inferred."""
    lex = _lexicons()
    same = lex.period_words.get("same_period", ())
    for p in periods:
        words = tuple(re.findall(r"\w+|\(", text[max(0, p.start - 20) : p.start].lower()))
        opened = next((len(w) for w in same if words[-len(w):] == w or words[-len(w) - 1 : -1] == w), 0)
        if not opened and latest and p.value == str(latest - 1) and p.value in text[p.start : p.end]:
            opened = _last_year_basis(words)  # "tăng 1,1 tiêu chí so với năm 2018", published in 2019
        if not (opened and p.comparison and p.kind == "period" and re.fullmatch(r"\d{4}(-Q\d|-\d\d)?", p.value)):
            continue
        gap = tuple(text[p.end : start].lower().split())
        if p.end <= start and (not gap or gap in lex.links):
            return p.value  # the basis itself
        year = int(p.value[:4]) + 1
        if "(" not in words[-opened - 3 : -opened] and (latest is None or year <= latest):
            return f"{year}{p.value[4:]}"
    return None


def _last_year_basis(words: tuple[str, ...]) -> int:
    """Length of a comparison phrase that ends `words` and compares with a whole year written out
    (figure_period_words.tsv, year_basis: "so với năm 2022", "so với cuối năm 2022"): said of
    the year before publication, the figure is of the year of publication, as after "cùng kỳ"
    ("so với năm trước" after another year, "so với đầu năm" are left: their year is the text's)."""
    return next((len(w) for w in _lexicons().period_words.get("year_basis", ()) if words[-len(w):] == w), 0)


def _now_between(gap: str) -> bool:
    """Whether the text between a period and a figure after it moves to the time of writing ("vào
    năm 2015 và từ đó đến nay tăng gấp 3 lần, đạt …"): the period then is not the figure's; one
    that opens the gap belongs to the period ("từ năm 2016 đến nay, …"). Only the phrases that end
    in "nay", "này" count: "hiện tại" is also "thực hiện tại …"."""
    words = re.findall(r"\w+", gap.lower())
    return any(tuple(words[k : k + len(w)]) == w for w in _present_now() for k in range(1, len(words)))


@lru_cache(maxsize=1)
def _present_now() -> tuple[tuple[str, ...], ...]:
    """The present phrases (figure_period_words.tsv) that end in "nay" or "này"."""
    return tuple(w for w in _lexicons().period_words.get("present", ()) if w[-1] in ("nay", "này"))


def _same_clause(gap: str) -> bool:
    """Whether a period after a figure, gap being the text between them, is in the figure's own
    clause: no mark between, bar a bracket opened right after the figure ("… (giai đoạn 2018 - 2020)")
    and a whole bracket that only adds to what is said ("2,35 tỷ won (khoảng 48,4 tỷ đồng) vào năm
    2015", "cổ phiếu của Tesco (Anh) vào cuối năm 2012")."""
    gap = re.sub(r"\((?:[^(),;:]|,(?=\d))*\)", " ", gap).lstrip()
    return not re.search(r"[,;:()“”\"]", gap.removeprefix("("))


def _dates_a_name(text: str, end: int, start: int) -> bool:
    """Whether a period in brackets at text[start:] dates a word said after the figure ending at
    end ("3 thành phố là Thủ Dầu Một (năm 2012)"), not the figure ("2.280 tỷ đồng (2017 - 2020)")."""
    between = text[end:start].rstrip()
    return between.endswith("(") and bool(re.search(r"\w", between[:-1]))


EVENT_REACH = 12  # tokens from an event's word to the year that names it ("giải Golf '…' lần 3 năm 2025")


def _event_year(toks: list[_Tok], published_year: int | None, kinds=("event", "report")) -> int | None:
    """The year of the event or report the sentence names: the publication year for an event of
    that year ("Giải chạy cộng đồng Run4Life 2025", "kỳ thi tốt nghiệp THPT năm 2025";
    figure_period_words.tsv, event), that year or the one before for a report of a year's results
    ("báo cáo tài chính năm 2020" published in 2021; report). An article opening on it reports that
    event or year, whose figures are of its year (GOLD.md: a period the article clearly implies)."""
    if not published_year:
        return None
    words = _lexicons().period_words
    for kind, years in (("event", (published_year,)), ("report", (published_year, published_year - 1))):
        if kind not in kinds:
            continue
        for k in range(len(toks)):
            n = _match_at(toks, k, words.get(kind, ()), 6)  # "kết quả sản xuất kinh doanh"
            if n and (year := _named_year(toks[k + n : k + n + EVENT_REACH], years)):
                return year
    return None


def _named_year(toks: list[_Tok], years: tuple[int, ...]) -> int | None:
    """The first bare year of `toks`, if one of `years`, before a mark ends the name or a quarter
    or month makes it part of a year ("kết quả kinh doanh quý đầu tiên của năm 2021")."""
    for t in toks:
        if t.text in (",", ";", ".", ":", "(") or _counts_months(t.low):
            return None
        if t.kind == "num" and not t.glued and _year(t.text):
            return _year(t.text) if _year(t.text) in years else None
    return None


RESPECTIVE_REACH = 8  # words between the last period listed and "lần lượt"


def _respective(periods: list[_Period], text: str, at: int, starts: list[int]) -> dict[int, str]:
    """The periods listed before "lần lượt" (respectively) at text[at:], given in order to the
    figures after it ("năm 2017, 2018 lần lượt là 182 tỷ đồng và 197 tỷ đồng": the first of 2017),
    as {figure start: period}; {} when fewer than two periods are listed or figures follow."""
    before = [p for p in periods if p.end <= at and not p.comparison and p.kind != "since"]
    if not before or len(re.findall(r"\w+", text[before[-1].end : at])) > RESPECTIVE_REACH or ";" in text[before[-1].end : at]:
        return {}
    listed = [before[-1]]
    for p in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|và|,\s*và)?\s*(?:năm|quý|tháng)?\s*", text[p.end : listed[0].start].lower()):
            break
        listed.insert(0, p)
    after = sorted(x for x in starts if x > at)
    if len(listed) < 2 or len(after) < len(listed):
        return {}
    return {x: p.value for x, p in zip(after, listed)}
