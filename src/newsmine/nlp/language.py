"""underthesea's word segmentation, POS tagger and NER as spaCy layers, for the ablation.

`segmented(nlp)` swaps the facts' tokenizer for underthesea's word segmentation aligned to the
text (so `doc.text` is exactly the article text and offsets hold); `newsmine_pos` tags tokens
with underthesea's CRF POS model; `newsmine_ner` sets underthesea's PER, ORG and LOC entities,
which the fact components read as extra personal names."""

import re
from functools import lru_cache
from os.path import dirname, join

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..facts.pipeline import doc_from_spans, doc_text, sentence_spans
from ..facts.sentences import split_sentences

_NON_SPACE = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _pos_model():
    import underthesea.pipeline.pos_tag as pos_package
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    model = FastCRFSequenceTagger()
    model.load(join(dirname(pos_package.__file__), "models", "pos_crf_vlsp2013_20230303"))
    return model


def align(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int]] | None:
    """Offsets of segmented words in text[start:end]; None if segmentation changed the text."""
    spans, pos = [], start
    for word in words:
        while pos < end and text[pos].isspace():
            pos += 1
        begin = pos
        for k, syllable in enumerate(word.split(" ")):
            if k:
                while pos < end and text[pos].isspace():
                    pos += 1
            if not text.startswith(syllable, pos):
                return None
            pos += len(syllable)
        spans.append((begin, pos))
    return spans


class UndertheseaTokenizer:
    """Text → Doc of Vietnamese words, one underthesea segmentation per sentence."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from underthesea import word_tokenize

        sentences = [(s, e) for s, e in split_sentences(text) if text[s:e].strip()]
        words = []
        for start, end in sentences:
            segmented = align(text, start, end, word_tokenize(text[start:end], use_token_normalize=False))
            if segmented is None:  # fall back to white-space tokens, never lose text
                segmented = [(m.start(), m.end()) for m in _NON_SPACE.finditer(text, start, end)]
            words.append(segmented)
        return doc_from_spans(self.vocab, text, sentences, words)


def segmented(nlp: Language) -> Language:
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    return nlp


def _tag(model, features):
    try:
        return model.predict(features)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # noqa: BLE001 - underthesea_core panics (Rust) on odd input: no tags
        return ["X"] * len(features)


@Language.factory("newsmine_pos", assigns=["token.tag"])
def make_pos_tagger(nlp: Language, name: str):
    def pos_tagger(doc: Doc) -> Doc:
        """POS tags (underthesea's VLSP 2013 tag set: N, Np, V, A, M, CH …) for every sentence."""
        model = _pos_model()
        for start, end in sentence_spans(doc):
            tokens = [t for t in doc.char_span(start, end, alignment_mode="expand") if not t.is_space]
            # the tagger splits words on single spaces; a doubled space inside a word would crash it
            for token, tag in zip(tokens, _tag(model, [[" ".join(t.text.split())] for t in tokens])):
                token.tag_ = tag[2:] if tag[:2] in ("B-", "I-") else tag
        return doc

    return pos_tagger


def entity_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of underthesea's named entities in one sentence."""
    from underthesea import ner

    found, pos, current = [], 0, None
    for word, _, _, tag in ner(text) + [("", "", "", "O")]:
        spans = align(text, pos, len(text), [word]) if word else None
        begin, end = spans[0] if spans else (pos, pos)
        pos = end
        if current and (tag == "O" or tag.startswith("B-") or tag[2:] != current[2]):
            found.append(tuple(current))
            current = None
        if tag != "O":
            current = current or [begin, end, tag[2:]]
            current[1] = end
    return found


@Language.factory("newsmine_ner", assigns=["doc.ents"])
def make_entity_recognizer(nlp: Language, name: str):
    def entity_recognizer(doc: Doc) -> Doc:
        """underthesea's PER, ORG, LOC entities as `doc.ents`."""
        spans = []
        for start, end in sentence_spans(doc):
            for b, e, label in entity_spans(doc_text(doc)[start:end]):
                span = doc.char_span(start + b, start + e, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.ents = filter_spans(spans)
        return doc

    return entity_recognizer
