#!/usr/bin/env python3
"""Serve the four offline demo sites on consecutive local ports (standard library only).

Usage: python corpus/demo/serve.py [--host 127.0.0.1] [--port-base 8301] [--log FILE]

Ports: baodienbien = port-base, laichau = port-base + 1, tintaybac = port-base + 2,
caobang = port-base + 3.
From Python: `start_demo_servers(host, port_base)` → (base URLs, stop function); port_base 0
lets the system pick four free ports. The server honours server.json (written by build.py):
redirects (301), query-string routes, Last-Modified dates; it answers conditional requests
(If-None-Match / If-Modified-Since) with 304, unknown paths with 404, and logs every request.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import mimetypes
import sys
import threading
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
SITES = ("baodienbien", "laichau", "tintaybac", "caobang")

CONTENT_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".aspx": "text/html",
    ".xml": "application/xml", ".txt": "text/plain", ".css": "text/css",
    ".js": "application/javascript", ".png": "image/png", ".pdf": "application/pdf",
}
TEXT_SUFFIXES = {".html", ".htm", ".aspx", ".xml", ".txt", ".css", ".js"}


class DemoNotBuilt(Exception):
    """server.json is missing: run corpus/demo/build.py first."""


def load_manifest(root: Path = HERE) -> dict:
    """server.json as build.py wrote it."""
    try:
        return json.loads((root / "server.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DemoNotBuilt(f"{root / 'server.json'} not found: run corpus/demo/build.py first") from None


def resolve(site_dir: Path, conf: dict, target: str) -> tuple[int, str | Path | None]:
    """Map a request target (path and query) to (200, file), (301, location) or (404, None)."""
    parts = urlsplit(target)
    path = parts.path or "/"
    full = f"{path}?{parts.query}" if parts.query else path
    for key in (full, path):
        if key in conf.get("redirects", {}):
            return 301, conf["redirects"][key]
    if full in conf.get("routes", {}):
        return 200, site_dir / conf["routes"][full]
    local = unquote(path)
    # _q/ holds the query-string pages; they are reachable only through their routes.
    if local.startswith("/_q/") or "\\" in local or "\x00" in local:
        return 404, None
    candidate = (site_dir / local.lstrip("/")).resolve()
    root = site_dir.resolve()
    if candidate != root and root not in candidate.parents:
        return 404, None
    if candidate.is_dir():
        if not path.endswith("/"):
            return 301, path + "/" + (f"?{parts.query}" if parts.query else "")
        candidate = candidate / "index.html"
    if candidate.is_file():
        return 200, candidate
    return 404, None


def content_type(path: Path, charset_in_header: bool, name: str) -> str:
    suffix = path.suffix.lower()
    kind = CONTENT_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if name == "rss.xml":
        kind = "application/rss+xml"
    if suffix in TEXT_SUFFIXES and (charset_in_header or suffix not in {".html", ".htm", ".aspx"}):
        kind += "; charset=utf-8"
    return kind


class DemoHandler(BaseHTTPRequestHandler):
    """Serves one site; the server object carries its configuration."""

    protocol_version = "HTTP/1.1"
    server_version = "newsmine-demo/1.0"

    def do_GET(self):
        self.respond(send_body=True)

    def do_HEAD(self):
        self.respond(send_body=False)

    def respond(self, send_body: bool):
        site = self.server.site
        status, found = resolve(site.root, site.conf, self.path)
        if status == 301:
            self.send_response(301)
            self.send_header("Location", found)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if status == 404:
            body = site.read(site.root / "404.html") if (site.root / "404.html").is_file() else b"Not Found"
            self.send_response(404)
            self.send_header("Content-Type", content_type(Path("404.html"), site.conf.get("charset_in_header", True), ""))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body:
                self.wfile.write(body)
            return
        body = site.read(found)
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        modified = site.last_modified(self.path, found)
        headers = {
            "Content-Type": content_type(found, site.conf.get("charset_in_header", True), found.name),
            "ETag": etag,
            "Last-Modified": format_datetime(modified, usegmt=True),
            "Cache-Control": "public, max-age=300",
        }
        if self.not_modified(etag, modified):
            self.send_response(304)
            for name in ("ETag", "Last-Modified", "Cache-Control"):
                self.send_header(name, headers[name])
            self.end_headers()
            return
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def not_modified(self, etag: str, modified: datetime) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
            tags = [t.strip().removeprefix("W/") for t in match.split(",")]
            return "*" in tags or etag in tags
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return modified <= parsedate_to_datetime(since)
            except (TypeError, ValueError, IndexError):
                return False
        return False

    def log_message(self, format, *args):
        self.server.site.log(f'{self.server.site.key} {self.address_string()} - '
                             f'[{self.log_date_time_string()}] {format % args}')


class SiteConfig:
    """One site's files, server.json entry, origin rewriting and request log."""

    def __init__(self, key: str, root: Path, conf: dict, log):
        self.key, self.root, self.conf, self._log = key, root, conf, log
        self.rewrites: list[tuple[bytes, bytes]] = []
        self._lock = threading.Lock()

    def read(self, path: Path) -> bytes:
        data = path.read_bytes()
        if path.suffix.lower() in TEXT_SUFFIXES:
            # Pages were built for the default ports; point absolute links at the real ones.
            for old, new in self.rewrites:
                data = data.replace(old, new)
        return data

    def last_modified(self, target: str, path: Path) -> datetime:
        parts = urlsplit(target)
        lastmod = self.conf.get("lastmod", {})
        rel = "/" + path.relative_to(self.root).as_posix()
        for key in (f"{parts.path}?{parts.query}" if parts.query else None, parts.path, rel):
            if key and key in lastmod:
                return datetime.fromisoformat(lastmod[key]).astimezone(UTC)
        return datetime.fromisoformat(self.conf["default_lastmod"]).astimezone(UTC)

    def log(self, line: str) -> None:
        if self._log is None:
            return
        with self._lock:
            self._log.write(line + "\n")
            self._log.flush()


def start_demo_servers(host: str = "127.0.0.1", port_base: int = 8301, log=sys.stderr, root: Path = HERE):
    """Serve the four sites in background threads; return ([base URL per site], stop)."""
    manifest = load_manifest(root)
    opened = None
    if isinstance(log, (str, Path)):
        log = opened = open(log, "a", encoding="utf-8")  # noqa: SIM115 (closed by stop)
    servers = []
    try:
        for index, key in enumerate(SITES):
            site = SiteConfig(key, root / "sites" / key, manifest["sites"][key], log)
            server = ThreadingHTTPServer((host, port_base + index if port_base else 0), DemoHandler)
            server.daemon_threads = True
            server.site = site
            servers.append(server)
    except OSError:
        for server in servers:
            server.server_close()
        if opened:
            opened.close()
        raise
    display_host = f"[{host}]" if ":" in host else host
    bases = [f"http://{display_host}:{s.server_address[1]}" for s in servers]
    rewrites = [(manifest["origins"][key].encode(), base.encode())
                for key, base in zip(SITES, bases) if manifest["origins"][key] != base]
    threads = []
    for server in servers:
        server.site.rewrites = rewrites
        thread = threading.Thread(target=server.serve_forever, name=f"demo-{server.site.key}", daemon=True)
        thread.start()
        threads.append(thread)

    def stop():
        for server in servers:
            server.shutdown()
            server.server_close()
        for thread in threads:
            thread.join(timeout=5)
        if opened:
            opened.close()

    return [base + "/" for base in bases], stop


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port-base", type=int, default=8301,
                        help="port of the first site; the others follow (default 8301)")
    parser.add_argument("--log", help="append the request log to this file instead of stderr")
    args = parser.parse_args(argv)
    try:
        bases, stop = start_demo_servers(args.host, args.port_base, args.log or sys.stderr)
    except (DemoNotBuilt, OSError) as error:
        print(f"serve.py: {error}", file=sys.stderr)
        return 1
    for key, base in zip(SITES, bases):
        print(f"{key:<12} {base}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
