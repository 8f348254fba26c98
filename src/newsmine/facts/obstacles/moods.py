"""Sentences whose mood makes their clauses no report of a difficulty: a definition of a term
("Deep Web là khái niệm dùng để chỉ …", "Vòi rồng là hiện tượng thời tiết cực đoan, thường hình
thành khi …": what follows the defining "là" says what the term is), and a hypothesis, a sentence
that opens with "Nếu" (GOLD.md: risks that have not happened are optional), and a claim of being
the only one ("điều mà chưa nơi nào có được"): praise, not a lack; a clause that calls what
it tells a chance ("giá vàng sụt giảm cũng là cơ hội để mua vào"): good news, not a difficulty;
and a breach named by no act ("làm rõ hành vi vi phạm", "Đối với các tổ chức vi phạm, …"): it
points back to an act told elsewhere or speaks of breaches in a rule or a task."""

from ..words import Word

# The nouns of kind a definition names after "là" ("là (một) khái niệm/hiện tượng/trạng thái …")
_KINDS = ("khái niệm", "hiện tượng", "trạng thái", "thuật ngữ", "cách gọi")
# Quantifiers that may stand between "là" and the noun of kind
_QUANTIFIERS = ("một", "các", "những")
# Words before "là" that make it no definition: a focus ("đặc biệt là", "chính là", "cũng là")
_FOCUS = ("đặc biệt", "chính", "cũng", "nhất", "tức")
# Subjects that point back to something told ("Đây là hiện tượng …"): a report, not a term
_ANAPHORS = ("đây", "đó", "này", "ấy", "nó")
_SUBJECT_REACH = 15  # the longest term a definition opens with, in words


def _kind_after(words: list[Word], k: int) -> int:
    """The end of the noun of kind that follows the "là" at word k, or 0."""
    j = k + 1
    if j < len(words) and words[j].lower in _QUANTIFIERS:
        j += 1
    for kind in _KINDS:
        n = len(kind.split())
        if " ".join(w.lower for w in words[j:j + n]) == kind:
            return j + n
    return 0


def defines(words: list[Word], cue: int) -> str | None:
    """Why the cue at word `cue` of a sentence lies in the definition of a term, or None: the
    sentence opens with a term, one phrase (no comma outside brackets), then "là" and a noun of
    kind, and the cue stands after them. A cue in the term itself ("Sạt lở là hiện tượng thường
    xảy ra …") is left to the other rules, as is a "là" after a focus word ("đặc biệt là hiện
    tượng xói lở …") or after a subject that points back ("Đây là hiện tượng …")."""
    depth = 0
    for k, w in enumerate(words[:min(cue, _SUBJECT_REACH + 1)]):
        if w.text in ("(", "["):
            depth += 1
        elif w.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0 and w.text in (",", ";", ":", "."):
            return None
        if w.lower != "là" or not k or depth:
            continue
        before = {words[k - 1].lower, " ".join(x.lower for x in words[max(0, k - 2):k])}
        if before & set(_FOCUS) or any(x.lower in _ANAPHORS for x in words[:k]):
            return None
        end = _kind_after(words, k)
        if end:
            return "a definition: a term, then \"là\" and a noun of kind (\"là khái niệm/hiện tượng …\")" \
                if cue >= end else None
    return None


# Words a sentence may open with before its first word proper
_OPENERS = ('"', "“", "-", "–", "+", "•")
# What a hypothesis's consequence says would or must be done
_IRREALIS = ("sẽ", "có thể", "phải", "cần")
# Words of the present after a condition: "Nếu năm trước …, thì năm nay …" contrasts then and now,
# and what it says of now is a report
_NOW = ("nay", "hiện nay", "năm nay", "hôm nay", "giờ đây", "hiện tại")


def hypothesis(words: list[Word]) -> str | None:
    """Why every clause of a sentence is a hypothesis, or None: the sentence opens with "Nếu" and
    says later what would or must be ("sẽ", "có thể", "phải", "cần": "Nếu mưa kéo dài, nhiều tuyến
    đường bị ngập, học sinh có thể phải nghỉ học", "Nếu thấy đàn phát triển chậm, phải …"), so
    what follows the condition is only what would be. Not a condition that only counts or
    compares ("Nếu tính cả …, huyện thiếu …": no such modal), nor "Nếu như …, thì …" or a sentence
    that names the present after its condition ("Nếu năm trước …, thì năm nay …"): both contrast a
    past with what is. The condition's own clause is negated by "nếu" already."""
    k = 0
    while k < len(words) and words[k].text in _OPENERS:
        k += 1
    if k + 1 >= len(words) or words[k].lower != "nếu" or words[k + 1].lower == "như":
        return None
    rest = [w.lower for w in words[k + 1:]]
    if any(" ".join(rest[j:j + n]) in _NOW for j in range(len(rest)) for n in (1, 2)):
        return None
    if not any(" ".join(rest[j:j + n]) in _IRREALIS for j in range(len(rest)) for n in (1, 2)):
        return None  # "Nếu tính cả …, thiệt hại lên tới …", "Nếu làm ở đây thì thuế cao hơn": a fact
    return "a hypothesis: the sentence opens with \"Nếu\" (GOLD.md: a risk that has not happened)"


# What a place, a team or a country "has not" that a claim of being the only one names after
# "chưa … nào" ("điều mà chưa nơi nào có được", "chưa đội bóng nào làm được điều đó"); the verb ends
# its clause or takes "điều đó/này", what was praised before it: with an object of its own it tells
# a lack ("chưa xã nào có được trạm y tế đạt chuẩn")
_ATTAINMENTS = ("có được", "làm được", "đạt được", "sánh được", "sánh bằng", "nghĩ đến")
_PRAISED = ("điều đó", "điều này", "được như vậy", "như vậy")
_NONE_REACH = 4  # the longest noun between "chưa (một)" and "nào", in words


def unmatched(words: list[Word], cue: int) -> str | None:
    """Why the "chưa" at word `cue` claims that something is the only one of its kind, or None:
    "chưa" (and "một") before a noun and "nào", then a verb of having or achieving ("… ngay tại
    khu nghỉ dưỡng - điều mà chưa nơi nào có được", "chưa đội bóng nào làm được điều đó"): praise
    of the subject, not a lack it suffers. Not "chưa có … nào" nor "chưa ai" ("ở địa phương chưa
    có ai nuôi nên …" tells that no one can help: a lack)."""
    if cue >= len(words) or words[cue].lower != "chưa":
        return None
    j = cue + 1
    if j < len(words) and words[j].lower in ("một", "1"):
        j += 1
    if j >= len(words) or words[j].lower in ("có", "ai", "được") or not words[j].text.isalpha():
        return None
    close = next((k for k in range(j + 1, min(len(words), j + _NONE_REACH + 1)) if words[k].lower == "nào"), None)
    if close is None:
        return None
    rest = [w.lower for w in words[close + 1:]]
    if any(" ".join(rest[k:k + 2]) in _ATTAINMENTS
           and (k + 2 >= len(rest) or not rest[k + 2].isalpha() or " ".join(rest[k + 2:k + 4]) in _PRAISED)
           for k in range(len(rest))):
        return "a claim of being the only one: \"chưa … nào\" and a verb of having (\"chưa nơi nào có được\")"
    return None


# What a clause calls its subject when it frames it as good news ("… là (một) cơ hội/thời cơ")
_CHANCES = ("cơ hội", "thời cơ")
# Negators right before "là" that deny the framing ("không còn là cơ hội"): the clause stays a report
_DENIERS = ("không", "chưa", "chẳng", "không phải", "chưa phải", "không còn")


def framed_as_chance(span: list[Word]) -> str | None:
    """Why a clause (its words `span`) that says "là (một) cơ hội/thời cơ" is no obstacle, or
    None, wherever its cue stands: before ("giá vàng sụt giảm cũng là cơ hội") or in whom the
    chance is for ("là cơ hội cho những người chưa đủ điều kiện mua"). The clause calls what it
    tells a chance for someone ("việc máy tụt giá lại đang là cơ hội cho người mua", "với người
    chưa có lịch sử tín dụng, đây là cơ hội …"): good news for a buyer or a newcomer, not a
    difficulty reported (GOLD.md: a difficulty the article reports).
    Not when a negator stands before "là" ("không còn là cơ hội")."""
    lowered = [w.lower for w in span]
    for k in range(1, len(lowered) - 1):
        if lowered[k] != "là" or any(" ".join(lowered[k - n:k]) in _DENIERS for n in (1, 2) if k >= n):
            continue
        j = k + 1 + (lowered[k + 1] in ("một", "1"))
        if " ".join(lowered[j:j + 2]) in _CHANCES:
            return "framed as a chance: the clause calls what it tells \"là cơ hội\", good news, not a difficulty"
    return None


# The cues that name a breach in general ("vi phạm", "sai phạm"); what may follow them and still
# name no act ("hành vi vi phạm pháp luật"); the words after which the breach's part ends
_BREACHES = ("vi phạm", "sai phạm")
_OF_LAW = "pháp luật"
_PART_CLOSERS = (",", ";", ".", ":", "!", "?", "\"", "“", "”", ")", "-", "–", "…", "để", "thì")
# Words of number a few syllables before a breach ("có rất nhiều sai phạm", "mắc hàng loạt sai phạm",
# "có nhiều dấu hiệu vi phạm", "lập biên bản 12 trường hợp vi phạm", "số lượt vi phạm"): the clause
# reports how many breaches there were, a finding of its own
_MANY = ("nhiều", "loạt", "số")
_MANY_REACH = 3


def names_no_act(words: list[Word], cues: list[tuple[int, int]]) -> str | None:
    """Why a clause whose cues (`cues`, their begin and end in the sentence's `words`) are all a
    breach named by no act is no obstacle, or None: "vi phạm"/"sai phạm" ends its part, bare or
    with "pháp luật" ("điều tra làm rõ hành vi vi phạm, …", "thừa nhận các hành vi vi phạm",
    "Đối với các tổ chức vi phạm, mức phạt …", "hình thức xử lý khi vi phạm để …"): it points back
    to an act told elsewhere or speaks of breaches in general, in a rule or a task (GOLD.md: a
    problem mentioned only inside a directive, "xử lý các trường hợp vi phạm", is optional). Not
    a few syllables after a word of number ("có rất nhiều sai phạm", "có nhiều dấu hiệu vi phạm",
    "12 trường hợp vi phạm"): the clause reports how many there were."""
    if not cues:
        return None
    for b, e in cues:
        if " ".join(w.lower for w in words[b:e]) not in _BREACHES:
            return None
        if any(w.lower in _MANY or w.text[:1].isdigit() for w in words[max(0, b - _MANY_REACH):b]):
            return None
        j = e + 2 if " ".join(w.lower for w in words[e:e + 2]) == _OF_LAW else e
        if j < len(words) and words[j].lower not in _PART_CLOSERS:
            return None
    return "a breach named by no act: \"vi phạm/sai phạm\" ends its part (GOLD.md: inside a rule or a task, optional)"
