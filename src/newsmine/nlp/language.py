"""A spaCy Language for Vietnamese whose tokenizer and tagger wrap underthesea.

Tokens are Vietnamese words from underthesea's word segmentation ("Chủ tịch", "Lò Văn Tiến"),
aligned to the input so that `doc.text` is exactly the article text and offsets hold; POS tags
come from underthesea's CRF tagger run on those words (no second segmentation)."""

import re
from functools import lru_cache
from os.path import dirname, join

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..facts.sentences import split_sentences

_NON_SPACE = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _pos_model():
    import underthesea.pipeline.pos_tag as pos_package
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    model = FastCRFSequenceTagger()
    model.load(join(dirname(pos_package.__file__), "models", "pos_crf_vlsp2013_20230303"))
    return model


def _align(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int]] | None:
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

        spans: list[tuple[int, int]] = []
        sent_starts: set[int] = set()
        split_spans = split_sentences(text)
        for start, end in split_spans:
            segmented = _align(text, start, end, word_tokenize(text[start:end], use_token_normalize=False))
            if segmented is None:  # fall back to white-space tokens, never lose text
                segmented = [(m.start(), m.end()) for m in _whitespace_tokens(text, start, end)]
            if segmented:
                sent_starts.add(segmented[0][0])
            spans.extend(segmented)
        words, spaces, starts = [], [], []
        cursor = 0
        # each word, then the white space up to the next one: one space is the word's trailing
        # space, anything more is a white-space token; the end of the text closes the last gap
        for begin, finish in spans + [(len(text), len(text))]:
            gap = text[cursor:begin]
            if words and gap.startswith(" "):
                spaces[-1], gap = True, gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
                starts.append(False)
            if finish > begin:
                words.append(text[begin:finish])
                spaces.append(False)
                starts.append(begin in sent_starts)
            cursor = finish
        if starts:
            starts[0] = True
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)
        # the sentence spans, kept so that components need not walk doc.sents again
        doc.user_data["sentence_spans"] = [(s, e) for s, e in split_spans if text[s:e].strip()]
        return doc


def _whitespace_tokens(text, start, end):
    return _NON_SPACE.finditer(text, start, end)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character spans of the Doc's sentences."""
    spans = doc.user_data.get("sentence_spans")
    if spans is None:
        spans = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    return spans


def pos_tagger(doc: Doc) -> Doc:
    """POS tags (underthesea's VLSP 2013 tag set: N, Np, V, A, M, CH …) for every sentence."""
    model = _pos_model()
    for start, end in sentence_spans(doc):
        tokens = [t for t in doc.char_span(start, end, alignment_mode="expand") if not t.is_space]
        if not tokens:
            continue
        # the tagger splits words on single spaces; a doubled space inside a word would crash it
        features = [[" ".join(t.text.split())] for t in tokens]
        try:
            tags = model.predict(features)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # noqa: BLE001 - underthesea_core panics (Rust) on odd input: no tags
            tags = ["X"] * len(tokens)
        for token, tag in zip(tokens, tags):
            token.tag_ = tag[2:] if tag[:2] in ("B-", "I-") else tag
    return doc


def blank_vietnamese() -> spacy.Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    return nlp
