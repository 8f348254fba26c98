"""Where a figure is counted: a place opening its sentence ("Tại Hà Nội, …"), which annotators
keep in its measure, and a place said of counted places only to say they are everywhere
("21 tỉnh, thành phố trên cả nước"), which says nothing of them (figure_measure_cues.tsv,
place_lead, place_noun, not_place, generic_place, place_unit)."""

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


def _without_generic_place(f: _Found, head: str, predicate: str) -> tuple[str, str]:
    """ "tại 21 tỉnh, thành phố trên cả nước": the head and what is said of a counted figure,
    without what says only that places are everywhere; the clause before then says what they
    are counted for ("tỉnh, thành phố <Điều tra …> thực hiện tại")."""
    placed = _generic_place_of_unit(head, predicate) if f.counted else None
    if placed is None:
        return head, predicate
    return f"{head} {placed}".strip(), ""


def _generic_place_of_unit(head: str, predicate: str) -> str | None:
    """ "43 tỉnh và thành phố trên toàn quốc", "21 tỉnh, thành phố trên cả nước cho thấy": what
    is said of a counted place unit (figure_measure_cues.tsv, place_unit) that is only where in
    general (generic_place), after the other units joined to it ("và thành phố") and before a
    verb of reporting at most (report), says nothing of those places. The joined units, to go
    with the head ("và thành phố"); None when something is said of them."""
    cues = _lexicons().cues
    units = cues.get("place_unit", frozenset())
    first = head.lower().replace(",", " ").replace("/", " ").split()[:2]
    if not any(tuple(first[:n]) in units for n in (1, 2)):
        return None
    words = predicate.strip(" ,;").split()
    k = 0
    while k < len(words) and words[k].lower().strip(",") in ("và", "hoặc", ""):
        n = next((n for n in (2, 1) if tuple(w.lower().strip(",") for w in words[k + 1 : k + 1 + n]) in units), 0)
        if not n:
            break
        k += 1 + n
    lows = [w.lower().strip(",") for w in words]
    n = next((n for n in (5, 4, 3, 2, 1) if tuple(lows[k : k + n]) in cues.get("generic_place", frozenset())), 0)
    rest = tuple(lows[k + n :])
    if not n or rest and rest not in cues.get("report", frozenset()):
        return None
    return " ".join(words[:k])
