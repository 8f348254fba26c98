"""The cues of figure_measure_cues.tsv in a figure's sentence: a goal, a speaker, money allotted;
and in a measure's words: a point in time, adverbs, a compass bearing, a plural, demonstratives."""

import re

from .candidates import _Sentence
from .clauses import _strip_phrase
from .tokens import _match_at, _match_before, _splits_word, _Tok, _tokens, _words_at
from .wordlists import _lexicons


def _cue_ends(sent: _Sentence, kind: str) -> list[tuple[int, int]]:
    """(start, end) token spans of one kind of figure_measure_cues.tsv in the sentence, cached."""
    cached = sent.cue_spans.get(kind)
    if cached is None:
        lex = _lexicons()
        toks, phrases = sent.toks, lex.cues.get(kind, frozenset())
        blocked = lex.cues.get(f"not_{kind}", frozenset()) if kind in ("target", "when", "opener") else frozenset()
        cached, k = [], 0
        low = sent.low[sent.start : sent.end]
        if not any(" ".join(p) in low for p in phrases):
            k = len(toks)  # most sentences hold no cue: a substring test spares the token scan
        while k < len(toks):
            n = _match_at(toks, k, phrases, 3)
            if n and not _covered(toks, k, n, blocked):
                cached.append((k, k + n))
                k += n
                continue
            k += 1
        sent.cue_spans[kind] = cached
    return cached


def _covered(toks: list[_Tok], k: int, n: int, phrases) -> bool:
    """Whether a phrase of `phrases` overlaps toks[k:k+n] ("mục tiêu" in "chương trình mục tiêu")."""
    if not phrases:
        return False
    for s in range(max(0, k - 3), k + n):
        for m in range(2, 5):
            if s + m > k and _words_at(toks, s, m) in phrases:
                return True
    return False


def _goal_before(sent: _Sentence, first: int) -> int | None:
    """Token index after the last goal cue ("phấn đấu", "đặt mục tiêu") before toks[first]."""
    ends = [e for _, e in _cue_ends(sent, "target") if e <= first]
    return ends[-1] if ends else None


def _goal_named(sent: _Sentence, goal: int) -> bool:
    """Whether the goal cue ending at toks[goal] names the goal with the target label's own words
    ("đặt mục tiêu doanh thu …", "mục tiêu phấn đấu …"): the label is then the article's word; a
    verb of striving alone ("phấn đấu đến năm 2025 có 25% cán bộ …") names none, and the measure
    is what is striven for, without a label the article does not write."""
    label = _lexicons().labels.get("target", "")
    for start, end in _cue_ends(sent, "target"):
        if end == goal:
            return bool(label) and f" {label} " in f" {' '.join(t.low for t in sent.toks[start:end])} "
    return True


def _after_cues(sent: _Sentence, a: int, b: int, goal: int | None, counted: bool = False) -> int:
    """Move the start of a measure past a speaker ("ông A cho biết"), a goal cue with its agent
    ("tỉnh phấn đấu"), a clause that only sets the time of the figure's own ("Nhiều mã đã về
    vùng này khi VN-Index ở 1.100 điểm"), which annotators leave out, and, for an amount or a
    share (not a `counted` noun, whose clause before is its scope), the clause before a word
    that opens the one holding its subject ("Dù doanh thu quý này giảm 12%", "Gói hỗ trợ gồm các
    khoản vay ưu đãi 200 tỷ đồng", "Giống mới giúp năng suất lúa tăng 15%"; opener)."""
    start = a
    for _, e in _cue_ends(sent, "report"):
        if a < e <= b:
            start = max(start, e)  # right before the figure ("… cho thấy có 2 trường hợp"), no subject is left
    openers = [] if counted else _cue_ends(sent, "opener")
    for s, e in _cue_ends(sent, "when") + openers:
        if a < e < b and _opens_subject(sent.toks, a, s, e, b):
            start = max(start, e)
    if goal is not None and a < goal < b:
        start = max(start, goal)
    if start == a:
        return a
    toks = sent.toks
    while start < b and toks[start].kind == "punct":
        start += 1
    return _strip_phrase(toks, start, b)[0] if start < b else b


def _opens_subject(toks: list[_Tok], a: int, s: int, e: int, b: int) -> bool:
    """Whether the "khi" at toks[s:e] opens the clause that holds the figure's subject, so that
    the clause toks[a:s] before it only sets the scene ("Nhiều mã đã về vùng này khi VN-Index ở
    1.100 điểm", "… tăng mạnh khi giá vàng chạm 2.063 USD"). Not when the words before it name
    money or a quantity (figure_measure_cues.tsv money, figure_quantity_nouns.txt: "số tiền phải
    giảm trừ khi nghiệm thu … là 39 tỷ đồng": when that money is counted), nor when a mark
    follows it ("Sau khi sắp xếp, tỉnh …": the time opens the sentence)."""
    lex = _lexicons()
    named = (lex.cues.get("money", frozenset()), lex.quantity_nouns)
    if any(_match_at(toks, k, words, 2) for k in range(a, s) for words in named):
        return False
    return not any(t.text in ",;:" for t in toks[e:b])  # a dash of "VN-Index" is no mark here


def _is_funding(toks: list[_Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] ends with a verb of allotting money and names no kind of money."""
    lex = _lexicons()
    if not _match_before(toks, b, lex.cues.get("funding", frozenset()), 2):
        return False
    money = lex.cues.get("money", frozenset())
    return not any(_match_at(toks, k, money, 2) for k in range(a, b))


def _names_goal(measure: str) -> bool:
    """Whether a measure already says it is a goal ("mục tiêu …", "chỉ tiêu …")."""
    low = measure.lower()
    return "mục tiêu" in low or "chỉ tiêu" in low


def _without_time_point(measure: str) -> str:
    """ "Ở thời điểm hiện tại, giá vàng" → "giá vàng", "Giá khách sạn có thời điểm tăng" → "Giá
    khách sạn tăng": a point in time (figure_measure_cues.tsv, time_point) placed by the words
    around it (time_point_lead, time_point_deictic), or ending the measure or its clause once its
    date was taken out as the period ("Thời điểm 31/10/2016 là …"), says when, not what is
    measured; as do the adverbs made of it (time_point_adverb: "có thời điểm", "tùy thời điểm").
    Said of a clause ("thời điểm kết phiên") it stays."""
    cues = _lexicons().cues
    toks = _tokens(measure, 0, len(measure))
    for k in range(len(toks)):
        n = _match_at(toks, k, cues.get("time_point", frozenset()), 2)
        lead = _match_before(toks, k, cues.get("time_point_lead", frozenset()), 2)
        if lead == 2 and _splits_word(toks, k - 2):  # "dương tính đến thời điểm": "tính" is the word's
            lead = _match_before(toks, k, cues.get("time_point_lead", frozenset()), 1)
        adverb = _match_before(toks, k, cues.get("time_point_adverb", frozenset()), 2)
        if not n or not (lead or adverb) and _splits_word(toks, k):  # "đồng thời điểm": "đồng thời", "điểm"
            continue
        end = k + n + _match_at(toks, k + n, cues.get("time_point_deictic", frozenset()), 2)
        closed = end == len(toks) or toks[end].text in ",;"
        if end > k + n or closed or adverb:
            start = toks[k - max(lead, adverb)].start
            rest = f"{measure[:start].rstrip()} {measure[toks[end - 1].end :].lstrip(' ,;')}".strip(" ,;")
            return _without_time_point(rest) if rest else ""
    return measure


def _without_closing_span(measure: str) -> str:
    """ "doanh số … tạm ngừng kinh doanh trong tháng 9" → "… tạm ngừng kinh doanh", "GDP … đã giảm
    trong năm ngoái" → "GDP … đã giảm": a span of time ending the measure (figure_measure_cues.tsv,
    span_lead, span_focus, span_qualifier, span_unit, span_word; a number or "I/2021" may stand
    among them) says when, not what is measured. Kept when it would leave a single word ("lần
    trong 2 năm") or after a superlative ("mức thấp nhất trong 6 tuần": the window it is the
    lowest in); a focus word that ends another word ("địa chỉ") stays. The same span standing
    between the counted noun and the scope said after it, whose subject opens with a capital
    ("tài khoản mới trong quý I/2021 Công ty chứng khoán ghi nhận"), is taken out of the middle, with
    the same single-word guard ("lần trong 2 năm Ông …"), unless a bare unit is all it holds
    ("trong năm Covid-19": a name follows)."""
    cues = _lexicons().cues
    toks = _tokens(measure, 0, len(measure))
    for k in range(1, len(toks)):
        lead = _match_at(toks, k, cues.get("span_lead", frozenset()), 2)
        if not lead or _splits_word(toks, k) or _match_before(toks, k, cues.get("span_superlative", frozenset()), 1):
            continue
        j = k + lead
        while j < len(toks) and (toks[j].kind == "num" or _match_at(toks, j, cues.get("span_qualifier", frozenset()), 2)):
            j += 1 if toks[j].kind == "num" else _match_at(toks, j, cues.get("span_qualifier", frozenset()), 2)
        unit = _match_at(toks, j, cues.get("span_unit", frozenset()), 2)
        if not unit:
            continue
        counted, j = j > k + lead, j + unit
        unit_end = j
        while j < len(toks):
            n = _match_at(toks, j, cues.get("span_word", frozenset()), 2)
            n = n or (toks[j].kind == "num" or toks[j].text == "/" or re.fullmatch(r"[IVX]+", toks[j].text)) and 1
            if not n:
                break
            j += n
        start = k - _match_before(toks, k, cues.get("span_focus", frozenset()), 2)
        start = k if _splits_word(toks, start) else start
        if j == len(toks) and len(measure[: toks[start].start].split()) > 1:
            return measure[: toks[start].start].rstrip(" ,;")
        named = not counted and j == unit_end  # "trong năm Covid-19": a name, no span of time
        if j < len(toks) and toks[j].text[:1].isupper() and not named \
                and len(measure[: toks[start].start].split()) > 1:
            return f"{measure[: toks[start].start].rstrip(' ,;')} {measure[toks[j].start :]}"  # before a scope
    return measure


def _without_adverbs(measure: str) -> str:
    """ "số hộ vẫn đều được hỗ trợ" → "số hộ được hỗ trợ", "giá bán lần lượt" → "giá bán": words
    of aspect, focus or order (figure_measure_cues.tsv, adverb) say nothing of what is measured,
    nor a plural opening it."""
    adverbs = _lexicons().cues.get("adverb", frozenset())
    words = measure.split(" ")
    kept, k = [], 0
    while k < len(words):
        pair = tuple(w.lower() for w in words[k : k + 2])
        n = 2 if len(pair) == 2 and pair in adverbs else 1 if (words[k].lower(),) in adverbs else 0
        if not n:
            kept.append(words[k])
        k += max(n, 1)
    return _without_plural(" ".join(kept))


def _without_bearing(measure: str) -> str:
    """ "cách trung tâm thành phố về phía Tây" → "cách trung tâm thành phố": a compass bearing
    (figure_measure_cues.tsv, bearing and up to three compass points) says which way, not what
    is measured; a measure that is only a bearing stays."""
    cues = _lexicons().cues
    toks = _tokens(measure, 0, len(measure))
    for k in range(len(toks)):
        n = _match_at(toks, k, cues.get("bearing", frozenset()), 2)
        points = 0
        while n and points < 3 and k + n + points < len(toks) \
                and _match_at(toks, k + n + points, cues.get("compass", frozenset()), 1):
            points += 1
        if n and points:
            end = toks[k + n + points - 1].end
            rest = f"{measure[: toks[k].start].rstrip()} {measure[end:].lstrip(' ,')}".strip()
            return rest or measure  # a bearing alone is still better than nothing
    return measure


_NOT_BEFORE_RECORD = ("để", "được", "bị", "khi", "chưa", "không", "còn")


def _without_record_verb(measure: str) -> str:
    """ "Nomura ghi nhận khoản lỗ" → "Nomura khoản lỗ": a verb of recording (figure_measure_cues.tsv,
    record) between who recorded and the quantity recorded is the sentence's verb, no word of what
    is measured; it goes with the aspect words right before it. Not at the measure's end (the counted
    noun's "ca mắc … Hà Tĩnh ghi nhận"), before "thêm" or "và" (its particle, a second verb), nor
    after "để", "được", "bị", "khi" (a purpose, a passive, a time) or a negator ("chưa ghi nhận")."""
    cues = _lexicons().cues
    toks = _tokens(measure, 0, len(measure))
    for k in range(len(toks)):
        n = _match_at(toks, k, cues.get("record", frozenset()))
        if not n or k + n >= len(toks) or toks[k + n].kind != "word":
            continue
        if toks[k + n].text.lower() in ("thêm", "và") or k and toks[k - 1].text.lower() in _NOT_BEFORE_RECORD \
                or not _recorded_quantity(toks, k + n):
            return measure
        a = k
        while a and (toks[a - 1].text.lower(),) in cues.get("verb_start", frozenset()):
            a -= 1
        return f"{measure[: toks[a].start].rstrip()} {measure[toks[k + n - 1].end :].lstrip()}".strip()
    return measure


def _recorded_quantity(toks: list[_Tok], j: int) -> bool:
    """Whether the words from toks[j] open with a quantity, in its first two words: a noun of money
    or of a quantity ("doanh thu", "tổng thiệt hại", record_object: "khoản lỗ") or a change
    ("giảm", "tăng trưởng lãi ròng"); not a thing ("kỷ lục", "ca bệnh") nor a place or time."""
    lex = _lexicons()
    kinds = (lex.cues.get("money", frozenset()), lex.cues.get("record_object", frozenset()), lex.quantity_nouns)
    return any(_match_at(toks, i, words) for i in (j, j + 1) for words in (*kinds, lex.directions))


def _without_plural(phrase: str) -> str:
    """ "các xã vùng cao" → "xã vùng cao": a word of plurality opening a phrase
    (figure_measure_cues.tsv, plural) is left out; inside one ("đối với các khoản phí") it stays."""
    plurals = _lexicons().cues.get("plural", frozenset())
    words = phrase.split(" ")
    while words and (words[0].lower(),) in plurals:
        words = words[1:]
    return " ".join(words)


def _without_demonstratives(measure: str) -> str:
    """ "trường hợp này đã được cách ly" → "trường hợp đã được cách ly": a word pointing back to
    a noun (figure_measure_cues.tsv, demonstrative) is no part of what is measured."""
    cues = _lexicons().cues
    pointers, adverbs = cues.get("demonstrative", frozenset()), cues.get("not_demonstrative", frozenset())
    toks = _tokens(measure, 0, len(measure))
    drop = []
    for k in range(1, len(toks)):
        n = _match_at(toks, k, pointers, 2)
        if n and not (_match_before(toks, k + n, adverbs, 2) or _match_at(toks, k - 1, adverbs, 2)
                      or _match_at(toks, k, adverbs, 2)):
            drop.append((toks[k].start, toks[k + n - 1].end))
    for start, end in reversed(drop):
        measure = measure[:start].rstrip() + " " + measure[end:].lstrip()
    return measure.strip()
