"""Obstacles that no cue word names (`article_events`): a comma part of a sentence that states an
event of harm, after obstacle_events.tsv: people killed or hurt ("nạn nhân đã tử vong"), new cases
of an epidemic ("tỉnh ghi nhận thêm 2 ca dương tính"); abroad only people killed or hurt. A
casualty takes the category of its cause where that is an epidemic (`_cause`: natural). Only the
parts that hold no cue are read (the others are the rules', extractor.py), and an event the
article states again, or that an obstacle of the rules already holds, is dropped."""

import re
from functools import lru_cache

from ..lexicons import load_list, load_table
from ..records import Obstacle
from ..trace import reject
from ..words import PhraseTrie, Word, lexicon_trie
from .categories import mentions_epidemic, resolve
from .cues import (
    cue_positions,
    denominalised,
    has_phrase,
    instructs,
    joined,
    names_phrase,
    negators,
)
from .extractor import is_restatement
from .spans import trim_clause

RULE = "obstacle_events.tsv"
_BEFORE, _AFTER = 6, 4  # how far a partner of the trigger may stand from it, in words
_BOUNDS = (",", ";", ":")  # what ends a comma part
# Words after the trigger that end what the event states ("nạn nhân đã tử vong và được đưa …")
_ENDS = ("và", "được", "để", "khi", "nên", "nhưng")
# Words before a subject that count it ("hai cháu", "hàng chục người", "các em")
_COUNTERS = ("các", "những", "hàng", "khoảng", "chục", "trăm", "số")
# Classes whose trigger names the cause, not the harm ("dịch Covid-19 khiến …"): an obstacle that
# names the epidemic again tells another of its effects, so only a restatement drops the event
_CAUSES = ("epidemic_harm",)
# Classes that tell again a death of another class the article stated before: a body found after
# it ("cháu bé 4 tuổi tử vong trong hố công trình", then "… phát hiện thi thể cháu K")
_FOLLOWS = {"body": "casualty"}
# Classes that are news wherever they happen: people killed or hurt in a clash, a strike or a storm
# abroad are an obstacle of the report that counts them (GOLD.md: other); new cases abroad are the
# backdrop of a world epidemic, so only these classes are read in a sentence set abroad
_ANYWHERE = ("casualty",)
_TALLY = ("thế giới", "toàn cầu", "mỗi năm", "hàng năm")
# Classes whose subject may be a count of people with no listed noun ("16 dân thường đã thiệt mạng",
# "104 binh sĩ và 23 dân thường thiệt mạng"): a number before a noun names those the event struck
_COUNTED = ("casualty",)
_NUMBER = re.compile(r"\d[\d.,]*")  # a count in digits ("104", "2.300"), not "10m" nor "1,23%"
# Classes whose category follows the cause of the harm: people who died of an epidemic are the
# epidemic's toll, `natural` by GOLD.md's convention ("1.095 ca bệnh, 35 trường hợp tử vong"); a
# crash, a fire, a clash or a storm leaves the class's own (`other`, as the studied gold files them)
_CAUSED = ("casualty",)
_CASES = ("ca", "trường hợp")  # a count in cases: an epidemic's where the article names one
# Words after which a number counts people ("ít nhất 4 người", "ghi nhận 23 dân thường", _counted)
_LEADS = ("nhất", "có", "đã", "và", "ghi", "nhận", "khiến", "làm", "tới", "đến", "hơn", "gần", "trên")


def is_event(obstacle: Obstacle) -> bool:
    """Whether an obstacle was found here (the learned filter, fitted on cue candidates, leaves
    these alone)."""
    return obstacle.rule.startswith(RULE)


@lru_cache(maxsize=1)
def _classes() -> dict[str, dict[str, object]]:
    """Each class of event: its category, a trie per role (trigger, subject, before, after,
    absent) and the roles it needs."""
    rows: dict[str, dict[str, list[str]]] = {}
    for name, role, phrase, *_ in load_table("obstacle_events.tsv"):
        rows.setdefault(name, {}).setdefault(role, []).append(phrase)
    return {name: {"category": roles.get("category", ["other"])[0],
                   **{role: PhraseTrie((p, p) for p in roles.get(role, ()))
                      for role in ("trigger", "subject", "before", "after", "absent")},
                   "needs": {role for role in ("subject", "before", "after") if roles.get(role)}}
            for name, roles in rows.items()}


@lru_cache(maxsize=1)
def _number_words() -> PhraseTrie:
    """The number words ("hai", "mười"), from the figures' lexicon, read here as data only."""
    return PhraseTrie((row[0], row[0]) for row in load_table("figure_number_words.tsv"))


def _near(trie: PhraseTrie, words: list[Word], begin: int, end: int) -> int | None:
    """The first position in words[begin:end] where a phrase of `trie` starts, or None."""
    return next((k for k in range(max(begin, 0), min(end, len(words))) if trie.match(words, k)), None)


@lru_cache(maxsize=1)
def _foreign() -> PhraseTrie:
    """The countries other than Viet Nam (countries.txt)."""
    return PhraseTrie((c.lower(), c) for c in load_list("countries.txt") if c != "Việt Nam")


def _abroad(words: list[Word]) -> bool:
    """Whether the sentence names a foreign country ("Campuchia ghi nhận thêm 511 ca") or another
    place outside the province's news (obstacle_event_elsewhere.txt: "thế giới", "mỗi năm"): what
    happens there is not the province's obstacle."""
    elsewhere, foreign = lexicon_trie("obstacle_event_elsewhere.txt"), _foreign()
    # a phrase can only start at a word that opens one (the tries' first words): most words open none
    return any(w.lower in elsewhere.root and elsewhere.match(words, k)
               or w.is_title and w.lower in foreign.root and _country(words, k) for k, w in enumerate(words))


def _country(words: list[Word], k: int) -> bool:
    """A foreign country at k, not part of a name ("Anh Tòng", "Mỹ Đình", "huyện Đông Anh"): no
    capitalised word follows it, nor stands right before it but for the sentence's first ("Tại
    Campuchia, …")."""
    found = _foreign().match(words, k)
    return bool(found) and not (k + found[0] < len(words) and words[k + found[0]].is_title) \
        and not (k > 1 and words[k - 1].text[:1].isupper())


def _part(words: list[Word], k: int) -> tuple[int, int]:
    """The comma part around word k: from after the last ",", ";" or ":" before it to the next
    one (a comma inside brackets does not count)."""
    depth, b = 0, 0
    for j in range(k):
        depth += (words[j].text == "(") - (words[j].text == ")")
        if words[j].text in _BOUNDS and depth == 0:
            b = j + 1
    e = next((j for j in range(k + 1, len(words)) if words[j].text in _BOUNDS), len(words))
    return b, e


def _before_brackets(words: list[Word], k: int) -> int:
    """k, or where the brackets that close right before word k open: the subject of "chị A (29
    tuổi, bạn của anh B) bị bỏng nặng" stands before them."""
    if k == 0 or words[k - 1].text != ")":
        return k
    depth = 0
    for j in range(k - 1, -1, -1):
        depth += (words[j].text == ")") - (words[j].text == "(")
        if depth == 0:
            return j
    return k


def _event(words: list[Word], k: int, only: tuple[str, ...] | None = None) -> tuple[str, int, int | None] | None:
    """(class, end of the trigger, subject position or None) of an event whose trigger is at k,
    read in the comma part around it, or None; of the classes `only` when given."""
    triggered = [(name, c, found) for name, c in _classes().items()
                 if (only is None or name in only) and (found := c["trigger"].match(words, k))]
    b, e = _part(words, k) if triggered else (k, k)
    for name, c, found in triggered:
        end = k + found[0]
        anchor = _before_brackets(words, k)
        subject = _near(c["subject"], words, max(b, anchor - _BEFORE), anchor)
        if subject is None and name in _COUNTED:
            subject = _counted(words, b, max(b, anchor - _BEFORE), anchor)
        if "subject" in c["needs"] and subject is None:
            continue
        if "before" in c["needs"] and _near(c["before"], words, max(b, k - _BEFORE), k) is None:
            continue
        if "after" in c["needs"] and _near(c["after"], words, end, min(e, end + _AFTER)) is None:
            continue
        if _near(c["absent"], words, b, k) is not None or _negated(words[b:k]):
            continue
        return name, end, subject
    return None


@lru_cache(maxsize=1)
def _cardinals() -> frozenset[str]:
    """The number words that count on their own ("hai", "ba", "mười"; figure_number_words.tsv's
    digits and ten, not a scale: "tỷ lệ" is no count, nor a word marked as never alone: "một")."""
    return frozenset(row[0] for row in load_table("figure_number_words.tsv")
                     if row[1] in ("digit", "ten") and "no" not in row[3:])


def _counted(words: list[Word], part: int, begin: int, end: int) -> int | None:
    """The first number in words[begin:end] that counts a lower-case noun after it inside the range
    ("16 dân thường đã"), opening the comma part that starts at `part` or after a word that counts
    or reports people (_COUNTERS, _LEADS: "ít nhất 4 người", "ghi nhận 23 dân thường"): after any
    other word a number is a date, an hour or an amount ("ngày 30 người dân", "lúc 7 giờ"), or None."""
    for j in range(max(begin, 0), end - 1):
        if (_NUMBER.fullmatch(words[j].text) or words[j].lower in _cardinals()) \
                and words[j + 1].text.isalpha() and words[j + 1].text.islower() \
                and (j == part or words[j - 1].lower in _COUNTERS or words[j - 1].lower in _LEADS):
            return j
    return None


def _negated(lead: list[Word]) -> bool:
    """Whether a negator or directive stands in the words before a trigger ("chưa ghi nhận ca
    mắc", "yêu cầu ... phát hiện ca bệnh"), not one that is part of a noun (obstacle_nominalisers.txt:
    "các công dân tại khu cách ly tập trung … đã ghi nhận có 3 trường hợp dương tính" reports)."""
    return names_phrase(denominalised(f" {joined(lead)} "), negators())


def _span(words: list[Word], k: int, end: int, subject: int | None) -> tuple[int, int]:
    """The words that state the event whose trigger is words[k:end]: from its subject (with the
    words that count it), else from the start of its comma part, to the end of that part or a
    word that ends the event (_ENDS; "và" before a number goes on: "2 ca dương tính và 1 …")."""
    b, e = _part(words, k)
    if subject is not None:
        b = subject
        while b > 0 and (words[b - 1].text[:1].isdigit() or words[b - 1].lower in _COUNTERS
                         or _number_words().match(words, b - 1)):
            b -= 1
    for j in range(end, e):
        if words[j].lower in _ENDS and not (words[j].lower == "và" and j + 1 < e and (
                words[j + 1].text[:1].isdigit() or _number_words().match(words, j + 1))):
            return b, j
    return b, e


def _before_open_bracket(words: list[Word], b: int, e: int) -> int:
    """e, or the "(" the span words[b:e] leaves open ("vụ cháy khiến ông A (SN 1965), trú tại …"
    ends its comma part inside the brackets' text): the span ends before it."""
    depth, opened = 0, None
    for j in range(b, e):
        depth += (words[j].text == "(") - (words[j].text == ")")
        if words[j].text == "(" and depth == 1:
            opened = j
    return opened if depth > 0 and opened is not None else e


def event_obstacles(text: str, words: list[Word], sentence: str,
                    found: list[Obstacle], abroad: bool | None = None, epidemic: bool = False) -> list[Obstacle]:
    """The events of harm stated by the comma parts of a sentence that hold no cue, outside the
    obstacles `found` by the rules; `abroad` when already known for the sentence, `epidemic` when
    the article names an epidemic."""
    if instructs(words):
        return []
    only = None
    if _abroad(words) if abroad is None else abroad:
        if _tally(words):
            return []
        only = _ANYWHERE
    events = []
    for k in range(len(words)):
        event = _event(words, k, only)
        if event is None or cue_positions(words[slice(*_part(words, k))]):
            continue
        name, end, subject = event
        b, e = trim_clause(words, *_span(words, k, end, subject))
        e = _before_open_bracket(words, b, e)
        if e - b < 3 or any(o.start < words[e - 1].end and o.end > words[b].start for o in found + events):
            continue
        events.append(Obstacle(text=text[words[b].start:words[e - 1].end],
                               category=resolve(_cause(name, words, b, k, epidemic), words[b:e]),
                               start=words[b].start, end=words[e - 1].end, sentence=sentence,
                               rule=f"{RULE}: {name}, {' '.join(w.lower for w in words[k:end])}"))
    return events


def _cause(name: str, words: list[Word], b: int, k: int, epidemic: bool) -> str:
    """The category of an event of class `name` whose span opens at b and whose trigger is at k:
    the class's own, or an epidemic's (_CAUSED) when the sentence names one or the article does
    and the event counts cases (_CASES: "35 ca tử vong" in a bulletin of Covid-19)."""
    if name in _CAUSED and (mentions_epidemic(words) or epidemic and has_phrase(words[b:k], _CASES)):
        return "epidemic"
    return str(_classes()[name]["category"])


def _tally(words: list[Word]) -> bool:
    """Whether a sentence set abroad counts the dead of the world or of a year, not an event (_TALLY:
    "mỗi năm thế giới có …") or those of an epidemic (epidemic_words.txt: "Covid-19 đã khiến hơn 1
    triệu người thiệt mạng")."""
    return has_phrase(words, _TALLY) or lexicon_trie("epidemic_words.txt").occurs_in([w.lower for w in words])


def article_events(text: str, sentences: list, found: list[Obstacle]) -> list[Obstacle]:
    """The events of an article's sentences (each with `start`, `end`, `words` and `shouting`, as
    context.Sentence), in news from abroad only its casualties (_ANYWHERE), one of each class: an article tells its deaths or
    its new cases again ("nạn nhân đã tử vong" after "vụ tai nạn làm một người tử vong"). An event
    that restates an obstacle `found` by the rules, or names its trigger again ("chị P. tử vong"
    after "sản phụ tử vong đột ngột sau tiêm"), is dropped too."""
    abroad = [_abroad(s.words) for s in sentences]
    if _from_abroad(abroad):
        abroad = [True] * len(abroad)  # news from abroad: each sentence is set there
    events, epidemic = [], any(mentions_epidemic(s.words) for s in sentences)
    for s, elsewhere in zip(sentences, abroad):
        if not s.shouting:
            for o in event_obstacles(text, s.words, text[s.start:s.end], found, elsewhere, epidemic):
                kind, trigger = _kind_and_trigger(o)
                if any(_kind_and_trigger(e)[0] == kind for e in events) or any(
                        is_restatement(o.text, seen.text) or is_restatement(seen.text, o.text)
                        or kind not in _CAUSES and f" {trigger} " in f" {seen.text.lower()} "
                        for seen in found + events):
                    reject("obstacles", o.text, "the article states this event again")
                else:
                    events.append(o)
    return _without_followers(events)


def news_from_abroad(sentences: list) -> bool:
    """Whether an article (its sentences, as context.Sentence) is news from abroad: its headline,
    or a third of its sentences, is set there (_abroad)."""
    return _from_abroad([_abroad(s.words) for s in sentences])


def _from_abroad(abroad: list[bool]) -> bool:
    return bool(abroad) and (abroad[0] or 3 * sum(abroad) >= len(abroad))


def _kind_and_trigger(event: Obstacle) -> tuple[str, str]:
    """The class of an event and the words that triggered it, as its rule names them
    (f"{RULE}: {class}, {trigger}", event_obstacles)."""
    kind, trigger = event.rule.split(": ", 1)[1].split(", ", 1)
    return kind, trigger


def _without_followers(events: list[Obstacle]) -> list[Obstacle]:
    """The events but those of a class that follows another the article stated before (_FOLLOWS):
    a body found is news only where no death was told before it ("phát hiện thi thể một người phụ
    nữ trên sông", then "… được người dân phát hiện tử vong" keeps both)."""
    kept = []
    for e in events:
        followed = _FOLLOWS.get(_kind_and_trigger(e)[0])
        if any(_kind_and_trigger(d)[0] == followed and d.start < e.start for d in events):
            reject("obstacles", e.text, f"a death the article told before ({followed})")
        else:
            kept.append(e)
    return kept
