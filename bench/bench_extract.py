"""Extraction speed: pages per second through the extract stage (`newsmine extract` on a
temporary database: decompression, extraction, saving, republication linking), through
`extract_article` alone, and through `trafilatura.extract` alone on the same pages, in the
same run.

    python -m bench.bench_extract [--pages DIR] [--repeat 3]
    BENCH_PAGES=path/to/html/files make bench

Pages: the demo corpus's article pages (corpus/demo/gold.jsonl), or every *.html / *.htm
file under --pages (BENCH_PAGES). Without --pages, the real publishers' pages of
../shared/pages are timed too when they are there (`extract_time_vs_trafilatura_real_pages`):
they are longer than the demo's, so trafilatura's fixed cost per page weighs less.
"""

import argparse
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

import trafilatura

from newsmine import store
from newsmine.extract import ExtractError, extract_article, extract_pages

ROOT = Path(__file__).resolve().parent.parent
DEMO_GOLD = ROOT / "corpus" / "demo" / "gold.jsonl"
REAL_PAGES = ROOT.parent / "shared" / "pages"


def load_pages(directory: str | None) -> list[tuple[str, bytes]]:
    if directory:
        files = sorted(p for p in Path(directory).rglob("*") if p.suffix.lower() in (".html", ".htm"))
        return [(f"file://{p}", p.read_bytes()) for p in files]
    pages = []
    for line in DEMO_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if record.get("html_path"):
                path = DEMO_GOLD.parent / record["html_path"]
                pages.append((f"http://demo.invalid/{record['id']}", path.read_bytes()))
    return pages


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f} pages/s  ({seconds * 1000 / n:6.1f} ms/page)"


def time_stage(pages, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder:
            db = store.open_db(Path(folder) / "bench.db")
            for url, body in pages:
                store.save_page(db, {"url": url, "final_url": url, "status": 200, "kind": "article",
                                     "content_type": "text/html", "body": body,
                                     "sha256": hashlib.sha256(body).hexdigest()})
            start = time.perf_counter()
            extract_pages(db)
            best = min(best, time.perf_counter() - start)
            db.conn.close()
    return best


def time_calls(function, pages, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for url, body in pages:
            try:
                function(body, url)
            except ExtractError:
                pass
        best = min(best, time.perf_counter() - start)
    return best


def time_side_by_side(first, second, pages, repeat: int) -> tuple[float, float, float, float]:
    """Seconds of two functions over the pages by the clock and in process (CPU) time, each
    page's time the best of `repeat`, the two called one after the other on each page: on a
    shared machine both see the same load (and CPU time leaves out the waits for a core)."""
    best = [[float("inf")] * len(pages) for _ in range(4)]  # clock first, clock second, CPU first, CPU second
    for _ in range(repeat):
        for i, (url, body) in enumerate(pages):
            for side, function in enumerate((first, second)):
                start, start_cpu = time.perf_counter(), time.process_time()
                try:
                    function(body, url)
                except ExtractError:
                    pass
                best[side][i] = min(best[side][i], time.perf_counter() - start)
                best[2 + side][i] = min(best[2 + side][i], time.process_time() - start_cpu)
    return tuple(sum(times) for times in best)


def hostile_page(boxes: int = 20_000) -> bytes:
    """A 1.5 MB article page followed by `boxes` related-article boxes (a hostile page: refused
    by its box count before any pass reads it)."""
    story = "".join(f"<p>Đoạn {i}: Ủy ban nhân dân tỉnh họp bàn giải pháp tháo gỡ khó khăn về vốn.</p>"
                    for i in range(8))
    box = "<div class='box'><h3>Tin liên quan</h3><a href='/tin/{i}.html'>Tin {i}</a></div>"
    return (f"<html><head><title>Hội nghị</title></head><body><article><h1>Hội nghị kinh tế</h1>{story}"
            f"</article>{''.join(box.format(i=i) for i in range(boxes))}</body></html>").encode()


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default=os.environ.get("BENCH_PAGES"), help="a folder of HTML pages")
    parser.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_REPEAT", "3")))
    args = parser.parse_args(argv if argv is not None else [])
    pages = load_pages(args.pages)
    if not pages:
        print("no pages to measure")
        return {}
    size = sum(len(b) for _, b in pages) / len(pages) / 1024
    print(f"{len(pages)} pages, {size:.0f} KB on average, best of {args.repeat} runs"
          " (each page's best for extract_article and trafilatura, timed in turns)")
    # Warm-up: first calls compile patterns and load lexicons.
    time_calls(lambda body, url: extract_article(body, url=url), pages[:3], 1)
    ours, alone, ours_cpu, alone_cpu = time_side_by_side(lambda body, url: extract_article(body, url=url),
                                                         lambda body, url: trafilatura.extract(body, url=url),
                                                         pages, args.repeat)
    stage = time_stage(pages, args.repeat)
    print(f"  newsmine extract (stage, database) {rate(len(pages), stage)}")
    print(f"  extract_article                    {rate(len(pages), ours)}")
    print(f"  trafilatura.extract alone          {rate(len(pages), alone)}")
    print(f"  extract_article / trafilatura: {ours / alone:.2f}x the time ({ours_cpu / alone_cpu:.2f}x in CPU time)")
    metrics = {}
    real = load_pages(str(REAL_PAGES)) if not args.pages and REAL_PAGES.is_dir() else []
    if real:
        ours_real, alone_real, ours_real_cpu, alone_real_cpu = time_side_by_side(
            lambda body, url: extract_article(body, url=url), lambda body, url: trafilatura.extract(body, url=url),
            real, args.repeat)
        print(f"  {len(real)} real pages of {REAL_PAGES}: extract_article / trafilatura: "
              f"{ours_real / alone_real:.2f}x the time ({ours_real_cpu / alone_real_cpu:.2f}x in CPU time)")
        metrics["extract_time_vs_trafilatura_real_pages"] = round(ours_real / alone_real, 3)
        metrics["extract_cpu_vs_trafilatura_real_pages"] = round(ours_real_cpu / alone_real_cpu, 3)
    hostile = hostile_page()
    hostile_s = time_calls(lambda body, url: extract_article(body, url=url), [("http://demo.invalid/x", hostile)], 1)
    print(f"  a {len(hostile) / 1e6:.1f} MB page of 20,000 related boxes: {hostile_s:.2f} s")
    return {"extract_pages_per_s": round(len(pages) / ours, 1),
            "extract_time_vs_trafilatura": round(ours / alone, 3),
            "extract_cpu_vs_trafilatura": round(ours_cpu / alone_cpu, 3),
            "extract_hostile_boxes_s": round(hostile_s, 2), **metrics}


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
