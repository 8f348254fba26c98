"""The crawl side: sources, fetched pages (bodies compressed), crawl runs and their errors,
and which pages wait for the extractor."""

import json
import sqlite3
import zlib
from pathlib import Path

from .common import StoreError, transaction, utc_now


def save_sources(db, sources: list[dict]) -> None:
    """Insert or update registry entries in the `sources` table, in one transaction."""
    with transaction(db):
        for source in sources:
            row = dict(source)
            for key in ("feeds", "sitemaps"):
                row[key] = json.dumps(row.get(key) or [], ensure_ascii=False)
            row["hints"] = json.dumps(row.get("hints") or {}, ensure_ascii=False)
            db["sources"].upsert(row, pk="key", alter=True)


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


# What the crawler keeps in memory per stored page to decide on refetching (no bodies).
PAGE_STATE_COLUMNS = ("url", "final_url", "status", "kind", "content_type", "fetched_at",
                      "checked_at", "changed_at", "etag", "last_modified", "sha256")
PAGE_COLUMNS = ("url", "final_url", "status", "content_type", "headers", "fetched_at", "body",
                "sha256", "source", "kind", "etag", "last_modified", "checked_at", "changed_at",
                "encoding", "referrer", "crawl_id")


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
    save_pages(db, [page])


def save_pages(db, pages: list[dict]) -> None:
    """Insert or update fetched pages in one transaction (all or none); `body` is raw bytes."""
    groups: dict[tuple, list[list]] = {}
    for page in pages:
        row = _page_row(page)
        groups.setdefault(tuple(row), []).append(list(row.values()))
    with transaction(db):
        for columns, values in groups.items():
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "url")
            db.conn.executemany(
                f"INSERT INTO pages ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                f"ON CONFLICT(url) DO UPDATE SET {updates}", values)


def _page_row(page: dict) -> dict:
    """A page as the columns it sets, headers as JSON and the body compressed."""
    row = {k: page.get(k) for k in PAGE_COLUMNS if k in page}
    if isinstance(row.get("headers"), dict):
        row["headers"] = json.dumps(row["headers"], ensure_ascii=False, sort_keys=True)
    if row.get("body") is not None:
        row["body"] = zlib.compress(row["body"], 6)
    return row


def touch_page(db, url: str, checked_at: str, crawl_id: int | None = None) -> None:
    """Record a revalidation (a 304): the stored body still holds."""
    touch_pages(db, [(url, checked_at, crawl_id)])


def touch_pages(db, touches: list[tuple]) -> None:
    """Record revalidations, (url, checked_at, crawl_id) each, in one transaction."""
    with transaction(db):
        db.conn.executemany("UPDATE pages SET checked_at = ?, crawl_id = coalesce(?, crawl_id) "
                            "WHERE url = ?", [(checked, crawl_id, url) for url, checked, crawl_id in touches])


def begin_crawl(db, source: str, seed: str, options: dict | None = None) -> dict:
    """The source's unfinished crawl run (resumed) or a new one; the crawls row plus `resumed`."""
    with transaction(db):
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
    """Mark a crawl run finished, with its summary."""
    with transaction(db):
        db.conn.execute("UPDATE crawls SET finished_at = ?, stats = ? WHERE id = ?",
                        [utc_now(), json.dumps(stats, ensure_ascii=False, default=str), crawl_id])


def save_crawl_error(db, crawl_id: int, url: str, source: str, reason: str) -> None:
    """Record why a URL failed in a crawl run (after its retries)."""
    with transaction(db):
        db.conn.execute("INSERT OR REPLACE INTO crawl_errors (url, crawl_id, source, reason, at) "
                        "VALUES (?, ?, ?, ?, ?)", [url, crawl_id, source, reason, utc_now()])


def crawl_error_urls(db, crawl_id: int) -> set[str]:
    """URLs that already failed (after their retries) in this crawl run."""
    return {r[0] for r in db.execute("SELECT url FROM crawl_errors WHERE crawl_id = ?", [crawl_id])}


def pages_classified_before(db, version: str) -> list[str]:
    """URLs of HTML pages fetched with success that the crawler took for listings, when the page
    classifier has changed since they were classified (`version` differs from the one recorded
    in meta): the extract stage looks at them again."""
    row = db.execute("SELECT value FROM meta WHERE key = 'classifier_version'").fetchone()
    if row is not None and row[0] == version:
        return []
    return [r[0] for r in db.execute(
        "SELECT url FROM pages WHERE kind = 'listing' AND status BETWEEN 200 AND 299 ORDER BY url")]


def ensure_classifier_version(db, version: str) -> None:
    """Record the page classifier of a database that holds no page yet (its pages will all be
    classified by it); a database with pages keeps what it has, for the extractor to compare."""
    with transaction(db):
        if db.execute("SELECT 1 FROM pages LIMIT 1").fetchone() is None:
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('classifier_version', ?)", [version])


def save_page_kinds(db, kinds: dict[str, str], version: str) -> None:
    """New kinds for stored pages, and the classifier version that gave them, in one transaction."""
    with transaction(db):
        for url, kind in kinds.items():
            db.execute("UPDATE pages SET kind = ? WHERE url = ?", [kind, url])
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('classifier_version', ?)", [version])


def pages_to_extract(db, version: str, force: bool = False, source: str | None = None,
                     kinds: tuple = ()):
    """(URLs of the pages of these kinds (None: no kind recorded) fetched with success and not
    yet extracted, nor failed, by this extractor version; how many such pages there are in all).
    Which kinds hold articles is the extract stage's rule."""
    named = [k for k in kinds if k is not None]
    kind_test = " OR ".join(([f"p.kind IN ({', '.join('?' * len(named))})"] if named else [])
                            + (["p.kind IS NULL"] if None in kinds else [])) or "0"
    where = [f"({kind_test})", "(p.status IS NULL OR p.status BETWEEN 200 AND 299)"]
    params: list = list(named)
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



def merge_pages(db, other_path) -> int:
    """Copy the pages (and sources) of another database into this one, e.g. those of the workers
    of a shared crawl: a page is taken when it is missing here or was fetched later there. Its
    crawl run stays behind (`crawl_id` empty); extraction then sees it as new. Returns the pages
    taken. Raises StoreError, before changing anything, on a file that is not a newsmine database."""
    path = Path(other_path)
    if not path.is_file():
        raise StoreError(f"{path}: no such database")
    try:
        db.execute("ATTACH DATABASE ? AS other", [str(path)])
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot open it ({error})") from None
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM other.sqlite_master WHERE type = 'table'")}
        if not {"pages", "sources"} <= tables:
            raise StoreError(f"{path}: not a newsmine database (no pages table)")
        columns = [c for c in PAGE_COLUMNS if c != "crawl_id"]
        names = ", ".join(columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "url")
        with transaction(db):
            db.conn.execute("INSERT OR IGNORE INTO sources (key, name, province, home_url, feeds, sitemaps, "
                            "confidence, hints) SELECT key, name, province, home_url, feeds, sitemaps, "
                            "confidence, hints FROM other.sources")
            before = db.conn.total_changes
            db.conn.execute(
                f"INSERT INTO pages ({names}, crawl_id) SELECT {names}, NULL FROM other.pages WHERE true "
                f"ON CONFLICT(url) DO UPDATE SET {updates}, crawl_id = NULL "
                "WHERE coalesce(excluded.fetched_at, '') > coalesce(pages.fetched_at, '')")
            taken = db.conn.total_changes - before
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot read its pages ({error})") from None
    finally:
        db.execute("DETACH DATABASE other")
    return taken
