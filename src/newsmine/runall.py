"""`newsmine run --all`: the whole chain (crawl, extract, annotate) for every current source of
the registry, one source after the other; one source's failure is recorded and the next one
runs all the same."""

import time
from dataclasses import asdict, dataclass, field

from . import store


@dataclass
class SourceRun:
    """What the chain did for one source."""

    key: str
    home_url: str
    ok: bool = False
    error: str | None = None  # why the source failed (crawl, extract or annotate)
    seconds: float = 0.0
    requests: int = 0
    fetched: int = 0  # responses stored this run
    new: int = 0
    crawl_errors: int = 0  # requests that failed after retries
    extracted: int = 0
    extract_failed: int = 0
    annotated: int = 0
    facts: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def run_source(db_path, source, *, since=None, max_pages=None, delay=1.0, concurrency=4,
               jobs=1, crawl_options=None) -> SourceRun:
    """Crawl one source, extract its new article pages, annotate the new articles."""
    from .annotate import annotate_articles
    from .crawl import crawl_source
    from .extract import extract_pages

    result = SourceRun(key=source.key, home_url=source.home_url)
    started = time.monotonic()
    try:
        crawled = crawl_source(db_path, source, since=since, max_pages=max_pages, delay=delay,
                               concurrency=concurrency, **(crawl_options or {}))
        result.requests, result.fetched, result.new = crawled.requests, crawled.fetched, crawled.new
        result.crawl_errors = sum(crawled.errors.values())
        if not crawled.finished:
            raise RuntimeError("crawl interrupted before the end")
        if not crawled.reached:
            raise RuntimeError(f"site not reached ({crawled.unreached_reasons()})")
        db = store.open_db(db_path)
        try:
            extracted = extract_pages(db, source=source.key)
            result.extracted, result.extract_failed = extracted.extracted, sum(extracted.failed.values())
            annotated = annotate_articles(db, jobs=jobs)
            result.annotated, result.facts = annotated.annotated, dict(annotated.facts)
        finally:
            db.close()
        result.ok = True
    except KeyboardInterrupt:
        raise
    except Exception as error:  # noqa: BLE001 - one source's failure never stops the others
        result.error = f"{type(error).__name__}: {error}" if not isinstance(error, RuntimeError) \
            else str(error)
    result.seconds = round(time.monotonic() - started, 1)
    return result


def run_all(db_path, sources, on_start=None, **options) -> list[SourceRun]:
    """`run_source` for each source in turn; `on_start(index, total, source)` before each."""
    results = []
    for index, source in enumerate(sources, 1):
        if on_start:
            on_start(index, len(sources), source)
        results.append(run_source(db_path, source, **options))
    return results


COLUMNS = [("source", "key", "<"), ("status", None, "<"), ("requests", "requests", ">"),
           ("new", "new", ">"), ("errors", "crawl_errors", ">"), ("articles", "extracted", ">"),
           ("annotated", "annotated", ">"), ("seconds", "seconds", ">")]


def summary_lines(results: list[SourceRun]) -> list[str]:
    """A plain-text table, one row per source, then failures with their reasons and a total."""
    rows = [[r.key, "ok" if r.ok else "FAILED", *(str(getattr(r, attr)) for _, attr, _ in COLUMNS[2:])]
            for r in results]
    header = [name for name, _, _ in COLUMNS]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells):
        return "  ".join(f"{c:{COLUMNS[i][2]}{widths[i]}}" for i, c in enumerate(cells)).rstrip()

    out = [line(header), *(line(row) for row in rows)]
    failed = [r for r in results if not r.ok]
    out += [f"failed: {r.key}: {r.error}" for r in failed]
    out.append(f"{len(results) - len(failed)} of {len(results)} sources ok, "
               f"{sum(r.extracted for r in results)} articles extracted, "
               f"{sum(r.annotated for r in results)} annotated")
    return out
