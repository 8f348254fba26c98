"""What every command shares: the `newsmine` group, the --db and --jobs options, opening a
database and a gold file, and the one-line error."""

from pathlib import Path

import click

from ..gold import GoldError, read_gold

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
    from .. import store

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
    from ..predict import predict_records

    for article, predicted in zip(articles, predict_records(articles, jobs)):
        if "error" in predicted:  # one bad page must not stop the batch, but is said
            click.echo(f"newsmine: warning: {article.id}: {predicted.pop('error')}", err=True)
        yield article, predicted


def _default_jobs() -> int:
    from ..workers import default_jobs

    return default_jobs()


jobs_option = click.option("--jobs", type=click.IntRange(min=1), default=_default_jobs,
                           show_default="the number of cores", help="Worker processes.")


@click.group()
@click.version_option(package_name="newsmine")
def cli():
    """newsmine: Vietnamese provincial news → a database of facts with provenance."""


def _existing_db(path):
    """Open an existing database read-only (stats, search, export, explain and conflicts never
    create or change one, so they work beside a writer and on a read-only file)."""
    if not Path(path).is_file():
        raise CliError(f"{path}: no such database (build one with `make demo`)")
    return open_db(path, readonly=True)
