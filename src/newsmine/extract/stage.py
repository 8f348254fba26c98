"""The stage room: `newsmine extract` over the database: pages → articles, one transaction
per page, bad pages recorded in extract_errors, republications linked at the end."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .. import duplicates, store
from ..limits import TimeLimitExceeded, time_limit
from .core import extract_article
from .decode import ExtractError
from .province import infer_province

# The pages that hold an article: those the crawler classified as one, and those it stored
# without a kind (a page given by URL, an older crawl); a listing, feed or sitemap never does.
ARTICLE_PAGE_KINDS = ("article", None)
EXTRACTOR_VERSION = "extract-1.4"  # 1.1: the guardrail against a wrong block; 1.2: teasers, signature;
# 1.3: the guardrail reads the page a second time only when prose outside links stands beside ours;
# 1.4: subheadings in a body block trafilatura does not know, lists of headlines, footers read as a body


@dataclass
class ExtractSummary:
    """What one `newsmine extract` run did, printed as a few lines."""

    extracted: int = 0
    skipped: int = 0
    failed: Counter = field(default_factory=Counter)
    duplicates: int = 0
    fallbacks: int = 0  # pages whose body came from trafilatura's own reading (the guardrail)
    reclassified: int = 0  # stored pages taken for listings that a newer classifier calls articles

    def __str__(self) -> str:
        return "; ".join(line.strip() for line in self.lines())

    def lines(self) -> list[str]:
        out = [(f"extracted {self.extracted}, skipped {self.skipped} (already extracted by "
                f"{EXTRACTOR_VERSION} or not articles), failed {sum(self.failed.values())}, "
                f"duplicates linked {self.duplicates}")]
        out += [f"  failed: {reason}: {n}" for reason, n in self.failed.most_common()]
        if self.reclassified:
            out.append(f"  {self.reclassified} stored page(s) classified again as articles")
        if self.fallbacks:
            out.append(f"  {self.fallbacks} page(s) kept too little body: trafilatura's own text used")
        return out


def _failure(error: Exception) -> tuple[str, str]:
    """(the reason stored for the page, the kind it is counted under)."""
    if isinstance(error, ExtractError):
        return str(error), str(error).split(" (")[0]
    if isinstance(error, TimeLimitExceeded):
        return f"time limit: {error}", "time limit"
    kind = f"internal error: {type(error).__name__}"
    return f"{kind}: {error}", kind


def _article_row(page: dict, page_url: str, article, province: str | None) -> dict:
    """The `articles` row of an extracted page."""
    return {
        "url": page.get("final_url") or page_url, "page_url": page_url,
        "canonical_url": article.canonical_url, "source": page.get("source"),
        "title": article.title, "sapo": article.sapo, "published": article.published,
        "updated": article.updated, "author": article.author, "section": article.section,
        "tags": article.tags, "origin": article.origin, "text": article.text,
        "province": province, "site_name": article.site_name,
        "extractor_version": EXTRACTOR_VERSION,
        "extracted_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def reclassify_pages(db, sources: dict) -> int:
    """When the crawler's page classifier has changed, classify again the stored pages it took
    for listings (no refetch); returns how many are now article pages."""
    from ..crawl.parse import CLASSIFIER_VERSION, parse_body

    kinds = {}
    for url in store.pages_classified_before(db, CLASSIFIER_VERSION):
        page = store.read_page(db, url)
        hints = (sources.get(page.get("source")) or {}).get("hints")
        parsed = parse_body(page["body"], page.get("final_url") or url, page.get("content_type"), hints,
                            page.get("encoding"))
        if parsed is not None and parsed.kind == "article":
            kinds[url] = "article"
    store.save_page_kinds(db, kinds, CLASSIFIER_VERSION)
    return len(kinds)


def extract_pages(db, force: bool = False, source: str | None = None, track=None,
                  seconds_per_page: int = 30) -> ExtractSummary:
    """pages → articles for every article page not yet extracted by this version; bad pages go
    to extract_errors (a page over the time limit too: it is not tried again until the
    extractor version changes) and the batch goes on; republications are linked at the end.
    `track(iterable, total)` may wrap the loop (a progress bar)."""
    summary = ExtractSummary()
    sources = store.sources_info(db)
    summary.reclassified = reclassify_pages(db, sources)
    pending, total = store.pages_to_extract(db, EXTRACTOR_VERSION, force=force, source=source,
                                            kinds=ARTICLE_PAGE_KINDS)
    summary.skipped = total - len(pending)
    urls = track(pending, len(pending)) if track else pending
    for page_url in urls:
        page = store.read_page(db, page_url)
        info = sources.get(page.get("source")) or {}
        try:
            with time_limit(seconds_per_page):  # a pathological page is recorded, the batch goes on
                article = extract_article(page["body"], url=page.get("final_url") or page_url,
                                          hints=info.get("hints"), content_type=page.get("content_type"))
        except Exception as error:  # noqa: BLE001 - one bad page never stops the batch; its reason is kept
            reason, kind = _failure(error)
            store.save_extract_error(db, page_url, reason, EXTRACTOR_VERSION)
            summary.failed[kind] += 1
            continue
        province = (info.get("province") or infer_province(article.title, article.sapo, article.text)
                    or article.publisher_province)
        store.save_extracted_article(db, _article_row(page, page_url, article, province), article.captions)
        summary.extracted += 1
        summary.fallbacks += article.fallback is not None
    if summary.extracted or force:
        summary.duplicates = duplicates.link_duplicates(db)
    return summary
