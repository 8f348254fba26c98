"""Parts whose counted noun is left out: "có 690 đơn vị học tập, trong đó có 240 được công nhận",
"hơn 1,16 triệu thí sinh, trong đó gần 1,14 triệu theo chương trình mới". A bare number right
after "trong đó (có)" counts in the unit and noun of the whole the sentence has just named.

A bare number said of a "số <noun>" subject counts that noun too: "Tổng số mẫu đã xét nghiệm là
2.452", "số ca tử vong vượt mốc 200.000", "nâng tổng số tàu bị hạn chế lên 342"."""

import re

from .candidates import PEOPLE, _finish, _Found, _Sentence
from .quantities import _read_digits
from .token_tests import _glued_rejects
from .tokens import _match_at, _match_before, _words_at
from .wordlists import _lexicons

IN_WHICH = ("trong", "đó")
NEXT_PART = ("và", ",")
# The words that link a "số <noun>" subject to its bare number ("… là 254", "…: 15.491", "nâng …
# lên 342"; "vượt mốc 200.000" too, read in `_subject_count`), the words that may stand before such a "số" (any other makes it
# a compound or a label: "hệ số", "chỉ số", "một số", "con số", "bão số"), and how far back it may be.
SUBJECT_LINKS = ("là", ":", "lên")
SUBJECT_LEADS = ("tổng", "với", "có", "và", "khi", "thì")
SUBJECT_REACH = 30
SUBJECT_TIME_LEADS = (("từ", "khi"), ("kể", "từ"), ("tính", "đến"), ("tính", "từ"), ("đến", "nay"))
# Words that end such a subject only to lead to its number: "số cổ đông đã tăng lên là 61", "số
# người tử vong sắp chạm mốc 200.000", "Số thí sinh đăng ký là: 1.732" (no part of the measure)
SUBJECT_TAIL = ("là", "đã", "đang", "sẽ", "sắp", "vừa", "chạm", "tăng", "lên")
# Nouns after "số" that are no counted things: a phone or house number, money, a share
NOT_COUNTED_AFTER_SO = ("điện", "máy", "nhà", "hiệu", "liệu", "phận", "ít", "đông", "nhiều", "này", "đó")


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


def _ends_clause(sent: _Sentence, j: int) -> bool:
    """Whether nothing said of the number at toks[j - 1] follows it in its clause."""
    toks = sent.toks
    return j >= len(toks) or (toks[j].kind == "punct" and toks[j].text in ",.;)") \
        or _words_at(toks, j, 2) == IN_WHICH or toks[j].low == "vào"


def _subject_so(sent: _Sentence, link: int, covered: set[int]) -> int | None:
    """The token "số" of a "số <noun>" subject before toks[link], or None: the nearest "số" of the
    sentence, led by nothing, a mark or SUBJECT_LEADS, with no figure between."""
    toks = sent.toks
    for s in range(link - 1, max(-1, link - 1 - SUBJECT_REACH), -1):
        if s in covered or toks[s].text in ".;!?":
            return None
        if toks[s].low != "số":
            continue
        if s and toks[s - 1].kind == "word" and toks[s - 1].low not in SUBJECT_LEADS:
            return None
        return s if s + 1 + (toks[s + 1].low == "lượng") < link else None
    return None


def _subject_end(toks, a: int, b: int) -> int:
    """Where the subject toks[a:b] ends: before the time it is counted over ("… phát hiện tại thành
    phố từ khi xuất hiện ca bệnh đầu tiên đến nay là 254") and the words leading to the number."""
    b = next((k for k in range(a + 2, b) if _words_at(toks, k, 2) in SUBJECT_TIME_LEADS), b)
    while b > a + 2 and toks[b - 1].low in SUBJECT_TAIL:
        b -= 1
    return b


def _subject_count(sent: _Sentence, i: int, covered: set[int]) -> _Found | None:
    """A bare number said of a "số <noun>" subject, counted in the noun's unit (people, households)
    or as a count of it: "Tổng số mẫu đã xét nghiệm là 2.452", "số ca tử vong vượt mốc 200.000"."""
    lex = _lexicons()
    toks = sent.toks
    q = _read_digits(toks, i)
    if q is None or toks[i].text.startswith("0") or re.fullmatch(r"(19|20)\d\d", toks[i].text) \
            or not _ends_clause(sent, q.last):
        return None  # a phone number, a year, a number something is said of
    nq = _match_before(toks, i, lex.qualifiers_before)
    at_mark = toks[i - 1].low == "mốc"  # "(vượt) mốc 200.000": the mark links, with its qualifier
    link = i - nq if at_mark and nq else i - nq - 1
    if link < 1 or not (at_mark or toks[link].low in SUBJECT_LINKS):
        return None
    so = _subject_so(sent, link, covered)
    noun = so + 1 + (toks[so + 1].low == "lượng") if so is not None else None
    if noun is None or not sent.is_item_word(toks[noun]) or toks[noun].low in NOT_COUNTED_AFTER_SO \
            or _match_at(toks, noun, lex.not_items) or _match_at(toks, noun, lex.cues.get("money", ())):
        return None
    unit = sent.unit_at(noun, toks[noun].start)
    if unit and unit[0] in PEOPLE:
        found = _Found(q.value, unit[0], i, q.last)
    elif unit:
        return None  # "số km", "số tấn": an amount in a unit the number does not repeat
    else:
        end = min(sent.item_phrase(noun), link)
        found = _Found(q.value, "count", i, q.last, item=sent.text[toks[noun].start:toks[end - 1].end])
    found.rule = "a bare number said of a 'số <noun>' subject, in the noun's unit"
    found.said_of = (so - (so > 0 and toks[so - 1].low == "tổng"), _subject_end(toks, so, link))
    return _finish(sent, found)


def with_subject_counts(sent: _Sentence, found: list[_Found]) -> list[_Found]:
    """`found`, with the bare numbers said of a "số <noun>" subject (`_subject_count`)."""
    covered = {k for f in found for k in range(min(f.first, f.text_first), max(f.last, f.text_last))}
    out = list(found)
    for i, t in enumerate(sent.toks):
        if t.kind == "num" and i not in covered and not _glued_rejects(sent.toks, i):
            part = _subject_count(sent, i, covered)
            if part:
                out.append(part)
                covered.update(range(part.first, part.last))
    return sorted(out, key=lambda f: f.first)


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
