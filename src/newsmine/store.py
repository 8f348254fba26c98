"""The SQLite store: the one module that writes SQL. Schema, migrations, saves, counts."""

import hashlib
import json
import sqlite3
from pathlib import Path

import sqlite_utils

from .textnorm import fold

SCHEMA_VERSION = 1
TABLES = [
    "sources", "pages", "articles", "captions", "extract_errors", "persons", "officials",
    "organizations", "organization_mentions", "figures", "obstacles", "annotations",
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

# Migrations in one place: MIGRATIONS[n] brings a database from version n to n + 1.
MIGRATIONS = [SCHEMA_1]


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
        if not db[table].detect_fts():
            db[table].enable_fts(columns, create_triggers=True, replace=True)
    ensure_views(db)


def _statements(script: str):
    return [s.strip() for s in script.split(";") if s.strip()]


VIEWS = {
    # Facts of original articles only: republications and near-duplicates are skipped.
    "official_posts": """
        SELECT o.person_id, o.name, o.title, o.organization, a.published, a.url,
               a.title AS article_title, a.province, o.sentence, o.article_id
        FROM officials o JOIN articles a ON a.id = o.article_id
        WHERE a.duplicate_of IS NULL
        ORDER BY o.name, a.published""",
    "figures_by_article": """
        SELECT f.id, f.value, f.unit, f.item, f.qualifier, f.measure, f.period, f.text,
               f.sentence, a.province, a.published, a.url, a.title AS article_title, f.article_id
        FROM figures f JOIN articles a ON a.id = f.article_id
        WHERE a.duplicate_of IS NULL""",
    "obstacles_by_category": """
        SELECT a.province, b.category, count(*) AS n
        FROM obstacles b JOIN articles a ON a.id = b.article_id
        WHERE a.duplicate_of IS NULL
        GROUP BY a.province, b.category ORDER BY n DESC""",
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
    row = dict(row)
    row.setdefault("id", stable_id("article", row["url"]))
    for key in ("tags",):
        if isinstance(row.get(key), (list, tuple)):
            row[key] = json.dumps(list(row[key]), ensure_ascii=False)
    with db.conn:
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
    from datetime import datetime, timezone

    def in_caption(start, end):
        return int(any(s <= start and end <= e for s, e in caption_spans))

    with db.conn:
        _delete_facts(db, article_id)
        for o in facts.officials:
            row = {"name": o.name, "title": o.title, "organization": o.organization}
            db["officials"].insert(_with_folded("officials", {
                "id": stable_id("official", article_id, o.start, o.end, o.name),
                "article_id": article_id, "person_id": _person_id(db, o.name, province), **row,
                "sentence": o.sentence, "start": o.start, "end": o.end, "version": version}),
                replace=True)
        for m in facts.organizations:
            db["organization_mentions"].insert(_with_folded("organization_mentions", {
                "id": stable_id("mention", article_id, m.start, m.end),
                "article_id": article_id, "organization_id": _organization_id(db, m.name, m.surface),
                "surface": m.surface, "sentence": m.sentence, "start": m.start, "end": m.end,
                "version": version}), replace=True)
        for f in facts.figures:
            db["figures"].insert(_with_folded("figures", {
                "id": stable_id("figure", article_id, f.start, f.end, f.unit, f.value),
                "article_id": article_id, "value": f.value, "unit": f.unit, "item": f.item,
                "qualifier": f.qualifier, "measure": f.measure, "period": f.period,
                "direction": f.direction, "text": f.text, "in_caption": in_caption(f.start, f.end),
                "sentence": f.sentence, "start": f.start, "end": f.end, "version": version}),
                replace=True)
        for b in facts.obstacles:
            db["obstacles"].insert(_with_folded("obstacles", {
                "id": stable_id("obstacle", article_id, b.start, b.end),
                "article_id": article_id, "text": b.text, "category": b.category, "place": b.place,
                "in_caption": in_caption(b.start, b.end),
                "sentence": b.sentence, "start": b.start, "end": b.end, "version": version}),
                replace=True)
        db["annotations"].insert({
            "article_id": article_id, "version": version,
            "annotated_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}, replace=True)
