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


# One component per fact type: (kind, span label, extractor of the Doc's facts of that kind).
FACT_COMPONENTS = [
    ("organizations", "ORG", lambda doc: context.extract_organizations(_sentences(doc), doc._.province)),
    ("officials", "PER", lambda doc: context.extract_officials(_sentences(doc), doc._.province)),
    ("figures", "FIGURE",
     lambda doc: extract_figures(doc.text, sentence_spans(doc), published=doc._.published)),
    ("obstacles", "OBSTACLE", lambda doc: context.extract_obstacles(doc.text, _sentences(doc))),
]


def _fact_component(kind: str, label: str, extract):
    def component(doc: Doc) -> Doc:
        """Set doc._.facts.<kind> and the span group doc.spans[<kind>]."""
        _sentences(doc)
        setattr(doc._.facts, kind, extract(doc))
        _span_group(doc, kind, getattr(doc._.facts, kind), label)
        return doc

    return component


for _kind, _label, _extract in FACT_COMPONENTS:
    Language.component(f"newsmine_{_kind}", assigns=["doc.spans"], func=_fact_component(_kind, _label, _extract))


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    nlp = blank_vietnamese()
    nlp.add_pipe("newsmine_pos")
    for kind, _, _ in FACT_COMPONENTS:
        nlp.add_pipe(f"newsmine_{kind}")
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
