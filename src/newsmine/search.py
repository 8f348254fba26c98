"""Search text helpers, pure: user query → safe FTS5 expression, accent-insensitive matching,
evidence passages and highlight spans. The SQL that uses them lives in `store`."""

import functools
import re
import unicodedata
from dataclasses import dataclass

from . import lexicons
from .textnorm import fold, normalize_tones

# Words of a query as FTS5's unicode61 tokenizer sees them: letters, digits, underscore.
_WORD = re.compile(r"\w+")
# A query splits into double-quoted phrases, OR, and bare words (with an optional "*").
_PIECE = re.compile(r'"([^"]*)"?|(\S+)')
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
# "-word" excludes a word, as in web search engines.
_EXCLUDED = re.compile(r"-\w")
# A query is cut to its first words: longer ones find nothing more and cost seconds.
MAX_TERMS = 32
MAX_LIMIT = 1000  # results in one page
# the fact tables, in the order searched and exported
FACT_TYPES = ["officials", "organizations", "figures", "obstacles"]
SEARCH_TYPES = [*FACT_TYPES, "articles"]
# FTS5 never matches an empty phrase: the expression for "nothing to search for".
MATCH_NOTHING = '""'


class SearchError(ValueError):
    """A search query that cannot be run, with a one-line reason for the user."""


@dataclass(frozen=True)
class Term:
    """One phrase of a query: its words in order, whether the last word is a prefix, and
    whether the phrase is excluded (NOT)."""

    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False


@functools.lru_cache(maxsize=256)  # one search asks for its query's terms in every tier
def _parse(query: str) -> tuple[tuple[Term, ...], ...]:
    """A user's query as OR-groups of AND-ed terms. Double quotes make a phrase (an unbalanced
    quote runs to the end), a trailing `*` a prefix, upper-case OR an alternative, NOT or a
    leading `-` an exclusion; AND and NEAR( are dropped, and every other symbol is read as plain
    text, so no input is an FTS5 syntax error. Words past the first MAX_TERMS are left out
    (see `query_notice`)."""
    groups: list[list[Term]] = [[]]
    negate, kept = False, 0
    for match in _PIECE.finditer(unicodedata.normalize("NFC", query or "")):
        phrase, bare = match.groups()
        if bare == "OR":
            if groups[-1]:
                groups.append([])
            negate = False
            continue
        if bare == "NOT":
            negate = True
            continue
        if bare and _EXCLUDED.match(bare):  # -word
            negate, bare = True, bare[1:]
        if bare == "AND" or (bare or "").startswith("NEAR("):
            bare = bare[5:] if bare.startswith("NEAR(") else ""
        text = phrase if phrase is not None else bare
        words = tuple(_WORD.findall(text))[:MAX_TERMS - kept]
        if words:
            kept += len(words)
            prefix = phrase is None and bare.rstrip('"),').endswith("*") and len(words) == 1
            groups[-1].append(Term(words, prefix, negate))
            negate = False
    return tuple(tuple(group) for group in groups)


@functools.lru_cache(maxsize=256)
def parse_query(query: str) -> tuple[tuple[Term, ...], ...]:
    """A user's query as OR-groups of AND-ed terms (see _parse), groups with nothing but
    exclusions dropped."""
    return tuple(group for group in _parse(query) if any(not t.negated for t in group))


def _terms(query: str) -> list[Term]:
    return [t for group in _parse(query) for t in group]


def query_notice(query: str) -> str | None:
    """A one-line notice when the query has more words than are searched, else None."""
    total = sum(len(_WORD.findall(p or b or "")) for p, b in _PIECE.findall(query or "")
                if b not in ("OR", "NOT", "AND"))
    if total <= MAX_TERMS:
        return None
    return f"the query has {total} words: only the first {MAX_TERMS} are searched"


def _expression(groups: list[list[Term]], transform) -> str:
    def term(t: Term) -> str:
        return '"' + " ".join(transform(w) for w in t.words) + '"' + ("*" if t.prefix else "")

    def group(terms: list[Term]) -> str:
        text = " AND ".join(term(t) for t in terms if not t.negated)
        return "(" + text + "".join(f" NOT {term(t)}" for t in terms if t.negated) + ")"

    ors = [group(g) for g in groups]
    return ors[0] if len(ors) == 1 else "(" + " OR ".join(ors) + ")"


def fts_query(query: str, columns=None, folded: bool = True) -> str:
    """A safe FTS5 MATCH expression for a user's query, on the accent-folded column by default
    (`folded=False`: the words as typed, for exact-diacritic matching on `columns`).
    Raises SearchError when the query has no word to search for."""
    groups = parse_query(query)
    if not groups:
        if any(t.negated for t in _terms(query)):
            raise SearchError(f"{query!r} only excludes words: add a word to search for, "
                              f"e.g. dien bien {query.strip()}")
        raise SearchError(
            f"nothing to search for in {query!r}: type one or more words, e.g. dien bien")
    # As typed, but in the stored form (NFC, one tone placement): keyboards differ.
    expression = _expression(groups, fold if folded else normalize_tones)
    if columns:
        names = " ".join(columns)
        expression = ("{" + names + "}" if len(columns) > 1 else names) + " : " + expression
    return expression


def fts_query_or_nothing(query: str, columns=None, folded: bool = True) -> str:
    """As fts_query, but an expression that matches nothing instead of an error."""
    try:
        return fts_query(query, columns, folded)
    except SearchError:
        return MATCH_NOTHING


def query_words(query: str) -> list[str]:
    """The folded words of a query, operators left out."""
    return [fold(w) for group in parse_query(query) for t in group if not t.negated
            for w in t.words]


def has_words(text: str | None, query: str | None) -> bool:
    """True when every word of `query` is a word of `text`, accents and case ignored
    (a trailing `*` on a query word matches as a prefix); an empty query matches all."""
    wanted = [t for group in parse_query(query or "")[:1] for t in group if not t.negated]
    if not wanted:
        return True
    words = set(_WORD.findall(fold(text or "")))
    for t in wanted:
        for i, w in enumerate(t.words):
            w = fold(w)
            if t.prefix and i == len(t.words) - 1:
                if not any(x.startswith(w) for x in words):
                    return False
            elif w not in words:
                return False
    return True


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


@functools.lru_cache(maxsize=8)  # surface() looks for several phrases in one sentence
def _folded_with_map(text: str) -> tuple[str, range | tuple[int, ...]]:
    """The folded text and, for each of its characters, the index of the source character."""
    folded = fold(text)
    if len(folded) == len(text):  # one character for one, as in composed Vietnamese
        return folded, range(len(text))
    out, where = [], []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), tuple(where)


def find_span(text: str | None, needle: str | None) -> tuple[int, int] | None:
    """Where `needle` occurs in `text`: exactly first, then ignoring case and accents."""
    if not text or not needle:
        return None
    at = text.find(needle)
    if at >= 0:
        return at, at + len(needle)
    folded_text, where = _folded_with_map(text)
    folded_needle = fold(needle)
    at = folded_text.find(folded_needle)
    if at < 0 or not folded_needle:
        return None
    return where[at], where[at + len(folded_needle) - 1] + 1


def highlight_spans(sentence: str | None, fact: str | None) -> list[tuple[str, bool]]:
    """The sentence cut into (text, is_fact) pieces, the fact marked where it occurs."""
    sentence = sentence or ""
    span = find_span(sentence, fact)
    if span is None:
        return [(sentence, False)] if sentence else []
    start, end = span
    pieces = [(sentence[:start], False), (sentence[start:end], True), (sentence[end:], False)]
    return [p for p in pieces if p[0]]


def passage(text: str | None, query: str | None) -> str:
    """The first sentence of `text` holding every word of `query` (else the most of them),
    as evidence for an article hit."""
    words = set(query_words(query or ""))
    best, best_score = "", -1
    for sentence in _sentences(text or ""):
        score = len(words & set(_WORD.findall(fold(sentence))))
        if score > best_score:  # the first of equals stays
            best, best_score = sentence, score
        if score == len(words):  # none can hold more: the rest of the text is not read
            break
    return best


def _sentences(text: str):
    """The sentences of `text`, stripped, blank ones left out, one by one."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if sentence := text[start:end.start()].strip():
            yield sentence
        start = end.end()
    if sentence := text[start:].strip():
        yield sentence


def surface(sentence: str | None, query: str | None) -> str:
    """The stretch of `sentence` that the query matches, as written there: all its words
    together when they stand together, else its first phrase found."""
    groups = parse_query(query or "")
    terms = [t for group in groups for t in group if not t.negated]
    candidates = [" ".join(w for t in terms for w in t.words)] + [" ".join(t.words) for t in terms]
    for candidate in candidates:
        span = find_span(sentence, candidate)
        if span:
            return (sentence or "")[span[0]:span[1]]
    return ""


# How the words of a query must stand, per tier of a ranked search (store.queries): "all"
# anywhere in the columns, "near" with at most NEAR_DISTANCE other words among them, "together"
# side by side (a phrase, in any order). A query's exclusions apply to the whole folded text.
NEAR_DISTANCE = 4
_HOW = {"all": None, "near": NEAR_DISTANCE, "together": 0}


def _phrase(t: Term, transform) -> str:
    return '"' + " ".join(transform(w) for w in t.words) + '"' + ("*" if t.prefix else "")


def _group(terms: list[Term], columns: str, how: str, transform) -> str | None:
    wanted = [_phrase(t, transform) for t in terms if not t.negated]
    distance = _HOW[how]
    if distance is None or len(wanted) == 1:
        text = f"{columns} : (" + " AND ".join(wanted) + ")"
    else:  # NEAR's distance counts the words between the first phrase and the last
        between = sum(len(t.words) for t in terms if not t.negated) - 2
        text = f"{columns} : NEAR(" + " ".join(wanted) + f", {distance + between})"
    excluded = [_phrase(t, fold) for t in terms if t.negated]
    return "(" + text + "".join(f" NOT search_folded : ({e})" for e in excluded) + ")"


# The words of a fact's own field are stored in search_field as tokens of their own, folded
# ("qf" + word) and as written ("qe" + word), so that a query on the field reads only the
# field's occurrences of a word, not every row whose sentence holds it.
FIELD_FOLDED, FIELD_EXACT = "qf", "qe"


def field_tokens(text: str | None) -> str:
    """The search_field text of a field: its words folded, then as written, each prefixed."""
    words = _WORD.findall(normalize_tones(unicodedata.normalize("NFC", text or "")).lower())
    return " ".join([FIELD_FOLDED + fold(w) for w in words] + [FIELD_EXACT + w for w in words])


def is_accent_free(query: str) -> bool:
    """Whether a query has no diacritics (nor đ): its words as typed are its folded words."""
    return fold(query) == query.lower()


_TRANSFORMS = {
    "folded": fold, "typed": normalize_tones,
    "field_folded": lambda w: FIELD_FOLDED + fold(w),
    "field_typed": lambda w: FIELD_EXACT + normalize_tones(w).lower(),
}


def tier_expression(query: str, columns, how: str, words: str, filters=()) -> str:
    """The FTS5 expression of one tier: the query's words standing `how` ("all", "near",
    "together") in `columns`, `words` "folded", "typed" or as field tokens ("field_folded",
    "field_typed"), AND-ed with the filter expressions; MATCH_NOTHING for a query with nothing
    to search for, for "together" when no group has two words (it would repeat the "all" tier)
    and for words as typed when the query has no diacritics (they are its folded words).
    Republications are left out."""
    groups = parse_query(query)
    if not groups or (how == "together" and all(
            sum(not t.negated for t in g) < 2 for g in groups)) or (
            words.endswith("typed") and is_accent_free(query)):
        return MATCH_NOTHING
    names = "{" + " ".join(columns) + "}"
    transform = _TRANSFORMS[words]
    ors = " OR ".join(_group(g, names, how, transform) for g in groups)
    # Republications are never found: their facts count once, with the original.
    return "(" + " AND ".join([f"({ors})", *filters]) + ') NOT search_filters : ("dup")'


# Filter tokens, stored in each searchable row's search_filters column and matched through the
# same full-text index as the words: p<province>, the date at six sizes (e<decade>, y<year>,
# q<year><quarter>, m<year><month>, t<year><month><tenth: days 1-10, 11-20, 21-31>,
# d<year><month><day>), u<unit>, c<category>, and "dup" on republications. A date range is
# then a handful of tokens (the index reads each: 30 days and months cost twice the search).
# Dates outside these years match no range.
FIRST_YEAR, LAST_YEAR = 1970, 2100
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# Units as a user may write them: the stored unit and the factor of a value in it.
UNIT_ALIASES = {"dong": ("VND", 1), "nghindong": ("VND", 1e3), "trieudong": ("VND", 1e6),
                "tydong": ("VND", 1e9), "nghintydong": ("VND", 1e12), "phantram": ("%", 0.01),
                "%": ("%", 0.01)}


def filter_key(text: str) -> str:
    """A value as one token: folded letters and digits ("Điện Biên" → "dienbien"), the
    characters' hex codes when it has none ("%" → "25")."""
    key = "".join(c for c in fold(text) if c.isalnum())
    return key or "".join(f"{ord(c):x}" for c in text.strip())


@functools.cache
def regions() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Vietnam's regions (lexicons/regions.tsv): (name, other names, provinces) each."""
    rows = []
    for number, row in lexicons.tsv_rows(lexicons.text("regions.tsv"), "regions.tsv"):
        if len(row) != 3 or not row[0] or not row[2]:
            raise ValueError(f"regions.tsv:{number}: expected REGION<TAB>other names<TAB>provinces")
        rows.append((row[0], *(tuple(x.strip() for x in field.split(";") if x.strip())
                               for field in row[1:])))
    return tuple(rows)


@functools.cache
def _region_provinces() -> dict[str, tuple[str, ...]]:
    """A region's provinces by the filter key of each of its names ("taybac", "northwest")."""
    return {filter_key(name): provinces for region, others, provinces in regions()
            for name in (region, *others)}


@functools.lru_cache(maxsize=256)
def provinces_of(wanted: str) -> tuple[str, ...]:
    """The provinces a province filter names: a region's (regions.tsv: "Tây Bắc", "north-west"),
    else each of a comma-separated list ("Lai Châu, Điện Biên"), else the one province."""
    return _region_provinces().get(filter_key(wanted)) or tuple(
        p.strip() for p in wanted.split(",") if p.strip())


@functools.lru_cache(maxsize=256)
def _province_keys(wanted: str) -> frozenset[str]:
    return frozenset(filter_key(p) for p in provinces_of(wanted))


def in_provinces(province: str | None, wanted: str) -> bool:
    """Whether an article's province is one that `wanted` names (provinces_of); diacritics,
    case and spacing never matter. Asked once per row of a canned query: the wanted keys are
    made once per filter."""
    return bool(province) and filter_key(province) in _province_keys(wanted)


def filter_tokens(province=None, published=None, duplicate_of=None, unit=None,
                  category=None) -> str:
    """The search_filters text of a row."""
    tokens = []
    if province:
        tokens.append("p" + filter_key(province))
    day = _DATE.match(published or "")
    if day:
        year, month, date = day.groups()
        tokens += [f"e{year[:3]}", f"y{year}"]
        tokens += [f"q{year}{(int(month) + 2) // 3}", f"m{year}{month}"] if month else []
        tokens += [f"t{year}{month}{min(int(date) - 1, 29) // 10 + 1}",
                   f"d{year}{month}{date}"] if month and date else []
    if unit:
        tokens.append("u" + filter_key(unit))
    if category:
        tokens.append("c" + filter_key(category))
    if duplicate_of is not None:
        tokens.append("dup")
    return " ".join(tokens)


def unit_of(text: str) -> tuple[str, float]:
    """The stored unit a user's unit means, and the factor of a value written in it
    ("tỷ đồng" → ("VND", 1e9)); any other unit as it is, factor 1."""
    key = filter_key(text)
    return UNIT_ALIASES.get(key, UNIT_ALIASES.get(text.strip(), (text.strip(), 1)))


def _day(text: str, last: bool) -> tuple[int, int, int]:
    year, month, date = _DATE.fullmatch(text.strip()).groups()
    if last:
        return int(year), int(month or 12), int(date or 31)
    return int(year), int(month or 1), int(date or 1)


def date_tokens(since: str | None, until: str | None) -> list[str]:
    """The fewest year, month and day tokens covering published dates from `since` to `until`
    (YYYY[-MM[-DD]], either open); empty when neither is given."""
    if not since and not until:
        return []
    y, m, d = _day(since, False) if since else (FIRST_YEAR, 1, 1)
    end = _day(until, True) if until else (LAST_YEAR, 12, 31)
    tokens = []
    while (y, m, d) <= end:
        token, (y, m, d) = _largest_period(y, m, d, end)
        tokens.append(token)
    return tokens


def _largest_period(y: int, m: int, d: int, end: tuple) -> tuple[str, tuple[int, int, int]]:
    """The token of the longest period starting on (y, m, d) and ending by `end` (a decade,
    year, quarter, month, tenth of a month or day; every month has 31 days here, as dates
    compare as text), and the day after it."""
    next_month = (y + 1, 1, 1) if m == 12 else (y, m + 1, 1)
    periods = [  # (starts here, its last day, token, the day after)
        ((m, d) == (1, 1) and y % 10 == 0, (y + 9, 12, 31), f"e{y // 10}", (y + 10, 1, 1)),
        ((m, d) == (1, 1), (y, 12, 31), f"y{y}", (y + 1, 1, 1)),
        (d == 1 and m % 3 == 1, (y, m + 2, 31), f"q{y}{(m + 2) // 3}",
         (y + 1, 1, 1) if m == 10 else (y, m + 3, 1)),
        (d == 1, (y, m, 31), f"m{y}{m:02d}", next_month),
        (d in (1, 11, 21), (y, m, 31 if d == 21 else d + 9), f"t{y}{m:02d}{d // 10 + 1}",
         next_month if d == 21 else (y, m, d + 10)),
    ]
    for starts, last, token, after in periods:
        if starts and last <= end:
            return token, after
    return f"d{y}{m:02d}{d:02d}", (y, m, d + 1) if d < 31 else next_month


# A row's words scoped by its province (search_scoped): each distinct folded word of the row
# (its search_folded and the folded words of its search_field) once more, prefixed with "s",
# the length of the province's key, "x" and the key ("s7xlaichau" + "dien"). A search filtered by
# province AND-s its words in that scope, whose posting lists hold the rows of that province
# alone: the index then reads those rows only, not every row holding the words and every row
# of the province (a broad word outside its province cost 100 ms at 1 M facts).
# Letters and digits as the index's tokenizer sees them (an underscore parts two words).
_TOKEN = re.compile(r"[^\W_]+")


def province_scope(province: str) -> str:
    """The prefix of a province's scoped words."""
    key = filter_key(province)
    return f"s{len(key)}x{key}"


def scoped_words(province=None, folded=None, field=None) -> str:
    """The search_scoped text of a row in `province`: the distinct words of its folded text
    and of its field tokens (search.field_tokens' folded ones), each with the province's
    prefix; empty without a province."""
    if not province:
        return ""
    words = _TOKEN.findall(" ".join([folded or ""] + [
        t[len(FIELD_FOLDED):] for t in (field or "").split() if t.startswith(FIELD_FOLDED)]))
    scope = province_scope(province)
    return " ".join(scope + w for w in dict.fromkeys(words))


def scoped_expression(query: str, province: str) -> str:
    """The FTS5 expression on search_scoped for rows in `province` that hold every word of a
    group of the query (folded; exclusions are left to the query's own expression): a
    superset of each tier's matches in that province."""
    scope = province_scope(province)

    def words(t: Term) -> list[str]:
        pieces = _TOKEN.findall(fold(" ".join(t.words)))
        return [f'"{scope}{w}"' + ("*" if t.prefix and i == len(pieces) - 1 else "")
                for i, w in enumerate(pieces)]

    ors = ["(" + (" AND ".join(w for t in group if not t.negated for w in words(t))
                  or MATCH_NOTHING) + ")" for group in parse_query(query)]
    return "search_scoped : (" + " OR ".join(ors) + ")"


def filter_expressions(province=None, since=None, until=None, unit=None, category=None,
                       query=None) -> list[str]:
    """The FTS5 expressions on search_filters for the given filters (blank ones left out), to
    AND with a query's expression; with the query, its province filter on search_scoped."""
    provinces = provinces_of(province) if province else ()
    if provinces and query and parse_query(query):
        scoped = " OR ".join(scoped_expression(query, p) for p in provinces)
        return [f"({scoped})", *filter_expressions(None, since, until, unit, category)]
    wanted = [[f"p{filter_key(p)}" for p in provinces], date_tokens(since, until),
              [f"u{filter_key(unit_of(unit)[0])}"] if unit else [],
              [f"c{filter_key(category)}"] if category else []]
    parts = ["search_filters : (" + " OR ".join(f'"{t}"' for t in tokens) + ")"
             for tokens in wanted if tokens]
    return parts


def _is_date(text: str) -> bool:
    from datetime import date

    match = _DATE.fullmatch(text.strip())
    try:
        return bool(match) and bool(date(int(match[1]), int(match[2] or 1), int(match[3] or 1)))
    except ValueError:
        return False


def _is_number(text: str) -> bool:
    try:
        return float(text) == float(text)  # not nan
    except ValueError:
        return False


@functools.lru_cache(maxsize=256)  # the search SQL asks once per tier
def parameter_error(kind="", limit="", offset="", since="", until="", minimum="",
                    maximum="") -> str | None:
    """What is wrong with a search's parameters (as the web search gets them: text, blank for
    "any"), in one line; None when nothing is."""
    checks = [
        (kind and kind not in SEARCH_TYPES, f"type {kind!r}: one of {', '.join(SEARCH_TYPES)}"),
        (limit and not (limit.isdigit() and 1 <= int(limit) <= MAX_LIMIT),
         f"limit {limit!r}: a whole number from 1 to {MAX_LIMIT}"),
        (offset and not offset.isdigit(), f"offset {offset!r}: a whole number, 0 or more"),
        (since and not _is_date(since), f"since {since!r}: a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        (until and not _is_date(until), f"until {until!r}: a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        (minimum and not _is_number(minimum), f"min {minimum!r}: a number"),
        (maximum and not _is_number(maximum), f"max {maximum!r}: a number"),
    ]
    return next((message for wrong, message in checks if wrong), None)
