"""A foreign state body written in sentence case and closed by its country ("Cơ quan Hàng không
Dân dụng Singapore", "Cơ quan bảo vệ môi trường Mỹ", "Lực lượng Vũ trang Đức", "Ủy ban Truyền
thông liên bang Hoa Kỳ", "Quân đội Mỹ"): Vietnamese news writes the agencies of other countries
with a generic head and their field in lower case as often as with capitals, so neither the heads
lexicon nor the capitalised run reads them. The country that closes the name makes it one body;
so does "quốc gia" or "quốc tế" closing a field with a capital ("Cơ quan Phòng chống Tội phạm Quốc
gia", "Tòa án Công lý quốc tế"), the country after it taken too."""

from dataclasses import replace

from .lexicons import load_set
from .org_vocabulary import (
    CONNECTORS,
    clause_words,
    heads,
    level_at,
    place_length,
    posts_start,
    stop_at,
)
from .places import gazetteer
from .words import Word, compound_length

# The rule of a body found here.
FOREIGN_BODY = "org_foreign_heads.txt: a foreign body in sentence case, closed by its country"

# A country's armed forces and their services, a body with the country alone after them ("Quân đội
# Mỹ", "Hải quân Indonesia", "Không quân Hàn Quốc"), as the gold lists "Quân đội Mỹ".
_ARMED_SERVICES = frozenset({"Quân đội", "Hải quân", "Không quân", "Lục quân"})

# At most this many words between the head and the country ("Cơ quan Quản lý Dược và Thực phẩm").
_LONGEST_FIELD = 6


def foreign_heads() -> frozenset[str]:
    """Heads of a foreign body written in sentence case (org_foreign_heads.txt)."""
    return load_set("org_foreign_heads.txt")


def foreign_body_at(words: list[Word], i: int, stops: set[int]) -> tuple[int, str] | None:
    """(end, name) of a foreign body written at words[i] as its capitalised head, its field in
    any case and a country other than Việt Nam that closes it; None otherwise. A field of common
    words only: no demonstrative, number, verb of the sentence, post, level or place word
    ("Cơ quan này …", "Quân đội hai nước …", "Cơ quan công an huyện Chương Mỹ")."""
    if not words[i].text[:1].isupper():
        return None  # every head is capitalised: most words are no head, and this is asked of each
    head = next((n for n in (2, 1) if " ".join(w.text for w in words[i:i + n]) in foreign_heads()), 0)
    if not head or _opens_lower_word(words, i, head) or posts_start(words, i):
        return None  # "Bộ trưởng", "Bộ phim", "Viện trưởng": a word the head only opens
    k = i + head
    if words[i].text == "Bộ" and not (k < len(words) and words[k].is_title):
        return None  # "Bộ phim Anh": a ministry's field is written with a capital
    while k < len(words) and k - i - head <= _LONGEST_FIELD and k not in stops:
        if (closed := _closed_as_national(words, i + head, k)) is not None:
            return (closed, " ".join(w.text for w in words[i:closed])) if closed else None
        country = _country_length(words, k)
        if country:
            bare = k == i + head
            if bare and " ".join(w.text for w in words[i:i + head]) not in _ARMED_SERVICES:
                return None  # "Lực lượng Nga": the forces of a country, no named body
            end = k + country
            return end, " ".join(w.text for w in words[i:end])
        w = words[k]
        if not w.text.isalpha() or w.lower in load_set("org_foreign_field_breakers.txt") or w.lower in clause_words() \
                or w.lower in CONNECTORS - {"và"} or stop_at(words, k) or posts_start(words, k) \
                or level_at(words, k) or w.is_title and _opens_body(words, k) \
                or " ".join(x.text for x in words[k:k + 2]) in _ARMED_SERVICES:
            return None  # "Bộ Ngoại giao và Bộ Quốc phòng Mỹ", "Không quân và Hải quân Mỹ": a second body
        k += 1
    return None


def _closed_as_national(words: list[Word], field: int, k: int) -> int | None:
    """"Cơ quan Phòng chống Tội phạm Quốc gia", "Ủy ban Bầu cử quốc gia", "Tòa án Công lý
    quốc tế": a field with a capital closed by "quốc gia" or "quốc tế" names
    the body as its country would, the country after it taken too. The end of the name at words[k],
    0 when a capitalised word other than a country goes on after it (another name: "… Quốc gia Lê
    Hữu Trác"), None when no "quốc gia/tế" closes the field there, or the field joins two bodies."""
    if k == field or [w.lower for w in words[k:k + 2]] not in (["quốc", "gia"], ["quốc", "tế"]) \
            or not any(w.text[:1].isupper() for w in words[field:k]) or any(w.lower == "và" for w in words[field:k]):
        return None  # "Bộ Tài chính và quỹ tài sản quốc gia": a second body joined by "và"
    end = k + 2
    if country := _country_length(words, end):
        return end + country
    after = words[end] if end < len(words) else None
    return 0 if after is not None and (after.text[:1].isupper() and after.text.isalpha()) else end


def _opens_body(words: list[Word], k: int) -> bool:
    """A head of another body at words[k] ("… và Bộ Quốc phòng Mỹ"); not a head that only opens a
    lower-case dictionary word of the field ("Phòng chống Tội phạm")."""
    found = heads().match(words, k)
    if not found:
        return False
    return not _opens_lower_word(words, k, found[0])


def _opens_lower_word(words: list[Word], k: int, n: int) -> bool:
    """Whether the head of n words at words[k] only opens a dictionary word that goes on in lower
    case ("Bộ trưởng", "Bộ phim", "Phòng chống tội phạm"); written on with a capital, the word is
    the field of a named body ("Lực lượng Vũ trang Mỹ", "Phòng chống Tội phạm")."""
    return compound_length(words, k) > n and words[k + n].text[:1].islower()


def _country_length(words: list[Word], k: int, before_name: bool = False) -> int:
    """How many words a country other than Việt Nam written whole at words[k] takes, no
    capitalised word after it ("Mỹ", not the "Mỹ" of "Mỹ Đình") unless a personal name may follow
    (before_name); 0 if none."""
    countries = gazetteer().countries
    for n in (3, 2, 1):
        name = " ".join(w.text for w in words[k:k + n])
        if len(words[k:k + n]) == n and name in countries and name != "Việt Nam":
            after = words[k + n] if k + n < len(words) else None
            return 0 if not before_name and after is not None and (after.is_title or after.is_upper_word) else n
    return 0


# Bodies that represent a country or its people abroad: their seat is part of the name.
_MISSIONS = ("Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Văn phòng đại diện", "Cơ quan đại diện")
_COMMUNITIES = ("Hội", "Hiệp hội")
# A body's office, branch or trade mission away from its seat: named by where it sits, as a
# mission is ("văn phòng Tokyo Gas Asia tại Hà Nội", "Thương vụ Việt Nam tại Anh"), lower case too.
_OFFICES = ("văn phòng ", "chi nhánh ", "thương vụ ")


def with_seat(words: list[Word], org, stops: set[int]):
    """"Đại sứ quán Việt Nam tại Nhật Bản", "Hiệp hội Doanh nghiệp Việt Nam tại Anh": an embassy, or
    an association named for its country, written with "tại" and the country or city it sits in
    is named with that seat (study7's and study11's gold), as "Tòa án nhân dân cấp cao tại Hà Nội"
    is. Not another body's seat ("Ngân hàng Thế giới tại Việt Nam" is the bank)."""
    k = org.end
    if k + 1 >= len(words) or words[k].lower != "tại" or not words[k + 1].is_title:
        return org
    countries = gazetteer().countries
    office = org.name.lower().startswith(_OFFICES)
    if not (org.name.startswith(_MISSIONS) or office or org.name.startswith(_COMMUNITIES)
            and any(org.name.endswith(" " + c) for c in countries)):
        return org
    n = _seat_length(words, k + 1, stops, org.name.startswith(_MISSIONS) or office)
    if not n or office and " ".join(w.text for w in words[k + 1:k + 1 + n]) not in gazetteer().places:
        return org
    seat = " ".join(w.text for w in words[k + 1:k + 1 + n])
    return replace(org, end=k + 1 + n, name=f"{org.name} tại {seat}")


def _seat_length(words: list[Word], k: int, stops: set[int], mission: bool) -> int:
    """A country written at words[k] ("Vương quốc Anh", "Đức" before the envoy's name), or for a
    mission a city, no capitalised word after it ("tại Seoul", not "tại Hội thảo …"); 0 if none."""
    if [w.lower for w in words[k:k + 2]] == ["vương", "quốc"] and (n := _country_length(words, k + 2, True)):
        return 2 + n  # "Vương quốc Anh"
    if " ".join(w.text for w in words[k:k + 2]) == "Việt Nam":  # _country_length leaves it out
        return 2
    if n := _country_length(words, k, True):
        return n
    n = place_length(words, k, stops) if mission and not heads().match(words, k) else 0
    if not n or n > 3 or k + n < len(words) and (words[k + n].is_title or words[k + n].is_upper_word):
        return 0
    return n if all(w.is_title for w in words[k:k + n]) else 0


def with_seated_names(mentions: list) -> list:
    """"Đại sứ quán Việt Nam" where the article also writes "Đại sứ quán Việt Nam tại Lào": the one
    mission of the article named with its seat, which "Vương quốc Anh" and "Anh" name alike."""
    spelled: dict[str, str] = {}  # "… tại Vương quốc Anh" and "… tại Anh": one seat, as first written
    for m in mentions:
        if " tại " in m.name:
            m.name = spelled.setdefault(m.name.replace(" tại Vương quốc ", " tại "), m.name)
    names = {m.name for m in mentions}
    for m in mentions:
        longer = [n for n in names if n.startswith(m.name + " tại ")]
        if len(longer) == 1:
            m.name = longer[0]
    return mentions


def seated_body(body: str, names: list[str]) -> str:
    """An official's body as the article names it with its seat (GOLD.md: an official's body in
    the canonical form of `organizations`): "Văn phòng Tokyo Gas Asia" → "văn phòng Tokyo Gas Asia
    tại Hà Nội", the one name of `names` that goes on from it with "tại"; as given otherwise."""
    opening = body.lower() + " tại "
    seated = {n for n in names if n.lower().startswith(opening)}
    return seated.pop() if len(seated) == 1 else body
