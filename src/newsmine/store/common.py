"""What every room of the store shares: its error, stable ids, timestamps, and the one way a
transaction is written."""

import hashlib
from contextlib import contextmanager
from datetime import UTC, datetime

from ..facts.identity import organization_key


class StoreError(Exception):
    """The database cannot be opened or has an unknown shape."""


def stable_id(*parts) -> int:
    """A 63-bit integer id from the given parts, stable across runs and machines."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def organization_id(name: str) -> int:
    """The id of the organisations row a canonical name belongs to: its key's (facts.identity),
    the same for every spelling of one body, whoever writes the row (a save, a migration)."""
    return stable_id("organization", organization_key(name))


def utc_now() -> str:
    """The current time as ISO 8601 UTC with microseconds (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@contextmanager
def transaction(db):
    """The block as one transaction: committed at the end, rolled back on an exception; inside
    another transaction it is a savepoint of that one."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    # IMMEDIATE takes the write lock before the first read: a deferred transaction that reads
    # and then writes after another writer committed fails at once with "database is locked",
    # and no busy timeout can save it.
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:  # an error may already have ended it
            db.conn.execute("ROLLBACK")
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
