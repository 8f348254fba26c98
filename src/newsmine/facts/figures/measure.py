"""The measure: what a figure measures, in the article's words: the counted noun and what is
said of it, else the subject before the number, shaped by the cues of figure_measure_cues.tsv
(a goal, a speaker, a breakdown, money allotted) and stripped of its period expressions."""

import re

from .candidates import _Found, _Sentence
from .periods import _Period
from .tokens import _CLOSE_QUOTES, _OPEN_QUOTES, _match_at, _match_before, _Tok, _tokens, _words_at
from .wordlists import _lexicons

_BOUNDARY = frozenset(",;:()[]…!?\"“”‘’«»–—•")  # ends a clause (a measure never crosses one)
MAX_MEASURE_WORDS = 18
MAX_PREDICATE_WORDS = 16
ENUMERATION_ITEM_WORDS = 5
MAX_SCOPE_WORDS = 8  # the clause said around a figure joins its measure up to this length
_DATE = re.compile(r"\d{1,2}/\d{1,2}")  # a clause holding a date says when, not what
ESTIMATE_REACH = 4  # words: "thiệt hại ban đầu ước tính": a noun of money this close makes "ước tính" a modifier
MOVEMENT_TAIL = 3  # words: a movement verb this near the end of a subject ends it ("… giảm mạnh")
TO_WORDS_AHEAD = 4  # how far after "từ X" the "lên"/"xuống" of a from-to pair is looked for
QUOTED_NAME_TOKENS = 10  # a quoted name ('huy hiệu "Tuổi trẻ dũng cảm"') is part of its clause


def _quote_open_before(toks: list[_Tok], close: int, floor: int) -> int | None:
    """Index of the opening quote of a short quoted name that toks[close] closes, else None: a
    closing quote is glued to the word before it, an opening one to the word after it."""
    if not (toks[close].text in _CLOSE_QUOTES and toks[close].glued and close > floor):
        return None
    for k in range(close - 1, max(floor, close - QUOTED_NAME_TOKENS) - 1, -1):
        t = toks[k]
        if t.kind == "punct" and t.text in _OPEN_QUOTES and k + 1 < close and toks[k + 1].glued:
            return k
        if t.kind == "punct" and t.text in _BOUNDARY:
            return None
    return None


def _quote_close_after(toks: list[_Tok], open_: int, limit: int) -> int | None:
    """Index of the closing quote of a short quoted name opened at toks[open_], else None."""
    if not (toks[open_].text in _OPEN_QUOTES and open_ + 1 < len(toks) and toks[open_ + 1].glued):
        return None
    for k in range(open_ + 1, min(limit, open_ + QUOTED_NAME_TOKENS, len(toks))):
        t = toks[k]
        if t.kind == "punct" and t.text in _CLOSE_QUOTES and t.glued and k > open_ + 1:
            return k
        if t.kind == "punct" and t.text in _BOUNDARY:
            return None
    return None


def _clause_before(sent: _Sentence, first: int, floor: int) -> tuple[int, int]:
    """The clause before toks[first], back to a boundary mark or the previous figure; a short
    parenthesis ("(GRDP)") does not end it."""
    toks = sent.toks
    a = first
    while a > floor:
        t = toks[a - 1]
        if t.kind == "punct" and t.text == ")":
            k = a - 2
            while k > floor and toks[k].text != "(" and a - k <= 5:
                k -= 1
            if k >= floor and toks[k].text == "(" and a - k <= 5:
                a = k
                continue
        quote = _quote_open_before(toks, a - 1, floor) if t.kind == "punct" else None
        if quote is not None:
            a = quote
            continue
        if t.kind == "punct" and t.text in _BOUNDARY:
            break
        a -= 1
    return a, first


def _money_near(toks: list[_Tok], a: int, b: int) -> bool:
    """Whether a noun of money ("thiệt hại", "kinh phí") is among toks[a:b]."""
    money = _lexicons().cues.get("money", frozenset())
    return any(_match_at(toks, k, money, 2) for k in range(a, b))


def _strip_phrase(toks: list[_Tok], a: int, b: int) -> tuple[int, int]:
    """Trim link words at the end and openers at the start of toks[a:b]."""
    lex = _lexicons()
    changed = True
    while changed and a < b:
        changed = False
        n = _match_before(toks, b, lex.links)
        if n and b - n >= a and not _match_before(toks, b, lex.quantity_nouns) > n:
            b -= n  # but "chiều dài" keeps its "dài"
            changed = True
        n = _match_before(toks, b, lex.cues.get("estimate", frozenset()), 2)
        if n and b - n >= a and not _money_near(toks, max(a, b - n - ESTIMATE_REACH), b - n):
            b -= n  # "doanh thu … ước tính đạt": a verb, but "thiệt hại (ban đầu) ước tính" is a noun phrase
            changed = True
        n = _match_at(toks, a, lex.openers)
        if n and a + n <= b:
            a += n
            changed = True
    return a, b



def _predicate_after(sent: _Sentence, k: int, starts: set[int]) -> int:
    """End of the words after toks[k] up to a boundary mark or the next figure."""
    toks = sent.toks
    b, words = k, 0
    while b < len(toks) and words < MAX_PREDICATE_WORDS:
        t = toks[b]
        quote = _quote_close_after(toks, b, len(toks)) if t.kind == "punct" and b > k else None
        if quote is not None and not any(s in starts for s in range(b, quote)):
            words += quote - b - 1
            b = quote + 1
            continue
        if b in starts or (t.kind == "punct" and t.text in _BOUNDARY | {".", "!", "?"}):
            break
        b += 1
        words += t.kind == "word"
    lex = _lexicons()
    while b > k:
        n = _match_before(toks, b, lex.links)
        if n:
            b -= n
        elif toks[b - 1].kind == "punct":
            b -= 1
        else:
            break
    return b


def _words_text(sent: _Sentence, a: int, b: int, fallback: bool = True) -> str:
    """The text of toks[a:b] without its period expressions ("doanh thu quý 1 năm nay" →
    "doanh thu"): the period is the figure's `period`, not part of what it measures."""
    toks = sent.toks
    if a >= b:
        return ""
    keep = [k for k in range(a, b) if not any(s <= toks[k].start < e for s, e in sent.period_spans)]
    if len(keep) == b - a:
        return sent.text[toks[a].start : toks[b - 1].end]
    runs, run = [], []
    for k in keep:
        if run and k != run[-1] + 1:
            runs.append(run)
            run = []
        run.append(k)
    runs += [run] if run else []
    lead = _lexicons().period_words.get("lead", frozenset())
    pieces = []
    for run in runs:
        last = run[-1] + 1
        if last < b and last not in keep:  # a word that only introduced the period: "trong", "vào"
            last -= _match_before(toks, last, lead, 2)
        if last > run[0]:
            pieces.append(sent.text[toks[run[0]].start : toks[last - 1].end])
    text = " ".join(pieces).strip(" ,;")
    return text or (sent.text[toks[a].start : toks[b - 1].end] if fallback else "")


def _skip_periods(toks: list[_Tok], a: int, b: int, periods: list[_Period]) -> int:
    """Move a past period expressions (and the commas after them) at the start of toks[a:b]."""
    moved = True
    while moved and a < b:
        moved = False
        for p in periods:
            if p.start <= toks[a].start < p.end:
                while a < b and toks[a].start < p.end:
                    a += 1
                while a < b and toks[a].kind == "punct" and toks[a].text == ",":
                    a += 1
                moved = True
    return a


def _is_period(toks: list[_Tok], a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """Whether toks[a:b] is a period: inside the sentence's dated period spans, or "năm" before
    a year."""
    if a >= b:
        return False
    if all(any(s <= t.start < e for s, e in spans) for t in toks[a:b]):
        return True
    year = _lexicons().period_words.get("year", frozenset())
    return b == a + 1 and (toks[a].low,) in year and b < len(toks) and re.fullmatch(r"\d{4}", toks[b].text) is not None


def _names_money(phrase: str) -> bool:
    """Whether a measure holds a noun of money ("giá", "thu nhập", "kinh phí")."""
    words = _tokens(phrase, 0, len(phrase))
    return _money_near(words, 0, len(words))


def _names_quantity(phrase: str) -> bool:
    """Whether a measure already says which quantity it is ("tốc độ …", "diện tích …")."""
    words = _tokens(phrase, 0, len(phrase))
    return any(_match_at(words, k, _lexicons().quantity_nouns) for k in range(len(words)))


def _measure(
    sent: _Sentence, f: _Found, floor: int, starts: set[int], periods: list[_Period], context: dict
) -> str | None:
    """What the figure measures, in the article's words: the counted noun and what is said of
    it ("phòng học bị hư hỏng nặng"), else the subject before the number ("tỷ lệ hồ sơ trực
    tuyến" in "tỷ lệ hồ sơ trực tuyến đạt 53%")."""
    lex = _lexicons()
    toks = sent.toks
    a, b = _subject_span(sent, f, floor, periods)
    goal = _goal_before(sent, f.text_first)
    a = _after_cues(sent, a, b, goal)
    before = _subject_text(sent, f, a, b, floor, periods, context)
    head_start, head_end = _head_span(sent, f)
    head = _words_text(sent, head_start, head_end)
    if f.unit not in ("count", "person", "household") and _is_period(toks, head_start, head_end, sent.period_spans):
        head = ""  # "tăng từ 28% năm 2017 lên 38% năm 2019": a period, not what is measured
    k = head_end + (head_end < len(toks) and toks[head_end].text in _CLOSE_QUOTES)
    if f.unit not in ("count", "person", "household") and f.text_last > k:
        k = f.text_last
    while head and k + 1 < len(toks) and toks[k].text == "/" and toks[k].glued and toks[k + 1].kind == "word":
        head = f"{head} {lex.labels.get('each', '')} {toks[k + 1].text}"  # "phòng/ngày" → "phòng mỗi ngày"
        k += 2
    per = []  # "70.000 đồng/lượt": a price, for each "lượt"
    if not head and f.unit in ("VND", "USD"):
        per = [toks[j + 1].text for j in range(f.text_first, f.text_last - 1)
               if toks[j].text == "/" and toks[j + 1].kind == "word"]
    pred_end = _predicate_after(sent, k, starts) if head else k
    if pred_end - k == 1 and _match_at(toks, k, lex.breakers):
        pred_end = k  # a lone preposition before the next figure: "32 gói thầu thuộc 22 dự án"
    predicate = _words_text(sent, k, pred_end)
    parts = _measure_parts(sent, f, (a, b, floor), before, head, predicate, k, starts, context)
    context["head"] = head
    context["counted_head"] = head if f.unit in ("count", "person", "household") else ""
    quantities = {lex.unit_quantities.get((f.unit, "noun")), lex.unit_quantities.get((f.unit, "subject"))}
    if parts[0] and parts[0] in quantities and _names_quantity(" ".join(parts[1:])):
        parts = parts[1:]  # "diện tích" before a measure that says "tổng diện tích" already
    if per:  # "180.000 đồng/lượt" → "giá … mỗi lượt" (no "giá" when the measure names money)
        each = " ".join(f"{lex.labels.get('each', '')} {w}" for w in per)
        price = [] if _names_money(" ".join(p for p in parts if p)) else [lex.labels.get("price", "")]
        parts = price + parts + [each]
    measure = " ".join(p.strip() for p in parts if p and p.strip())
    measure = re.sub(r"\s+", " ", measure).strip(" ,;:-–")
    measure = _without_demonstratives(measure)
    if goal is not None and f.unit != "count" and not _names_goal(measure):
        measure = f"{lex.labels.get('target', '')} {measure}".strip()
    return measure or None


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


def _without_movement(toks: list[_Tok], a: int, b: int, f: _Found) -> int:
    """End of the subject toks[a:b] without a movement verb that opens a from-to pair: in "giá vé
    tăng từ 70.000 đồng lên 110.000 đồng" both numbers are levels of "giá vé" (but "giảm từ 3,5
    đến 4%" is a range of the change itself)."""
    lex = _lexicons()
    n = _match_before(toks, b, lex.directions)
    if not n or b - n <= a or b >= len(toks) or toks[b].low not in lex.range_from:
        return b
    after = {t.low for t in toks[f.text_last : f.text_last + TO_WORDS_AHEAD]}
    return b - n if any((w,) in lex.cues.get("level_to", ()) for w in after) else b


def _subject_span(sent: _Sentence, f: _Found, floor: int, periods: list[_Period]) -> tuple[int, int]:
    """The words before the figure that may say what it measures, back to a clause boundary or
    the figure before; a clause of one or two words takes the clause before it, and a list of
    short items is taken whole."""
    toks = sent.toks

    def before_clause(first: int) -> tuple[int, int]:
        a0, b0 = _clause_before(sent, first, floor)
        a, b = _strip_phrase(toks, _skip_periods(toks, a0, b0, periods), b0)
        if a >= b:  # only a period: "giai đoạn 2018 - 2020 là 1.776 tỷ đồng"
            a, b = _strip_phrase(toks, a0, b0)
        a, b = _strip_phrase(toks, max(a, b - MAX_MEASURE_WORDS), b)
        return a, b

    a, b = before_clause(f.text_first)
    b = _without_movement(toks, a, b, f)
    words = sum(t.kind == "word" for t in toks[a:b])
    if words <= 2 and a > floor + 1 and toks[a - 1].text in (",", "("):
        # "tốc độ tăng trưởng … duy trì ở mức cao, trung bình đạt hơn 13%"
        a2, _ = before_clause(a - 1)
        if _after_comparison(toks, floor, a) and a2 <= floor + 2:
            return a, b  # the clause before is the comparison of the figure before
        return min(a, a2), b
    # an enumeration of short items: "cho các dự án, nhiệm vụ, chuyển đổi số, … khoảng 433 tỷ"
    seg, start = words, a
    while seg <= ENUMERATION_ITEM_WORDS and a > floor + 1 and toks[a - 1].text == "," and words < MAX_MEASURE_WORDS:
        a2, _ = _clause_before(sent, a - 1, floor)
        segment = toks[a2 : a - 1]
        seg = sum(t.kind == "word" for t in segment)
        plain = all(t.kind == "word" and t.text.islower() for t in segment)  # no names, dates
        if not seg or not plain or words + seg > MAX_MEASURE_WORDS:
            break
        a, words = a2, words + seg
    if a < start:
        a, b = _strip_phrase(toks, _skip_periods(toks, a, b, periods), b)
    return a, b


def _after_comparison(toks: list[_Tok], floor: int, a: int) -> bool:
    """Whether the words between the figure before (ending at toks[floor]) and a subject starting
    at toks[a] open with that figure's comparison ("so với cùng kỳ năm trước, …")."""
    comparison = _lexicons().cues.get("comparison", frozenset())
    return 0 < floor < a and bool(_match_at(toks, floor, comparison, 3))


def _without_final_movement(subject: str) -> str:
    """ "doanh thu lữ hành 9 tháng cũng giảm mạnh" → "doanh thu lữ hành 9 tháng": the subject of
    a change, as the subject of a level said after it."""
    words = _tokens(subject, 0, len(subject))
    directions = _lexicons().directions
    for k in range(max(1, len(words) - MOVEMENT_TAIL), len(words)):
        if _match_at(words, k, directions):
            cut = k - (k > 1 and words[k - 1].low in ("cũng", "đều", "vẫn"))
            return subject[: words[cut - 1].end] if cut > 0 else subject
    return subject


def _subject_text(
    sent: _Sentence, f: _Found, a: int, b: int, floor: int, periods: list[_Period], context: dict
) -> str:
    """The text of the subject toks[a:b], or the subject it stands for (the figure before, the
    total of a breakdown, the clause a count ends)."""
    lex = _lexicons()
    toks = sent.toks
    before = _words_text(sent, a, b)
    joined = context.get("first")
    if (
        joined is not None
        and context.get("counted")
        and 0 < sum(t.kind == "word" for t in toks[floor : f.text_first]) <= 2
        and not any(t.kind == "punct" for t in toks[floor : f.text_first])
    ):
        # "số tiền … của 3 khu đất đã giao 50 tỷ đồng": a count inside the clause the amount ends
        before = f"{context.get('subject', '')} {_words_text(sent, joined, b)}".strip()
    context["first"], context["counted"] = f.text_first, f.unit == "count"
    if a < b and f.unit in ("VND", "USD"):
        described = _described_clause(sent, f, floor, periods)
        before = f"{before} {described}".strip()
    before = _breakdown_item(sent, f, a, before, context)
    before = _with_owner(sent, a, b, before)
    if a < b and context.get("subject") and not _words_text(sent, a, b, fallback=False):
        before = context["subject"]  # "… từ 50% vào năm 2016 lên 65%": only a period, the same subject
    elif _after_comparison(toks, floor, a) and context.get("main") and len(before.split()) <= 2:
        # "… giảm 56,3% so với cùng kỳ năm trước, ước tính đạt 14.200 tỷ đồng": the sentence's subject
        before = f"{_without_final_movement(context['main'])} {before}".strip()
    elif 0 < floor and a < b and toks[a - 1].text == "," and _match_at(toks, a, lex.directions) == b - a \
            and f.unit == "percent" and f.np_start is None and context.get("main"):
        # "doanh thu … đạt 369.000 tỷ đồng, giảm 15% so với …": the change of the sentence's subject
        head = context.get("counted_head", "")
        main = head if len(head.split()) > 1 else _without_final_movement(context["main"])
        before = f"{lex.labels.get('change', '')} {before} {main}".strip()
    elif 0 < floor and a < b and a <= floor + 1 and _match_at(toks, a, lex.directions) == b - a:
        # "xe tải từ 2 tấn đến dưới 4 tấn tăng từ 90.000 đồng": the subject holds the figures before
        a0, _ = _clause_before(sent, a, 0)
        before = _words_text(sent, a0, b)
    if before:
        context["subject"] = before
        context.setdefault("main", before)  # the subject of the sentence's first figure
    elif a == b and context.get("subject") and a <= floor + 2:
        # "… giải ngân 1.108 tỷ đồng, đạt 34,6%": the same subject as the figure before
        before = context["subject"]
    return before


def _with_owner(sent: _Sentence, a: int, b: int, before: str) -> str:
    """ "Dự án X có diện tích 42.000 m2, vốn đầu tư 650 tỷ đồng": a quantity listed after a comma
    ("vốn đầu tư") is the quantity of what the sentence opens with ("Dự án X")."""
    toks = sent.toks
    if not before or a == 0 or toks[a - 1].text != "," or b - a > 4:
        return before
    lex = _lexicons()
    money = lex.cues.get("money", frozenset())
    if not (_names_quantity(before) or any(_match_at(toks, k, money, 2) for k in range(a, b))):
        return before
    have = next((k for k in range(a) if toks[k].low == "có"), None)
    owner_start = _strip_phrase(toks, 0, have)[0] if have else 0
    owner = toks[owner_start:have] if have else []
    if not owner or len(owner) > 12 or any(t.kind != "word" for t in owner):
        return before
    return f"{before} {_words_text(sent, owner_start, have)}"


def _head_span(sent: _Sentence, f: _Found) -> tuple[int, int]:
    """The noun phrase the figure counts ("235 phòng học") or measures ("105ha đất", "100% xã")."""
    lex = _lexicons()
    toks, n = sent.toks, len(sent.toks)
    if f.unit in ("count", "person", "household"):
        head_start = f.unit_first if f.unit_first is not None else f.last
        if head_start < n and toks[head_start].text in _OPEN_QUOTES:
            head_start += 1
        return head_start, f.item_end or f.last
    head_start = f.np_start if f.np_start is not None else f.text_last
    head_end = f.np_end or head_start
    if head_end == head_start and head_start < n and sent.is_item_word(toks[head_start]) and not (
        _match_at(toks, head_start, lex.breakers) or _match_at(toks, head_start, lex.not_items)
    ):
        head_end = sent.item_phrase(head_start)  # "105ha đất", "46.800 m² mái nhà"
    return head_start, head_end


def _measure_parts(
    sent: _Sentence, f: _Found, span: tuple[int, int, int], before: str, head: str, predicate: str,
    k: int, starts: set[int], context: dict,
) -> list[str]:
    """The pieces of a measure, in order: a quantity label, the head noun, what is said of it."""
    lex = _lexicons()
    toks = sent.toks
    a, b, floor = span
    share = _match_before(toks, f.text_first, lex.share_links)
    counted = f.unit in ("count", "person", "household")
    if head and f.unit == "percent" and share and before and not before.endswith("("):
        return [before, "so với", head, predicate]  # "đạt 52,4% kế hoạch": the subject against the plan
    if head:
        # what is said before the number describes a counted noun only when it opens a clause;
        # right after another figure the noun belongs to it ("1.034 tổ … với 6.820 thành viên")
        own_clause = a > floor or floor == 0
        if predicate:
            tail = predicate
            if before and own_clause and 2 <= len(before.split()) <= MAX_SCOPE_WORDS and not _DATE.search(before):
                tail = f"{predicate} {_as_scope(before)}"  # the clause around a counted noun scopes it
        elif own_clause and counted and _counts_itself(sent, f, before):
            return [before]  # "số giáo viên mầm non nghỉ hưu là 250 người": the subject says it all
        elif own_clause or not counted:
            tail = before
        else:
            tail = context.get("head", "") if a <= floor + 2 else ""
        if not tail and counted:
            tail = context.get("tail", "")  # "… đưa 500 sản phẩm lên sàn, trong đó có 44 sản phẩm OCOP"
        context["tail"] = tail
        return [lex.unit_quantities.get((f.unit, "noun"), ""), head, tail]  # "265 ha lúa": its area
    after = _words_text(sent, k, _predicate_after(sent, k, starts))
    if f.unit == "VND" and a < b and _is_funding(toks, a, b):
        # "tỉnh bố trí 20 tỷ đồng cho …": money allotted, and what it is for
        return [lex.labels.get("funding", ""), before, after]
    parts = [lex.unit_quantities.get((f.unit, "subject"), ""), before or after]
    if _words_at(toks, k, 2) == ("so", "với") and before:
        parts.append(after)
    elif before and after and len(after.split()) <= MAX_SCOPE_WORDS and not re.search(r"\d", after):
        parts.append(after)  # "doanh thu … đạt 50 tỷ đồng nhờ du lịch": what is said of it
    return parts


def _counts_itself(sent: _Sentence, f: _Found, before: str) -> bool:
    """Whether the subject of a figure counted by a generic unit ("người", "hộ", "em") already
    names what is counted: "số …", "tổng số …", "số lượng …", or a noun of people."""
    if f.unit_first is None or not before:
        return False
    unit = _words_at(sent.toks, f.unit_first, f.last - f.unit_first)
    if unit not in _lexicons().cues.get("generic", frozenset()):
        return False
    words = _tokens(before, 0, len(before))
    if len(words) < 2:
        return False
    opener = _match_at(words, 0, _lexicons().cues.get("count_of", frozenset()), 2)
    return 0 < opener < len(words)  # not "tổng số" alone


def _as_scope(clause: str) -> str:
    """The clause before a counted noun, as said after it: "mưa lớn làm" → "do mưa lớn"."""
    lex = _lexicons()
    words = _tokens(clause, 0, len(clause))
    n = _match_before(words, len(words), lex.cues.get("cause", frozenset()), 2)
    if not n or n == len(words):
        return clause
    cause = clause[: words[-n].start].strip()
    return f"{lex.labels.get('cause', '')} {cause[:1].lower()}{cause[1:]}".strip()


def _breakdown_item(sent: _Sentence, f: _Found, a: int, before: str, context: dict) -> str:
    """ "Tổng số giáo viên nghỉ hưu là 1.299 người, trong đó bậc học mầm non 294 người": after a
    breakdown cue, a part counted by a generic noun ("người") that names no quantity of its own
    ("bậc học mầm non") measures the total's subject ("giáo viên nghỉ hưu bậc học mầm non")."""
    cue = next((e for _, e in _cue_ends(sent, "breakdown") if e <= f.text_first), None)
    if cue is None:
        if before:
            total = _tokens(before, 0, len(before))
            k = _match_at(total, 0, _lexicons().cues.get("total", frozenset()), 2)
            context["total"] = before[total[k].start :] if k < len(total) else before
        return before
    total = context.get("total")
    if not total or not before or a < cue or len(before.split()) > ENUMERATION_ITEM_WORDS:
        return before
    unit = _words_at(sent.toks, f.unit_first, f.last - f.unit_first) if f.unit_first is not None else None
    if unit not in _lexicons().cues.get("generic", frozenset()):
        return before  # "234.717 học sinh" says what it counts itself
    if _names_quantity(before) or _names_people(before):
        return before
    return f"{total} {before}"


def _names_people(phrase: str) -> bool:
    """Whether a phrase holds a noun of people or households ("giáo viên mầm non")."""
    lex = _lexicons()
    low = f" {phrase.lower()} "
    return any(f" {w} " in low for w, (unit, _) in lex.units.items() if unit in ("person", "household"))


def _described_clause(sent: _Sentence, f: _Found, floor: int, periods: list[_Period]) -> str:
    """The clause an amount of money accompanies: "dự án X, với tổng vốn 650 tỷ đồng" and
    "dự án X (tổng vốn 650 tỷ đồng)" measure the money of dự án X."""
    toks = sent.toks
    c, _ = _clause_before(sent, f.text_first, floor)
    opens_with = toks[c].low if c < f.text_first else ""
    if c - 1 <= floor:
        return ""
    mark = toks[c - 1].text
    closed = f.text_last < len(toks) and toks[f.text_last].text == ")"
    if not ((mark == "," and opens_with == "với") or (mark == "(" and closed)):
        return ""
    a, b = _clause_before(sent, c - 1, floor)
    a, b = _strip_phrase(toks, _skip_periods(toks, a, b, periods), b)
    a = max(a, b - MAX_MEASURE_WORDS)
    return _words_text(sent, a, b)


def _cue_ends(sent: _Sentence, kind: str) -> list[tuple[int, int]]:
    """(start, end) token spans of one kind of figure_measure_cues.tsv in the sentence, cached."""
    cached = sent.cue_spans.get(kind)
    if cached is None:
        lex = _lexicons()
        toks, phrases = sent.toks, lex.cues.get(kind, frozenset())
        blocked = lex.cues.get("not_target", frozenset()) if kind == "target" else frozenset()
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


def _after_cues(sent: _Sentence, a: int, b: int, goal: int | None) -> int:
    """Move the start of a measure past a speaker ("ông A cho biết") and a goal cue with its
    agent ("tỉnh phấn đấu"), which annotators leave out."""
    start = a
    for _, e in _cue_ends(sent, "report"):
        if a < e < b:
            start = max(start, e)
    if goal is not None and a < goal < b:
        start = max(start, goal)
    if start == a:
        return a
    toks = sent.toks
    while start < b and toks[start].kind == "punct":
        start += 1
    return _strip_phrase(toks, start, b)[0] if start < b else a


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
