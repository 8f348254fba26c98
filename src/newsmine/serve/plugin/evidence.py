"""`/-/evidence/{article_id}?start=S&end=E`: the page behind a fact. The stored snapshot of
the article's page (from `pages`, so it works after the site is gone), made inert, with the
fact's text marked and scrolled into view; the original URL as text. An article whose page was
not stored shows its extracted text instead."""

import secrets
import zlib

import lxml.html
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from . import snapshot

ARTICLE_SQL = """SELECT a.id, a.url, a.title, a.published, a.province, a.source, a.text,
       p.body, p.encoding, p.fetched_at
FROM articles a LEFT JOIN pages p ON p.url = a.page_url WHERE a.id = ?"""
STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #222; background: #fff; }
header.newsmine { background: #f3f1e8; border-bottom: 1px solid #ccc; padding: .8em 1.2em; }
header.newsmine h1 { font-size: 1.2em; margin: 0 0 .3em; }
header.newsmine p { margin: .2em 0; }
header.newsmine code { word-break: break-all; background: #fff; padding: 0 .2em; }
.notice { color: #8a4b00; }
main.newsmine { max-width: 48em; margin: 1em auto; padding: 0 1.2em; }
mark { background: #ffe14d; padding: 0 .1em; outline: 2px solid #e0a800; }
#newsmine-fact { scroll-margin: 40vh 0; }
.newsmine-image { color: #777; font-size: .85em; }
"""
SCROLL = "document.getElementById('newsmine-fact')?.scrollIntoView({block: 'center'});"


def _error(status: int, message: str) -> Response:
    page = Markup("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{}</title>"
                  "</head><body><p>{}</p></body></html>").format(message, message)
    return Response.html(str(page), status=status, headers=_headers(None))


def _headers(nonce: str | None) -> dict:
    own = f"'nonce-{nonce}'" if nonce else "'none'"  # only newsmine's own style and script
    return {
        "Content-Security-Policy": (
            f"default-src 'none'; style-src {own}; img-src 'none'; script-src {own}; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


def _offsets(request, text: str):
    """(start, end) from the query string (or where `fact` first stands in the text, in its
    `sentence` when given), None when absent; a str with the reason when wrong."""
    start, end = request.args.get("start"), request.args.get("end")
    if start in (None, "") and end in (None, ""):
        fact = (request.args.get("fact") or "").strip()
        sentence = (request.args.get("sentence") or "").strip()
        found = text.find(fact, max(text.find(sentence), 0) if sentence else 0) if fact else -1
        return (found, found + len(fact)) if found >= 0 else None
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        return "start and end must both be whole numbers / start và end phải là số nguyên"
    if not 0 <= start < end <= len(text):
        return (f"start={start}, end={end} is outside this article's text (0 to {len(text)} "
                f"characters) / vị trí nằm ngoài văn bản bài báo")
    return start, end


async def evidence(datasette, request):
    from .. import DATABASE_NAME

    article_id = request.url_vars["article_id"]
    if DATABASE_NAME not in datasette.databases:
        return _error(404, f"no database named {DATABASE_NAME}")
    row = None
    if article_id.lstrip("-").isdigit():
        result = await datasette.get_database(DATABASE_NAME).execute(ARTICLE_SQL, [int(article_id)])
        row = result.first()
    if row is None:
        return _error(404, f"Không có bài báo {article_id} / no article with id {article_id}")
    article = dict(row)
    offsets = _offsets(request, article["text"])
    if isinstance(offsets, str):
        return _error(400, offsets)
    nonce = secrets.token_urlsafe(16)
    return Response.html(render(datasette, article, offsets, nonce), headers=_headers(nonce))


def _extracted_text(text: str, offsets) -> Markup:
    """The article's extracted text as paragraphs, the span at `offsets` marked."""
    start, end = offsets or (len(text), len(text))
    before, fact, after = text[:start], text[start:end], text[end:]
    html = escape(before) + (Markup('<mark id="{}">{}</mark>').format(snapshot.MARK_ID, fact)
                             if fact else Markup("")) + escape(after)
    return Markup("<p>{}</p>").format(Markup(str(html).replace("\n", "</p><p>")))


def _body(article, offsets) -> tuple[Markup, str]:
    """The page's content and a notice for the reader ("" when all went as asked)."""
    if article["body"] is None:
        return (_extracted_text(article["text"], offsets),
                ("Trang gốc không được lưu; đây là văn bản đã trích / the page was not stored: "
                 "this is the text extracted from it."))
    try:
        raw = zlib.decompress(article["body"])
    except zlib.error:
        raw = b""
    body = snapshot.clean(snapshot.parse(raw, article["encoding"]))
    if offsets:
        start, end = offsets
        text = article["text"]
        if not snapshot.mark(body, text[start:end], text[max(0, start - 80):start]):
            return (_extracted_text(text, offsets),
                    ("Không tìm thấy đoạn này trong trang đã lưu; đây là văn bản đã trích / the "
                     "fact's text was not found in the stored page: this is the text extracted "
                     "from it."))
    return Markup(lxml.html.tostring(body, encoding="unicode")), ""


def render(datasette, article, offsets, nonce: str) -> str:
    content, notice = _body(article, offsets)
    fact = article["text"][offsets[0]:offsets[1]] if offsets else ""
    back = datasette.urls.row("newsmine", "articles", str(article["id"]))
    page = Markup("""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style nonce="{nonce}">{style}</style></head>
<body><header class="newsmine">
<h1>{title}</h1>
<p>{published} · {province} · {source} · <a href="{back}">bài trong cơ sở dữ liệu / the article's row</a></p>
<p>Địa chỉ gốc / original URL: <code>{url}</code>{fetched}</p>
{fact}{notice}
</header>
<main class="newsmine">{content}</main>
<script nonce="{nonce}">{scroll}</script>
</body></html>""")
    return str(page.format(
        title=article["title"] or article["url"], style=Markup(STYLE),
        published=article["published"] or "?", province=article["province"] or "?",
        source=article["source"] or "?", back=back, url=article["url"],
        fetched=Markup(" · lưu lúc / stored {}").format(article["fetched_at"]) if article["fetched_at"] else "",
        fact=Markup("<p>Dữ kiện / fact: <strong>{}</strong></p>").format(fact) if fact else "",
        notice=Markup('<p class="notice">{}</p>').format(notice) if notice else "",
        content=content, nonce=nonce, scroll=Markup(SCROLL)))
