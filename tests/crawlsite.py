"""A local HTTP server for the crawler tests: routes given as data or functions, ETag and
Last-Modified on every static page, and a log of every request (path, headers, time)."""

import gzip
import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)


@dataclass
class Page:
    """A static response."""

    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    validators: bool = True  # send ETag / Last-Modified and answer conditional requests


@dataclass
class Hit:
    path: str
    headers: dict
    at: float

    @property
    def conditional(self) -> bool:
        return "if-none-match" in self.headers or "if-modified-since" in self.headers


class Site:
    """Serve `routes` ({path with query: Page | callable(handler, n) -> Page | None}) on a
    free local port. A callable gets the request handler and how many times this path was
    requested before, and may write the response itself (returning None)."""

    def __init__(self, routes: dict, host: str = "127.0.0.1", latency: float = 0.0):
        self.routes = routes
        self.latency = latency
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are separate writes

            def do_GET(self):
                with site._lock:
                    count = sum(1 for h in site.log if h.path == self.path)
                    site.log.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()},
                                        time.monotonic()))
                if site.latency:
                    time.sleep(site.latency)
                route = site.routes.get(self.path)
                try:
                    if callable(route):
                        route = route(self, count)
                        if route is None:
                            return
                    if route is None:
                        route = Page("<html><body>not found</body></html>", status=404)
                    site.send(self, route)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # clients that hang up
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()
        self.base = f"http://{host}:{self.server.server_address[1]}"

    def url(self, path: str = "/") -> str:
        return self.base + path

    @staticmethod
    def send(handler, page: Page) -> None:
        body = page.body.encode("utf-8") if isinstance(page.body, str) else page.body
        headers = {"Content-Type": page.content_type, **page.headers}
        if page.validators and page.status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers.setdefault("ETag", etag)
            headers.setdefault("Last-Modified", LAST_MODIFIED)
            if handler.headers.get("If-None-Match") == headers["ETag"] or (
                    "If-None-Match" not in handler.headers
                    and handler.headers.get("If-Modified-Since") == headers["Last-Modified"]):
                handler.send_response(304)
                handler.send_header("ETag", headers["ETag"])
                handler.send_header("Content-Length", "0")
                handler.end_headers()
                return
        handler.send_response(page.status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def hits(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.log if h.path == path]

    def paths(self) -> list[str]:
        with self._lock:
            return [h.path for h in self.log]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def html(title: str, links=(), body: str = "", head: str = "", article: bool = False) -> str:
    """A small page; `article` makes it look like one (og:type and a paragraph block)."""
    meta = '<meta property="og:type" content="article">' if article else ""
    anchors = "".join(f'<li><a href="{href}">{text or href}</a></li>' for href, text in
                      ((link, None) if isinstance(link, str) else link for link in links))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{meta}{head}"
            f"</head><body><h1>{title}</h1>{body}<ul>{anchors}</ul></body></html>")


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def sitemap(urls, lastmod=None) -> str:
    entries = "".join(f"<url><loc>{u}</loc>{f'<lastmod>{lastmod}</lastmod>' if lastmod else ''}</url>"
                      for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>')


def sitemap_index(urls) -> str:
    entries = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>')


def rss(items) -> str:
    """items: (url, RFC 822 date) pairs."""
    entries = "".join(f"<item><title>t</title><link>{u}</link><pubDate>{d}</pubDate></item>"
                      for u, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{entries}</channel></rss>'


def cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258, the legacy code page: precomposed where it has the letter,
    base letter plus combining tone mark where it does not."""
    import unicodedata

    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], list(decomposed[1:])
        for mark in list(marks):
            joined = unicodedata.normalize("NFC", base + mark)
            try:
                joined.encode("cp1258")
            except UnicodeEncodeError:
                continue
            if len(joined) == 1:
                base = joined
                marks.remove(mark)
        out.append((base + "".join(marks)).encode("cp1258"))
    return b"".join(out)
