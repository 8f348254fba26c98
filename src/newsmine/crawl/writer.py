"""Pages stored in batches: the spider hands each response over as it arrives, and the writer
stores many to a transaction (one commit per page cost a crawl about as much as parsing it).

A batch is written at BATCH_PAGES pages, BATCH_BYTES of bodies or BATCH_SECONDS after its first
page, whichever comes first, and always when the crawl closes (Ctrl-C included). A batch the
database refuses is written again page by page, so that one bad page loses no other; an error of
the database or the disk itself (full, locked, unreadable) stops the writer with a one-line
reason, and what it had already stored stays stored.
"""

import logging
import sqlite3
import weakref
from time import monotonic

from .. import store

logger = logging.getLogger("newsmine.crawl")

BATCH_PAGES = 50
BATCH_BYTES = 4 * 1024 * 1024
BATCH_SECONDS = 0.5

# Errors that belong to one page (a value SQLite or the row's encoding refuses); any other
# sqlite3.Error or OSError is the database's or the disk's, and no later page would fare better.
PAGE_ERRORS = (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.ProgrammingError,
               sqlite3.InterfaceError, TypeError, ValueError, OverflowError)
STORAGE_ERRORS = (sqlite3.Error, OSError)
# A lock another writer holds: SQLite has already waited its busy time-out for each attempt.
LOCK_ERRORS = ("SQLITE_BUSY", "SQLITE_LOCKED")

_open_writers: "weakref.WeakSet[PageWriter]" = weakref.WeakSet()


class StorageFailure(Exception):
    """The database or the disk takes no more pages (full, locked, read-only, corrupt)."""


def one_line(error: BaseException) -> str:
    """An error as `Type: message` on one line."""
    return f"{type(error).__name__}: {' '.join(str(error).split())}"


class PageWriter:
    """Buffers fetched pages and revalidations (304s) and stores them a batch at a time."""

    def __init__(self, db, *, max_pages: int = BATCH_PAGES, max_bytes: int = BATCH_BYTES,
                 max_seconds: float = BATCH_SECONDS, on_page_error=None):
        self.db = db
        self.max_pages, self.max_bytes, self.max_seconds = max_pages, max_bytes, max_seconds
        self.on_page_error = on_page_error or (lambda url, reason: None)
        self.pages: dict[str, dict] = {}
        self.touches: dict[str, tuple] = {}
        self.size = 0
        self.oldest: float | None = None
        self.failure: str | None = None
        self.stored = 0  # pages and revalidations written
        self.lost = 0  # fetched but not stored when the database or the disk failed
        _open_writers.add(self)

    def save(self, page: dict) -> None:
        """Queue one page row (as store.save_page takes it); a later row of the URL replaces it."""
        if self.failure:
            return  # the crawl is stopping: it stays unfinished and a rerun fetches this again
        url = page["url"]
        self.touches.pop(url, None)
        self.pages[url] = page
        self.size += len(page.get("body") or b"")
        self._started()

    def touch(self, url: str, checked_at: str, crawl_id: int | None) -> None:
        """Queue a revalidation of a stored page."""
        if self.failure:
            return
        if url in self.pages:
            self.pages[url] = {**self.pages[url], "checked_at": checked_at}
        else:
            self.touches[url] = (url, checked_at, crawl_id)
        self._started()

    def _started(self) -> None:
        if self.oldest is None:
            self.oldest = monotonic()

    def holds(self, url: str) -> bool:
        """Whether the URL waits in the buffer (not yet readable from the database)."""
        return url in self.pages or url in self.touches

    def due(self) -> bool:
        return self.oldest is not None and (
            len(self.pages) + len(self.touches) >= self.max_pages or self.size >= self.max_bytes
            or monotonic() - self.oldest >= self.max_seconds)

    def flush_if_due(self) -> None:
        if self.due():
            self.flush()

    def flush(self) -> None:
        """Store everything buffered. Raises StorageFailure, once, when the database or the disk
        takes no more; a page refused on its own goes to `on_page_error`, the others are stored."""
        if self.failure or self.oldest is None:
            return
        pages, touches = list(self.pages.values()), list(self.touches.values())
        self.pages, self.touches, self.size, self.oldest = {}, {}, 0, None
        try:
            with store.transaction(self.db):
                store.save_pages(self.db, pages)
                store.touch_pages(self.db, touches)
        except PAGE_ERRORS + STORAGE_ERRORS as error:
            if getattr(error, "sqlite_errorname", None) in LOCK_ERRORS:
                self._fail(error, len(pages) + len(touches))
            logger.info("a batch of %d pages failed (%s): storing them one by one",
                        len(pages), one_line(error))
            self._one_by_one(pages, touches)
            return
        self.stored += len(pages) + len(touches)

    def _one_by_one(self, pages: list[dict], touches: list[tuple]) -> None:
        for n, page in enumerate(pages):
            try:
                store.save_pages(self.db, [page])
            except PAGE_ERRORS as error:
                self.on_page_error(page["url"], one_line(error))
                continue
            except STORAGE_ERRORS as error:
                self._fail(error, len(pages) - n + len(touches))
            self.stored += 1
        try:
            store.touch_pages(self.db, touches)
        except STORAGE_ERRORS as error:
            self._fail(error, len(touches))
        self.stored += len(touches)

    def _fail(self, error: BaseException, lost: int):
        self.failure = one_line(error)
        self.lost = lost
        raise StorageFailure(self.failure) from None

    def close(self) -> None:
        """Store what is left (raises StorageFailure as flush does)."""
        _open_writers.discard(self)
        self.flush()


def flush_open_writers() -> None:
    """Store what every open writer holds, errors ignored: the process is about to end at once."""
    for writer in list(_open_writers):
        try:
            writer.close()
        except Exception:  # noqa: BLE001, S110 - nothing left to report to
            pass
