"""The span of a clause that states its obstacle: without the discourse words that open it
(`trim_clause`), cut after a reporting verb and before a consequence or attribution
(`tightened`); the words a directive would govern (`lead_words`)."""

from ..lexicons import vietnamese_words
from ..names import honorifics
from ..words import Word, lexicon_trie
from .cues import cue_positions, cues, facing_openers, joined, lead_trims, names_phrase, says

# Conjunctions of contrast: a directive or remedy before one does not govern what follows it
# ("đã huy động máy để xử lý nhưng chưa mang lại hiệu quả").
_CONTRASTS = ("nhưng", "song", "tuy nhiên")
_CLOSING_QUOTES = ("\"", "”")
_SEPARATORS = (",", "-", "–")  # before a speaker, a title or a bracket


def lead_words(words: list[Word], end: int) -> list[Word]:
    """The words before a clause's first cue, from the last conjunction of contrast or reporting
    verb on ("Đoàn kiểm tra xác định …": the inspection found the problem, it does not prevent
    it)."""
    begin = max((k + 1 for k in range(end) if words[k].lower in _CONTRASTS
                 or joined(words[k - 1:k + 1]) in _CONTRASTS), default=0)
    reported = max((_starts_after(words, k) for k in range(1, end)
                    if lexicon_trie("obstacle_reporting_verbs.txt").match(words, k)), default=0)
    return words[max(begin, reported):end]


# Words before a reporting verb that make it no report: a negation, a purpose, a plan.
_UNREPORTED = ("chưa", "không", "để", "nhằm", "sẽ", "cần")


def _starts_after(words: list[Word], k: int) -> int:
    """Where the obstacle starts if a reporting verb ("xác định", "cho biết") or a facing phrase
    ("trước diễn biến …") is at k: after the verb, or at the noun after the preposition; 0 if
    neither is, nor when a negation or purpose stands right before the verb ("chưa phát hiện vi
    phạm", "nhằm phát hiện sớm các trường hợp …"): the verb reports nothing found."""
    verb = lexicon_trie("obstacle_reporting_verbs.txt").match(words, k)
    if verb and k and words[k - 1].lower in _UNREPORTED:
        return 0
    after = words[k + verb[0]].lower if verb and k + verb[0] < len(words) else ""
    if verb and verb[1] == "phát hiện" and after in ("và", "sớm", "kịp thời", "nhanh"):
        return 0  # "khi mới phát hiện và sau đó …", "phát hiện sớm": nothing found yet
    if verb:
        return k + verb[0]
    return k + 1 if facing_openers().match(words, k) else 0


def _punished_act(words: list[Word], first: int, last: int) -> tuple[int, int] | None:
    """In a clause reporting a sanction, the (begin, end) of the act it punishes: after "do",
    "vì", "về" following the sanction ("bị xử phạt … do kinh doanh hàng nhập lậu"), or before the
    "bị" of a sanction that follows the cue ("… nhập cảnh trái phép bị lực lượng chức năng bắt
    giữ"); None if the clause reports none."""
    sanction = lexicon_trie("obstacle_sanctions.txt")
    sanctions = [k for k in range(len(words)) if sanction.match(words, k)]
    before = [k for k in sanctions if k < first]
    if before:
        marker = next((k for k in range(before[-1] + 1, first)
                       if lexicon_trie("obstacle_cause_markers.txt").match(words, k)), None)
        return (marker + 1, len(words)) if marker is not None and len(words) - marker > 3 else None
    after = [k for k in sanctions if k >= last]
    passive = [k for k in range(last, after[0]) if words[k].lower == "bị"] if after else []
    return (0, passive[0]) if passive and passive[0] >= 3 else None


# Openers of a concession ("Mặc dù giá phân bón tăng cao, nhưng …"): what they concede is stated
# as a fact, and the "nhưng" or "song" after it turns to the main clause. The short ones ("dù",
# "tuy") open one only at the clause's start or after a comma ("tuy nhiên" is a contrast).
_CONCESSIONS = ("mặc dù", "mặc dầu", "dù rằng", "tuy rằng", "dẫu")
_SHORT_CONCESSIONS = ("dù", "tuy")


def _concession_end(words: list[Word], k: int) -> int:
    """The end of a concession opener at word k, or 0 if none opens there."""
    two, one = joined(words[k:k + 2]), words[k].lower
    if two in _CONCESSIONS:
        return k + 2
    if one in _CONCESSIONS or one in _SHORT_CONCESSIONS and two != "tuy nhiên" and (
            k == 0 or words[k - 1].text == "," or words[k - 1].lower == "cho"):
        return k + 1
    return 0


def _conceded(words: list[Word], first: int, last: int) -> tuple[int, int] | None:
    """The (begin, end) of what a concession concedes, when a concession opens before the clause's
    first cue (at `first`) and all its cues (the last ends at `last`) stand in it: after the
    opener, up to the "nhưng" or "song" that turns from it, else the comma after its cues, else the
    clause's end ("Mặc dù nhiều tuyến đường bị sạt lở, song lực lượng chức năng đã tiếp cận …",
    "kim ngạch vẫn tăng mặc dù dịch bệnh diễn biến phức tạp"); None otherwise."""
    opener = max((_concession_end(words, k) for k in range(first)), default=0)
    if not opener:
        return None
    turn = next((k for k in range(opener, len(words)) if words[k].lower in ("nhưng", "song")), None)
    if turn is None:
        turn = next((k for k in range(last, len(words)) if words[k].text == ","), len(words))
    elif turn < last:
        return None  # the problem stands after the turn ("Dù … nhưng bãi gỗ vẫn bị đốt")
    end = turn - 1 if words[turn - 1].text == "," else turn
    return (opener, end) if end - opener >= 3 else None


# Words after "nhưng" that keep the turn in the obstacle: a paradox it states ("không đọc nổi chữ
# nhưng vẫn lên lớp", "… nhưng lại để đối thủ lật ngược thế trận").
_PARADOX = ("vẫn", "lại", "chỉ", "cũng", "còn", "không", "chưa", "đã không")


def _turn(words: list[Word], b: int, last: int, e: int) -> int:
    """Where the span ends at a turn ("nhưng", "song") after the clause's last cue (ending at
    `last`), no cue after it: what follows turns from the obstacle to something else ("Lượng khách
    giảm mạnh nhưng ngành du lịch đã sẵn sàng …", "… chưa được xác định nhưng nhiều nghiên cứu cho
    rằng …"); `e` otherwise, and where a paradox follows ("… nhưng vẫn lên lớp")."""
    for k in range(max(last, b + 4), e - 1):
        # a capital is a name ("Song Hye Kyo"), "song song" is "in parallel"
        if words[k].text in ("nhưng", "song") and "song" not in (words[k - 1].lower, words[k + 1].lower):
            if joined(words[k + 1:k + 3]) in _PARADOX or words[k + 1].lower in _PARADOX:
                return e
            return k - 1 if words[k - 1].lower == "thế" else k
    return e


# A passive negation: what was asked or expected did not come ("… nhưng không được giải quyết")
_PASSIVE_NEGATIONS = ("không được", "chưa được")


def _turned_to(words: list[Word], first: int) -> int:
    """Where the obstacle starts when the clause's first cue (at `first`) is a passive negation
    right after a "nhưng" ("… gửi tờ trình … đề nghị miễn tiền thuê đất như lãnh đạo tỉnh đã hứa
    nhưng không được giải quyết vì …"): after the "nhưng", since the part before it, with no cue,
    tells what was asked or expected; 0 otherwise. An active cue there ("… gặp sự cố trên đường
    nhưng không biết cách …") keeps its subject before the "nhưng"."""
    passive = joined(words[first:first + 2]) in _PASSIVE_NEGATIONS
    return first if first >= 3 and words[first - 1].lower == "nhưng" and passive else 0


# Not the "khi" of a time ("sau khi", "trong khi", "mỗi khi") or of "có khi" (maybe).
_NOT_FRAMING = ("sau", "trước", "mỗi", "có", "trong", "từ")


# Nouns that name a state of affairs as a problem ("tình trạng bẻ kèo …")
_STATE_NOUNS = ("tình trạng", "hiện tượng")


def _framed(words: list[Word], first: int) -> int:
    """Where the obstacle starts when a frame of three words or more with no cue stands before a
    "khi" and the clause's first cue (at `first`) after it, a word at least between them: after
    the "khi", whose clause tells what the frame reacts to ("nhiều nhà vườn đành bỏ ruộng khi giá
    phân bón tăng cao"), and after its "mà" in "khi mà"; 0 otherwise. A "vì" so (real-check: a false
    obstacle more) stays. A frame that opens on "tình trạng" names the problem itself ("vẫn còn
    tình trạng bán chè cho thương lái khi có chênh lệch giá"), and the span keeps it."""
    if any(joined(words[k:k + 2]) in _STATE_NOUNS for k in range(min(3, first))):
        return 0
    return max((k + 2 if words[k + 1].lower == "mà" else k + 1 for k in range(3, first - 1)
                if words[k].lower == "khi" and words[k - 1].lower not in _NOT_FRAMING), default=0)


# Words that open a subject of its own after "khi" ("khi hàng chục nghìn lượt khách đổ về"), and
# words of tense that show a predicate after a subject ("khi giá điện đã nhiều lần điều chỉnh")
_SUBJECT_QUANTIFIERS = ("hàng", "các", "cả", "nhiều", "những", "mọi")
_TENSES = ("đã", "đang", "vẫn", "sẽ")


def _timed(words: list[Word], last: int, e: int) -> int:
    """Where the span ends at a "khi" after the clause's last cue (ending at `last`), no cue after
    it, that opens a clause with a subject of its own: a quantifier right after it, or a word of
    tense after its second word ("Xe điện quá tải khi hàng chục nghìn lượt khách đổ về", "… không
    còn phù hợp khi giá điện đã nhiều lần điều chỉnh"): it tells when, not what went wrong. A
    "khi" before a verb ("khi thi công", "khi có gió lốc") belongs to the obstacle; `e` then."""
    for k in range(last, e - 2):
        # "cho đến khi" (until) and "khi nào" (when?) open no time clause
        if words[k].lower != "khi" or words[k - 1].lower in _NOT_FRAMING + ("đến", "tới"):
            continue
        after = [w.lower for w in words[k + 1:e]]
        if after[0] == "nào":
            return e
        if after[0] in _SUBJECT_QUANTIFIERS or any(w in _TENSES for w in after[2:]):
            return k
        return e
    return e


def _turns_after_comma(words: list[Word], k: int) -> bool:
    """Whether words[k] ends a "song" or "tuy nhiên" written after a comma: the part before it
    tells what the problem after it stands against ("Du lịch đã vượt qua làn sóng dịch, tuy
    nhiên, sức mua vẫn yếu", "Dù lợi nhuận quý I tăng, song công ty nhìn nhận còn nhiều khó
    khăn"). A "song" of "song song" (in parallel) or written with a capital (a name) turns nothing."""
    if words[k].text == "song":
        return words[k - 1].text == "," and words[k + 1].lower != "song"
    return joined(words[k - 1:k + 1]) == "tuy nhiên" and words[k - 2].text == ","


# A rescue told after a casualty: "được" (done to the victim), a verb of taking and a place of care
_TAKEN = ("đưa", "chuyển")
_CARE = ("cấp cứu", "bệnh viện", "viện", "điều trị", "y tế")
_BEFORE_RESCUE = (",", "và", "đã", "đang", "hiện", "sau đó", "rồi")


def _rescued(words: list[Word], after: int, e: int) -> int:
    """Where the span ends at a rescue told after a cue of the clause (its first ends at `after`): a
    "được" with "đưa" or "chuyển" within six words after it and a place of care after that
    ("Tài xế bị thương rất nặng được người dân đưa vào bệnh viện cấp cứu", "… bị ngạt khói, hiện
    đã được chuyển đến Bệnh viện …"): the harm is the obstacle, the care that followed is not,
    and a second harm told after the care ("…, còn phụ xe bị thương nhẹ") a detail of the same
    accident; `e` otherwise."""
    for k in range(after, e - 2):
        if words[k].lower != "được" or not any(w.lower in _TAKEN for w in words[k + 1:k + 7]):
            continue
        if not names_phrase(f" {joined(words[k:e])} ", _CARE):
            return e
        comma = next((c for c in range(k - 1, max(after, k - 5), -1) if words[c].text == ","), None)
        if comma is not None:
            return comma  # "…, hiện cháu đang được đưa vào …": the rescue's own subject goes too
        while k > after and (words[k - 1].lower in _BEFORE_RESCUE or joined(words[k - 2:k]) in _BEFORE_RESCUE):
            k -= 2 if joined(words[k - 2:k]) in _BEFORE_RESCUE else 1
        return k
    return e


def _becomes(words: list[Word], k: int) -> bool:
    """Whether the "nên" at k is that of "trở nên" (becomes), which links no consequence: "hạn hán
    ngày càng trở nên gay gắt" states its obstacle whole."""
    return words[k].lower == "nên" and k > 0 and words[k - 1].lower == "trở"


def _before_speaker(words: list[Word], last: int, e: int) -> int:
    """Where the span ends when a verb of saying was cut at e and the speaker it names stands
    before it with a title between ("…" - bà A, Giám đốc Sở B, chia sẻ", "Kinh doanh ế ẩm, bà A -
    chủ cửa hàng ở xã B - cho biết"): at a closing quote followed by a dash or comma after the
    clause's last cue (ending at `last`), else at the comma or dash before an honorific and a
    name ("ông ấy" is a pronoun), with no cue after it; `e` otherwise."""
    quote = next((c for c in range(last, e - 1) if words[c].text in _CLOSING_QUOTES
                  and words[c + 1].text in _SEPARATORS), None)
    if quote is not None:
        return quote
    for c in range(e - 2, last - 1, -1):
        honorific = honorifics().match(words, c + 1)
        named = honorific and c + 1 + honorific[0] < e and words[c + 1 + honorific[0]].text[:1].isupper()
        if words[c].text in _SEPARATORS and named and not cue_positions(words[c + 1:e]):
            return c
    return e


# Openers of a comma part that tells what the obstacle before it brought on ("…, kéo theo nhiều vấn
# đề phát sinh …"). Not ", tiềm ẩn nguy cơ …": the studied gold ends its required item before it
# twice and runs across it twice (corpus-study, the demo). Not ", đồng thời …" (a second fact): the
# gold splits there 3 times of 4, but the second fact is often a required item that the joined span
# matched, and the part before, cut short, passes the learned filter where it is told again.
_ADDITIONS = ("kéo theo",)


def _added(words: list[Word], after: int, e: int) -> int:
    """Where the span ends at a comma after the clause's first cue (ending at `after`) that one of
    _ADDITIONS opens, whatever cue the part after it holds (the consequence it names is not the
    obstacle told): over the studied gold an item ends before ", kéo theo" 4 times of 4
    (corpus-study4, -9, -14, -19); `e` otherwise."""
    return next((c for c in range(after, e - 2) if words[c].text == ","
                 and joined(words[c + 1:c + 3]) in _ADDITIONS), e)


def _effect(words: list[Word], b: int, after: int, e: int) -> int:
    """Where the span ends at a predicate of effect (obstacle_effect_links.txt: "đã gây", "ảnh
    hưởng đến", "làm cho") after the clause's first cue (ending at `after`), no comma between, three
    words or more after `b`: the subject that holds the cue is the obstacle ("năng lực sản xuất hạn
    chế đã gây sức ép lên …", "dịch bùng phát làm cho …"), what it did to something else is not,
    even when that holds a cue. A word of tense before the link goes with it. Not after a negation,
    a modal or a linking word ("không ảnh hưởng đến …" denies the effect, "có thể ảnh hưởng đến …"
    foresees it, "… cũng ảnh hưởng đến …", "… gây ảnh hưởng tới …"), nor before a state it brought
    on ("… đã gây ra tình trạng thiếu …", a problem named): the clause is told whole; `e` otherwise."""
    links = lexicon_trie("obstacle_effect_links.txt")
    for k in range(after, e):
        if words[k].text in (",", ";", ":"):
            return e
        link = links.match(words, k)
        if k - b >= 3 and link:
            named = joined(words[k + link[0]:k + link[0] + 3])
            if words[k - 1].lower in _NOT_BEFORE_EFFECT or any(n in named for n in _STATE_NOUNS):
                return e
            return k - 1 if words[k - 1].lower in _TENSES and k - 1 - b >= 3 else k
    return e


# Words before a predicate of effect that keep the clause whole: negations, modals, links
_NOT_BEFORE_EFFECT = ("không", "chưa", "chẳng", "hề", "thể", "sẽ", "cũng", "càng", "còn", "vẫn",
                      "đều", "lại", "thì", "mà", "và", "hay", "hoặc", "sự", "là", "có", "được", "bị", "gây")


def _tighten(words: list[Word]) -> tuple[int, int]:
    """The shortest part of a clause that states its obstacle: after the last reporting verb or
    facing phrase before its first cue ("Thanh tra xác định …", "họp khẩn trước diễn biến …") or
    the "nhưng" before a passive negation (`_turned_to`);
    before a consequence link with no cue after it ("… chưa rõ ràng nên tỉnh quyết định dừng");
    without a trailing attribution ("…”, ông A cho biết")."""
    found = cue_positions(words)
    if not found:
        return 0, len(words)
    first, last = found[0][0], found[-1][1]
    punished = _punished_act(words, first, last)
    if punished:
        return punished
    conceded = _conceded(words, first, last)
    if conceded:
        return conceded
    b = max([0] + [_starts_after(words, k) for k in range(1, first)]
            + [k + 1 for k in range(2, first) if words[k].lower == "nhưng" and (
                words[k - 1].text == "," or any(w.lower in ("dù", "tuy") for w in words[:k]))])
    # "xác định sai …": a verb right before the cue is the predicate, not a report of it
    b = b if first - b >= 1 and len(words) - b >= 4 else 0
    b = max([b] + [k + 1 for k in range(2, first) if _turns_after_comma(words, k) and len(words) - k > 3])
    b = max(b, _turned_to(words, first))
    b = max(b, _framed(words, first))
    e = next((k for k in range(last, len(words)) if k > b + 3 and words[k - 1].text not in ("(",)
              and lexicon_trie("obstacle_consequence_links.txt").match(words, k)
              and not _becomes(words, k)), len(words))
    e = _effect(words, b, found[0][1], e)
    e = _rescued(words, found[0][1], _timed(words, last, _turn(words, b, last, _added(words, found[0][1], e))))
    for c in range(e - 1, last, -1):
        if words[c].text in _SEPARATORS + _CLOSING_QUOTES:
            tail = words[c + 1:e]
            if says(tail, 0, len(tail)):
                e = _before_speaker(words, last, c)
            break
    # "…”, ông A, người dân thôn B, phản ánh", "…" - bà A, Giám đốc …": the quotation closes
    # before its speaker
    e = next((c for c in range(last, e - 2) if words[c].text in _CLOSING_QUOTES
              and words[c + 1].text in _SEPARATORS and _names_speaker(words, c + 2)), e)
    return b, _dated(words, last, e)


# Words that, with a number, make a comma part a bare date or time ("…, đầu tháng 11/2020", "…,
# ngày 1/11", "…, sáng 26/4")
_TIME_WORDS = ("đầu", "cuối", "giữa", "hồi", "vào", "khoảng", "lúc", "rạng", "sáng", "chiều", "tối",
               "trưa", "đêm", "ngày", "tháng", "năm", "quý", "hôm")


def _dated(words: list[Word], last: int, e: int) -> int:
    """Where the span ends when its last comma part after the clause's last cue (ending at `last`)
    is only a date or time (_TIME_WORDS and numbers, one number at least: "… hậu quả nặng nề của
    cơn bão số 9, đầu tháng 11/2020"): it tells when, GOLD.md's shortest span leaves it (no
    studied gold item ends on one). Not the last date of a list of dates; `e` otherwise."""
    comma = next((c for c in range(e - 2, last - 1, -1) if words[c].text == ","), None)
    if comma is None:
        return e
    tail = words[comma + 1:e]
    numbers = [w for w in tail if w.text[:1].isdigit()]
    timed = all(w.lower in _TIME_WORDS or w.text[:1].isdigit() or w.text in ("/", "-", ":") for w in tail)
    # "… hồi tháng 2, tháng 3/2021", "… vào đêm 29/4, sáng 30/4": the date closes a list of dates
    listed = words[comma - 1].text[:1].isdigit() and words[comma - 2].lower in _TIME_WORDS + ("/", "-")
    return comma if numbers and timed and tail[0].lower in _TIME_WORDS and not listed else e


def _names_speaker(words: list[Word], k: int) -> bool:
    """Whether a speaker is named at k: an honorific ("ông", "PGS.TS") or a profession
    (post_professions.txt: "bác sĩ") followed by a name ("…”, bác sĩ Trần Thị B, Giám đốc …")."""
    if honorifics().match(words, k):
        return True
    profession = lexicon_trie("post_professions.txt").match(words, k)
    return bool(profession) and k + profession[0] < len(words) and words[k + profession[0]].text[:1].isupper()


def trim_clause(words: list[Word], b: int, e: int) -> tuple[int, int]:
    """The clause words[b:e] without its outer punctuation and the discourse words that open it
    ("Tuy nhiên", "do", the "trước" of "trước diễn biến …")."""
    while b < e and words[b].text in (",", ".", "(", ")", "…", "\"", "“", "”", "-", "–"):
        b += 1
    trimmed = True
    while trimmed and b < e:
        trimmed = False
        lead = lead_trims().match(words, b)
        if lead and b + lead[0] < e and not cues().match(words, b) and not _splits_word(words, b, b + lead[0]):
            b += lead[0]
            trimmed = True
        elif facing_openers().match(words, b):
            b += 1  # "trước diễn biến …": the preposition is not part of the difficulty
            trimmed = True
        while b < e and words[b].text in (",", ":"):
            b += 1
    while e > b and words[e - 1].text in (",", ".", "…", ")", "\"", "”", "!", "?") and not _closes(words, b, e - 1):
        e -= 1
    if e - b > 1 and words[e - 1].lower == "như":
        e -= 1  # "… thiếu khả năng liên thông giữa các bên như: …": the examples follow the colon
    return b, _before_aside(words, b, e)


def _closes(words: list[Word], b: int, k: int) -> bool:
    """Whether words[k] is a ")" that closes a bracket opened in words[b:k]."""
    texts = [w.text for w in words[b:k]]
    return words[k].text == ")" and texts.count("(") > texts.count(")")


def _before_aside(words: list[Word], b: int, e: int) -> int:
    """The end of words[b:e] without a bracketed aside that closes the clause ("đầu tư công chậm
    (nhất là khi …)", "… khóc ròng (Ảnh: …)", "… 30% (tương đương …", "ông A (SN 1965)"): the
    obstacle is stated before it. An abbreviation in brackets ("tư vấn an toàn hệ thống (ACT)")
    stays."""
    depth, opened = 0, None
    for k in range(b, e):
        if words[k].text == "(":
            depth += 1
            opened = k if depth == 1 else opened
        elif words[k].text == ")":
            depth = max(0, depth - 1)
            if not depth and k < e - 1 and words[k + 1].text not in (",", ".", ";"):
                opened = None  # words go on after the bracket
    inside = words[opened + 1:e] if opened is not None else []
    abbreviation = len(inside) <= 2 and all(w.text.isupper() or w.text == ")" for w in inside)
    if opened is None or abbreviation or opened - b < 2:
        return e
    while opened > b and words[opened - 1].text in _SEPARATORS:
        opened -= 1
    return opened


def _splits_word(words: list[Word], b: int, k: int) -> bool:
    """Whether trimming the one syllable words[b] (k == b + 1) splits a compound word: the "hiện"
    of "hiện tượng" or "hiện trường" is no "currently" to trim, nor the "còn" of "còn lại". The
    discourse compounds ("như vậy", "hiện tại", "do đó") are trims of their own. A word that opens
    a compound with the word after it is read so ("hiện tình hình": "hiện" + "tình hình")."""
    known = vietnamese_words()
    return k == b + 1 < len(words) and f"{words[b].lower} {words[k].lower}" in known \
        and (k + 1 == len(words) or f"{words[k].lower} {words[k + 1].lower}" not in known)


def tightened(span_words: list[Word]) -> list[Word]:
    """The clause cut to the part that states its obstacle (see _tighten)."""
    tb, te = _tighten(span_words)
    if (tb, te) == (0, len(span_words)):
        return span_words
    span_words = span_words[tb:te]
    while span_words and span_words[-1].text in (",", ".", "…", "\"", "”", "-", "–"):
        span_words.pop()
    while span_words and span_words[0].text in (",", ":"):
        span_words.pop(0)
    return span_words
