"""Obstacles: the difficulties, shortcomings, violations, delays and damage an article reports.

A sentence is cut into clauses at ";", at the ":" after a heading ("… gặp nhiều khó khăn: …"),
and at commas where each side states its own difficulty ("thiếu vốn, thiếu lao động"), but not
inside brackets nor before a consequence ("…, gây lãng phí"). A directive ("đề nghị …, tháo gỡ
vướng mắc") governs every part after it; a trailing response or plan ("…, xã đã hỗ trợ …") is
cut. A clause holding a cue (obstacle_cues.tsv) and no negator is an obstacle; its span is the
clause without the discourse words that open it. A heading that only says difficulties exist is
not one, nor is a conditional rule ("vi phạm thì kiên quyết xử lý")."""

from functools import lru_cache

from .lexicons import load_list, load_table
from .records import Obstacle
from .trace import reject
from .words import PhraseTrie, Word, lexicon_trie, sentence_words


@lru_cache(maxsize=1)
def cues() -> PhraseTrie:
    return PhraseTrie((cue, category or None) for cue, *rest in load_table("obstacle_cues.tsv")
                      for category in [rest[0] if rest else ""])


def non_cues() -> PhraseTrie:
    return lexicon_trie("obstacle_non_cues.txt")


@lru_cache(maxsize=1)
def negators() -> tuple[str, ...]:
    return load_list("obstacle_negators.txt") + directives()


@lru_cache(maxsize=1)
def directives() -> tuple[str, ...]:
    return load_list("obstacle_directives.txt")


@lru_cache(maxsize=1)
def category_words() -> PhraseTrie:
    """Topic words and their category; epidemic words have the value "epidemic" (see
    _resolve)."""
    return PhraseTrie(list(load_table("obstacle_categories.tsv"))
                      + [(w, "epidemic") for w in load_list("epidemic_words.txt")])


def disaster_words() -> PhraseTrie:
    return lexicon_trie("disaster_words.txt")


# Cues that continue the predicate of the same subject ("còn e dè, chưa chủ động …"): a comma
# before them does not start a new obstacle.
_PREDICATE_CUES = ("chưa", "không", "còn", "kém")


def continuations() -> PhraseTrie:
    return lexicon_trie("obstacle_continuations.txt")


def run_on_openers() -> PhraseTrie:
    return lexicon_trie("obstacle_run_on_openers.txt")


def _joined(words: list[Word]) -> str:
    """The words in lower case, one space apart, none before a comma ("phòng, chống")."""
    return " ".join(w.lower for w in words).replace(" ,", ",")


def _has_phrase(words: list[Word], phrases: tuple[str, ...]) -> bool:
    lowered = f" {_joined(words)} "
    return any(f" {n} " in lowered for n in phrases)


def facing_openers() -> PhraseTrie:
    return lexicon_trie("obstacle_facing_openers.txt")


# Words after a comma that carry on the noun phrase before it ("…, nhất là ở các nước láng giềng").
_PHRASE_CARRIERS = ("đặc biệt", "nhất là", "kể cả")


def _faces(words: list[Word], starts: list[int], c: int) -> bool:
    """Whether the comma at c ends an opening circumstance that states a difficulty ("Trước diễn
    biến phức tạp của dịch bệnh, nhất là ở …, tỉnh đã …"): what follows is the response. `starts`
    are the beginnings of the comma parts before c."""
    if _joined(words[c + 1:c + 3]).startswith(_PHRASE_CARRIERS):
        return False
    for s in reversed(starts):
        if facing_openers().match(words, s):
            return bool(_cue_positions(words[s:c]))
        if not _joined(words[s:s + 2]).startswith(_PHRASE_CARRIERS):
            return False
    return False


def imperatives() -> PhraseTrie:
    return lexicon_trie("obstacle_imperatives.txt")


# Conjunctions of contrast: a directive or remedy before one does not govern what follows it
# ("đã huy động máy để xử lý nhưng chưa mang lại hiệu quả").
_CONTRASTS = ("nhưng", "song", "tuy nhiên")


def _lead(words: list[Word], end: int) -> list[Word]:
    """The words before a clause's first cue, from the last conjunction of contrast or reporting
    verb on ("Đoàn kiểm tra xác định …": the inspection found the problem, it does not prevent
    it)."""
    begin = max((k + 1 for k in range(end) if words[k].lower in _CONTRASTS
                 or _joined(words[k - 1:k + 1]) in _CONTRASTS), default=0)
    reported = max((_starts_after(words, k) for k in range(1, end)
                    if lexicon_trie("obstacle_reporting_verbs.txt").match(words, k)), default=0)
    return words[max(begin, reported):end]


def _denominalised(lead: str) -> str:
    """`lead` without the negators used as nouns ("quá trình khảo sát")."""
    for noun in load_list("obstacle_nominalisers.txt"):
        lead = lead.replace(f" {noun} ", " ")
    return lead


def _remedy_verbs() -> tuple[str, ...]:
    """The imperative verbs that name a remedy wherever they stand (all but the "để" of a purpose)."""
    return tuple(v for v in load_list("obstacle_imperatives.txt") if v != "để")


def _opens_instruction(words: list[Word], k: int) -> bool:
    """An imperative verb at k that is not the start of a longer cue ("để xảy ra", "hạn chế")."""
    imperative, cue = imperatives().match(words, k), cues().match(words, k)
    return bool(imperative) and (not cue or imperative[0] >= cue[0])


def _instructs(words: list[Word]) -> bool:
    """A sentence that opens with an imperative verb ("Đẩy mạnh …, xử lý nghiêm …") is a list of
    tasks: none of its parts reports a difficulty."""
    k = 0
    while k < len(words) and (words[k].text in ("-", "–", "+", "•") or lead_trims().match(words, k)):
        k += lead_trims().match(words, k)[0] if lead_trims().match(words, k) else 1
    return _opens_instruction(words, k)


def _starts_after(words: list[Word], k: int) -> int:
    """Where the obstacle starts if a reporting verb ("xác định", "cho biết") or a facing phrase
    ("trước diễn biến …") is at k: after the verb, or at the noun after the preposition; 0 if
    neither is."""
    verb = lexicon_trie("obstacle_reporting_verbs.txt").match(words, k)
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


def _tighten(words: list[Word]) -> tuple[int, int]:
    """The shortest part of a clause that states its obstacle: after the last reporting verb or
    facing phrase before its first cue ("Thanh tra xác định …", "họp khẩn trước diễn biến …");
    before a consequence link with no cue after it ("… chưa rõ ràng nên tỉnh quyết định dừng");
    without a trailing attribution ("…”, ông A cho biết")."""
    found = _cue_positions(words)
    if not found:
        return 0, len(words)
    first, last = found[0][0], found[-1][1]
    punished = _punished_act(words, first, last)
    if punished:
        return punished
    b = max([0] + [_starts_after(words, k) for k in range(1, first)]
            + [k + 1 for k in range(2, first) if words[k].lower == "nhưng" and (
                words[k - 1].text == "," or any(w.lower in ("dù", "tuy") for w in words[:k]))])
    # "xác định sai …": a verb right before the cue is the predicate, not a report of it
    b = b if first - b >= 1 and len(words) - b >= 4 else 0
    e = next((k for k in range(last, len(words)) if k > b + 3 and words[k - 1].text not in ("(",)
              and lexicon_trie("obstacle_consequence_links.txt").match(words, k)), len(words))
    for c in range(e - 1, last, -1):
        if words[c].text in (",", "-", "–", "\"", "”"):
            tail = words[c + 1:e]
            if any(lexicon_trie(name).match(tail, k) for k in range(len(tail))
                   for name in ("obstacle_reporting_verbs.txt", "obstacle_attribution_verbs.txt")):
                e = c
            break
    return b, e


def lead_trims() -> PhraseTrie:
    return lexicon_trie("obstacle_lead_trims.txt")


# A clause is only general when its cues are these nouns, opened by a quantifier
# ("gặp nhiều khó khăn, vướng mắc", "chỉ ra nhiều tồn tại trong việc …").
_GENERAL_NOUNS = frozenset(load_list("obstacle_general_nouns.txt"))
_QUANTIFIERS = {"nhiều", "một số", "những", "không ít", "các", "mọi", "số"}


def _cue_positions(words: list[Word]) -> list[tuple[int, int, str | None]]:
    """(begin, end, category) of every cue not inside a non-cue phrase."""
    return _cues_of(tuple([w.lower for w in words]))


@lru_cache(maxsize=4096)
def _cues_of(lowered: tuple[str, ...]) -> list[tuple[int, int, str | None]]:
    # a word that starts no phrase (not in the trie's root) is skipped without a match call:
    # most words of a clause start none
    non, cue = non_cues(), cues()
    blocked = set()
    for k, word in enumerate(lowered):
        found = word in non.root and non.match_lowered(lowered, k)
        if found:
            blocked.update(range(k, k + found[0]))
    result = []
    k = 0
    while k < len(lowered):
        found = lowered[k] in cue.root and cue.match_lowered(lowered, k)
        if found and k not in blocked:
            result.append((k, k + found[0], found[1]))
            k += found[0]
        else:
            k += 1
    return result


def _clauses(words: list[Word]) -> list[tuple[int, int]]:
    """Word spans cut at ';', ':' and bullet dashes, then at commas between two cue-bearing parts."""
    parts, begin = [], 0
    for k, w in enumerate(words):
        opens_list = w.lower in ("như", "là", "gồm") and k > begin and _cue_positions(words[begin:k]) \
            and _announces(words[begin:k])
        if w.text in (";", ":", "•", "…") or w.text in ("-", "–") and k == begin or opens_list:
            if k > begin:
                parts.append((begin, k))
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
        if _announces(words[b:e]):
            result.append((b, e))
            continue
        for c in commas:
            if _in_brackets(words, b, c):
                continue  # "kè A (xã B, huyện C) bị sạt lở" is one place, not two obstacles
            nxt = next((x for x in commas if x > c), e)
            right = _cue_positions(words[c + 1:nxt])
            faces = _faces(words, [start] + [x + 1 for x in commas if start <= x < c], c)
            if faces or _cue_positions(words[start:c]) and right and not (
                    right[0][0] == 0 and words[c + 1].lower.startswith(_PREDICATE_CUES)) \
                    and not continuations().match(words, c + 1) \
                    and not _lists_causes(words, start, c):
                cuts.append((start, c))
                start = c + 1
        cuts.append((start, e))
        result.extend(_drop_lead_context(words, b2, e2) for b2, e2 in cuts)
    return result


def _lists_causes(words: list[Word], start: int, c: int) -> bool:
    """Whether the comma at c continues a list of causes opened after the obstacle ("… chưa thể
    khắc phục do thiếu vật liệu, mất điện kéo dài"): the causes belong to the obstacle."""
    found = _cue_positions(words[start:c])
    if not found:
        return False
    return any(words[k].lower in ("do", "vì", "bởi") for k in range(start + found[0][1], c))


def _in_brackets(words: list[Word], b: int, k: int) -> bool:
    """Whether word k lies inside an unclosed "(" opened since word b."""
    depth = 0
    for w in words[b:k]:
        depth += (w.text == "(") - (w.text == ")")
    return depth > 0


def _runs_on(words: list[Word], k: int) -> bool:
    """A capitalised opener ("Theo", "Tại", "Tuy nhiên") right after a lower-case word: the
    sentence splitter missed the end of a heading or caption there."""
    w, before = words[k], words[k - 1]
    return w.text[:1].isupper() and not w.in_title_word and before.text[:1].islower() \
        and bool(run_on_openers().match(words, k))


def _drop_lead_context(words: list[Word], b: int, e: int) -> tuple[int, int]:
    """Cut the comma-separated openers that hold no cue ("Theo kết luận thanh tra, …",
    "ông A cho biết, …") from the start of a clause."""
    k = b
    for c in range(b, e):
        inside_phrase = _joined(words[c - 1:c + 2]) in negators()  # "phòng, chống"
        if words[c].text == "," and not _in_brackets(words, b, c) and not inside_phrase:
            if _cue_positions(words[k:c]) or _has_phrase(words[k:c], directives()):
                break  # "đề nghị …, tháo gỡ khó khăn, vướng mắc": the directive governs the rest
            k = c + 1
    rest = words[k:e]
    cue_words = sum(ce - cb for cb, ce, _ in _cue_positions(rest))
    k = k if cue_words and len(rest) - cue_words >= 3 else b
    # "…, ngành đã chỉ đạo khắc phục hậu quả": a trailing part with a directive and no cue is the
    # response to the obstacle, not part of it
    for c in range(e - 1, k, -1):
        if words[c].text == ",":
            tail = words[c + 1:e]
            # a remedy verb anywhere in it ("…, nhưng địa phương đã xử lý kịp thời"), or a purpose
            # opening it ("…, để đảm bảo an toàn")
            responds = _has_phrase(tail, directives() + _remedy_verbs()) or _instructs(tail) \
                or _has_phrase(tail, load_list("obstacle_response_markers.txt")) \
                or bool(lexicon_trie("obstacle_specifiers.txt").match(tail, 0))
            if _cue_positions(tail) or not responds:
                break
            e = c
    return k, e


def _is_general(words: list[Word]) -> bool:
    """A clause that only says difficulties exist ("… gặp nhiều khó khăn, vướng mắc"), its subject
    naming no topic ("các thủ tục thông quan còn gặp nhiều khó khăn" names the problem)."""
    found = _cue_positions(words)
    if not _announces(words):
        return False
    return not any(category_words().match(words, k) for k in range(found[0][0]))


def _announces(words: list[Word]) -> bool:
    """A clause whose cues are only general nouns after a quantifier ("… mắc nhiều sai phạm"):
    it says difficulties exist, or announces a list of them."""
    found = _cue_positions(words)
    if not found:
        return False
    if any(" ".join(w.lower for w in words[b:e]) not in _GENERAL_NOUNS for b, e, _ in found):
        return False
    b, e = found[0][:2]
    before = {words[b - 1].lower if b >= 1 else "", " ".join(w.lower for w in words[max(0, b - 2):b])}
    # "những khó khăn đó": the difficulties already told
    pointing = e < len(words) and words[e].lower in ("đó", "này", "trên")
    return bool(before & _QUANTIFIERS) or (b >= 1 and words[b - 1].text.isdigit()) or pointing


def _mentions_disaster(words: list[Word]) -> bool:
    return _names_disaster(tuple([w.lower for w in words]))


@lru_cache(maxsize=256)  # a sentence is asked again as the context of the next one
def _names_disaster(lowered: tuple[str, ...]) -> bool:
    return any(disaster_words().match_lowered(lowered, k) for k in range(len(lowered)))


def _resolve(category: str, words: list[Word]) -> str:
    """GOLD.md's convention: an epidemic is `natural`, its economic effects (a `market` topic
    word in the clause) `market`."""
    if category != "epidemic":
        return category
    market = any((found := category_words().match(words, k)) and found[1] == "market"
                 for k in range(len(words)))
    return "market" if market else "natural"


# Cues of lack name what is missing after them ("thiếu giáo viên"); other cues follow their subject.
_LACK_CUES = load_list("obstacle_lack_cues.txt")


def _category(words: list[Word], cue_category: str | None, cue: tuple[int, int]) -> str:
    """The category: the cue's own, else legal when the clause names a rule ("quy định", "luật"),
    else natural when the clause names a disaster, else the first
    topic word after a cue of lack or the first topic word of the clause, else the most frequent
    one."""
    if cue_category and cue_category != "damage":
        return cue_category
    if _has_phrase(words, ("quy định", "luật")):
        return "legal"  # breaking or lacking a rule: "chi ngân sách không đúng quy định"
    if _mentions_disaster(words):
        return "natural"  # "các điểm trường bị ảnh hưởng bão số 9 vẫn chưa được sửa chữa xong"
    cue_text = " ".join(w.lower for w in words[cue[0]:cue[1]])
    first = cue[1] if cue_text.startswith(_LACK_CUES) else 0
    for k in range(first, len(words)):
        found = category_words().match(words, k)
        if found:
            return _resolve(found[1], words)
    counts: dict[str, int] = {}
    order: list[str] = []
    k = 0
    while k < len(words):
        found = category_words().match(words, k)
        if found:
            counts[found[1]] = counts.get(found[1], 0) + 1
            order.append(found[1])
            k += found[0]
        else:
            k += 1
    if not counts:
        return "infrastructure" if cue_category == "damage" else "other"
    best = max(counts.values())
    return _resolve(next(c for c in order if counts[c] == best), words)


def is_restatement(a: str, b: str) -> bool:
    """Two obstacle texts that share nearly all their words (the same finding told twice), a
    shorter one whose words all occur in the other ("nhập cảnh trái phép" after "nhóm người nước
    ngoài nhập cảnh trái phép"), or two that name the same violation (see _violations)."""
    x, y = a.lower().split(), b.lower().split()
    common = sum(min(x.count(t), y.count(t)) for t in set(x))
    if bool(x and y) and (2 * common / (len(x) + len(y)) >= 0.8 or common == len(x) < len(y)):
        return True
    return bool(_violations(tuple(x)) & _violations(tuple(y)))


@lru_cache(maxsize=1024)  # each found obstacle is compared with every later one
def _violations(words: tuple[str, ...]) -> frozenset[str]:
    """The acts a text names with a `legal` cue, each with the two words before it ("đường cát
    nhập lậu", "hành vi vi phạm"): an article that names the same act again tells the same
    violation."""
    words = [w.strip(",.;:\"“”()") for w in words]
    found, k = set(), 0
    while k < len(words):
        match = cues().match_lowered(words, k)
        if match and match[1] == "legal" and k >= 2:
            found.add(" ".join(words[k - 2:k + match[0]]))
        k += match[0] if match else 1
    return frozenset(found)


def opens_enumeration(words: list[Word]) -> bool:
    """A heading that announces a list of difficulties: it names them generally ("khó khăn",
    "điểm nghẽn", "tồn tại") and ends with a colon."""
    k = len(words)
    while k and words[k - 1].text in (".", " "):
        k -= 1
    if not k or words[k - 1].text != ":":
        return False
    return any(" ".join(w.lower for w in words[b:e]) in _GENERAL_NOUNS
               for b, e, _ in _cue_positions(words[:k - 1]))


def _trim_clause(words: list[Word], b: int, e: int) -> tuple[int, int]:
    """The clause words[b:e] without its outer punctuation and the discourse words that open it
    ("Tuy nhiên", "do", the "trước" of "trước diễn biến …")."""
    while b < e and words[b].text in (",", ".", "(", ")", "…", "\"", "“", "”", "-", "–"):
        b += 1
    trimmed = True
    while trimmed and b < e:
        trimmed = False
        lead = lead_trims().match(words, b)
        if lead and b + lead[0] < e and not cues().match(words, b):
            b += lead[0]
            trimmed = True
        elif facing_openers().match(words, b):
            b += 1  # "trước diễn biến …": the preposition is not part of the difficulty
            trimmed = True
        while b < e and words[b].text in (",", ":"):
            b += 1
    while e > b and words[e - 1].text in (",", ".", "…", ")", "\"", "”", "!", "?"):
        e -= 1
    return b, e


def _blocked(span_words: list[Word], clause_cues: list) -> str | None:
    """Why a clause with a cue is not an obstacle (a directive or negator governs it, it is an
    instruction, or it only says difficulties exist), or None. A directive or remedy governs
    what follows it: "yêu cầu khắc phục tình trạng chậm …", but not "chưa đáp ứng được yêu cầu"."""
    end = clause_cues[0][0] if clause_cues else len(span_words)
    lead = _denominalised(f" {_joined(_lead(span_words, end))} ")
    governing = next((n for n in negators() if f" {n} " in lead), None)
    if governing:
        return f"governed by \"{governing}\" (obstacle_negators.txt)"
    if any(w.text == "cần" for w in _lead(span_words, end)):
        return "a recommendation: \"cần\" governs it"
    if _opens_instruction(span_words, 0):
        return f"an instruction (obstacle_imperatives.txt: {imperatives().match(span_words, 0)[1]})"
    if _has_phrase([w for w in span_words[end:] if w.text[:1].isalnum()], load_list("obstacle_resolutions.txt")):
        return "solved since (obstacle_resolutions.txt)"
    if _conditional(span_words[end:]):
        return "a rule of what is done if the problem occurs (obstacle_conditional_outcomes.txt)"
    return "only says that difficulties exist" if _is_general(span_words) else None


def _governed_before(words: list[Word], opening: int, b: int) -> str | None:
    """Why the clause at word b is governed by a directive that opens its sentence before any
    cue ("đề nghị bổ sung khó khăn, vướng mắc …", "yêu cầu …; làm tốt công tác tố giác …"), or
    None. A conjunction of contrast or a reporting verb ends the directive's scope, and so does a
    part that opens on the present ("…; hiện mặt đường hẹp, …"). Only lower-case directives count
    ("Ban Chỉ đạo" is a name). `opening` is where the clause began before its trim."""
    found = _cue_positions(words)
    end = min(b, found[0][0]) if found else b
    present = lexicon_trie("obstacle_present_openers.txt")
    if any(present.match(words, k) and words[k - 1].text in (",", ";", ":") for k in range(1, opening + 1)):
        return None
    lead = [w for w in _lead(words, end) if w.text == w.lower]
    directive = next((d for d in load_list("obstacle_sentence_directives.txt")
                      if f" {d} " in f" {_joined(lead)} "), None)
    return f"governed by \"{directive}\" earlier in the sentence" if directive else None


def _conditional(words: list[Word]) -> bool:
    """Words after a cue that make its clause a condition: "(nếu có)", or a "thì" followed within
    five words by an obligation or a sanction ("vi phạm thì kiên quyết xử lý", "chậm nộp thì cá
    nhân vi phạm phải nộp thêm")."""
    if "nếu có" in _joined(words):
        return True
    outcomes = lexicon_trie("obstacle_conditional_outcomes.txt")
    return any(w.lower == "thì" and any(outcomes.match(words, j) for j in range(k + 1, k + 6))
               for k, w in enumerate(words))


def _needs_disaster(span_words: list[Word], clause_cues: list, disaster: bool) -> str | None:
    """Why a clause whose only cues are ones that need a disaster near (obstacle_disaster_cues.txt)
    is not an obstacle when none is named nor any `natural` topic ("địa hình chia cắt"), or None."""
    needing = load_list("obstacle_disaster_cues.txt")
    named = {" ".join(w.lower for w in span_words[b:e]) for b, e, _ in clause_cues}
    if disaster or not named or not named <= set(needing):
        return None
    if any((found := category_words().match(span_words, k)) and found[1] == "natural"
           for k in range(len(span_words))):
        return None
    return "no disaster named near it (obstacle_disaster_cues.txt)"


def _tightened(span_words: list[Word]) -> list[Word]:
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


def obstacles_in_sentence(text: str, start: int, end: int, words: list[Word] | None = None,
                          context_words: list[Word] = (), listed: bool = False) -> list[Obstacle]:
    """Obstacles of text[start:end] (its words may be given); `context_words` (the sentence
    before) tell whether damage follows a disaster; `listed` says the sentence is an item of an
    enumeration of difficulties (a bullet under such a heading), which needs no cue."""
    words = words if words is not None else sentence_words(text, start, end)
    sentence = text[start:end]
    disaster = _mentions_disaster(words) or _mentions_disaster(list(context_words))
    found = []
    if _instructs(words):
        if _cue_positions(words):
            reject("obstacles", sentence, "a sentence of tasks: it opens with an imperative verb "
                   "(obstacle_imperatives.txt)")
        return found
    # "… còn 5 điểm nghẽn: A; B; C": every item after the heading is an obstacle
    heading_end = next((k for k, w in enumerate(words) if w.text == ":"), None)
    enumerated = heading_end is not None and opens_enumeration(words[:heading_end + 1])
    for b, e in _clauses(words):
        if enumerated and b < heading_end:
            continue  # the heading only announces the list
        item = listed or (enumerated and b > heading_end)
        opening, (b, e) = b, _trim_clause(words, b, e)
        span_words = words[b:e]
        clause_cues = _cue_positions(span_words)
        cue_words = sum(ce - cb for cb, ce, _ in clause_cues)
        if (not clause_cues and not item) or len(span_words) - cue_words < 2:
            if clause_cues:
                reject("obstacles", text[span_words[0].start:span_words[-1].end],
                       "a cue word with nothing specific around it")
            continue  # a bare "vướng mắc" says nothing specific
        reason = (not item and _governed_before(words, opening, b)) or _blocked(span_words, clause_cues) or _needs_disaster(span_words, clause_cues, disaster)
        if reason:
            reject("obstacles", text[span_words[0].start:span_words[-1].end], reason)
            continue
        if clause_cues:
            span_words = _tightened(span_words)
            clause_cues = _cue_positions(span_words)
        first_cue = clause_cues[0] if clause_cues else (0, 0, None)
        cue_category = "natural" if first_cue[2] == "damage" and disaster else first_cue[2]
        cue_text = " ".join(w.lower for w in span_words[first_cue[0]:first_cue[1]])
        rule = f"obstacle_cues.tsv: {cue_text}" if clause_cues \
            else "an item under a heading of difficulties"
        found.append(Obstacle(text=text[span_words[0].start:span_words[-1].end],
                              category=_category(span_words, cue_category, first_cue[:2]),
                              start=span_words[0].start, end=span_words[-1].end, sentence=sentence,
                              rule=rule))
    return found
