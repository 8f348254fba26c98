"""The subject of a figure: the words before it that say what it measures, or the subject it
stands for (the figure before, the total of a breakdown, the sentence's first subject)."""

from .candidates import _Found, _Sentence
from .clauses import (
    _attribute_at,
    _clause_before,
    _names_quantity,
    _skip_periods,
    _strip_phrase,
    _whole_words_from,
    _words_text,
)
from .cues import _cue_ends
from .periods import _Period
from .tokens import _match_at, _match_before, _Tok, _tokens, _words_at
from .wordlists import _lexicons

MAX_MEASURE_WORDS = 18
ENUMERATION_ITEM_WORDS = 5
COORDINATE_WORDS = 8  # words of the first coordinate that holds the head ("doanh thu dịch vụ lưu trú")
BRACKET_GAP = 4  # words: what a counted noun is said to do, between it and a bracketed change
MOVEMENT_TAIL = 3  # words: a movement verb this near the end of a subject ends it ("… giảm mạnh")
TO_WORDS_AHEAD = 4  # how far after "từ X" the "lên"/"xuống" of a from-to pair is looked for
ATTRIBUTE_WORDS = 9
COUNTED_TAIL_WORDS = 6  # words said of a counted figure before "với" ties an amount's quantity to it
JOINED_AFTER_TOKENS = 4  # "1.250 hộ nghèo và …": a joining word this close after the figure before  # "với quy mô" this close before a figure names its quantity; further, a clause


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
        a, b = _strip_phrase(toks, _whole_words_from(toks, a, b - MAX_MEASURE_WORDS), b)
        return a, b

    a, b = before_clause(f.text_first)
    if 0 < floor and a <= floor + 1:
        # "… 1.250 hộ nghèo và tỷ lệ hộ nghèo chiếm 8,5%": the clause after the figure before
        # opens at the word joining it (figure_measure_cues.tsv, coordinator)
        joins = [k + 1 for k in range(a, min(b, floor + JOINED_AFTER_TOKENS))
                 if _match_at(toks, k, _lexicons().cues.get("coordinator", frozenset()), 1)]
        if joins and joins[-1] < b:
            a, b = _strip_phrase(toks, joins[-1], b)
    b = _without_movement(toks, a, b, f)
    words = sum(t.kind == "word" for t in toks[a:b])  # with the verb: "giá Bitcoin đã tăng lên" is no short clause
    b = _without_rise_to_level(toks, a, b, f)
    bare = f.item_end is None and f.unit_first is None  # "Tổng số mẫu đã lấy: 854": no noun after it
    if not words and a > floor + 1 and toks[a - 1].text == ":" and (not f.counted or bare):
        return before_clause(a - 1)  # "Tổng mức đầu tư: khoảng 6.398 tỷ đồng": the label says what
    if words <= 2 and a > floor + 1 and toks[a - 1].text in (",", "("):
        # "tốc độ tăng trưởng … duy trì ở mức cao, trung bình đạt hơn 13%"
        a2, _ = before_clause(a - 1)
        if _after_comparison(toks, floor, a) and a2 <= floor + 2:
            return a, b  # the clause before is the comparison of the figure before
        if _dates_only(toks, a2, a - 1) or _period_only(toks, a2, a - 1, periods):
            return a, b  # "Từ ngày 1/7, toàn quốc có 34 …", "Năm ngoái, huyện có …": it only says when
        if _adverbial_before(sent, a - 1, floor):
            return a, b  # "Đáng chú ý, 95% nạn nhân …", "Hiện, huyện có 4 cơ sở …": how the writer goes on
        if _source_before(sent, a - 1, floor):
            return a, b  # "Theo Bộ Y tế, 2 ca mắc …": who tells the figure
        return min(a, a2), b
    head = _coordinated_head(sent, a, b, floor, words)
    if head is not None:
        return head, b  # "tỷ lệ suy dinh dưỡng, thấp còi ở trẻ em giảm xuống 20%": the head before the comma
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


def _coordinated_head(sent: _Sentence, a: int, b: int, floor: int, words: int) -> int | None:
    """Where the measure starts when the clause before the figure is the second coordinate of a
    noun phrase whose head a comma left behind: "doanh thu dịch vụ lưu trú, ăn uống … đạt",
    "tỷ lệ suy dinh dưỡng, thấp còi ở trẻ em giảm", "số lượng cán bộ, công chức … là". The part
    before the comma opens with a quantity or money noun (figure_quantity_nouns.txt; cues money,
    coordinated_head), holds no number, verb of change or link, and the part after names no
    quantity of its own; else None."""
    toks, lex = sent.toks, _lexicons()
    if a <= floor + 1 or toks[a - 1].text != ",":
        return None
    a2, _ = _clause_before(sent, a - 1, floor)
    if (a2 <= floor and floor > 0) or any(t.kind not in ("word", "punct") or t.text in "()" for t in toks[a2 : a - 1]) \
            or _adverbial_before(sent, a - 1, floor) or _match_at(toks, a2, lex.cues.get("adverbial", frozenset()), 3):
        return None  # "Tổng cộng (trong phim), …": how the writer goes on
    heads = (lex.quantity_nouns, lex.cues.get("money", frozenset()), lex.cues.get("coordinated_head", frozenset()))
    if any(_match_at(toks, a, h, 3) for h in heads):
        return None  # the part after the comma names its own quantity
    verbs = (lex.directions, lex.links)
    for h in range(a2, a - 1):
        n = max(_match_at(toks, h, q, 3) for q in heads)
        if n and (h == a2 or _match_before(toks, h, lex.directions)):
            break  # the head opens the part, or a verb's object: "góp phần giảm tỷ lệ suy dinh dưỡng"
    else:
        return None
    seg = sum(t.kind == "word" for t in toks[h : a - 1])
    if n == seg or not 2 <= seg <= COORDINATE_WORDS or words + seg > MAX_MEASURE_WORDS \
            or any(_match_at(toks, k, v) for k in range(h + 1, a - 1) for v in verbs):
        return None  # "Tỷ lệ hộ nghèo giảm mạnh, …": a clause of its own
    return h


def _quantity_of_counted(sent: _Sentence, f: _Found, floor: int, context: dict) -> str:
    """ "33 vụ lừa đảo qua mạng với tổng số tiền hơn 4,6 tỷ đồng", "549 dự án đầu tư trong nước
    với tổng số vốn 87.193 tỷ đồng": an amount whose quantity an attribute link ("với";
    figure_measure_cues.tsv, counted_tie) ties to the counted things right before it, said with
    words of their own, measures that quantity of them ("tổng số tiền vụ lừa đảo qua mạng"), not
    the words left between; "" if none. With nothing said of the things ("Xã có 12 thôn với tổng
    diện tích …", "trả 2 đợt với số tiền …") the quantity is as often the clause's subject's."""
    lex = _lexicons()
    toks, counted = sent.toks, context.get("counted_head")
    if f.counted or not counted or not 0 < floor < f.text_first:
        return ""
    if any(t.kind != "word" for t in toks[floor : f.text_first]):
        return ""
    ties = lex.cues.get("counted_tie", frozenset())
    v = next((k for k in range(floor, f.text_first)
              if _match_at(toks, k, ties, 1) and _attribute_at(toks, k) is not None), None)
    if v is None or v == floor or v - floor > COUNTED_TAIL_WORDS:
        return ""
    money, b = lex.cues.get("money", frozenset()), f.text_first
    while b > v + 1 and (n := _match_before(toks, b, lex.links)) and not _match_before(toks, b, money, 2) \
            and not _match_before(toks, b, lex.quantity_nouns):
        b -= n  # "với tổng số vốn lên đến": the quantity, not the verb that gives it
    if b <= v + 1:
        return ""
    return f"{_words_text(sent, v + 1, b)} {counted} {_words_text(sent, floor, v, fallback=False)}".strip()


def _adverbial_before(sent: _Sentence, comma: int, floor: int) -> bool:
    """Whether the clause before the comma at toks[comma] is only a sentence adverbial
    (figure_measure_cues.tsv, adverbial: "Đáng chú ý,", "Như vậy,", "Hiện,"): it says how the
    writer goes on, not who or what the figure after it measures. One that opens a longer
    clause ("hiện người dùng … đã có thể đăng ký,") leaves the clause its subject."""
    toks = sent.toks
    a, _ = _clause_before(sent, comma, floor)
    while a < comma and toks[a].kind == "punct":
        a += 1  # an opening quote
    n = _match_at(toks, a, _lexicons().cues.get("adverbial", frozenset()), 3)
    return bool(n) and a + n == comma


def _source_before(sent: _Sentence, comma: int, floor: int) -> bool:
    """Whether the clause before the comma at toks[comma] only names who tells the figure after
    it ("Theo Bộ Y tế,", "Cũng theo Reuters,"; figure_measure_cues.tsv, source_lead, then a
    capital): a source, not the scope of a counted noun nor its subject. A lower-case one
    ("Theo kế hoạch,", "Theo báo cáo của …,") names a plan or a report the figure follows, kept."""
    toks = sent.toks
    a, _ = _clause_before(sent, comma, floor)
    n = _match_at(toks, a, _lexicons().cues.get("source_lead", frozenset()), 2)
    return bool(n) and a + n < comma and toks[a + n].kind == "word" and toks[a + n].text[:1].isupper()


def _period_only(toks: list[_Tok], a: int, b: int, periods: list[_Period]) -> bool:
    """Whether every word of toks[a:b] lies in one of the sentence's period expressions ("Năm
    ngoái", "Cùng kỳ năm trước"): the period is the figure's `period`, no part of its measure."""
    words = [t for t in toks[a:b] if t.kind == "word"]
    return bool(words) and all(any(p.start <= t.start < p.end for p in periods) for t in words)


def _dates_only(toks: list[_Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] only says when: a day's date and its day words ("Từ ngày 1/7", "Sáng
    30/4"), or words of the time of writing ("Tính đến nay"; figure_period_words.tsv present)."""
    lex = _lexicons()
    present = lex.period_words.get("present", ())
    k, when = a, False
    while k < b:
        n = _match_at(toks, k, present)
        t = toks[k]
        if n or t.kind == "num":
            when, k = True, k + max(n, 1)
            continue
        if (t.kind == "word" and t.low not in lex.day_words) or (t.kind == "punct" and t.text not in "/-"):
            return False
        k += 1
    return when


def _without_movement(toks: list[_Tok], a: int, b: int, f: _Found) -> int:
    """End of the subject toks[a:b] without a movement verb that opens a from-to pair: in "giá vé
    tăng từ 70.000 đồng lên 110.000 đồng" both numbers are levels of "giá vé" (but "giảm từ 3,5
    đến 4%" is a range of the change itself)."""
    lex = _lexicons()
    n = _match_before(toks, b, lex.directions)
    if not n or b - n <= a or b >= len(toks) or toks[b].low not in lex.range_from:
        return b
    after = {t.low for t in toks[f.text_first : f.text_last + TO_WORDS_AHEAD]}  # "từ 132 lên 141 xã" is one text
    return b - n if any((w,) in lex.cues.get("level_to", ()) for w in after) else b


def _without_rise_to_level(toks: list[_Tok], a: int, b: int, f: _Found) -> int:
    """End of the subject toks[a:b] without the movement verb it ends with when the figure is the
    level reached ("tỷ lệ sử dụng thuốc lá điện tử tăng lên 2,6%", "UPCoM-Index lại tăng 0,56
    điểm … lên 80,68 điểm"): the level is of the subject, the verb is no part of what is measured
    (GOLD.md: a measure holds no verb of its sentence); a verb with an object ("tăng vốn điều lệ
    lên …") is not at the end and stays, nor one that disagrees with the level's word ("số mã giảm
    lên tới 772 mã": falling stocks counted)."""
    lex = _lexicons()
    n = _match_before(toks, b, lex.directions)
    if not n or b - n <= a:
        return b
    reached = lex.cues.get(f"level_{lex.directions.get(_words_at(toks, b - n, n))}", frozenset())
    if not any((t.low,) in reached for t in toks[b : f.text_first]):
        return b
    return _strip_phrase(toks, a, b - n)[1]


def _after_comparison(toks: list[_Tok], floor: int, a: int) -> bool:
    """Whether the words between the figure before (ending at toks[floor]) and a subject starting
    at toks[a] open with that figure's comparison ("so với cùng kỳ năm trước, …")."""
    comparison = _lexicons().cues.get("comparison", frozenset())
    return 0 < floor < a and bool(_match_at(toks, floor, comparison, 3))


def _change_in_brackets(toks: list[_Tok], floor: int, b: int) -> int | None:
    """Where the bracket opens when a subject ending at toks[b] is only a change in a bracket
    opened right after the figure before (ending at toks[floor]) or after the words it counts
    ("29 tỷ đồng (giảm nhẹ", "2.150 doanh nghiệp thành lập mới (tăng"); None otherwise."""
    if not 0 < floor < b:
        return None
    paren = next((k for k in range(b - 1, floor - 1, -1) if toks[k].text == "("), None)
    if paren is None or paren + 1 >= b or _match_at(toks, paren + 1, _lexicons().directions) != b - paren - 1:
        return None
    between = toks[floor:paren]
    return paren if len(between) <= BRACKET_GAP and all(t.kind == "word" for t in between) else None


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


def _level_subject(between: list[_Tok], subject: str) -> str:
    """The subject of the figure before, said again for this one; when a word of the level
    reached (figure_measure_cues.tsv, level_to) stands between them ("ABC tăng 1.200 đồng (5,1%)
    lên 24.800 đồng"), the level is of the subject, not of its rise: without the verb."""
    if any((t.low,) in _lexicons().cues.get("level_to", ()) for t in between):
        return _without_rise(subject)
    return subject


def _without_rise(subject: str) -> str:
    """ "ABC tăng" → "ABC", "hãng bay cũng tăng giá vé" → "hãng bay giá vé": the subject of a
    change without its movement verb (figure_directions.tsv) and the adverb before it, as the
    subject of the level the change reached; the words after the verb stay (what rose). A
    passive verb ("được giảm giá": a discount) or a verb made a noun ("việc tăng vốn", "mức
    tăng") stays."""
    words = _tokens(subject, 0, len(subject))
    directions = _lexicons().directions
    for k in range(len(words) - 1, max(0, len(words) - MOVEMENT_TAIL) - 1, -1):
        n = _match_at(words, k, directions)
        if not n:
            continue
        cut = k - (k > 1 and words[k - 1].low in ("cũng", "đều", "vẫn", "đã", "lại"))
        if cut == 0 or words[cut - 1].low in ("được", "bị", "việc", "mức"):
            return subject  # "máy được giảm giá …": a discount; "việc tăng vốn", "mức tăng": nouns
        return f"{subject[: words[cut - 1].end]} {subject[words[k + n - 1].end :].strip()}".strip()
    return subject


def _unless_only_when(sent: _Sentence, f: _Found, a: int, b: int, before: str) -> str:
    """No subject for a count whose clause before only says when ("Năm 2022 có 300 hộ thoát
    nghèo"): the period is the figure's own, and the counted noun says what is counted."""
    if f.counted and a < b and not _words_text(sent, a, b, fallback=False):
        return ""
    return before


def _subject_text(
    sent: _Sentence, f: _Found, a: int, b: int, floor: int, periods: list[_Period], context: dict
) -> str:
    """The text of the subject toks[a:b], or the subject it stands for (the figure before, the
    total of a breakdown, the clause a count ends)."""
    lex = _lexicons()
    toks = sent.toks
    before = _quantity_of_counted(sent, f, floor, context) or _attribute_first(sent, a, b)
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
        if described and "(" in before:  # "dự án X (tổng vốn 650 tỷ đồng)": inside the figure's bracket
            before = before.rsplit("(", 1)[1].strip()
        if described.lower() not in before.lower():  # said once: the subject may hold the clause already
            before = f"{before} {described}".strip()
    before = _breakdown_item(sent, f, a, before, context)
    before = _with_owner(sent, a, b, before)
    before = _unless_only_when(sent, f, a, b, before)
    extremes = lex.cues.get("extreme", frozenset())
    if a < b and context.get("subject") and not _words_text(sent, a, b, fallback=False):
        before = context["subject"]  # "… từ 50% vào năm 2016 lên 65%": only a period, the same subject
    elif 0 < floor and a < b <= floor + 4 and context.get("subject") and _match_at(toks, a, extremes, 2) == b - a:
        # "mức hỗ trợ thấp nhất là 2 triệu đồng, cao nhất là 10 triệu đồng": the other end
        before = _other_end(context["subject"], before, extremes)
    elif _after_comparison(toks, floor, a) and context.get("main") and len(before.split()) <= 2:
        # "… giảm 56,3% so với cùng kỳ năm trước, ước tính đạt 14.200 tỷ đồng": the sentence's subject
        before = f"{_without_final_movement(context['main'])} {before}".strip()
    elif 0 < floor and a < b and toks[a - 1].text == "," and _match_at(toks, a, lex.directions) == b - a \
            and f.unit == "percent" and f.np_start is None and context.get("main"):
        # "doanh thu … đạt 369.000 tỷ đồng, giảm 15% so với …": the change of the sentence's subject
        # of the level just before it: "doanh thu A đạt 547 tỷ đồng, tăng 12,6%; doanh thu B đạt
        # 22,5 tỷ đồng, tăng 4,5%" is a change of B's revenue, not of the sentence's first subject
        head = context.get("counted_head", "")
        main = head if len(head.split()) > 1 else _without_final_movement(context.get("level") or context["main"])
        before = f"{lex.labels.get('change', '')} {before} {main}".strip()
    elif f.unit == "percent" and f.np_start is None and (paren := _change_in_brackets(toks, floor, b)) is not None:
        # "lợi nhuận 29 tỷ đồng (giảm nhẹ 0,7%)", "2.150 doanh nghiệp thành lập mới (tăng 9%)": the
        # change of what the figure before the bracket measures
        owner = context.get("counted_measure") or _without_final_movement(context.get("subject", ""))
        if owner:
            before = f"{lex.labels.get('change', '')} {_words_text(sent, paren + 1, b)} {owner}".strip()
    elif 0 < floor and a < b and a <= floor + 1 and _match_at(toks, a, lex.directions) == b - a:
        # "xe tải từ 2 tấn đến dưới 4 tấn tăng từ 90.000 đồng": the subject holds the figures before
        a0, _ = _clause_before(sent, a, 0)
        before = _words_text(sent, a0, b)
    before = _with_level_head(sent, a, b, before)
    if before:
        context["subject"] = before
        context.setdefault("main", before)  # the subject of the sentence's first figure
        if f.unit != "percent":
            context["level"] = before  # the subject of the last amount or count
    elif a == b and context.get("subject") and a <= floor + 2:
        # "… giải ngân 1.108 tỷ đồng, đạt 34,6%": the same subject as the figure before
        before = _level_subject(toks[floor : f.text_first], context["subject"])
    return before


def _only_verbs(toks: list[_Tok], a: int, b: int | None) -> bool:
    """Whether toks[a:b] are only verbs of change, links, aspect words and adverbs (figure_
    directions.tsv, figure_measure_links.txt, figure_measure_cues.tsv verb_start and adverb):
    words that say how a figure moved or is tied, no noun of what it measures ("giảm", "cũng
    tăng", "đạt")."""
    lex = _lexicons()
    b = len(toks) if b is None else b
    kinds = (lex.directions, lex.links, lex.cues.get("verb_start", frozenset()), lex.cues.get("adverb", frozenset()))
    k = a
    while k < b and toks[k].kind == "word":
        n = max(_match_at(toks, k, w, 3) for w in kinds)
        if not n:
            return False
        k += n
    return k == b and b > a


def _with_level_head(sent: _Sentence, a: int, b: int, before: str) -> str:
    """The subject with the quantity of the clause before the comma put first (`_level_head`)
    when the subject holds only verbs and links ("giảm", "tăng mạnh"); else the subject."""
    if a < b and _only_verbs(_tokens(before, 0, len(before)), 0, None):
        return f"{_level_head(sent, a)} {before}".strip()
    return before


def _level_head(sent: _Sentence, a: int) -> str:
    """ "Tổng tài sản của công ty đạt 8.483 tỷ đồng, giảm 120 tỷ đồng": a clause after a comma
    that names nothing of its own measures the quantity the clause before the comma opens with
    (figure_quantity_nouns.txt; cues money, coordinated_head), its words up to the clause's first
    verb, link or number; "" when the clause before opens with no quantity noun."""
    toks, lex = sent.toks, _lexicons()
    if a < 1 or toks[a - 1].text != ",":
        return ""
    a0, _ = _clause_before(sent, a - 1, 0)
    heads = (lex.quantity_nouns, lex.cues.get("money", frozenset()), lex.cues.get("coordinated_head", frozenset()))
    n = max(_match_at(toks, a0, h, 3) for h in heads)
    if not n:
        return ""
    stops = (lex.directions, lex.links, lex.cues.get("verb_start", frozenset()))
    k = a0 + n
    while k < a - 1 and (toks[k].kind == "word" or toks[k].text == "-") and not any(_match_at(toks, k, w, 3) for w in stops):
        k += 1
    return _words_text(sent, a0, k)


def _other_end(owner: str, end: str, extremes) -> str:
    """ "mức hỗ trợ thấp nhất" and "cao nhất" → "mức hỗ trợ cao nhất": the subject of the figure
    before with its end word (figure_measure_cues.tsv, extreme) replaced, or the end said after
    it; the end alone when that subject is only an end word itself ("Thấp nhất là …")."""
    words = _tokens(owner, 0, len(owner))
    k = next((k for k in range(len(words) - 1, -1, -1) if _match_at(words, k, extremes, 2)), None)  # the last
    if k is None:
        return f"{owner} {end}"
    n = _match_at(words, k, extremes, 2)
    if n == len(words):
        return end
    return f"{owner[: words[k].start]}{end}{owner[words[k + n - 1].end :]}".strip()


def _attribute_first(sent: _Sentence, a: int, b: int) -> str:
    """ "xã Cửa Dương với quy mô 55,6 ha" → "quy mô xã Cửa Dương": the quantity named after an
    attribute link (figure_measure_cues.tsv) and the thing it belongs to, without the link; a
    bare "tổng số" or "số lượng" before a counted noun says nothing and is left out."""
    toks = sent.toks
    for v in range(b - 2, a - 1, -1):
        r = _attribute_at(toks, v)
        if r is None:
            continue
        if r >= b or b - v > ATTRIBUTE_WORDS or any(t.kind != "word" for t in toks[v:b]):
            break
        generic = _match_at(toks, r, _lexicons().cues.get("count_of", frozenset()), 2) == b - r
        quantity = "" if generic else _words_text(sent, r, b)
        owner = _words_text(sent, a, v, fallback=False) if v > a else ""
        return f"{quantity} {owner}".strip()
    return _words_text(sent, a, b)


def _with_owner(sent: _Sentence, a: int, b: int, before: str) -> str:
    """ "Dự án X có diện tích 42.000 m2, vốn đầu tư 650 tỷ đồng": a quantity listed after a comma
    ("vốn đầu tư", "dân số") is the quantity of what the sentence opens with ("Dự án X")."""
    toks = sent.toks
    if not before or a == 0 or toks[a - 1].text != "," or b - a > 4:
        return before
    lex = _lexicons()
    quantities = lex.cues.get("money", frozenset()) | lex.cues.get("population", frozenset())
    if not (_names_quantity(before) or any(_match_at(toks, k, quantities, 2) for k in range(a, b))):
        return before
    have = next((k for k in range(a) if toks[k].low == "có"), None)
    owner_start = _strip_phrase(toks, 0, have)[0] if have else 0
    owner = toks[owner_start:have] if have else []
    if not owner or len(owner) > 12 or any(t.kind != "word" for t in owner):
        return before
    return f"{before} {_words_text(sent, owner_start, have)}"


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
    a = _whole_words_from(toks, a, b - MAX_MEASURE_WORDS)
    return _words_text(sent, a, b)
