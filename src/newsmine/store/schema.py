"""The database's shape: its tables and the ordered, named migrations (sqlite-utils'
Migrations) that bring any newsmine database up to it, then its full-text indexes
(fulltext) and views (views), rebuilt when their declarations change."""

import hashlib
import json

from sqlite_utils import Migrations

from .common import StoreError, organization_id, transaction, utc_now
from .fulltext import (  # noqa: F401  (MAX_SQL_*, search_match: also read from here)
    FTS_COLUMNS,
    FTS_TOKENIZE,
    MAX_SQL_QUERY,
    MAX_SQL_TEXT,
    OWN_FILTERS,
    SEARCH_FIELDS,
    ensure_functions,
    search_match,
    with_folded,
)
from .views import VIEWS, ensure_views

TABLES = [
    "sources", "pages", "articles", "captions", "extract_errors", "persons", "officials",
    "organizations", "organization_mentions", "figures", "obstacles", "annotations",
    "crawls", "crawl_errors",
]
FACT_TABLES = ["officials", "organization_mentions", "figures", "obstacles"]

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

# Each searchable row's folded field and filter tokens (search.filter_tokens), so that a search
# ranks field matches first and filters in its full-text index. The tokens come from the
# article: triggers keep them right when an article's province, date or duplicate_of changes
# and when a fact is inserted without them (writers fill them; the triggers then do nothing).
# The full-text indexes are dropped first: ensure_db_shape rebuilds them with the new columns.
def _filters_sql(table: str, article: str, row: str = "") -> str:
    """newsmine_filters of a row of `table` (its own columns prefixed `row`) in `article`."""
    own = OWN_FILTERS.get(table)
    unit = f"{row}unit" if own == "unit" else "NULL"
    category = f"{row}category" if own == "category" else "NULL"
    return (f"coalesce(newsmine_filters({article}.province, {article}.published, "
            f"CAST({article}.duplicate_of AS TEXT), {unit}, {category}), '')")


def _field_sql(table: str) -> str:
    columns = [f"coalesce({c}, '')" for c in SEARCH_FIELDS[table]]
    if table == "organization_mentions":  # the body's name as well as the words used
        columns.append("coalesce((SELECT name FROM organizations g WHERE g.id = organization_id), '')")
    return "newsmine_field_tokens(" + " || ' ' || ".join(columns) + ")"


def _search_columns_step(db) -> None:
    updates = []  # of the article's rows when its province, date or duplicate_of changes
    for table in SEARCH_FIELDS:
        for suffix in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS [{table}_{suffix}]")
        db.execute(f"DROP TABLE IF EXISTS [{table}_fts]")
        for column in ("search_field", "search_filters"):
            db.execute(f"ALTER TABLE [{table}] ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
        db.execute(f"UPDATE [{table}] SET search_field = {_field_sql(table)}")
        key = "id" if table == "articles" else "article_id"
        value = _filters_sql(table, "NEW")
        updates.append(f"UPDATE {table} SET search_filters = {value} "
                       f"WHERE {key} = NEW.id AND search_filters IS NOT {value};")
        if table == "articles":
            db.execute(f"UPDATE articles SET search_filters = {_filters_sql(table, 'articles')}")
            continue
        of_row = f"coalesce((SELECT {_filters_sql(table, 'a', f'[{table}].')} FROM articles a "
        db.execute(f"UPDATE [{table}] SET search_filters = {of_row}WHERE a.id = [{table}].article_id), '')")
        value = f"coalesce((SELECT {_filters_sql(table, 'a', 'NEW.')} FROM articles a WHERE a.id = NEW.article_id), '')"
        db.execute(f"CREATE TRIGGER [{table}_search_filters] AFTER INSERT ON [{table}] BEGIN "
                   f"UPDATE [{table}] SET search_filters = {value} "
                   f"WHERE id = NEW.id AND search_filters IS NOT {value}; END")
    body = "\n".join(updates)
    db.execute(f"CREATE TRIGGER articles_search_filters_ai AFTER INSERT ON articles BEGIN {body} END")
    db.execute("CREATE TRIGGER articles_search_filters_au AFTER UPDATE OF province, published, "
               f"duplicate_of, search_filters ON articles BEGIN {body} END")

def _scoped_sql(article: str, row: str = "") -> str:
    """newsmine_scoped_words of a row (its columns prefixed `row`) in `article`."""
    return (f"coalesce(newsmine_scoped_words({article}.province, {row}search_folded, "
            f"{row}search_field), '')")


# Each searchable row's words scoped by its article's province (search.scoped_words), so that
# a search filtered by province reads the rows of that province holding its words and no
# others; its filter tokens are written again, with dates in six sizes (search.filter_tokens).
# Triggers keep them right when a row's words or its article's province change, and fill them
# for a row inserted without them (writers fill them; the triggers then do nothing).
# The full-text indexes are dropped first: ensure_db_shape rebuilds them with the new column.
def _scoped_words_step(db) -> None:
    for table in SEARCH_FIELDS:
        for suffix in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS [{table}_{suffix}]")
        db.execute(f"DROP TABLE IF EXISTS [{table}_fts]")
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN search_scoped TEXT NOT NULL DEFAULT ''")
        if table == "articles":  # its filter tokens gain the other sizes of dates, and the
            # trigger of step search_columns writes its facts' tokens again
            db.execute(f"UPDATE articles SET search_filters = {_filters_sql(table, 'articles')}, "
                       f"search_scoped = {_scoped_sql('articles')}")
            value = _scoped_sql("NEW", "NEW.")
            for event in ("INSERT", "UPDATE OF province, search_folded, search_field"):
                db.execute(f"CREATE TRIGGER [articles_scoped_{event.split()[0].lower()}] AFTER "
                           f"{event} ON articles BEGIN UPDATE articles SET search_scoped = {value} "
                           f"WHERE id = NEW.id AND search_scoped IS NOT {value}; END")
            continue
        db.execute(f"UPDATE [{table}] SET search_scoped = coalesce((SELECT "
                   f"{_scoped_sql('a', f'[{table}].')} FROM articles a "
                   f"WHERE a.id = [{table}].article_id), '')")
        value = (f"coalesce((SELECT {_scoped_sql('a', 'NEW.')} FROM articles a "
                 f"WHERE a.id = NEW.article_id), '')")
        for event in ("INSERT", "UPDATE OF article_id, search_folded, search_field"):
            db.execute(f"CREATE TRIGGER [{table}_scoped_{event.split()[0].lower()}] AFTER {event} "
                       f"ON [{table}] BEGIN UPDATE [{table}] SET search_scoped = {value} "
                       f"WHERE id = NEW.id AND search_scoped IS NOT {value}; END")
        # the article's province changed: its facts' scoped words follow
        value = _scoped_sql("NEW", f"[{table}].")
        db.execute(f"CREATE TRIGGER [articles_scoped_{table}] AFTER UPDATE OF province ON "
                   f"articles BEGIN UPDATE [{table}] SET search_scoped = {value} "
                   f"WHERE article_id = NEW.id AND search_scoped IS NOT {value}; END")


# What kind of figure each is (level, change, target or share): charts and the conflicts query
# compare like with like. Figures stored before it are levels until re-annotated.
SCHEMA_FIGURE_KINDS = """
ALTER TABLE figures ADD COLUMN kind TEXT NOT NULL DEFAULT 'level';
UPDATE figures SET kind = 'change' WHERE direction IS NOT NULL;
"""

def _organization_keys_step(db) -> None:
    """Organisation rows re-keyed by common.organization_id (facts.identity's key, folded for case,
    tone marks, punctuation and "và"): the rows of one key become one, named by the spelling most
    mentioned (the first row on a tie), the other names and every alias its aliases, every mention
    moved to it."""
    db.execute("PRAGMA defer_foreign_keys = ON")  # mentions point at the merged row by the commit
    groups: dict[int, list] = {}
    rows = db.execute("SELECT o.id, o.name, o.aliases, (SELECT count(*) FROM organization_mentions m "
                      "WHERE m.organization_id = o.id) FROM organizations o ORDER BY o.rowid").fetchall()
    for row in rows:
        groups.setdefault(organization_id(row[1]), []).append(row)
    for new_id, members in groups.items():
        if [m[0] for m in members] == [new_id]:
            continue
        kept = max(members, key=lambda m: m[3])[1]  # max keeps the first of equal counts
        aliases = {a for m in members for a in json.loads(m[2] or "[]")} | {m[1] for m in members}
        old_ids = [m[0] for m in members]
        marks = ", ".join("?" * len(old_ids))
        db.execute(f"DELETE FROM organizations WHERE id IN ({marks})", old_ids)
        db["organizations"].insert(with_folded("organizations", {
            "id": new_id, "name": kept,
            "aliases": json.dumps(sorted(aliases - {kept}), ensure_ascii=False)}))
        db.execute(f"UPDATE organization_mentions SET organization_id = ? WHERE organization_id IN ({marks})",
                   [new_id, *old_ids])


# The migrations in order: step n (counting from 1) brings a database from schema version
# n - 1 to n, in the same transaction as its record. Append only; never edit a shipped step.
STEPS = [
    ("tables", SCHEMA_1),
    ("crawl_state", SCHEMA_CRAWL),
    ("extract_columns", SCHEMA_EXTRACT),
    ("fact_rules", SCHEMA_RULES),
    ("measure_keys", SCHEMA_CONFLICTS),
    ("search_columns", _search_columns_step),
    ("figure_kinds", SCHEMA_FIGURE_KINDS),
    ("scoped_words", _scoped_words_step),
    ("organization_keys", _organization_keys_step),
]
MIGRATIONS = [name for name, _ in STEPS]
SCHEMA_VERSION = len(STEPS)
# Steps that only add tables, columns and indexes which no read-only command (stats, search,
# export, serve, explain, conflicts) needs: a database missing only these is read as it is,
# since a reader may not migrate it. A step that renames, retypes or fills, or whose columns
# a reader uses, stays out (measure_keys: `conflicts` and its canned query read measure_key;
# figure_kinds: they, the figure views and the export read kind).
# organization_keys only merges rows an older database keeps apart: read as it is, a body's
# spellings show as separate rows, as the newsmine that wrote it showed them.
READABLE_WITHOUT = {"crawl_state", "extract_columns", "fact_rules", "organization_keys"}

# sqlite-utils' migration runner. Its ledger (_sqlite_migrations) follows meta.schema_version,
# which stays the source of truth: every newsmine database has carried that number since its
# first version, and most predate the ledger.
MIGRATION_SET = Migrations("newsmine")


def _step(number: int, script):
    def run(db):
        if callable(script):  # a step that needs more than statements split at ";"
            script(db)
        for statement in (s.strip() for s in ("" if callable(script) else script).split(";")):
            if statement:
                db.execute(statement)
        _set_meta(db, "schema_version", str(number))
    return run


for _number, (_name, _script) in enumerate(STEPS, 1):
    MIGRATION_SET(name=_name)(_step(_number, _script))


# Views and full-text indexes are derived from this code, not migrated: a digest of their
# declarations in meta tells a writer whether they need rebuilding, so that a changed view
# reaches every database without a migration step, and a current one is never touched.
SHAPE = hashlib.sha1(json.dumps([VIEWS, FTS_COLUMNS, FTS_TOKENIZE], sort_keys=True)
                     .encode("utf-8")).hexdigest()[:16]


def _meta(db, key: str) -> str | None:
    if "meta" not in db.table_names():
        return None
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _set_meta(db, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def schema_version(db) -> int:
    """The database's meta schema_version; 0 when it has none."""
    return int(_meta(db, "schema_version") or 0)


def is_current(db) -> bool:
    """Whether the database has this code's schema version, views and full-text indexes."""
    return schema_version(db) == SCHEMA_VERSION and _meta(db, "shape") == SHAPE


def readable_as_is(version: int) -> bool:
    """Whether a read-only command can use a database of this schema version without migrating it."""
    return 0 < version <= SCHEMA_VERSION and set(MIGRATIONS[version:]) <= READABLE_WITHOUT


def ensure_db_shape(db) -> None:
    """Migrate the database to this code's schema and rebuild whichever of its full-text
    indexes and views differ, all in one transaction; a current database is left unchanged."""
    ensure_functions(db.conn)  # migration steps may call them
    with transaction(db):
        version = schema_version(db)  # read under the write lock: another writer may have migrated
        if version > SCHEMA_VERSION:
            raise StoreError(f"database schema version {version} is newer than this newsmine's "
                             f"({SCHEMA_VERSION}); upgrade newsmine")
        if version < SCHEMA_VERSION:
            _align_ledger(db, version)
            MIGRATION_SET.apply(db)
        for table, columns in FTS_COLUMNS.items():
            # A no-op when the index exists as declared; rebuilt when its shape or tokenizer
            # differs, then merged into one segment (a rebuild leaves several, and a search
            # reads each: at 1 M facts twice the time).
            declared = f"SELECT sql FROM sqlite_master WHERE name = '{table}_fts'"
            before = db.execute(declared).fetchone()
            db[table].enable_fts(columns, create_triggers=True, tokenize=FTS_TOKENIZE, replace=True)
            if db.execute(declared).fetchone() != before:
                db.execute(f"INSERT INTO [{table}_fts]([{table}_fts]) VALUES ('optimize')")
        ensure_views(db)
        if _meta(db, "shape") != SHAPE:
            _set_meta(db, "shape", SHAPE)


def _align_ledger(db, version: int) -> None:
    """Make the Migrations ledger list exactly the first `version` steps, as meta says."""
    MIGRATION_SET.ensure_migrations_table(db)
    ledger = db[Migrations.migrations_table]
    applied = {m.name for m in MIGRATION_SET.applied(db)}
    done = MIGRATIONS[:version]
    for name in done:
        if name not in applied:
            ledger.insert({"migration_set": MIGRATION_SET.name, "name": name, "applied_at": utc_now()})
    for name in applied - set(done):
        ledger.delete_where("migration_set = ? AND name = ?", [MIGRATION_SET.name, name])
