"""The annotate stage: articles → facts, for every article not yet annotated by this version.

With `jobs > 1` the facts are computed in worker processes while this process alone writes, one
transaction per article; at most a few articles per worker are in flight, so memory stays flat
whatever the corpus size, and the facts are those of one job."""

from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass, field

from . import store
from .facts import ANNOTATOR_VERSION, Facts, extract_facts
from .facts.lexicons import check_lexicons
from .limits import time_limit
from .workers import worker_pool

IN_FLIGHT_PER_JOB = 4  # articles queued per worker: enough to keep it busy, few enough to stay small


@dataclass
class AnnotateSummary:
    annotated: int = 0
    skipped: int = 0
    failed: dict[int, str] = field(default_factory=dict)
    facts: dict[str, int] = field(default_factory=dict)


def facts_of(text: str, province: str | None, published: str | None, seconds: int) -> Facts | str:
    """The facts of one article, or the reason it failed ("TimeLimitExceeded: …")."""
    try:
        with time_limit(seconds):  # a pathological text must not stall the batch
            return extract_facts(text or "", province=province, published=published)
    except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
        return f"{type(error).__name__}: {error}"


def _work(db, pending: list[int]) -> Iterator[tuple[int, dict]]:
    for article_id in pending:
        yield article_id, store.load_article(db, article_id)


def _in_process(work, seconds: int):
    for article_id, article in work:
        yield article_id, facts_of(article["text"], article.get("province"), article.get("published"), seconds)


def _in_workers(work, seconds: int, jobs: int):
    """(article id, facts or reason) as workers finish; a bounded number in flight."""
    with worker_pool(jobs) as pool:
        running = {}
        for article_id, article in work:
            running[pool.submit(facts_of, article["text"], article.get("province"),
                                article.get("published"), seconds)] = article_id
            if len(running) >= jobs * IN_FLIGHT_PER_JOB:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    yield running.pop(future), future.result()
        for future in list(running):
            yield running.pop(future), future.result()


def annotate_articles(db, force: bool = False, limit: int | None = None, progress=None,
                      seconds_per_article: int = 60, jobs: int = 1) -> AnnotateSummary:
    """Annotate pending articles (one transaction each) in `jobs` processes; `progress(n_done,
    n_total)` is called after each article. A malformed lexicon stops it before any work."""
    check_lexicons()
    pending = store.articles_to_annotate(db, ANNOTATOR_VERSION, force)
    if limit is not None:
        pending = pending[:limit]
    summary = AnnotateSummary(skipped=db["articles"].count - len(pending))
    work = _work(db, pending)
    results = _in_workers(work, seconds_per_article, jobs) if jobs > 1 and len(pending) > 1 \
        else _in_process(work, seconds_per_article)
    for done, (article_id, facts) in enumerate(results, 1):
        if isinstance(facts, str):
            summary.failed[article_id] = facts
        else:
            _save(db, article_id, facts, summary)
        if progress:
            progress(done, len(pending))
    return summary


def _save(db, article_id: int, facts: Facts, summary: AnnotateSummary) -> None:
    province = db.execute("SELECT province FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    try:
        store.save_facts(db, article_id, facts, ANNOTATOR_VERSION, province, store.caption_spans(db, article_id))
    except Exception as error:  # noqa: BLE001 - a fact the store refuses fails its article only
        summary.failed[article_id] = f"{type(error).__name__}: {error}"
        return
    summary.annotated += 1
    for kind in ("officials", "organizations", "figures", "obstacles"):
        summary.facts[kind] = summary.facts.get(kind, 0) + len(getattr(facts, kind))
