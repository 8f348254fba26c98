"""The spider: discovery (robots.txt, sitemaps, feeds, home and listings), the database as
the crawl's state, and one `pages` row per response, handed to a PageWriter as it arrives."""

import hashlib
import logging
import resource
import sqlite3
from collections import Counter, deque
from datetime import UTC, datetime, timedelta
from time import monotonic
from urllib.parse import urlsplit

import scrapy
from protego import Protego
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred
from twisted.internet.task import LoopingCall

from .. import store
from .parse import CLASSIFIER_VERSION, MAX_GUNZIPPED, Link, parse_body, parse_date
from .policy import INDEX_KINDS, done_this_run, needs_fetch
from .shared import SharedClaims
from .urls import host_variants, is_private_host, netloc_of, normalize_url, skip_reason
from .writer import BATCH_SECONDS, PageWriter, StorageFailure, one_line

logger = logging.getLogger("newsmine.crawl")

# Response headers kept in pages.headers.
KEPT_HEADERS = ("content-type", "content-length", "content-encoding", "content-language", "etag",
                "last-modified", "cache-control", "expires", "date", "x-robots-tag", "retry-after",
                "location", "link", "server")
MAX_CRAWL_DELAY = 60.0  # seconds; robots.txt may ask for more, we wait this and say so
# Sitemap indexes may list further indexes; a chain deeper than this (the protocol allows
# one level) is a generated trap, not a site's map.
MAX_SITEMAP_DEPTH = 3
MAX_SITEMAP_BYTES = MAX_GUNZIPPED  # 50 MB, the sitemap protocol's limit
# Seconds between two progress events: each is a line written to the parent's pipe, which a
# busy parent drains late (writes then wait), so not one for every few pages.
PROGRESS_EVERY = 0.5
PRIORITY = {"sitemap": 40, "feed": 40, "article": 20, None: 15, "listing": 10}


class RobotsCache:
    """robots.txt per host, fetched once per run before any other request to that host
    (revalidated conditionally, stored in `pages` like any response)."""

    def __init__(self, spider):
        self.spider = spider
        self.parsers: dict[str, Protego | None] = {}
        self.sitemaps: dict[str, list[str]] = {}
        self.off_limits: set[str] = set()  # hosts whose robots.txt failed: nothing is fetched there
        self._pending: dict[str, Deferred] = {}

    def allowed(self, parser, url: str) -> bool:
        return parser is None or parser.can_fetch(url, self.spider.robots_agent)

    def known(self, url: str):
        """(True, parser) when the host's robots.txt is already read, else (False, None)."""
        netloc = netloc_of(url)
        return (netloc in self.parsers), self.parsers.get(netloc)

    async def parser_for(self, url: str):
        netloc = netloc_of(url)
        if netloc in self.parsers:
            return self.parsers[netloc]
        if netloc in self._pending:
            return await maybe_deferred_to_future(self._pending[netloc])
        waiting = self._pending[netloc] = Deferred()
        parser = await self._load(f"{urlsplit(url).scheme}://{netloc}/robots.txt")
        self.parsers[netloc] = parser
        self.sitemaps[netloc] = list(parser.sitemaps) if parser else []
        del self._pending[netloc]
        waiting.callback(parser)
        if parser is not None:
            delay = parser.crawl_delay(self.spider.robots_agent)
            if delay:
                self.spider.set_delay_floor(urlsplit(url).hostname or "", float(delay))
        return parser

    async def _load(self, robots_url: str):
        spider = self.spider
        state = spider.known.get(robots_url)
        if state and done_this_run(state, spider.run_started):
            page = spider.read_page(robots_url)
            return self._parser(robots_url, page["status"], page["body"])
        request = scrapy.Request(
            robots_url, callback=NO_CALLBACK, priority=1000, dont_filter=True,
            headers=spider.conditional_headers(state),
            meta={"nm_robots": True, "dont_obey_robotstxt": True, "nm_url": robots_url})
        try:
            response = await spider.crawler.engine.download_async(request)
        except IgnoreRequest as error:  # e.g. redirected off the site: as if there were none
            logger.info("robots.txt of %s not read (%s): no rules", netloc_of(robots_url), error)
            return None
        except Exception as error:  # noqa: BLE001 - any other failure: robots.txt unreachable
            reason = spider.error_reason(error)
            spider.record_error(robots_url, reason)
            logger.warning("robots.txt of %s unreachable (%s): not crawling that host",
                           netloc_of(robots_url), reason)
            return self._off_limits(robots_url)
        if response.status == 304 and state is not None:
            spider.touch_page(robots_url)
            spider.counts["not modified (304)"] += 1
            spider.statuses[304] += 1
            page = spider.read_page(robots_url)
        else:
            page = spider.record_response(robots_url, response, kind="robots", parse=False)
        return self._parser(robots_url, page["status"], page["body"])

    def _parser(self, robots_url: str, status: int, body: bytes):
        # RFC 9309: 4xx means no rules; 5xx means the host is off limits for now.
        if status and 400 <= status < 500:
            return None
        if not status or status >= 500:
            logger.warning("robots.txt of %s answered HTTP %s: not crawling that host",
                           netloc_of(robots_url), status)
            return self._off_limits(robots_url)
        return Protego.parse(body.decode("utf-8", errors="replace"))

    def _off_limits(self, robots_url: str):
        self.off_limits.add(netloc_of(robots_url))
        return Protego.parse("User-agent: *\nDisallow: /\n")


class SiteSpider(scrapy.Spider):
    """Crawls one source; every decision to skip a URL is logged with its reason."""

    name = "newsmine"

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_spider_error, signal=signals.spider_error)
        return spider

    def __init__(self, config: dict, emit=None, **kwargs):
        super().__init__(**kwargs)
        self.storage_failure: str | None = None
        self.closing = False
        self.config = config
        self.emit = emit or (lambda event: None)
        source = config["source"]
        self.source_key = source["key"]
        self.hints = source.get("hints") or {}
        self.home = normalize_url(source["home_url"])
        self.hosts = set()
        for url in [self.home, *source.get("feeds", []), *source.get("sitemaps", [])]:
            self.hosts |= host_variants(netloc_of(url))
        for host in self.hints.get("hosts", []):
            self.hosts |= host_variants(host)
        # Loopback and private targets only when the crawl itself starts on one (demo, tests).
        self.allow_private = is_private_host(urlsplit(self.home).hostname)
        self.robots_agent = "newsmine"
        self.robots = RobotsCache(self)
        self.paused_until: dict[str, float] = {}
        self.delay_floors: dict[str, float] = {}
        self.since = parse_date(config.get("since"))
        self.max_pages = config.get("max_pages")
        self.article_max_age = timedelta(days=config.get("refresh_days", 30))
        self.index_max_age = timedelta(days=config.get("index_refresh_days", 7))

        self.db = store.open_db(config["db_path"])
        # WAL + NORMAL: a commit survives the process being killed (not a power cut), and
        # costs no fsync per page.
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.run = store.begin_crawl(self.db, self.source_key, self.home, {
            k: config.get(k) for k in ("since", "max_pages", "delay", "concurrency")})
        self.run_started = self.run["started_at"]
        self.now = datetime.now(UTC)
        store.ensure_classifier_version(self.db, CLASSIFIER_VERSION)
        self.known = store.page_states(self.db, self.source_key)
        self.failed = store.crawl_error_urls(self.db, self.run["id"]) if self.run["resumed"] else set()
        self.writer = PageWriter(self.db, on_page_error=self.page_not_stored)
        # Batches wait at most BATCH_SECONDS, even when no further page arrives to send them.
        self.flusher = LoopingCall(self.flush_pages)

        self.seen: set[str] = set()
        self.claims = SharedClaims(config["redis_url"], config["redis_key"]) if config.get("redis_url") else None
        self.requested = 0
        self.in_flight = 0
        self.budget_logged = False
        self.counts = Counter()
        self.skipped = Counter()
        self.errors = Counter()
        self.kinds = Counter()
        self.statuses = Counter()
        self.started = monotonic()
        self.last_progress = 0.0
        self.current_host = ""

    # --- discovery -------------------------------------------------------------------

    async def start(self):
        self.emit({"e": "start", "source": self.source_key, "home": self.home,
                   "crawl_id": self.run["id"], "resumed": self.run["resumed"]})
        self.flusher.start(BATCH_SECONDS / 2, now=False)
        if self.run["resumed"]:
            logger.info("resuming crawl %s of %s started %s", self.run["id"], self.source_key,
                        self.run_started)
        parser = await self.robots.parser_for(self.home)
        off_limits = netloc_of(self.home) in self.robots.off_limits  # already said why
        if parser is not None and not off_limits and not self.robots.allowed(parser, self.home):
            logger.warning("robots.txt disallows the home page %s", self.home)
        source = self.config["source"]
        sitemaps = list(source.get("sitemaps", [])) + self.robots.sitemaps.get(netloc_of(self.home), [])
        seeds = [Link(self.home, kind="listing")]
        seeds += [Link(url, kind="feed") for url in source.get("feeds", [])]
        seeds += [Link(url, kind="sitemap") for url in sitemaps]
        if not sitemaps:  # the conventional place, when nothing names one
            root = f"{urlsplit(self.home).scheme}://{netloc_of(self.home)}"
            seeds.append(Link(root + "/sitemap.xml", kind="sitemap"))
        for request in self.expand(seeds, referrer=None, lazy=False):
            yield request
        self.progress(force=True)

    def expand(self, links, referrer: str | None, lazy: bool):
        """Requests for the links worth fetching. Stored pages that need no fetch in this run
        are read back from the database instead, and their links expanded in turn."""
        work = deque((link, referrer, lazy) for link in links)
        while work:
            link, referrer, lazy = work.popleft()
            action, url = self.decide(link, lazy)
            if action == "fetch":
                yield self.make_request(url, link, referrer)
            elif action == "replay":
                page = self.read_page(url)
                self.counts["from store"] += 1
                if page is None or page["status"] != 200:
                    continue
                parsed = parse_body(page["body"], page["final_url"] or url, page["content_type"],
                                    self.hints, page.get("encoding"))
                if parsed is None or parsed.nofollow:
                    continue
                child_lazy = (page.get("changed_at") or "") < self.run_started
                work.extend((child, page["final_url"] or url, child_lazy)
                            for child in _deeper(parsed.links, link.depth))

    def decide(self, link: Link, lazy: bool) -> tuple[str | None, str | None]:
        """('fetch' | 'replay' | None, normalised URL) for one discovered link."""
        try:
            url = normalize_url(link.url)
        except ValueError:
            self.skip(link.url, "malformed URL")
            return None, None
        if url in self.seen:
            return None, url
        self.seen.add(url)
        reason = skip_reason(url, self.hosts, self.allow_private)
        if link.kind == "sitemap" and link.depth > MAX_SITEMAP_DEPTH:
            reason = f"sitemap indexes nested more than {MAX_SITEMAP_DEPTH} deep"
        if reason:
            self.skip(url, reason)
            return None, url
        known, parser = self.robots.known(url)
        if known and not self.robots.allowed(parser, url):
            self.skip(url, "robots.txt")
            return None, url
        if url in self.failed:
            self.skip(url, "failed earlier in this run")
            return None, url
        if self.since and link.lastmod and link.lastmod < self.since:
            self.skip(url, "older than --since")
            return None, url
        state = self.known.get(url)
        if state is not None:
            if state.get("final_url"):
                self.seen.add(state["final_url"])
            fetch = needs_fetch(state, run_started=self.run_started, now=self.now, lazy=lazy,
                                lastmod=link.lastmod, article_max_age=self.article_max_age,
                                index_max_age=self.index_max_age)
            if not fetch:
                # Pages of this run (a resumed run) and unchanged indexes are read back for
                # their links; an old article's links were followed when it was fetched.
                if done_this_run(state, self.run_started) or state.get("kind") in INDEX_KINDS:
                    return "replay", url
                self.counts["fresh, not fetched"] += 1
                return None, url
        if self.max_pages and self.requested >= self.max_pages:
            if not self.budget_logged:
                logger.info("page budget of %s reached: further URLs are skipped", self.max_pages)
                self.budget_logged = True
            self.skip(url, "--max-pages reached", quiet=True)
            return None, url
        if self.claims is not None and not self.claims.claim(url):
            self.skip(url, "fetched by another worker", quiet=True)
            return None, url
        self.requested += 1
        return "fetch", url

    def skip(self, url: str, reason: str, quiet: bool = False) -> None:
        self.skipped[reason] += 1
        if not quiet:
            logger.info("skip %s: %s", url, reason)

    def conditional_headers(self, state: dict | None) -> dict:
        headers = {}
        if state and state.get("status") == 200:
            if state.get("etag"):
                headers["If-None-Match"] = state["etag"]
            if state.get("last_modified"):
                headers["If-Modified-Since"] = state["last_modified"]
        return headers

    def make_request(self, url: str, link: Link, referrer: str | None) -> scrapy.Request:
        state = self.known.get(url)
        headers = self.conditional_headers(state)
        if referrer:
            headers["Referer"] = referrer
        self.in_flight += 1
        return scrapy.Request(
            url, callback=self.on_response, errback=self.on_error, dont_filter=True,
            headers=headers, priority=PRIORITY.get(link.kind, 15),
            meta={"nm_url": url, "nm_hint": link.kind, "nm_referrer": referrer, "nm_depth": link.depth,
                  **self._size_limit(link),
                  "nm_conditional": bool(headers.keys() - {"Referer"})})

    def _size_limit(self, link: Link) -> dict:
        """A sitemap may be larger than a page: the protocol allows 50 MB uncompressed."""
        if link.kind == "sitemap":
            return {"download_maxsize": max(MAX_SITEMAP_BYTES, self.config.get("max_bytes", 0))}
        return {}

    # --- responses -------------------------------------------------------------------

    def on_response(self, response):
        """Store the response and schedule the requests for its links. They go to the engine
        directly, not yielded: Scrapy passes each yielded request through several layers of
        asynchronous generators and a queue between tasks, for middlewares that have nothing
        to do with it (the spider sets Referer itself)."""
        self.in_flight = max(0, self.in_flight - 1)  # shared: others' requests too
        url = response.meta["nm_url"]
        state = self.known.get(url)
        self.current_host = netloc_of(response.url)
        depth = response.meta.get("nm_depth", 0)
        if response.status == 304 and state is not None:
            state["checked_at"] = self.touch_page(url)
            self.counts["not modified (304)"] += 1
            self.statuses[304] += 1
            self.progress()
            self.schedule(self._follow(self.read_page(url), url, lazy=True, depth=depth))
            return ()
        page = self.record_response(url, response, kind=None, parse=True)
        self.progress()
        self.schedule(self._follow(page, url, lazy=not page["changed"], depth=depth))
        return ()

    def schedule(self, requests) -> None:
        """Hand requests to the engine, as Scrapy does with those a callback yields."""
        crawl = self.crawler.engine.crawl
        for request in requests:
            crawl(request)

    def _follow(self, page: dict, url: str, lazy: bool, depth: int = 0):
        if page is None or page["status"] != 200:
            return
        parsed = page.get("parsed")
        if parsed is None:
            parsed = parse_body(page["body"], page["final_url"] or url, page["content_type"],
                                self.hints, page.get("encoding"))
        if parsed is None:
            return
        if parsed.nofollow:
            logger.info("not following the links of %s: meta robots nofollow", url)
            return
        yield from self.expand(_deeper(parsed.links, depth), referrer=page["final_url"] or url,
                               lazy=lazy)

    def record_response(self, url: str, response, kind: str | None, parse: bool) -> dict:
        """Hand one response to the writer as a pages row and return it, with its parse."""
        state = self.known.get(url)
        body = response.body
        final_url = normalize_url(response.url)
        self.seen.add(final_url)
        content_type = _header(response, "Content-Type")
        parsed = None
        if parse and response.status == 200:
            parsed = parse_body(body, final_url, content_type, self.hints)
        if kind is None:
            kind = parsed.kind if parsed is not None else "other"
        sha = hashlib.sha256(body).hexdigest()
        now = store.utc_now()
        changed = state is None or state.get("sha256") != sha or state.get("status") != response.status
        row = {
            "url": url, "final_url": final_url, "status": response.status,
            "content_type": content_type,
            "headers": _kept_headers(response),
            "fetched_at": now, "checked_at": now,
            "changed_at": now if changed else (state.get("changed_at") or now),
            "body": body, "sha256": sha, "source": self.source_key, "kind": kind,
            "etag": _header(response, "ETag"), "last_modified": _header(response, "Last-Modified"),
            "encoding": parsed.encoding if parsed is not None else None,
            "referrer": response.meta.get("nm_referrer"), "crawl_id": self.run["id"],
        }
        self.writer.save(row)
        self.flush_pages()
        self.known[url] = {k: row.get(k) for k in store.PAGE_STATE_COLUMNS}
        self.counts["fetched"] += 1
        self.counts["changed" if changed and state else "new" if changed else "unchanged"] += 1
        self.kinds[kind] += 1
        self.statuses[response.status] += 1
        if response.status >= 400:
            logger.warning("HTTP %s for %s", response.status, url)
        return {**row, "changed": changed, "parsed": parsed}

    # --- storing ------------------------------------------------------------------------

    def read_page(self, url: str) -> dict | None:
        """A stored page, the writer's buffer written first if it holds that URL."""
        if self.writer.holds(url):
            self.flush_pages(force=True)
        return store.read_page(self.db, url)

    def touch_page(self, url: str) -> str:
        """Queue the revalidation of a stored page (a 304); returns its time."""
        now = store.utc_now()
        self.writer.touch(url, now, self.run["id"])
        self.flush_pages()
        return now

    def flush_pages(self, force: bool = False) -> None:
        """Write the writer's batch when it is due (or now); a failure of the database or the
        disk stops the crawl."""
        try:
            self.writer.flush() if force else self.writer.flush_if_due()
        except StorageFailure as failure:
            self.stop_storing(str(failure))

    def page_not_stored(self, url: str, reason: str) -> None:
        """A page the database refused on its own (the rest of its batch is stored)."""
        self.counts["fetched"] -= 1
        self.record_error(url, f"not stored ({reason})")
        logger.warning("could not store %s: %s", url, reason)

    def stop_storing(self, reason: str) -> None:
        """Pages cannot be stored (disk full, database locked or broken): stop the crawl, which
        stays unfinished so that a rerun resumes it."""
        if self.storage_failure is not None:
            return
        self.storage_failure = reason
        lost = f"; {self.writer.lost} fetched pages not stored" if self.writer.lost else ""
        logger.error("cannot store pages (%s%s): stopping; run the crawl again to resume", reason, lost)
        if self.crawler.engine.spider is not None and not self.closing:
            self.crawler.engine.close_spider(self, "storage failed")

    def on_error(self, failure):
        request = failure.request
        url = request.meta.get("nm_url", request.url)
        self.in_flight = max(0, self.in_flight - 1)
        error = failure.value
        reason = self.error_reason(error, request.meta.get("download_maxsize"))
        if isinstance(error, IgnoreRequest) and str(error) == "robots.txt":
            self.skip(url, "robots.txt")
        else:
            self.record_error(url, reason)
            logger.warning("failed %s: %s", url, reason)
        self.progress()

    def error_reason(self, error, max_bytes: int | None = None) -> str:
        name = type(error).__name__
        text = str(error)
        if isinstance(error, IgnoreRequest):
            return "too many redirects" if "max redirections" in text else text or "ignored"
        if "Timeout" in name or "timed out" in text.lower():
            return "time-out"
        if "Cancelled" in name:  # the only cancellation here: DOWNLOAD_MAXSIZE
            limit = max_bytes or self.config.get("max_bytes", 0)
            return f"body larger than {limit // (1024 * 1024)} MB"
        if "ConnectionRefused" in name or "refused" in text.lower():
            return "connection refused"
        if "DNS" in name or "Resolve" in name:
            return "host not found"
        return f"{name}: {text}"[:200]

    def record_error(self, url: str, reason: str) -> None:
        self.errors[reason] += 1
        self.failed.add(url)
        store.save_crawl_error(self.db, self.run["id"], url, self.source_key, reason)

    # --- politeness helpers used by the middlewares ----------------------------------------

    def set_delay_floor(self, hostname: str, seconds: float) -> None:
        """Honour a robots.txt Crawl-delay for this host (never lowered by AutoThrottle), up to
        the crawl's max_crawl_delay (60 s by default): a day-long delay would silently stop it."""
        ceiling = float(self.config.get("max_crawl_delay", MAX_CRAWL_DELAY))
        if seconds > ceiling:
            logger.warning("%s asks for a Crawl-delay of %g s; waiting %g s instead", hostname, seconds, ceiling)
            seconds = ceiling
        seconds = max(seconds, self.config.get("delay", 0.0))
        self.delay_floors[hostname] = seconds
        downloader = self.crawler.engine.downloader
        downloader.per_slot_settings.setdefault(hostname, {})["delay"] = seconds
        slot = downloader.slots.get(hostname)
        if slot is not None:
            slot.delay = max(slot.delay, seconds)
        logger.info("robots.txt Crawl-delay for %s: %.2f s between requests", hostname, seconds)

    # --- feedback ---------------------------------------------------------------------

    def progress(self, force: bool = False) -> None:
        now = monotonic()
        if not force and now - self.last_progress < PROGRESS_EVERY:
            return
        self.last_progress = now
        self.emit({"e": "progress", "fetched": self.counts["fetched"] + self.counts["not modified (304)"],
                   "queued": self.in_flight, "errors": sum(self.errors.values()),
                   "skipped": sum(self.skipped.values()), "host": self.current_host})

    def summary(self, finished: bool) -> dict:
        elapsed = monotonic() - self.started
        return {
            "source": self.source_key, "crawl_id": self.run["id"], "resumed": self.run["resumed"],
            "finished": finished, "elapsed": round(elapsed, 3),
            "fetched": self.counts["fetched"], "new": self.counts["new"],
            "changed": self.counts["changed"], "unchanged": self.counts["unchanged"],
            "not_modified": self.counts["not modified (304)"],
            "from_store": self.counts["from store"],
            "kinds": dict(self.kinds), "statuses": {str(k): v for k, v in self.statuses.items()},
            "errors": dict(self.errors), "skipped": dict(self.skipped),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "failure": self.storage_failure,
        }

    def on_spider_error(self, failure, response, spider) -> None:
        """A page that cannot be stored (disk full, database error) stops the crawl, which stays
        unfinished so that a rerun resumes it; any other error fails its page alone."""
        if failure.check(sqlite3.Error, OSError):
            self.stop_storing(one_line(failure.value))

    def closed(self, reason: str) -> None:
        self.closing = True
        if self.flusher.running:
            self.flusher.stop()
        try:
            self.writer.close()  # what is fetched is stored, however the crawl ends
        except StorageFailure as failure:
            self.stop_storing(str(failure))
        finished = reason == "finished" and self.storage_failure is None
        summary = self.summary(finished)
        if finished:
            store.finish_crawl(self.db, self.run["id"], summary)
        else:
            logger.warning("crawl stopped (%s): run it again to resume", reason)
        self.progress(force=True)
        self.emit({"e": "summary", **summary})
        self.db.close()


def _kept_headers(response) -> dict[str, str]:
    """The response's KEPT_HEADERS that have a value (each the last sent), read in one pass."""
    kept = {}
    for key, values in response.headers.items():
        name = key.decode("latin-1").lower()
        if name in KEPT_HEADERS and values and values[-1]:
            kept[name] = values[-1].decode("latin-1")
    return kept


def _header(response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value is not None else None


def _deeper(links: list[Link], depth: int) -> list[Link]:
    """The links of a page reached at sitemap `depth`: the sitemaps it lists one deeper."""
    for link in links:
        if link.kind == "sitemap":
            link.depth = depth + 1
    return links
