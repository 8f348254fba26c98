"""Parts whose counted noun is left out: "có 690 đơn vị học tập, trong đó có 240 được công nhận",
"hơn 1,16 triệu thí sinh, trong đó gần 1,14 triệu theo chương trình mới". A bare number right
after "trong đó (có)" counts in the unit and noun of the whole the sentence has just named."""

import re

from .candidates import _finish, _Found, _Sentence
from .quantities import _read_digits
from .tokens import _match_before, _words_at
from .wordlists import _lexicons

IN_WHICH = ("trong", "đó")
NEXT_PART = ("và", ",")


def _opener(sent: _Sentence, i: int) -> tuple[str, ...] | None:
    """The words before the number at toks[i] (its qualifier and a "có" left aside): "trong đó"
    opens the parts, "và" or a comma goes on with them; None otherwise."""
    toks = sent.toks
    k = i - _match_before(toks, i, _lexicons().qualifiers_before)
    if k and toks[k - 1].low == "có":
        k -= 1
    if k >= 2 and _words_at(toks, k - 2, 2) == IN_WHICH:
        return IN_WHICH
    return (toks[k - 1].low,) if k and toks[k - 1].low in NEXT_PART else None


def _part(sent: _Sentence, i: int, whole: _Found) -> _Found | None:
    toks = sent.toks
    q = _read_digits(toks, i)
    if q is None or q.value > whole.value or re.fullmatch(r"(19|20)\d\d", toks[i].text):
        return None  # "trong đó 2020 là năm …": a year, no part
    if q.last < len(toks) and (toks[q.last].low == "/" or toks[q.last].low in _lexicons().day_words):
        return None  # "trong đó 2/3 …" a share, "trong đó 4 ngày gần đây" a time
    part = _Found(q.value, whole.unit, i, q.last, item=whole.item,
                  rule=f"a part after 'trong đó', in the unit of the whole ({whole.rule})")
    return _finish(sent, part)


def with_elided_parts(sent: _Sentence, found: list[_Found]) -> list[_Found]:
    """`found`, with the bare parts after "trong đó" of a counted whole found before them (and
    the parts listed after the first with "và" or a comma: "gần 1,14 triệu …, gần 25.000 …")."""
    at = {f.first: f for f in found}
    out = list(found)
    whole, last_part = None, None
    for i, t in enumerate(sent.toks):
        opener = _opener(sent, i) if t.kind == "num" else None
        if opener is None:
            continue
        before = [f for f in out if f.text_last <= i]
        if opener == IN_WHICH:
            whole = before[-1] if before and before[-1].counted else None
        elif not (before and before[-1] is last_part):
            continue  # "và 25.000" goes on with a part only right after it
        if i in at:  # "trong đó 225 trường hợp đã khỏi, 29 đang điều trị": a part with its noun
            last_part = at[i] if whole and at[i].unit == whole.unit else None
            continue
        part = _part(sent, i, whole) if whole else None
        if part:
            out.append(part)
        last_part = part
    return sorted(out, key=lambda f: f.first)
