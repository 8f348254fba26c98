"""The fact engine's commands: predict and eval (on gold files), annotate (stored articles),
explain (one text or article, with the rule behind each fact)."""

import json
import sys

import click

from .base import (
    CliError,
    _existing_db,
    _predictions,
    _read_gold,
    cli,
    db_option,
    jobs_option,
    open_db,
)


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
    from ..evaluate import format_misses, format_report, misses, score

    articles = _read_gold(gold_file)
    pairs = [(a.record, p) for a, p in _predictions(articles, jobs)]
    if show_misses:
        found = misses(pairs)
        click.echo(json.dumps(found, ensure_ascii=False) if as_json else format_misses(found))
        return
    report = score(pairs)
    if baseline:
        from ..quality import baseline_report

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

    from .. import store
    from ..annotate import annotate_articles

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
            fields = {k: v for k, v in asdict(fact).items()
                      if v not in (None, "") and k not in ("sentence", "filter_category")}  # the filter's input
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
    from .. import store
    from ..facts import FactsInputError, explain_facts

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
