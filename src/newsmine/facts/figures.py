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
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicons import load_list, load_table
from .model import Figure
from .sentences import split_sentences

EXTRACTOR_VERSION = "figures-0.1"

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S")
_BOUNDARY = frozenset(",;:()[]…!?\"“”‘’«»–—•")  # ends a clause (a measure never crosses one)
_OPEN_QUOTES = frozenset("“\"‘'«")
_CLOSE_QUOTES = frozenset("”\"’'»")
_RANGE_DASHES = frozenset("-–—÷~")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
MAX_ITEM_WORDS = 6
MAX_MEASURE_WORDS = 14
MAX_PREDICATE_WORDS = 12


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
    directions: dict
    not_items: frozenset
    breakers: frozenset
    name_cues: frozenset
    rank_cues: frozenset
    idioms: frozenset
    count_heads_after_so: frozenset
    needs_complement: frozenset
    links: frozenset
    openers: frozenset
    paired: frozenset
    vague: frozenset
    period_words: dict  # kind → frozenset of phrase tuples
    headings: frozenset
    attributions: tuple
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
    q_before, q_after = {}, {}
    for row in load_table("figure_qualifiers.tsv"):
        target = q_after if len(row) > 2 and row[2] == "after" else q_before
        target[tuple(row[0].lower().split())] = row[1]
    directions = {tuple(row[0].split()): row[1] for row in load_table("figure_directions.tsv")}
    period_words: dict[str, set] = {}
    for kind, words in load_table("figure_period_words.tsv"):
        period_words.setdefault(kind, set()).add(tuple(words.lower().split()))
    headings, attributions = set(), []
    for kind, words in load_table("figure_boilerplate.txt"):
        (headings.add(words.lower()) if kind == "heading" else attributions.append(words.lower()))
    return _Lexicons(
        units=units,
        unit_pattern=unit_pattern,
        multipliers=multipliers,
        number_words=number_words,
        not_alone=frozenset(not_alone),
        qualifiers_before=q_before,
        qualifiers_after=q_after,
        directions=directions,
        not_items=_phrases("figure_not_items.txt"),
        breakers=_phrases("figure_item_breakers.txt"),
        name_cues=_phrases("figure_name_cues.txt"),
        rank_cues=_phrases("figure_rank_cues.txt"),
        idioms=_phrases("figure_number_idioms.txt"),
        count_heads_after_so=frozenset(load_list("figure_count_heads_after_cue.txt")),
        needs_complement=frozenset(load_list("figure_counters_needing_complement.txt")),
        links=_phrases("figure_measure_links.txt"),
        openers=_phrases("figure_measure_openers.txt"),
        paired=_phrases("figure_paired_nouns.txt"),
        vague=frozenset(load_list("figure_vague_cues.txt")),
        period_words={k: frozenset(v) for k, v in period_words.items()},
        headings=frozenset(headings),
        attributions=tuple(attributions),
    )


# ---------------------------------------------------------------- numbers


def parse_number(written: str) -> float:
    """A number in Vietnamese digits: '.' groups thousands, ',' marks decimals ("1.234,5").

    Ambiguous forms are read by their shape: one separator followed by exactly three digits
    groups thousands when it is '.', marks decimals when it is ','; when both appear the last
    one is the decimal mark ("1,234.5" as written by English-style sources).
    """
    s = written.strip()
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
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

    def word(self, role: str, value: float) -> bool:
        last = self.last
        if role in ("digit", "digit_leading"):
            starts = last in (None, "scale", "zero_filler") or (role == "digit" and last == "hundred")
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
    for w in words:
        entry = lex.number_words.get(w.lower())
        if entry is None or not reader.word(*entry):
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
    out, prev_end = [], None
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        kind = "num" if t[0].isdigit() and t[0].isascii() else "word" if t[0].isalpha() or t[0] == "²" or t[0] == "³" else "punct"
        if kind == "word" and t[0] in "²³":
            kind = "punct"
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


def _year(s: str) -> int | None:
    try:
        y = int(s)
    except ValueError:
        return None
    return y if 1900 <= y <= 2100 else None


def _sentence_periods(toks: list[_Tok], published_year: int | None) -> list[_Period]:
    """Period expressions of one sentence, in text order."""
    lex = _lexicons()
    pw = lex.period_words
    out: list[_Period] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        found = None
        if t.kind == "word" and (t.low,) in pw.get("quarter", ()):
            q = toks[i + 1].low if i + 1 < n else ""
            if q in _ROMAN:
                j = i + 2
                if j < n and toks[j].low in ("/", "-"):
                    j += 1
                elif j < n and (toks[j].low,) in pw.get("year", ()):
                    j += 1
                y = _year(toks[j].text) if j < n and toks[j].kind == "num" else None
                if y:
                    found = (i, j + 1, f"{y}-Q{_ROMAN[q]}")
                elif published_year:
                    found = (i, i + 2, f"{published_year}-Q{_ROMAN[q]}")
        elif t.kind == "word" and (t.low,) in pw.get("month", ()) and i + 1 < n and toks[i + 1].kind == "num":
            m = toks[i + 1].text
            j = i + 2
            if j < n and toks[j].low in ("/", "-"):
                j += 1
            elif j < n and (toks[j].low,) in pw.get("year", ()):
                j += 1
            y = _year(toks[j].text) if j < n and toks[j].kind == "num" else None
            if m.isdigit() and 1 <= int(m) <= 12 and y:
                found = (i, j + 1, f"{y}-{int(m):02d}")
        elif t.kind == "num" and _year(t.text) and not (i and toks[i - 1].low in ("/", "-") and toks[i - 1].glued):
            y1 = _year(t.text)
            j = i + 1
            if j + 1 < n and toks[j].low in _RANGE_DASHES and _year(toks[j + 1].text) and toks[j + 1].kind == "num":
                y2 = _year(toks[j + 1].text)
                if y2 and y2 > y1:
                    found = (i, j + 2, f"{y1}-{y2}")
            elif j + 2 < n and toks[j].low in ("đến", "tới") and (toks[j + 1].low,) in pw.get("year", ()) and _year(toks[j + 2].text):
                y2 = _year(toks[j + 2].text)
                if y2 > y1:
                    found = (i, j + 3, f"{y1}-{y2}")
            if found is None:
                prev = toks[i - 1] if i else None
                after = toks[i + 1] if i + 1 < n else None
                glued_after = after is not None and after.glued and after.low in ("/", "-", ".")
                named = prev is not None and prev.kind == "word" and prev.text[:1].isupper() and (prev.low,) not in pw.get("year", ())
                if not glued_after and not (named and not prev.text.isupper()):
                    found = (i, i + 1, str(y1))
        elif t.kind == "num" and i + 4 < n and toks[i + 1].low == "/" and toks[i + 3].low == "/" and _year(toks[i + 4].text):
            d, m, y = t.text, toks[i + 2].text, _year(toks[i + 4].text)
            if d.isdigit() and m.isdigit() and 1 <= int(m) <= 12:
                value = str(y) if (int(d), int(m)) == (31, 12) else f"{y}-{int(m):02d}"
                found = (i, i + 5, value)
        elif t.kind == "num" and i + 2 < n and toks[i + 1].low == "/" and _year(toks[i + 2].text):
            if t.text.isdigit() and 1 <= int(t.text) <= 12 and toks[i + 2].kind == "num":
                found = (i, i + 3, f"{_year(toks[i + 2].text)}-{int(t.text):02d}")
        elif published_year and t.kind == "word":
            k = _match_at(toks, i, pw.get("this_year", ()))
            if k and not (i + k < n and toks[i + k].kind == "num" and _year(toks[i + k].text)):
                found = (i, i + k, str(published_year))
        if found:
            a, b, value = found
            # a span word or "năm" before the expression belongs to it
            back = _match_before(toks, a, pw.get("span", frozenset()) | pw.get("year", frozenset()), 2)
            a -= back
            comparison = any(_match_before(toks, k, pw.get("comparison", ())) for k in range(a, max(0, a - 3) - 1, -1))
            out.append(_Period(toks[a].start, toks[b - 1].end, value, comparison))
            i = b
            continue
        i += 1
    return out


def _choose_period(periods: list[_Period], start: int, end: int) -> str | None:
    candidates = [p for p in periods if not p.comparison]
    before = [p for p in candidates if p.end <= start]
    if before:
        return before[-1].value
    after = [p for p in candidates if p.start >= end]
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
        if t.kind == "word" and t.low in lex.multipliers:
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
    value: float
    unit: str
    first: int  # token indices
    last: int
    item: str | None = None
    item_end: int | None = None  # token index after the counted item / unit phrase
    np_end: int | None = None  # token index after a noun phrase following a percentage
    qualifier: str | None = None
    direction: str | None = None
    text_first: int | None = None
    text_last: int | None = None
    range_partner: bool = False
    extra: dict = field(default_factory=dict)


class _Sentence:
    def __init__(self, text: str, start: int, end: int, all_caps: bool):
        self.text = text
        self.start, self.end = start, end
        self.toks = _tokens(text, start, end)
        self.all_caps = all_caps
        self.low = text.lower() if len(text.lower()) == len(text) else text

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
        return unit, factor, k

    def is_item_word(self, t: _Tok) -> bool:
        if t.kind != "word":
            return False
        if self.all_caps:
            return True
        if t.text[:1].islower():
            return True
        return t.text.isupper() and len(t.text) >= 2

    def item_phrase(self, j: int) -> int:
        """Token index after the counted noun phrase starting at toks[j]."""
        lex = _lexicons()
        toks = self.toks
        k, words = j, 0
        while k < len(toks) and words < MAX_ITEM_WORDS:
            t = toks[k]
            if k > j and _match_at(toks, k, lex.breakers):
                break
            if not self.is_item_word(t) and not (k > j and t.kind == "word" and t.text.isupper()):
                if t.kind == "punct" and t.text == "," and k > j:
                    head = _words_at(toks, j, k - j)
                    m = _match_at(toks, k + 1, lex.paired)
                    if head in lex.paired and m and (k + 1 + m >= len(toks) or toks[k + 1 + m].kind == "punct"
                                                     or _match_at(toks, k + 1 + m, lex.breakers)):
                        k += 1 + m
                        words += m
                        continue
                break
            k += 1
            words += 1
        return k


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
    skipped = _skip_lines(text)
    figures: list[Figure] = []
    line_starts = [m.start() for m in re.finditer(r"^", text, re.M)]
    carried: dict[int, str] = {}  # paragraph → last period stated in it
    for s_start, s_end in sorted(sentences):
        if any(a <= s_start < b for a, b in skipped):
            continue
        paragraph = bisect_left(line_starts, s_start + 1) - 1
        line_start = line_starts[paragraph]
        line_end = text.find("\n", s_start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        sent = _Sentence(text, s_start, s_end, _is_all_caps_line(line))
        periods = _sentence_periods(sent.toks, published_year)
        floor = 0
        for found in _sentence_quantities(sent):
            figures.append(_to_figure(sent, found, periods, carried.get(paragraph), floor))
            floor = found.text_last
        stated = [p for p in periods if not p.comparison]
        if stated:
            carried[paragraph] = stated[-1].value
    return figures


# ---------------------------------------------------------------- candidates


def _blocked_as_name(sent: _Sentence, i: int) -> bool:
    """Whether the number at toks[i] is part of a name, label, date or period when no
    measurement unit follows ("Quốc lộ 12", "khoản 3", "năm 2022", "Nghị định 77")."""
    lex = _lexicons()
    toks = sent.toks
    if _match_before(toks, i, lex.name_cues):
        return True
    if i and toks[i - 1].low == "số":
        before = toks[i - 2].low if i >= 2 else ""
        return before not in lex.count_heads_after_so
    if i and toks[i - 1].kind == "word" and not sent.all_caps:
        prev = toks[i - 1].text
        sentence_initial = i == 1
        if prev[:1].isupper() and not sentence_initial and not (
            _match_before(toks, i, lex.qualifiers_before) or _match_before(toks, i, lex.directions)
        ):
            return True
    return False


def _glued_rejects(toks: list[_Tok], i: int) -> bool:
    """Digits glued to letters or document suffixes: "2G", "COVID-19", "ĐT607", "13-NQ/TU"."""
    t = toks[i]
    if i and t.glued and toks[i - 1].kind == "word":
        return True
    if i >= 2 and t.glued and toks[i - 1].low in ("-", "/", ".") and toks[i - 2].kind in ("word", "num") and toks[i - 1].glued:
        return True
    if len(t.text) >= 3 and t.text[0] == "0" and t.text[1].isdigit():
        return True  # phone numbers, codes
    return False


def _sentence_quantities(sent: _Sentence) -> list[_Found]:
    lex = _lexicons()
    toks = sent.toks
    out: list[_Found] = []
    consumed = -1
    i = 0
    n = len(toks)
    while i < n:
        if i < consumed:
            i += 1
            continue
        t = toks[i]
        q = None
        if t.kind == "num":
            if _glued_rejects(toks, i):
                i += 1
                continue
            # slash compounds: dates (17/11/2023), ratios (15/15), document numbers (645/QĐ)
            j = i
            parts = [t]
            while j + 2 < n and toks[j + 1].low == "/" and toks[j + 2].kind == "num" and (
                toks[j + 1].glued or toks[j + 2].glued or True
            ) and toks[j + 1].start - toks[j].end <= 1 and toks[j + 2].start - toks[j + 1].end <= 1:
                parts.append(toks[j + 2])
                j += 2
            if j + 1 < n and toks[j + 1].glued and toks[j + 1].low in ("/", "-") and j + 2 < n and toks[j + 2].glued and toks[j + 2].kind == "word":
                consumed = j + 3
                i = consumed
                continue  # document number
            if len(parts) >= 3:
                consumed = j + 1
                i = consumed
                continue  # date
            if len(parts) == 2:
                q = _slash_quantity(sent, i, j)
                if q is None:
                    consumed = j + 1
                    i = consumed
                    continue
            else:
                # d-m dates after a day word: "sáng 22-9", "ngày 15-11-2013"
                if j + 2 < n and toks[j + 1].low == "-" and toks[j + 1].glued and toks[j + 2].glued and toks[j + 2].kind == "num":
                    if i and toks[i - 1].low in ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "rạng"):
                        consumed = j + 3
                        i = consumed
                        continue
                q = _read_digits(toks, i)
        elif t.kind == "word" and t.low in lex.number_words and (t.text[:1].islower() or sent.all_caps or i == 0):
            if i and toks[i - 1].low in lex.vague:
                # "hàng trăm": skip the whole run
                while i < n and toks[i].kind == "word" and toks[i].low in lex.number_words:
                    i += 1
                continue
            q = _read_words(toks, i)
            if q is not None and _match_at(toks, i, lex.idioms):
                q = None
        if q is None:
            i += 1
            continue
        found = _classify(sent, q)
        if found is None:
            i = max(i + 1, q.last if q.words else i + 1)
            continue
        if out and out[-1].range_partner and out[-1].extra.get("partner_first") == found.first:
            pass
        out.append(found)
        consumed = max(found.last, found.item_end or 0) if found.unit != "count" else found.last
        i = max(i + 1, found.last)
    return out


def _slash_quantity(sent: _Sentence, i: int, j: int) -> _Quantity | None:
    """A ratio "15/15 chỉ tiêu" (count, the numerator) or a rank "24/63"; None for dates."""
    toks = sent.toks
    try:
        a, b = parse_number(toks[i].text), parse_number(toks[j].text)
    except ValueError:
        return None
    if i and toks[i - 1].low in ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ", "đến", "tới", "rạng", "tháng", "quý", "năm"):
        return None
    if a > b or b == 0:
        return None
    return _Quantity(a, i, j + 1, slash=(a, b))


def _classify(sent: _Sentence, q: _Quantity) -> _Found | None:
    """Unit, item and surface of a quantity, or None if it is not a figure."""
    lex = _lexicons()
    toks = sent.toks
    i, j = q.first, q.last
    n = len(toks)
    pos = toks[j - 1].end
    rank = _match_before(toks, i, lex.rank_cues)
    if q.slash and not rank:
        rank = 0
    # a letter glued to the digits must be a unit ("105ha", "55.000đ"), not "2G", "14h30"
    if j < n and toks[j].glued and toks[j].kind == "word":
        u = sent.unit_at(j, pos)
        if not u or u[2] <= j:
            return None
    unit = sent.unit_at(j, pos) if not q.slash else None
    year_like = (
        not q.words and q.scale_factor == 1 and re.fullmatch(r"\d{4}", toks[i].text) and _year(toks[i].text)
    )
    blocked = _blocked_as_name(sent, i)
    if unit:
        name, factor, k = unit
        if name in ("person", "household") and (blocked or year_like):
            return None
        if name in ("person", "household") and not q.words and q.scale_factor == 1 and j < n and toks[j].glued:
            return None
        if name in ("km", "m") and _match_before(toks, i, frozenset({("km",), ("lý", "trình")})):
            return None
        if name in ("m", "km", "kg", "tonne", "ha") and q.words and q.value == 1:
            return None
        found = _Found(q.value * factor, name, i, k)
        found.extra["unit_first"] = j
        if name in ("person", "household"):
            found.item_end = sent.item_phrase(j) if j < n and toks[j].kind == "word" else k
            found.item_end = max(found.item_end, k)
        return _finish(sent, found)
    if q.has_billion and not q.slash:
        return _finish(sent, _Found(q.value, "VND", i, j))
    # a range: "7,3 – 7,5%", "từ 10 đến 15 tỷ đồng": the second number's unit applies
    if j + 1 < n and (toks[j].low in _RANGE_DASHES or toks[j].low in ("đến", "tới")) and not q.slash:
        k = j + 1
        second = None
        if toks[k].kind == "num" and not _glued_rejects(toks, k):
            second = _read_digits(toks, k)
        elif toks[k].kind == "word" and toks[k].low in lex.number_words:
            second = _read_words(toks, k)
        if second is not None:
            partner = _classify(sent, second)
            if partner is not None and partner.unit not in ("rank",):
                if year_like and partner.unit == "count":
                    return None
                value = q.value
                if q.scale_factor == 1:
                    value *= second.scale_factor  # "từ 10 đến 15 tỷ đồng"
                if second.value:
                    value *= partner.value / second.value  # the unit's factor
                found = _Found(value, partner.unit, i, j)
                found.item = partner.item
                found.text_last = partner.text_last if partner.text_last is not None else partner.last
                found.extra["range_measure_from"] = partner
                return _finish(sent, found, in_range=True)
    if rank:
        return _finish(sent, _Found(q.value, "rank", i, j))
    if blocked or year_like:
        return None
    # a counted noun
    k = j
    quoted = k < n and toks[k].text in _OPEN_QUOTES and toks[k + 1:k + 2] and toks[k + 1].kind == "word"
    if quoted:
        k += 1
    if k >= n or not sent.is_item_word(toks[k]):
        return None
    if _match_at(toks, k, lex.not_items):
        return None
    end = sent.item_phrase(k)
    if end <= k:
        return None
    if toks[k].low in lex.needs_complement:
        if end - k < 2 or (i and toks[i - 1].low in ("gấp", "tăng", "giảm", "hơn")):
            return None
    item = _surface(sent, k, end)
    found = _Found(q.value, "count", i, j, item=item, item_end=end)
    if quoted and end < n and toks[end].text in _CLOSE_QUOTES:
        found.item_end = end + 1
    return _finish(sent, found)


def _surface(sent: _Sentence, a: int, b: int) -> str:
    """The text of tokens a..b-1, as written."""
    return sent.text[sent.toks[a].start : sent.toks[b - 1].end]


def _finish(sent: _Sentence, found: _Found, in_range: bool = False) -> _Found:
    """Qualifier, direction and the surface span of a figure."""
    lex = _lexicons()
    toks = sent.toks
    i = found.first
    first = i
    nq = _match_before(toks, i, lex.qualifiers_before)
    if nq:
        qual = lex.qualifiers_before[_words_at(toks, i - nq, nq)]
        words = _words_at(toks, i - nq, nq)
        if found.unit == "count" and words in (("trên",), ("vượt",), ("ngoài",)):
            nq = 0
        else:
            found.qualifier = qual
            first = i - nq
    end = found.item_end if found.unit == "count" and found.item_end else found.last
    if found.text_last is not None:
        end = max(end, found.text_last)
    # rate suffixes belong to the surface: "52 triệu đồng/năm", "5 triệu đồng/người/tháng"
    while end + 1 < len(toks) and toks[end].low == "/" and toks[end].glued and toks[end + 1].kind == "word" and toks[end + 1].glued:
        end += 2
    na = _match_at(toks, end, lex.qualifiers_after)
    if na:
        found.qualifier = lex.qualifiers_after[_words_at(toks, end, na)]
        if first and toks[first - 1].low == "từ":
            first -= 1
        end += na
    nd = _match_before(toks, first, lex.directions)
    if nd:
        found.direction = lex.directions[_words_at(toks, first - nd, nd)]
    if found.unit == "rank":
        first = min(first, i - _match_before(toks, i, lex.rank_cues))
    if in_range and first and toks[first - 1].low == "từ":
        first -= 1
    found.text_first, found.text_last = first, end
    return found


# ---------------------------------------------------------------- measure


def _clause_before(sent: _Sentence, first: int, floor: int) -> tuple[int, int]:
    """The clause before toks[first], back to a boundary mark or the previous figure."""
    toks = sent.toks
    a = first
    while a > floor and not (toks[a - 1].kind == "punct" and toks[a - 1].text in _BOUNDARY):
        a -= 1
    return a, first


def _strip_phrase(toks: list[_Tok], a: int, b: int) -> tuple[int, int]:
    """Trim link words at the end and openers at the start of toks[a:b]."""
    lex = _lexicons()
    changed = True
    while changed and a < b:
        changed = False
        n = _match_before(toks, b, lex.links)
        if n and b - n >= a:
            b -= n
            changed = True
        n = _match_at(toks, a, lex.openers)
        if n and a + n <= b:
            a += n
            changed = True
    return a, b


def _predicate_after(sent: _Sentence, k: int) -> int:
    """End of the words after toks[k] up to a boundary mark or the next number."""
    toks = sent.toks
    b, words = k, 0
    while b < len(toks) and words < MAX_PREDICATE_WORDS:
        t = toks[b]
        if t.kind == "num" or (t.kind == "punct" and t.text in _BOUNDARY | {".", "!", "?"}):
            break
        b += 1
        words += t.kind == "word"
    while b > k and toks[b - 1].kind == "word" and toks[b - 1].low in ("và", "với", "hoặc", "cùng"):
        b -= 1
    return b


def _words_text(sent: _Sentence, a: int, b: int) -> str:
    return sent.text[sent.toks[a].start : sent.toks[b - 1].end] if a < b else ""


def _measure(sent: _Sentence, f: _Found, floor: int) -> str | None:
    """What the figure measures, in the article's words."""
    lex = _lexicons()
    toks = sent.toks
    n = len(toks)
    a, b = _clause_before(sent, f.text_first, floor)
    a, b = _strip_phrase(toks, a, b)
    a, b = _strip_phrase(toks, max(a, b - MAX_MEASURE_WORDS), b)
    before = _words_text(sent, a, b)
    if f.unit in ("count", "person", "household"):
        # the counted noun heads the measure: "235 phòng học bị hư hỏng nặng"
        head_start = f.extra.get("unit_first", f.last)
        if head_start < n and toks[head_start].text in _OPEN_QUOTES:
            head_start += 1
        head_end = f.item_end or f.last
        k = head_end + (head_end < n and toks[head_end].text in _CLOSE_QUOTES)
        predicate = _words_text(sent, k, _predicate_after(sent, k))
        parts = [_words_text(sent, head_start, head_end), predicate or before]
    else:
        k = f.text_last
        np_end = k
        if f.unit == "percent" and k < n and sent.is_item_word(toks[k]) and not _match_at(toks, k, lex.breakers):
            np_end = sent.item_phrase(k)  # "100% xã", "28,4% dự toán năm"
        if np_end > k:
            predicate = _words_text(sent, np_end, _predicate_after(sent, np_end))
            parts = [_words_text(sent, k, np_end), predicate or before]
        elif before:
            parts = [before]
        else:
            parts = [_words_text(sent, k, _predicate_after(sent, k))]
        if _words_at(toks, np_end, 2) == ("so", "với"):
            parts.append(_words_text(sent, np_end, _predicate_after(sent, np_end)))
    measure = " ".join(p.strip() for p in parts if p and p.strip())
    measure = re.sub(r"\s+", " ", measure).strip(" ,;:-–")
    return measure or None


def _to_figure(sent: _Sentence, f: _Found, periods: list[_Period], carried: str | None, floor: int) -> Figure:
    toks = sent.toks
    start, end = toks[f.text_first].start, toks[f.text_last - 1].end
    period = _choose_period(periods, start, end) or carried
    return Figure(
        value=_clean_value(f.value),
        unit=f.unit,
        text=sent.text[start:end],
        start=start,
        end=end,
        item=f.item,
        qualifier=f.qualifier,
        measure=_measure(sent, f, floor),
        period=period,
        direction=f.direction,
        sentence=sent.text[sent.start : sent.end],
    )


def _clean_value(value: float) -> float:
    rounded = round(value, 6)
    return float(int(rounded)) if rounded == int(rounded) else rounded
