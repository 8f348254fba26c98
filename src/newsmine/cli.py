"""The `newsmine` command line: a thin click skin over the library."""

import json
import sys
from pathlib import Path

import click

from . import search as search_module
from .gold import GoldError, read_gold

DEFAULT_DB = "data/newsmine.db"
db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
    help="SQLite database file.",
)


class CliError(click.ClickException):
    """A one-line error on stderr and exit code 1."""

    def show(self, file=None):
        click.echo(f"newsmine: error: {self.format_message()}", err=True)


def open_db(path, readonly=False):
    from . import store

    try:
        return store.open_db(path, readonly=readonly)
    except store.StoreError as error:
        raise CliError(str(error)) from None


def _read_gold(path):
    try:
        return read_gold(path)
    except GoldError as error:
        raise CliError(str(error)) from None


def _predictions(articles, jobs: int = 1):
    from .predict import predict_records

    for article, predicted in zip(articles, predict_records(articles, jobs)):
        if "error" in predicted:  # one bad page must not stop the batch, but is said
            click.echo(f"newsmine: warning: {article.id}: {predicted.pop('error')}", err=True)
        yield article, predicted


def _default_jobs() -> int:
    from .workers import default_jobs

    return default_jobs()


jobs_option = click.option("--jobs", type=click.IntRange(min=1), default=_default_jobs,
                           show_default="the number of cores", help="Worker processes.")


@click.group()
@click.version_option(package_name="newsmine")
def cli():
    """newsmine: Vietnamese provincial news → a database of facts with provenance."""


@cli.command()
@click.argument("gold_file", type=click.Path(dir_okay=False))
@jobs_option
def predict(gold_file, jobs):
    """Facts for every article of a gold-format file, as JSON lines on stdout."""
    for _, predicted in _predictions(_read_gold(gold_file), jobs):
        click.echo(json.dumps(predicted, ensure_ascii=False))


@cli.command(name="eval")
@click.argument("gold_file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of the table.")
@click.option("--baseline", is_flag=True,
              help="Also score underthesea's NER alone (PER as officials, ORG as organisations).")
@click.option("--misses", "show_misses", is_flag=True,
              help="List what is extra, missed or wrong, article by article, instead of the scores.")
@jobs_option
def eval_command(gold_file, as_json, baseline, show_misses, jobs):
    """Predict and score against a gold file (GOLD.md's rules)."""
    from .evaluate import format_misses, format_report, misses, score

    articles = _read_gold(gold_file)
    pairs = [(a.record, p) for a, p in _predictions(articles, jobs)]
    if show_misses:
        found = misses(pairs)
        click.echo(json.dumps(found, ensure_ascii=False) if as_json else format_misses(found))
        return
    report = score(pairs)
    if baseline:
        from .quality import baseline_report

        base = baseline_report(articles)
        if as_json:
            report["baseline_underthesea_ner"] = base
        else:
            click.echo("baseline: underthesea.ner alone")
            click.echo(format_report(base))
            click.echo("newsmine")
    click.echo(json.dumps(report, ensure_ascii=False) if as_json else format_report(report))


@cli.command()
@db_option
@click.option("--force", is_flag=True, help="Re-annotate articles already annotated by this version.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Annotate at most N articles.")
@jobs_option
def annotate(db_path, force, limit, jobs):
    """Extract officials, organisations, figures and obstacles from stored articles."""
    from rich.progress import Progress

    from . import store
    from .annotate import annotate_articles

    db = open_db(db_path)
    with Progress(transient=True) as bar:
        task = bar.add_task("annotating", total=None)
        summary = annotate_articles(db, force=force, limit=limit, jobs=jobs,
                                    progress=lambda done, total: bar.update(task, completed=done, total=total))
    facts = ", ".join(f"{n} {kind}" for kind, n in summary.facts.items()) or "no facts"
    click.echo(f"annotated {summary.annotated} articles ({facts}); {summary.skipped} already up to date; "
               f"{len(summary.failed)} failed")
    for article_id, reason in summary.failed.items():
        click.echo(f"  failed {article_id}: {reason}", err=True)
    if summary.annotated:
        store.tidy_search_indexes(db)  # a big run leaves the search indexes in many pieces


def _fact_lines(facts) -> list[dict]:
    """Each fact of `facts` as a flat dict: kind, text, rule, and the fields of its kind."""
    from dataclasses import asdict

    lines = []
    for kind in ("officials", "organizations", "figures", "obstacles"):
        for fact in getattr(facts, kind):
            fields = {k: v for k, v in asdict(fact).items() if v not in (None, "") and k != "sentence"}
            if "kind" in fields:  # a figure's own kind (level, change …), not the fact type
                fields["figure_kind"] = fields.pop("kind")
            text = fields.pop("text", None) or fields.get("surface") or fields.get("name")
            lines.append({"kind": kind, "text": text, "rule": fields.pop("rule", ""), **fields})
    return lines


@cli.command()
@click.argument("text", required=False)
@click.option("--article", "article_id", type=int, help="Explain a stored article instead of TEXT.")
@click.option("--province", help="The article's province (for 'UBND tỉnh' …).")
@click.option("--published", help="The publication date, YYYY-MM-DD (for 'năm nay' …).")
@click.option("--json", "as_json", is_flag=True,
              help='One JSON object: {"facts": [{"kind", "text", "rule", …}], "rejected": [{"kind", "text", "reason"}]}.')
@db_option
def explain(text, article_id, province, published, as_json, db_path):
    """The facts of TEXT ('-' reads stdin) with the rule behind each, and the candidates the
    rules dropped with the reason."""
    from . import store
    from .facts import FactsInputError, explain_facts

    if (text is None) == (article_id is None):
        raise click.UsageError("give either TEXT or --article ID")
    if article_id is not None:
        db = _existing_db(db_path)
        article = store.load_article(db, article_id)
        if article is None:
            raise CliError(f"no article with id {article_id}")
        text = article["text"] or ""
        province, published = province or article.get("province"), published or article.get("published")
    elif text == "-":
        text = sys.stdin.read()
    try:
        facts, rejected = explain_facts(text, province=province, published=published)
    except FactsInputError as error:
        raise CliError(str(error)) from None
    found = _fact_lines(facts)
    if as_json:
        click.echo(json.dumps({"facts": found, "rejected": [r.__dict__ for r in rejected]}, ensure_ascii=False))
        return
    for fact in found:
        details = ", ".join(f"{k}={v}" for k, v in fact.items() if k not in ("kind", "text", "rule", "start", "end"))
        click.echo(f"{fact['kind']:<14} {fact['text']}  [{fact['rule']}]" + (f"\n{'':<15}{details}" if details else ""))
    if rejected:
        click.echo("rejected:")
    for r in rejected:
        click.echo(f"{r.kind:<14} {r.text}  ({r.reason})")


@cli.command()
@db_option
@click.option("--province", help="Only conflicts in this province (diacritics optional).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N pairs.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines, one pair each.")
def conflicts(db_path, province, limit, as_json):
    """Figures of one measure, unit, province and period that two articles report with
    different values (a republication that changed a number, two papers disagreeing)."""
    from . import store

    db = _existing_db(db_path)
    pairs = store.figure_conflicts(db, province=province, limit=limit)
    for pair in pairs:
        if as_json:
            click.echo(json.dumps(pair, ensure_ascii=False))
            continue
        where = ", ".join(x for x in (pair["kind"] if pair["kind"] != "level" else None,
                                      pair["province"], pair["period"]) if x)
        copy = " (a republication)" if pair["republication"] else ""
        click.echo(f"{pair['measure']} [{pair['unit']}{', ' + where if where else ''}]{copy}")
        for k in (1, 2):
            click.echo(f"  {pair[f'text_{k}']}  {pair[f'published_{k}'] or ''}  {pair[f'url_{k}']}")
            click.echo(f"    {pair[f'sentence_{k}']}")
    if not as_json:
        click.echo(f"{len(pairs)} conflicting pair{'s' if len(pairs) != 1 else ''}", err=True)


@cli.command()
@db_option
def stats(db_path):
    """Rows per table."""
    from . import store

    db = _existing_db(db_path)
    for table, n in store.count_rows(db).items():
        click.echo(f"{table:<24}{n:>10}")


@cli.command()
@db_option
@click.option("--force", is_flag=True, help="Extract again pages this extractor version already did.")
@click.option("--source", help="Only the pages of this source key.")
def extract(db_path, force, source):
    """Article pages → articles: clean text, metadata, captions, origin; republications linked.
    Pages that hold no article are listed in `extract_errors` with a reason."""
    from rich import progress as bar
    from rich.console import Console

    from .extract import extract_pages

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
    from .crawl import CrawlError, crawl_config, run_worker
    from .crawl.progress import CrawlProgress, summary_table
    from .sources import SourceError

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
    from . import store

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
    from .crawl.parse import parse_date
    from .runall import run_all, summary_lines
    from .sources import SourceError, load_sources

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
    from .sources import SourceError, check_registry, load_sources, registry_path, save_sources

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


def _existing_db(path):
    """Open an existing database read-only (stats, search, export, explain and conflicts never
    create or change one, so they work beside a writer and on a read-only file)."""
    if not Path(path).is_file():
        raise CliError(f"{path}: no such database (build one with `make demo`)")
    return open_db(path, readonly=True)


def _date_prefix(ctx, param, value):
    """--since/--until: YYYY, YYYY-MM or YYYY-MM-DD, compared with the article's ISO date."""
    import re
    from datetime import date

    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    try:
        if not match:
            raise ValueError
        date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        raise CliError(f"{param.opts[0]} {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value.strip()


def _hit_lines(number: int, hit: dict) -> list[str]:
    """One search result as text: the fact and its detail, the sentence with the fact marked,
    where and when it was published, the link."""
    from .search import highlight_spans

    heading = " · ".join(x for x in (hit["fact"], hit["detail"]) if x)
    sentence = " ".join((hit["sentence"] or "").split())  # one line however it was cut
    evidence = "".join(click.style(text, bold=True, underline=True) if is_fact else text
                       for text, is_fact in highlight_spans(sentence, hit["fact"]))
    where = " · ".join(str(x) for x in (hit["article_title"], hit["published"], hit["province"]) if x)
    return [f"{number}. [{hit['type']}] {heading}", f"   {evidence}", f"   {where}", f"   {hit['url']}"]


# A query may start with "-word" (an exclusion): click must not read it as an option.
@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("query")
@click.option("--type", "kind", type=click.Choice(search_module.SEARCH_TYPES),
              help="Only this kind of fact (default: every kind and the articles).")
@click.option("--province", help="Only articles of this province (diacritics optional).")
@click.option("--since", callback=_date_prefix, help="Published on or after (YYYY[-MM[-DD]]).")
@click.option("--until", callback=_date_prefix, help="Published on or before (YYYY[-MM[-DD]]).")
@click.option("--unit", help='Figures in this unit ("ty dong", "%", "ha", "ho"…).')
@click.option("--min", "minimum", type=float, help="Figures of at least this value (in --unit).")
@click.option("--max", "maximum", type=float, help="Figures of at most this value (in --unit).")
@click.option("--category", help="Obstacles of this category (funding, human_resources, infrastructure, legal, "
                   "market, natural, awareness, technology, other).")
@click.option("--json", "as_json", is_flag=True,
              help='JSON: {"total", "more", "offset", "results": [...]} instead of text.')
@click.option("--csv", "as_csv", is_flag=True, help="CSV with a header instead of text.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000),
              help="At most this many results.")
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0),
              help="Skip this many results (the next page: --offset 20).")
@db_option
def search(query, kind, province, since, until, unit, minimum, maximum, category, as_json,
           as_csv, limit, offset, db_path):
    """Search facts and articles, with or without diacritics ("dien bien" finds "Điện Biên");
    exact-diacritic matches first, then matches in the fact's own field (an official's name or
    post, a figure's measure). "..." makes a phrase, word* a prefix; OR works, and NOT word or
    -word leaves out what holds the word."""
    import csv

    from . import store
    from .search import SearchError, query_notice

    if as_json and as_csv:
        raise CliError("--json and --csv exclude each other")
    if query.startswith("--"):
        raise click.UsageError(f"no such option: {query.split()[0]}")
    db = _existing_db(db_path)
    notice = query_notice(query)
    if notice:
        click.echo(f"newsmine: {notice}", err=True)
    try:
        page = store.search_page(db, query, kind=kind, province=province, since=since,
                                 until=until, limit=limit, offset=offset, unit=unit,
                                 minimum=minimum, maximum=maximum, category=category)
    except SearchError as error:
        raise CliError(str(error)) from None
    rows = [{c: hit[c] for c in store.SEARCH_COLUMNS} for hit in page.results]
    if as_json:
        click.echo(json.dumps({"total": page.total, "more": page.more, "offset": page.offset,
                               "results": rows}, ensure_ascii=False, indent=2))
        return
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=store.SEARCH_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    if not rows:
        past = f" (there are {page.total}; try a smaller --offset)" if page.total else ""
        click.echo(f"newsmine: no results for {query!r}{past}", err=True)
        return
    for number, hit in enumerate(rows, offset + 1):
        click.echo("\n".join(_hit_lines(number, hit)))
    total = f"{page.total:,}+" if page.more else f"{page.total:,}"
    shown = f"{offset + 1}–{offset + len(rows)}" if offset else f"{len(rows)}"
    nxt = (f"; --offset {offset + len(rows)} for the next"
           if page.more or offset + len(rows) < page.total else "")
    click.echo(f"{shown} of {total} results{nxt}")


@cli.command()
@click.option("--type", "kind", default="all", show_default=True,
              type=click.Choice([*search_module.FACT_TYPES, "all"]), help="Which facts.")
@click.option("--format", "fmt", type=click.Choice(["csv", "excel", "json", "jsonl"]), default=None,
              help="Output format; excel: CSV with a UTF-8 byte-order mark, ids as text, dates Excel reads.")
@click.option("--excel", "excel", is_flag=True, help="The same as --format excel.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False),
              help="Write to this file (complete or not at all) instead of stdout.")
@db_option
def export(kind, fmt, excel, out_path, db_path):
    """Facts with provenance (article URL, date, sentence, offsets), duplicates left out."""
    from . import store
    from .export import atomic_output, write_facts

    if excel and fmt not in (None, "excel"):
        raise click.UsageError("--excel and --format are two ways to say the format: give one")
    fmt = "excel" if excel else fmt
    if fmt is None:
        raise click.UsageError("give --format csv|excel|json|jsonl (or --excel)")

    db = _existing_db(db_path)
    kinds = store.EXPORT_TYPES if kind == "all" else [kind]
    if out_path is None:
        write_facts(db, kinds, fmt, sys.stdout)
        return
    try:
        with atomic_output(out_path) as stream:
            n = write_facts(db, kinds, fmt, stream)
    except OSError as error:
        raise CliError(f"{out_path}: {error.strerror or error}") from None
    click.echo(f"newsmine: wrote {n} facts to {out_path}", err=True)


@cli.command()
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--immutable", is_flag=True,
              help="Faster for a finished database; never while the pipeline writes to it.")
@db_option
def serve(port, host, immutable, db_path):
    """Browse and search the database in Datasette (read-only), with canned queries and charts."""
    import socket

    from .serve import ServeError
    from .serve import serve as run_datasette

    _existing_db(db_path).conn.close()  # a missing, corrupt or foreign file: one line, before "serving"
    with socket.socket() as probe:
        # as the server will: a port whose last connections are closing (TIME_WAIT) is free
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise CliError(f"cannot listen on {host}:{port}: {error.strerror}; "
                           "pick another with --port") from None
    click.echo(f"newsmine: serving {db_path} at http://{host}:{port}/newsmine (Ctrl-C stops)",
               err=True)
    try:
        run_datasette(db_path, host=host, port=port, immutable=immutable)
    except ServeError as error:
        raise CliError(str(error)) from None


def main():
    cli(prog_name="newsmine")


if __name__ == "__main__":
    sys.exit(main())
