"""newsmine's Datasette plugin, registered by entry point (so plain `datasette data/newsmine.db`
is `newsmine serve`): the search SQL functions on every connection, the packaged metadata and
canned queries for a database named `newsmine`, its home page (templates/), facts that read
(cells), and the page behind every fact at /-/evidence/{article_id} (evidence)."""

from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response, asgi_static

from ... import store
from . import cells, evidence, excel

STATIC = Path(__file__).parent / "static"


def _ours(datasette) -> bool:
    from .. import DATABASE_NAME

    return DATABASE_NAME in datasette.databases


@hookimpl
def prepare_connection(conn):
    store.prepare_search(conn)


@hookimpl
def get_metadata(datasette, key, database, table):
    from .. import load_metadata

    return load_metadata() if _ours(datasette) else {}


@hookimpl
def register_routes(datasette):
    routes = [(r"^/-/evidence/(?P<article_id>[^/]+)$", evidence.evidence),
              (r"^/-/newsmine-static/(?P<path>.*)$", asgi_static(str(STATIC)))]
    if _ours(datasette):  # the home page is the database's: the facts first
        routes.append((r"^/$", lambda datasette: Response.redirect(datasette.urls.database("newsmine"))))
    return routes


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "excel", "render": excel.render_excel,
            "can_render": lambda datasette, database: _ours(datasette) and database == "newsmine"}


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/newsmine-static/newsmine.css")] if _ours(datasette) else []


@hookimpl
def extra_js_urls(datasette):
    return [datasette.urls.path("/-/newsmine-static/newsmine.js")] if _ours(datasette) else []


@hookimpl
def extra_template_vars(datasette, database):
    from .. import load_metadata

    if not _ours(datasette) or database != "newsmine":
        return {}
    tables = load_metadata()["databases"]["newsmine"]["tables"]
    config = load_metadata()["plugins"]["newsmine"]
    links = config.get("fact_table_links", {})
    return {"newsmine_fact_tables": [{"name": n, **tables[n], "links": links.get(n, [])}
                                     for n in config["fact_tables"]]}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if datasette.plugin_config("newsmine") is None:  # another Datasette in this process
        return None
    return cells.render(row, value, column, table, database, datasette)
