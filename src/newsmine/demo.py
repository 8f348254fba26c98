"""`make demo`: the main job on the bundled offline demo sites, into one database."""

import click

from . import store


@click.command()
@click.option("--db", "db_path", default="data/newsmine.db", show_default=True)
def main(db_path):
    """Build the demo database from corpus/demo with the stages that exist."""
    db = store.open_db(db_path)
    click.echo("newsmine demo: the crawl, extract and annotate stages are not built yet;")
    click.echo(f"created an empty database at {db_path}:")
    for table, n in store.count_rows(db).items():
        click.echo(f"  {table:<24}{n:>8}")


if __name__ == "__main__":
    main()
