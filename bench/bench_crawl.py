"""Crawl speed and memory: newsmine's crawler against a plain concurrent fetch of the same URLs.

    python -m bench.bench_crawl [--pages 20000] [--concurrency 8] [--runs 3]
    BENCH_CRAWL_PAGES=2000 BENCH_CRAWL_RUNS=1 make bench        # a quick run

A generated news site (home, paginated listings, a sitemap index, N article pages) is served
by a minimal asyncio HTTP server in its own process. The crawler runs with politeness off
(`delay=0`: no per-host delay, no AutoThrottle; robots.txt is still read and obeyed) into a
temporary database: it finds the URLs itself (robots.txt, sitemaps, listings, links), parses
every page and stores every response. Then httpx GETs the very URLs the crawler requested, with
the same concurrency, given the whole list up front, and only reads each body: no robots.txt
rules, no parsing, no link discovery, no storing. The two alternate, `--runs` times (the machine
is shared: one run says little), and the ratio of their pages per second is reported as the
median and the range over the runs, with the load average (`uptime`'s) before and after. Also
printed: CPU milliseconds per page of each side (the crawler's process; the fetch's own) and
the crawler process's peak memory.
"""

import argparse
import asyncio
import multiprocessing
import os
import resource
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

PER_LISTING = 100
PER_SITEMAP = 5000
PARAGRAPH = ("Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ "
             "phát triển kinh tế - xã hội, bàn giải pháp tháo gỡ khó khăn trong giải ngân vốn đầu tư công. ")


def page(path: str, pages: int, base: str) -> tuple[int, str, bytes]:
    """(status, content type, body) of one path of the generated site."""
    listings = (pages + PER_LISTING - 1) // PER_LISTING
    if path == "/robots.txt":
        return 200, "text/plain", f"User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n".encode()
    if path == "/sitemap.xml":
        maps = "".join(f"<sitemap><loc>{base}/sitemap-{i}.xml</loc></sitemap>"
                       for i in range((pages + PER_SITEMAP - 1) // PER_SITEMAP))
        return 200, "application/xml", (
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{maps}</sitemapindex>").encode()
    if path.startswith("/sitemap-"):
        i = int(path[9:-4])
        urls = "".join(f"<url><loc>{base}/tin/{n}.html</loc><lastmod>2025-01-01</lastmod></url>"
                       for n in range(i * PER_SITEMAP, min(pages, (i + 1) * PER_SITEMAP)))
        return 200, "application/xml", (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>").encode()
    if path == "/" or path.startswith("/chuyen-muc"):
        n = 1 if path == "/" else int(path.rsplit("=", 1)[-1])
        first = (n - 1) * PER_LISTING
        items = "".join(f'<div class="story"><h3><a href="/tin/{k}.html">Tin số {k}: hội nghị đánh '
                        f'giá tình hình kinh tế</a></h3><p>{PARAGRAPH[:120]}</p></div>'
                        for k in range(first, min(pages, first + PER_LISTING)))
        more = f'<a rel="next" href="/chuyen-muc?trang={n + 1}">Trang sau</a>' if n < listings else ""
        return 200, "text/html; charset=utf-8", (
            f"<!doctype html><html><head><meta charset='utf-8'><title>Trang {n}</title>"
            f"<meta property='og:type' content='website'></head><body><nav><a href='/'>Trang chủ</a>"
            f"<a href='/admin/'>Quản trị</a></nav>{items}{more}</body></html>").encode()
    if path.startswith("/tin/") and path.endswith(".html") and path[5:-5].isdigit() and int(path[5:-5]) < pages:
        k = int(path[5:-5])
        related = "".join(f'<li><a href="/tin/{(k + j) % pages}.html">Tin liên quan {j}</a></li>'
                          for j in (1, 2, 3))
        return 200, "text/html; charset=utf-8", (
            f"<!doctype html><html><head><meta charset='utf-8'><title>Tin số {k}</title>"
            f"<meta property='og:type' content='article'></head><body><article><h1>Tin số {k}</h1>"
            + "".join(f"<p>{PARAGRAPH * 3}</p>" for _ in range(6))
            + f"</article><ul>{related}</ul><a href='/'>Trang chủ</a></body></html>").encode()
    return 404, "text/html", b"<html><body>not found</body></html>"


def serve_site(port_queue, pages: int) -> None:
    """A keep-alive HTTP/1.1 server for the generated site (run in its own process)."""

    async def handle(reader, writer):
        base = f"http://127.0.0.1:{writer.get_extra_info('sockname')[1]}"
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode()
                status, ctype, body = page(path, pages, base)
                writer.write(f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\n"
                             f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            writer.close()

    async def main():
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
        port_queue.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


async def plain_fetch(urls: list[str], concurrency: int) -> float:
    """Seconds for httpx to GET every URL with `concurrency` requests in flight."""
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        queue = list(reversed(urls))

        async def worker():
            while queue:
                response = await client.get(queue.pop())
                await response.aread()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return time.perf_counter() - started


def long_links_seconds() -> float:
    """Seconds to parse a page of three 100,000-character links and decide on each (a hostile
    page: every such link is refused by its length before any pattern reads it)."""
    from newsmine.crawl.parse import parse_body
    from newsmine.crawl.urls import normalize_url, skip_reason

    links = "".join(f'<a href="/{"tin-tuc-" * 12_500}{k}.html">Tin {k}</a>' for k in range(3))
    body = f"<html><body><h1>Tin</h1><p>{PARAGRAPH}</p>{links}</body></html>".encode()
    started = time.perf_counter()
    parsed = parse_body(body, "https://bao.example/tin/1.html", "text/html")
    reasons = [skip_reason(normalize_url(link.url), {"bao.example"}, False) for link in parsed.links]
    assert reasons.count("URL longer than 2083 characters") == 3
    return time.perf_counter() - started


def crawl_once(base: str, concurrency: int) -> dict:
    """One crawl of the site into a fresh database: its summary, process wall and CPU time, and
    the URLs it requested, in order."""
    from newsmine.crawl import crawl_source

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        summary = crawl_source(db_path, base, delay=0, concurrency=concurrency, timeout=30)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        with sqlite3.connect(db_path) as db:
            urls = [r[0] for r in db.execute("SELECT url FROM pages ORDER BY rowid")]
        return {"summary": summary, "wall": wall, "urls": urls, "db_mb": db_path.stat().st_size / 1e6,
                "cpu": (after.ru_utime - cpu.ru_utime) + (after.ru_stime - cpu.ru_stime)}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=int(os.environ.get("BENCH_CRAWL_PAGES", "20000")),
                        help="article pages of the generated site (default 20000, or $BENCH_CRAWL_PAGES)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_CRAWL_RUNS", "3")),
                        help="crawl + plain fetch pairs (default 3, or $BENCH_CRAWL_RUNS)")
    args = parser.parse_args(argv if argv is not None else [])

    context = multiprocessing.get_context("spawn")
    ports = context.Queue()
    server = context.Process(target=serve_site, args=(ports, args.pages), daemon=True)
    server.start()
    load_before = os.getloadavg()
    ratios, crawl_rates, walls, crawl_cpu, plain_cpu, peaks = [], [], [], [], [], []
    try:
        base = f"http://127.0.0.1:{ports.get(timeout=30)}/"
        for run in range(1, args.runs + 1):
            crawl = crawl_once(base, args.concurrency)
            summary, urls = crawl["summary"], crawl["urls"]
            cpu = time.process_time()
            plain_seconds = asyncio.run(plain_fetch(urls, args.concurrency))
            plain_cpu.append(1000 * (time.process_time() - cpu) / len(urls))
            crawler_rate = summary.requests / summary.elapsed
            plain_rate = len(urls) / plain_seconds
            ratios.append(crawler_rate / plain_rate)
            walls.append(summary.requests / crawl["wall"] / plain_rate)
            crawl_rates.append(crawler_rate)
            crawl_cpu.append(1000 * crawl["cpu"] / summary.requests)
            peaks.append(summary.peak_rss_mb)
            print(f"run {run}: crawler (Scrapy: discover, parse, store) {summary.requests} requests in "
                  f"{summary.elapsed:.1f} s = {crawler_rate:.0f} pages/s (process {crawl['wall']:.1f} s, "
                  f"database {crawl['db_mb']:.0f} MB, CPU {crawl_cpu[-1]:.2f} ms/page); plain httpx "
                  f"(fetch only) {len(urls)} in {plain_seconds:.1f} s = {plain_rate:.0f} pages/s "
                  f"(CPU {plain_cpu[-1]:.2f} ms/page); ratio {ratios[-1]:.2f}", flush=True)
    finally:
        server.terminate()
        server.join(5)
    load_after = os.getloadavg()
    median = statistics.median
    print(f"site: {args.pages} articles, {len(urls)} URLs requested, concurrency {args.concurrency}, "
          f"{args.runs} runs, load average {load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print(f"ratio crawler / plain fetch (pages/s): median {median(ratios):.2f}, "
          f"range {min(ratios):.2f}-{max(ratios):.2f}; with the crawler's process start-up "
          f"{median(walls):.2f}")
    print(f"CPU per page: crawler {median(crawl_cpu):.2f} ms (process start-up included), "
          f"plain fetch {median(plain_cpu):.2f} ms (ratio {median(plain_cpu) / median(crawl_cpu):.2f}: "
          "what the pages/s ratio would be on a machine whose cores are all busy)")
    print(f"crawler peak memory (RSS) for {args.pages} articles: {max(peaks):.0f} MB")
    hostile = long_links_seconds()
    print(f"a page of three 100,000-character links, parsed and decided: {hostile:.2f} s")
    return {"crawl_pages_per_s": round(median(crawl_rates), 1), "crawl_vs_plain": round(median(ratios), 3),
            "crawl_vs_plain_min": round(min(ratios), 3), "crawl_vs_plain_max": round(max(ratios), 3),
            "crawl_vs_plain_wall": round(median(walls), 3), "crawl_runs": args.runs,
            "crawl_cpu_ms_per_page": round(median(crawl_cpu), 2),
            "crawl_plain_cpu_ms_per_page": round(median(plain_cpu), 2),
            "crawl_vs_plain_cpu": round(median(plain_cpu) / median(crawl_cpu), 3),
            "crawl_load_average": [round(load_before[0], 1), round(load_after[0], 1)],
            "crawl_peak_rss_mb": round(max(peaks)), "crawl_long_links_s": round(hostile, 2)}


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
