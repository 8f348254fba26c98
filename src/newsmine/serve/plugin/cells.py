"""How a fact's cells read in Datasette: values in the units a Vietnamese reader writes
("287 tỷ đồng", "12,5 %"), aliases as a list, categories in both languages, ids as links,
the evidence sentence with its fact marked and a link to the page behind it."""

import json
from urllib.parse import urlencode

from markupsafe import Markup, escape

from ... import store
from ...search import highlight_spans

# In a row that has a `sentence`, the first of these columns present is the fact to mark.
FACT_COLUMNS = ("fact", "surface", "text", "name")
# Base units as written after a number, and the large-number words of money.
UNIT_WORDS = {
    "percent": "%", "household": "hộ", "person": "người", "tonne": "tấn", "m2": "m²",
    "m3": "m³", "count": "",
}
_MONEY = {"VND": "đồng", "USD": "USD"}
_SCALES = [(1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn")]
# Which table a view's `id` belongs to, so that a view's row links to its fact's own row.
VIEW_FACT_TABLE = {
    "official_posts": "officials", "figures_by_article": "figures",
    "obstacles_by_article": "obstacles", "organization_mentions_by_article": "organization_mentions",
}
# Id columns of views and canned queries, and the table each one names a row of.
ID_LINKS = {"person_id": ("persons", "người / person"),
            "organization_id": ("organizations", "tổ chức / organisation"),
            "article_id": ("articles", "bài / article")}


def vietnamese_number(value: float, decimals: int = 2) -> str:
    """A number as Vietnamese writes it: "." between thousands, "," before decimals, no
    trailing zeros (1234567.5 → "1.234.567,5")."""
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:,.0f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def format_value(value, unit: str | None, item: str | None = None) -> str | None:
    """A figure's value in its unit as a reader writes it, or None when it is no number."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    if unit in _MONEY:
        for scale, word in _SCALES:
            if abs(value) >= scale:
                return f"{vietnamese_number(value / scale)} {word} {_MONEY[unit]}"
        return f"{vietnamese_number(value)} {_MONEY[unit]}"
    if unit == "percent":
        return f"{vietnamese_number(value)} %"
    if unit == "rank":
        return f"thứ {vietnamese_number(value)}"
    word = UNIT_WORDS.get(unit or "", unit or "")
    if unit in ("count", None) and item:
        word = item
    return f"{vietnamese_number(value)} {word}".strip()


def evidence_url(datasette, article_id, start=None, end=None, fact=None, sentence=None) -> str:
    """The page behind a fact: the stored snapshot of its article, the fact marked (by its
    offsets, or by its words in its sentence when a row has no offsets)."""
    if start is not None and end is not None:
        query = urlencode({"start": start, "end": end})
    else:
        query = urlencode({"fact": fact, "sentence": sentence or ""}) if fact else ""
    path = datasette.urls.path(f"/-/evidence/{article_id}")
    return f"{path}?{query}#newsmine-fact" if query else path


def _columns(row) -> set:
    """A row's column names (`in` on a sqlite3.Row looks at its values)."""
    return set(row.keys())


def _get(row, key):
    """A column's value; a foreign key Datasette expanded to {value, label} gives its value."""
    value = row[key] if key in _columns(row) else None
    return value["value"] if isinstance(value, dict) and "value" in value else value


def _fact(row) -> str | None:
    keys = _columns(row)
    return next((row[k] for k in FACT_COLUMNS if k in keys and isinstance(row[k], str)), None)


def _sentence(row, value, datasette):
    fact = _fact(row)
    marked = Markup("").join(
        Markup("<mark>{}</mark>").format(text) if is_fact else escape(text)
        for text, is_fact in highlight_spans(value, fact))
    html = Markup('<span class="newsmine-evidence">{}</span>').format(marked)
    article_id = _get(row, "article_id")
    if article_id is not None:
        url = evidence_url(datasette, article_id, _get(row, "start"), _get(row, "end"), fact, value)
        html += Markup(' <a class="newsmine-page-link" href="{}">trang gốc / source page</a>').format(url)
    return html


def _aliases(value):
    try:
        aliases = json.loads(value)
    except (TypeError, ValueError):
        return None
    if not isinstance(aliases, list):
        return None
    return Markup('<ul class="newsmine-aliases">{}</ul>').format(
        Markup("").join(Markup("<li>{}</li>").format(a) for a in aliases))


def _id_link(datasette, database, table, value, label):
    url = datasette.urls.row(database, table, str(value))
    return Markup('<a href="{}" title="{}">{}</a>').format(url, value, label)


def render(row, value, column, table, database, datasette):
    """Markup for one cell, or None to leave it to Datasette."""
    if value is None:
        return None
    raw_table = table in store.TABLES
    if column == "sentence" and isinstance(value, str) and value:
        return _sentence(row, value, datasette)
    if column == "article_title" and _get(row, "article_id") is not None:
        url = evidence_url(datasette, _get(row, "article_id"), _get(row, "start"), _get(row, "end"),
                           _fact(row), _get(row, "sentence"))
        return Markup('<a href="{}">{}</a>').format(url, value)
    if column == "value" and "unit" in _columns(row):
        text = format_value(value, row["unit"], _get(row, "item"))
        return Markup('<span class="newsmine-value" title="{}">{}</span>').format(value, text) if text else None
    if column == "category" and value in store.CATEGORY_LABELS:
        return store.CATEGORY_LABELS[value]
    if column == "published" and isinstance(value, str) and len(value) > 10:
        return Markup('<time datetime="{}">{}</time>').format(value, value[:10])  # the day
    if column == "aliases":
        return _aliases(value)
    if table == "articles" and column == "title" and _get(row, "id") is not None:
        return Markup('<a href="{}">{}</a>').format(evidence_url(datasette, _get(row, "id")), value)
    if raw_table:  # Datasette links a table's own keys and foreign keys itself
        return None
    if column in ("url", "url_1", "url_2") and isinstance(value, str):
        # As text: the title links to the stored page, which works when the site is gone.
        return Markup('<span class="newsmine-url" title="{}">{}</span>').format(value, value)
    if column == "id" and table in VIEW_FACT_TABLE:
        return _id_link(datasette, database, VIEW_FACT_TABLE[table], value, "dữ kiện / fact")
    if column in ID_LINKS:
        return _id_link(datasette, database, *ID_LINKS[column][:1], value, ID_LINKS[column][1])
    return None
