"""The selectors room: the class and id names that mark captions, sapos, bylines, titles,
footers and breadcrumbs on any site, and a source's own CSS hints (`body_css`, `drop_css` in
corpus/sources.yaml) applied before parsing."""

import re

CAPTION_CLASS = re.compile(
    r"caption|chu-?thich|ghi-?chu-?anh|mo-?ta-?anh|image[-_]?(?:desc|note|text)|"
    r"img[-_]?(?:desc|note)|photo[-_]?(?:desc|note|text)|desc[-_]?(?:img|image|photo|anh)|"
    r"fig[-_]?desc|note[-_]?(?:img|image|anh)", re.IGNORECASE)
SAPO_CLASS = re.compile(
    r"sapo|chapeau|tom-?tat|trich-?yeu|(?:^|[\s_-])(?:lead|summary|description|desc|intro|"
    r"excerpt|teaser|abstract|lede)(?:$|[\s_-])", re.IGNORECASE)
BYLINE_CLASS = re.compile(r"author|byline|tac-?gia|nguoi-?viet|writer|signature|nguon|source", re.IGNORECASE)
# The byline classes that name where an article was taken from, not who wrote it.
SOURCE_CLASS = re.compile(r"nguon|source", re.IGNORECASE)
FOOTER_CLASS = re.compile(r"footer|copyright|ban-quyen|bottom-info", re.IGNORECASE)
TITLE_CLASS = re.compile(r"title|tieu-?de|headline", re.IGNORECASE)
BREADCRUMB_CLASS = re.compile(r"breadcrumb|crumbs|duong-?dan|duongdan|path", re.IGNORECASE)
# A link to a document rather than to another article.
FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:$|\?)", re.IGNORECASE)

# The element a source's `body_css` names, marked for extract_article to read alone.
BODY_MARK = "data-newsmine-body"


def apply_hints(html: str, hints: dict) -> str:
    """Per-source repairs with BeautifulSoup: drop the boxes `drop_css` names and mark the
    element `body_css` names as the article body."""
    from bs4 import BeautifulSoup

    drop, body = hints.get("drop_css") or [], hints.get("body_css")
    if isinstance(drop, str):
        drop = [drop]
    if not drop and not body:
        return html
    soup = BeautifulSoup(html, "lxml")
    for selector in drop:
        for el in soup.select(selector):
            el.decompose()
    if body:
        found = soup.select_one(body)
        if found is not None:
            found[BODY_MARK] = "1"
    return str(soup)
