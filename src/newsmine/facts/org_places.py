"""Where a body's name meets a place: a country or a gazetteer place written at a word, a
province after a level's head, a name that is nothing but a place. Split off organizations.py,
which reads names with them."""

from .org_vocabulary import domestic_place_at, level_at
from .places import gazetteer, is_province
from .words import Word


def country_at(words: list[Word], i: int) -> bool:
    """A country whose name opens with a head ("Đài Loan") written at words[i]."""
    countries = gazetteer().countries
    return any(" ".join(w.text for w in words[i:i + n]) in countries for n in (2, 3))


def whole_place_at(words: list[Word], i: int) -> bool:
    """A place of the gazetteer written whole at words[i], no capitalised word after it ("Hội An",
    "Trường Sa của Việt Nam"; not "Liên Hợp Quốc", not "Ban Công tác")."""
    places = gazetteer()
    for n in range(min(places.longest, len(words) - i), 1, -1):
        name = " ".join(w.text for w in words[i:i + n])
        if name in places.places and name not in places.countries and all(w.is_title for w in words[i:i + n]) \
                and not any(w.abbreviation for w in words[i:i + n]):
            return i + n == len(words) or not (words[i + n].is_title or words[i + n].is_upper_word)
    return False


def named_place_at(words: list[Word], i: int) -> bool:
    """A place of the gazetteer at words[i], right after its level word in lower case."""
    level = next((n for n in (1, 2) if i >= n and not words[i - n].text[:1].isupper()
                  and (level_at(words, i - n) or (0,))[0] == n), None)
    return level is not None and domestic_place_at(words, i) and not words[i].abbreviation


def only_place(words: list[Word]) -> bool:
    """Nothing but a place of the gazetteer, with or without its level word ("Hà Nội", "TP Quảng
    Ngãi", "Sa Pa", "Bến Thành")."""
    level = level_at(words, 0)
    name = " ".join(w.text for w in words[level[0] if level else 0:])
    return is_province(name) or name in gazetteer().places


def province_after(words: list[Word], j: int, stops: set[int]) -> int:
    """How many words from words[j] name a province in title case, or 0."""
    for n in (3, 2, 1):
        if j + n <= len(words) and all(w.is_title and k not in stops for k, w in enumerate(words[j:j + n], j)) \
                and is_province(" ".join(w.text for w in words[j:j + n])):
            return n
    return 0
