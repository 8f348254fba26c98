"""Vietnamese NLP: the one package that uses underthesea; turns article text into facts.

`load_pipeline()` builds the spaCy Language (underthesea tokenizer and tagger, then one
component per fact type, each writing a span group and its facts on the Doc);
`annotate_text()` runs it on one article."""

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import context
from ..facts.figures import extract_figures
from ..facts.model import Facts
from .language import blank_vietnamese, pos_tagger, sentence_spans

ANNOTATOR_VERSION = "nlp-0.2"

for _name in ("province", "published", "facts", "sentences"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _sentences(doc: Doc) -> list[context.Sentence]:
    """The shared per-sentence analysis, computed once per Doc."""
    if doc._.sentences is None:
        doc._.sentences = context.analyse(doc.text, sentence_spans(doc))
    if doc._.facts is None:
        doc._.facts = Facts()
    return doc._.sentences


def _span_group(doc: Doc, name: str, facts, label: str) -> None:
    spans = (doc.char_span(f.start, f.end, label=label, alignment_mode="expand") for f in facts)
    doc.spans[name] = [s for s in spans if s is not None]


@Language.component("newsmine_pos", assigns=["token.tag"])
def pos_component(doc: Doc) -> Doc:
    return pos_tagger(doc)


@Language.component("newsmine_organizations", assigns=["doc.spans"])
def organizations_component(doc: Doc) -> Doc:
    sentences = _sentences(doc)
    doc._.facts.organizations = context.extract_organizations(sentences, doc._.province)
    _span_group(doc, "organizations", doc._.facts.organizations, "ORG")
    return doc


@Language.component("newsmine_officials", assigns=["doc.spans"])
def officials_component(doc: Doc) -> Doc:
    sentences = _sentences(doc)
    doc._.facts.officials = context.extract_officials(sentences, doc._.province)
    _span_group(doc, "officials", doc._.facts.officials, "PER")
    return doc


@Language.component("newsmine_figures", assigns=["doc.spans"])
def figures_component(doc: Doc) -> Doc:
    _sentences(doc)
    doc._.facts.figures = extract_figures(doc.text, sentence_spans(doc), published=doc._.published)
    _span_group(doc, "figures", doc._.facts.figures, "FIGURE")
    return doc


@Language.component("newsmine_obstacles", assigns=["doc.spans"])
def obstacles_component(doc: Doc) -> Doc:
    sentences = _sentences(doc)
    doc._.facts.obstacles = context.extract_obstacles(doc.text, sentences)
    _span_group(doc, "obstacles", doc._.facts.obstacles, "OBSTACLE")
    return doc


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    nlp = blank_vietnamese()
    for component in ("newsmine_pos", "newsmine_organizations", "newsmine_officials",
                      "newsmine_figures", "newsmine_obstacles"):
        nlp.add_pipe(component)
    return nlp


def annotate_doc(text: str, province: str | None = None, published: str | None = None) -> Doc:
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    doc._.province, doc._.published = province, published
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def annotate_text(text: str, province: str | None = None, published: str | None = None) -> Facts:
    """All facts of one article text (offsets into `text`)."""
    doc = annotate_doc(text, province, published)
    return doc._.facts or Facts()
