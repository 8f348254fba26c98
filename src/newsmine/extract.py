"""HTML → article: the one module that uses trafilatura."""

from dataclasses import dataclass, field

import trafilatura

from .textnorm import normalize_text

EXTRACTOR_VERSION = "extract-0.1"


class ExtractError(Exception):
    """A page that holds no article (empty, binary, no body)."""


@dataclass
class ExtractedArticle:
    text: str
    title: str | None = None
    sapo: str | None = None
    published: str | None = None
    author: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    origin: str | None = None
    captions: list[tuple[int, int]] = field(default_factory=list)


def extract_article(html: bytes | str, url: str | None = None, hints: dict | None = None) -> ExtractedArticle:
    """Extract one article from a page; raise ExtractError when there is none."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        raise ExtractError("empty page")
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise ExtractError("no article body")
    body = normalize_text(doc.text)
    title = normalize_text(doc.title or "") or None
    text = "\n".join(p for p in (title, body) if p)
    return ExtractedArticle(
        text=text, title=title, published=doc.date, author=doc.author,
        canonical_url=doc.url, tags=list(doc.tags or []),
    )
