"""The measure: what a figure measures, in the article's words: the counted noun and what is
said of it, else the subject before the number, shaped by the cues of figure_measure_cues.tsv
(a goal, a speaker, a breakdown, money allotted) and stripped of its period expressions."""

import re

from .candidates import _Found, _rate_after, _Sentence
from .clauses import (
    _beneficiary_verb,
    _clause_before,
    _is_period,
    _names_money,
    _names_quantity,
    _predicate_after,
    _words_text,
)
from .cues import (
    _after_cues,
    _goal_before,
    _goal_named,
    _is_funding,
    _names_goal,
    _without_adverbs,
    _without_bearing,
    _without_closing_span,
    _without_demonstratives,
    _without_plural,
    _without_record_verb,
    _without_time_point,
)
from .listed import _listed_label, _with_exceeding
from .periods import _Period
from .places import _with_fronted_place
from .subject import MAX_MEASURE_WORDS, _level_subject, _subject_span, _subject_text
from .tokens import (
    _CLOSE_QUOTES,
    _OPEN_QUOTES,
    _match_at,
    _match_before,
    _splits_word,
    _tokens,
    _word_end,
    _words_at,
)
from .wordlists import _lexicons

MAX_SCOPE_WORDS = 8
MAX_PURPOSE_WORDS = 12  # "phạt 50 triệu đồng do kinh doanh đường cát nhập lậu": what an amount is for, whose or why
ATTRIBUTED_WORDS = 6  # words of the noun phrase a count of its levels follows ("mô hình chính quyền địa phương")
PEOPLE_SUBJECT_WORDS = 8  # a subject naming who a generic unit counts ("Viên chức giữ chức vụ lãnh đạo, quản lý")
BRACKETED_SHARE_TOKENS = 6  # "(5,17%)", "(chiếm 72%)": a bracket holding a figure right after a counted noun
PARTS_GAP_WORDS = 4  # "40 người thiệt mạng bao gồm 12 binh sĩ": words of the whole between it and its parts
SHARE_ITEM_WORDS = 4  # "1.250 hộ nghèo, chiếm …": the rest of the counted noun before the share  # the clause said around a figure joins its measure up to this length
_DATE = re.compile(r"\d{1,2}/\d{1,2}")  # a clause holding a date says when, not what


def _measure(
    sent: _Sentence, f: _Found, floor: int, starts: set[int], periods: list[_Period], context: dict
) -> str | None:
    """What the figure measures, in the article's words: the counted noun and what is said of
    it ("phòng học bị hư hỏng nặng"), else the subject before the number ("tỷ lệ hồ sơ trực
    tuyến" in "tỷ lệ hồ sơ trực tuyến đạt 53%")."""
    lex = _lexicons()
    toks = sent.toks
    floor = 0 if _inside_count_of(sent, f, floor) else floor
    a, b = _subject_span(sent, f, floor, periods)
    sized = _sized_noun(sent, f, a, b)
    a, b = sized or (a, b)
    goal = _goal_before(sent, f.text_first)
    a = _after_cues(sent, a, b, goal, f.counted)
    before = _subject_text(sent, f, a, b, floor, periods, context)
    share = _share_of_count(sent, f, floor, context)
    before = share or before
    head_start, head_end = _head_span(sent, f)
    head = _words_text(sent, head_start, head_end)
    if not f.counted and _is_period(toks, head_start, head_end, sent.period_spans):
        head = ""  # "tăng từ 28% năm 2017 lên 38% năm 2019": a period, not what is measured
    k = head_end + (head_end < len(toks) and toks[head_end].text in _CLOSE_QUOTES)
    if not f.counted and f.text_last > k:
        k = f.text_last
    while head and _rate_after(toks, k):
        end = _rate_end(toks, k + 1 + (toks[k + 1].kind == "num"))  # "con/1kg": per one of a unit
        head = f"{head}/{_words_text(sent, k + 1, end)}"  # "phòng/ngày": the rate as the article writes it
        k = end
    per = []  # "70.000 đồng/lượt": a price, for each "lượt"
    if not head and f.unit in ("VND", "USD"):
        per = [_words_text(sent, j + 1, _rate_end(toks, j + 1)) for j in range(f.text_first, f.text_last - 1)
               if toks[j].text == "/" and toks[j + 1].kind == "word"]
    k = _past_bracketed_share(toks, k, starts) if head else k
    pred_end = _predicate_after(sent, k, starts) if head else k
    lone = pred_end - k == 1 and _match_at(toks, k, lex.breakers)
    if lone and (pred_end in starts or _match_at(toks, k, lex.cues.get("particle", frozenset()), 1)):
        pred_end = k  # a lone preposition before the next figure ("32 gói thầu thuộc 22 dự án"), or "thôi"
    elif pred_end > k and _match_at(toks, k, lex.cues.get("particle", frozenset()), 2) == pred_end - k:
        pred_end = k  # "đạt từ 24 điểm trở lên": a bound, nothing said of the counted noun
    pred_end = _before_apposition(toks, k, pred_end)
    predicate = _words_text(sent, k, pred_end)
    context["part_scope"] = _whole_scope(sent, f, floor, pred_end, starts, context) if head else None
    parts = _measure_parts(sent, f, (a, b, floor), before, head, predicate, k, starts, context)
    context["head"], context["item_end"] = head, pred_end
    context["counted_head"] = head if f.counted else ""
    context["counted_unit"] = _words_text(sent, f.unit_first, f.last) if _generic_unit(sent, f) else ""
    index = len(parts) == 3 and parts[1] == head and _index_points(head, parts[2])
    if index:
        parts = [parts[0], parts[2]]  # "VN-Index giảm 20 điểm": the index's points, named by the index
    quantities = {lex.unit_quantities.get((f.unit, "noun")), lex.unit_quantities.get((f.unit, "subject"))}
    if parts[0] and parts[0] in quantities and _names_quantity(" ".join(parts[1:])):
        parts = parts[1:]  # "diện tích" before a measure that says "tổng diện tích" already
    dimension = _dimension_before(toks, f.text_first) if f.unit in ("km", "m") else ""
    if sized and f.unit in ("m2", "ha"):
        dimension = lex.unit_quantities.get(("ha", "noun"), "")  # "khu đất rộng 5.000 m2": its area
    parts = _with_dimension(parts, dimension)
    if per:  # "180.000 đồng/lượt" → "giá …/lượt" (no "giá" when the measure names money)
        price = [] if _names_money(" ".join(p for p in parts if p)) else [lex.labels.get("price", "")]
        parts = price + parts
    measure = " ".join(_without_plural(p.strip(" ,;")) for p in parts if p and p.strip(" ,;"))
    measure = re.sub(r"\s+", " ", measure).lstrip(" ,;:-–").rstrip(" ,;:-–(")  # no dangling "("
    measure = re.sub(r"\s+([,;:])", r"\1", measure)  # a mark left by a period taken out sticks to its word
    if not re.search(r"\w", measure):
        measure = ""  # "=": marks alone name nothing
    measure = _without_record_verb(_without_bearing(_without_adverbs(_without_demonstratives(_without_closing_span(_without_time_point(measure))))))
    measure = _from_index_name(measure, index or f.unit == "percent")
    measure = _with_exceeding(sent, f, _with_fronted_place(sent, f, measure))  # "vượt 12% kế hoạch"
    measure += "".join(f"/{w}" for w in per)  # the rate as the article writes it ("…/người/tháng")
    attributed = _attributed_to(sent, f, head_start) if head else ""
    if attributed:  # "mô hình chính quyền địa phương 2 cấp": the levels of that thing, not what it does
        measure = attributed
    measure = _listed_label(sent, f) or measure  # "… của A vượt cả B (14.183 tỷ đồng)": the quantity of B
    if goal is not None and f.unit != "count" and not _names_goal(measure) and _goal_named(sent, goal):
        measure = f"{lex.labels.get('target', '')} {measure}".strip()
    if f.said_of:  # "Tổng số mẫu đã xét nghiệm là 2.452": the subject says what, its head first
        a, b = f.said_of
        measure = _words_text(sent, a, min(b, a + MAX_MEASURE_WORDS)).rstrip(" ,;:-–(")
        measure = _without_demonstratives(_without_time_point(measure))
    context["counted_measure"] = measure if f.counted else ""
    return measure or None


def _index_points(head: str, scope: str) -> bool:
    """Whether a bare "điểm" (figure_measure_cues.tsv, index_point) counts the points of a stock
    index the scope names ("VN-Index", "chỉ số VN30"; stock_index)."""
    cues = _lexicons().cues
    if (_without_adverbs(head).lower(),) not in cues.get("index_point", frozenset()):  # "điểm tương ứng"
        return False
    words = [w.rsplit("-", 1)[-1] for w in scope.lower().split()]
    names = cues.get("stock_index", frozenset())
    return any(tuple(words[k : k + n]) in names for k in range(len(words)) for n in (1, 2))


def _from_index_name(measure: str, moved: bool) -> str:
    """ "Chỉ số đại diện cho cả thị trường VNX-Allshare giảm", "cuối phiên thị trường bất ngờ hồi
    phục, VN-Index tăng": the points or the share a stock index moved are its own; the words
    before the first index named (a hyphenated name whose last part is a stock_index word of
    figure_measure_cues.tsv) say where or why, no part of what is measured. "Chỉ số" right before the name stays, as the article writes it; after "cho" or "của"
    (index_owner) the words before it are the quantity ("mã X đóng góp cho VN-Index", "biên độ
    dao động của HNX-Index") and stay. Only for the points or share of a move (`moved`)."""
    if not moved:
        return measure
    cues = _lexicons().cues
    names = cues.get("stock_index", frozenset())
    words = measure.split(" ")
    k = next((k for k, w in enumerate(words) if "-" in w.strip("-") and (w.rsplit("-", 1)[-1].lower(),) in names), 0)
    if k and (words[k - 1].lower(),) in cues.get("index_owner", frozenset()):
        return measure  # "đóng góp cho VN-Index", "biên độ dao động của HNX-Index": a quantity said of it
    if k >= 2 and tuple(w.lower() for w in words[k - 2 : k]) in names:
        k -= 2  # "Chỉ số VN30-Index"
    return " ".join(words[k:])


def _rate_end(toks: list, j: int) -> int:
    """End of the rate word at toks[j] after a "/": the whole dictionary word ("cổ phiếu", "hợp
    đồng"), not its first syllable; a glued number stays ("m2")."""
    k = j + 1
    if k < len(toks) and toks[k].kind == "num" and toks[k].glued:
        return k + 1
    return _word_end(toks, k)


def _inside_count_of(sent: _Sentence, f: _Found, floor: int) -> bool:
    """Whether the figure before a counted one is part of its subject: only a copula
    (figure_measure_cues.tsv, copula) between them, and the clause opening with a count ("Số hộ
    có từ 3 con trở lên là 120 hộ"; count_of): the clause, not the figure before, says what."""
    lex = _lexicons()
    toks = sent.toks
    if not floor or not f.counted \
            or _words_at(toks, floor, f.text_first - floor) not in lex.cues.get("copula", frozenset()):
        return False
    a, _ = _clause_before(sent, floor, 0)
    a += _match_at(toks, a, lex.openers)
    return bool(_match_at(toks, a, lex.cues.get("count_of", frozenset()), 2))


def _before_apposition(toks: list, k: int, end: int) -> int:
    """Where what is said of a counted noun gives way to the list of its members ("3 bệnh viện
    gồm Bệnh viện …", "3 bệnh viện tiếp nhận bệnh nhân gồm …"; figure_measure_cues.tsv,
    apposition): the list names them, it is no part of what is counted; else `end`. A cue that
    ends a word is none."""
    appositions = _lexicons().cues.get("apposition", frozenset())
    for j in range(k, end):
        if _match_at(toks, j, appositions, 2) and not _splits_word(toks, j):
            return j
    return end


def _whole_scope(sent: _Sentence, f: _Found, floor: int, pred_end: int, starts: set[int], context: dict) -> str | None:
    """ "Lai Châu có 38 đơn vị hành chính cấp xã gồm 30 xã, 6 phường và 2 đặc khu", "60 người
    thiệt mạng, bao gồm 30 binh sĩ và 4 trẻ em": a count that opens, after "gồm"
    (figure_measure_cues.tsv apposition), a list of at least two parts of the counted whole right
    before it, or goes on that list after a comma or "và", is scoped as the whole is: the whole's
    measure without its counted noun, or only without its unit when that is generic ("người");
    the parts: "xã tỉnh Lai Châu", not "xã đơn vị hành chính cấp xã". None when it is no part."""
    if not f.counted or not floor:
        return None
    toks = sent.toks
    scope, end = context.get("part_scope"), context.get("item_end")
    if scope is not None and end is not None and floor <= end < f.text_first and _listed(toks, end, f.text_first):
        return scope  # "…, 6 phường và 2 đặc khu": the list goes on
    whole, head = context.get("counted_measure", ""), context.get("counted_head", "")
    unit = context.get("counted_unit", "")
    listed = any(s in starts and _listed(toks, pred_end, s) for s in range(pred_end + 1, pred_end + 3))
    if not listed or not whole or not head or not _opens_parts(toks, floor, f.text_first):
        return None
    noun = unit if unit and head.lower().startswith(unit.lower()) else head
    if not whole.lower().startswith(noun.lower()):
        return None
    return whole[len(noun) :].strip()


def _opens_parts(toks: list, floor: int, first: int) -> bool:
    """Whether the words between a counted figure (ending at toks[floor]) and the next one at
    toks[first] open a list of its parts: a few words said of it (no other clause joined), a mark
    and "gồm", "bao gồm", "gồm có" ("60 người thiệt mạng, bao gồm", "30 đơn vị … (gồm")."""
    k = first - (first > floor and toks[first - 1].low == "có")
    n = _match_before(toks, k, _lexicons().cues.get("apposition", frozenset()), 2)
    if not n:
        return False
    k -= n
    if k > floor and toks[k - 1].kind == "punct" and toks[k - 1].text in ",-–:(":
        k -= 1
    joins = _lexicons().cues.get("coordinator", frozenset())
    return k - floor <= PARTS_GAP_WORDS and all(t.kind == "word" and (t.low,) not in joins for t in toks[floor:k])


def _past_bracketed_share(toks: list, k: int, starts: set[int]) -> int:
    """ "chỉ có 1.050 người (5,17%) có chứng chỉ B2 trở lên": where what is said of a counted noun
    goes on after a short bracket holding its share, a percentage, right after it; else k."""
    if k >= len(toks) or toks[k].text != "(":
        return k
    close = next((j for j in range(k + 1, min(len(toks), k + BRACKETED_SHARE_TOKENS)) if toks[j].text == ")"), None)
    share = close is not None and any(j in starts for j in range(k + 1, close)) and any(
        t.text == "%" for t in toks[k + 1 : close])  # not an amount in other money ("(khoảng 200 tỷ đồng)")
    return close + 1 if share else k


def _attributed_to(sent: _Sentence, f: _Found, head_start: int) -> str:
    """ "chính quyền địa phương 2 cấp", "hộp số tự động 4 cấp": a count of the levels of a thing
    (figure_measure_cues.tsv, attributive) right after a noun, a dictionary word that is no link,
    says what that thing has: the noun and the noun phrase before it, back to a mark or a link
    word ("cấp mô hình chính quyền địa phương"); else ""."""
    lex = _lexicons()
    toks, i = sent.toks, f.text_first
    n = _match_at(toks, head_start, lex.cues.get("attributive", frozenset()), 2) if f.unit == "count" else 0
    if not n:
        return ""
    stops = (lex.links, lex.breakers, lex.directions, lex.cues.get("not_attributive", frozenset()))
    if i < 2 or not _splits_word(toks, i - 1) or any(_match_before(toks, i, words) for words in stops):
        return ""
    k = i
    while k > 0 and i - k < ATTRIBUTED_WORDS and toks[k - 1].kind == "word" and not _match_before(toks, k, lex.links) \
            and not _match_before(toks, k, lex.breakers) and toks[k - 1].start not in sent.period_starts:
        k -= 1
    if k < i and _splits_word(toks, k):
        k += 1  # never the second half of a word the window cut
    return f"{_words_text(sent, head_start, head_start + n)} {_words_text(sent, k, i)}" if k < i else ""


def _sized_noun(sent: _Sentence, f: _Found, a: int, b: int) -> tuple[int, int] | None:
    """ "xưởng may rộng khoảng 1.900 m2", "khu đất rộng gần 5.000 m2": an area right after
    "rộng" (figure_measure_cues.tsv, dimension) is the area of the noun phrase right before it,
    back to a link word or a mark (at most ATTRIBUTED_WORDS words), not of the whole clause; the
    (toks[a], toks[b]) span of that phrase, None when there is none. Lengths keep their clause:
    a road's name runs across "từ", "đến" and dashes ("tuyến đường từ thành phố đến thác dài")."""
    toks, j = sent.toks, f.text_first - 1
    if f.unit not in ("m2", "ha") or not _dimension_before(toks, f.text_first) or _splits_word(toks, j):
        return None
    lex = _lexicons()
    joins = lex.cues.get("coordinator", frozenset())  # "địa điểm tập kết và thông quan rộng 5.000 m2"
    k = j
    while k > a and j - k < ATTRIBUTED_WORDS and toks[k - 1].kind == "word" \
            and toks[k - 1].start not in sent.period_starts \
            and (not _match_before(toks, k, lex.breakers) or _match_before(toks, k, joins) or _splits_word(toks, k)):
        k -= 1  # a link word ends the phrase, unless it opens a word ("không gian") or joins two nouns
    if k < j and j - k == ATTRIBUTED_WORDS and _splits_word(toks, k):
        k += 1  # never the second half of a word the window cut
    if k == j or _names_quantity(_words_text(sent, k, j)) and j - k <= 2:
        return None  # "với diện tích rộng 5 ha": the clause says whose area
    return k, j


def _dimension_before(toks: list, i: int) -> str:
    """ "dài", "rộng", "cao", "sâu" right before a length (figure_measure_cues.tsv, dimension:
    the nouns they end): the noun of that dimension ("chiều dài"), else ""."""
    if not i or toks[i - 1].kind != "word":
        return ""
    return next((" ".join(d) for d in _lexicons().cues.get("dimension", ()) if d[-1] == toks[i - 1].low), "")


def _with_dimension(parts: list[str], dimension: str) -> list[str]:
    """The parts of a measure with the noun of the dimension said right before a length:
    "tuyến đường dài 12,5 km" → "chiều dài tuyến đường"; "với chiều dài 380 m, rộng 4 m": the
    width, where the clause taken names the length ("chiều dài" → "chiều rộng")."""
    if not dimension:
        return parts
    text = " ".join(p for p in parts if p)
    other = _other_dimension(text, dimension)
    if other:
        return [text.replace(other, dimension, 1)]
    return parts if _names_quantity(text) else [dimension, *parts]


def _other_dimension(measure: str, dimension: str) -> str:
    """The noun of another dimension a measure names ("chiều dài" in "tổng chiều dài" for a length
    said after "rộng"; figure_measure_cues.tsv, dimension): a measure taken from the clause of
    the length before says the wrong one; "" when it names none, or this one."""
    low = f" {measure.lower()} "
    return next((" ".join(d) for d in _lexicons().cues.get("dimension", ())
                 if " ".join(d) != dimension and f" {' '.join(d)} " in low), "")


def _share_of_count(sent: _Sentence, f: _Found, floor: int, context: dict) -> str:
    """ "… có 1.250 hộ nghèo, chiếm 8,5% tổng số hộ", "650 tin đã xử lý (chiếm 72%)": a share
    right after a counted figure (figure_measure_cues.tsv, part_of) is a share of what it counts,
    so it measures that figure's measure; "" when it is none."""
    counted = context.get("counted_measure")
    toks = sent.toks
    if f.unit != "percent" or not counted or not floor:
        return ""
    n = _match_before(toks, f.text_first, _lexicons().cues.get("part_of", frozenset()), 3)
    if not n and f.text_first - 1 == floor and toks[floor].text == "(":
        n = 1  # "chỉ có 1.050 người (5,17%) có chứng chỉ …": the share of those counted, in brackets
    if not n:
        return ""
    between = toks[floor : f.text_first - n]
    marks = [t for t in between if t.kind == "punct"]
    words = [t for t in between if t.kind == "word"]
    if len(words) > SHARE_ITEM_WORDS or len(marks) > 1 or (marks and between[-1] is not marks[0]):
        return ""
    return counted


def _head_span(sent: _Sentence, f: _Found) -> tuple[int, int]:
    """The noun phrase the figure counts ("235 phòng học") or measures ("105ha đất", "100% xã");
    none for money of other countries ("42 tỷ won", figure_measure_cues.tsv currency)."""
    lex = _lexicons()
    toks, n = sent.toks, len(sent.toks)
    if f.counted:
        head_start = f.unit_first if f.unit_first is not None else f.last
        if head_start < n and toks[head_start].text in _OPEN_QUOTES:
            head_start += 1
        end = f.item_end or f.last
        currency = _match_at(toks, head_start, lex.cues.get("currency", frozenset())) if f.unit == "count" else 0
        if currency and currency >= end - head_start:
            return head_start + currency, head_start + currency  # "42 tỷ won": money, measured by whose it is
        if f.unit_item:
            return end, end  # "60 km/h", "900Mbps": a unit, measured by what it is the speed or rate of
        return head_start, end
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
    counted = f.counted
    if head and f.unit == "percent" and share and before and not before.endswith("("):
        return [before, head, predicate]  # "đạt 52,4% kế hoạch": subject and whole, no "so với" added
    if head:
        # what is said before the number describes a counted noun only when it opens a clause;
        # right after another figure the noun belongs to it ("1.034 tổ … với 6.820 thành viên")
        # "… 7 ca bệnh đã ghi nhận, 180 mẫu âm tính": the words before are the other count's
        taken = _said_of_figure_before(toks, f, a, context)
        own_clause = (a > floor or floor == 0) and not taken
        before = "" if taken else before
        received = counted and own_clause and _beneficiary_verb(sent, f.text_first, floor)
        if received:  # "tiêm vắc xin cho 200 công nhân": "công nhân được tiêm vắc xin"
            tail = f"{predicate} được {received}".strip()
        elif counted and not predicate and context.get("part_scope") is not None:
            # "38 đơn vị hành chính cấp xã gồm 30 xã, 6 phường …": a part that says nothing of
            # itself is scoped as its whole is
            tail = context["part_scope"]
        elif predicate:
            tail = predicate
            scope = _past_date(_without_tally(before) if counted else before)
            if scope and own_clause and 2 <= len(scope.split()) <= MAX_SCOPE_WORDS and not _DATE.search(scope):
                tail = f"{predicate} {_without_plural(_as_scope(scope))}"  # the clause around a counted noun scopes it
        elif own_clause and counted and _counts_itself(sent, f, before):
            return [before]  # "số giáo viên mầm non nghỉ hưu là 250 người": the subject says it all
        elif own_clause and counted and _people_before_generic(sent, f, b, before, head):
            context["tail"] = before  # "… là 2.288 người, chỉ có 50 người …": the same people
            return [before]  # "giáo viên mầm non 905 người": the teachers "người" counts, not "người giáo viên"
        elif own_clause or not counted:
            tail = _without_tally(before) if counted else before
        elif not taken and a <= floor + 2 and not _siblings(head, context.get("head", "")) and not _listed(toks, floor, f.text_first):
            tail = context.get("head", "")
        else:
            tail = ""
        if not tail and counted and not taken:
            # "… đưa 500 sản phẩm lên sàn, trong đó có 44 sản phẩm OCOP"; "VN-Index tăng 5 điểm
            # lên 1.200 điểm": the level reached, of the subject without its rise
            tail = _level_subject(toks[floor : f.text_first], context.get("tail", ""))
        context["tail"] = tail
        return [lex.unit_quantities.get((f.unit, "noun"), ""), *_total_first(head, tail)]  # "265 ha lúa": its area
    after = _words_text(sent, k, _predicate_after(sent, k, starts))
    if f.unit == "VND" and a < b and _is_funding(toks, a, b):
        # "tỉnh bố trí 20 tỷ đồng cho …": money allotted, what it is for (no "kinh phí" added)
        return [before, after]
    fine = _fine_start(toks, a, b) if f.unit == "VND" else None
    if fine is not None:  # "Đội QLTT số 3 xử phạt hộ kinh doanh A 12 triệu đồng": the fine, not who fined
        before = f"{lex.labels.get('fine', '')} {_words_text(sent, fine, b)}".strip()
    before = _harm_first(before.rstrip(" ("))  # "nhà máy số 2 (5% của …)": the bracket the figure opens is no word
    parts = [lex.unit_quantities.get((f.unit, "subject"), ""), before or after]
    if before and (_words_at(toks, k, 2) == ("so", "với") or _scopes_amount(after, f.unit)):
        parts.append(after)
    return parts


def _total_first(head: str, tail: str) -> tuple[str, str]:
    """ "với tổng số 320 hộ": a tail that only says the count is a total (figure_measure_cues.tsv,
    count_of) goes before the counted noun, as written: "tổng số hộ", not "hộ tổng số"."""
    words = _tokens(tail, 0, len(tail))
    if words and _match_at(words, 0, _lexicons().cues.get("count_of", frozenset())) == len(words):
        return f"{tail} {head}", ""
    return head, tail


def _past_date(clause: str) -> str:
    """ "tính đến 8h sáng ngày 30/4, Hà Nam đã có": the words after a comma that closes the
    clause holding a date (when) still say who or where; the clause itself goes."""
    found = list(_DATE.finditer(clause))
    if not found:
        return clause
    comma = clause.find(",", found[-1].end())
    return clause[comma + 1 :].strip() if comma >= 0 else clause


def _said_of_figure_before(toks: list, f: _Found, a: int, context: dict) -> bool:
    """ "… 7 mẫu dương tính của 7 ca bệnh đã ghi nhận, 180 mẫu âm tính, …": whether the words
    before a counted figure, from toks[a], are what was said of the counted figure before it
    (ending at context["item_end"], only marks between): no scope of this one, another item."""
    end = context.get("item_end")
    if not f.counted or not context.get("counted_head") or end is None or not a < end < f.text_first:
        return False
    return all(t.kind == "punct" for t in toks[end : f.text_first])


def _scopes_amount(after: str, unit: str) -> bool:
    """Whether the words said after an amount join its measure: "doanh thu … đạt 50 tỷ đồng nhờ
    du lịch"; "đứng thứ 12 cả nước về …" (a ranking, however long); a longer one when it says what
    the amount is for, whose or why ("… để …", "… cho …", "… do …"; amount_scope). Not a clause holding a
    number, nor one opened by "và" (figure_measure_cues.tsv, clause_join: "lãi 75 tỷ đồng và
    vượt kế hoạch", "… 574 tỷ đồng và huy động từ nhân dân …"): another clause, or the subject
    of the next figure."""
    cues = _lexicons().cues
    words = after.split()
    purpose = bool(words) and (words[0].lower(),) in cues.get("amount_scope", frozenset())
    longest = MAX_PURPOSE_WORDS if purpose else MAX_SCOPE_WORDS
    if not words or len(words) > longest and unit != "rank" or re.search(r"\d", after):
        return False
    return (words[0].lower(),) not in cues.get("clause_join", frozenset())


def _fine_start(toks: list, a: int, b: int) -> int | None:
    """Where the last verb of fining in toks[a:b] starts ("bị xử phạt", "phạt";
    figure_measure_cues.tsv, fine), unless the clause already names money; else None."""
    cues = _lexicons().cues
    fines = cues.get("fine", frozenset())
    starts = [k for k in range(a, b) if _match_at(toks, k, fines, 3)]
    if not starts:
        return None
    k = starts[-1]
    while k - 1 >= a and _match_at(toks, k - 1, fines, 3) > _match_at(toks, k, fines, 3):
        k -= 1  # "bị xử phạt" from its "bị"
    if any(_match_at(toks, j, cues.get("money", frozenset()), 2) for j in range(k, b)):
        return None
    return k


def _listed(toks: list, floor: int, first: int) -> bool:
    """Whether only a comma or a joining word ("và"; figure_measure_cues.tsv, coordinator) stands
    between the figure before and this one: items of one list ("500 trẻ em và 2.000 du khách"),
    neither the other's scope."""
    between = toks[floor:first]
    joins = _lexicons().cues.get("coordinator", frozenset())
    return bool(between) and all(t.text == "," or (t.low,) in joins for t in between)


def _siblings(head: str, previous: str) -> bool:
    """Whether two counted nouns are items of one list sharing their head word ("34 Công an cấp
    tỉnh, 3.319 Công an cấp xã", "8.400 mẫu khảo sát cá nhân và 300 mẫu khảo sát doanh nghiệp"):
    the one before is then no scope of the other."""
    first, before = head.split(), previous.split()
    return bool(first and before) and first[0].lower() == before[0].lower()


def _counts_itself(sent: _Sentence, f: _Found, before: str) -> bool:
    """Whether the subject of a counted figure already names what is counted: "số …", "tổng số
    …", "số lượng …" ("tổng số mẫu xét nghiệm đã lấy là 991 mẫu", "số giáo viên là 250 người"),
    or a population a generic unit counts ("quy mô dân số … khoảng 51.500 người")."""
    if not before:
        return False
    words = _tokens(before, 0, len(before))
    if len(words) < 2:
        return False
    cues = _lexicons().cues
    if _generic_unit(sent, f) and any(_match_at(words, k, cues.get("population", frozenset())) for k in range(len(words))):
        return True  # "với dân số 295.309 người": the population, not its people
    opener = _match_at(words, 0, cues.get("count_of", frozenset()), 2)
    return 0 < opener < len(words)  # not "tổng số" alone


def _generic_unit(sent: _Sentence, f: _Found) -> bool:
    """Whether a counted figure's unit says nothing of what it counts ("người", "hộ", "em")."""
    return f.unit_first is not None and _words_at(sent.toks, f.unit_first, f.last - f.unit_first) in _lexicons(
    ).cues.get("generic", frozenset())


def _people_before_generic(sent: _Sentence, f: _Found, b: int, before: str, head: str) -> bool:
    """Whether a short subject that opens with a noun of people ("giáo viên mầm non", "cán bộ cấp
    xã", "viên chức"), right before a generic unit alone or before a link to it, says who the unit
    counts ("giáo viên mầm non 905 người", "Cán bộ cấp xã là 1.078 người"): the unit adds nothing.
    Not a clause whose agent is a person ("nhà ngoại giao … đính chính … 100.000 người")."""
    lex = _lexicons()
    generic = lex.cues.get("generic", frozenset())
    words = _tokens(before, 0, len(before))
    if not words or len(words) > PEOPLE_SUBJECT_WORDS or (head.lower(),) not in generic or (words[0].low,) in generic:
        return False  # "người dân …" opens with the unit itself; "4 người con" counts its own noun
    k = b
    while k < f.text_first and (n := _match_at(sent.toks, k, lex.links)):
        k += n
    if k != f.text_first:
        return False
    return any(lex.units.get(" ".join(t.low for t in words[:n]), ("",))[0] in ("person", "household")
               for n in (1, 2, 3) if n <= len(words))


def _without_tally(clause: str) -> str:
    """ "được khen thưởng tổng cộng" → "được khen thưởng", "Bước đầu ghi nhận" → "", "Xã A là một
    trong" → "": words that total what follows them, a verb of recording alone, or a member of
    the counted things (figure_measure_cues.tsv, tally, record, member) end no clause said of a
    counted noun."""
    cues = _lexicons().cues
    words = _tokens(clause, 0, len(clause))
    end = len(words)
    while end and (n := _match_before(words, end, cues.get("tally", frozenset()))):
        end -= n
    if end and _match_at(words, 0, cues.get("record", frozenset())) == end:
        end = 0
    among = _match_before(words, end, cues.get("among", frozenset()), 2)
    if end and (_match_before(words, end, cues.get("member", frozenset()), 3)
                or (among and end > among and words[end - among - 1].text == "1")):
        end = 0  # "Thị xã A là một trong 9 đô thị …": A is one of them, no scope of them
    return clause[: words[end - 1].end].rstrip() if end else ""


def _harm_first(subject: str) -> str:
    """ "Cơn bão gây thiệt hại" → "thiệt hại do cơn bão": a cause, a verb of causing a loss
    (figure_measure_cues.tsv, harm) and the loss; the loss is what an amount measures."""
    lex = _lexicons()
    words = _tokens(subject, 0, len(subject))
    harm = lex.cues.get("harm", frozenset())
    k = next((k for k in range(1, len(words) - 1) if _match_at(words, k, harm, 2)), None)
    if k is None:
        return subject
    n = _match_at(words, k, harm, 2)
    if k + n >= len(words) or any(t.kind == "punct" for t in words[:k]):
        return subject
    cause = subject[: words[k - 1].end]
    return f"{subject[words[k + n].start :]} {lex.labels.get('cause', '')} {cause[:1].lower()}{cause[1:]}".strip()


def _as_scope(clause: str) -> str:
    """The clause before a counted noun, as said after it: "mưa lớn làm" → "do mưa lớn"."""
    lex = _lexicons()
    words = _tokens(clause, 0, len(clause))
    n = _match_before(words, len(words), lex.cues.get("cause", frozenset()), 3)
    if not n or n == len(words):
        return clause
    cause = clause[: words[-n].start].strip()
    return f"{lex.labels.get('cause', '')} {cause[:1].lower()}{cause[1:]}".strip()
