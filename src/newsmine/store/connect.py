"""The door to a database: one writer opens it shaped and in WAL mode, any number of readers
open it read-only (SQLite's mode=ro) and never change it; a file that is not newsmine's is
refused untouched."""

import sqlite3
from pathlib import Path

import sqlite_utils

from .common import StoreError
from .schema import (
    SCHEMA_VERSION,
    ensure_db_shape,
    ensure_functions,
    is_current,
    readable_as_is,
    schema_version,
)

# How long a connection waits for another's write lock before "database is locked". Writers
# wait long: a migration or a big extract batch may hold the lock a while, and giving up
# loses the work. In WAL mode readers never wait on writers, so theirs is only a safeguard.
WRITER_BUSY_SECONDS = 60.0
READER_BUSY_SECONDS = 10.0

UPGRADE_HINT = "run `newsmine extract` or `newsmine annotate` on it once to upgrade it"


def open_db(path, *, readonly: bool = False) -> sqlite_utils.Database:
    """A newsmine database: for writing (created if missing, migrated, WAL) or, `readonly`,
    for reading as it is; raises StoreError with a one-line reason."""
    path = Path(path)
    db = None
    try:
        if readonly:
            db = _open_reader(path)
        else:
            db = _open_writer(path)
    except sqlite3.DatabaseError as error:
        _close(db)
        raise StoreError(f"{path}: not a usable SQLite database ({error})") from None
    except BaseException:
        _close(db)
        raise
    ensure_functions(db.conn)
    return db


def _close(db) -> None:
    if db is not None:
        db.close()


def _open_writer(path: Path) -> sqlite_utils.Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(sqlite3.connect(path, timeout=WRITER_BUSY_SECONDS))
    try:
        _newsmine_version(db, path)  # before anything is written: a foreign file stays as it was
        db.execute("PRAGMA foreign_keys = ON")
        db.enable_wal()  # readers then never block the writer, nor it them
        if not is_current(db):
            try:
                ensure_db_shape(db)
            except sqlite3.DatabaseError as error:
                raise StoreError(f"{path}: shaping it for schema version {SCHEMA_VERSION} failed "
                                 f"({error}); it was left as it was") from None
    except BaseException:
        db.close()
        raise
    return db


def _open_reader(path: Path) -> sqlite_utils.Database:
    if not path.is_file():
        raise StoreError(f"{path}: no such database")
    db = _connect_reader(path)
    try:
        version = _newsmine_version(db, path)
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path}: schema version {version} is newer than this newsmine's "
                             f"({SCHEMA_VERSION}); upgrade newsmine")
        if not version:
            raise StoreError(f"{path}: an empty database, not yet a newsmine one")
        if not readable_as_is(version):
            raise StoreError(f"{path}: schema version {version} is older than this newsmine's "
                             f"({SCHEMA_VERSION}); {UPGRADE_HINT}")
    except BaseException:
        db.close()
        raise
    return db


def _connect_reader(path: Path) -> sqlite_utils.Database:
    """A mode=ro connection (SQLite itself then refuses every write), immutable as a fallback."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    db = sqlite_utils.Database(sqlite3.connect(uri, uri=True, timeout=READER_BUSY_SECONDS))
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError:
        db.close()
        if Path(f"{path}-wal").exists():
            raise
    # A WAL database we may not write, in a folder we may not write, has no shared-memory file
    # for readers and cannot get one. With no -wal file beside it the database file holds
    # every commit, so it can be read as immutable.
    return sqlite_utils.Database(sqlite3.connect(f"{uri}&immutable=1", uri=True,
                                                 timeout=READER_BUSY_SECONDS))


def _newsmine_version(db, path: Path) -> int:
    """The database's schema version, 0 when it has no tables yet; StoreError when it has
    tables but is not a newsmine database."""
    if not db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]:
        return 0
    version = schema_version(db)
    if not version:
        raise StoreError(f"{path}: not a newsmine database (no schema_version in a meta table); "
                         "left as it is")
    return version


# A search reads the same index pages and rows in every tier and on every page of results;
# SQLite's default page cache (2 MiB) holds few of them at 1 M facts, so each search read them
# again from the file. SQLite takes the pages as it needs them, up to this size.
SEARCH_CACHE_MIB = 64


def prepare_search(conn) -> None:
    """A connection ready for ranked searches: newsmine's SQL functions and a page cache of
    SEARCH_CACHE_MIB; safe to repeat."""
    ensure_functions(conn)
    conn.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_MIB * 1024}")
