"""Canonical names of organisations: abbreviations expanded, the article's province or the
district it named last made explicit, and a level word put before a province named bare."""

from ..textnorm import normalize_tones
from .lexicons import load_set
from .org_vocabulary import (
    LEVELS,
    canonical_forms,
    heads,
    level_at,
    level_heads,
    level_opening,
    numbered_place_at,
    place_length,
    prevention_at,
    provincial_bodies,
    unit_number_heads,
    unit_rank,
)
from .places import district_level, gazetteer, is_province, level_of
from .words import Word, sentence_words


def standard_prefix(name: str, words: list[Word], standard: str) -> str:
    """The name with its opening words, a standard body, written in the standard way."""
    written = normalize_tones(" ".join(w.text for w in words).replace(" ,", ","))
    if name.lower().startswith(written.lower()):
        return standard + name[len(written):]
    return name


def canonical_name(words: list[Word], scope: str, province: str | None,
                   recent: dict[str, str] | None = None, standard: bool = False) -> str | None:
    """The canonical name of an organisation's words, or None when it is only a generic head.
    A `standard` body (bodies.txt) is a name by itself and takes a level before its province."""
    length = heads().match(words, 0)[0]
    words = without_parentheses(words)
    level = LEVELS.match(words, length) if scope in ("province-bare", "district-bare") else None
    if level and len(words) > length + level[0] and not words[length].is_title:
        words = words[:length] + words[length + level[0]:]  # "Tỉnh ủy tỉnh Hà Nam" → "Tỉnh ủy Hà Nam"
    texts = [w.text for w in words]
    texts[0] = texts[0][:1].upper() + texts[0][1:]
    if texts[:2] == ["Ủy", "ban"] and len(words) > 2 and LEVELS.match(words, 2) and not words[2].is_title:
        texts[2:2] = ["nhân", "dân"]  # "Ủy ban tỉnh" is the province's People's Committee
    if scope == "school":
        texts.insert(0, "Trường")
    numbered = scope == "numbered" or " ".join(texts[:length]) in unit_number_heads()  # "Nhà máy nước sạch số 2"
    has_name = any(w.is_title or w.is_upper_word and not w.abbreviation or w.text.isdigit() and numbered
                   or numbered_place_at(words, k) for k, w in enumerate(words) if k >= length) \
        or prevention_at(words, length) \
        or _listed_fields(words[length:])  # "Ban chỉ đạo phòng, chống dịch", "Viện nghiên cứu …, … và …": its field
    level = _trailing_level(texts, after=length)
    recent = recent or {}
    if level:  # "UBND tỉnh": the article's province is meant; "UBND huyện": its last district
        if province and level == level_of(province):
            texts.append(province)
        elif recent.get(level):
            texts.append(recent[level])
        elif has_name:  # "Sở … tỉnh" whose province is unknown: the named body without it
            texts = texts[:len(texts) - len(level.split())]
        else:
            return None  # "UBND huyện" with no district named: not a named body
    elif not has_name:
        if scope in ("standalone", "brand") or standard and scope == "named" and (
                unit_rank(" ".join(texts)) or 0) < _LOW_UNIT:
            pass  # "Quốc hội", "Viettel", "Tổng cục quản lý thị trường" (bodies.txt): a name by itself
        elif (place := _bare_place(texts, scope, length, province, recent)) is not None:
            texts += place
        else:
            return None  # a bare "Sở", "Bộ", "Công ty cổ phần"
    elif scope == "province" or standard:
        texts = _with_province(texts, words, length, scope, province)
        if texts is None:
            return None
    texts = _closing_place(texts, words, length, province)
    name = normalize_tones(" ".join(texts).replace(" ,", ","))
    return canonical_forms().get(name, name)


def _bare_place(texts: list[str], scope: str, length: int, province: str | None,
                recent: dict[str, str]) -> list[str] | None:
    """The place a body written without one takes ("Huyện ủy" the district named last, "Tỉnh ủy"
    and "Sở Y tế" the article's province), or None; none for "Thành ủy" bare in a centrally-run
    city's article, which `_closing_place` closes with the city, as any board of it."""
    if scope == "district-bare" and recent.get("huyện"):
        return [recent["huyện"]]
    if scope == "province-bare" and province:
        return [province]
    if texts[-2:] == ["Thành", "ủy"] and city_place(province):
        return []
    if scope == "province" and province and length > 1:
        return [level_of(province), province]
    return None


def _listed_fields(words: list[Word]) -> bool:
    """Lower-case fields listed with commas and "và" ("nghiên cứu xã hội, kinh tế và môi
    trường"): the name of the body they are the fields of (org_ends.field_list_end reads them)."""
    texts = [w.text for w in words]
    return "," in texts and "và" in texts[texts.index(","):]


def _with_province(texts: list[str], words: list[Word], length: int, scope: str,
                   province: str | None) -> list[str] | None:
    """A named provincial or standard body's words with its province: the article's when none is
    written, else the level put before the one written; None for a department of no province."""
    provincial = scope == "province" or " ".join(texts) in provincial_bodies()  # "CDC": the province's
    if provincial and not has_place(words[length:]) and not _central(texts) \
            and not any(numbered_place_at(words, k) for k in range(length, len(words))):  # "… khu vực XI"
        if province:
            return texts + _province_place(texts, province)
        if texts[0] == "Sở":
            return None  # "chỉ đạo Sở Y tế …" in national news: each province's department, no one body
    return _insert_level_before_province(texts, words, length, province)


def city_place(province: str | None) -> str | None:
    """A centrally-run city as its Party committee's name closes with it ("Thành ủy Hà Nội"; one
    named after a person keeps its level: "Thành ủy Thành phố Hồ Chí Minh"), or None."""
    if not province or level_of(province) != "thành phố":
        return None
    return f"Thành phố {province}" if len(province.split()) == 3 and province.split()[0] in load_set("surnames.txt") else province


def _province_place(texts: list[str], province: str) -> list[str]:
    """The words of the article's province closing a provincial body's name: a board of "Thành
    ủy" takes the city's name without a level, and none outside a city ("Thành ủy" of a
    provincial town is not the province's)."""
    if texts[-2:] == ["Thành", "ủy"]:
        return []
    return [level_of(province), province]


def _closing_place(texts: list[str], words: list[Word], length: int, province: str | None) -> list[str]:
    """"Công an Đồng Nai" → "Công an tỉnh Đồng Nai" (a service's province may follow its head);
    "Ủy ban Kiểm tra Thành ủy", "Thành ủy" in a Hà Nội article → "… Thành ủy Hà Nội"."""
    if " ".join(texts[:length]) in level_heads() and not any(
            level_at(words, k) and not words[k].is_title for k in range(length, len(words))):  # "phường Nguyễn Thái Bình"
        return _insert_level_before_province(texts, words, length - 1, province)
    if texts[-2:] == ["Thành", "ủy"] and (city := city_place(province)):
        return texts + city.split()
    return texts


# The rank of units (org_unit_ranks.tsv: "Phòng", "Đội", "Trung tâm") named with their place or parent:
# written alone in lower case ("Phòng nội vụ", "Trung tâm giáo dục thường xuyên") they are a kind.
_LOW_UNIT = 4

# The closing words of a national body's name: no province is added after them.
_CENTRAL_ENDINGS = ("trung ương", "quốc gia", "việt nam")


def _central(texts: list[str]) -> bool:
    """"Ban Tổ chức Trung ương", "… Quốc gia": a national body, not the article's province's."""
    return " ".join(texts[-2:]).lower() in _CENTRAL_ENDINGS


def without_level(name: str) -> str:
    """The name without the level word before its closing province or place ("Công an tỉnh Đồng
    Nai" → "Công an Đồng Nai"); the name itself when it has none."""
    words = name.split()
    for k in range(len(words) - 2, 0, -1):
        for n in (2, 1):
            level = " ".join(words[k:k + n])
            if level_opening(words[k:k + n]) == (n, level) and level.islower() \
                    and k + n < len(words) and all(w[:1].isupper() for w in words[k + n:]):
                return " ".join(words[:k] + words[k + n:])
    return name


def place_as_written(name: str, words: list[Word]) -> str:
    """A parent body's name as it closes a sub-unit's ("Phòng Quản lý thi …, Sở GD&ĐT Hà Nội"):
    GOLD.md writes a sub-unit with its parent as one name, the place as the article writes it, so
    a level word put in before a place the article names bare ("Sở Giáo dục và Đào tạo thành phố
    Hà Nội") is left out; a level the article writes ("Công an tỉnh Cao Bằng", "TP Cần Thơ") or a
    place it leaves implied ("Sở Y tế" → "… tỉnh Nghệ An") stays. `words` are the parent's own."""
    bare = without_level(name)
    if bare == name or any(level_at(words, k) for k in range(len(words))):
        return name
    place = bare.split()[next(k for k, (a, b) in enumerate(zip(name.split(), bare.split())) if a != b):]
    written = [w.text for w in words]
    return bare if any(written[k:k + len(place)] == place for k in range(len(written))) else name


def without_parentheses(words: list[Word]) -> list[Word]:
    """The words outside "( … )" ("Kho bạc Nhà nước (KBNN) tỉnh Phú Yên")."""
    kept, depth = [], 0
    for w in words:
        depth += w.text == "("
        if not depth:
            kept.append(w)
        depth -= w.text == ")" and depth > 0
    return kept


def _trailing_level(texts: list[str], after: int = 1) -> str | None:
    """The level word closing `texts` after its first `after` words (not "xã" of the head "Hợp
    tác xã"), or None."""
    for n in (2, 1):
        tail = " ".join(texts[-n:])
        if len(texts) - n >= after and (tail == tail.lower() or tail == "Thành phố") and level_opening(texts[-n:]) == (n, tail.lower()):
            return tail.lower()  # "HĐND Thành phố": the article's city
    return None


def has_place(words: list[Word]) -> bool:
    return any(level_at(words, k) for k in range(len(words))) or \
        any(is_province(" ".join(w.text for w in words[k:])) for k in range(len(words)))


def _insert_level_before_province(texts: list[str], words: list[Word], head_len: int,
                                  province: str | None = None) -> list[str]:
    """"Sở Y tế Hà Tĩnh" → "Sở Y tế tỉnh Hà Tĩnh" (a province named right after the body); a district
    of the article's province too ("Trung tâm Y tế Hương Khê" → "… huyện Hương Khê")."""
    texts = " ".join(texts).split()  # a level put in before ("thành phố") is two words: not put in twice
    for k in range(head_len + 1, len(texts)):
        tail = " ".join(texts[k:])
        level = level_of(tail) if is_province(tail) else district_level(tail, province) \
            if tail[:1].isupper() and not _nested_head(texts[:k], head_len + 1) else None
        if level:  # "UBND Hương Khê" in a Hà Tĩnh article: the district, "huyện Hương Khê"
            placed = _trailing_level([t.lower() for t in texts[:k]]) or texts[k - 1] in ("-", "–")
            return texts if placed else texts[:k] + [level] + texts[k:]
    return texts


def _nested_head(texts: list[str], after: int) -> bool:
    """A second body opens inside the name past its head ("Công an Khu công nghiệp Biên Hòa"): the
    place is that body's own."""
    words = [Word(t, 0, 0) for t in texts]
    return any(heads().match(words, k) for k in range(after, len(words)))


def named_places(words: list[Word], stops: set[int]) -> dict[str, str]:
    """Level word → place for every "huyện Tuần Giáo", "xã Chà Tở" … of a sentence (the last wins)."""
    found = {}
    for k in range(len(words)):
        level = level_at(words, k)
        if level and not words[k].is_title and level[1] != "tỉnh":
            n = place_length(words, k + level[0], stops)
            if n:
                found[level[1]] = " ".join(w.text for w in words[k + level[0]:k + level[0] + n])
    return found


def head_and_closing_name(name: str) -> str | None:
    """"Viện ABAII" of "Viện Công nghệ Blockchain và Trí tuệ Nhân tạo ABAII", "Bệnh viện Việt Đức"
    of "Bệnh viện Hữu nghị Việt Đức": a body's head and the capitalised name that closes its
    canonical name after a word in lower case, a short form the article's posts may use; None
    when there is none, or the closing name is a place ("Trường Đại học Y Hà Nội")."""
    words = sentence_words(name, 0, len(name))
    head = heads().match(words, 0) if words else None
    if head is None or head[1] == "brand":
        return None
    k = len(words)
    while k > head[0] and words[k - 1].text[:1].isupper():
        k -= 1
    closing = " ".join(w.text for w in words[k:])
    if k == len(words) or k == head[0] or not words[k - 1].text[:1].islower() \
            or closing in gazetteer().places or LEVELS.match(words, k - 1):
        return None  # a number before the name ("Đồn Biên phòng 700 Hòn Khoai") is another writing of it
    return " ".join(w.text for w in words[:head[0]] + words[k:])


# A company's legal form, written after its head ("Công ty cổ phần Tập đoàn Hòa Phát").
_LEGAL_FORMS = ("cổ phần", "trách nhiệm hữu hạn một thành viên", "trách nhiệm hữu hạn")


def name_after_legal_form(name: str) -> str | None:
    """"Tập đoàn Hòa Phát" of "Công ty cổ phần Tập đoàn Hòa Phát", "Hòa Phát" of "Công ty cổ phần
    Hòa Phát": the name a company's canonical name gives after its legal form, which the article's
    posts may name it by; None when there is none."""
    words = name.split()
    if [w.lower() for w in words[:2]] != ["công", "ty"] and \
            [w.lower() for w in words[:3]] != ["tổng", "công", "ty"]:
        return None
    rest = " ".join(words[3 if words[0].lower() == "tổng" else 2:])
    form = next((f for f in _LEGAL_FORMS if rest.lower().startswith(f + " ")), None)
    inner = rest[len(form) + 1:] if form else ""
    said = sentence_words(inner, 0, len(inner))
    head = heads().match(said, 0) if said and said[0].is_title else None
    named = said[head[0]:] if head else said  # "Tập đoàn Hòa Phát", or the name alone: "Hòa Phát"
    if not named or not all(w.text[:1].isupper() for w in named) or inner in gazetteer().places:
        return None
    return inner
