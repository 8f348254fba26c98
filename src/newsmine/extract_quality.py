"""Extraction quality on a gold file whose records carry `html_path` and `expected_*` keys
(corpus/demo/gold.jsonl): how close the extracted text is to the text the article was
written with, boilerplate lines leaked, and title, date and origin found exactly.

    python -m newsmine.extract_quality corpus/demo/gold.jsonl [--json] [--check]

Targets (issue 5): similarity ≥ 0.97 on average and ≥ 0.9 on every page, no boilerplate
line leaked, every title and publication date exact, the origin of every republished copy.
--check exits 1 when a target is missed.
"""

import difflib
import json
import re
import sys
from statistics import mean

import click
from lxml import html as lxml_html

from .extract import ExtractError, decode_html, extract_article
from .gold import GoldError, read_gold
from .textnorm import fold, normalize_text

TARGETS = {"mean_similarity": 0.97, "min_similarity": 0.9}


def similarity(extracted: str, expected: str) -> float:
    """difflib's ratio on the two normalised texts (1.0 = identical)."""
    return difflib.SequenceMatcher(None, normalize_text(extracted), normalize_text(expected),
                                   autojunk=False).ratio()


def page_fragments(html: str) -> set[str]:
    """The page's visible text pieces (each text node, normalised), at least two words long."""
    tree = lxml_html.document_fromstring(html)
    for el in tree.iter("script", "style", "noscript", "template"):
        el.drop_tree()
    pieces = set()
    for chunk in tree.itertext():
        chunk = normalize_text(chunk).replace("\n", " ")
        if len(re.findall(r"\w+", chunk)) >= 2:
            pieces.add(chunk)
    return pieces


def leaked_lines(extracted: str, expected: str, fragments: set[str]) -> list[str]:
    """Pieces of the page that are not in the article's text but came out in the extraction."""
    expected, extracted = normalize_text(expected), normalize_text(extracted)
    return sorted(f for f in fragments if f not in expected and f in extracted)


def measure_record(record: dict, html_bytes: bytes) -> dict:
    expected_published = record.get("expected_published") or ""
    expected_origin = record.get("expected_origin")
    row = {"id": record["id"], "error": None, "origin_expected": bool(expected_origin)}
    try:
        article = extract_article(html_bytes, url=record.get("url"))
    except ExtractError as error:
        return {**row, "error": str(error), "similarity": 0.0, "leaked": [], "title": False,
                "published": False, "date": False, "origin": None}
    fragments = page_fragments(decode_html(html_bytes))
    return {
        **row,
        "similarity": similarity(article.text, record["expected_text"]),
        "leaked": leaked_lines(article.text, record["expected_text"], fragments),
        "title": article.title == normalize_text(record.get("expected_title") or ""),
        "published": article.published == expected_published,
        "date": (article.published or "")[:10] == expected_published[:10],
        "origin": article.origin,
        "origin_ok": (fold(article.origin or "") == fold(expected_origin)) if expected_origin
        else article.origin is None,
    }


def measure(gold_path) -> dict:
    """Per-page rows and the totals, for every gold record that has html_path and expected_text."""
    rows = []
    for article in read_gold(gold_path):
        record = article.record
        if article.html_file is None or "expected_text" not in record:
            continue
        rows.append(measure_record(record, article.html_file.read_bytes()))
    sims = [r["similarity"] for r in rows]
    totals = {
        "pages": len(rows),
        "errors": sum(1 for r in rows if r["error"]),
        "mean_similarity": round(mean(sims), 4) if sims else None,
        "min_similarity": round(min(sims), 4) if sims else None,
        "leaked_lines": sum(len(r["leaked"]) for r in rows),
        "title_exact": sum(r["title"] for r in rows),
        "published_exact": sum(r["published"] for r in rows),
        "date_exact": sum(r["date"] for r in rows),
        "origin_expected": sum(r["origin_expected"] for r in rows),
        "origin_found": sum(1 for r in rows if r["origin_expected"] and r.get("origin_ok")),
        "origin_spurious": sum(1 for r in rows if not r["origin_expected"] and r["origin"]),
    }
    return {"rows": rows, "totals": totals}


def check(totals: dict) -> list[str]:
    """The targets missed, one line each (empty: all met)."""
    missed = []
    if totals["pages"] == 0:
        return ["no gold page with html_path and expected_text"]
    if totals["mean_similarity"] < TARGETS["mean_similarity"]:
        missed.append(f"mean similarity {totals['mean_similarity']} < {TARGETS['mean_similarity']}")
    if totals["min_similarity"] < TARGETS["min_similarity"]:
        missed.append(f"a page below {TARGETS['min_similarity']} ({totals['min_similarity']})")
    if totals["leaked_lines"]:
        missed.append(f"{totals['leaked_lines']} boilerplate lines leaked")
    for key in ("title_exact", "date_exact"):
        if totals[key] < totals["pages"]:
            missed.append(f"{key.replace('_', ' ')} {totals[key]}/{totals['pages']}")
    if totals["origin_found"] < totals["origin_expected"] or totals["origin_spurious"]:
        missed.append(f"origin found {totals['origin_found']}/{totals['origin_expected']}, "
                      f"spurious {totals['origin_spurious']}")
    return missed


def format_report(report: dict) -> str:
    lines = [f"{'page':<62}{'sim':>7}{'leak':>6}  title date time origin"]
    mark = {True: "ok", False: "NO"}
    for r in report["rows"]:
        origin = ("ok" if r.get("origin_ok") else "NO") if r["origin_expected"] else (
            f"spurious: {r['origin']}" if r["origin"] else "-")
        lines.append(f"{r['id'][:61]:<62}{r['similarity']:>7.3f}{len(r['leaked']):>6}  "
                     f"{mark[r['title']]:<6}{mark[r['date']]:<5}{mark[r['published']]:<5}{origin}"
                     + (f"  error: {r['error']}" if r["error"] else ""))
        for piece in r["leaked"]:
            lines.append(f"    leaked: {piece[:90]}")
    t = report["totals"]
    n = t["pages"]
    lines += [
        f"extraction: {n} pages, {t['errors']} errors",
        (f"  similarity to the written text: mean {t['mean_similarity']}, min {t['min_similarity']}"
         f" (targets: mean ≥ {TARGETS['mean_similarity']}, each ≥ {TARGETS['min_similarity']})"),
        f"  boilerplate lines leaked: {t['leaked_lines']} (target 0)",
        (f"  title exact: {t['title_exact']}/{n}; publication date exact: {t['date_exact']}/{n}"
         f" (with time: {t['published_exact']}/{n})"),
        (f"  origin found on republished copies: {t['origin_found']}/{t['origin_expected']}"
         f"; spurious origins: {t['origin_spurious']}"),
    ]
    return "\n".join(lines)


@click.command()
@click.argument("gold_file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of the table.")
@click.option("--check", "strict", is_flag=True, help="Exit 1 when a target is missed.")
def main(gold_file, as_json, strict):
    """Extraction quality on a gold file with html_path and expected_* keys."""
    try:
        report = measure(gold_file)
    except GoldError as error:
        click.echo(f"newsmine: error: {error}", err=True)
        sys.exit(1)
    click.echo(json.dumps(report, ensure_ascii=False) if as_json else format_report(report))
    missed = check(report["totals"])
    if strict and missed:
        click.echo("targets missed: " + "; ".join(missed), err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
