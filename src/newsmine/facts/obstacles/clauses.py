"""A sentence cut into clauses (`clauses`): at ";", at the ":" after a heading, at commas
between two cue-bearing parts, without cue-less openers and trailing responses."""

import re

from ..lexicons import load_list
from ..words import Word, lexicon_trie
from .categories import category_of
from .cues import (
    GENERAL_NOUNS,
    announces,
    category_words,
    continuations,
    cue_positions,
    directives,
    facing_openers,
    has_phrase,
    instructs,
    joined,
    negators,
    remedy_object,
    remedy_verbs,
    run_on_openers,
    says,
)

# Cues that continue the predicate of the same subject ("còn e dè, chưa chủ động …"): a comma
# before them does not start a new obstacle.
_PREDICATE_CUES = ("chưa", "không", "còn", "kém")


# Words after a comma that carry on the noun phrase before it ("…, nhất là ở các nước láng giềng").
_PHRASE_CARRIERS = ("đặc biệt", "nhất là", "kể cả")


def _faces(words: list[Word], starts: list[int], c: int) -> bool:
    """Whether the comma at c ends an opening circumstance that states a difficulty ("Trước diễn
    biến phức tạp của dịch bệnh, nhất là ở …, tỉnh đã …"): what follows is the response. `starts`
    are the beginnings of the comma parts before c."""
    if joined(words[c + 1:c + 3]).startswith(_PHRASE_CARRIERS):
        return False
    for s in reversed(starts):
        if facing_openers().match(words, s):
            return bool(cue_positions(words[s:c]))
        if not joined(words[s:s + 2]).startswith(_PHRASE_CARRIERS):
            return False
    return False


def clauses(words: list[Word]) -> list[tuple[int, int]]:
    """Word spans cut at ';', ':' and bullet dashes, then at commas between two cue-bearing parts."""
    parts, begin = [], 0
    for k, w in enumerate(words):
        opens_list = w.lower in ("như", "là", "gồm") and k > begin and cue_positions(words[begin:k]) \
            and (announces(words[begin:k]) or _after_difficulties(words, begin, k))
        if w.text in (";", ":", "•", "…") or w.text in ("-", "–") and k == begin or opens_list:
            end = k - (opens_list and w.lower == "gồm" and words[k - 1].lower == "bao")  # "bao gồm"
            if end > begin:
                parts.append((begin, end))
            begin = k + 1
        elif k > begin and _runs_on(words, k):
            parts.append((begin, k))  # a heading glued to the sentence after it
            begin = k
    if begin < len(words):
        parts.append((begin, len(words)))
    result = []
    for b, e in parts:
        commas = [k for k in range(b, e) if words[k].text == ","]
        cuts, start = [], b
        if announces(words[b:e]):
            result.append((b, e))
            continue
        for c in commas:
            if _in_brackets(words, b, c):
                continue  # "kè A (xã B, huyện C) bị sạt lở" is one place, not two obstacles
            if _names_in_a_row(words, start, c):
                continue  # "khó khăn, vướng mắc": one difficulty named twice, not two parts
            nxt = next((x for x in commas if x > c), e)
            right = cue_positions(words[c + 1:nxt])
            faces = _faces(words, [start] + [x + 1 for x in commas if start <= x < c], c)
            if faces or cue_positions(words[start:c]) and right and not (
                    right[0][0] == 0 and words[c + 1].lower.startswith(_PREDICATE_CUES)) \
                    and not _goes_on(words, start, c, right) \
                    and not continuations().match(words, c + 1) \
                    and not _lists_causes(words, start, c) \
                    and not _lists_subjects(words, start, right) \
                    and not _one_kind(words[start:c], words[c + 1:nxt]) \
                    and not remedy_object(words[c + 1:nxt], right[0][0]):
                cuts.append((start, c))
                start = c + 1
        cuts.append((start, e))
        result.extend(_drop_lead_context(words, b2, e2) for b2, e2 in cuts)
    return result


# Words before "như" that make it a comparison or "as well as", not an opener of examples
_LIKE = ("cũng", "giống", "gần", "hệt", "tương tự")

# Words before a general noun that make it the noun of a list's heading ("nhiều khó khăn")
_HEAD_OPENERS = ("nhiều", "một số", "một vài", "những", "không ít", "các", "với", "phải")


def _after_difficulties(words: list[Word], begin: int, k: int) -> bool:
    """Whether "như" or "(bao) gồm" at k opens examples of a general difficulty named just before
    it ("đối mặt với nhiều rào cản như A, B", "một số thách thức kỹ thuật, bao gồm A và B"): each
    example is a difficulty of its own, and the part before it only names them together. The
    general noun follows a quantifier or a verb of facing ("nhiều", "đối mặt với"), as a noun;
    "tồn tại như thế" and "cũng như" open no examples."""
    if words[k].lower not in ("như", "gồm") or words[k - 1].lower in _LIKE:
        return False
    end = k - (words[k - 1].lower == "bao")
    end -= end > begin and words[end - 1].text == ","
    for j in range(max(begin + 1, end - 4), end):
        for n in (1, 2):
            head = j + n <= end and joined(words[j:j + n]) in GENERAL_NOUNS
            if head and any(joined(words[j - m:j]) in _HEAD_OPENERS for m in (1, 2) if j - m >= begin):
                return True
    return False


def _goes_on(words: list[Word], start: int, c: int, right: list) -> bool:
    """Whether the part after the comma at c opens with a cue of its own kind of predicate that
    goes on telling the subject before it ("người dân lơ là, mất cảnh giác", "sổ bị mất, hư hỏng",
    "công chức thiếu trách nhiệm, vi phạm quy trình"): one difficulty told in two verbs. A lack
    that names what is missing (obstacle_lack_cues.txt: "…, thiếu phòng công vụ") or the first cue
    said again ("thiếu vốn, thiếu lao động") starts an obstacle of its own, and so does a part after
    one that opens with its cue (a list: "phản ánh tình trạng thiếu A, chậm B"). `right` are the
    cues of the part after the comma."""
    if right[0][0] != 0:
        return False  # the part names a subject of its own first ("…, 11 phòng học bị sập")
    opening = joined(words[c + 1:c + 1 + right[0][1]])
    left = cue_positions(words[start:c])[0]
    if left[0] == 0 or joined(words[start + left[0] - 2:start + left[0]]) == "tình trạng":
        return False  # a list of difficulties each opened by its cue ("tình trạng thiếu A, chậm B")
    return opening not in load_list("obstacle_lack_cues.txt") \
        and opening != joined(words[start + left[0]:start + left[1]])


def _names_in_a_row(words: list[Word], start: int, c: int) -> bool:
    """Whether the comma at c stands between two general nouns (obstacle_general_nouns.txt) that
    name one difficulty together ("nếu gặp khó khăn, vướng mắc thì …", "tồn tại, hạn chế"): the
    part before it ends with one and the part after it opens with one."""
    ends = any(c - n >= start and joined(words[c - n:c]) in GENERAL_NOUNS for n in (1, 2, 3))
    return ends and any(joined(words[c + 1:c + 1 + n]) in GENERAL_NOUNS for n in (1, 2, 3))


def _kind(part: list[Word]) -> str:
    """The kind of difficulty a comma part states: its first cue's category ("damage" for any damage),
    else the category of its topic words."""
    first = cue_positions(part)[0]
    return first[2] or category_of(part, None, first[:2])


def _one_kind(left: list[Word], right: list[Word]) -> bool:
    """Whether two comma parts state one difficulty in several words ("lơ là, chủ quan", "phòng học
    bị tốc mái, cây xanh gãy đổ"): both of one kind, the right one not opened by a named subject of
    its own ("…, UBND tỉnh chưa …") and not two counted items ("235 phòng học bị hư hỏng, 11 phòng
    học bị sập"), each of which is an obstacle; a circumstance before it ("Sau trận lũ quét, …") is
    no part of it."""
    if right[0].text[:1].isupper() or left[0].lower in _CIRCUMSTANCES or (_counts(left) and _counts(right)):
        return False
    if _NEW_CLAUSE.match(right, 0):
        return False
    return _kind(left) == _kind(right)


# Openers of a comma part that states a problem of its own, not more of the one before it ("…
# còn lỏng lẻo, tình trạng bẻ kèo vẫn xảy ra", "…, vẫn còn tình trạng …", "…, và ngành du lịch …")
_NEW_CLAUSE = lexicon_trie("obstacle_new_clause_openers.txt")


# Openers of a time or cause before the difficulty it brings ("Sau trận lũ quét, đường bị chia cắt")
_CIRCUMSTANCES = ("sau", "do", "vì", "bởi", "khi", "trong", "giữa", "qua")


# Number words that count what they stand before ("hàng chục ngôi nhà", "hàng nghìn ha lúa")
_COUNT_WORDS = ("chục", "trăm", "nghìn", "ngàn", "triệu")


def _counts(part: list[Word]) -> bool:
    """Whether a part counts what it names: a number or a number word."""
    return any(w.text[:1].isdigit() or w.lower in _COUNT_WORDS for w in part)


def _continues_address(words: list[Word], c: int) -> bool:
    """Whether the comma at c goes on with an address: a place level (level_words.txt) or a
    village word (villages.txt) after it, a capitalised name or a number before it."""
    after = lexicon_trie("level_words.txt").match(words, c + 1) or lexicon_trie("villages.txt").match(words, c + 1)
    return bool(after) and c > 0 and (words[c - 1].text[:1].isupper() or words[c - 1].text.isdigit())


def _lists_topics(words: list[Word], c: int) -> bool:
    """Whether the comma at c stands in a list of topic nouns of one kind (obstacle_categories.tsv)
    that the predicate after it tells together ("hành lang pháp lý và cơ chế, chính sách còn chưa
    đồng bộ"): a topic word ends right before it and one of the same category opens right after.
    The caller leaves out a part that opens on an attribution ("Theo lý giải của thương lái, giá …")."""
    right = category_words().match(words, c + 1)
    return bool(right) and any(category_words().match(words, c - n) == (n, right[1])
                               for n in (1, 2, 3) if c - n >= 0)


def _lists_causes(words: list[Word], start: int, c: int) -> bool:
    """Whether the comma at c continues a list of causes opened after the obstacle ("… chưa thể
    khắc phục do thiếu vật liệu, mất điện kéo dài"): the causes belong to the obstacle."""
    found = cue_positions(words[start:c])
    if not found:
        return False
    return any(words[k].lower in ("do", "vì", "bởi") for k in range(start + found[0][1], c))


def _lists_subjects(words: list[Word], start: int, right: list) -> bool:
    """Whether the comma part at `start` opens a list of problems that one predicate follows
    ("Tình trạng thiếu giáo viên, bác sĩ ở vùng sâu chưa được khắc phục"): it starts with
    "tình trạng" and the part after the comma starts with a noun, not a cue (`right` are its
    cues)."""
    return joined(words[start:start + 2]) == "tình trạng" and right[0][0] > 0


def _in_brackets(words: list[Word], b: int, k: int) -> bool:
    """Whether word k lies inside an unclosed "(" opened since word b."""
    depth = 0
    for w in words[b:k]:
        depth += (w.text == "(") - (w.text == ")")
    return depth > 0


_ROMAN = re.compile(r"[IVX]{1,4}")


def _runs_on(words: list[Word], k: int) -> bool:
    """A capitalised opener ("Theo", "Tại", "Tuy nhiên") right after a lower-case word: the
    sentence splitter missed the end of a heading or caption there."""
    w, before = words[k], words[k - 1]
    # a headline may end with a number or a Roman numeral ("… trong năm 2025", "… quý III")
    ends = before.text[:1].islower() or before.text.isdigit() or _ROMAN.fullmatch(before.text)
    return w.text[:1].isupper() and not w.in_title_word and bool(ends) \
        and bool(run_on_openers().match(words, k))


# Words that open a clause on its subject's nouns ("Việc thanh tra, kiểm tra …"). "Các" was tried:
# as often a list the rest goes on as a clause of its own before the obstacle, and corpus-fresh fell
_SUBJECT_OPENERS = ("việc",)


def _opens_subject(words: list[Word], b: int, c: int) -> bool:
    """Whether the cue-less part words[b:c] before a comma opens the subject of its clause, a list
    of nouns the part after it goes on ("Việc dồn lớp, sáp nhập điểm trường … gây khó khăn"): it
    starts with "việc" and no verb of saying makes it an attribution ("Việc này, ông A cho biết,
    …")."""
    if words[b].lower not in _SUBJECT_OPENERS:
        return False
    return not says(words, b, c)


def _drop_lead_context(words: list[Word], b: int, e: int) -> tuple[int, int]:
    """Cut the comma-separated openers that hold no cue ("Theo kết luận thanh tra, …",
    "ông A cho biết, …") from the start of a clause."""
    k = b
    for c in range(b, e):
        inside_phrase = joined(words[c - 1:c + 2]) in negators()  # "phòng, chống"
        if words[c].text == "," and not _in_brackets(words, b, c) and not inside_phrase:
            if cue_positions(words[k:c]) or has_phrase(words[k:c], directives()):
                break  # "đề nghị …, tháo gỡ khó khăn, vướng mắc": the directive governs the rest
            if _continues_address(words, c):
                continue  # "Cơ sở ở tổ 5, phường A, thành phố B xả thải …": one subject
            if _lists_topics(words, c) and not run_on_openers().match(words, k):
                break  # "Cơ chế, chính sách còn chưa đồng bộ": one subject of two nouns
            if k == b and _opens_subject(words, b, c):
                break  # "Việc dồn lớp, sáp nhập điểm trường … gây khó khăn": the subject's first nouns
            k = c + 1
    rest = words[k:e]
    cue_words = sum(ce - cb for cb, ce, _ in cue_positions(rest))
    k = k if cue_words and len(rest) - cue_words >= 3 else b
    # "…, ngành đã chỉ đạo khắc phục hậu quả": a trailing part with a directive and no cue is the
    # response to the obstacle, not part of it
    for c in range(e - 1, k, -1):
        if words[c].text == "," and not _in_brackets(words, k, c):
            tail = words[c + 1:e]
            if cue_positions(tail) or any(w.lower == "thì" for w in tail):
                break  # a "thì" part is the outcome of a condition, which the filters read
            # a remedy verb anywhere in it ("…, nhưng địa phương đã xử lý kịp thời"), or a purpose
            # opening it ("…, để đảm bảo an toàn")
            remedy = has_phrase(tail, directives() + remedy_verbs()) or instructs(tail)
            marked = has_phrase(tail, load_list("obstacle_response_markers.txt")) \
                or bool(lexicon_trie("obstacle_specifiers.txt").match(tail, 0))
            # a response may run over several comma parts ("…, lực lượng cứu hỏa đang khẩn trương
            # huy động xe, người để dập lửa"): a remedy verb marks it; a word of tense only marks
            # a single part (in a longer tail "đã", "có thể" belong to the description), unless
            # it follows the first words of a subject of its own (`_own_subject`, obstprec40)
            if remedy or marked and not any(w.text == "," for w in tail) or _own_subject(words, k, c, e):
                e = c
    return k, e


# How many words a new clause's subject may take before its word of tense ("Đồn Biên phòng đã …")
_SUBJECT_WORDS = 5
# Words in that first part that make it tell damage or a lack itself ("…, tường đã bị ố vàng, bong
# tróc"): a description of the obstacle, not another matter
_SUFFERED = ("bị", "không", "chưa", "chẳng")


def _own_subject(words: list[Word], k: int, c: int, e: int) -> bool:
    """Whether the comma at c, the first after the last cue of the clause words[k:e], is followed by
    a run of comma parts with no cue that opens a clause of its own: its first part names a subject
    of a few words and then a word of tense or modality (obstacle_response_markers.txt: "…, Đồn
    Biên phòng đã kích hoạt, triển khai …", "…, ngay cả mẫu xe X đã, đang …"). What follows is
    another actor's deed or another matter, not the obstacle, however many parts it runs over
    (a single part is cut by its marker alone)."""
    tail = words[c + 1:e]
    first = next((j for j, w in enumerate(tail) if w.text == ","), len(tail))
    if first == len(tail) or first < 2 or any(w.lower in _SUFFERED for w in tail[:first]):
        return False
    found = cue_positions(words[k:c])
    if not found or any(w.text == "," for w in words[k + found[-1][1]:c]):
        return False
    return has_phrase(tail[1:min(first, _SUBJECT_WORDS + 1)], load_list("obstacle_response_markers.txt"))
