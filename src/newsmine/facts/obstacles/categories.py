"""The category of an obstacle (`category_of`), after GOLD.md's definitions and conventions."""

from functools import lru_cache

from ..lexicons import load_list, load_set, load_table
from ..words import PhraseTrie, Word, lexicon_trie
from .cues import (
    category_words,
    cue_positions,
    disaster_words,
    joined,
    names_phrase,
)


def mentions_disaster(words: list[Word]) -> bool:
    return _names_disaster(tuple([w.lower for w in words]))


@lru_cache(maxsize=256)  # a sentence is asked again as the context of the next one
def _names_disaster(lowered: tuple[str, ...]) -> bool:
    return disaster_words().occurs_in(lowered)


def mentions_epidemic(words: list[Word]) -> bool:
    """Whether the words name an epidemic (epidemic_words.txt): a loss it causes is its economic
    effect, `market` by GOLD.md's convention ("do ảnh hưởng của dịch Covid-19 … thiệt hại về các
    dịch vụ khác khoảng 30 tỷ đồng")."""
    return lexicon_trie("epidemic_words.txt").occurs_in([w.lower for w in words])


def mentions_fire(words: list[Word]) -> bool:
    """Whether the words name a fire (obstacle_fire_words.txt): damage by a fire in a building is
    `other` (GOLD.md's annotators), a forest fire is a disaster (disaster_words.txt)."""
    return lexicon_trie("obstacle_fire_words.txt").occurs_in([w.lower for w in words])


def mentions_war(words: list[Word]) -> bool:
    """Whether the words name a war or an armed attack (obstacle_war_words.txt): damage it does is
    `other`, as a fire's, not the infrastructure's ("nhiều công trình bị tàn phá do nội chiến")."""
    return lexicon_trie("obstacle_war_words.txt").occurs_in([w.lower for w in words])


def non_topics() -> PhraseTrie:
    return lexicon_trie("obstacle_non_topics.txt")


def topics(words: list[Word], start: int = 0):
    """(position, category) of each topic word from `start` on, left to right. A topic word inside
    a longer word that names no topic ("giá" of "đánh giá", "cầu" of "yêu cầu") is not one; a head
    noun followed by a topic word of its own ("hệ thống thủy lợi", "nhu cầu vốn") yields to it."""
    topic, non = category_words(), non_topics()
    k = start
    while k < len(words):
        found, blocked = topic.match(words, k), non.match(words, k)
        if blocked and (not found or blocked[0] >= found[0]):
            k += blocked[0]
        elif found:
            if _yields(words, k, found[0]) or _adverb(words, k, found[0]):
                k += found[0]
                continue
            yield k, found[1]
            k += found[0]
        else:
            k += 1


def _yields(words: list[Word], k: int, length: int) -> bool:
    """Whether the topic word at k is a head noun (obstacle_topic_heads.txt) whose complement, in
    the next two words, holds a topic word: "hệ thống" of "hệ thống cáp viễn thông" is no system."""
    if " ".join(w.lower for w in words[k:k + length]) not in _HEADS:
        return False
    for j in range(k + length, min(k + length + 2, len(words))):
        if not words[j].text[:1].isalnum():
            return False
        if category_words().match(words, j) and not non_topics().match(words, j):
            return True
    return False


_HEADS = load_set("obstacle_topic_heads.txt")

# "vốn" is capital after a word that governs it ("thiếu vốn", "nguồn vốn", "kế hoạch vốn") and the
# adverb "originally, by nature" between a subject and its predicate ("hệ thống y tế vốn đã quá
# tải", "Galaxy Fold … vị thế vốn có", "– vốn là một rào cản"): the adverb names no funding.
_ADVERBS = load_table("obstacle_topic_adverbs.tsv")


def _adverb(words: list[Word], k: int, length: int) -> bool:
    """Whether the topic word at k is an adverb (obstacle_topic_adverbs.tsv): it is followed by a
    predicate word of that table, not preceded by a word that governs the noun, and not the first
    word (a clause's subject)."""
    word = " ".join(w.lower for w in words[k:k + length])
    rows = [(kind, other) for head, kind, other in _ADVERBS if head == word]
    if not rows or k == 0 or k + length >= len(words):
        return False  # "Vốn chưa được bố trí": a clause's subject is the noun
    after = words[k + length].lower
    before = words[k - 1].lower
    return any(kind == "then" and other == after for kind, other in rows) \
        and not any(kind == "noun after" and other == before for kind, other in rows)


def names_weather(words: list[Word]) -> bool:
    """Whether the words hold a `natural` topic word ("rét", "nắng nóng", "thời tiết")."""
    return any(found == "natural" for _, found in topics(words))


def resolve(category: str, words: list[Word]) -> str:
    """GOLD.md's convention: an epidemic is `natural`, its economic effects (a `market` topic
    word in the clause) `market`."""
    if category != "epidemic":
        return category
    market = any(found == "market" for _, found in topics(words))
    return "market" if market else "natural"


@lru_cache(maxsize=1)
def _pairs() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each category of obstacle_category_pairs.tsv with its phrases of part 1 and of part 2."""
    rows = load_table("obstacle_category_pairs.tsv")
    return {category: tuple(tuple(p for p, c, n in rows if c == category and n == part) for part in "12")
            for category in dict.fromkeys(c for _, c, _ in rows)}


def paired_category(words: list[Word]) -> str | None:
    """The category two words of the obstacle fix together (obstacle_category_pairs.tsv): a failure
    to keep an epidemic precaution is awareness ("du khách không chấp hành đeo khẩu trang"), an
    event called off market ("dừng tổ chức lễ hội"); None when no pair is named."""
    lowered = f" {joined(words)} "
    return next((category for category, (first, second) in _pairs().items()
                 if names_phrase(lowered, second) and names_phrase(lowered, first)), None)


# Cues of lack name what is missing after them ("thiếu giáo viên"); other cues follow their subject.
_LACK_CUES = load_list("obstacle_lack_cues.txt")


def lacked_later(words: list[Word], cue: tuple[int, int]) -> str | None:
    """The category of what a later cue of lack names, when the first cue is no lack: a damaged
    road or a shut cooperative is told for the means it lacks ("… xuống cấp nhưng chưa có kinh phí
    sửa chữa", "… ngừng hoạt động do thiếu vốn"); None when no later lack names a topic."""
    if _is_lack(words, cue):
        return None
    for b, e, category in cue_positions(words):
        if b < cue[1] or not _is_lack(words, (b, e)):
            continue
        if category:
            return category  # "không có kinh phí": the lack names its means (obstacle_lack_objects.tsv)
        for k, found in topics(words, e):
            if k - e <= 1 and all(w.text[:1].isalnum() for w in words[e:k]):
                return resolve(found, words)
            break
    return None


_CAUSING = ("khiến", "gây", "dẫn")  # "X khiến / gây / dẫn đến Y": the first part is Y's cause


def named_after(words: list[Word], cue: tuple[int, int]) -> str | None:
    """The category named first after a first cue that names none of its own ("bị ảnh hưởng",
    "bức xúc", "thiếu"), when a later cue names one: a topic word before that later cue, which is
    what the later cue qualifies ("bức xúc trước thái độ tắc trách …": awareness), else the later
    cue's own ("… bị ảnh hưởng bởi các đợt đóng cửa giãn cách …": market; "Sau khi kiểm soát được
    dịch bệnh, tâm lý chủ quan …": awareness). The evaluative cue says only that something is
    wrong; what follows it says what. None when no later cue names a category (a damage or a
    casualty is none: its kind is its cause's), or when a link of cause stands before the later
    cue ("Làn sóng dịch bệnh đã khiến các bệnh viện quá tải"): the first part is then the cause,
    which decides as before (obstcat35: the gold follows the cause over its consequence)."""
    words = _before_risk(words, cue)  # a risk told after the obstacle names no kind of it
    later = next(((b, category) for b, _, category in cue_positions(words)
                  if b >= cue[1] and category and category not in ("damage", "casualty")), None)
    if later is None:
        return None
    cause = next((k for k in range(cue[1], len(words)) if words[k].lower in _CAUSING), len(words))
    before = next((found for k, found in topics(words, cue[1]) if k < min(later[0], cause)), None)
    return resolve(before, words) if before else later[1] if later[0] < cause else None


def _is_lack(words: list[Word], cue: tuple[int, int]) -> bool:
    return cue[1] > cue[0] and " ".join(w.lower for w in words[cue[0]:cue[1]]).startswith(_LACK_CUES)


# Words that open a risk told after the obstacle, past a comma or a link of consequence ("…,
# tiềm ẩn nguy cơ lây lan dịch bệnh", "… nên nguy cơ cháy rừng rất cao"): a risk that has not
# happened is no obstacle (GOLD.md), so it does not decide the category. A risk the obstacle is
# about ("lo ngại về nguy cơ lây nhiễm", "áp lực chốt lời tiềm ẩn") is not cut.
_RISKS = tuple(tuple(r.split()) for r in load_list("obstacle_risk_openers.txt"))
_RISK_LINKS = (",", "nên", "đến", "tới")  # "…, nguy cơ", "… nên nguy cơ", "… dẫn đến nguy cơ"


def _before_risk(words: list[Word], cue: tuple[int, int]) -> list[Word]:
    """The words before the first risk opener after the cue that follows a comma or a link of
    consequence, or all the words."""
    lowered = tuple(w.lower for w in words)
    for k in range(cue[1] + 1, len(words)):
        if lowered[k - 1] in _RISK_LINKS and any(lowered[k:k + len(r)] == r for r in _RISKS):
            return words[:k]
    return words


_LOSSES = ("thiệt hại",)  # a loss, as against a breakage ("hư hỏng", "bị sập")
_SCALES = ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")
_CURRENCIES = load_list("obstacle_currencies.txt")


def counts_money_lost(words: list[Word], cue: tuple[int, int]) -> bool:
    """Whether the loss cue "thiệt hại" is counted in money ("thiệt hại 911 triệu USD",
    "tổng thiệt hại hơn 10 tỷ USD"): with no disaster, war, fire or epidemic told (the extractor
    reads those first) and no topic word, what lost money is a firm's or an investor's trade,
    `market`, not a building's breakage."""
    if joined(words[cue[0]:cue[1]]) not in _LOSSES:
        return False
    lowered = [w.lower for w in words]
    for k, w in enumerate(lowered):
        if not w[:1].isdigit():
            continue
        j = k + 1
        while j < len(lowered) and lowered[j] in _SCALES:
            j += 1
        if any(lowered[j:j + len(c.split())] == c.split() for c in _CURRENCIES):
            return True
    return False


def names_right(words: list[Word]) -> bool:
    """Whether the words name a rule or a right (obstacle_legal_words.txt), a comma after it or not
    ("yếu kém về sở hữu trí tuệ, không tạo thuận lợi …")."""
    return lexicon_trie("obstacle_legal_words.txt").occurs_in([w.lower for w in words])


def category_of(words: list[Word], cue_category: str | None, cue: tuple[int, int],
                vehicles: bool = True) -> str:
    """The category of the obstacle the words state, a risk told after it left out (`_before_risk`);
    with `vehicles` False, a vehicle's damage is read as any damage (`_vehicle_before`)."""
    return _category(_before_risk(words, cue), cue_category, cue, vehicles)


_VEHICLE_REACH = 4  # words from a vehicle to the damage cue it is the subject of


def _vehicle_before(words: list[Word], cue: tuple[int, int]) -> bool:
    """Whether the thing the damage cue tells broken is a vehicle (obstacle_vehicle_words.txt): one
    ends at most _VEHICLE_REACH words before the cue, in the cue's comma part, and no topic word
    stands before it there ("chiếc xe máy bị hư hỏng nặng"; not "tuyến đường xe chạy bị hư hỏng").
    A loss ("thiệt hại") is no breakage: "chủ tàu phải bồi thường thiệt hại" keeps its category."""
    b = cue[0]
    if joined(words[b:cue[1]]) == "thiệt hại":
        return False
    vehicles = lexicon_trie("obstacle_vehicle_words.txt")
    start = next((k + 1 for k in range(b - 1, -1, -1) if words[k].text in (",", ";", ":")), 0)
    for k in range(b - 1, max(start - 1, b - _VEHICLE_REACH - 3), -1):
        found = vehicles.match(words, k)
        if found and k + found[0] >= b - _VEHICLE_REACH:
            if k > start and words[k - 1].lower in _NOT_VEHICLES:
                return False  # "bến xe", "bãi xe": a place for vehicles; "chủ tàu": an owner
            return not any(t < k for t, _ in topics(words[:k], start))
    return False


_NOT_VEHICLES = ("bến", "bãi", "ga", "trạm", "làn", "đường", "nhà", "chủ")


def _category(words: list[Word], cue_category: str | None, cue: tuple[int, int], vehicles: bool = True) -> str:
    """The category: the cue's own, else legal when the clause names a rule or a right ("quy định",
    "sở hữu trí tuệ"), else natural when the clause names a disaster, else the first topic word
    after a cue of lack or the first topic word of the clause, else the most frequent one; a pair
    of words that fixes it (obstacle_category_pairs.tsv) or a later cue of lack that names a means
    (`lacked_later`) goes before all. Damage with no disaster named whose subject is a vehicle is
    `other` (`_vehicle_before`): a crash's or an attack's damage, not the infrastructure's."""
    paired = paired_category(words) or lacked_later(words, cue)
    if paired:
        return paired
    if cue_category and cue_category not in ("damage", "casualty"):
        return cue_category
    if names_right(words):
        return "legal"  # a rule broken or lacking, a right infringed (obstacle_legal_words.txt)
    if mentions_disaster(words):
        return "natural"  # "các điểm trường bị ảnh hưởng bão số 9 vẫn chưa được sửa chữa xong"
    if mentions_war(words) and any(found == "damage" for _, _, found in cue_positions(words)):
        return "other"  # "nhiều công trình bị tàn phá do nội chiến": a war's damage, as a fire's
    if vehicles and cue_category == "damage" and _vehicle_before(words, cue):
        return "other"  # "2 phương tiện hư hỏng nặng": an accident's damage, no road or building
    if cue_category == "casualty":  # lives lost to the weather ("rét", "nắng nóng") or to an accident
        return "natural" if names_weather(words) else "other"
    cue_text = " ".join(w.lower for w in words[cue[0]:cue[1]])
    first = cue[1] if cue_text.startswith(_LACK_CUES) else 0
    for _, found in topics(words, first):
        return resolve(found, words)
    order = [found for _, found in topics(words)]
    counts = {c: order.count(c) for c in order}
    if not counts:
        if cue_category == "damage":
            return "market" if counts_money_lost(words, cue) else "infrastructure"
        return "other"
    best = max(counts.values())
    return resolve(next(c for c in order if counts[c] == best), words)
