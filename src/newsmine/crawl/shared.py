"""One crawl shared by workers on several machines (`crawl --redis`, scrapy-redis): the request
queue lives in one Redis, and each URL is fetched by the first worker to claim it. Every worker
stores its pages in its own database; `newsmine merge-pages` joins them."""

import importlib.util
from datetime import UTC, datetime
from urllib.parse import urlsplit


class SharedQueueError(ValueError):
    """A shared crawl cannot start (scrapy-redis missing, a bad Redis URL)."""


def shared_queue_key(redis_url: str, redis_key: str | None, source_key: str) -> str:
    """The Redis key prefix of a shared crawl, after checking that one can be run at all."""
    if importlib.util.find_spec("scrapy_redis") is None:
        raise SharedQueueError("--redis needs scrapy-redis: pip install -e '.[distributed]' in the clone")
    if urlsplit(redis_url).scheme not in ("redis", "rediss", "unix"):
        raise SharedQueueError(f"--redis: not a Redis URL: {redis_url!r} (redis://host:6379/0)")
    return redis_key or f"newsmine:{source_key}:{datetime.now(UTC).date().isoformat()}"


def shared_queue_settings(redis_url: str, key: str) -> dict:
    """Scrapy settings for the queue in Redis. It is kept when a worker ends (the others go on),
    so a key serves one crawl: the default key holds the date."""
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "REDIS_URL": redis_url,
        "SCHEDULER_QUEUE_KEY": f"{key}:requests",
        "SCHEDULER_PERSIST": True,
        # Every request is claimed by the spider before it is queued (SharedClaims), so the
        # scheduler's own filter, which would also drop redirects to a claimed URL, stays unused.
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_DUPEFILTER_KEY": f"{key}:filter",
    }


class SharedClaims:
    """The URLs claimed in a shared crawl: the first worker to claim one fetches it."""

    def __init__(self, redis_url: str, key: str):
        import redis

        self.server = redis.Redis.from_url(redis_url)
        self.key = f"{key}:claimed"

    def claim(self, url: str) -> bool:
        return bool(self.server.sadd(self.key, url))
