"""Organisations: find named bodies in a sentence and give each its canonical name.

A name opens with a head from org_heads.txt ("Ủy ban nhân dân", "Sở", "Công ty" …) and goes on
with capitalised words, the inner words of official names ("nhân dân", "cổ phần" …), a level word
and its place ("tỉnh Điện Biên"), or a domain list joined by "và" ("Văn hóa, Thể thao và Du lịch").
The canonical form has abbreviations expanded and the article's province made explicit."""

from dataclasses import dataclass
from functools import lru_cache

from .lexicons import load_list, load_table
from .places import gazetteer, is_province, level_of
from .words import PhraseTrie, Word

LEVELS = PhraseTrie((w, w) for w in ["tỉnh", "huyện", "thành phố", "thị xã", "xã", "phường",
                                       "quận", "thị trấn", "đặc khu"])
CONNECTORS = {"và", "của", "-", "–"}


@dataclass
class OrgSpan:
    begin: int  # word indexes, end exclusive
    end: int
    name: str  # canonical
    scope: str


@lru_cache(maxsize=1)
def heads() -> PhraseTrie:
    return PhraseTrie((head, scope) for head, scope in load_table("org_heads.txt"))


@lru_cache(maxsize=1)
def inner_words() -> frozenset[str]:
    return frozenset(load_list("org_inner_words.txt"))


@lru_cache(maxsize=1)
def institution_types() -> frozenset[str]:
    return frozenset(t.lower() for t in load_list("institution_types.txt"))


def place_length(words: list[Word], i: int, stops: set[int]) -> int:
    """How many capitalised words from i form a place name (the gazetteer's longest match, else
    the capitalised run, cut before a personal name)."""
    run = 0
    while i + run < len(words) and words[i + run].is_title and (i + run) not in stops:
        run += 1
    places = gazetteer().places
    for n in range(min(run, gazetteer().longest), 0, -1):
        if " ".join(w.text for w in words[i:i + n]) in places:
            return n
    return 0 if i in stops else min(run, 4)


def parse_org(words: list[Word], i: int, stops: set[int], province: str | None):
    """The organisation whose head starts at words[i], or None."""
    found = heads().match(words, i)
    if not found or i > 0 and words[i].abbreviation and words[i - 1].start == words[i].start:
        return None  # no head inside an abbreviation ("ban" of "UBND")
    length, scope = found
    j = i + length
    content = False  # has the name gone past its head?
    while j < len(words):
        w = words[j]
        if j in stops and content and " ".join(x.lower for x in words[i:j]) not in institution_types():
            break
        level = LEVELS.match(words, j)
        if level and not w.is_title:
            n = place_length(words, j + level[0], stops)
            if n == 0:
                j += level[0]  # "UBND tỉnh": the place is implied
                break
            j += level[0] + n
            content = True
            break
        if w.is_title or w.text.isdigit() and words[j - 1].lower == "số":
            if heads().match(words, j) and content and j > i + length:
                break  # a new body starts ("UBND tỉnh Sở …" does not happen; lists do)
            j += 1
            content = True
            continue
        if w.lower in inner_words() or (w.abbreviation and not w.is_title):
            j += 1
            continue
        if w.lower in CONNECTORS and j + 1 < len(words) and words[j + 1].is_title \
                and not heads().match(words, j + 1):
            j += 1
            continue
        if w.text == "," and _domain_list_follows(words, j + 1):
            j += 1
            continue
        break
    while j > i + length and words[j - 1].text == ",":
        j -= 1
    while j > i + length and not words[j - 1].is_title and not words[j - 1].abbreviation and (
            words[j - 1].lower in CONNECTORS or words[j - 1].lower in inner_words()):
        j -= 1
    if not words[i].is_title and (j == i + length or not words[i + length].is_title):
        return None  # "các sở, ngành": a lower-case head needs a name after it
    name = canonical_name(words[i:j], scope, province)
    if name is None:
        return None
    return OrgSpan(i, j, name, scope)


def _domain_list_follows(words: list[Word], j: int) -> bool:
    """", Công nghệ và Môi trường": a comma inside a list of domains, closed by "và"."""
    k = j
    while k < len(words) and words[k].is_title and not heads().match(words, k):
        k += 1
    return k > j and k < len(words) and words[k].lower == "và"


def canonical_name(words: list[Word], scope: str, province: str | None) -> str | None:
    """The canonical name of an organisation's words, or None when it is only a generic head."""
    length = heads().match(words, 0)[0]
    texts = [w.text for w in words]
    texts[0] = texts[0][:1].upper() + texts[0][1:]
    has_name = len(words) > length
    level = _trailing_level(texts)
    if level:  # "UBND tỉnh": the article's province is meant
        if not province or level != level_of(province):
            return None
        texts.append(province)
    elif not has_name:
        if scope == "standalone":
            pass
        elif scope == "province-bare" and province:
            texts.append(province)
        elif scope == "province" and province:
            texts += [level_of(province), province]
        else:
            return None
    elif scope == "province" and province and not _has_place(words[length:]):
        texts += [level_of(province), province]
    elif scope != "province-bare":
        texts = _insert_level_before_province(texts, words, length)
    return " ".join(texts).replace(" ,", ",")


def _trailing_level(texts: list[str]) -> str | None:
    for n in (2, 1):
        tail = " ".join(texts[-n:])
        if len(texts) > n and tail == tail.lower() and LEVELS.match(
                [Word(t, 0, 0) for t in texts[-n:]], 0) == (n, tail):
            return tail
    return None


def _has_place(words: list[Word]) -> bool:
    return any(LEVELS.match(words, k) for k in range(len(words))) or \
        any(is_province(" ".join(w.text for w in words[k:])) for k in range(len(words)))


def _insert_level_before_province(texts: list[str], words: list[Word], head_len: int) -> list[str]:
    """"Sở Y tế Hà Tĩnh" → "Sở Y tế tỉnh Hà Tĩnh" (a province named right after the body)."""
    for k in range(head_len, len(words)):
        tail = " ".join(texts[k:])
        if is_province(tail) and k > head_len and not LEVELS.match(words, k - 1):
            return texts[:k] + [level_of(tail)] + texts[k:]
    return texts
