"""The chain for one gold record or one stored article: text → facts."""

from .extract import clean_plain_text, extract_article, infer_province
from .gold import GoldArticle
from .nlp import annotate_text


def gold_input_text(article: GoldArticle) -> tuple[str, str | None]:
    """The text to annotate for a gold record (from `text`, or extracted from `html_path`)."""
    if article.html_file is not None:
        extracted = extract_article(article.html_file.read_bytes(), url=article.record.get("url"))
        return extracted.text, extracted.published
    return clean_plain_text(article.record["text"]), article.record.get("published")


def predict_record(article: GoldArticle) -> dict:
    """One prediction line in gold format."""
    text, published = gold_input_text(article)
    province = article.record.get("province") or infer_province(text.split("\n", 1)[0], None, text)
    facts = annotate_text(text, province=province, published=published or article.record.get("published"))
    return {"id": article.id, "province": province, **facts.as_gold()}
