"""The crawl process: runs Scrapy for one source and reports JSON-line events on stdout.

Run by `crawl_source` as `python -m newsmine.crawl.worker` with the configuration as JSON on
stdin. A process of its own because Twisted's reactor cannot be restarted: the library can
crawl many sources in one program, and a kill leaves the caller intact.
"""

import gc
import json
import logging
import os
import sys
from urllib.request import getproxies


def project_url() -> str:
    """The project's repository URL: `[project.urls] Repository` of pyproject.toml, read from
    the installed package's metadata, else from the pyproject.toml of a source checkout."""
    from importlib import metadata

    try:
        for entry in metadata.distribution("newsmine").metadata.get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() == "repository" and url.strip():
                return url.strip()
    except metadata.PackageNotFoundError:
        pass
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[3] / "pyproject.toml"
    try:
        urls = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["urls"]
        return urls["Repository"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as error:
        raise RuntimeError("no [project.urls] Repository in newsmine's metadata or "
                           f"{pyproject}") from error


def user_agent(contact: str | None) -> str:
    """Names newsmine and where a site's operator can read about it or reach us (the
    project's repository unless a contact URL is given)."""
    from .. import __version__

    return f"newsmine/{__version__} (+{contact or project_url()}; news research crawler)"


def scrapy_settings(config: dict) -> dict:
    """Scrapy settings for one crawl: polite by default, everything bounded."""
    settings = _own_settings(config)
    if config.get("redis_url"):
        from .shared import shared_queue_settings

        settings.update(shared_queue_settings(config["redis_url"], config["redis_key"]))
    return settings



def _own_settings(config: dict) -> dict:
    delay = float(config.get("delay", 1.0))
    concurrency = int(config.get("concurrency", 4))
    return {
        "BOT_NAME": "newsmine",
        "USER_AGENT": user_agent(config.get("contact")),
        # robots.txt (rules, Crawl-delay, Sitemap lines) is read by PolitenessMiddleware.
        "ROBOTSTXT_OBEY": False,
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        # The spider's callbacks return nothing (they hand requests to the engine themselves):
        # Scrapy still makes this many tasks per response to read their output.
        "CONCURRENT_ITEMS": 1,
        "DOWNLOAD_DELAY": delay,
        "DOWNLOAD_DELAY_JITTER": 0.0,  # the delay is a floor, not an average
        "AUTOTHROTTLE_ENABLED": delay > 0,
        "AUTOTHROTTLE_START_DELAY": delay,
        "AUTOTHROTTLE_MAX_DELAY": max(60.0, delay * 10),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_TIMEOUT": float(config.get("timeout", 30.0)),
        "DOWNLOAD_MAXSIZE": int(config.get("max_bytes", 10 * 1024 * 1024)),
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": int(config.get("max_redirects", 5)),
        "METAREFRESH_MAXDELAY": 5,
        "RETRY_TIMES": int(config.get("retries", 3)),
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "NEWSMINE_BACKOFF_BASE": float(config.get("backoff", 1.0)),
        "NEWSMINE_BACKOFF_MAX": float(config.get("max_backoff", 120.0)),
        "HTTPERROR_ALLOW_ALL": True,  # 4xx and 5xx are stored too
        "COOKIES_ENABLED": False,
        "DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter",  # the spider de-duplicates
        # Scrapy reads the callback's source on every response to warn of a generator returning
        # a value (its cache misses bound methods): a tenth of the crawl's time, for a warning.
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "TELNETCONSOLE_ENABLED": False,
        # The summary is the spider's own; Scrapy's statistics (counted on every request,
        # response and log record by the extensions below) are never read.
        "STATS_CLASS": "scrapy.statscollectors.DummyStatsCollector",
        # One host a crawl: the downloader-aware queue (made for many domains) only costs time.
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue",
        # http and https only: no file:, data:, ftp: or s3: handlers at all.
        "DOWNLOAD_HANDLERS": {"file": None, "data": None, "ftp": None, "s3": None},
        "LOG_INSTALL_ROOT_HANDLER": False,
        "LOG_LEVEL": "ERROR",
        "DNS_TIMEOUT": 20,
        "DOWNLOADER_MIDDLEWARES": {
            "newsmine.crawl.middlewares.PolitenessMiddleware": 50,
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "newsmine.crawl.middlewares.BackoffRetryMiddleware": 550,
            # The spider keeps to its hosts itself (no allowed_domains), sends no credentials,
            # and reads no download statistics (which serialise every request to count it).
            "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
            "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
            "scrapy.downloadermiddlewares.stats.DownloaderStats": None,
            # PolitenessMiddleware sets these requests' headers and time-out itself.
            "scrapy.downloadermiddlewares.downloadtimeout.DownloadTimeoutMiddleware": None,
            "scrapy.downloadermiddlewares.defaultheaders.DefaultHeadersMiddleware": None,
            "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
            "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
            "newsmine.crawl.middlewares.CheapMetaRefreshMiddleware": 580,
            # Proxies come from the environment only: without any, the middleware does nothing
            # but costs its calls on every request.
            "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware": 750 if getproxies() else None,
        },
        # Each spider middleware with an output hook wraps every request the spider yields in
        # one more asynchronous generator. The spider refuses URLs over 2,083 characters itself
        # (urls.skip_reason) and bounds sitemap depth itself; no depth limit, no meta-copy
        # warning. (RefererMiddleware stays: the redirect middlewares keep Referer through it.)
        "SPIDER_MIDDLEWARES": {
            "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
            "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
            "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
        },
        "EXTENSIONS": {
            "scrapy.extensions.throttle.AutoThrottle": None,
            "newsmine.crawl.middlewares.PoliteThrottle": 0,
            "scrapy.extensions.logstats.LogStats": None,
            "scrapy.extensions.telnet.TelnetConsole": None,
            "scrapy.extensions.remote_control.RemoteControl": None,  # no listening port
            "scrapy.extensions.corestats.CoreStats": None,
            "scrapy.extensions.logcount.LogCount": None,
            "scrapy.extensions.memusage.MemoryUsage": None,  # the summary reports peak memory
        },
    }


class EventLog(logging.Handler):
    """Forwards log records to the parent as events."""

    # Scrapy's own words for what the spider already reports with its reason.
    REPEATS = ("Gave up retrying", "Cancelling download", "max redirections",
               "Error downloading", "Expected response size", "Received more bytes")

    def __init__(self, emit):
        super().__init__(logging.INFO)
        self.emit_event = emit

    def emit(self, record):
        message = record.getMessage()
        if not record.name.startswith("newsmine") and (
                record.levelno < logging.WARNING or any(r in message for r in self.REPEATS)):
            return
        self.emit_event({"e": "log", "level": record.levelno, "name": record.name, "msg": message})


def cache_host_encoding() -> None:
    """Twisted encodes the host name anew (IDNA, in pure Python) for every request: a crawl asks
    for one host thousands of times, so the encoding is remembered. It is Scrapy's own (with its
    fallbacks for names the idna package refuses), installed here before Scrapy would install it
    uncached; with another Scrapy, where that function is missing, nothing changes."""
    from functools import lru_cache

    try:
        from scrapy.core.downloader._idna_patch import _patched_idna_bytes
        from twisted.internet import endpoints
    except ImportError:
        return
    if callable(getattr(endpoints, "_idnaBytes", None)):
        endpoints._idnaBytes = lru_cache(maxsize=1024)(_patched_idna_bytes)


def run(config: dict, emit) -> None:
    """Crawl one source in this process (the reactor: once per process)."""
    from scrapy.crawler import AsyncCrawlerProcess

    from .spider import SiteSpider

    cache_host_encoding()
    # Python's cyclic collector runs after every 700 net container allocations; Scrapy, Twisted
    # and lxml allocate (and free) thousands for every request, and each run of the collector
    # also traverses whatever young request objects hold: about a tenth of a crawl's CPU went to
    # it. At 10,000 it runs a few dozen times a crawl; most of those objects are freed by
    # reference counting anyway, so peak memory does not change (bench: 136 MB either way).
    gc.set_threshold(10_000, *gc.get_threshold()[1:])

    root = logging.getLogger()
    root.handlers[:] = [EventLog(emit)]
    root.setLevel(logging.INFO)
    for name in ("scrapy", "twisted", "asyncio", "py.warnings"):
        logging.getLogger(name).setLevel(logging.ERROR)
    process = AsyncCrawlerProcess(scrapy_settings(config))
    process.crawl(SiteSpider, config=config, emit=emit)
    process.start()


def main() -> int:
    config = json.loads(sys.stdin.read())
    # Events go to the original stdout; anything else printed lands on stderr.
    events = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)

    parent_gone = []

    def emit(event: dict) -> None:
        if parent_gone:  # said while storing the last batch, below
            return
        try:
            events.write(json.dumps(event, ensure_ascii=False) + "\n")
        except OSError:  # the parent is gone (its end of the pipe closed): nobody to crawl for
            # The pages fetched are stored and the crawl stays marked unfinished, so a rerun
            # resumes; a graceful close would only wait for requests nobody reads.
            parent_gone.append(True)
            from .writer import flush_open_writers

            flush_open_writers()
            os._exit(1)

    run(config, emit)
    events.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
