"""The selectors room: the class and id names that mark captions, sapos, bylines, titles,
footers and breadcrumbs on any site, and a source's own CSS hints (`body_css`, `drop_css` in
corpus/sources.yaml) applied before parsing."""

import re


class ClassNames:
    """A case-blind pattern of class and id names whose answer for each name string is kept:
    a site's elements share a few class strings, read by several passes on each of its pages."""

    __slots__ = ("_answers", "pattern")
    KEPT = 8192  # answers kept (ids such as "post-12345" are new on each page: cleared when full)

    def __init__(self, regex: str):
        self.pattern = re.compile(regex, re.IGNORECASE)
        self._answers: dict[str, bool] = {}

    def search(self, names: str) -> bool:
        """The pattern matches somewhere in `names` (dom.attrs: the class, then the id)."""
        answer = self._answers.get(names)
        if answer is None:
            if len(self._answers) >= self.KEPT:
                self._answers.clear()
            answer = self._answers[names] = self.pattern.search(names) is not None
        return answer


CAPTION_CLASS = ClassNames(
    r"caption|chu-?thich|ghi-?chu-?anh|mo-?ta-?anh|image[-_]?(?:desc|note|text)|"
    r"img[-_]?(?:desc|note)|photo[-_]?(?:desc|note|text)|desc[-_]?(?:img|image|photo|anh)|"
    r"fig[-_]?desc|note[-_]?(?:img|image|anh)")
SAPO_CLASS = ClassNames(
    r"sapo|chapeau|tom-?tat|trich-?yeu|(?:^|[\s_-])(?:lead|summary|description|desc|intro|"
    r"excerpt|teaser|abstract|lede)(?:$|[\s_-])")
BYLINE_CLASS = ClassNames(r"author|byline|tac-?gia|nguoi-?viet|writer|signature|nguon|source")
# The byline classes that name where an article was taken from, not who wrote it.
SOURCE_CLASS = ClassNames(r"nguon|source")
FOOTER_CLASS = ClassNames(r"footer|copyright|ban-quyen|bottom-info")
TITLE_CLASS = ClassNames(r"title|tieu-?de|headline")
BREADCRUMB_CLASS = ClassNames(r"breadcrumb|crumbs|duong-?dan|duongdan|path")
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
