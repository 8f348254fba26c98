"""The refresh policy: which stored pages a crawl run fetches again."""

from datetime import datetime, timedelta

from .parse import parse_date

# Pages that announce other pages: revalidated every run (when reached directly).
INDEX_KINDS = frozenset({"listing", "feed", "sitemap", "robots"})


def last_seen(state: dict) -> str:
    """When the page was last fetched or revalidated (ISO text, sortable)."""
    return max(state.get("fetched_at") or "", state.get("checked_at") or "")


def done_this_run(state: dict, run_started: str) -> bool:
    """Fetched or revalidated since this crawl run began (so: never again in this run,
    also after the run was killed and resumed)."""
    return last_seen(state) >= run_started


def needs_fetch(state: dict, *, run_started: str, now: datetime, lazy: bool = False,
                lastmod: datetime | None = None, article_max_age: timedelta = timedelta(days=30),
                index_max_age: timedelta = timedelta(days=7)) -> bool:
    """Whether a stored page is fetched again (conditionally) in this run.

    Feeds are revalidated every run. Listings are too, except when reached `lazy`ly
    (through a page that did not change): then they wait `index_max_age`; so do sitemaps
    reached through an unchanged sitemap index that gives their date. Articles and other
    pages wait `article_max_age`, unless a sitemap or feed says they changed since. Server
    errors are retried every run."""
    if done_this_run(state, run_started):
        return False
    seen = parse_date(last_seen(state))
    if seen is None:
        return True
    status = state.get("status") or 0
    if status >= 500 or status == 429:
        return True
    if lastmod is not None and lastmod > seen:
        return True
    kind = state.get("kind")
    if kind in ("feed", "robots"):
        return True
    if kind == "sitemap":  # a child of an unchanged index waits only if the index dates it
        return not (lazy and lastmod is not None) or now - seen > index_max_age
    if kind == "listing":
        return not lazy or now - seen > index_max_age
    return now - seen > article_max_age
