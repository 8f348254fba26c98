"""Clauses and phrases of a figure's sentence for its measure: the clause before a figure, the
words said after it, trimmed of link words and period expressions."""

import re

from .candidates import _Sentence
from .periods import _counts_months, _Period
from .tokens import (
    _CLOSE_QUOTES,
    _OPEN_QUOTES,
    _abbreviation_period,
    _match_at,
    _match_before,
    _paired_across,
    _splits_word,
    _Tok,
    _tokens,
)
from .wordlists import _lexicons

COORDINATED_SUBJECT_TOKENS = 6  # "… và Đại đội 7 với 100 giường": the next figure this close after "và"
_BOUNDARY = frozenset(",;:()[]…!?\"“”‘’«»–—•")  # ends a clause (a measure never crosses one)
MAX_PREDICATE_WORDS = 16
ESTIMATE_REACH = 4  # words: "thiệt hại ban đầu ước tính": a noun of money this close makes "ước tính" a modifier
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


def _link_before(toks: list[_Tok], b: int, a: int = 0) -> int:
    """Length of the link word ending at toks[b - 1] ("đạt", "hiện"), 0 if none or if it ends a
    longer word: "chiều dài" keeps its "dài", "thực hiện" its "hiện" (figure_measure_cues.tsv,
    link_compound); nor a particle of a verb (verb_particle) right after a word of the phrase
    from toks[a] that is no link itself: "phát hiện thêm", "tuyển thêm" keep their "thêm" ("more
    of it", what the count is), "đã có thêm" loses both."""
    lex = _lexicons()
    n = _match_before(toks, b, lex.links)
    if n and (_match_before(toks, b, lex.quantity_nouns) > n
              or _match_before(toks, b, lex.cues.get("link_compound", frozenset()), 3) > n):
        return 0
    if n and _match_before(toks, b, lex.cues.get("verb_particle", frozenset()), 1) == n and b - n > a \
            and toks[b - n - 1].kind == "word" and not _link_before(toks, b - n, a):
        return 0
    return n


def _strip_phrase(toks: list[_Tok], a: int, b: int) -> tuple[int, int]:
    """Trim link words at the end and openers at the start of toks[a:b] (not_phrase_opener in
    figure_measure_cues.tsv: phrases holding an opener that are none, "vì sao", "nên nhớ")."""
    lex = _lexicons()
    changed = True
    while changed and a < b:
        changed = False
        n = _link_before(toks, b, a)
        if n and b - n >= a:
            b -= n
            changed = True
        n = _match_before(toks, b, lex.cues.get("estimate", frozenset()), 2)
        if n and b - n >= a and not _money_near(toks, max(a, b - n - ESTIMATE_REACH), b - n):
            b -= n  # "doanh thu … ước tính đạt": a verb, but "thiệt hại (ban đầu) ước tính" is a noun phrase
            changed = True
        n = _match_at(toks, a, lex.openers)
        if n and a + n <= b and not _match_at(toks, a, lex.cues.get("not_phrase_opener", frozenset()), 2):
            a += n
            changed = True
    return a, b


def _whole_words_from(toks: list[_Tok], a: int, cut: int) -> int:
    """Start of a window of words cut at toks[cut] (a <= cut), moved back one syllable when the
    cut splits a word: "phải thanh | toán cho …" starts at "thanh"."""
    return cut - 1 if a < cut and _splits_word(toks, cut) else max(a, cut)


def _predicate_after(sent: _Sentence, k: int, starts: set[int]) -> int:
    """End of the words after toks[k] up to a boundary mark or the next figure."""
    toks, lex = sent.toks, _lexicons()
    b, words = k, 0
    while b < len(toks) and words < MAX_PREDICATE_WORDS:
        t = toks[b]
        quote = _quote_close_after(toks, b, len(toks)) if t.kind == "punct" and b > k else None
        if quote is not None and not any(s in starts for s in range(b, quote)):
            words += quote - b - 1
            b = quote + 1
            continue
        paired = _paired_across(toks, b, lex.paired, lex.paired_phrases) if b > k else 0
        if paired and not any(s in starts for s in range(b, b + paired + 1)):
            b, words = b + 1 + paired, words + paired  # "cán bộ lãnh đạo, quản lý được …": one thing
            continue
        if b in starts or (t.kind == "punct" and t.text in _BOUNDARY | {".", "!", "?"}
                           and not _abbreviation_period(toks, b)):
            break
        ahead = any(b < s <= b + MAX_PREDICATE_WORDS for s in starts)
        near = any(b < s <= b + COORDINATED_SUBJECT_TOKENS and all(x.kind != "punct" for x in toks[b:s])
                   for s in starts)
        coordinator = near and _match_at(toks, b, lex.cues.get("coordinator", frozenset()), 1)
        if (ahead and _attribute_at(toks, b) is not None) or coordinator:
            break  # "… với quy mô 55 ha", "… và tỷ lệ hộ nghèo chiếm 8%": the next figure's subject starts there
        second = lex.cues.get("second_predicate", frozenset())
        if toks[b].low == "và" and _match_at(toks, b + 1, second) and not (b > k and _match_before(toks, b, second, 1)):
            break  # "… 2.000 người và đang tiêm …": a second verb phrase ("đã và đang học": one)
        if toks[b].low == "và" and _match_at(toks, b + 1, lex.cues.get("second_thing", frozenset())):
            break  # "… 2 người mất tích và hàng trăm ngôi nhà …": another thing, counted on its own
        b += 1
        words += t.kind == "word"
    if words >= MAX_PREDICATE_WORDS and _splits_word(toks, b):
        b += 1  # "… đủ điều kiện tham gia": the limit does not cut "tham gia" in two
    while b > k:
        n = _link_before(toks, b, k)
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
    def dated(k: int) -> bool:
        return k < len(toks) and any(s <= toks[k].start < e for s, e in sent.period_spans)

    keep = [k for k in range(a, b) if not dated(k)]
    lead = _lexicons().period_words.get("lead", frozenset())
    part = _lexicons().period_words.get("part", frozenset())
    if len(keep) == b - a and not (dated(b) and _match_before(toks, b, lead, 4)):
        return sent.text[toks[a].start : toks[b - 1].end]
    runs, run = [], []
    for k in keep:
        if run and k != run[-1] + 1:
            runs.append(run)
            run = []
        run.append(k)
    runs += [run] if run else []
    pieces, parted = [], False
    for run in runs:
        last = run[-1] + 1
        if (last < b and last not in keep) or (last == b and dated(b)):
            # words that only introduced the period: "trong", "vào", "từ cuối" (a part of it after
            # one of them), and "trước ngày" before a date the words stop at
            n = _year_part_before(toks, last)
            last, parted = last - n, parted or n > 0
            n = _match_before(toks, last, part, 1)
            last -= n if _match_before(toks, last - n, lead, 4) else 0
            last -= _match_before(toks, last, lead, 4)
        if last > run[0]:
            pieces.append(sent.text[toks[run[0]].start : toks[last - 1].end].strip(" ,;"))
    text = " ".join(pieces).strip(" ,;")
    if parted and not text:
        return ""  # "trong cả năm 2020": words that only led to the period taken out
    return text or (sent.text[toks[a].start : toks[b - 1].end] if fallback else "")


def _year_part_before(toks: list[_Tok], b: int) -> int:
    """Length of the part of a year that ends at toks[b - 1] before its "năm YYYY" (the period
    taken out): "cả", "đầu", "cuối" (figure_period_words.tsv, year_part), with a count of months
    or quarters before it ("11 tháng đầu"). Left in, "274 nghìn tỷ đồng cả năm 2019" measured
    "cả" and "31,77% đến 11 tháng đầu năm 2020" "đến 11 tháng đầu"; a year-less "cả năm" stays."""
    pw = _lexicons().period_words
    if not (b + 1 < len(toks) and toks[b].low == "năm" and re.fullmatch(r"\d{4}", toks[b + 1].text)):
        return 0
    if not _match_before(toks, b, pw.get("year_part", frozenset()), 1):
        return 0
    counted = b >= 3 and toks[b - 3].kind == "num" and _counts_months(toks[b - 2].low)
    return 3 if counted else 1


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


def _attribute_at(toks: list[_Tok], v: int) -> int | None:
    """Where the quantity starts when toks[v] ties a thing to one of its quantities ("với quy
    mô", "có tổng diện tích", "với các cự ly"), else None."""
    lex = _lexicons()
    cues = lex.cues
    if toks[v].kind != "word" or not _match_at(toks, v, cues.get("attribute_link", frozenset()), 1):
        return None
    if _match_before(toks, v + 1, cues.get("not_attribute_link", frozenset()), 2) > 1:
        return None
    r = v + 1
    if r < len(toks) and toks[r].low in ("các", "những"):
        r += 1
    if r >= len(toks):
        return None
    named = (
        _match_at(toks, r, lex.quantity_nouns)
        or _match_at(toks, r, cues.get("money", frozenset()), 2)
        or _match_at(toks, r, cues.get("attribute", frozenset()), 2)
    )
    return r if named else None


BENEFICIARY_VERB_WORDS = 6  # "tổ chức tiêm vắc xin cho 200 công nhân": the verb phrase a beneficiary receives


def _beneficiary_verb(sent: _Sentence, first: int, floor: int) -> str:
    """ "Trung tâm y tế đã tiêm vắc xin cho 200 công nhân": a counted noun right after "cho"
    (figure_measure_cues.tsv, beneficiary) receives what the verb phrase before it does: the
    words back to an aspect word or "để" (verb_start), a mark or the figure before (`floor`),
    at most BENEFICIARY_VERB_WORDS; "" when the phrase holds no verb of giving or serving
    (received: "tiêm", "cấp", "trao", "hỗ trợ"; "dành cho", "lây cho", "đại diện cho" give
    nothing), or a word that makes "cho" no beneficiary's ("giấy khen của …", "lễ tang tại …",
    "là …"; not_received) or already says how it is received ("được", "bị")."""
    lex = _lexicons()
    toks, j = sent.toks, first - 1
    if j <= floor or not _match_at(toks, j, lex.cues.get("beneficiary", frozenset()), 1):
        return ""
    stops, others = lex.cues.get("verb_start", frozenset()), lex.cues.get("not_received", frozenset())
    k = j
    while k > floor and j - k < BENEFICIARY_VERB_WORDS and toks[k - 1].kind == "word" \
            and not _match_before(toks, k, stops, 2):
        if _match_before(toks, k, others, 2):
            return ""
        k -= 1
    while k < j and (_splits_word(toks, k) or _match_at(toks, k, lex.cues.get("coordinator", frozenset()), 1)):
        k += 1  # never the second half of a word the window cut, nor "và" it left first
    gives = lex.cues.get("received", frozenset())
    return _words_text(sent, k, j) if any(_match_at(toks, x, gives, 2) for x in range(k, j)) else ""
