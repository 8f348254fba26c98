"""The read side: the SQL of `newsmine search`, of Datasette's canned queries and of
`newsmine export`, the SQL functions they share, and the row counts of `newsmine stats`."""

import sqlite3

from .. import search
from .schema import TABLES, ensure_functions


def count_rows(db) -> dict[str, int]:
    """Rows per table of the database contract (and the auxiliary tables) that it has: a
    database read as it is may predate the crawl tables."""
    present = set(db.table_names())
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES if t in present}


SEARCH_TYPES = ["officials", "organizations", "figures", "obstacles", "articles"]
# Per search type: FTS table, fact table and alias, the fact's surface and a detail column.
_SEARCH_FROM = {
    "officials": ("officials", "o", "o.name", "o.title", ""),
    "organizations": ("organization_mentions", "m", "m.surface", "g.name",
                      "LEFT JOIN organizations g ON g.id = m.organization_id"),
    "figures": ("figures", "f", "f.text",
                "trim(coalesce(f.measure, f.item, '') || coalesce(' (' || f.period || ')', ''))", ""),
    "obstacles": ("obstacles", "b", "b.text", "b.category", ""),
    "articles": ("articles", "x", "NULL", "x.sapo", ""),
}
# Filters every search, canned query and chart shares; blank parameters mean "any".
ARTICLE_FILTERS = """a.duplicate_of IS NULL
          AND (:province = '' OR a.province IN (  -- folds each distinct province once
                SELECT province FROM articles GROUP BY province
                HAVING newsmine_fold(min(province)) = newsmine_fold(:province)))
          AND (:since = '' OR a.published >= :since)
          AND (:until = '' OR substr(a.published, 1, length(:until)) <= :until)"""


# Without filters, a search ranks (bm25) at most this many matches per type and per kind of
# match (exact, folded), taken in index order: ranking every row of a query that matches half
# the database costs seconds, and its top rows are no better for it. With a province or date
# filter every match is kept, newest first after the exact ones, and bm25 is not computed.
SEARCH_DEPTH = 1000
_UNFILTERED = ":province || :since || :until = ''"
_DEPTH = f"CASE WHEN {_UNFILTERED} THEN {SEARCH_DEPTH} ELSE -1 END"
_RANK = f"CASE WHEN {_UNFILTERED} THEN rank ELSE 0 END"  # lazy: rank unread when filtered


def _search_branch(kind: str) -> str:
    table, alias, fact, detail, join = _SEARCH_FROM[kind]
    article_join = "" if kind == "articles" else f"JOIN articles a ON a.id = {alias}.article_id"
    article_alias = "a" if kind != "articles" else alias
    article_id = f"{alias}.article_id" if kind != "articles" else f"{alias}.id"
    sentence = f"{alias}.sentence" if kind != "articles" else "NULL"
    filters = ARTICLE_FILTERS.replace("a.", f"{article_alias}.")
    fts = f"{table}_fts"
    return f"""
        SELECT '{kind}' AS type, {alias}.id AS id, {fact} AS fact, {detail} AS detail,
               {sentence} AS sentence, {article_id} AS article_id,
               {article_alias}.published AS published, h.rank AS rank, h.exact AS exact
        FROM (SELECT rowid, max(exact) AS exact, min(rank) AS rank FROM (
                SELECT * FROM (SELECT rowid, {_RANK} AS rank, 1 AS exact FROM {fts}
                               WHERE {fts} MATCH newsmine_match_exact(:q, '{table}') LIMIT {_DEPTH})
                UNION ALL
                SELECT * FROM (SELECT rowid, {_RANK} AS rank, 0 AS exact FROM {fts}
                               WHERE {fts} MATCH newsmine_match(:q) LIMIT {_DEPTH}))
              GROUP BY rowid) h
        JOIN {table} {alias} ON {alias}.id = h.rowid {article_join} {join}
        WHERE :type IN ('', '{kind}') AND {filters}"""


# Ranked search over every fact type and the articles: exact-diacritic matches first, then
# FTS5's bm25 rank, then the newest. Parameters: q, type, province, since, until, limit.
SEARCH_SQL = f"""
WITH hits AS (
    {" UNION ALL ".join(_search_branch(kind) for kind in SEARCH_TYPES)}
    ORDER BY exact DESC, rank, published DESC
    LIMIT CAST(coalesce(nullif(:limit, ''), 100) AS INTEGER)
)
SELECT h.type,
       CASE WHEN h.type = 'articles' THEN newsmine_surface(newsmine_passage(a.text, :q), :q)
            ELSE h.fact END AS fact,
       h.detail,
       CASE WHEN h.type = 'articles' THEN newsmine_passage(a.text, :q)
            ELSE h.sentence END AS sentence,
       a.title AS article_title, a.published, a.url, a.province, a.source, h.article_id,
       h.id, h.exact
FROM hits h JOIN articles a ON a.id = h.article_id
ORDER BY h.exact DESC, h.rank, h.published DESC
"""


def search_facts(db, query: str, kind: str | None = None, province: str | None = None,
                 since: str | None = None, until: str | None = None, limit: int = 20) -> list[dict]:
    """Facts and articles matching a user's words, accents ignored, exact-diacritic matches
    first. Raises search.SearchError on a query with nothing to search for."""
    search.fts_query(query)  # the one-line error, before any SQL runs
    if kind and kind not in SEARCH_TYPES:
        raise search.SearchError(f"unknown type {kind!r}: one of {', '.join(SEARCH_TYPES)}")
    ensure_functions(db.conn)
    params = {"q": query, "type": kind or "", "province": province or "", "since": since or "",
              "until": until or "", "limit": str(limit)}
    try:
        cursor = db.conn.execute(SEARCH_SQL, params)
    except sqlite3.OperationalError as error:  # a safeguard: the query is quoted already
        raise search.SearchError(f"the search index rejected {query!r}: {error}") from None
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]


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
       a.title AS article_title, a.url, f.sentence, f.id, f.article_id, f.start, f."end"
FROM figures f JOIN articles a ON a.id = f.article_id
WHERE f.id IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH newsmine_match(:measure))
  AND newsmine_words(coalesce(f.measure, '') || ' ' || coalesce(f.item, ''), :measure)
  AND {ARTICLE_FILTERS}
ORDER BY a.published, a.id, f.start
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
SELECT f1.measure, f1.unit, f1.period, a1.province,
       f1.value AS value_1, f1.text AS text_1, a1.published AS published_1, a1.title AS title_1,
       a1.url AS url_1, f1.sentence AS sentence_1,
       f2.value AS value_2, f2.text AS text_2, a2.published AS published_2, a2.title AS title_2,
       a2.url AS url_2, f2.sentence AS sentence_2,
       CASE WHEN a2.duplicate_of = a1.id OR a1.duplicate_of = a2.id THEN 1 ELSE 0 END AS republication,
       f1.id AS figure_1, f2.id AS figure_2
FROM figures f1
JOIN figures f2 ON f2.unit = f1.unit AND f2.measure_key = f1.measure_key
     AND f2.article_id > f1.article_id AND coalesce(f2.direction, '') = coalesce(f1.direction, '')
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
  AND (:province = '' OR newsmine_fold(a1.province) = newsmine_fold(:province))
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
               "f.direction, f.text, f.in_caption, {prov} FROM figures f",
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
    cursor = db.conn.execute(f"SELECT * FROM ({_export_sql(kind)}) LIMIT 0")
    return ["type"] + [d[0] for d in cursor.description]


def _export_sql(kind: str) -> str:
    alias = EXPORT_SQL[kind].split(" FROM ")[1].split()[1]
    return (EXPORT_SQL[kind].format(prov=_PROVENANCE.format(t=alias))
            + f" JOIN articles a ON a.id = {alias}.article_id"
            + f" WHERE a.duplicate_of IS NULL ORDER BY a.published, a.id, {alias}.start")


def export_facts(db, kind: str):
    """Every fact of one type with its provenance, as dicts (a `type` key first)."""
    cursor = db.conn.execute(_export_sql(kind))
    columns = [d[0] for d in cursor.description]
    for row in cursor:
        yield {"type": kind, **dict(zip(columns, row))}

