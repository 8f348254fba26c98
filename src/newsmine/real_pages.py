"""Extraction on real pages with reference texts (a folder such as ../shared/pages: NNN.html and
truth.jsonl with url, title, published, text, captions): body similarity, title and date exact,
for newsmine and for trafilatura's defaults side by side.

    python -m newsmine.real_pages ../shared/pages [--json]
"""

import argparse
import json
from pathlib import Path
from statistics import mean

import trafilatura

from .extract import ExtractError, extract_article
from .extract_quality import similarity
from .textnorm import normalize_text


def _body(text: str, title: str | None, captions: list[str]) -> str:
    """The article body of an extracted text: no title line, no caption lines."""
    lines = text.split("\n")
    if title and lines and normalize_text(lines[0]) == normalize_text(title):
        lines = lines[1:]
    skip = {normalize_text(c) for c in captions}
    return "\n".join(line for line in lines if normalize_text(line) not in skip)


def _newsmine(raw: bytes, url: str | None) -> dict:
    try:
        article = extract_article(raw, url=url)
    except ExtractError as error:
        return {"body": "", "title": None, "published": None, "error": str(error)}
    captions = [article.text[s:e] for s, e in article.captions]
    return {"body": _body(article.text, article.title, captions), "title": article.title,
            "published": article.published, "fallback": article.fallback}


def _trafilatura(raw: bytes, url: str | None) -> dict:
    doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
    if doc is None:
        return {"body": "", "title": None, "published": None}
    return {"body": doc.text or "", "title": doc.title, "published": doc.date}


def measure_pages(folder: Path) -> dict:
    """Per page and on average: similarity of the body to the reference text, title and date exact."""
    pages, totals = [], {}
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        raw = (folder / f"{truth['id']}.html").read_bytes()
        expected = truth["text"].replace("\n\n", "\n")
        row = {"id": truth["id"], "site": truth.get("site")}
        for name, read in (("newsmine", _newsmine), ("trafilatura", _trafilatura)):
            got = read(raw, truth.get("url"))
            row[name] = {
                "similarity": round(similarity(got["body"], expected), 4),
                "title": normalize_text(got["title"] or "") == normalize_text(truth.get("title") or ""),
                "date": (got["published"] or "")[:10] == (truth.get("published") or "")[:10],
            }
        pages.append(row)
    for name in ("newsmine", "trafilatura"):
        totals[name] = {"mean_similarity": round(mean(p[name]["similarity"] for p in pages), 4),
                        "min_similarity": round(min(p[name]["similarity"] for p in pages), 4),
                        "title_exact": sum(p[name]["title"] for p in pages),
                        "date_exact": sum(p[name]["date"] for p in pages), "pages": len(pages)}
    return {"pages": pages, "totals": totals}


def format_pages(report: dict) -> str:
    lines = [f"{'page':<6}{'site':<16}{'newsmine':>9}{'trafilatura':>12}  title  date"]
    for p in report["pages"]:
        n, t = p["newsmine"], p["trafilatura"]
        lines.append(f"{p['id']:<6}{(p['site'] or '')[:15]:<16}{n['similarity']:>9.3f}{t['similarity']:>12.3f}"
                     f"  {'ok' if n['title'] else 'NO':<5}  {'ok' if n['date'] else 'NO'}")
    for name, total in report["totals"].items():
        lines.append(f"{name}: body similarity mean {total['mean_similarity']:.3f}, min {total['min_similarity']:.3f}; "
                     f"title exact {total['title_exact']}/{total['pages']}, date exact {total['date_exact']}/{total['pages']}")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = measure_pages(args.folder)
    print(json.dumps(report, ensure_ascii=False) if args.json else format_pages(report))


if __name__ == "__main__":
    main()
