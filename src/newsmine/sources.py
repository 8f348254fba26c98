"""The registry of sources (corpus/sources.yaml): load, look up, check, save into `sources`."""

import json
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
KINDS = ("paper", "portal")
REQUIRED = ("key", "name", "province", "home_url", "confidence")
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# Evidence: a file of a public repository at a commit (owner/repo@commit:path), or a page.
EVIDENCE_RE = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+@[0-9a-f]{7,40}:\S+$")
HOST_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


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
    # paper (a newspaper) or portal (a provincial government's site)
    kind: str = "paper"
    # archive entries: the key of the source that took over after the 2025 merger
    successor: str | None = None
    # where the facts of this entry were read: owner/repo@commit:path, or an http(s) page
    evidence: list[str] = field(default_factory=list)
    # Per-site hints: article_pattern / listing_pattern (regular expressions on the URL),
    # hosts (further host names of the same site), body_css and drop_css (CSS selectors of the
    # article body and of boxes to drop, for extract).
    hints: dict = field(default_factory=dict)

    def as_row(self) -> dict:
        return asdict(self)


def registry_path(path=None) -> Path:
    return Path(path or os.environ.get("NEWSMINE_SOURCES") or DEFAULT_REGISTRY)


def _read_entries(path: Path) -> list:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceError(f"{path}: registry not found") from None
    except yaml.YAMLError as error:
        raise SourceError(f"{path}: not valid YAML ({error})") from None
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SourceError(f"{path}: expected a top-level `sources:` list")
    return entries


def _is_web_url(url) -> bool:
    if not isinstance(url, str) or any(c.isspace() for c in url):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _entry_problems(entry, keys: set) -> list[str]:
    """What makes one entry unloadable (missing or unknown fields, bad key, value or URL);
    the first is what `load_sources` raises."""
    if not isinstance(entry, dict):
        return ["not a mapping"]
    missing = [k for k in REQUIRED if not entry.get(k)]
    if missing:
        return [f"missing {', '.join(missing)}"]
    problems = []
    unknown = set(entry) - set(Source.__dataclass_fields__)
    if unknown:
        problems.append(f"unknown field(s) {', '.join(sorted(unknown))}")
    if not KEY_RE.match(str(entry["key"])) or entry["key"] in keys:
        problems.append(f"key {entry['key']!r} is not a unique lower-case slug")
    if entry["confidence"] not in CONFIDENCE:
        problems.append(f"confidence must be one of {', '.join(CONFIDENCE)}")
    if entry.get("status", "current") not in STATUSES:
        problems.append(f"status must be one of {', '.join(STATUSES)}")
    if entry.get("kind", "paper") not in KINDS:
        problems.append(f"kind must be one of {', '.join(KINDS)}")
    for name in ("feeds", "sitemaps", "evidence"):
        if not isinstance(entry.get(name) or [], list):
            problems.append(f"{name} must be a list")
    if not isinstance(entry.get("hints") or {}, dict):
        problems.append("hints must be a mapping")
    if problems:
        return problems
    for url in [entry["home_url"], *(entry.get("feeds") or []), *(entry.get("sitemaps") or [])]:
        if not _is_web_url(url):
            problems.append(f"not an http(s) URL: {url}")
    return problems


def load_sources(path=None) -> list[Source]:
    """Every source of the registry, validated."""
    path = registry_path(path)
    sources, keys = [], set()
    for index, entry in enumerate(_read_entries(path)):
        problems = _entry_problems(entry, keys)
        if problems:
            label = f" ({entry['key']})" if isinstance(entry, dict) and entry.get("key") \
                and not problems[0].startswith("missing") else ""
            raise SourceError(f"{path}: entry {index + 1}{label}: {problems[0]}")
        keys.add(entry["key"])
        sources.append(Source(**{**entry, "feeds": entry.get("feeds") or [],
                                 "sitemaps": entry.get("sitemaps") or [],
                                 "evidence": entry.get("evidence") or [],
                                 "hints": entry.get("hints") or {}}))
    return sources


def _css_problem(selector) -> str | None:
    import soupsieve

    if not isinstance(selector, str) or not selector.strip():
        return "not a CSS selector"
    try:
        soupsieve.compile(selector)
    except (soupsieve.SelectorSyntaxError, ValueError, TypeError, NotImplementedError) as error:
        return f"does not parse ({str(error).splitlines()[0]})"
    return None


def _hint_problems(hints: dict) -> list[str]:
    problems = []
    for name in ("article_pattern", "listing_pattern"):
        if name in hints:
            try:
                re.compile(hints[name])
            except (re.error, TypeError) as error:
                problems.append(f"hints.{name} {hints[name]!r} does not compile ({error})")
    if "body_css" in hints:
        problem = _css_problem(hints["body_css"])
        if problem:
            problems.append(f"hints.body_css {hints['body_css']!r} {problem}")
    drops = hints.get("drop_css", [])
    for selector in [drops] if isinstance(drops, str) else drops or []:
        problem = _css_problem(selector)
        if problem:
            problems.append(f"hints.drop_css {selector!r} {problem}")
    for host in hints.get("hosts") or []:
        if not isinstance(host, str) or not HOST_RE.match(host):
            problems.append(f"hints.hosts {host!r} is not a host name")
    unknown = set(hints) - {"article_pattern", "listing_pattern", "body_css", "drop_css", "hosts"}
    if unknown:
        problems.append(f"unknown hint(s) {', '.join(sorted(unknown))}")
    return problems


def source_hosts(source: Source) -> list[str]:
    """The host names a source answers for (home URL and hints.hosts), without `www.`."""
    hosts = [_bare_host(urlsplit(source.home_url).hostname or "")]
    hosts += [_bare_host(h) for h in source.hints.get("hosts") or [] if isinstance(h, str)]
    return list(dict.fromkeys(hosts))


def check_registry(path=None) -> list[str]:
    """Every problem of the registry, one line each, without the network: entries that do
    not load, URLs not well formed, article patterns that do not compile, CSS selectors that
    do not parse, evidence not of the form owner/repo@commit:path or an http(s) URL, archives
    without a known successor, current sources without evidence, hosts shared by sources."""
    path = registry_path(path)
    try:
        entries = _read_entries(path)
    except SourceError as error:
        return [str(error)]
    problems, keys, loaded = [], set(), []
    for index, entry in enumerate(entries):
        name = entry.get("key") if isinstance(entry, dict) and entry.get("key") else f"entry {index + 1}"
        found = _entry_problems(entry, keys)
        problems += [f"{path}: {name}: {p}" for p in found]
        if isinstance(entry, dict) and entry.get("key"):
            keys.add(entry["key"])
        if not found:
            loaded.append(Source(**{**entry, "feeds": entry.get("feeds") or [],
                                    "sitemaps": entry.get("sitemaps") or [],
                                    "evidence": entry.get("evidence") or [],
                                    "hints": entry.get("hints") or {}}))
    owners: dict[str, str] = {}
    for source in loaded:
        where = f"{path}: {source.key}"
        problems += [f"{where}: {p}" for p in _hint_problems(source.hints)]
        for item in source.evidence:
            if not (isinstance(item, str) and (EVIDENCE_RE.match(item) or _is_web_url(item))):
                problems.append(f"{where}: evidence {item!r} is neither owner/repo@commit:path "
                                "nor an http(s) URL")
        if source.status == "archive" and not source.successor:
            problems.append(f"{where}: archive without a successor")
        if source.successor and source.successor not in keys:
            problems.append(f"{where}: successor {source.successor!r} is no key of the registry")
        if source.status == "current" and not source.evidence:
            problems.append(f"{where}: current source without evidence "
                            f"(confidence {source.confidence}, written from memory)")
        for host in source_hosts(source):
            if host in owners and owners[host] != source.key:
                problems.append(f"{where}: host {host} is also {owners[host]}'s")
            owners.setdefault(host, source.key)
    return problems


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
        for source in registry:  # a URL of a known site (or of a further host) crawls as that source
            if _bare_host(urlsplit(source.home_url).netloc) == host or (
                    parts.port is None and host in source_hosts(source)):
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
    rows = [{**s.as_row(), "evidence": json.dumps(s.evidence, ensure_ascii=False)} for s in sources]
    store.save_sources(db, rows)
