"""The chain for one gold record: text (or HTML) → facts, as a prediction line in gold format."""

from collections.abc import Callable

from .extract import clean_plain_text, infer_province
from .facts import Facts, extract_facts
from .gold import GoldArticle

# (text, province, published) → Facts: the fact stage, or a variant of it (the ablation's)
Annotator = Callable[[str, str | None, str | None], Facts]


def _extract_facts(text: str, province: str | None, published: str | None) -> Facts:
    return extract_facts(text, province=province, published=published)


def gold_input_text(article: GoldArticle) -> tuple[str, str | None]:
    """The text to annotate for a gold record (from `text`, or extracted from `html_path`)."""
    if article.html_file is not None:
        from .extract import extract_article

        extracted = extract_article(article.html_file.read_bytes(), url=article.record.get("url"))
        return extracted.text, extracted.published
    return clean_plain_text(article.record["text"]), article.record.get("published")


def predict_record(article: GoldArticle, annotate: Annotator = _extract_facts) -> dict:
    """One prediction line in gold format."""
    text, published = gold_input_text(article)
    province = article.record.get("province") or infer_province(text.split("\n", 1)[0], None, text)
    facts = annotate(text, province, published or article.record.get("published"))
    return {"id": article.id, "province": province, **facts.as_gold()}


def _predict_or_error(article: GoldArticle) -> dict:
    try:
        return predict_record(article)
    except Exception as error:  # noqa: BLE001 - one bad page must not stop the batch
        return {"id": article.id, "error": str(error)}


def predict_records(articles: list[GoldArticle], jobs: int = 1):
    """Prediction lines for `articles`, in order, computed in `jobs` processes; a record that
    failed is {"id", "error"}."""
    if jobs <= 1 or len(articles) <= 1:
        yield from map(_predict_or_error, articles)
        return
    from .workers import worker_pool

    with worker_pool(jobs) as pool:
        yield from pool.map(_predict_or_error, articles, chunksize=2)
