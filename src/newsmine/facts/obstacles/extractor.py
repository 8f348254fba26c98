"""`obstacles_in_sentence`: a sentence's clauses turned into `Obstacle`s; `is_restatement`,
`retells` and `opens_enumeration` for the article-level pass (context.py)."""

from functools import lru_cache

from ..records import Obstacle
from ..trace import reject
from ..words import Word, sentence_words
from .categories import (
    category_of,
    mentions_disaster,
    mentions_epidemic,
    mentions_fire,
    mentions_war,
    named_after,
    names_weather,
)
from .clauses import clauses
from .cues import (
    GENERAL_NOUNS,
    addresses_reader,
    cue_file,
    cue_positions,
    cues,
    instructs,
    joined,
)
from .filters import (
    a_case,
    aided,
    blocked,
    good_after_comma,
    governed_before,
    medical,
    needs_disaster,
    prescribed,
    reports_finding,
)
from .moods import defines, framed_as_chance, hypothesis, names_no_act, unmatched
from .negation import unnegated_rest
from .spans import tightened, trim_clause


def is_restatement(a: str, b: str) -> bool:
    """Two obstacle texts that share nearly all their words (the same finding told twice), a
    shorter one whose words all occur in the other ("nhập cảnh trái phép" after "nhóm người nước
    ngoài nhập cảnh trái phép"), or two that name the same violation (see _violations)."""
    x, y = a.lower().split(), b.lower().split()
    common = sum(min(x.count(t), y.count(t)) for t in set(x))
    if bool(x and y) and (2 * common / (len(x) + len(y)) >= 0.8 or common == len(x) < len(y)):
        return True
    return bool(_violations(tuple(x)) & _violations(tuple(y)))


def retells(headline: Obstacle, o: Obstacle) -> bool:
    """Whether `o`, found in the body, tells again the obstacle of the headline: it holds the
    headline's cue and most of its other words, seven in ten and three at least ("Nhóm người nước
    ngoài nhập cảnh trái phép", then "… vụ 9 người nước ngoài nhập cảnh trái phép vào …"): a
    headline compresses the story the body tells."""
    cue = headline.rule.split(": ", 1)[-1].split()
    h = [w.strip(",.;:\"“”()") for w in headline.text.lower().split()]
    x = [w.strip(",.;:\"“”()") for w in o.text.lower().split()]
    if not any(x[k:k + len(cue)] == cue for k in range(len(x))):
        return False
    # a headline of two words besides its cue ("Sạt lở Trà Leng") names a place, not one event
    rest = set(h) - set(cue) - {""}
    return len(rest) >= 3 and len(rest & set(x)) >= 0.7 * len(rest)


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
    "điểm nghẽn", "tồn tại") a few words before the colon that ends it (`_names_the_list`)."""
    tail = _heading_tail(words)
    return tail is not None and _names_the_list(tail)


def _heading_tail(words: list[Word]) -> list[Word] | None:
    """The words between the last general noun of difficulties of a heading and the colon that
    ends it; None if it ends with no colon or names no difficulty generally. A "như:" after a
    difficulty of its own ("… còn hạn chế, thiếu khả năng liên thông giữa các bên như: …") opens
    examples of what that difficulty concerns, not a list of difficulties."""
    k = len(words)
    while k and words[k - 1].text in (".", " "):
        k -= 1
    if not k or words[k - 1].text != ":":
        return None
    positions = cue_positions(words[:k - 1], held=False)
    found = [" ".join(w.lower for w in words[b:e]) for b, e, _ in positions]
    if k >= 2 and words[k - 2].lower == "như" and found and found[-1] not in GENERAL_NOUNS:
        return None
    general = [e for (_, e, _), cue in zip(positions, found) if cue in GENERAL_NOUNS]
    return words[general[-1]:k - 1] if general else None


# How far a heading's general noun may stand from its colon ("còn một số vướng mắc trong công tác
# giải phóng mặt bằng:"), and the words that start another part between them
_HEADING_REACH = 8
_HEADING_BREAKS = {",", ";", "và"}


def _names_the_list(between: list[Word]) -> bool:
    """Whether the words between a heading's last general noun and its colon leave that noun the
    head of the list (a few words, in one part): in "… vượt qua những khó khăn do dịch bệnh để lại
    và xây dựng kế hoạch năm 2025 với:" or "… giải đáp các vướng mắc của hợp tác xã, … theo nhóm
    vấn đề:" the colon opens a plan's targets or a meeting's topics (obstprec11)."""
    return len(between) <= _HEADING_REACH and not any(w.lower in _HEADING_BREAKS for w in between)


# The ends of an indirect yes-no question ("chưa xác định được có hành vi ăn tiền hay không", "vẫn
# chưa rõ vết dầu có liên quan tới tàu mất tích hay không"): in the studied gold no required item
# ends so, and the corpus's sixteen such spans all ask (obstviol, stop 43)
_WHETHER = ("hay không", "hay chưa")


# Words between a cue and a closing "gì" that end the cue's part: the "gì" asks in another one
# ("… ảnh hưởng đến tôi, nhưng kiện thưa cũng chẳng được gì")
_PART_ENDS = (",", ";", "nhưng", "mà")


def _asks(words: list[Word], e: int, last_cue: int = 0) -> str | None:
    """Why a clause that ends with a question mark is no obstacle ("Bao lâu rồi chưa về thăm
    quê?", "… có phải do thiếu vốn hay không?"): it asks, it does not report; None otherwise.
    `e` is the end of its words, before its closing punctuation and quotes. A clause that ends
    on "gì" in the part of its last cue (at word `last_cue`) asks too, in reported speech ("… hỏi
    mình vi phạm lỗi gì"), and one that ends on "hay không" or "hay chưa" asks whether (`_WHETHER`)."""
    if e and words[e - 1].lower == "gì" and not any(w.lower in _PART_ENDS for w in words[last_cue:e]):
        return "a question: it ends on \"gì\", it asks, it does not report"
    if e > 1 and joined(words[e - 2:e]) in _WHETHER:
        return "a question: it ends on \"hay không\", it asks whether, it does not report"
    for w in words[e:e + 4]:
        if w.text == "?":
            return "a question: it asks, it does not report"
        if w.text[:1].isalnum():
            return None
    return None


# Words that end the indirect question after "không biết" (punctuation, quotes, a new part)
_QUESTION_ENDS = (",", ";", ".", "?", "!", "\"", "“", "”", "-", "–", "…", "nhưng", "khi")


# The question words that end an indirect wh-question after "không biết" ("mình không biết họ nộp
# từ bao giờ", "không biết cha mình đang chiến đấu ở đâu"), and the words that make it not knowing
# how to act instead ("không biết làm thế nào", "không biết phải nói thế nào"), which stays a cue
_WH_ENDS = frozenset(("bao giờ", "khi nào", "lúc nào", "ở đâu", "thế nào", "ra sao", "vì sao", "tại sao"))
_HOW_TO = ("làm", "phải", "cách", "nên", "xoay", "đi", "bắt", "tính")


def _wonders(words: list[Word]) -> str | None:
    """Why a clause that wonders whether something is so ("Không biết xã có cấp thêm giống nữa
    không", "không biết vụ tới giá có lên hay không") is no obstacle: "không biết" opens a yes-no
    question, it does not report (obstprec11); None otherwise. Not knowing how or whom ("không
    biết cách làm hồ sơ", "không biết hỏi ai") is no such question and stays a cue."""
    for k in range(len(words) - 1):
        if words[k].lower != "không" or words[k + 1].lower != "biết":
            continue
        part = []
        for w in words[k + 2:]:
            if w.lower in _QUESTION_ENDS:
                break
            part.append(w.lower)
        while part and part[-1] == "nữa":
            part.pop()
        if len(part) >= 2 and part[-1] in ("không", "chưa") \
                and (part[-2] == "hay" or "có" in part[:-1] or "liệu" in part):
            return "a question: \"không biết … có … không\" wonders, it does not report"
        if len(part) >= 3 and part[0] not in _HOW_TO and " ".join(part[-2:]) in _WH_ENDS:
            return "a question: \"không biết\", a clause of its own and \"bao giờ/ở đâu/thế nào\" wonders"
    return None


def obstacles_in_sentence(text: str, start: int, end: int, words: list[Word] | None = None,
                          context_words: list[Word] = (), listed: bool = False) -> list[Obstacle]:
    """Obstacles of text[start:end] (its words may be given); `context_words` (the sentence
    before) tell whether damage follows a disaster; `listed` says the sentence is an item of an
    enumeration of difficulties (a bullet under such a heading), which needs no cue."""
    words = words if words is not None else sentence_words(text, start, end)
    sentence = text[start:end]
    disaster = mentions_disaster(words) or mentions_disaster(list(context_words))
    fire = any(mentions(found) for mentions in (mentions_fire, mentions_war)  # a fire's or a war's damage
               for found in (words, list(context_words)))
    found = []
    if instructs(words):
        if cue_positions(words):
            reject("obstacles", sentence, "a sentence of tasks: it opens with an imperative verb "
                   "(obstacle_imperatives.txt)")
        return found
    if addresses_reader(words):
        if cue_positions(words):
            reject("obstacles", sentence, "a sentence that speaks to the reader as \"bạn\": advice "
                   "or a general warning (obstacle_reader_words.tsv)")
        return found
    # "… còn 5 điểm nghẽn: A; B; C": every item after the heading is an obstacle
    heading_end = next((k for k, w in enumerate(words) if w.text == ":"), None)
    tail = _heading_tail(words[:heading_end + 1]) if heading_end is not None else None
    enumerated = tail is not None and _names_the_list(tail)
    for b, e in clauses(words):
        if tail is not None and b < heading_end:
            continue  # the heading only announces what follows
        item = listed or (enumerated and b > heading_end)
        opening, (b, e) = b, trim_clause(words, b, e)
        span_words = words[b:e]
        clause_cues = cue_positions(span_words)
        rest = unnegated_rest(span_words, clause_cues)
        if rest:  # the denied part is rejected, the clause after the turn read on its own
            reject("obstacles", text[span_words[0].start:span_words[rest - 1].end],
                   "denied or forecast, up to a turn of contrast or a reason that opens a clause "
                   "(obstacle_clause_links.txt, obstacle_forecast_reasons.txt)")
            b += rest
            span_words = words[b:e]
            clause_cues = cue_positions(span_words)
        cue_words = sum(ce - cb for cb, ce, _ in clause_cues)
        if (not clause_cues and not item) or len(span_words) - cue_words < 2:
            if clause_cues:
                reject("obstacles", text[span_words[0].start:span_words[-1].end],
                       "a cue word with nothing specific around it")
            continue  # a bare "vướng mắc" says nothing specific
        cue_at = b + clause_cues[0][0] if clause_cues else b  # where the first cue stands in the sentence
        reason = (not item and governed_before(words, opening, b)) or reports_finding(words, cue_at) \
            or (clause_cues and (defines(words, cue_at) or unmatched(words, cue_at)
                                 or framed_as_chance(span_words)
                                 or names_no_act(words, [(b + cb, b + ce) for cb, ce, _ in clause_cues]))) \
            or hypothesis(words) \
            or blocked(span_words, clause_cues) \
            or medical(span_words, clause_cues) or needs_disaster(span_words, clause_cues, disaster) \
            or _asks(words, e, b + clause_cues[-1][1] if clause_cues else b) or _wonders(words[b:e]) \
            or good_after_comma(words, b, clause_cues) \
            or (clause_cues and (prescribed(words, cue_at) or a_case(words, b, cue_at)
                                 or aided(words, cue_at, b + clause_cues[-1][0])))
        if reason:
            reject("obstacles", text[span_words[0].start:span_words[-1].end], reason)
            continue
        if clause_cues:
            span_words = tightened(span_words)
            clause_cues = cue_positions(span_words)
        first_cue = clause_cues[0] if clause_cues else (0, 0, None)
        cue_category = first_cue[2] or next((c for _, _, c in clause_cues if c == "legal"), None)
        cue_text = " ".join(w.lower for w in span_words[first_cue[0]:first_cue[1]])
        if cue_category in ("damage", "casualty") and (disaster or fire):
            cue_category = "natural" if disaster else "other"
        elif cue_text == "thiệt hại" and (mentions_epidemic(words) or mentions_epidemic(list(context_words))):
            cue_category = "market"  # a loss the epidemic caused is its economic effect (GOLD.md)
        elif cue_category == "casualty" and names_weather(words):
            cue_category = "natural"  # "Do thời tiết bất lợi, nhiều diện tích lúa bị chết"
        rule = f"{cue_file(cue_text)}: {cue_text}" if clause_cues \
            else "an item under a heading of difficulties"
        category = category_of(span_words, cue_category, first_cue[:2])
        read = category_of(span_words, cue_category, first_cue[:2], vehicles=False) \
            if category == "other" and cue_category == "damage" else category  # the vehicle's test alone
        named = not cue_category and named_after(span_words, first_cue[:2])  # what follows a cue of no kind
        category = category_of(span_words, named, first_cue[:2]) if named else category  # not the filter's `read`
        found.append(Obstacle(text=text[span_words[0].start:span_words[-1].end], category=category,
                              start=span_words[0].start, end=span_words[-1].end, sentence=sentence,
                              rule=rule, filter_category=read if read != category else None))
    return found
