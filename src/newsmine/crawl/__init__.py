"""crawl: sources → pages. The only package that touches the network.

`crawl_source(db_path, source_or_url)` crawls one site (a registry key, a URL, or a
`Source`) into the `pages` table with Scrapy, in a child process it manages, and returns a
`CrawlSummary`. Polite (robots.txt, Crawl-delay, per-host delay, AutoThrottle, back-off),
incremental (conditional requests under a refresh policy) and resumable (the database is the
state: a killed run continues where it stopped and refetches no stored page).
"""

import ctypes
import fcntl
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .. import store
from ..sources import Source, find_source, save_sources
from .parse import parse_date
from .shared import SharedQueueError, shared_queue_key

logger = logging.getLogger("newsmine.crawl")

MAX_BYTES = 10 * 1024 * 1024


class CrawlError(Exception):
    """The crawl could not run (bad option, unreadable database, crawler process failure)."""


@dataclass
class CrawlSummary:
    """What one crawl run did."""

    source: str
    crawl_id: int | None = None
    resumed: bool = False
    finished: bool = False
    elapsed: float = 0.0
    fetched: int = 0  # responses stored (new, changed or unchanged bodies)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    not_modified: int = 0  # conditional requests answered 304
    from_store: int = 0  # stored pages read back instead of fetched
    kinds: dict = field(default_factory=dict)
    statuses: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)  # reason → URLs that failed after retries
    skipped: dict = field(default_factory=dict)  # reason → URLs not requested
    peak_rss_mb: float = 0.0
    failure: str | None = None  # why the crawl had to stop (pages could not be stored)

    @property
    def requests(self) -> int:
        return self.fetched + self.not_modified + sum(self.errors.values())

    @property
    def reached(self) -> bool:
        """Did the site answer at all: a 2xx page, a 304, or a stored page read back."""
        answered = any(200 <= int(code) < 300 for code in self.statuses)
        return answered or self.not_modified > 0 or self.from_store > 0

    def unreached_reasons(self) -> str:
        """Why nothing was reached: the errors and skips of the run, with their counts."""
        reasons = {**self.errors, **self.skipped}
        return ", ".join(f"{reason} ({n})" for reason, n in reasons.items()) or "no page answered"

    @property
    def pages_per_second(self) -> float:
        return self.requests / self.elapsed if self.elapsed else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "requests": self.requests,
                "pages_per_second": round(self.pages_per_second, 2)}


def resolve_source(source_or_url, registry=None) -> Source:
    """A Source from a registry key, a URL, a Source, or a dict of Source fields."""
    if isinstance(source_or_url, Source):
        return source_or_url
    if isinstance(source_or_url, dict):
        return Source(**source_or_url)
    return find_source(str(source_or_url), registry)


def crawl_source(db_path, source_or_url, since=None, max_pages=None, delay=1.0, concurrency=4, *,
                 on_event=None, **options) -> CrawlSummary:
    """Crawl one source into `pages` and return what was done; resumes an unfinished run.

    `since` (date or ISO text) skips sitemap and feed entries older than it; `max_pages`
    bounds the requests of this run; `delay` is the least time between two requests to one
    host (robots.txt Crawl-delay can raise it; 0 turns delays and AutoThrottle off).
    `on_event` receives the crawler's events (progress, log, summary) as dicts. Further
    `options`: see `crawl_config`."""
    config = crawl_config(db_path, source_or_url, since=since, max_pages=max_pages, delay=delay,
                          concurrency=concurrency, **options)
    return run_worker(config, on_event)


@contextmanager
def source_lock(db_path, source_key: str):
    """Hold the crawl lock of one source of one database, or raise CrawlError: a second crawl of
    the same source would take the first's run for its own and fetch its pages again. The lock
    is a file beside the database, released by the system when the process ends, however."""
    path = Path(f"{db_path}-crawl-{source_key}.lock")
    try:
        handle = open(path, "a+")  # noqa: SIM115 - held for the whole crawl
    except OSError as error:
        raise CrawlError(f"{path}: cannot take the crawl lock ({error.strerror})") from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise CrawlError(f"another crawl of {source_key} into {db_path} is running; "
                         "wait for it to end (or stop it) and run this one again") from None
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def crawl_config(db_path, source_or_url, since=None, max_pages=None, delay=1.0, concurrency=4, *,
                 timeout=30.0, retries=3, max_bytes=MAX_BYTES, refresh_days=30.0,
                 backoff=1.0, max_backoff=120.0, contact=None, registry=None,
                 max_crawl_delay=60.0, redis_url=None, redis_key=None) -> dict:
    """Check the options, resolve the source, record it in `sources`; the crawler's
    configuration. Raises SourceError or CrawlError on bad input, before any fetch.

    `redis_url` shares one crawl between machines (scrapy-redis): the request queue and the
    seen-URL filter live in that Redis under `redis_key` (default `newsmine:SOURCE:YYYY-MM-DD`,
    today in UTC, so workers started the same day share one crawl and tomorrow's starts anew)."""
    source = resolve_source(source_or_url, registry)
    if redis_url is not None:
        try:
            redis_key = shared_queue_key(redis_url, redis_key, source.key)
        except SharedQueueError as error:
            raise CrawlError(str(error)) from None
    if since is not None and parse_date(since) is None:
        raise CrawlError(f"--since: not a date: {since!r} (use YYYY-MM-DD)")
    if concurrency < 1 or delay < 0 or (max_pages is not None and max_pages < 1):
        raise CrawlError("concurrency and max-pages must be at least 1, delay at least 0")
    try:
        db = store.open_db(db_path)
        save_sources(db, [source])
        db.close()
    except store.StoreError as error:
        raise CrawlError(str(error)) from None
    return {
        "db_path": str(db_path), "source": source.as_row(),
        "since": parse_date(since).isoformat() if since is not None else None,
        "max_pages": max_pages, "delay": float(delay), "concurrency": int(concurrency),
        "timeout": float(timeout), "retries": int(retries), "max_bytes": int(max_bytes),
        "refresh_days": float(refresh_days), "backoff": float(backoff),
        "max_backoff": float(max_backoff), "contact": contact, "max_crawl_delay": float(max_crawl_delay),
        "redis_url": redis_url, "redis_key": redis_key,
    }



def _die_with_parent():  # pragma: no cover - runs in the child between fork and exec
    """Linux: the crawler stops (gracefully, SIGTERM) if the process that started it dies."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def run_worker(config: dict, on_event=None) -> CrawlSummary:
    """Run the crawler process for one configuration, holding its source's crawl lock, and relay
    its events."""
    with source_lock(config["db_path"], config["source"]["key"]):
        return _run_worker(config, on_event)


def _run_worker(config: dict, on_event=None) -> CrawlSummary:
    summary = None
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsmine.crawl.worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=errors, text=True, encoding="utf-8",
            # no threads run in this process's children before exec: prctl only
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        process.stdin.write(json.dumps(config))
        process.stdin.close()
        interrupted = False
        while True:
            try:
                line = process.stdout.readline()
            except KeyboardInterrupt:
                # Ctrl-C reaches the crawler too (same process group): it finishes the
                # requests in flight and stops; a second Ctrl-C stops it at once.
                if interrupted:
                    process.kill()
                    raise
                interrupted = True
                continue
            if not line:
                break
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if event.get("e") == "log":
                logger.log(event.get("level", logging.INFO), "%s", event.get("msg"))
            elif event.get("e") == "summary":
                summary = CrawlSummary(**{k: v for k, v in event.items()
                                          if k in CrawlSummary.__dataclass_fields__})
            if on_event is not None:
                on_event(event)
        code = process.wait()
        if summary is None and interrupted:
            raise CrawlError("interrupted: run the same command again to resume")
        if summary is None:
            errors.seek(0)
            tail = [line for line in errors.read().splitlines() if line.strip()]
            reason = tail[-1] if tail else f"exit status {code}"
            raise CrawlError(f"the crawler stopped before the end ({reason})")
    return summary


__all__ = ["CrawlError", "CrawlSummary", "crawl_config", "crawl_source", "resolve_source", "run_worker"]
