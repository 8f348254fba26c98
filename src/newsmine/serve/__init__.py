"""`newsmine serve` (package `newsmine.serve`, named so as not to shadow `datasette`): Datasette on a newsmine database, read-only, with the packaged metadata
(descriptions, facets, canned queries, charts) and newsmine's own small plugin."""

from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .. import store

DATABASE_NAME = "newsmine"  # the URL path of the database, whatever its file is called
SETTINGS = {
    "sql_time_limit_ms": 5000,  # a ranked search over millions of facts takes a moment
    "facet_time_limit_ms": 1000,
    "default_page_size": 50,
    "default_facet_size": 8,  # a few values per facet, then "more": the rows come first
    "truncate_cells_html": 0,  # evidence sentences are the point: never cut them
}


class ServeError(Exception):
    """The database cannot be served."""


@lru_cache(maxsize=1)
def load_metadata() -> dict:
    """The packaged metadata.yaml, with each canned query's SQL taken from `store` (shared: do
    not modify)."""
    text = resources.files(__package__).joinpath("metadata.yaml").read_text(encoding="utf-8")
    metadata = yaml.safe_load(text)
    queries = metadata["databases"][DATABASE_NAME].get("queries", {})
    for name, query in queries.items():
        query.setdefault("sql", store.CANNED_SQL[name].strip())
    return metadata


def make_datasette(db_path, immutable: bool = False):
    """A Datasette instance serving one newsmine database under /newsmine, read-only."""
    from datasette.app import Datasette, DatasetteClient
    from datasette.database import Database
    from datasette.plugins import pm

    from . import plugin

    path = Path(db_path)
    if not path.is_file():
        raise ServeError(f"{path}: no such database (build one with `make demo`)")
    try:  # a reader: it checks the file is a newsmine database it can read, and changes nothing
        db = store.open_db(path, readonly=True)
    except store.StoreError as error:
        raise ServeError(str(error)) from None
    current = store.views_current(db)
    db.close()
    if not current:  # the pages are built on the views: older ones lack columns they show
        raise ServeError(f"{path}: its views are older than this newsmine's; "
                         "run `newsmine extract` on it once to upgrade them")
    if not pm.is_registered(plugin):
        pm.register(plugin, name="newsmine")
    ds = Datasette(metadata=load_metadata(), settings=SETTINGS)
    ds.remove_database("_memory")  # added by Datasette when it starts with no file: nothing in it
    # Read-only either way: a mutable database is still read through mode=ro connections, and
    # nothing here writes. Immutable is faster but must not be used while the pipeline writes.
    ds.add_database(Database(ds, path=str(path), is_mutable=not immutable), name=DATABASE_NAME)
    # The in-process client's routes were made before the database was there; the plugin's
    # routes (the home page) depend on it, so they are made again.
    ds.client = DatasetteClient(ds)
    return ds


def serve(db_path, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False) -> None:
    """Run Datasette on the database until interrupted."""
    import asyncio

    import uvicorn

    ds = make_datasette(db_path, immutable=immutable)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
