"""Scrapy components for politeness: robots.txt and target checks on every request (redirects
included), back-off that honours Retry-After, and AutoThrottle that never goes below a
host's Crawl-delay; and a meta-refresh middleware that decodes only pages that may have one."""

import asyncio
import logging
import random
from email.utils import parsedate_to_datetime
from time import monotonic, time
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions.throttle import AutoThrottle

from .urls import normalize_url, skip_reason

logger = logging.getLogger("newsmine.crawl")


class PolitenessMiddleware:
    """Runs first for every request, including those made by redirects and retries: refuses
    targets out of bounds (scheme, site, private address, robots.txt, redirect loops) and
    holds a request back while its host is paused or its back-off has not elapsed. It also
    gives the request the crawl's User-Agent, DEFAULT_REQUEST_HEADERS and DOWNLOAD_TIMEOUT
    unless it has its own, as Scrapy's three middlewares for those would (they are off: each
    is a few more calls for every request)."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.headers = list(settings.getdict("DEFAULT_REQUEST_HEADERS").items())
        if settings.get("USER_AGENT"):
            self.headers.append(("User-Agent", settings["USER_AGENT"]))
        self.timeout = settings.getfloat("DOWNLOAD_TIMEOUT")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        spider = self.crawler.spider
        for name, value in self.headers:
            request.headers.setdefault(name, value)
        if self.timeout:
            request.meta.setdefault("download_timeout", self.timeout)
        redirects = request.meta.get("redirect_urls")
        if redirects:
            target = normalize_url(request.url)
            if target in {normalize_url(u) for u in redirects}:
                raise IgnoreRequest("redirect loop")
            reason = skip_reason(target, spider.hosts, spider.allow_private)
            if reason and reason != "media file":
                raise IgnoreRequest(f"redirect refused ({reason})")
        if not request.meta.get("nm_robots"):
            parser = await spider.robots.parser_for(request.url)
            if not spider.robots.allowed(parser, request.url):
                raise IgnoreRequest("robots.txt")
        wait = max(request.meta.get("nm_not_before", 0.0),
                   spider.paused_until.get(urlsplit(request.url).hostname or "", 0.0)) - monotonic()
        if wait > 0:
            await asyncio.sleep(wait)


def retry_after_seconds(value) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError, IndexError):
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (5xx, 408, 429, time-outs, resets) with exponential back-off; a 429 or
    503 with Retry-After pauses the whole host for that long (or gives up when it asks for
    more than NEWSMINE_BACKOFF_MAX seconds)."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("NEWSMINE_BACKOFF_BASE", 1.0)
        self.max_wait = settings.getfloat("NEWSMINE_BACKOFF_MAX", 120.0)

    def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        if asked is not None and asked > self.max_wait:
            logger.warning("giving up %s: HTTP %s asks to retry after %.0f s (limit %.0f s)",
                           request.url, response.status, asked, self.max_wait)
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        wait = self._wait(retry, asked)
        retry.meta["nm_not_before"] = monotonic() + wait
        if asked is not None:
            host = urlsplit(request.url).hostname or ""
            paused = self.crawler.spider.paused_until
            paused[host] = max(paused.get(host, 0.0), monotonic() + wait)
        logger.info("retry %s in %.2f s: HTTP %s", request.url, wait, response.status)
        return retry

    def process_exception(self, request, exception, spider=None):
        retry = super().process_exception(request, exception)
        if retry is not None:
            wait = self._wait(retry, None)
            retry.meta["nm_not_before"] = monotonic() + wait
            logger.info("retry %s in %.2f s: %s", request.url, wait, type(exception).__name__)
        return retry

    def _wait(self, retry, asked: float | None) -> float:
        attempt = retry.meta.get("retry_times", 1)
        backoff = min(self.max_wait, self.base * 2 ** (attempt - 1)) * random.uniform(0.75, 1.25)
        return max(asked or 0.0, backoff)


class PoliteThrottle(AutoThrottle):
    """AutoThrottle whose delay never drops below the host's robots.txt Crawl-delay."""

    def _response_downloaded(self, response, request, spider=None):
        self._slot_key = request.meta.get("download_slot")
        super()._response_downloaded(response, request, spider)

    def _adjust_delay(self, slot, latency, response):
        super()._adjust_delay(slot, latency, response)
        floor = self.crawler.spider.delay_floors.get(getattr(self, "_slot_key", None), 0.0)
        slot.delay = max(slot.delay, floor)


# Scrapy looks for a meta refresh in the first 4,096 characters of the page, and w3lib takes
# a <meta> for one only when "refresh" is spelled out in its attributes. In an ASCII-compatible
# encoding those characters are at most 4 bytes each: a page whose first bytes hold neither
# "refresh" nor a NUL (UTF-16, UTF-32) has none.
_REFRESH_WINDOW = 4 * 4096 + 4


class CheapMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects, without decoding the whole page to look for one in
    pages that cannot hold one (Scrapy decodes every HTML response for it)."""

    def process_response(self, request, response, spider=None):
        head = response.body[:_REFRESH_WINDOW]
        # (bytes.lower and `in`: a case-blind regular expression reads these bytes 15 times slower)
        if b"\x00" not in head and b"refresh" not in head.lower():
            return response
        return super().process_response(request, response)
