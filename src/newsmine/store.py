"""The SQLite store: the one module that writes SQL. Schema, migrations, saves, counts."""

import hashlib
import json
import sqlite3
import zlib
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from . import search
from .facts.measures import measure_key
from .textnorm import fold

SCHEMA_VERSION = 1
TABLES = [
    "sources", "pages", "articles", "captions", "extract_errors", "persons", "officials",
    "organizations", "organization_mentions", "figures", "obstacles", "annotations",
    "crawls", "crawl_errors",
]
FACT_TABLES = ["officials", "organization_mentions", "figures", "obstacles"]

# Full-text search: the original columns plus an accent-folded shadow column, so that
# "dien bien" finds "Điện Biên" and an exact-diacritic query can still rank first.
FTS_COLUMNS = {
    "articles": ["title", "text", "search_folded"],
    "officials": ["name", "title", "organization", "sentence", "search_folded"],
    "organizations": ["name", "aliases", "search_folded"],
    "organization_mentions": ["surface", "sentence", "search_folded"],
    "figures": ["text", "measure", "item", "sentence", "search_folded"],
    "obstacles": ["text", "category", "sentence", "search_folded"],
}
# Original columns are tokenized without removing diacritics, so that a query typed with
# them can rank exact-diacritic matches first; search_folded carries the folded form.
FTS_TOKENIZE = "unicode61 remove_diacritics 0"
# Which fields feed each table's folded column.
FOLDED_FROM = {table: [c for c in cols if c != "search_folded"] for table, cols in FTS_COLUMNS.items()}

_FACT = """
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    version TEXT NOT NULL,
    search_folded TEXT NOT NULL DEFAULT ''
"""

SCHEMA_1 = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sources (
    key TEXT PRIMARY KEY, name TEXT NOT NULL, province TEXT, home_url TEXT,
    feeds TEXT DEFAULT '[]', sitemaps TEXT DEFAULT '[]', confidence TEXT, hints TEXT DEFAULT '{{}}'
);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY, final_url TEXT, status INTEGER, content_type TEXT,
    headers TEXT DEFAULT '{{}}', fetched_at TEXT, body BLOB, sha256 TEXT,
    source TEXT, kind TEXT, etag TEXT, last_modified TEXT
);
CREATE INDEX IF NOT EXISTS pages_source ON pages(source);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, page_url TEXT, canonical_url TEXT,
    source TEXT, title TEXT, sapo TEXT, published TEXT, author TEXT, section TEXT,
    tags TEXT DEFAULT '[]', origin TEXT, text TEXT NOT NULL, province TEXT,
    duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    extractor_version TEXT, extracted_at TEXT, search_folded TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_province ON articles(province);
CREATE TABLE IF NOT EXISTS captions (
    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS extract_errors (
    page_url TEXT PRIMARY KEY, reason TEXT NOT NULL, extractor_version TEXT, at TEXT
);
CREATE TABLE IF NOT EXISTS persons (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, province TEXT, search_folded TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS officials (
    id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES persons(id),
    name TEXT NOT NULL, title TEXT, organization TEXT, {_FACT}
);
CREATE INDEX IF NOT EXISTS officials_article ON officials(article_id);
CREATE INDEX IF NOT EXISTS officials_person ON officials(person_id);
CREATE TABLE IF NOT EXISTS organizations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, aliases TEXT DEFAULT '[]',
    search_folded TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS organization_mentions (
    id INTEGER PRIMARY KEY, organization_id INTEGER REFERENCES organizations(id),
    surface TEXT NOT NULL, {_FACT}
);
CREATE INDEX IF NOT EXISTS organization_mentions_article ON organization_mentions(article_id);
CREATE INDEX IF NOT EXISTS organization_mentions_org ON organization_mentions(organization_id);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY, value REAL, unit TEXT, item TEXT, qualifier TEXT, measure TEXT,
    period TEXT, direction TEXT, text TEXT NOT NULL, in_caption INTEGER DEFAULT 0, {_FACT}
);
CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
CREATE TABLE IF NOT EXISTS obstacles (
    id INTEGER PRIMARY KEY, text TEXT NOT NULL, category TEXT, place TEXT,
    in_caption INTEGER DEFAULT 0, {_FACT}
);
CREATE INDEX IF NOT EXISTS obstacles_article ON obstacles(article_id);
CREATE TABLE IF NOT EXISTS annotations (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version TEXT NOT NULL, annotated_at TEXT
);
"""

# The crawler's state: pages learn when they were last revalidated and last changed, and
# each crawl run is a row, so that a killed run can be resumed from the database alone.
SCHEMA_CRAWL = """
ALTER TABLE pages ADD COLUMN checked_at TEXT;
ALTER TABLE pages ADD COLUMN changed_at TEXT;
ALTER TABLE pages ADD COLUMN encoding TEXT;
ALTER TABLE pages ADD COLUMN referrer TEXT;
ALTER TABLE pages ADD COLUMN crawl_id INTEGER;
CREATE INDEX IF NOT EXISTS pages_kind ON pages(kind);
CREATE TABLE IF NOT EXISTS crawls (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, seed TEXT, started_at TEXT NOT NULL,
    finished_at TEXT, options TEXT DEFAULT '{}', stats TEXT DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS crawls_source ON crawls(source);
CREATE TABLE IF NOT EXISTS crawl_errors (
    url TEXT NOT NULL, crawl_id INTEGER NOT NULL, source TEXT, reason TEXT NOT NULL, at TEXT,
    PRIMARY KEY (url, crawl_id)
)
"""

# The extractor's additions: the update date and the publisher's own name (to tell which
# copy of a republished story is the original), and the lookups the extract stage makes.
SCHEMA_EXTRACT = """
ALTER TABLE articles ADD COLUMN updated TEXT;
ALTER TABLE articles ADD COLUMN site_name TEXT;
CREATE INDEX IF NOT EXISTS articles_page_url ON articles(page_url);
CREATE INDEX IF NOT EXISTS captions_article ON captions(article_id)
"""

# Every fact names the rule that made it: the pattern and the lexicon entry.
SCHEMA_RULES = """
ALTER TABLE officials ADD COLUMN rule TEXT;
ALTER TABLE organization_mentions ADD COLUMN rule TEXT;
ALTER TABLE figures ADD COLUMN rule TEXT;
ALTER TABLE obstacles ADD COLUMN rule TEXT;
"""

# A figure's measure in comparison form, indexed with unit and period: figures of one measure
# reported with different values by different articles are found by an indexed join.
SCHEMA_CONFLICTS = """
ALTER TABLE figures ADD COLUMN measure_key TEXT;
UPDATE figures SET measure_key = newsmine_measure_key(measure);
CREATE INDEX IF NOT EXISTS figures_measure ON figures(unit, measure_key, period);
"""

# Migrations in one place: MIGRATIONS[n] brings a database from version n to n + 1.
MIGRATIONS = [SCHEMA_1, SCHEMA_CRAWL, SCHEMA_EXTRACT, SCHEMA_RULES, SCHEMA_CONFLICTS]


class StoreError(Exception):
    """The database cannot be opened or has an unknown shape."""


def stable_id(*parts) -> int:
    """A 63-bit integer id from the given parts, stable across runs and machines."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def open_db(path) -> sqlite_utils.Database:
    """Open (creating it and its folder if needed) a newsmine database, shaped and in WAL mode."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA foreign_keys = ON")
        ensure_db_shape(db)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not a usable SQLite database ({error})") from error
    return db


def schema_version(db) -> int:
    if "meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def ensure_db_shape(db) -> None:
    """Create or migrate every table, index and full-text index; safe to repeat."""
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StoreError(f"database schema version {current} is newer than this newsmine")
    if db.conn.in_transaction:
        db.conn.commit()
    if db.execute("PRAGMA database_list").fetchone()[2]:  # a file, not :memory:
        db.enable_wal()
    ensure_functions(db.conn)  # migrations may call them
    for version in range(current, len(MIGRATIONS)):
        # One transaction per migration: a failure leaves the previous version intact.
        db.conn.execute("BEGIN")
        try:
            for statement in _statements(MIGRATIONS[version]):
                db.conn.execute(statement)
            db.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(version + 1),),
            )
        except BaseException:
            db.conn.rollback()
            raise
        db.conn.commit()
    for table, columns in FTS_COLUMNS.items():
        # A no-op when the index exists as declared; rebuilt when its shape or tokenizer differs.
        db[table].enable_fts(columns, create_triggers=True, tokenize=FTS_TOKENIZE, replace=True)
    ensure_views(db)
    ensure_functions(db.conn)


def _statements(script: str):
    return [s.strip() for s in script.split(";") if s.strip()]


# The article columns every fact view ends with: where and when the fact was published.
_ARTICLE_COLUMNS = """a.province, a.published, a.url, a.title AS article_title, a.source,
               substr(a.published, 1, 4) AS year"""
VIEWS = {
    # Facts of original articles only: republications and near-duplicates are skipped.
    # Columns are only ever added at the end: notebooks and canned queries name them.
    "official_posts": """
        SELECT o.person_id, o.name, o.title, o.organization, a.published, a.url,
               a.title AS article_title, a.province, o.sentence, o.article_id,
               substr(a.published, 1, 4) AS year, a.source, o.id, o.rule
        FROM officials o JOIN articles a ON a.id = o.article_id
        WHERE a.duplicate_of IS NULL
        ORDER BY o.name, a.published""",
    "figures_by_article": """
        SELECT f.id, f.value, f.unit, f.item, f.qualifier, f.measure, f.period, f.text,
               f.sentence, a.province, a.published, a.url, a.title AS article_title, f.article_id,
               substr(a.published, 1, 4) AS year, a.source, f.direction, f.rule
        FROM figures f JOIN articles a ON a.id = f.article_id
        WHERE a.duplicate_of IS NULL""",
    "obstacles_by_category": """
        SELECT a.province, b.category, count(*) AS n
        FROM obstacles b JOIN articles a ON a.id = b.article_id
        WHERE a.duplicate_of IS NULL
        GROUP BY a.province, b.category ORDER BY n DESC""",
    "obstacles_by_article": f"""
        SELECT b.id, b.text, b.category, b.place, b.sentence, {_ARTICLE_COLUMNS}, b.article_id, b.rule
        FROM obstacles b JOIN articles a ON a.id = b.article_id
        WHERE a.duplicate_of IS NULL""",
    "organization_mentions_by_article": f"""
        SELECT m.id, g.name AS organization, m.surface, m.sentence, {_ARTICLE_COLUMNS},
               m.article_id, m.organization_id, m.rule
        FROM organization_mentions m JOIN articles a ON a.id = m.article_id
        LEFT JOIN organizations g ON g.id = m.organization_id
        WHERE a.duplicate_of IS NULL""",
}


def ensure_views(db) -> None:
    for name, sql in VIEWS.items():
        db.conn.execute(f"DROP VIEW IF EXISTS {name}")
        db.conn.execute(f"CREATE VIEW {name} AS {sql}")
    db.conn.commit()


def folded_text(table: str, row: dict) -> str:
    """The accent-folded shadow text of a row, from the fields that table searches."""
    return fold(" ".join(str(row.get(c) or "") for c in FOLDED_FROM.get(table, [])))


def count_rows(db) -> dict[str, int]:
    """Rows per table of the database contract (and the auxiliary tables)."""
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES}


def save_sources(db, sources: list[dict]) -> None:
    with db.conn:
        for source in sources:
            row = dict(source)
            for key in ("feeds", "sitemaps"):
                row[key] = json.dumps(row.get(key) or [], ensure_ascii=False)
            row["hints"] = json.dumps(row.get("hints") or {}, ensure_ascii=False)
            db["sources"].upsert(row, pk="key", alter=True)


def _with_folded(table: str, row: dict) -> dict:
    return {**row, "search_folded": folded_text(table, row)}


def save_article(db, row: dict) -> int:
    """Insert or replace one article (id derived from its URL when absent); returns its id.
    Facts of a replaced article are removed with it, since their offsets no longer hold."""
    with db.conn:
        return _upsert_article(db, row)


def _upsert_article(db, row: dict) -> int:
    row = dict(row)
    row.setdefault("id", stable_id("article", row["url"]))
    for key in ("tags",):
        if isinstance(row.get(key), (list, tuple)):
            row[key] = json.dumps(list(row[key]), ensure_ascii=False)
    existing = db.execute("SELECT text FROM articles WHERE id = ?", [row["id"]]).fetchone()
    if existing and existing[0] != row.get("text"):
        _delete_facts(db, row["id"])
    db["articles"].upsert(_with_folded("articles", row), pk="id", alter=True)
    return row["id"]


def _delete_facts(db, article_id: int) -> None:
    for table in FACT_TABLES + ["annotations"]:
        db.execute(f"DELETE FROM [{table}] WHERE article_id = ?", [article_id])


def _person_id(db, name: str, province: str | None) -> int:
    """One persons row per normalised name and province (a name alone is too weak a key
    across provinces: Kinh names repeat)."""
    person_id = stable_id("person", fold(name), fold(province or ""))
    db["persons"].insert(
        _with_folded("persons", {"id": person_id, "name": name, "province": province}),
        pk="id", ignore=True,
    )
    return person_id


def _organization_id(db, name: str, surface: str) -> int:
    org_id = stable_id("organization", name)
    row = db.execute("SELECT aliases FROM organizations WHERE id = ?", [org_id]).fetchone()
    aliases = set(json.loads(row[0])) if row else set()
    if surface != name:
        aliases.add(surface)
    db["organizations"].upsert(
        _with_folded("organizations", {"id": org_id, "name": name,
                                       "aliases": json.dumps(sorted(aliases), ensure_ascii=False)}),
        pk="id",
    )
    return org_id


def save_facts(db, article_id: int, facts, version: str, province: str | None = None,
               caption_spans=()) -> None:
    """Replace one article's facts in one transaction and record the annotation version."""
    from datetime import datetime

    def in_caption(start, end):
        return int(any(s <= start and end <= e for s, e in caption_spans))

    with db.conn:
        _delete_facts(db, article_id)
        for o in facts.officials:
            row = {"name": o.name, "title": o.title, "organization": o.organization}
            db["officials"].insert(_with_folded("officials", {
                "id": stable_id("official", article_id, o.start, o.end, o.name),
                "article_id": article_id, "person_id": _person_id(db, o.name, province), **row,
                "sentence": o.sentence, "start": o.start, "end": o.end, "rule": o.rule, "version": version}),
                replace=True)
        for m in facts.organizations:
            db["organization_mentions"].insert(_with_folded("organization_mentions", {
                "id": stable_id("mention", article_id, m.start, m.end),
                "article_id": article_id, "organization_id": _organization_id(db, m.name, m.surface),
                "surface": m.surface, "sentence": m.sentence, "start": m.start, "end": m.end,
                "rule": m.rule, "version": version}), replace=True)
        for f in facts.figures:
            db["figures"].insert(_with_folded("figures", {
                "id": stable_id("figure", article_id, f.start, f.end, f.unit, f.value),
                "article_id": article_id, "value": f.value, "unit": f.unit, "item": f.item,
                "qualifier": f.qualifier, "measure": f.measure, "period": f.period,
                "direction": f.direction, "text": f.text, "in_caption": in_caption(f.start, f.end),
                "measure_key": measure_key(f.measure),
                "sentence": f.sentence, "start": f.start, "end": f.end, "rule": f.rule, "version": version}),
                replace=True)
        for b in facts.obstacles:
            db["obstacles"].insert(_with_folded("obstacles", {
                "id": stable_id("obstacle", article_id, b.start, b.end),
                "article_id": article_id, "text": b.text, "category": b.category, "place": b.place,
                "in_caption": in_caption(b.start, b.end),
                "sentence": b.sentence, "start": b.start, "end": b.end, "rule": b.rule, "version": version}),
                replace=True)
        db["annotations"].insert({
            "article_id": article_id, "version": version,
            "annotated_at": datetime.now(UTC).isoformat(timespec="seconds")}, replace=True)


# SQL functions for searching, registered on every connection that searches (the CLI's and
# Datasette's), so that canned queries and `newsmine search` share one set of SQL.
SQL_FUNCTIONS = {
    "newsmine_fold": (1, lambda text: fold(text) if text is not None else None),
    "newsmine_measure_key": (1, measure_key),
    # The FTS5 expression for a user's words on the folded column; matches nothing when blank.
    "newsmine_match": (1, lambda q: search.fts_query_or_nothing(q or "", ["search_folded"])),
    # The same words as typed, on a table's original columns: the exact-diacritic matches.
    "newsmine_match_exact": (2, lambda q, table: search.fts_query_or_nothing(
        q or "", FOLDED_FROM.get(table), folded=False)),
    "newsmine_words": (2, lambda text, q: int(search.has_words(text, q))),
    "newsmine_passage": (2, search.passage),
    "newsmine_surface": (2, search.surface),
}


def ensure_functions(conn) -> None:
    """Register newsmine's SQL functions on a sqlite3 connection; safe to repeat."""
    for name, (n_args, function) in SQL_FUNCTIONS.items():
        conn.create_function(name, n_args, function, deterministic=True)


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
       a.province, o.sentence, o.id, o.person_id
FROM officials o JOIN articles a ON a.id = o.article_id
WHERE o.id IN (SELECT rowid FROM officials_fts WHERE officials_fts MATCH newsmine_match(:name))
  AND newsmine_words(o.name, :name)
  AND a.duplicate_of IS NULL
ORDER BY newsmine_fold(o.name), o.person_id, a.published, o.start
""",
    "figures_on_topic": f"""
SELECT f.text, f.value, f.unit, f.measure, f.item, f.period, a.province, a.published,
       a.title AS article_title, a.url, f.sentence, f.id
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
    # is no conflict); a republication and its original need no stated period (same event).
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
  AND (f1.period IS NOT NULL OR a2.duplicate_of = a1.id OR a1.duplicate_of = a2.id)
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


# --- pages and crawl runs: the crawler's reads and writes -------------------------------

# What the crawler keeps in memory per stored page to decide on refetching (no bodies).
PAGE_STATE_COLUMNS = ("url", "final_url", "status", "kind", "content_type", "fetched_at",
                      "checked_at", "changed_at", "etag", "last_modified", "sha256")
PAGE_COLUMNS = ("url", "final_url", "status", "content_type", "headers", "fetched_at", "body",
                "sha256", "source", "kind", "etag", "last_modified", "checked_at", "changed_at",
                "encoding", "referrer", "crawl_id")


def utc_now() -> str:
    """The current time as ISO 8601 UTC with microseconds (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def page_states(db, source: str | None = None) -> dict[str, dict]:
    """Every stored page's fetch state (of one source, or all), keyed by requested URL."""
    sql = f"SELECT {', '.join(PAGE_STATE_COLUMNS)} FROM pages"
    rows = db.execute(sql + " WHERE source = ?", [source]) if source else db.execute(sql)
    return {row[0]: dict(zip(PAGE_STATE_COLUMNS, row)) for row in rows}


def read_page(db, url: str) -> dict | None:
    """One stored page with its body decompressed, or None."""
    cursor = db.execute("SELECT * FROM pages WHERE url = ?", [url])
    row = cursor.fetchone()
    if row is None:
        return None
    page = dict(zip([c[0] for c in cursor.description], row))
    page["body"] = page_body(page["body"])
    return page


def page_body(blob) -> bytes:
    """A stored body as bytes (bodies are zlib-compressed in the database)."""
    return zlib.decompress(blob) if blob else b""


def save_page(db, page: dict) -> None:
    """Insert or update one fetched page in its own transaction; `body` is raw bytes."""
    row = {k: page.get(k) for k in PAGE_COLUMNS if k in page}
    if isinstance(row.get("headers"), dict):
        row["headers"] = json.dumps(row["headers"], ensure_ascii=False, sort_keys=True)
    if row.get("body") is not None:
        row["body"] = zlib.compress(row["body"], 6)
    columns = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "url")
    with db.conn:
        db.conn.execute(
            f"INSERT INTO pages ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(url) DO UPDATE SET {updates}",
            [row[c] for c in columns],
        )


def touch_page(db, url: str, checked_at: str, crawl_id: int | None = None) -> None:
    """Record a revalidation (a 304): the stored body still holds."""
    with db.conn:
        db.conn.execute("UPDATE pages SET checked_at = ?, crawl_id = coalesce(?, crawl_id) "
                        "WHERE url = ?", [checked_at, crawl_id, url])


def begin_crawl(db, source: str, seed: str, options: dict | None = None) -> dict:
    """The source's unfinished crawl run (resumed) or a new one; the crawls row plus `resumed`."""
    with db.conn:
        row = db.execute("SELECT id, started_at FROM crawls WHERE source = ? AND finished_at IS NULL "
                         "ORDER BY started_at DESC LIMIT 1", [source]).fetchone()
        if row:
            return {"id": row[0], "source": source, "started_at": row[1], "resumed": True}
        started = utc_now()
        cursor = db.conn.execute(
            "INSERT INTO crawls (source, seed, started_at, options) VALUES (?, ?, ?, ?)",
            [source, seed, started, json.dumps(options or {}, ensure_ascii=False, default=str)])
        return {"id": cursor.lastrowid, "source": source, "started_at": started, "resumed": False}


def finish_crawl(db, crawl_id: int, stats: dict) -> None:
    with db.conn:
        db.conn.execute("UPDATE crawls SET finished_at = ?, stats = ? WHERE id = ?",
                        [utc_now(), json.dumps(stats, ensure_ascii=False, default=str), crawl_id])


def save_crawl_error(db, crawl_id: int, url: str, source: str, reason: str) -> None:
    with db.conn:
        db.conn.execute("INSERT OR REPLACE INTO crawl_errors (url, crawl_id, source, reason, at) "
                        "VALUES (?, ?, ?, ?, ?)", [url, crawl_id, source, reason, utc_now()])


def crawl_error_urls(db, crawl_id: int) -> set[str]:
    """URLs that already failed (after their retries) in this crawl run."""
    return {r[0] for r in db.execute("SELECT url FROM crawl_errors WHERE crawl_id = ?", [crawl_id])}


# The extract stage: which pages wait, what a source says about itself, one article saved
# with its captions in one transaction, a bad page's reason, republication links.


def sources_info(db) -> dict[str, dict]:
    """Every source's name, province, home URL and hints (parsed), keyed by source key."""
    info = {}
    for key, name, province, home_url, hints in db.execute(
            "SELECT key, name, province, home_url, hints FROM sources"):
        try:
            parsed = json.loads(hints) if hints else {}
        except json.JSONDecodeError:
            parsed = {}
        info[key] = {"name": name, "province": province, "home_url": home_url,
                     "hints": parsed if isinstance(parsed, dict) else {}}
    return info


def pages_to_extract(db, version: str, force: bool = False, source: str | None = None):
    """(URLs of article pages not yet extracted, nor failed, by this extractor version; how
    many article pages there are in all). Pages are article pages when the crawler said so
    or said nothing, and were fetched with success."""
    where = ["(p.kind = 'article' OR p.kind IS NULL)", "(p.status IS NULL OR p.status BETWEEN 200 AND 299)"]
    params: list = []
    if source:
        where.append("p.source = ?")
        params.append(source)
    base = f"FROM pages p WHERE {' AND '.join(where)}"
    total = db.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    if force:
        rows = db.execute(f"SELECT p.url {base} ORDER BY p.url", params)
    else:
        rows = db.execute(
            f"SELECT p.url {base} AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.extractor_version = ? "
            "AND (a.page_url = p.url OR a.url = coalesce(p.final_url, p.url))) "
            "AND NOT EXISTS (SELECT 1 FROM extract_errors e "
            "WHERE e.page_url = p.url AND e.extractor_version = ?) ORDER BY p.url",
            params + [version, version])
    return [r[0] for r in rows], total


def save_extracted_article(db, row: dict, captions=()) -> int:
    """One extracted article, its caption spans and the page's cleared error, in one
    transaction; returns the article id."""
    with db.atomic():
        article_id = _upsert_article(db, row)
        db.conn.execute("DELETE FROM captions WHERE article_id = ?", [article_id])
        for start, end in captions:
            db.conn.execute('INSERT INTO captions (id, article_id, text, start, "end") VALUES (?, ?, ?, ?, ?)',
                       [stable_id("caption", article_id, start, end), article_id,
                        row["text"][start:end], start, end])
        if row.get("page_url"):
            db.conn.execute("DELETE FROM extract_errors WHERE page_url = ?", [row["page_url"]])
    return article_id


def save_extract_error(db, page_url: str, reason: str, version: str) -> None:
    """Why a page gave no article; the articles table is left as it was."""
    with db.atomic():
        db.conn.execute("INSERT OR REPLACE INTO extract_errors (page_url, reason, extractor_version, at) "
                   "VALUES (?, ?, ?, ?)", [page_url, reason, version, utc_now()])


def articles_for_linking(db):
    """Every article with what republication linking needs."""
    cursor = db.execute("SELECT id, url, source, published, origin, site_name, extracted_at, text "
                        "FROM articles")
    names = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(names, row))


def save_duplicate_links(db, links: dict[int, int | None]) -> None:
    """Set `duplicate_of` (None for originals) for the given articles, in one transaction; a
    copy whose province is unknown takes its original's."""
    with db.atomic():
        for article_id, original in links.items():
            db.conn.execute("UPDATE articles SET duplicate_of = ? WHERE id = ? AND duplicate_of IS NOT ?",
                            [original, article_id, original])
        db.conn.execute("UPDATE articles SET province = (SELECT o.province FROM articles o "
                        "WHERE o.id = articles.duplicate_of) "
                        "WHERE province IS NULL AND duplicate_of IS NOT NULL")


def articles_to_annotate(db, version: str, force: bool = False) -> list[int]:
    """Ids of articles not yet annotated by this annotator version (all of them when forced)."""
    if force:
        return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    return [r[0] for r in db.execute(
        "SELECT a.id FROM articles a LEFT JOIN annotations n ON n.article_id = a.id "
        "WHERE n.version IS NULL OR n.version != ? ORDER BY a.id", [version])]


def load_article(db, article_id: int) -> dict | None:
    row = db.execute("SELECT * FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    columns = [d[0] for d in db.execute("SELECT * FROM articles LIMIT 0").description]
    return dict(zip(columns, row))


def caption_spans(db, article_id: int) -> list[tuple[int, int]]:
    return [tuple(r) for r in db.execute(
        'SELECT start, "end" FROM captions WHERE article_id = ?', [article_id])]
