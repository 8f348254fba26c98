"""HTML → article: the extract stage, the one package that uses trafilatura.

`extract_article` turns one page into an `ExtractedArticle` (pure, no database): the page is
decoded (charset from the bytes, not only from what the page declares), parsed, repaired
with BeautifulSoup where a source's hints say so (`body_css`, `drop_css`), cleared of boxes
whose heading is in lexicons/boilerplate.tsv, its captions, sapo and byline marked, and then
trafilatura picks the main text. `articles.text` is the title, the sapo and the body blocks,
one a line, normalised by textnorm.normalize_text; captions stay in it as lines of their own
and their spans are listed apart; the attribution line ("Theo Báo …") becomes `origin`.

`extract_pages` runs the stage over the `pages` table, one transaction per page, records
bad pages in `extract_errors` and then links republications (duplicates.py).

The rooms, along trafilatura's seams: decode (bytes → text), dom (element helpers and
marks), selectors (class names, a source's CSS hints), cues (word lists → patterns),
metadata (headline, dates, site, section), repairs (one pass each), unknown_body (the passes
for a page whose body block trafilatura does not know), lines (the text's lines cleaned),
province, core (one page) and stage (the database).
"""

from importlib import import_module

from .cues import box_headings, ui_lines
from .dom import BYLINE, CAPTION, SAPO
from .lines import clean_plain_text
from .province import infer_province, provinces

# names from the rooms that import trafilatura or the store, imported on first use so that
# plain-text callers (`newsmine predict`) start without them
_LAZY = {"ExtractedArticle": "core", "extract_article": "core", "MAX_PAGE_BYTES": "decode",
         "ExtractError": "decode", "decode_html": "decode", "EXTRACTOR_VERSION": "stage",
         "ExtractSummary": "stage", "extract_pages": "stage"}


def __getattr__(name):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_LAZY[name]}", __name__), name)


__all__ = [
    "BYLINE", "CAPTION", "EXTRACTOR_VERSION", "MAX_PAGE_BYTES", "SAPO", "ExtractError",
    "ExtractSummary", "ExtractedArticle", "box_headings", "clean_plain_text", "decode_html",
    "extract_article", "extract_pages", "infer_province", "provinces", "ui_lines",
]
