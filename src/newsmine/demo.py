"""`make demo`: the whole chain on the bundled offline demo sites, into one database.

Serves corpus/demo's four sites on free local ports, crawls each (robots.txt, sitemaps, feeds,
listings), extracts the articles and annotates them, then says where the database is."""

import sys
from pathlib import Path

import click

from . import store

DEMO_DIR = Path(__file__).resolve().parents[2] / "corpus" / "demo"
# The demo sites as sources: stable keys whatever port they are served on; the aggregator covers
# many provinces, so its articles' provinces are inferred from their text.
DEMO_SOURCES = [
    {"key": "demo-baodienbien", "name": "Báo Điện Biên Phủ (demo)", "province": "Điện Biên"},
    {"key": "demo-laichau", "name": "Cổng Thông tin điện tử tỉnh Lai Châu (demo)", "province": "Lai Châu"},
    {"key": "demo-tintaybac", "name": "Tin Tây Bắc (demo)", "province": None},
    {"key": "demo-caobang", "name": "Cổng Thông tin điện tử tỉnh Cao Bằng (demo, old portal)", "province": "Cao Bằng"},
]


def serve_demo_sites():
    """Serve corpus/demo's sites on free local ports: (their URLs in DEMO_SOURCES' order, stop)."""
    if not (DEMO_DIR / "sites").is_dir():
        raise click.ClickException(f"no demo sites under {DEMO_DIR} (run from a newsmine checkout)")
    sys.path.insert(0, str(DEMO_DIR))
    from serve import start_demo_servers

    return start_demo_servers("127.0.0.1", 0, log=None)


def build_demo(db_path, urls, echo=click.echo) -> dict[str, int]:
    """Crawl the demo sites served at `urls`, extract and annotate them into db_path; returns
    the rows per table."""
    from .annotate import annotate_articles
    from .crawl import crawl_source
    from .extract import extract_pages
    from .workers import default_jobs

    for url, source in zip(urls, DEMO_SOURCES):
        summary = crawl_source(db_path, {**source, "home_url": url}, delay=0, concurrency=4)
        echo(f"crawled {source['key']} at {url}: {summary.fetched} pages fetched, "
             f"{summary.kinds.get('article', 0)} articles")
    db = store.open_db(db_path)
    echo(f"extracted: {extract_pages(db)}")
    annotated = annotate_articles(db, jobs=default_jobs())
    echo(f"annotated {annotated.annotated} articles: {annotated.facts}")
    echo(f"conflicting figures (`newsmine conflicts`): {len(store.figure_conflicts(db))} pairs")
    return store.count_rows(db)


def run_demo(db_path, echo=click.echo) -> dict[str, int]:
    """Crawl, extract and annotate the demo sites into db_path; returns the rows per table."""
    urls, stop = serve_demo_sites()
    try:
        return build_demo(db_path, urls, echo)
    finally:
        stop()


@click.command()
@click.option("--db", "db_path", default="data/newsmine.db", show_default=True)
def main(db_path):
    """Build the demo database from corpus/demo."""
    counts = run_demo(db_path)
    click.echo(f"\nThe database is {Path(db_path).resolve()}:")
    for table, n in counts.items():
        click.echo(f"  {table:<24}{n:>8}")
    click.echo("Browse it with `make serve` (Datasette on http://127.0.0.1:8001/newsmine), "
               "or search it: `.venv/bin/newsmine search 'dien bien' --db " + str(db_path) + "`.")


if __name__ == "__main__":
    main()
