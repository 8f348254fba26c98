"""The registry of sources (corpus/sources.yaml): load, look up, save into `sources`."""

import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from . import store

# The registry lives in the repository's corpus/; NEWSMINE_SOURCES points elsewhere.
DEFAULT_REGISTRY = Path(__file__).resolve().parents[2] / "corpus" / "sources.yaml"
CONFIDENCE = ("high", "medium", "low")
STATUSES = ("current", "archive")
REQUIRED = ("key", "name", "province", "home_url", "confidence")
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class SourceError(Exception):
    """The registry is missing or malformed, or names no such source."""


@dataclass
class Source:
    """One site to crawl: a registry entry, or an ad-hoc URL."""

    key: str
    name: str
    home_url: str
    province: str | None = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    confidence: str | None = None
    status: str = "current"
    former_province: str | None = None
    note: str | None = None
    # Per-site hints: article_pattern / listing_pattern (regular expressions on the URL),
    # hosts (further host names of the same site), body_css and drop_css (CSS selectors of the
    # article body and of boxes to drop, for extract).
    hints: dict = field(default_factory=dict)

    def as_row(self) -> dict:
        return asdict(self)


def registry_path(path=None) -> Path:
    return Path(path or os.environ.get("NEWSMINE_SOURCES") or DEFAULT_REGISTRY)


def load_sources(path=None) -> list[Source]:
    """Every source of the registry, validated."""
    path = registry_path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceError(f"{path}: registry not found") from None
    except yaml.YAMLError as error:
        raise SourceError(f"{path}: not valid YAML ({error})") from None
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SourceError(f"{path}: expected a top-level `sources:` list")
    sources, keys = [], set()
    for index, entry in enumerate(entries):
        where = f"{path}: entry {index + 1}"
        if not isinstance(entry, dict):
            raise SourceError(f"{where}: not a mapping")
        missing = [k for k in REQUIRED if not entry.get(k)]
        if missing:
            raise SourceError(f"{where}: missing {', '.join(missing)}")
        unknown = set(entry) - set(Source.__dataclass_fields__)
        if unknown:
            raise SourceError(f"{where} ({entry['key']}): unknown field(s) {', '.join(sorted(unknown))}")
        if not KEY_RE.match(entry["key"]) or entry["key"] in keys:
            raise SourceError(f"{where}: key {entry['key']!r} is not a unique lower-case slug")
        if entry["confidence"] not in CONFIDENCE:
            raise SourceError(f"{where} ({entry['key']}): confidence must be one of {', '.join(CONFIDENCE)}")
        if entry.get("status", "current") not in STATUSES:
            raise SourceError(f"{where} ({entry['key']}): status must be one of {', '.join(STATUSES)}")
        for url in [entry["home_url"], *(entry.get("feeds") or []), *(entry.get("sitemaps") or [])]:
            if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
                raise SourceError(f"{where} ({entry['key']}): not an http(s) URL: {url}")
        keys.add(entry["key"])
        sources.append(Source(**{**entry, "feeds": entry.get("feeds") or [],
                                 "sitemaps": entry.get("sitemaps") or [],
                                 "hints": entry.get("hints") or {}}))
    return sources


def find_source(key_or_url: str, path=None) -> Source:
    """The registry source with this key, or an ad-hoc source rooted at this URL."""
    if "://" in key_or_url:
        parts = urlsplit(key_or_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SourceError(f"{key_or_url}: only http and https URLs can be crawled")
        try:
            registry = load_sources(path)
        except SourceError:
            registry = []
        host = _bare_host(parts.netloc)
        for source in registry:  # a URL of a known site crawls as that source
            if _bare_host(urlsplit(source.home_url).netloc) == host:
                return source
        home = key_or_url if parts.path else key_or_url + "/"
        return Source(key=parts.netloc.lower(), name=parts.netloc.lower(), home_url=home,
                      confidence=None, note="ad-hoc source from the command line")
    for source in load_sources(path):
        if source.key == key_or_url:
            return source
    raise SourceError(f"no source {key_or_url!r} in {registry_path(path)} (try `newsmine sources`)")


def _bare_host(netloc: str) -> str:
    netloc = netloc.lower()
    return netloc.removeprefix("www.")


def save_sources(db, sources: list[Source]) -> None:
    """Upsert sources into the `sources` table."""
    store.save_sources(db, [s.as_row() for s in sources])
