"""The obstacle lexicons, read once, and the cue words of a clause (`cue_positions`); whether a
clause only announces difficulties (`announces`), opens with an instruction (`instructs`) or holds a
cue only as the object of a remedy verb (`remedy_object`)."""

from functools import lru_cache

from ..lexicons import load_list, load_set, load_table
from ..words import PhraseTrie, Word, lexicon_trie


@lru_cache(maxsize=1)
def cues() -> PhraseTrie:
    listed = [(cue, category or None) for cue, *rest in load_table("obstacle_cues.tsv")
              for category in [rest[0] if rest else ""]]
    return PhraseTrie(listed + lack_cues())


# Words that may stand between "không có" and the means it lacks ("không có đủ kinh phí")
_LACK_QUANTIFIERS = ("", "nhiều ", "đủ ", "những ", "được ")


def lack_cues() -> list[tuple[str, str | None]]:
    """"không có" before a means (obstacle_lack_objects.tsv: "không có kinh phí", "không có nhiều
    cơ sở thu mua"), with the means' category; a bare "không có" negates."""
    return [(f"không có {quantifier}{noun}", category or None)
            for noun, category, *_ in load_table("obstacle_lack_objects.tsv")
            for quantifier in _LACK_QUANTIFIERS]


@lru_cache(maxsize=1)
def _lack_cue_texts() -> frozenset[str]:
    return frozenset(cue for cue, _ in lack_cues())


def cue_file(cue_text: str) -> str:
    """The lexicon a cue comes from, for a fact's rule."""
    return "obstacle_lack_objects.tsv" if cue_text in _lack_cue_texts() else "obstacle_cues.tsv"


def non_cues() -> PhraseTrie:
    return lexicon_trie("obstacle_non_cues.txt")


# Words that may stand between a denial and the cue it denies ("không gặp nhiều khó khăn",
# "không gặp phải bất kỳ áp lực nào", "không gặp chút áp lực nào")
_DENIAL_FILLERS = frozenset(("nhiều", "bất", "kỳ", "cứ", "chút", "một", "phải"))


def denied_words(words: list[Word]) -> set[int]:
    """The positions of each denial and of the cue it denies (obstacle_denials.txt): "không gặp
    nhiều khó khăn", "không quá đông" say the difficulty is absent. The cue may follow the denial,
    past a few quantity words, or start on its last word ("không quá nhiều", "không gặp khó khăn")."""
    lowered = tuple(w.lower for w in words)
    denials, cue = lexicon_trie("obstacle_denials.txt"), cues()
    found: set[int] = set()
    for k, word in enumerate(lowered):
        denial = word in denials.root and denials.match_lowered(lowered, k)
        if not denial:
            continue
        after = k + denial[0]
        while after < len(lowered) and lowered[after] in _DENIAL_FILLERS:
            after += 1
        for start in (after, k + denial[0] - 1):
            denied = start < len(lowered) and lowered[start] in cue.root and cue.match_lowered(lowered, start)
            if denied:
                found.update(range(k, start + denied[0]))
                break
    return found


@lru_cache(maxsize=1)
def negators() -> tuple[str, ...]:
    return load_list("obstacle_negators.txt") + directives()


def denominalised(lead: str) -> str:
    """`lead` (words joined, a space at each end) without the negators used as nouns
    (obstacle_nominalisers.txt: "quá trình khảo sát", "khu cách ly tập trung")."""
    for noun in load_list("obstacle_nominalisers.txt"):
        lead = lead.replace(f" {noun} ", " ")
    return lead


@lru_cache(maxsize=1)
def directives() -> tuple[str, ...]:
    return load_list("obstacle_directives.txt")


@lru_cache(maxsize=1)
def category_words() -> PhraseTrie:
    """Topic words and their category; epidemic words have the value "epidemic" (see
    categories.resolve)."""
    return PhraseTrie(list(load_table("obstacle_categories.tsv"))
                      + [(w, "epidemic") for w in load_list("epidemic_words.txt")])


def disaster_words() -> PhraseTrie:
    return lexicon_trie("disaster_words.txt")


def continuations() -> PhraseTrie:
    return lexicon_trie("obstacle_continuations.txt")


def run_on_openers() -> PhraseTrie:
    return lexicon_trie("obstacle_run_on_openers.txt")


def joined(words: list[Word], hidden: frozenset[int] = frozenset()) -> str:
    """The words in lower case, one space apart, none before a comma ("phòng, chống"); a word whose
    id() is in `hidden` written "|", so that no phrase matched in the text runs through it."""
    return " ".join("|" if id(w) in hidden else w.lower for w in words).replace(" ,", ",")


def has_phrase(words: list[Word], phrases: tuple[str, ...]) -> bool:
    """Whether the words name one of the phrases, a comma right after it or not ("chưa có kinh
    nghiệm, vợ chồng chị …")."""
    return names_phrase(f" {joined(words)} ", phrases)


def names_phrase(lowered: str, phrases: tuple[str, ...]) -> bool:
    """`has_phrase` on words already joined (`joined`, a space at each end)."""
    return any(f" {n} " in lowered or f" {n}," in lowered for n in phrases)


def facing_openers() -> PhraseTrie:
    return lexicon_trie("obstacle_facing_openers.txt")


def imperatives() -> PhraseTrie:
    return lexicon_trie("obstacle_imperatives.txt")


def says(words: list[Word], begin: int, end: int) -> bool:
    """Whether a verb of reporting or attribution ("cho biết", "phản ánh") starts in words[begin:end]."""
    saying = (lexicon_trie("obstacle_reporting_verbs.txt"), lexicon_trie("obstacle_attribution_verbs.txt"))
    return any(trie.match(words, k) for k in range(begin, end) for trie in saying)


@lru_cache(maxsize=1)
def remedy_verbs() -> tuple[str, ...]:
    """The imperative verbs that name a remedy wherever they stand (all but the "để" of a purpose)."""
    return tuple(v for v in load_list("obstacle_imperatives.txt") if v != "để")


@lru_cache(maxsize=2)
def _acting_verbs(lessening: bool) -> frozenset[str]:
    """The verbs whose object is a task (the remedy verbs) or, when `lessening`, also a relief
    (obstacle_lessening_verbs.txt)."""
    return frozenset(remedy_verbs() + (load_list("obstacle_lessening_verbs.txt") if lessening else ()))


def opens_instruction(words: list[Word], k: int) -> bool:
    """An imperative verb at k that is not the start of a longer cue ("để xảy ra", "hạn chế")."""
    imperative, cue = imperatives().match(words, k), cues().match(words, k)
    return bool(imperative) and (not cue or imperative[0] >= cue[0])


def instructs(words: list[Word]) -> bool:
    """A sentence that opens with an imperative verb ("Đẩy mạnh …, xử lý nghiêm …") is a list of
    tasks: none of its parts reports a difficulty."""
    k = 0  # past bullets and discourse openers with their comma ("Đồng thời, tăng cường …")
    while k < len(words) and (words[k].text in ("-", "–", "+", "•") or k and words[k].text == ","
                              or lead_trims().match(words, k)):
        k += lead_trims().match(words, k)[0] if lead_trims().match(words, k) else 1
    return opens_instruction(words, k)


@lru_cache(maxsize=1)
def _not_the_reader() -> dict[str, frozenset[str]]:
    """The words before or after "bạn" that make it other people (obstacle_reader_words.tsv)."""
    sides: dict[str, set[str]] = {"before": set(), "after": set()}
    for word, side, *_ in load_table("obstacle_reader_words.tsv"):
        sides[side].add(word)
    return {side: frozenset(found) for side, found in sides.items()}


def addresses_reader(words: list[Word]) -> bool:
    """A sentence that speaks to the reader as "bạn" ("Nếu bạn dùng chung kem chống nắng …",
    "khi bạn cảm thấy ngại …") gives advice or a general warning, not a report."""
    other = _not_the_reader()
    return any(w.lower == "bạn" and not any(k >= n and joined(words[k - n:k]) in other["before"]
                                           for n in (1, 2))
               and not (k + 1 < len(words) and words[k + 1].lower in other["after"])
               for k, w in enumerate(words))


# Words between a remedy verb and the cue it acts on ("xử lý các hành vi vi phạm")
_OBJECT_OPENERS = ("các", "những", "mọi", "tình trạng", "việc", "hành vi", "trường hợp", "kịp thời",
                   "nghiêm", "dứt điểm", "triệt để", "nguy cơ")


def remedy_object(words: list[Word], cue: int) -> bool:
    """Whether the cue at word `cue` is what a remedy or lessening verb right before it acts on ("mở
    chuyên đề xử lý ô nhiễm tiếng ồn", "ngăn chặn kịp thời các hành vi vi phạm", "giảm áp lực cho
    học sinh"): a task or a relief, not a report."""
    k = cue
    while k > 0:
        one, two = words[k - 1].lower, joined(words[k - 2:k]) if k >= 2 else ""
        if two in _OBJECT_OPENERS:
            k -= 2
        elif one in _OBJECT_OPENERS:
            k -= 1
        else:
            break
    # "giảm áp lực thi cử" lessens a problem; "giảm xuống thấp" is a fall, not a relief
    verbs = _acting_verbs(lessening=not (cue < len(words) and words[cue].lower == "xuống"))
    return any(joined(words[k - n:k]) in verbs for n in (1, 2) if k >= n) \
        or _qualified_act_object(words, cue)


# Cues that qualify the act named before them ("nhập cảnh trái phép", "khai thác cát trái phép")
_ACT_QUALIFIERS = ("trái phép", "trái quy định", "sai quy định", "không phép")
_ACT_REACH = 6  # how many words the act may take between the remedy verb and its qualifier
# Nouns that make the remedy verb after them the name of a task, which may itself be the problem
# ("công tác ngăn chặn người nhập cảnh trái phép … là hết sức khó khăn")
_TASK_NOUNS = ("công tác", "việc", "quá trình", "hoạt động")


def _qualified_act_object(words: list[Word], cue: int) -> bool:
    """Whether the cue qualifies an act that a remedy verb before it, in the same comma part, acts
    on ("tuần tra, ngăn chặn người xuất nhập cảnh trái phép", "xử lý nghiêm các trường hợp khai thác
    cát trái phép"): a task, not a report; unless a task noun names the verb ("công tác ngăn chặn …")."""
    if joined(words[cue:cue + 2]) not in _ACT_QUALIFIERS and joined(words[cue:cue + 3]) not in _ACT_QUALIFIERS:
        return False
    verbs = remedy_verbs()
    for k in range(cue - 1, max(0, cue - _ACT_REACH) - 1, -1):
        if not words[k].text[:1].isalnum():
            return False
        for n in (1, 2):
            if k + 1 >= n and joined(words[k + 1 - n:k + 1]) in verbs:
                return not any(joined(words[k + 1 - n - m:k + 1 - n]) in _TASK_NOUNS for m in (1, 2))
    return False


def lead_trims() -> PhraseTrie:
    return lexicon_trie("obstacle_lead_trims.txt")


# A clause is only general when its cues are these nouns, opened by a quantifier
# ("gặp nhiều khó khăn, vướng mắc", "chỉ ra nhiều tồn tại trong việc …").
GENERAL_NOUNS = load_set("obstacle_general_nouns.txt")


_QUANTIFIERS = {"nhiều", "một số", "những", "không ít", "các", "mọi", "số"}


def cue_positions(words: list[Word], held: bool = True) -> list[tuple[int, int, str | None]]:
    """(begin, end, category) of every cue not inside a non-cue phrase nor a name: a cue written
    with a capital after a word is part of a name ("ở Lỗ Giao", "xã Thiếu Khang"), not a report.
    With `held` False a cue needs no holder (obstacle_cue_holders.tsv): a heading's "tồn tại"
    before its colon is the noun."""
    return [c for c in _cues_of(tuple([w.lower for w in words]), held)
            if not (c[0] and words[c[0]].text[:1].isupper() and words[c[0] - 1].text[:1].isalnum())]


@lru_cache(maxsize=4096)
def _cues_of(lowered: tuple[str, ...], held: bool = True) -> list[tuple[int, int, str | None]]:
    # a word that starts no phrase (not in the trie's root) is skipped without a match call:
    # most words of a clause start none
    non, cue = non_cues(), cues()
    blocked = set()
    for k, word in enumerate(lowered):
        found = word in non.root and non.match_lowered(lowered, k)
        longer = found and word in cue.root and cue.match_lowered(lowered, k)
        # a longer cue from the same word is read whole: "chưa rõ ràng" is no "chưa rõ" (not known)
        if found and not (longer and longer[0] > found[0]) and not _covered(lowered, k, k + found[0]):
            blocked.update(range(k, k + found[0]))
    result, states = [], []
    k = 0
    while k < len(lowered):
        found = lowered[k] in cue.root and cue.match_lowered(lowered, k)
        found = found or _inability(lowered, k)
        state = not found and _state(lowered, k)
        found = found or state
        # a non-cue may start inside the cue: "bị thương lái ép giá" holds "thương lái" (traders)
        if found and blocked.isdisjoint(range(k, k + found[0])):
            if not held or _held(lowered, k, k + found[0]):
                result.append((k, k + found[0], found[1]))
                states += [k] if state else []
            k += found[0]
        else:
            k += 1
    # a state of affairs is a cue only where no other cue tells the problem (`_state`)
    return [c for c in result if c[0] not in states] if len(result) > len(states) else result


# An inability, "không" + a verb of a duty or a goal + "được/nổi" ("cơ quan thi hành án không
# thu hồi được", "hành củ không bán được", "không xác định được địa chỉ"): what could not be
# done, as "không thể" before the verb says (obstacle_inability_verbs.txt). Not after "hàng"
# ("hàng không"). Any verb was tried: persons' reach ("không liên lạc được", "không cứu được",
# "không khóc nổi") is narrative, and it added false items on every unseen set.
def _inability(lowered: tuple[str, ...], k: int) -> tuple[int, None] | None:
    """(length, None) of an inability cue starting at lowered[k], or None."""
    if lowered[k] not in ("không", "chẳng") or (k and lowered[k - 1] == "hàng"):
        return None
    verb = k + 1 < len(lowered) and lexicon_trie("obstacle_inability_verbs.txt").match_lowered(lowered, k + 1)
    end = k + 1 + verb[0] if verb else 0
    if verb and end < len(lowered) and lowered[end] in ("được", "nổi"):
        return end + 1 - k, None
    return None


# A state of affairs named as the subject of its clause or as what exists, occurs or is faced
# ("Tình trạng cơi nới ban công … tiềm ẩn nguy cơ", "vẫn còn tình trạng …", "xảy ra tình trạng
# cá chết", "lâm vào tình trạng mất khả năng thanh toán", "Trước tình trạng …"): the problem
# itself. Not as an object of another verb ("tùy theo tình trạng …", "loại bỏ tình trạng …"),
# in a definition ("… là tình trạng …"), a state one is in ("trong tình trạng mới"), nor pointing
# back ("tình trạng trên/này/đó/tương tự", a retelling; "tình trạng như chúng tôi", a likeness).
# Only in a clause with no other cue: "tình trạng tắc nghẽn …" is told by "tắc nghẽn", whose
# category and span stand as before. Nor a state that eases, one person's, a good quantity or a
# sellout (`_easing`, `_of_a_person`, `_good_quantity`, `_sold_out`, body words).
_STATE_OPENERS = (("còn",), ("xảy", "ra"), ("diễn", "ra"), ("lâm", "vào"), ("rơi", "vào"), ("trước",))
_STATE_POINTERS = ("trên", "này", "đó", "tương", "nêu", "ấy", "như")


def _state(lowered: tuple[str, ...], k: int) -> tuple[int, None] | None:
    """(2, None) if "tình trạng" at lowered[k] names the problem its clause tells, else None."""
    if lowered[k:k + 2] != ("tình", "trạng") or k + 2 >= len(lowered) or lowered[k + 2] in _STATE_POINTERS:
        return None
    after = lowered[k + 2:k + 16]
    after = after[:after.index(",")] if "," in after else after
    if "sẽ" in after:
        return None  # "tình trạng nghỉ học sẽ rất cao": a forecast, not a state that exists
    if _easing(after) or _of_a_person(lowered, k) or _good_quantity(after) or _sold_out(after):
        return None
    body = lexicon_trie("obstacle_body_words.txt")
    if any(body.match_lowered(lowered, j) for j in range(k + 2, min(len(lowered), k + 10))):
        return None  # "tình trạng teo, hẹp dạ dày": a body's state, as filters.medical reads a cue's
    if k == 0 or lowered[k - 1] in (",", ";", ":", "\"", "“"):
        return 2, None
    opened = any(lowered[max(0, k - len(o)):k] == o for o in _STATE_OPENERS)
    return (2, None) if opened and not (lowered[k - 1] == "trước" and k >= 2 and lowered[k - 2] == "báo") else None


# What a state does when it is no problem: it eases or holds ("tình trạng ngập … đã giảm",
# "dần ổn định", "tiến triển tốt", "được cải thiện", "không còn"); unless denied ("không thuyên
# giảm", "chưa được cải thiện").
_STATE_EASINGS = (("giảm",), ("thuyên", "giảm"), ("ổn", "định"), ("tiến", "triển", "tốt"), ("cải", "thiện"),
                  ("không", "còn"), ("trở", "lại", "bình", "thường"))
_STATE_DENIALS = ("không", "chưa", "chẳng", "suy", "sụt", "cắt")
# Who a state may belong to as one person ("tình trạng bệnh nhân …", "tình trạng của tôi", "… ở
# người bệnh", "bệnh nhân rơi vào tình trạng …", "tình trạng bệnh, …"): a patient's condition in a
# clinical account, which the gold marks at most as optional (corpus-study21's sản phụ bị hôn mê).
_PERSONS = (("bệnh", "nhân"), ("người", "bệnh"), ("sản", "phụ"), ("thai", "phụ"), ("bé",), ("cháu",),
            ("tôi",), ("em",), ("anh",), ("chị",), ("ông",), ("bà",), ("cụ",), ("sức", "khỏe"), ("sức", "khoẻ"))


def _easing(after: tuple[str, ...]) -> bool:
    """Whether the words after "tình trạng" say it eases or holds (`_STATE_EASINGS`), not denied."""
    for j in range(len(after)):
        for e in _STATE_EASINGS:
            denied = any(after[i] in _STATE_DENIALS for i in range(max(0, j - 2), j))
            if after[j:j + len(e)] == e and not denied \
                    and not (e == ("không", "còn") and j + 2 < len(after) and after[j + 2] != "như"):
                return True
    return False


# Words that end a bare "tình trạng bệnh" as its predicate starts ("tình trạng bệnh không thuyên
# giảm", "tình trạng bệnh đã nặng hơn"): the illness of the person the account is about, not a
# named disease ("tình trạng bệnh sốt xuất huyết gia tăng").
_PREDICATE_OPENERS = ("không", "chưa", "đã", "đang", "vẫn", "của", "ngày", "càng", "dần", "có", "trở")


def _person_at(lowered: tuple[str, ...], j: int) -> bool:
    return any(lowered[j:j + len(p)] == p for p in _PERSONS)


def _of_a_person(lowered: tuple[str, ...], k: int) -> bool:
    """Whether the state at lowered[k] is one person's (`_PERSONS`): right after it, after "của"
    or "ở" in its part, "tình trạng bệnh" before a stop, or a person falling into it."""
    nxt = lowered[k + 2:k + 4]
    if _person_at(lowered, k + 2) or nxt[:1] == ("bệnh",) and (len(nxt) < 2 or not nxt[1].isalnum()
                                                          or nxt[1] in _PREDICATE_OPENERS):
        return True
    for j in range(k + 2, min(len(lowered), k + 14)):
        if lowered[j] in (",", ";", "."):
            break
        if lowered[j] in ("của", "ở") and _person_at(lowered, j + 1):
            return True
    before = [w for w in lowered[max(0, k - 5):k - 2] if w not in ("đã", "đang", "bị", "lại", "liên", "tục")]
    return lowered[k - 2:k] in (("rơi", "vào"), ("lâm", "vào")) and any(
        tuple(before[j:j + len(p)]) == p and j + len(p) == len(before) for p in _PERSONS for j in range(len(before)))


def _good_quantity(after: tuple[str, ...]) -> bool:
    """Whether the state is a quantity whose rise is good news ("tình trạng lượng khách đổ về ngày
    một tăng", obstacle_directions.tsv's high_good): its fall, the problem, is a cue itself."""
    return any(after[:len(g)] == g for g in _high_good())


# "cháy hàng/vé/phòng/tour/chỗ": sold out, a seller's good news ("tình trạng "cháy tour" cũng xảy ra
# ở nhiều đơn vị lữ hành"); not "cháy rừng", "cháy nổ", which burn.
_SOLD_OUT = ("hàng", "vé", "phòng", "tour", "chỗ")


def _sold_out(after: tuple[str, ...]) -> bool:
    words = [w for w in after[:4] if w.isalnum()]
    return words[:1] == ["cháy"] and len(words) > 1 and words[1] in _SOLD_OUT


@lru_cache(maxsize=1)
def _high_good() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(r[0].split()) for r in load_table("obstacle_directions.tsv") if r[1] == "high_good")


def _covered(lowered: tuple[str, ...], b: int, e: int) -> bool:
    """Whether a cue that starts in the word before lowered[b:e] covers it whole: "đáng lo ngại"
    judges a fact worrying, while the non-cue "lo ngại" alone is a worry."""
    found = b and lowered[b - 1] in cues().root and cues().match_lowered(lowered, b - 1)
    return bool(found) and b - 1 + found[0] >= e


_HOLDER_REACH = 10  # how far before a cue its holder may stand, in words


@lru_cache(maxsize=1)
def _holders() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cues that need a holder before them, each with its holders as word tuples
    (obstacle_cue_holders.tsv)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for cue, holder, *_ in load_table("obstacle_cue_holders.tsv"):
        found.setdefault(cue, []).append(tuple(holder.split()))
    return {cue: tuple(holders) for cue, holders in found.items()}


def _held(lowered: tuple[str, ...], b: int, e: int) -> bool:
    """Whether the cue lowered[b:e] needs no holder or has one before it in its clause ("lực
    lượng … còn mỏng"), not past a comma or semicolon."""
    holders = _holders().get(" ".join(lowered[b:e]))
    if holders is None:
        return True
    start = b
    while start > max(0, b - _HOLDER_REACH) and lowered[start - 1] not in (",", ";", ":"):
        start -= 1
    return any(lowered[k:k + len(h)] == h for h in holders for k in range(start, b))


def announces(words: list[Word]) -> bool:
    """A clause whose cues are only general nouns after a quantifier ("… mắc nhiều sai phạm"):
    it says difficulties exist, or announces a list of them."""
    found = cue_positions(words)
    if not found:
        return False
    if any(" ".join(w.lower for w in words[b:e]) not in GENERAL_NOUNS for b, e, _ in found):
        return False
    b, e = found[0][:2]
    before = {words[b - 1].lower if b >= 1 else "", " ".join(w.lower for w in words[max(0, b - 2):b])}
    # "những khó khăn đó": the difficulties already told
    pointing = e < len(words) and words[e].lower in ("đó", "này", "trên")
    return bool(before & _QUANTIFIERS) or (b >= 1 and words[b - 1].text.isdigit()) or pointing
