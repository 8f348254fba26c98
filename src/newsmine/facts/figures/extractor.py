"""The extractor: `extract_figures` walks an article's sentences, skips boilerplate lines, reads
each sentence's periods and quantities, carries a stated period over to the next sentences of
its paragraph (and the year of an event its opening names to figures with no time of their
own), and turns each candidate into a `Figure` with its measure and period."""

import re
from bisect import bisect_left

from ..records import Figure
from ..sentences import split_sentences
from .candidates import _Found, _Sentence, _sentence_quantities
from .clauses import _names_quantity
from .elided import with_elided_parts, with_subject_counts
from .kinds import figure_kind
from .measure import _measure
from .period_choice import (
    _bare_same_period,
    _basis_level,
    _choose_period,
    _event_year,
    _respective,
    _year_after_same_period,
    _year_before,
)
from .periods import _Anchor, _Period, _sentence_periods, _year
from .respective import respective_measures
from .tokens import _match_at
from .wordlists import _lexicons

ANAPHOR_WORDS = 2  # a measure this short that only names a quantity may stand for one said before
CARRY_SENTENCES = 1  # how many sentences a stated period carries over, within its paragraph
OPENING_SENTENCES = 3  # the title and lead, where an article names the event it reports


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
    article_year = published_year  # what "cả năm", "cuối năm" refer to ("năm nay": the anchor's published_year)
    event_year = _opening_event_year(text, low, sorted(sentences), skipped, published_year)
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
            if not p.comparison and re.search(r"\d{4}|quý", text[p.start : p.end].lower())
        ]
        lex = _lexicons()
        present = any(_match_at(sent.toks, k, lex.period_words.get("present", ())) for k in range(len(sent.toks)))
        if present or any(p.kind == "since" for p in periods):
            carried.pop(paragraph, None)  # "Kể từ năm 2017, công ty …": the sentence sets its own time
        # "mỗi năm đón khoảng 20.000 khách": a yearly rate of no year of its own, nothing carried in
        yearly = [] if any(not p.comparison for p in periods) else [
            sent.toks[k].start for k in range(len(sent.toks))
            if _match_at(sent.toks, k, lex.period_words.get("recurring", ()))]
        found_all = with_elided_parts(sent, with_subject_counts(sent, _sentence_quantities(sent)))
        # "Hơn 2000 khán giả": a number read as a figure is no year of the sentence
        numbers = {sent.toks[f.first].start for f in found_all}
        periods = [p for p in periods if p.start not in numbers]
        previous, context = None, {"published_year": published_year}
        bounds = _Bounds(found_all, context)
        at = sent.low.find("lần lượt", s_start, s_end)
        respective = _respective(periods, text, at, [sent.toks[f.text_first].start for f in found_all]) if at >= 0 else {}
        named_event = _sentence_event_year(sent, periods, published_year) or event_year
        members, made = (respective_measures(sent, found_all) if at >= 0 else {}), []
        for index, found in enumerate(found_all):
            recurring = _in_yearly_clause(text, sent.toks[found.text_first].start, yearly)
            carry = carried.get(paragraph)
            carry = carry[0] if carry and number - carry[1] <= CARRY_SENTENCES and not recurring else None
            figure = _to_figure(sent, found, periods, carry, *bounds.of(found))
            figure.period = respective.get(figure.start, figure.period)
            if figure.period is None and named_event and not periods and not present and not recurring:
                figure.period = str(named_event)  # a figure of the reported event, with no time of its own
            if previous is not None and previous[0].partner_first == found.first:
                # the two ends of a range measure one thing: a counted noun is read at the end
                if found.counted and not _says_less(figure.measure, previous[1].measure):
                    previous[1].measure = figure.measure
                else:
                    figure.measure = previous[1].measure
                if _says_less(figure.measure, previous[1].measure):
                    figure.measure = previous[1].measure
                # annotators tell the two ends apart: "… (mức thấp)", "… (mức cao)"; "… (trước)", "… (sau)"
                ends = ("change_from", "change_to") if previous[0].change else ("range_low", "range_high")
                low_end, high_end = (lex.labels.get(end) for end in ends)
                if figure.measure and low_end and high_end:
                    previous[1].measure = f"{figure.measure} {low_end}"
                    figure.measure = f"{figure.measure} {high_end}"
            if previous is not None and _next_in_series(sent, periods, previous[0], found) \
                    and not _shares_words(figure.measure, previous[1].measure):
                figure.measure = previous[1].measure  # "4,4% trong năm nay và 5,1% trong năm sau"
            figure.measure = _given(members.get(index), made) or _antecedent(figure.measure, figures)
            if previous is not None and _part_before(sent, previous[0], found):
                previous[1].measure = figure.measure  # "3 trong số 4 nạn nhân …": three of the victims
            figures.append(figure)
            made.append(figure)
            previous = (found, figure)
            bounds.passed(found)
        stated = [p for p in periods if not p.comparison and p.kind == "period"]
        if stated:
            carried[paragraph] = (stated[-1].value, number)
            # the year "năm nay" refers to moves with a year written out, not with "năm ngoái"
            single = [p.value[:4] for p in stated if not re.fullmatch(r"\d{4}-\d{4}", p.value)
                      and re.search(r"\d{4}", text[p.start:p.end])]
            article_year = _year(single[-1]) if single else article_year
    return figures


def _given(given: str | tuple[int, str] | None, made: list[Figure]) -> str | None:
    """The measure `respective_measures` gives a figure: its member's, or that of the figure listed
    before "lần lượt" in its place with what is said after it ("171 tỷ đồng doanh thu …, lần lượt
    bằng 62% …")."""
    if isinstance(given, tuple):
        return " ".join(w for w in (made[given[0]].measure, given[1]) if w)
    return given


def _in_yearly_clause(text: str, at: int, yearly: list[int]) -> bool:
    """Whether a figure at `at` is a yearly rate: after "mỗi/hằng năm" in its sentence ("Mỗi năm,
    làng nghề đón 15.000 khách"), or before it in the same clause ("tiết kiệm 320 triệu kWh mỗi
    năm"); a figure of another clause before it keeps its time ("chi phí lên tới 2 tỷ đồng, dù …
    hằng năm …")."""
    return any(r < at or not re.search(r"[,;()]", text[at:r]) for r in yearly)


def _sentence_event_year(sent, periods, published_year) -> int | None:
    """The year of an event of the publication year that a sentence with no period of its own names
    ("Diễn đàn Thanh niên … 2025 … với hai phiên hội thảo", "chung kết cuộc thi … 2025 … 30 thí
    sinh"): its figures are of that event (GOLD.md: a period the article clearly implies)."""
    return None if periods else _event_year(sent.toks, published_year, ("event",))


def _opening_event_year(text, low, sentences, skipped, published_year) -> int | None:
    """The year of the event the title or lead names ("Giải chạy … 2025"), if any."""
    opening = [(a, b) for a, b in sentences if not any(x <= a < y for x, y in skipped)][:OPENING_SENTENCES]
    years = (_event_year(_Sentence(text, low, a, b, False).toks, published_year) for a, b in opening)
    return next((y for y in years if y), None)


def _part_before(sent: _Sentence, before: _Found, whole: _Found) -> bool:
    """Whether a bare number is a part of the figure right after it: "23 trong số 32 quốc gia",
    "Ba trong bốn chủng" (figure_measure_cues.tsv, among, the only words between them)."""
    if before.unit_first is not None or before.item_end is not None or before.unit != whole.unit:
        return False
    n = _match_at(sent.toks, before.text_last, _lexicons().cues.get("among", frozenset()), 2)
    return bool(n) and before.text_last + n == whole.text_first


def _next_in_series(sent: _Sentence, periods: list[_Period], before: _Found, after: _Found) -> bool:
    """Whether `after` is the next value of what `before` measures, at another time: the same
    unit (and counted noun), and between them only period expressions, their lead words, commas
    and "và", "còn" ("tăng 4,4% trong năm nay và 5,1% trong năm sau"): no words of its own."""
    if before.unit != after.unit or before.item != after.item or before.partner_first == after.first:
        return False
    lex = _lexicons()
    glue = lex.cues.get("coordinator", frozenset()) | lex.period_words.get("lead", frozenset())
    toks, dated = sent.toks, False
    for t in toks[before.text_last : after.text_first]:
        if any(p.start <= t.start < p.end for p in periods if not p.comparison):
            dated = True
        elif not (t.text in (",", ";") or (t.low,) in glue):
            return False
    return dated


def _shares_words(measure: str | None, other: str | None) -> bool:
    """Whether two measures have a word in common: then the later one says what it measures
    ("vượt 46,3% so với chỉ tiêu"), not only the period it was read from."""
    return bool(set((measure or "").lower().split()) & set((other or "").lower().split()))


def _says_less(measure: str | None, other: str | None) -> bool:
    """Whether a measure is only words of another ("xã" of "Số xã có trạm y tế đạt chuẩn"): the
    end of a change read as a bare counted noun says less than the subject its start took."""
    words, others = (measure or "").lower().split(), (other or "").lower().split()
    return len(words) < len(others) and all(w in others for w in words)


def _antecedent(measure: str | None, before: list[Figure]) -> str | None:
    """A bare quantity noun ("tỷ lệ" of "tỷ lệ này chỉ là 0,2%") stands for the last measure
    the article opened with it ("tỷ lệ sử dụng thuốc lá điện tử")."""
    if not measure or len(measure.split()) > ANAPHOR_WORDS or not _names_quantity(measure):
        return measure
    prefix = measure.lower() + " "
    for figure in reversed(before):
        if figure.measure and figure.measure.lower().startswith(prefix):
            return figure.measure
    return measure


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
    period = _basis_level(periods, start, end, sent.text) or _choose_period(periods, start, end, sent.text) or carried
    if period and _bare_same_period(start, sent.text):
        period = _year_before(period)  # "mức lỗ cùng kỳ là 1.908 tỷ đồng": the year before the text's
    period = period or _year_after_same_period(periods, start, sent.text, context.get("published_year"))
    measure = _measure(sent, f, floor, starts, periods, context)
    return Figure(
        value=_clean_value(f.value),
        unit=f.unit,
        text=sent.text[start:end],
        start=start,
        end=end,
        item=f.item,
        qualifier=f.qualifier,
        measure=measure,
        period=period,
        direction=f.direction,
        kind=figure_kind(sent, f, measure, context.get("published_year")),
        sentence=sent.text[sent.start : sent.end],
        rule=f.rule,
    )


def _clean_value(value: float) -> float:
    # six decimals for a size, six significant digits for a small one ("1,7 mg" is 0.0000017 kg)
    rounded = round(value, 6) if abs(value) >= 1 else float(f"{value:.6g}")
    return float(int(rounded)) if rounded == int(rounded) else rounded


class _Bounds:
    """Where the measure of each figure of a sentence may start (the end of the figure before),
    which figures' starts end the words after it, and the context it shares with the figures before.

    A specification ("128GB", "7.000mAh") bounds the words of no other figure and lends them no
    subject ("giá bản 8GB RAM/128GB là …"); a list of specifications shares its own context
    ("bộ nhớ gồm 64GB, 128GB và 256GB")."""

    def __init__(self, found_all: list[_Found], context: dict):
        self.starts = {f.text_first for f in found_all}
        self.plain_starts = {f.text_first for f in found_all if not _specification(f)}
        self.floor = self.plain_floor = 0
        self.context, self.spec_context = context, context
        self.after_spec = False

    def of(self, found: _Found) -> tuple[int, set[int], dict]:
        if not _specification(found):
            return self.plain_floor, self.plain_starts, self.context
        if not self.after_spec:
            self.spec_context = dict(self.context)
        return self.floor, self.starts, self.spec_context

    def passed(self, found: _Found) -> None:
        self.floor = found.text_last
        self.after_spec = _specification(found)
        if not self.after_spec:
            self.plain_floor = found.text_last


def _specification(found: _Found) -> bool:
    """Whether a figure is a device's specification counted by its unit ("128GB", "7.000mAh";
    figure_measure_cues.tsv specification)."""
    return found.unit_item and (found.item.lower(),) in _lexicons().cues.get("specification", ())
