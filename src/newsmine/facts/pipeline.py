"""The spaCy Language that finds facts: one tokenisation, then one component per fact type.

The tokenizer splits sentences with `sentences.split_sentences` and words with the same regular
expression the extractors read (`words.TOKEN`), so `doc.text` is exactly the article text and
every offset holds. The four components are factories (`newsmine_officials`, …) that share one
per-sentence analysis (`context.analyse`), cached on the Doc, and each writes its facts on
`doc._.facts` and a span group `doc.spans[kind]`; `newsmine_obstacle_filter` then drops the
obstacle candidates the learned model (obstacles/model.py) finds unlikely. Optional layers
registered elsewhere (see `newsmine.nlp`) may run before them; a `PER` entity they set on the Doc
adds a personal name. The components are the steps of steps.py, which `extract_facts` runs
without spaCy: the same facts as `load_pipeline()` (a test holds them to it)."""

from functools import lru_cache

from ..textnorm import normalize_tones, normalize_with_offsets
from .obstacles.model import load_model
from .places import short_province
from .records import Facts
from .spacy_lite import spacy
from .steps import KINDS, ArticleState, drop_echoes, filter_obstacles, find, text_sentences
from .words import TOKEN

Language, Doc, Vocab = spacy.language.Language, spacy.tokens.Doc, spacy.vocab.Vocab

LABELS = {"organizations": "ORG", "officials": "PER", "figures": "FIGURE", "obstacles": "OBSTACLE"}

for _name in ("province", "published", "facts", "sentences"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class SentenceTokenizer:
    """Text → Doc of the extractors' own tokens, sentence starts set by the splitter."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        spans = text_sentences(text)
        return doc_from_spans(self.vocab, text, spans,
                              [[(m.start(), m.end()) for m in TOKEN.finditer(text, s, e)] for s, e in spans])


def doc_from_spans(vocab: Vocab, text: str, sentences: list[tuple[int, int]],
                   words: list[list[tuple[int, int]]]) -> Doc:
    """A Doc whose tokens are the given word spans of each sentence and the white space between
    them, so that `doc.text == text`; the sentence spans are kept in `doc.user_data`."""
    tokens, spaces, starts = [], [], []
    cursor = 0
    flat = [(b, e, k == 0) for sentence in words for k, (b, e) in enumerate(sentence)]
    # each word, then the white space up to the next one: one space is the word's trailing
    # space, anything more (or anything else) is a token of its own
    for begin, finish, first in flat + [(len(text), len(text), False)]:
        gap = text[cursor:begin]
        if tokens and gap.startswith(" "):
            spaces[-1], gap = True, gap[1:]
        if gap:
            tokens.append(gap)
            spaces.append(False)
            starts.append(False)
        if finish > begin:
            tokens.append(text[begin:finish])
            spaces.append(False)
            starts.append(first)
        cursor = max(cursor, finish)
    if starts:
        starts[0] = True
    doc = Doc(vocab, words=tokens, spaces=spaces, sent_starts=starts)
    doc.user_data["sentence_spans"] = sentences
    doc.user_data["text"] = text
    return doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept when the Doc was made (spaCy joins every token's text on each call)."""
    text = doc.user_data.get("text")
    return doc.text if text is None else text


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character spans of the Doc's sentences."""
    spans = doc.user_data.get("sentence_spans")
    if spans is None:
        spans = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    return spans


def _state(doc: Doc, analysed: bool = True) -> ArticleState:
    """The fact steps' state of the Doc (steps.py), kept on it as `_.sentences` and `_.facts`;
    the per-sentence analysis is computed once per Doc, when `analysed`."""
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"] \
        if analysed and doc._.sentences is None else []
    state = ArticleState(doc_text(doc), sentence_spans(doc), doc._.province, doc._.published, people,
                         doc._.sentences, Facts() if doc._.facts is None else doc._.facts)
    if analysed:
        state.analysed()
    doc._.sentences, doc._.facts = state.sentences, state.facts
    return state


class FactComponent:
    """Sets `doc._.facts.<kind>` and the span group `doc.spans[<kind>]`."""

    def __init__(self, kind: str):
        self.kind = kind

    def __call__(self, doc: Doc) -> Doc:
        facts = find(_state(doc), self.kind)
        doc.spans[self.kind] = _span_group(doc, self.kind, facts)
        return doc


def _span_group(doc: Doc, kind: str, facts: list) -> list:
    """The spans of the Doc covering `facts` (expanded to whole tokens)."""
    spans = (doc.char_span(f.start, f.end, label=LABELS[kind], alignment_mode="expand") for f in facts)
    return [s for s in spans if s is not None]


for _kind in KINDS:
    Language.factory(f"newsmine_{_kind}", assigns=["doc.spans"], default_config={"kind": _kind},
                     func=lambda nlp, name, kind: FactComponent(kind))


class ObstacleFilter:
    """Drops the rule candidates for obstacles that the learned model (obstacles/model.py) finds
    unlikely, and names the model in the `rule` of those it keeps (steps.filter_obstacles)."""

    def __init__(self, model):
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        kept = filter_obstacles(_state(doc, analysed=False), self.model)
        doc.spans["obstacles"] = _span_group(doc, "obstacles", kept)
        return doc


@Language.factory("newsmine_obstacle_filter", requires=["doc.spans"], assigns=["doc.spans"])
def _obstacle_filter(nlp: Language, name: str):
    return ObstacleFilter(load_model())


@Language.component("newsmine_obstacle_echoes", requires=["doc.spans"], assigns=["doc.spans"])
def _obstacle_echoes(doc: Doc) -> Doc:
    """Drops the obstacles that tell again one kept before them (steps.drop_echoes)."""
    doc.spans["obstacles"] = _span_group(doc, "obstacles", drop_echoes(_state(doc, analysed=False)))
    return doc


def blank() -> Language:
    """A Vietnamese Language with the facts' own tokenizer and no component."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = SentenceTokenizer(nlp.vocab)
    return nlp


def add_fact_components(nlp: Language, obstacle_filter: bool = True, echoes: bool = True) -> Language:
    """The four fact components, then the learned obstacle filter when asked for and shipped, then
    the step that drops an obstacle told again (not when training the filter on the candidates)."""
    for kind in KINDS:
        nlp.add_pipe(f"newsmine_{kind}")
    if obstacle_filter and load_model() is not None:
        nlp.add_pipe("newsmine_obstacle_filter")
    if echoes:
        nlp.add_pipe("newsmine_obstacle_echoes")
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The annotate pipeline: the facts' tokenizer and the four fact components."""
    return add_fact_components(blank())


def run(nlp: Language, text: str, province: str | None = None, published: str | None = None) -> Doc:
    """Run `nlp` on one article, the province and publication date set on the Doc first."""
    doc = nlp.make_doc(text)
    doc._.province, doc._.published = short_province(province), published
    return nlp(doc)


def run_as_annotated(nlp: Language, text: str, province: str | None = None,
                     published: str | None = None) -> Doc:
    """`run` on the text and province as `extract_facts` normalises them (tone marks, spaces), so
    training and the ablation see what annotate sees; the Doc's offsets are into that text."""
    return run(nlp, normalize_with_offsets(text)[0], province and normalize_tones(province), published)
