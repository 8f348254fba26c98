"""Vietnamese NLP: the one package that uses underthesea; turns article text into facts."""

from ..facts.model import Facts

ANNOTATOR_VERSION = "nlp-0.1"


def annotate_text(text: str, province: str | None = None, published: str | None = None) -> Facts:
    """All facts of one article text (offsets into `text`)."""
    return Facts()
