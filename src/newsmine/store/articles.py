"""The article side: articles saved by the extractor with their captions, the pages that gave
none and why, republication links, and articles read back for annotation."""

import json

from .common import stable_id, transaction, utc_now
from .facts import delete_facts
from .fulltext import with_folded


def save_article(db, row: dict) -> int:
    """Insert or replace one article (id derived from its URL when absent); returns its id.
    Facts of a replaced article are removed with it, since their offsets no longer hold."""
    with transaction(db):
        return _upsert_article(db, row)


def _upsert_article(db, row: dict) -> int:
    row = dict(row)
    row.setdefault("id", stable_id("article", row["url"]))
    for key in ("tags",):
        if isinstance(row.get(key), (list, tuple)):
            row[key] = json.dumps(list(row[key]), ensure_ascii=False)
    existing = db.execute("SELECT text FROM articles WHERE id = ?", [row["id"]]).fetchone()
    if existing and existing[0] != row.get("text"):
        delete_facts(db, row["id"])
    db["articles"].upsert(with_folded("articles", row), pk="id", alter=True)
    return row["id"]


def save_extracted_article(db, row: dict, captions=()) -> int:
    """One extracted article, its caption spans and the page's cleared error, in one
    transaction; returns the article id."""
    with transaction(db):
        article_id = _upsert_article(db, row)
        db.execute("DELETE FROM captions WHERE article_id = ?", [article_id])
        for start, end in captions:
            db.execute('INSERT INTO captions (id, article_id, text, start, "end") VALUES (?, ?, ?, ?, ?)',
                       [stable_id("caption", article_id, start, end), article_id,
                        row["text"][start:end], start, end])
        if row.get("page_url"):
            db.execute("DELETE FROM extract_errors WHERE page_url = ?", [row["page_url"]])
    return article_id


def save_extract_error(db, page_url: str, reason: str, version: str) -> None:
    """Why a page gave no article; the articles table is left as it was."""
    with transaction(db):
        db.execute("INSERT OR REPLACE INTO extract_errors (page_url, reason, extractor_version, at) "
                   "VALUES (?, ?, ?, ?)", [page_url, reason, version, utc_now()])


def articles_for_linking(db):
    """Every article with what republication linking needs."""
    cursor = db.execute("SELECT id, url, source, published, origin, site_name, extracted_at, text, "
                        "province FROM articles")
    names = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(names, row))


def save_duplicate_links(db, links: dict[int, int | None], provinces: dict[int, str] | None = None) -> None:
    """Set `duplicate_of` (None for originals) for the given articles, and the given articles'
    provinces, in one transaction."""
    with transaction(db):
        for article_id, original in links.items():
            db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ? AND duplicate_of IS NOT ?",
                       [original, article_id, original])
        for article_id, province in (provinces or {}).items():
            db.execute("UPDATE articles SET province = ? WHERE id = ?", [province, article_id])


def load_article(db, article_id: int) -> dict | None:
    """One article row as a dict, or None."""
    cursor = db.execute("SELECT * FROM articles WHERE id = ?", [article_id])
    row = cursor.fetchone()
    return None if row is None else dict(zip([d[0] for d in cursor.description], row))


def caption_spans(db, article_id: int) -> list[tuple[int, int]]:
    """The (start, end) offsets of an article's captions in its text."""
    return [tuple(r) for r in db.execute(
        'SELECT start, "end" FROM captions WHERE article_id = ?', [article_id])]
