"""The read-only commands: stats, conflicts, search, export and serve (Datasette)."""

import json
import sys

import click

from .. import search as search_module
from .base import CliError, _existing_db, cli, db_option

# The article filters `search`, `export` and `conflicts` share (store.queries.ARTICLE_FILTERS).
province_option = click.option(
    "--province", help="Only articles of this province, these (comma-separated) or this region "
    "('Tây Bắc', 'north-west', 'Tây Nguyên' …); diacritics optional.")


@cli.command()
@db_option
@province_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N pairs.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines, one pair each.")
def conflicts(db_path, province, limit, as_json):
    """Figures of one measure, unit, province and period that two articles report with
    different values (a republication that changed a number, two papers disagreeing)."""
    from .. import store

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
    from .. import store

    db = _existing_db(db_path)
    for table, n in store.count_rows(db).items():
        click.echo(f"{table:<24}{n:>10}")


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


since_option = click.option("--since", callback=_date_prefix, help="Published on or after (YYYY[-MM[-DD]]).")
until_option = click.option("--until", callback=_date_prefix, help="Published on or before (YYYY[-MM[-DD]]).")


def _hit_lines(number: int, hit: dict) -> list[str]:
    """One search result as text: the fact and its detail, the sentence with the fact marked,
    where and when it was published, the link."""
    from ..search import highlight_spans

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
@province_option
@since_option
@until_option
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

    from .. import store
    from ..search import SearchError, query_notice

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
@province_option
@since_option
@until_option
@db_option
def export(kind, fmt, excel, out_path, province, since, until, db_path):
    """Facts with provenance (article URL, date, sentence, offsets), duplicates left out."""
    from .. import store
    from ..export import atomic_output, write_facts

    if excel and fmt not in (None, "excel"):
        raise click.UsageError("--excel and --format are two ways to say the format: give one")
    fmt = "excel" if excel else fmt
    if fmt is None:
        raise click.UsageError("give --format csv|excel|json|jsonl (or --excel)")

    db = _existing_db(db_path)
    kinds = store.EXPORT_TYPES if kind == "all" else [kind]
    filters = {"province": province, "since": since, "until": until}
    if out_path is None:
        write_facts(db, kinds, fmt, sys.stdout, **filters)
        return
    try:
        with atomic_output(out_path) as stream:
            n = write_facts(db, kinds, fmt, stream, **filters)
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

    from ..serve import ServeError
    from ..serve import serve as run_datasette

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
