"""newsmine's Datasette plugin, registered by entry point (so plain `datasette data/newsmine.db`
is `newsmine serve`): the search SQL functions on every connection, the packaged metadata and
canned queries for a database named `newsmine`, and evidence sentences with their fact marked."""

from datasette import hookimpl
from markupsafe import Markup, escape

from .. import store
from ..search import highlight_spans

# In a row that has a `sentence`, the first of these columns present is the fact to mark.
FACT_COLUMNS = ("fact", "surface", "text", "name")


@hookimpl
def prepare_connection(conn):
    store.ensure_functions(conn)


@hookimpl
def get_metadata(datasette, key, database, table):
    from . import DATABASE_NAME, load_metadata

    return load_metadata() if DATABASE_NAME in datasette.databases else {}


def evidence_html(sentence: str, fact: str | None) -> Markup:
    """The sentence, HTML-escaped, with the fact in <mark>."""
    return Markup("").join(
        Markup("<mark>{}</mark>").format(text) if is_fact else escape(text)
        for text, is_fact in highlight_spans(sentence, fact)
    )


@hookimpl
def render_cell(row, value, column, datasette):
    if column != "sentence" or not isinstance(value, str) or not value:
        return None
    if datasette.plugin_config("newsmine") is None:  # another Datasette in this process
        return None
    keys = row.keys()
    fact = next((row[k] for k in FACT_COLUMNS if k in keys and isinstance(row[k], str)), None)
    if not fact:
        return None
    # Wide enough to read: the evidence is the point of the row.
    return Markup('<span class="newsmine-evidence" style="display:block;min-width:24em">{}</span>'
                  ).format(evidence_html(value, fact))

