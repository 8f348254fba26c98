"""What full-text search reads and the SQL that serves it: each searchable table's field,
sentence and shadow columns, the SQL functions every connection registers, a row's search
columns as writers fill them, and the upkeep of the full-text indexes."""

import json
import sqlite3
from functools import lru_cache

from .. import search
from ..facts.measures import measure_key, period_end
from ..successors import successor_field
from ..textnorm import fold
from .common import transaction

# Each searchable table's own field (an official's name and post, a body's name, a figure's
# measure, an obstacle, an article's title) and its sentence: a search ranks a match in the
# field above one in the sentence (store.queries).
SEARCH_FIELDS = {
    "articles": ["title"],
    "officials": ["name", "title", "organization"],
    "organization_mentions": ["surface"],
    "figures": ["text", "measure", "item"],
    "obstacles": ["text", "category"],
}
SENTENCE_COLUMN = {"articles": "text"}  # the facts': sentence
# Full-text search: the original columns, an accent-folded shadow column of them all
# (search_folded), of the field alone (search_field), and the row's filter tokens
# (search_filters, see search.filter_tokens), so that "dien bien" finds "Điện Biên", an
# exact-diacritic query can still rank first, and filters are matched in the same index; and
# its words scoped by its province (search_scoped, see search.scoped_words).
_SHADOWS = ["search_folded", "search_field", "search_filters", "search_scoped"]
FTS_COLUMNS = {
    **{table: field + [SENTENCE_COLUMN.get(table, "sentence")] + _SHADOWS
       for table, field in SEARCH_FIELDS.items()},
    "organizations": ["name", "aliases", "search_folded"],
}
# Original columns are tokenized without removing diacritics, so that a query typed with
# them can rank exact-diacritic matches first; search_folded carries the folded form.
FTS_TOKENIZE = "unicode61 remove_diacritics 0"
# Which fields feed each table's folded column.
FOLDED_FROM = {table: [c for c in cols if c not in _SHADOWS] for table, cols in FTS_COLUMNS.items()}
# The fact's own columns that give it filter tokens (search.filter_tokens' keywords).
OWN_FILTERS = {"figures": "unit", "obstacles": "category"}


@lru_cache(maxsize=256)
def search_match(q, tier, table, province, since, until, unit, category) -> str:
    """The FTS5 expression of one tier of store.queries' ranked search on `table`
    (search.tier_expression); one that matches nothing when blank or bad."""
    field = SEARCH_FIELDS[table]
    sentence = SENTENCE_COLUMN.get(table, "sentence")
    columns, how, words = {
        "exact_field": (["search_field"], "all", "field_typed"),
        "exact_near": (field + [sentence], "near", "typed"),
        "together": (["search_field"], "together", "field_folded"),
        "field": (["search_field"], "all", "field_folded"),
        "near": (["search_folded"], "near", "folded")}[tier]
    try:
        filters = search.filter_expressions(province, since, until, unit, category, q)
        return search.tier_expression(q or "", columns, how, words, filters)
    except (ValueError, AttributeError):  # a date the caller did not check
        return search.MATCH_NOTHING


# SQL functions, registered on every connection (the CLI's and Datasette's): canned queries
# and `newsmine search` share one set of SQL, and migration steps may call them. Each call's
# input is bounded (anyone may call them through Datasette's SQL box): texts are cut to
# MAX_SQL_TEXT characters, search words to MAX_SQL_QUERY; a blob or number gives NULL.
MAX_SQL_TEXT = 300_000  # an article's text is at most this long (facts.MAX_TEXT)
MAX_SQL_QUERY = 1_000


def _bounded(function, *limits):
    """`function` with each argument cut to its limit; NULL for an argument not text."""
    def call(*args):
        if any(arg is not None and not isinstance(arg, str) for arg in args):
            return None
        return function(*(arg[:limit] if arg else arg for arg, limit in zip(args, limits)))
    return call


SQL_FUNCTIONS = {
    "newsmine_fold": (lambda text: fold(text) if text is not None else None, MAX_SQL_TEXT),
    # Whether an article's province is one a filter names: a province, a comma-separated list,
    # or a region ("Tây Bắc", search.provinces_of).
    "newsmine_in_province": (lambda province, wanted: int(search.in_provinces(province, wanted or "")),
                             MAX_SQL_QUERY, MAX_SQL_QUERY),
    # The regions' names as a JSON list, for a province filter's choices (json_each).
    "newsmine_regions": (lambda: json.dumps([r[0] for r in search.regions()], ensure_ascii=False),),
    "newsmine_measure_key": (measure_key, MAX_SQL_QUERY),
    "newsmine_period_end": (period_end, MAX_SQL_QUERY),
    # The FTS5 expression for a user's words on the folded column; matches nothing when blank.
    "newsmine_match": (lambda q: search.fts_query_or_nothing(q or "", ["search_folded"]),
                       MAX_SQL_QUERY),
    # The same words as typed, on a table's original columns: the exact-diacritic matches.
    "newsmine_match_exact": (lambda q, table: search.fts_query_or_nothing(
        q or "", FOLDED_FROM.get(table), folded=False), MAX_SQL_QUERY, MAX_SQL_QUERY),
    # One tier of the ranked search (q, tier, table, province, since, until, unit, category).
    "newsmine_search_match": (search_match, *[MAX_SQL_QUERY] * 8),
    # A row's filter tokens (province, published, duplicate_of as text, unit, category).
    "newsmine_filters": (search.filter_tokens, *[MAX_SQL_QUERY] * 5),
    # A row's words scoped by its province (province, search_folded, search_field).
    "newsmine_scoped_words": (search.scoped_words, MAX_SQL_QUERY, MAX_SQL_TEXT, MAX_SQL_TEXT),
    # The search_field text of a fact's field (search.field_tokens).
    "newsmine_field_tokens": (search.field_tokens, MAX_SQL_TEXT),
    # What is wrong with a search's parameters (type, limit, offset, since, until, min, max).
    "newsmine_search_error": (lambda *args: search.parameter_error(
        *("" if a is None else a.strip() for a in args)), *[MAX_SQL_QUERY] * 7),
    # The factor of a value written in a unit a user typed ("tỷ đồng": 1e9), 1 when blank.
    "newsmine_unit_factor": (lambda unit: search.unit_of(unit)[1] if unit else 1, MAX_SQL_QUERY),
    "newsmine_words": (lambda text, q: int(search.has_words(text, q)), MAX_SQL_TEXT, MAX_SQL_QUERY),
    "newsmine_passage": (search.passage, MAX_SQL_TEXT, MAX_SQL_QUERY),
    "newsmine_surface": (search.surface, MAX_SQL_TEXT, MAX_SQL_QUERY),
    # What a body's name became in the 2025 reorganisation: field "name", "since" or "source".
    "newsmine_successor": (successor_field, MAX_SQL_QUERY, MAX_SQL_QUERY),
}


def ensure_functions(conn) -> None:
    """Register newsmine's SQL functions on a sqlite3 connection; safe to repeat, and a no-op
    when they are there (registering again would expire every statement SQLite has prepared on
    the connection, and preparing the search again costs more than running it)."""
    try:
        conn.execute("SELECT newsmine_unit_factor('')").fetchone()
        return
    except sqlite3.OperationalError:
        pass
    for name, (function, *limits) in SQL_FUNCTIONS.items():
        conn.create_function(name, len(limits), _bounded(function, *limits), deterministic=True)


# A full-text index grows in segments, and a search reads every segment's b-tree for each
# word; past this many, a writer merges them (FTS5 'optimize': at 1 M facts a query then reads
# several times less).
MAX_SEARCH_SEGMENTS = 8


def tidy_search_indexes(db, max_segments: int = MAX_SEARCH_SEGMENTS) -> list[str]:
    """Merge each full-text index of more than `max_segments` segments into one; returns the
    indexes merged. Safe to repeat; each merge is its own transaction."""
    merged = []
    for table in FTS_COLUMNS:
        fts = f"{table}_fts"
        if f"{fts}_idx" not in db.table_names():
            continue
        if db.execute(f"SELECT count(DISTINCT segid) FROM [{fts}_idx]").fetchone()[0] > max_segments:
            with transaction(db):
                db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('optimize')")
            merged.append(fts)
    return merged


def folded_text(table: str, row: dict) -> str:
    """The accent-folded shadow text of a row, from the fields that table searches."""
    return fold(" ".join(str(row.get(c) or "") for c in FOLDED_FROM.get(table, [])))


def with_folded(table: str, row: dict, article: dict | None = None, also: str = "") -> dict:
    """The row with its search columns filled: search_folded, search_field (with `also`, more
    words of the field) and, for an article or a fact given its article (province, published,
    duplicate_of), search_filters and search_scoped."""
    out = {**row, "search_folded": folded_text(table, row)}
    if table in SEARCH_FIELDS:
        out["search_field"] = search.field_tokens(
            " ".join([str(row.get(c) or "") for c in SEARCH_FIELDS[table]] + [also]))
        source = row if table == "articles" else article
        if source is not None:
            own = {OWN_FILTERS[table]: row.get(OWN_FILTERS[table])} if table in OWN_FILTERS else {}
            out["search_filters"] = search.filter_tokens(
                source.get("province"), source.get("published"), source.get("duplicate_of"), **own)
            out["search_scoped"] = search.scoped_words(
                source.get("province"), out["search_folded"], out["search_field"])
    return out
