"""Figures given "respectively": "siêu thị, chợ và tạp hóa tăng lần lượt 7%, 3% và 6%", "lãi suất
kỳ hạn qua đêm, 1 tuần và 1 tháng lần lượt là 0,13%, 0,23% và 0,45%". A list of n members before
"lần lượt" pairs, in order, with the n figures right after it: each figure measures its own member,
with the words the members share (the head the first member carries: "lãi suất kỳ hạn") and what
the sentence says of all of them ("tăng"), not the whole list."""

from .candidates import _Found, _Sentence
from .clauses import _words_text
from .tokens import _match_at
from .wordlists import _lexicons

LEAD_WORDS = 3  # words between "lần lượt" and the first figure ("là", "ở mức", "tương đương")
TAIL_WORDS = 5  # words after the last figure to the end of its clause ("cho VN-Index")
MEMBER_WORDS = 6  # longest own part of a member ("hydrogen peroxide", "tỉnh Bà Rịa - Vũng Tàu")
LIST_BOUNDS = frozenset({";", ":", "(", ")", "[", "]", "!", "?"})
CLAUSE_MARKS = frozenset({",", ".", ";", ":", "(", ")", "!", "?", "…"})
JOINS = frozenset({"và", "hoặc"})


def respective_measures(sent: _Sentence, found: list[_Found]) -> dict[int, str | tuple[int, str]]:
    """{index into `found`: measure} for the figures given "lần lượt" to a list of names before
    it; {index: (index of the figure listed before, what is said after "lần lượt")} for those
    given to a list of figures."""
    toks, out = sent.toks, {}
    for a in range(len(toks) - 1):
        if toks[a].low == "lần" and toks[a + 1].low == "lượt":
            group = _figures_after(toks, found, a + 2)
            if len(group) >= 2:
                lead = _said_after(sent, a + 2, found[group[0]].text_first)
                last = found[group[-1]]  # "… 62% và 41% kế hoạch năm": the whole of a share is all of theirs
                tail = last.np_start if last.unit == "percent" and last.np_start is not None else last.text_last
                lead = " ".join(w for w in (lead, _said_last(sent, tail)) if w)
                counts = {f.first for f in found[: group[0]] if f.counted and f.value == len(group)}
                measures = _member_measures(sent, a, len(group), lead, counts)
                # a figure among the members ("X đạt 7.085 tỷ đồng, Y 5.478 tỷ đồng và …"): the list
                # is of figures, not names; a specification ("64 GB và 256 GB") or the count of the
                # members ("Hai xã A và B") may stand there
                span = measures[1] if measures else (a, a)
                inside = [f for f in found[: group[0]] if span[0] <= f.text_first < span[1]
                          and not f.unit_item and not (f.counted and f.value == len(group))]
                if measures and not inside:
                    out.update(zip(group, measures[0]))
                elif (listed := _figures_before(toks, found, group, a)) and lead:
                    out.update((i, (j, lead)) for i, j in zip(group, listed))
    return out


def _figures_before(toks, found: list[_Found], group: list[int], a: int) -> list[int]:
    """The figures listed before "lần lượt" that the figures after it are given to, in order ("thu
    về 171 tỷ đồng doanh thu và 4,4 tỷ đồng lợi nhuận, lần lượt bằng 62% và 41% kế hoạch"): as many,
    right before it, of one unit, no range among them, and their clause closed by a comma."""
    n, first = len(group), group[0]
    listed = list(range(first - n, first))
    if first < n or any(found[j].partner_first is not None or found[j].unit != found[listed[0]].unit
                        for j in listed):
        return []
    between = toks[found[listed[-1]].text_last : a]
    if not between or between[-1].text != "," or len(between) > MEMBER_WORDS + 1 \
            or any(t.text in CLAUSE_MARKS for t in between[:-1]):
        return []
    return listed


def _figures_after(toks, found: list[_Found], k: int) -> list[int]:
    """The figures right after "lần lượt" (a few lead words, no mark between), in a row joined
    by commas, "và" or "hoặc" only."""
    group, at = [], k
    for i, f in enumerate(found):
        if f.text_first < at:
            continue
        between = toks[at : f.text_first]
        if group:
            if any(t.text != "," and t.low not in JOINS for t in between):
                break
        elif len(between) > LEAD_WORDS or any(t.kind != "word" for t in between):
            break
        if f.partner_first is not None:
            return []  # a range's two ends are one value
        group.append(i)
        at = f.text_last
    return group


def _said_after(sent: _Sentence, k: int, first: int) -> str:
    """The verb said between "lần lượt" and the first figure ("lần lượt đóng góp 1,6 điểm"),
    without a copula or a word of the figures' level ("lần lượt là", "ở mức")."""
    lex = _lexicons()
    skip = lex.cues.get("copula", frozenset()) | lex.cues.get("respective_lead", frozenset())
    while k < first and _match_at(sent.toks, k, skip, 2):
        k += _match_at(sent.toks, k, skip, 2)
    return _words_text(sent, k, first)


def _said_last(sent: _Sentence, k: int) -> str:
    """The words closing the clause after the last figure ("lần lượt đóng góp 1,6 điểm và 1,1 điểm
    cho VN-Index"): said of all the figures, when short and no mark comes before them."""
    toks, e = sent.toks, k
    while e < len(toks) and toks[e].text not in CLAUSE_MARKS and e - k <= TAIL_WORDS:
        e += 1
    if e - k > TAIL_WORDS or any(t.kind == "num" for t in toks[k:e]):
        return ""
    return _words_text(sent, k, e)


def _list_start(toks, a: int) -> int:
    """Where the clause that holds the list before toks[a] starts (a mark other than a comma)."""
    b = a
    while b > 0 and toks[b - 1].text not in LIST_BOUNDS:
        b -= 1
    return b


def _member_measures(
    sent: _Sentence, a: int, n: int, lead: str, counts: set[int]
) -> tuple[list[str], tuple[int, int]] | None:
    """The measures of the n members of the list that ends at toks[a] ("lần lượt"), or None when
    no list of n members stands there: the last joined by "và"/"hoặc", the others by commas; with
    the span of the members (tokens)."""
    toks, lex = sent.toks, _lexicons()
    b = _list_start(toks, a)
    join = next((j for j in range(a - 1, b - 1, -1) if toks[j].low in JOINS), None)
    if join is None:
        return None
    segments, s = [], b
    for j in range(b, join + 1):
        if j == join or toks[j].text == ",":
            segments.append((s, j))
            s = j + 1
    if len(segments) < n - 1:
        return None
    members = [*segments[len(segments) - (n - 1):], (join + 1, a)]
    if any(toks[k].kind == "num" and len(toks[k].text) == 4 for s, e in members for k in range(s, e)):
        return None  # years listed: the figures' periods (period_choice._respective)
    # the last member ends where what is said of all of them starts ("tạp hóa | chỉ tăng")
    said = (lex.directions, lex.cues.get("adverb", frozenset()), lex.cues.get("copula", frozenset()),
            lex.cues.get("verb_start", frozenset()), lex.cues.get("respective_verb", frozenset()))
    s, e = members[-1]
    p = next((k for k in range(s, e) if any(_match_at(toks, k, words, 2) for words in said)), e)
    if any(t.text == "," for t in toks[s:p]):
        return None  # "A và B, C …": no member of the list runs across a comma
    # a possessor after the last member is all the members' ("doanh thu và lợi nhuận | của công ty")
    of = next((k for k in range(s + 1, p) if toks[k].low == "của"), p)
    members[-1], owner = (s, of), (of, p)
    # the first member carries the words all share: after a list word or "là" ("như siêu thị")
    s, e = members[0]
    openers = lex.cues.get("list_opener", frozenset()) | lex.cues.get("copula", frozenset())
    s = max([k + 1 for k in range(s, e) if _match_at(toks, k, openers, 1)], default=s)
    # its own part is as long as the longest of the others ("kỳ hạn qua đêm, 1 tuần và 1 tháng")
    width = max(last - first for first, last in members[1:])
    head = (s, max(s, e - width))
    count = next((k for k in counts if s <= k < e), None)
    if count is not None:
        head = (count + 1, count + 1)  # "Hai xã A và B": the count names the list, no head of it
    members[0] = (head[1], e)
    if any(not 0 < e - s <= MEMBER_WORDS for s, e in members):
        return None
    # what is said of all: its last clause ("là hai tập đoàn …, có giá trị thị trường"), without
    # the adverbs annotators leave out ("cũng tăng", "chỉ tăng")
    q = max([k + 1 for k in range(p, a) if toks[k].text == ","], default=p)
    quiet = lex.cues.get("adverb", frozenset()) | lex.cues.get("respective_verb", frozenset())
    while q < a and _match_at(toks, q, quiet, 2):
        q += _match_at(toks, q, quiet, 2)
    shared, said_text = _words_text(sent, *head), _words_text(sent, q, a)
    said_text = " ".join(w for w in (_words_text(sent, *owner), said_text, lead) if w)
    measures = [" ".join(w for w in (shared, _words_text(sent, s, e), said_text) if w) for s, e in members]
    return measures, (head[0], members[-1][1])
