"""The annotate stage: articles → facts, for every article not yet annotated by this version."""

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

from . import store
from .facts import ANNOTATOR_VERSION, extract_facts
from .facts.lexicons import check_lexicons


@dataclass
class AnnotateSummary:
    annotated: int = 0
    skipped: int = 0
    failed: dict[int, str] = field(default_factory=dict)
    facts: dict[str, int] = field(default_factory=dict)


class ArticleTimeout(Exception):
    """One article took longer than the per-article limit."""


@contextmanager
def _time_limit(seconds: int):
    """Raise ArticleTimeout after `seconds` (main thread only; elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout(f"longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def annotate_articles(db, force: bool = False, limit: int | None = None, progress=None,
                      seconds_per_article: int = 60) -> AnnotateSummary:
    """Annotate pending articles one by one (one transaction each); `progress(n_done, n_total)`
    is called after each article. A malformed lexicon stops it before any work (LexiconError)."""
    check_lexicons()
    pending = store.articles_to_annotate(db, ANNOTATOR_VERSION, force)
    if limit is not None:
        pending = pending[:limit]
    summary = AnnotateSummary(skipped=db["articles"].count - len(pending))
    for done, article_id in enumerate(pending, 1):
        article = store.load_article(db, article_id)
        try:
            with _time_limit(seconds_per_article):  # a pathological text must not stall the batch
                facts = extract_facts(article["text"] or "", province=article.get("province"),
                                      published=article.get("published"))
            store.save_facts(db, article_id, facts, ANNOTATOR_VERSION, article.get("province"),
                             store.caption_spans(db, article_id))
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
            summary.failed[article_id] = f"{type(error).__name__}: {error}"
        else:
            summary.annotated += 1
            for kind in ("officials", "organizations", "figures", "obstacles"):
                summary.facts[kind] = summary.facts.get(kind, 0) + len(getattr(facts, kind))
        if progress:
            progress(done, len(pending))
    return summary
