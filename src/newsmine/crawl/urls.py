"""URLs: normalisation, the crawl's scope, target safety and a first guess at a page's kind."""

import ipaddress
import re
import socket
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that only track the visitor; dropped so one page has one URL.
TRACKING_PARAMS = re.compile(r"^(utm_[a-z]+|fbclid|gclid|zarsrc|zalo_?\w*|_ga|mc_cid|mc_eid)$", re.IGNORECASE)

# Files that are never pages worth storing (documents such as PDF are kept: "recorded but
# not parsed").
MEDIA_EXTENSIONS = frozenset(["jpg", "jpeg", "png", "gif", "webp", "bmp", "svg", "ico", "tif", "tiff", "avif", "heic", "mp3", "mp4", "m4a", "m4v", "wav", "ogg", "oga", "ogv", "webm", "avi", "mov", "wmv", "flv", "mkv", "3gp", "aac", "wma", "flac", "swf", "css", "js", "mjs", "map", "woff", "woff2", "ttf", "otf", "eot", "zip", "rar", "7z", "tar", "gz", "tgz", "bz2", "xz", "exe", "msi", "dmg", "apk", "iso", "bin"])
SITEMAPISH = re.compile(r"\.xml(\.gz)?$|sitemap", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def normalize_url(url: str) -> str:
    """One spelling per page: lower-case host, no fragment, no default port, no tracking
    parameters, sorted query, percent-encoding normalised."""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_PARAMS.match(k)])
    netloc = parts.netloc.lower()
    if parts.port and ((parts.scheme == "http" and parts.port == 80)
                       or (parts.scheme == "https" and parts.port == 443)):
        netloc = netloc.rsplit(":", 1)[0]
    path = parts.path or "/"
    return canonicalize_url(urlunsplit((parts.scheme.lower(), netloc, path, query, "")))


def join_url(base: str, href: str) -> str:
    """`urljoin(base, href)` for the links of a page, without parsing both URLs for the common
    shapes: an absolute http(s) URL, and a path from the site's root with no dot segments. A
    link urljoin cannot read ("//[") comes back as it is, for normalize_url to refuse."""
    if href.startswith(("http://", "https://")) and href.partition("://")[2][:1] not in ("", "/", "?", "#", "\\"):
        return href
    if href.startswith("/") and not href.startswith("//") and "/." not in href and "\\" not in href:
        origin = _origin(base)
        if origin:
            return origin + href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


@lru_cache(maxsize=1024)
def _origin(url: str) -> str | None:
    """'scheme://netloc' of an http(s) URL, else None."""
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in ("http", "https") or not rest:
        return None
    return f"{scheme}://{rest.split('/', 1)[0].split('?', 1)[0].split('#', 1)[0]}"


def netloc_of(url: str) -> str:
    return urlsplit(url).netloc.lower()


def host_variants(netloc: str) -> set[str]:
    """A site's host with and without `www.` (the same site to every newspaper we know)."""
    netloc = netloc.lower()
    bare = netloc.removeprefix("www.")
    return {bare, "www." + bare}


def is_media(url: str) -> bool:
    path = urlsplit(url).path.lower()
    if path.endswith(".xml.gz"):  # a gzip sitemap
        return False
    return "." in path.rsplit("/", 1)[-1] and path.rsplit(".", 1)[-1] in MEDIA_EXTENSIONS


def _is_private_ip(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
            or ip.is_reserved or ip.is_unspecified)


@lru_cache(maxsize=1024)
def is_private_host(host: str | None, resolve: bool = True) -> bool:
    """True for loopback, private, link-local and reserved targets: an IP literal in those
    ranges, `localhost`, or (with `resolve`) a name that resolves into them."""
    if not host:
        return False
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    if _is_private_ip(host):
        return True
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return False  # a public IP literal
    except ValueError:
        pass
    if not resolve:
        return False
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False  # unresolvable: the download fails and says so
    return any(_is_private_ip(info[4][0]) for info in infos)


# Longer URLs are refused before any pattern reads them (browsers' and Scrapy's usual bound):
# every check on a URL is then bounded, whatever a hostile page links to.
MAX_URL_LENGTH = 2083


def skip_reason(url: str, hosts: set[str], allow_private: bool) -> str | None:
    """Why a URL is out of bounds for this crawl, or None when it may be fetched."""
    if len(url) > MAX_URL_LENGTH:
        return f"URL longer than {MAX_URL_LENGTH} characters"
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        return f"scheme {scheme or 'none'}:"
    parts = urlsplit(url)
    if parts.netloc.lower() not in hosts:
        return "off-site"
    if not allow_private and is_private_host(parts.hostname):
        return "private address"
    if is_media(url):
        return "media file"
    return None


# A first guess before fetching (it only orders the queue; the response decides the kind).
_ARTICLE_GUESS = re.compile(r"(-|/|post|id=|itemid=)\d{4,}(\.html?|\.aspx|/)?$|(\.html?|\.aspx)$", re.IGNORECASE)


def _slug_like(tail: str) -> bool:
    """A last path segment of five or more hyphenated words ("ha-tang-giao-thong-con-yeu"),
    read in one pass (a regular expression for it backtracks on long links)."""
    parts = tail.removesuffix("/").rsplit("/", 1)[-1].split("-")
    trailing = 0
    for part in reversed(parts):
        if not part:
            break
        trailing += 1
    return trailing >= 4 and "-".join(parts[:-4]) != ""
_LISTING_GUESS = re.compile(r"([?&](page|trang|p)=\d+|/(page|trang)[-/]?\d+/?$|/$)", re.IGNORECASE)


def guess_kind(url: str, hints: dict | None = None) -> str | None:
    """'article', 'listing', 'sitemap' or None, from the URL alone (source patterns first)."""
    if len(url) > MAX_URL_LENGTH:
        return None  # refused by skip_reason, which says why
    hints = hints or {}
    tail = url.split("://", 1)[-1].split("/", 1)[-1]
    if hints.get("article_pattern") and re.search(hints["article_pattern"], url):
        return "article"
    if hints.get("listing_pattern") and re.search(hints["listing_pattern"], url):
        return "listing"
    try:
        path = urlsplit(url).path
    except ValueError:
        return None  # malformed ("//["): refused by normalize_url, which says why
    if SITEMAPISH.search(path):
        return "sitemap"
    if _LISTING_GUESS.search("/" + tail):
        return "listing"
    if _ARTICLE_GUESS.search(tail) or _slug_like(tail):
        return "article"
    return None
