"""Where a figure is counted: a place opening its sentence ("Tại Hà Nội, …"), which annotators
keep in its measure (figure_measure_cues.tsv, place_lead, place_noun, not_place)."""

import re

from .candidates import _Found, _Sentence
from .clauses import _words_text
from .tokens import _match_at
from .wordlists import _lexicons

PLACE_WORDS = 6  # "Riêng tại thành phố Hà Nội, …": the words of a place opening a sentence


def _with_fronted_place(sent: _Sentence, f: _Found, measure: str) -> str:
    """ "Riêng tại Hà Nội, tính tới hết tháng 8, khoảng 950 cơ sở lưu trú tạm dừng hoạt động":
    a place opening the sentence before a comma (figure_measure_cues.tsv, place_lead) is where
    every figure after it is counted; annotators keep it ("… tạm dừng hoạt động tại Hà Nội").
    Only a place up to PLACE_WORDS words, holding no number, opening with a capital or a noun of
    places (place_noun), not an event or a document (not_place), and only when the measure does
    not hold it already."""
    if not measure:
        return measure
    cues = _lexicons().cues
    toks = sent.toks
    lead = _match_at(toks, 0, cues.get("place_lead", frozenset()), 2)
    comma = next((j for j in range(lead, min(len(toks), lead + PLACE_WORDS + 1)) if toks[j].text == ","), None)
    if not lead or comma is None or comma == lead or f.text_first <= comma:
        return measure
    place = toks[lead:comma]
    if any(t.kind != "word" for t in place) or _match_at(toks, lead, cues.get("not_place", frozenset()), 2):
        return measure
    if not (place[0].text[:1].isupper() or _match_at(toks, lead, cues.get("place_noun", frozenset()), 2)):
        return measure
    words = _words_text(sent, lead, comma)
    if words.lower() in measure.lower() or re.search(r"\b(tại|ở) (đây|đó)\b", measure.lower()):
        return measure
    return f"{measure} {toks[lead - 1].low} {words}"
