"""Parts of an organisation's span read off the words: the kind of institution it opens with
("Trường Tiểu học và Trung học cơ sở"), an abbreviation or a place in brackets."""

from collections.abc import Callable
from functools import lru_cache

from .org_brands import foreign_word
from .org_vocabulary import (
    LOWER_CASE_HEADS,
    domestic_place_at,
    given_name_heads,
    inner_words,
    institution_types,
    level_at,
    parent_at,
    place_length,
    post_ends_at,
    subunit_heads,
)
from .words import PhraseTrie, Word, compound_length, lexicon_trie


def parenthesised_place(words: list[Word], j: int, stops: set[int]) -> int:
    """Words of "(huyện Mường Chà)", "(TP Điện Biên Phủ)" at words[j], the place a place is in."""
    if j >= len(words) or words[j].text != "(":
        return 0
    level = level_at(words, j + 1)
    n = place_length(words, j + 1 + level[0], stops) if level else 0
    close = j + 1 + (level[0] if level else 0) + n
    return close + 1 - j if n and close < len(words) and words[close].text == ")" else 0


def parenthesised_abbreviation(words: list[Word], j: int, before_number: bool = False) -> int:
    """Words of "(KBNN)", "(VH-TT&DL)", "(CDC)" at words[j] when a level word or a place of the
    country follows it ("Trung tâm Kiểm soát bệnh tật (CDC) Hà Nam"), or `before_number` a unit's
    "số N", else 0."""
    if words[j].text != "(" or j + 2 >= len(words):
        return 0
    close = j + 2
    while close < len(words) and words[close].start == words[j + 1].start:
        close += 1
    if close + 1 >= len(words) or words[close].text != ")" or not (
            words[j + 1].abbreviation or words[j + 1].is_upper_word) or not (
            level_at(words, close + 1) or domestic_place_at(words, close + 1)
            or before_number and words[close + 1].lower == "số" or parent_at(words, close + 1)):
        return 0
    return close + 1 - j


@lru_cache(maxsize=1)
def longest_type() -> int:
    return max(len(t.split()) for t in institution_types())


def type_length(words: list[Word], i: int) -> int:
    """Words of the longest institution type at words[i] ("Trường Trung cấp nghề"), at least 1."""
    best = 1  # "Trường Phổ thông Dân tộc bán trú Tiểu học và Trung học cơ sở": up to the longest kind
    for n in range(2, min(longest_type() + 1, len(words) - i + 1)):
        if " ".join(w.lower for w in words[i:i + n]) in institution_types():
            best = n
    return best


@lru_cache(maxsize=1)
def _dashed_fields() -> PhraseTrie:
    return lexicon_trie("org_dashed_fields.txt")


def dashed_field_length(words: list[Word], j: int) -> int:
    """Words of a dash and the lower-case field it pairs with the capitalised field before it
    ("Ban Dân tộc - miền núi tỉnh …", org_dashed_fields.txt), a whole dictionary word; else 0."""
    if j == 0 or j + 1 >= len(words) or words[j].text not in ("-", "–") \
            or not (words[j - 1].is_title or words[j - 1].in_title_word) or not words[j + 1].text.islower():
        return 0
    found = _dashed_fields().match(words, j + 1)
    return 1 + found[0] if found and found[0] >= compound_length(words, j + 1) else 0


# Heads of the schools a hospital or centre may be named after ("Bệnh viện Đại học Y Dược …").
_OWNING_SCHOOLS = frozenset({"Đại học", "Trường", "Học viện"})


def before_own_head(words: list[Word], i: int, length: int, head_at: Callable) -> bool:
    """Whether the head at words[i:i + length] stands right before the capitalised head of the
    body it names, `head_at` reading that one: the same head written twice ("Trưởng phòng Phòng
    Thanh tra hành chính", "Bệnh viện Bệnh viện Phổi Đà Nẵng"), the tail of a post ("Trưởng phòng
    Ban Chính sách …", "Chánh văn phòng Sở Y tế …", "Trưởng ban Tạp chí Cộng sản điện tử"), or a
    kind in lower case before a kind of institution or unit ("chỉ đạo bệnh viện Trung tâm Y tế
    huyện …"): the name opens on the second head (corpus-study10, -19, -21). Not before a trade that names a facility ("trung tâm
    Điện lực Vĩnh Tân", dev) or a brand ("tập đoàn Vingroup"), not a kind that goes on over it
    ("trường Đại học …") or a university's own hospital ("bệnh viện Đại học Y Hà Nội"), not a
    head with a field of its own before its parent ("cơ quan CSĐT Công an huyện …")."""
    j = i + length
    if j >= len(words) or not words[j].is_title or words[j].abbreviation or type_length(words, i) > length \
            or length > 1 and compound_length(words, i) != length:
        return False
    second = head_at(words, j)
    if second is None or second[1] == "brand" or second[2] in _OWNING_SCHOOLS:
        return False
    same = " ".join(w.lower for w in words[i:j]) == " ".join(w.lower for w in words[j:j + second[0]])
    return same or words[i].text[:1].islower() and (
        post_ends_at(words, i) or second[2].lower() in LOWER_CASE_HEADS or second[2] in subunit_heads())


def kind_abbreviation_goes_on(words: list[Word], after_type: int, j: int) -> bool:
    """Whether the words before a personal name at words[j] are the rest of the abbreviation that
    wrote the institution's kind ("ĐHQGHN Nguyễn Hoàng Hải": the university is named in full, the
    person is its staff), not a legal form ("Công ty TNHH Nguyễn Hoàng", "CTCP Nguyễn Hoàng")."""
    return after_type < j and words[j - 1].start == words[after_type - 1].start \
        and any(w.is_title and w.lower not in inner_words() for w in words[after_type:j])


def given_name_only(words: list[Word], i: int, j: int, head_text: str) -> bool:
    """Whether words[i:j] are a head that is also a syllable of names and one capitalised word
    ("Trường Sơn", a person or a place; org_given_name_heads.txt), not a foreign word, which is
    no syllable of a Vietnamese name ("Trường Newton", a school)."""
    if head_text.lower() not in given_name_heads() or j != i + 2 or not words[i + 1].is_title:
        return False
    return not (head_text == "Trường" and words[i + 1].text.isalpha() and foreign_word(words[i + 1].text))
