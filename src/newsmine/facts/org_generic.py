"""Names that are no one body: bodies named as a kind held by many units ("Hội Phụ nữ các cấp", "các
cấp Hội Phụ nữ", "Ban Chấp hành Hội Phụ nữ các cơ sở", "Hội Phụ nữ 2 đơn vị", "Sở Y tế cấp tỉnh";
GOLD.md leaves such generic phrases out), facilities named as the project that builds them ("dự án
Nhà máy …"), a kind of institution with no name ("Trường Đại học", "Cao đẳng và Trung cấp"), and a
person or place read as a head and a name ("Trường Sơn"). parse_org asks names_one_body."""

from functools import lru_cache

from .lexicons import load_sections, load_table
from .org_names import has_place
from .org_places import only_place
from .org_spans import given_name_only, type_length
from .org_vocabulary import (
    branch_missing,
    domain_heads,
    heads,
    institution_types,
    level_at,
    match_body,
    nationality_heads,
)
from .places import gazetteer
from .trace import reject
from .words import Word

# what follows a body's words and makes them the kind of many units ("các cơ sở trực thuộc")
_MANY_UNITS = {"cấp", "cơ sở", "đơn vị"}

# level words of one rank, the names a law gives the units of that rank ("tỉnh, thành phố trực
# thuộc trung ương", "huyện, quận, thị xã, thành phố thuộc tỉnh", "xã, phường, thị trấn")
_SAME_RANK = (frozenset({"tỉnh", "thành phố"}), frozenset({"huyện", "quận", "thị xã", "thành phố"}),
              frozenset({"xã", "phường", "thị trấn"}))


@lru_cache(maxsize=1)
def _projects() -> tuple[frozenset[str], frozenset[str]]:
    """(words for a project, heads of the facilities it builds), org_project_facilities.txt."""
    projects, facilities = load_sections("org_project_facilities.txt")
    return frozenset(projects), frozenset(e.lower() for e in facilities)


def project_facility(words: list[Word], i: int, length: int) -> bool:
    """A facility's head at words[i] right after the word for a project ("dự án Nhà máy thủy điện
    …", "Dự án KCN …"): the thing built, no body; says why with trace.reject."""
    project, facilities = _projects()
    head = " ".join(w.lower for w in words[i:i + length])
    before = " ".join(w.lower for w in words[max(0, i - 2):i])
    if head not in facilities or not (before in project or i > 0 and words[i - 1].lower in project):
        return False
    reject("organizations", f"{before} {head}", "a facility named as a project ('dự án Nhà máy …')")
    return True


def generic_mention(words: list[Word], i: int, j: int, length: int) -> bool:
    """Whether the body words[i:j] (its head `length` words) is named as a kind held by many
    units or at a level, by the words around it; says why with trace.reject."""
    after = [w.lower for w in words[j:j + 3]]
    many = after[:1] == ["các"] and any(" ".join(after[1:1 + len(u.split())]) == u for u in _MANY_UNITS) \
        or after[1:] == ["đơn", "vị"] and words[j].text.isdigit()
    if project_facility(words, i, length):
        return True
    if _every_place(words, j):
        reject("organizations", " ".join(w.text for w in words[i:j + 2]), "a kind of body in every place ('các tỉnh, thành phố')")
        return True
    if _levels_of_one_rank(words, i + length, j):
        reject("organizations", " ".join(w.text for w in words[i:j + 3]), "a kind of body in every place ('Sở Y tế tỉnh, thành phố')")
        return True
    if many or after[:1] == ["cấp"] and level_at(words, j + 1):
        reason = "at a level ('cấp tỉnh')" if after[0] == "cấp" else "in many units ('các cấp', 'các cơ sở', '2 đơn vị')"
        n = 2 if "cấp" in after[:2] else 3  # "các cấp", "cấp tỉnh"; "các cơ sở", "2 đơn vị"
        reject("organizations", " ".join(w.text for w in words[i:j + n]), f"a kind of body {reason}")
        return True
    plain = not any(w.is_title and heads().match(words, k) or level_at(words, k)
                    for k, w in enumerate(words[i + length:j], i + length))
    if i >= 2 and words[i - 2].lower == "các" and words[i - 1].lower == "cấp" and plain:
        reject("organizations", " ".join(w.text for w in words[i - 2:j]), "a kind of body at every level ('các cấp Hội')")
        return True  # "các cấp Hội Phụ nữ Công an tỉnh" names the police's own union, and stays
    return False


def _levels_of_one_rank(words: list[Word], k: int, j: int) -> bool:
    """"Sở Y tế tỉnh, thành phố nơi …", "Nghị quyết của HĐND tỉnh, thành phố trực thuộc trung
    ương", "Công an xã, phường, thị trấn": a body ending on a bare level word (after words[k]), then a
    comma and another name of that rank with no place after it, as laws and circulars name the
    body of every unit of a rank, not the article's own (real-train gave two such "tỉnh"s the
    article's province). "UBND tỉnh, huyện Mường Tè" (two ranks) and "…, thành phố Hà Nội" stay."""
    last = next((m for m in (j - 1, j - 2) if m >= k and (level_at(words, m) or (0,))[0] == j - m), None)
    if last is None or j + 2 >= len(words) or words[j].text != ",":
        return False
    other = level_at(words, j + 1)
    if other is None or words[j + 1].is_title:
        return False
    after = j + 1 + other[0]
    pair = {" ".join(w.lower for w in words[last:j]), " ".join(w.lower for w in words[j + 1:after])}
    return any(pair <= rank for rank in _SAME_RANK) and len(pair) == 2 \
        and (after == len(words) or not (words[after].is_title or words[after].is_upper_word))


def _every_place(words: list[Word], j: int) -> bool:
    """"Sở Y tế các tỉnh, thành phố", "Trung tâm Y tế các huyện", "Công an các địa phương": the
    body of every place of a level, none named after it ("Sở Tư pháp các tỉnh Hà Tĩnh, Quảng Bình"
    names each province's: org_shared.across_places)."""
    if j + 2 >= len(words) or words[j].lower != "các":
        return False
    if words[j + 1].lower == "địa" and words[j + 2].lower == "phương":
        return True
    level = level_at(words, j + 1)
    k = j + 1 + level[0] if level and not words[j + 1].is_title else None
    return k is not None and (k == len(words) or not (words[k].is_title or words[k].is_upper_word))


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    """Kinds of institution (institution_types.txt) and the heads that need a name after them."""
    named = {head.lower() for head, scope in load_table("org_heads.txt") if scope in ("named", "school")}
    return institution_types() | frozenset(named)


def _school_kind(written: str) -> bool:
    """"tiểu học", "cao đẳng nghề": a school's kind (institution_types.txt) written without its "Trường"."""
    return f"trường {written}" in institution_types()


def _named_kind(words: list[str]) -> bool:
    """A kind of institution that a capitalised name follows ("Tiểu học Hoa Sen", "Trung học cơ sở
    Tân Thuận 1"): words after a "và" or a dash that go on with a school of their own."""
    for n in range(len(words) - 1, 0, -1):
        kind = " ".join(words[:n]).lower()
        if (kind in _kinds() or _school_kind(kind)) and words[n][:1].isupper():
            return True
    return False


def only_kind(words: list[Word], org) -> bool:
    """A kind of institution with no name of its own ("các viện, Trường Đại học", "Trường Cao đẳng
    Nghề", institution_types.txt); not one with a level word ("Trạm Y tế xã": the commune's). Not
    _kinds(), as _named_kind: heads written alone may be a standard body made whole with the
    article's province ("Đài Phát thanh và Truyền hình", bodies.txt), no kind."""
    written = " ".join(w.lower for w in words[org.begin:org.end])
    return (written in institution_types() or org.scope == "school" and _school_kind(written)) \
        and not has_place(words[org.begin + 1:org.end])


def kinds_joined(name: str) -> bool:
    """A kind of institution with no name, joined to another kind, a thing or an owner: "Cao đẳng và
    Trung cấp" (levels of training), "bằng tốt nghiệp THCS và Giấy chứng nhận", "tại Học viện và
    Bằng TCCN", "Công ty của Kim …"; says why with trace.reject. A school of two levels keeps its
    name ("Trường Mầm non và Tiểu học Hoa Sen")."""
    words = name.split()
    k = next((k for k, w in enumerate(words) if w in ("và", "của", "-")), 0)
    if not k or " ".join(words[:k]).lower() not in _kinds() or words[k] != "của" and _named_kind(words[k + 1:]):
        return False
    reject("organizations", name, "a kind of institution joined to another kind or thing ('Cao đẳng và Trung cấp')")
    return True


def names_one_body(words: list[Word], i: int, j: int, length: int, scope: str, head_text: str) -> bool:
    """Whether words[i:j] name one body, not a generic phrase ("các sở, ngành"), a kind of body
    ("… cấp tỉnh") or a person or place ("Trường Sơn")."""
    committee = scope in ("province-bare", "district-bare")
    capitals = any(w.abbreviation for w in words[i + 1:i + length])
    kind = max(length, type_length(words, i))  # "trường tiểu học Phong Khê": the name after its kind
    if words[i].text[:1].islower() and not committee and not capitals and (
            j <= i + kind or not (words[i + kind].is_title or kind > length and words[i + kind].is_upper_word)) \
            and (j == i + length or not words[i + length].is_title) \
            and not _known_body_and_place(words, i, j):
        reject("organizations", " ".join(w.text for w in words[i:j]),
               "a lower-case head with no name after it (a generic phrase)")
        return False  # "các sở, ngành": a lower-case head needs a name after it
    if head_text == "Đảng Cộng sản" and j == i + length and " ".join(w.lower for w in words[i - 2:i]) == "chi bộ":
        reject("organizations", " ".join(w.text for w in words[i:j]), "a Party cell's kind ('Chi bộ Đảng Cộng sản đầu tiên')")
        return False  # the kind of a cell, no body of its own
    if generic_mention(words, i, j, length):
        return False  # "Hội Phụ nữ các cấp", "các cấp Hội Phụ nữ", "Sở Y tế cấp tỉnh"
    if branch_missing(words, i, j, length, head_text):
        reject("organizations", " ".join(w.text for w in words[i:j]), "a head without its branch or village ('Vùng 1')")
        return False
    rest = words[i + length:j]
    countries = gazetteer().countries  # "một trường đại học Hoa Kỳ", "THCS Việt Nam": a kind of school of a country
    if (head_text in nationality_heads() or scope == "school") and (
            _countries_only(rest, countries) or " ".join(w.text for w in words[i + kind:j]) in countries):
        reject("organizations", " ".join(w.text for w in words[i:j]), "a kind of body and its country ('Công ty Mỹ')")
        return False
    if scope == "school" and " ".join(w.lower for w in words[i + kind:j]) == "quốc gia" \
            and "đại học" not in " ".join(w.lower for w in words[i:i + kind]):
        reject("organizations", " ".join(w.text for w in words[i:j]), "a national exam ('kỳ thi THPT Quốc gia')")
        return False
    if head_text in domain_heads() and rest and only_place(rest):
        reject("organizations", " ".join(w.text for w in words[i:j]), "the middle of a place ('trung tâm Hà Nội')")
        return False
    if given_name_only(words, i, j, head_text):
        reject("organizations", " ".join(w.text for w in words[i:j]), "a personal or place name ('Trường Sơn')")
        return False
    return True


def _countries_only(rest: list[Word], countries) -> bool:
    """Nothing but a country's name, or several joined by "và" or commas ("Anh và Italia": the
    clubs of two leagues, "các CLB Anh và Italia")."""
    parts, part = [], []
    for w in rest:
        if w.lower == "và" or w.text == ",":
            parts.append(part)
            part = []
        else:
            part.append(w.text)
    parts.append(part)
    return all(p and " ".join(p) in countries for p in parts)


def _known_body_and_place(words: list[Word], i: int, j: int) -> bool:
    """A standard body (bodies.txt) written in lower case, then a level word and a named place,
    words[i:j] ("trung tâm y tế huyện An Phú"); not any lower-case words before a place
    ("trung tâm hành chính huyện …" is a place in the district)."""
    body, head = match_body(words, i), heads().match(words, i)
    # "công an xã Tam Xuân": a head right before a level and its place, but "trung tâm huyện X" is its middle
    bare = head and " ".join(w.text for w in words[i:i + head[0]]).capitalize() not in domain_heads()
    m = i + body[0] if body is not None else i + head[0] if bare else j
    level = level_at(words, m) if m < j else None
    return level is not None and m + level[0] < j and all(w.is_title for w in words[m + level[0]:j])
