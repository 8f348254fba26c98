"""The `newsmine` command line: a thin click skin over the library."""

import json
import sys
from pathlib import Path

import click

from . import store
from .evaluate import format_report, score
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


def open_db(path):
    try:
        return store.open_db(path)
    except store.StoreError as error:
        raise CliError(str(error)) from None


def _read_gold(path):
    try:
        return read_gold(path)
    except GoldError as error:
        raise CliError(str(error)) from None


def _predictions(articles):
    from .pipeline import predict_record

    for article in articles:
        try:
            yield article, predict_record(article)
        except Exception as error:  # one bad page must not stop the batch, but must be said
            click.echo(f"newsmine: warning: {article.id}: {error}", err=True)
            yield article, {"id": article.id}


@click.group()
@click.version_option(package_name="newsmine")
def cli():
    """newsmine: Vietnamese provincial news → a database of facts with provenance."""


@cli.command()
@click.argument("gold_file", type=click.Path(dir_okay=False))
@db_option
def predict(gold_file, db_path):
    """Facts for every article of a gold-format file, as JSON lines on stdout."""
    for _, predicted in _predictions(_read_gold(gold_file)):
        click.echo(json.dumps(predicted, ensure_ascii=False))


@cli.command(name="eval")
@click.argument("gold_file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of the table.")
@db_option
def eval_command(gold_file, as_json, db_path):
    """Predict and score against a gold file (GOLD.md's rules)."""
    articles = _read_gold(gold_file)
    report = score([(a.record, p) for a, p in _predictions(articles)])
    click.echo(json.dumps(report, ensure_ascii=False) if as_json else format_report(report))


@cli.command()
@db_option
def stats(db_path):
    """Rows per table."""
    db = open_db(db_path)
    for table, n in store.count_rows(db).items():
        click.echo(f"{table:<24}{n:>10}")


def main():
    cli(prog_name="newsmine")


if __name__ == "__main__":
    sys.exit(main())
