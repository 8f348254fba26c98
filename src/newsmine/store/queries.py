"""The read side: the SQL of `newsmine search`, of Datasette's canned queries and of
`newsmine export`, the SQL functions they share, and the row counts of `newsmine stats`."""

import sqlite3
from dataclasses import dataclass

from .. import search
from .connect import prepare_search
from .schema import TABLES


def count_rows(db) -> dict[str, int]:
    """Rows per table of the database contract (and the auxiliary tables) that it has: a
    database read as it is may predate the crawl tables."""
    present = set(db.table_names())
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES if t in present}


SEARCH_TYPES = search.SEARCH_TYPES
# Per search type: its table.
_SEARCH_TABLE = {"officials": "officials", "organizations": "organization_mentions",
                 "figures": "figures", "obstacles": "obstacles", "articles": "articles"}
# Filters every search, canned query and chart shares; blank parameters mean "any".
ARTICLE_FILTERS = """a.duplicate_of IS NULL
          AND (:province = '' OR a.province IN (  -- reads each distinct province once
                SELECT province FROM articles GROUP BY province
                HAVING newsmine_in_province(min(province), :province)))
          AND (:since = '' OR a.published >= :since)
          AND (:until = '' OR substr(a.published, 1, length(:until)) <= :until)"""


# A ranked search runs, per type, one full-text query per tier: the words as typed in the
# fact's own field (0) or close together anywhere (1), then accent-free side by side in the
# field (2), anywhere in the field (3), close together anywhere (4); an official is found by
# its name, post or body only (tiers 0, 2, 3). Filters are tokens in the same index
# (search.filter_tokens). Each query stops after SEARCH_DEPTH rows (or limit + offset) in
# index order and only those are ranked: ranking every row of a query that matches half the
# database costs seconds, and its top rows are no better for it. Within a tier the shorter
# text comes first: FTS5's bm25 would first count every row holding each word (the words'
# weights, the same for every row of one query: 30-70 ms for a common word at 1 M facts), and
# with each word once in a row it orders rows by their length all the same. A row's key is its
# best tier plus a fraction for its length: smaller comes first.
SEARCH_DEPTH = 200
_TIERS = ["exact_field", "exact_near", "together", "field", "near"]
_FIELD_TIERS = {"officials": ["exact_field", "together", "field"]}
_LIMIT = "CAST(coalesce(nullif(:limit, ''), 100) AS INTEGER)"
_OFFSET = "CAST(coalesce(nullif(:offset, ''), 0) AS INTEGER)"
_ERROR = "newsmine_search_error(:type, :limit, :offset, :since, :until, :min, :max)"
# Figures between --min and --max (in --unit's scale), checked before the depth cut.
_VALUES = """(:min || :max = '' OR EXISTS (
                 SELECT 1 FROM figures v WHERE v.id = figures_fts.rowid
                 AND (:min = '' OR v.value >= CAST(:min AS REAL) * newsmine_unit_factor(:unit))
                 AND (:max = '' OR v.value <= CAST(:max AS REAL) * newsmine_unit_factor(:unit))))"""


def _tier_branch(number: int, kind: str, tier: str) -> str:
    """One tier's matches of one type, as ids: nothing of the rows is read here."""
    table = _SEARCH_TABLE[kind]
    fts = f"{table}_fts"
    values = _VALUES if kind == "figures" else ":min || :max = ''"
    return f"""
        SELECT '{kind}' AS type, rowid AS id, {_TIERS.index(tier)} AS tier, {number} AS branch
        FROM (SELECT rowid FROM {fts} WHERE :type IN ('', '{kind}') AND {_ERROR} IS NULL
                AND {fts} MATCH newsmine_search_match(:q, '{tier}', '{table}', :province, :since,
                                                     :until, :unit, :category)
                AND {values}
              LIMIT max({SEARCH_DEPTH}, {_LIMIT} + {_OFFSET}) + 1)"""


_BRANCHES = " UNION ALL ".join(_tier_branch(number, kind, tier) for number, (kind, tier) in
                               enumerate((kind, tier) for kind in SEARCH_TYPES
                                         for tier in _FIELD_TIERS.get(kind, _TIERS)))
# The tiers whose text is the fact's field (search_field); the others' is search_folded.
_IN_FIELD = tuple(_TIERS.index(t) for t in ("exact_field", "together", "field"))


def _length(kind: str) -> str:
    """The length of the text a hit of `kind` (h.id, h.tier) matched in, read from its row."""
    table = _SEARCH_TABLE[kind]
    return (f"WHEN '{kind}' THEN (SELECT length(CASE WHEN h.tier IN {_IN_FIELD} THEN search_field "
            f"ELSE search_folded END) FROM {table} WHERE id = h.id)")


_LENGTH = "CASE h.type " + " ".join(_length(kind) for kind in SEARCH_TYPES) + " END"

# Ranked search over every fact type and the articles: exact-diacritic matches first, then
# matches in the fact's own field, then the shorter text. Parameters: q, type, province, since,
# until, unit, min, max (figures), category (obstacles), limit, offset. `total` counts every
# match, at least, when `more` is 1 (a tier stopped at its depth). Bad parameters give one row
# of type 'error' with the message as its fact. The tiers give ids alone; a hit's length is
# read only when its best tier can reach the page (`reach`: the first tier by which limit +
# offset hits are found), and its row only when it is on the page. A tier that gave more than
# its depth (its last row) tells there are more.
SEARCH_SQL = f"""
WITH candidates AS MATERIALIZED ({_BRANCHES}
),
hits AS MATERIALIZED (SELECT type, id, min(tier) AS tier FROM candidates GROUP BY type, id),
reach AS MATERIALIZED (
    SELECT coalesce(min(tier), 99) AS tier FROM (
        SELECT tier, sum(count(*)) OVER (ORDER BY tier) AS upto FROM hits GROUP BY tier)
    WHERE upto >= {_LIMIT} + {_OFFSET}),
measured AS MATERIALIZED (  -- each length read once, though the key names it twice
    SELECT h.type, h.id, h.tier, {_LENGTH} AS length_ FROM hits h
    WHERE h.tier <= (SELECT tier FROM reach)),
keyed AS (SELECT type, id, tier + 0.5 * length_ / (length_ + 200.0) AS key FROM measured),
page AS (SELECT type, id, key, (SELECT count(*) FROM hits) AS total,
                coalesce((SELECT max(n) FROM (SELECT count(*) AS n FROM candidates GROUP BY branch))
                         > max({SEARCH_DEPTH}, {_LIMIT} + {_OFFSET}), 0) AS more FROM keyed
         ORDER BY key, id LIMIT {_LIMIT} OFFSET {_OFFSET}),
found AS MATERIALIZED (  -- an article's passage is found once
    SELECT p.*, CASE WHEN p.type = 'articles' THEN newsmine_passage(a.text, :q) END AS passage
    FROM page p JOIN articles a ON a.id = p.id)
SELECT p.type,
       CASE p.type WHEN 'officials' THEN o.name WHEN 'organizations' THEN m.surface
            WHEN 'figures' THEN f.text WHEN 'obstacles' THEN b.text
            ELSE newsmine_surface(x.passage, :q) END AS fact,
       CASE p.type WHEN 'officials' THEN o.title WHEN 'organizations' THEN g.name
            WHEN 'figures' THEN trim(coalesce(f.measure, f.item, '')
                                     || coalesce(' (' || f.period || ')', ''))
            WHEN 'obstacles' THEN b.category ELSE a.sapo END AS detail,
       coalesce(o.sentence, m.sentence, f.sentence, b.sentence, x.passage) AS sentence,
       a.title AS article_title, a.published, a.url, a.province, a.source, a.id AS article_id,
       p.id AS id, CAST(p.key < 2 AS INTEGER) AS exact, CAST(p.key AS INTEGER) IN (0, 2, 3) AS in_field,
       f.value, f.unit, p.total, p.more, p.key AS rank
FROM page p
LEFT JOIN found x ON p.type = 'articles' AND x.id = p.id
LEFT JOIN officials o ON p.type = 'officials' AND o.id = p.id
LEFT JOIN organization_mentions m ON p.type = 'organizations' AND m.id = p.id
LEFT JOIN organizations g ON g.id = m.organization_id
LEFT JOIN figures f ON p.type = 'figures' AND f.id = p.id
LEFT JOIN obstacles b ON p.type = 'obstacles' AND b.id = p.id
JOIN articles a ON a.id = CASE p.type WHEN 'articles' THEN p.id
                         ELSE coalesce(o.article_id, m.article_id, f.article_id, b.article_id) END
UNION ALL
SELECT 'error', {_ERROR}, NULL, NULL, NULL, NULL, NULL, NULL, 
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, -1 WHERE {_ERROR} IS NOT NULL
ORDER BY rank, id
"""

SEARCH_COLUMNS = ["type", "fact", "detail", "sentence", "article_title", "published", "url",
                  "province", "source", "article_id", "id", "exact", "in_field", "value", "unit"]


@dataclass
class SearchPage:
    """One page of a ranked search: its results, how many match in all (at least that many
    when `more`), and where the page starts."""

    results: list[dict]
    total: int
    more: bool
    offset: int


def search_page(db, query: str, kind: str | None = None, province: str | None = None,
                since: str | None = None, until: str | None = None, limit: int = 20,
                offset: int = 0, unit: str | None = None, minimum: float | None = None,
                maximum: float | None = None, category: str | None = None) -> SearchPage:
    """Facts and articles matching a user's words, accents ignored, exact-diacritic matches
    first, then matches in each fact's own field. Raises search.SearchError with a one-line
    reason on a query with nothing to search for or a bad parameter."""
    search.fts_query(query)  # the one-line error, before any SQL runs
    if (unit or minimum is not None or maximum is not None) and kind not in (None, "figures"):
        raise search.SearchError("--unit, --min and --max are for figures: leave out --type or "
                                 "use --type figures")
    if category and kind not in (None, "obstacles"):
        raise search.SearchError("--category is for obstacles: leave out --type or use --type "
                                 "obstacles")
    params = {"q": query, "type": kind or "", "province": province or "", "since": since or "",
              "until": until or "", "limit": str(limit), "offset": str(offset),
              "unit": unit or "", "min": "" if minimum is None else repr(float(minimum)),
              "max": "" if maximum is None else repr(float(maximum)), "category": category or ""}
    problem = search.parameter_error(params["type"], params["limit"], params["offset"],
                                     params["since"], params["until"], params["min"], params["max"])
    if problem:
        raise search.SearchError(problem)
    prepare_search(db.conn)
    try:
        cursor = db.conn.execute(SEARCH_SQL, params)
    except sqlite3.OperationalError as error:  # a safeguard: the query is quoted already
        raise search.SearchError(f"the search index rejected {query!r}: {error}") from None
    columns = [d[0] for d in cursor.description]
    rows = [dict(zip(columns, row)) for row in cursor]
    total = rows[0]["total"] if rows else 0
    if not rows and offset:  # past the last page: count the matches all the same
        return SearchPage([], search_page(db, query, kind, province, since, until, 1, 0, unit,
                                          minimum, maximum, category).total, False, offset)
    return SearchPage(rows, total, bool(rows and rows[0]["more"]), offset)


def search_facts(db, query: str, kind: str | None = None, province: str | None = None,
                 since: str | None = None, until: str | None = None, limit: int = 20,
                 **filters) -> list[dict]:
    """The results of `search_page` alone (see there)."""
    return search_page(db, query, kind, province, since, until, limit, **filters).results


# Canned queries for Datasette (src/newsmine/serve/metadata.yaml gives their titles and
# descriptions); every name match is accent-insensitive through the folded FTS columns.
CANNED_SQL = {
    "search": SEARCH_SQL,
    "official_history": """
SELECT o.name, o.title, o.organization, a.published, a.title AS article_title, a.url,
       a.province, o.sentence, o.id, o.person_id, o.article_id, o.start, o."end"
FROM officials o JOIN articles a ON a.id = o.article_id
WHERE o.id IN (SELECT rowid FROM officials_fts WHERE officials_fts MATCH newsmine_match(:name))
  AND newsmine_words(o.name, :name)
  AND a.duplicate_of IS NULL
ORDER BY newsmine_fold(o.name), o.person_id, a.published, o.start
""",
    "figures_on_topic": f"""
SELECT f.text, f.value, f.unit, f.measure, f.item, f.period, a.province, a.published,
       a.title AS article_title, a.url, f.sentence, f.id, f.article_id, f.start, f."end", f.kind
FROM figures f JOIN articles a ON a.id = f.article_id
WHERE f.id IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH newsmine_match(:measure))
  AND newsmine_words(coalesce(f.measure, '') || ' ' || coalesce(f.item, ''), :measure)
  AND {ARTICLE_FILTERS}
ORDER BY f.kind, a.published, a.id, f.start
""",
    "obstacle_counts": f"""
SELECT b.category, a.province, count(*) AS obstacles, count(DISTINCT b.article_id) AS articles,
       min(a.published) AS first_published, max(a.published) AS last_published
FROM obstacles b JOIN articles a ON a.id = b.article_id
WHERE {ARTICLE_FILTERS}
GROUP BY b.category, a.province
ORDER BY a.province, obstacles DESC, b.category
""",
    # The same measure, unit, province and period with values more than 0.5 % apart in two
    # articles, each value absent from the other article (so a figure matched by its own copy
    # is no conflict); two papers must both write after the period ended; a republication and
    # its original need no stated period (same event).
    "figure_conflicts": """
SELECT f1.measure, f1.unit, f1.period, a1.province, f1.kind,
       f1.value AS value_1, f1.text AS text_1, a1.published AS published_1, a1.title AS title_1,
       a1.url AS url_1, f1.sentence AS sentence_1,
       f2.value AS value_2, f2.text AS text_2, a2.published AS published_2, a2.title AS title_2,
       a2.url AS url_2, f2.sentence AS sentence_2,
       CASE WHEN a2.duplicate_of = a1.id OR a1.duplicate_of = a2.id THEN 1 ELSE 0 END AS republication,
       f1.id AS figure_1, f2.id AS figure_2
FROM figures f1
JOIN figures f2 ON f2.unit = f1.unit AND f2.measure_key = f1.measure_key
     AND f2.article_id > f1.article_id AND coalesce(f2.direction, '') = coalesce(f1.direction, '')
     AND f2.kind = f1.kind
     AND coalesce(f2.period, '') = coalesce(f1.period, '')
JOIN articles a1 ON a1.id = f1.article_id
JOIN articles a2 ON a2.id = f2.article_id
WHERE abs(f1.value - f2.value) > 0.005 * max(abs(f1.value), abs(f2.value))
  AND coalesce(a1.province, '') = coalesce(a2.province, '')
  -- two papers: both report the period after it ended (a plan made before it, or a partial
  -- count during it, is no conflicting report); a republication and its original: always
  AND (a2.duplicate_of = a1.id OR a1.duplicate_of = a2.id
       OR (f1.period IS NOT NULL AND a1.published > newsmine_period_end(f1.period)
           AND a2.published > newsmine_period_end(f1.period)))
  AND NOT EXISTS (SELECT 1 FROM figures g WHERE g.article_id = f2.article_id AND g.unit = f1.unit
                  AND g.measure_key = f1.measure_key AND abs(g.value - f1.value) <= 0.005 * abs(f1.value))
  AND NOT EXISTS (SELECT 1 FROM figures g WHERE g.article_id = f1.article_id AND g.unit = f2.unit
                  AND g.measure_key = f2.measure_key AND abs(g.value - f2.value) <= 0.005 * abs(f2.value))
  AND (:province = '' OR newsmine_in_province(a1.province, :province))
ORDER BY a1.province, f1.measure, a1.published, a2.published
""",
    "articles_mentioning": """
SELECT a.title AS article_title, a.published, a.province, a.url, g.name AS organization,
       count(*) AS mentions, min(m.start) AS first_offset, m.surface, m.sentence, a.id AS article_id
FROM organization_mentions m
JOIN organizations g ON g.id = m.organization_id
JOIN articles a ON a.id = m.article_id
WHERE m.organization_id IN (SELECT rowid FROM organizations_fts
                            WHERE organizations_fts MATCH newsmine_match(:organization))
  AND a.duplicate_of IS NULL
GROUP BY a.id, g.id
ORDER BY a.published DESC, a.id
""",
    # A body followed across the 2025 reorganisation: the mentions of every body whose name, or
    # whose successor's name, holds the words typed, oldest first.
    "organization_across_renames": """
SELECT a.published, g.name AS organization, newsmine_successor(g.name, 'name') AS successor,
       newsmine_successor(g.name, 'since') AS renamed_since, a.title AS article_title, a.url,
       a.province, m.surface, m.sentence, a.id AS article_id
FROM organization_mentions m
JOIN organizations g ON g.id = m.organization_id
JOIN articles a ON a.id = m.article_id
WHERE trim(:organization) != ''
  AND (newsmine_words(g.name, :organization)
       OR newsmine_words(coalesce(newsmine_successor(g.name, 'name'), ''), :organization))
  AND a.duplicate_of IS NULL
ORDER BY a.published, a.id, m.start
""",
}


# Export: each fact type's columns, then its provenance; duplicates are left out.
_PROVENANCE = """a.url AS article_url, a.title AS article_title, a.published, a.province,
       a.source, {t}.article_id, {t}.sentence, {t}.start, {t}."end", {t}.version"""
EXPORT_SQL = {
    "officials": "SELECT o.id, o.name, o.title, o.organization, o.person_id, {prov} "
                 "FROM officials o",
    "organizations": "SELECT m.id, g.name AS organization, m.surface, m.organization_id, "
                     "g.aliases, {prov} FROM organization_mentions m "
                     "LEFT JOIN organizations g ON g.id = m.organization_id",
    "figures": "SELECT f.id, f.value, f.unit, f.item, f.qualifier, f.measure, f.period, "
               "f.direction, f.kind, f.text, f.in_caption, {prov} FROM figures f",
    "obstacles": "SELECT b.id, b.text, b.category, b.place, b.in_caption, {prov} FROM obstacles b",
}
EXPORT_TYPES = list(EXPORT_SQL)


def figure_conflicts(db, province: str | None = None, limit: int | None = None) -> list[dict]:
    """Pairs of figures of one measure, unit, province and period that two articles report with
    different values (CANNED_SQL["figure_conflicts"]), each with both sentences."""
    sql = CANNED_SQL["figure_conflicts"] + (f" LIMIT {int(limit)}" if limit is not None else "")
    cursor = db.conn.execute(sql, {"province": province or ""})
    columns = [d[0] for d in cursor.description]
    pairs = [dict(zip(columns, row)) for row in cursor]
    for pair in pairs:  # the earlier article first
        if (pair["published_1"] or "") > (pair["published_2"] or ""):
            for name in [c[:-2] for c in columns if c.endswith("_1")]:
                pair[f"{name}_1"], pair[f"{name}_2"] = pair[f"{name}_2"], pair[f"{name}_1"]
    return pairs


def export_columns(db, kind: str) -> list[str]:
    """The keys `export_facts` yields for one fact type, in order."""
    cursor = db.conn.execute(f"SELECT * FROM ({_export_sql(kind)}) LIMIT 0", _export_filters())
    return ["type"] + [d[0] for d in cursor.description]


def _export_sql(kind: str) -> str:
    alias = EXPORT_SQL[kind].split(" FROM ")[1].split()[1]
    return (EXPORT_SQL[kind].format(prov=_PROVENANCE.format(t=alias))
            + f" JOIN articles a ON a.id = {alias}.article_id"
            + f" WHERE {ARTICLE_FILTERS} ORDER BY a.published, a.id, {alias}.start")


def _export_filters(province=None, since=None, until=None) -> dict[str, str]:
    return {"province": province or "", "since": since or "", "until": until or ""}


def export_facts(db, kind: str, province: str | None = None, since: str | None = None,
                 until: str | None = None):
    """Every fact of one type with its provenance, as dicts (a `type` key first); only those of
    articles in `province` (a province, several, or a region: search.provinces_of) and published
    from `since` to `until` (YYYY[-MM[-DD]]) when given."""
    cursor = db.conn.execute(_export_sql(kind), _export_filters(province, since, until))
    columns = [d[0] for d in cursor.description]
    for row in cursor:
        yield {"type": kind, **dict(zip(columns, row))}

