"""The views Datasette, the canned queries and notebooks read: the facts of original articles
with their article, date and province, and the 2025 successors of renamed bodies. Derived from
this code, not migrated (schema.SHAPE)."""

from .common import transaction

# Obstacle categories (GOLD.md's list) as a reader sees them, Vietnamese / English: the
# obstacle views carry the label, so that Datasette's facets and filters read in both languages.
CATEGORY_LABELS = {
    "infrastructure": "hạ tầng / infrastructure",
    "funding": "vốn, kinh phí / funding",
    "human_resources": "nhân lực / human resources",
    "awareness": "nhận thức, thói quen / awareness",
    "legal": "thể chế, thủ tục / legal, procedures",
    "technology": "công nghệ, dữ liệu / technology, data",
    "natural": "thiên tai, tự nhiên / natural conditions",
    "market": "thị trường / market",
    "other": "khác / other",
}


def _category_label(column: str) -> str:
    """SQL for the bilingual label of an obstacle category (the category itself when unknown)."""
    whens = " ".join(f"WHEN '{key}' THEN '{label}'" for key, label in CATEGORY_LABELS.items())
    return f"CASE {column} {whens} ELSE {column} END"


# The article columns every fact view shows after the fact: its article, date and province.
_ARTICLE_COLUMNS = "a.title AS article_title, a.published, a.province"
# ... and ends with: the year (a facet), the source, the original URL and the ids and offsets
# that link a row to its article and to the page behind it (/-/evidence/{article_id}).
_TAIL_COLUMNS = """substr(a.published, 1, 4) AS year, a.source, a.url, {t}.article_id,
               {t}.rule, {t}.start, {t}."end", {t}.id"""
VIEWS = {
    # Facts of original articles only: republications and near-duplicates are skipped.
    # Columns are read by name (notebooks, canned queries, tests); their order is the reading
    # order of a Datasette page: the fact, who or what, the article, date, province, sentence.
    "official_posts": f"""
        SELECT o.name, o.title, o.organization, {_ARTICLE_COLUMNS}, o.sentence, o.person_id,
               {_TAIL_COLUMNS.format(t="o")}
        FROM officials o JOIN articles a ON a.id = o.article_id
        WHERE a.duplicate_of IS NULL
        ORDER BY o.name, a.published""",
    "figures_by_article": f"""
        SELECT f.value, f.unit, f.measure, f.period, {_ARTICLE_COLUMNS}, f.sentence, f.text,
               f.item, f.qualifier, f.direction, f.kind, {_TAIL_COLUMNS.format(t="f")}
        FROM figures f JOIN articles a ON a.id = f.article_id
        WHERE a.duplicate_of IS NULL""",
    "obstacles_by_category": f"""
        SELECT a.province, {_category_label("b.category")} AS category_label, b.category,
               count(*) AS n
        FROM obstacles b JOIN articles a ON a.id = b.article_id
        WHERE a.duplicate_of IS NULL
        GROUP BY a.province, b.category ORDER BY n DESC""",
    "obstacles_by_article": f"""
        SELECT b.text, {_category_label("b.category")} AS category_label, b.place,
               {_ARTICLE_COLUMNS}, b.sentence, b.category, {_TAIL_COLUMNS.format(t="b")}
        FROM obstacles b JOIN articles a ON a.id = b.article_id
        WHERE a.duplicate_of IS NULL""",
    "organization_mentions_by_article": f"""
        SELECT g.name AS organization, m.surface, {_ARTICLE_COLUMNS}, m.sentence,
               m.organization_id, {_TAIL_COLUMNS.format(t="m")}
        FROM organization_mentions m JOIN articles a ON a.id = m.article_id
        LEFT JOIN organizations g ON g.id = m.organization_id
        WHERE a.duplicate_of IS NULL""",
    # Bodies renamed, merged or ended in the 2025 reorganisation (lexicons/reorganisation_2025.tsv),
    # each with the name that carries it on and that body's row when the database holds it.
    "organization_successors": """
        SELECT g.id, g.name, newsmine_successor(g.name, 'name') AS successor,
               newsmine_successor(g.name, 'since') AS since, s.id AS successor_id,
               newsmine_successor(g.name, 'source') AS source
        FROM organizations g LEFT JOIN organizations s ON s.name = newsmine_successor(g.name, 'name')
        WHERE newsmine_successor(g.name, 'since') IS NOT NULL""",
}


def views_current(db) -> bool:
    """Whether every view is as this code declares it (a reader cannot rebuild them)."""
    existing = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    return all(existing.get(name) == f"CREATE VIEW {name} AS {sql}" for name, sql in VIEWS.items())


def ensure_views(db) -> None:
    """Create each view that is missing or differs from its declaration, in one transaction."""
    with transaction(db):
        existing = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
        for name, sql in VIEWS.items():
            create = f"CREATE VIEW {name} AS {sql}"
            if existing.get(name) != create:
                db.execute(f"DROP VIEW IF EXISTS {name}")
                db.execute(create)
