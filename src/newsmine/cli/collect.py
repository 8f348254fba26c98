"""The commands that fill the database: sources (the registry), crawl and merge-pages (pages),
extract (articles), and run (the whole chain for one source or all)."""

import json
import sys

import click

from .base import CliError, cli, db_option, jobs_option, open_db
from .facts import annotate


@cli.command()
@db_option
@click.option("--force", is_flag=True, help="Extract again pages this extractor version already did.")
@click.option("--source", help="Only the pages of this source key.")
def extract(db_path, force, source):
    """Article pages → articles: clean text, metadata, captions, origin; republications linked.
    Pages that hold no article are listed in `extract_errors` with a reason."""
    from rich import progress as bar
    from rich.console import Console

    from ..extract import extract_pages

    db = open_db(db_path)
    columns = [bar.TextColumn("extract"), bar.BarColumn(), bar.MofNCompleteColumn(),
               bar.TimeRemainingColumn()]
    with bar.Progress(*columns, transient=True, console=Console(stderr=True)) as progress:
        summary = extract_pages(db, force=force, source=source,
                                track=lambda items, total: progress.track(items, total=total))
    for line in summary.lines():
        click.echo(line)


@cli.command()
@click.argument("source")
@db_option
@click.option("--since", help="Skip sitemap and feed entries older than this date (YYYY-MM-DD).")
@click.option("--max-pages", type=click.IntRange(min=1), help="At most this many requests in this run.")
@click.option("--delay", default=1.0, show_default=True, type=click.FloatRange(min=0),
              help="Least seconds between requests to one host (robots.txt Crawl-delay may raise "
                   "it; 0 turns delays and AutoThrottle off).")
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Requests in flight at once (per host and in all).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds before a request is abandoned (then retried).")
@click.option("--refresh-days", default=30.0, show_default=True, type=click.FloatRange(min=0),
              help="Revalidate a stored article after this many days (listings, feeds and "
                   "sitemaps: every run).")
@click.option("--redis", "redis_url", metavar="URL",
              help="Share the crawl with workers on other machines through this Redis (scrapy-redis: "
                   "pip install -e '.[distributed]'); each stores its pages in its own --db.")
@click.option("--redis-key", help="The shared crawl's name in Redis  [default: newsmine:SOURCE:today]")
@click.option("-v", "--verbose", is_flag=True, help="Log every skipped URL and why.")
def crawl(source, db_path, since, max_pages, delay, concurrency, timeout, refresh_days, redis_url, redis_key,
          verbose):
    """Fetch a source (registry key, see `newsmine sources`) or a site (URL) into `pages`:
    polite, incremental, and resumable after an interruption."""
    from ..crawl import CrawlError, crawl_config, run_worker
    from ..crawl.progress import CrawlProgress, summary_table
    from ..sources import SourceError

    try:
        config = crawl_config(db_path, source, since=since, max_pages=max_pages, delay=delay,
                              concurrency=concurrency, timeout=timeout, refresh_days=refresh_days,
                              redis_url=redis_url, redis_key=redis_key)
        with CrawlProgress(verbose=verbose, total=max_pages) as progress:
            summary = run_worker(config, on_event=progress.on_event)
    except (SourceError, CrawlError) as error:
        raise CliError(str(error)) from None
    from rich.console import Console

    Console().print(summary_table(summary))
    if summary.failure:
        raise CliError(f"crawl stopped: {summary.failure}; run it again to resume")
    if not summary.finished:
        sys.exit(130)
    if not summary.reached:
        raise CliError(f"reached nothing at {source}: {summary.unreached_reasons()}")


@cli.command(name="merge-pages")
@click.argument("workers", nargs=-1, required=True, type=click.Path(dir_okay=False))
@db_option
def merge_pages(workers, db_path):
    """Copy the pages of other databases (the workers of a `crawl --redis`) into --db, keeping
    the latest fetch of each URL; then `extract` and `annotate` as usual."""
    from .. import store

    db = open_db(db_path)
    for worker in workers:
        try:
            taken = store.merge_pages(db, worker)
        except store.StoreError as error:
            raise CliError(str(error)) from None
        click.echo(f"{worker}: {taken} pages taken")


@cli.command()
@click.argument("source", required=False)
@click.option("--all", "run_all_sources", is_flag=True,
              help="Every current source of the registry, one after the other; a failing source "
                   "does not stop the others, a table sums up, exit 1 if any failed.")
@db_option
@click.option("--since", help="Skip sitemap and feed entries older than this date.")
@click.option("--max-pages", type=int, help="At most N requests in this crawl (per source with --all).")
@click.option("--delay", type=float, default=1.0, show_default=True, help="Seconds between requests to a host.")
@click.option("--concurrency", type=int, default=4, show_default=True, help="Requests at once per host.")
@click.option("--json", "as_json", is_flag=True, help="With --all: the summary as one JSON object on stdout.")
@click.option("--registry", type=click.Path(dir_okay=False),
              help="With --all: the registry file (default corpus/sources.yaml, or $NEWSMINE_SOURCES).")
@jobs_option
@click.pass_context
def run(ctx, source, run_all_sources, db_path, since, max_pages, delay, concurrency, as_json,
        registry, jobs):
    """The whole chain for one source: crawl it, extract its new articles, annotate them.
    With --all, for every current source of the registry."""
    if run_all_sources == bool(source):
        raise click.UsageError("give either SOURCE or --all")
    if not run_all_sources:
        if as_json or registry:
            raise click.UsageError("--json and --registry go with --all")
        ctx.invoke(crawl, source=source, db_path=db_path, since=since, max_pages=max_pages,
                   delay=delay, concurrency=concurrency)
        ctx.invoke(extract, db_path=db_path)
        ctx.invoke(annotate, db_path=db_path, jobs=jobs)
        return
    from ..crawl.parse import parse_date
    from ..runall import run_all, summary_lines
    from ..sources import SourceError, load_sources

    if since is not None and parse_date(since) is None:
        raise CliError(f"--since: not a date: {since!r} (use YYYY-MM-DD)")
    if (max_pages is not None and max_pages < 1) or delay < 0 or concurrency < 1:
        raise CliError("max-pages and concurrency must be at least 1, delay at least 0")
    try:
        current = [s for s in load_sources(registry) if s.status == "current"]
    except SourceError as error:
        raise CliError(str(error)) from None
    open_db(db_path).close()  # a database that cannot be opened fails once, not per source

    def started(index, total, source):
        click.echo(f"[{index}/{total}] {source.key}: {source.home_url}", err=True)

    results = run_all(db_path, current, on_start=started, since=since, max_pages=max_pages,
                      delay=delay, concurrency=concurrency, jobs=jobs)
    failed = [r for r in results if not r.ok]
    if as_json:
        click.echo(json.dumps({"sources": [r.as_dict() for r in results], "ok": len(results) - len(failed),
                               "failed": len(failed)}, ensure_ascii=False))
    else:
        for line in summary_lines(results):
            click.echo(line)
    if failed:
        sys.exit(1)


@cli.command(name="sources")
@click.option("--status", type=click.Choice(["current", "archive", "all"]), default="all",
              show_default=True, help="Post-2025 papers, pre-merger archives, or both.")
@click.option("--kind", type=click.Choice(["paper", "portal", "all"]), default="all",
              show_default=True, help="Newspapers, government portals, or both.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@click.option("--save", is_flag=True, help="Also store the registry in the `sources` table of --db.")
@click.option("--check", is_flag=True,
              help="Check the registry offline (URLs, patterns, selectors, evidence, hosts); "
                   "one line per problem, exit 1 if any.")
@click.option("--registry", type=click.Path(dir_okay=False),
              help="Registry file (default corpus/sources.yaml, or $NEWSMINE_SOURCES).")
@db_option
def sources_command(status, kind, as_json, save, check, registry, db_path):
    """List the registry of sources: key, province, home URL and how sure the entry is."""
    from ..sources import SourceError, check_registry, load_sources, registry_path, save_sources

    if check:
        problems = check_registry(registry)
        for line in problems:
            click.echo(line)
        if problems:
            sys.exit(1)
        found = load_sources(registry)
        current = [s for s in found if s.status == "current"]
        click.echo(f"{registry_path(registry)}: {len(found)} sources ({len(current)} current), "
                   f"{sum(bool(s.evidence) for s in found)} with evidence; of the current, "
                   f"{sum(bool(s.feeds or s.sitemaps) for s in current)} name a feed or sitemap and "
                   f"{sum('article_pattern' in s.hints for s in current)} an article pattern: no problem")
        return
    try:
        found = load_sources(registry)
    except SourceError as error:
        raise CliError(str(error)) from None
    found = [s for s in found if (status == "all" or s.status == status)
             and (kind == "all" or s.kind == kind)]
    if save:
        save_sources(open_db(db_path), found)
    for s in found:
        if as_json:
            click.echo(json.dumps(s.as_row(), ensure_ascii=False))
        else:
            click.echo(f"{s.key:<18}{s.province:<14}{s.confidence:<8}{s.status:<9}{s.home_url}")
