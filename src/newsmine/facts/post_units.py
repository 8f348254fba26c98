"""The body of a post where it is a unit of another body: opened by the post's own last word
("Trưởng đồn Công an X"), named in part in lower case ("Trưởng khoa Hồi sức tích cực, Bệnh viện
…"), or written with its parent after a comma ("Trưởng phòng Kế hoạch, Sở Y tế tỉnh")."""

from dataclasses import replace
from functools import lru_cache

from .body_tails import ends_with_place
from .lexicons import load_list, load_sections, load_table
from .org_names import place_as_written
from .org_vocabulary import generic_boards, place_length, stop_at
from .organizations import (
    CONNECTORS,
    POST_BODY_WORDS,
    OrgSpan,
    heads,
    level_at,
    parse_org,
    stop_words,
    subunit_heads,
)
from .places import gazetteer
from .post_lexicon import links, post_at, posts
from .words import Word, compound_length, lexicon_trie


def lifted_body(words: list[Word], k: int, prefix: list[Word], stops: set[int], province: str | None,
                 recent: dict | None = None):
    """The body parsed over `prefix` followed by words[k:], its word indexes those of `words`."""
    shift = k - len(prefix)
    org = parse_org(prefix + words[k:], 0, {s - shift for s in stops if s >= k}, province, recent)
    if org is not None:
        org.begin, org.end = org.begin + shift, org.end + shift
    return org


def body_of_compound_head(words, k, title_words, length, stops, province, recent):
    """The body of a post whose last word opens a head of several words with the words after it
    ("Trưởng đồn Công an X" is of the "Đồn Công an X", not of a "Công an X"), or None."""
    if len(title_words) != length or title_words[-1].lower() not in POST_BODY_WORDS or k >= len(words) \
            or [w.lower() for w in title_words[-2:]] == ["ủy", "ban"]:
        return None  # the "ban" of "Chủ nhiệm Ủy ban Dân tộc" opens no "Ban Dân tộc"
    opener = [Word(words[k - 1].text.capitalize(), words[k - 1].start, words[k - 1].end)]
    found = heads().match(opener + words[k:k + 6], 0)
    return lifted_body(words, k, opener, stops, province, recent) if found and found[0] > 1 else None


def with_lower_case_rest(words, org, stops):
    """"Trưởng khoa Bệnh nhiệt đới, Bệnh viện …", "Cục trưởng Cục Quản lý môi trường (Bộ Y tế)":
    the lower-case rest of a body's name, closed by punctuation before its parent body or
    another post, belongs to the name (not when the canonical name added a place)."""
    k = org.end
    if org.scope in ("standalone", "brand"):
        return org  # a whole name by itself: "UEFA lên tiếng phản đối, FIFA …", "Masan cho thấy, tập đoàn …" go on with a verb
    while k < len(words) and k - org.end < 6 and words[k].text.isalpha() and words[k].text.islower() \
            and words[k].lower not in CONNECTORS and not stop_words().match(words, k) \
            and not level_at(words, k) and k not in stops:
        k += 1
    if _wants_object(words, org) and (m := _object_end(words, org.end, stops)) > org.end:
        return OrgSpan(org.begin, m, f"{org.name} {' '.join(w.text for w in words[org.end:m])}", org.scope)
    if k + 1 < len(words) and words[k].lower == "và" and (k > org.end or words[k + 1].text.islower()):
        k = _past_second_part(words, k + 1, stops)  # "Phòng Quản lý thi và Kiểm định chất lượng, Sở …"
    if k == org.end or k + 1 >= len(words) or words[k].text not in (",", "-", "–", "(") \
            or not (heads().match(words, k + 1) or post_at(words, k + 1)) \
            or not org.name.endswith(words[org.end - 1].text) or ends_with_place(org.name):
        return org  # nor after a place: "Hội Nông dân Việt Nam | tổ chức, …" goes on with a verb
    rest = " ".join(w.text for w in words[org.end:k])
    return OrgSpan(org.begin, k, f"{org.name} {rest}", org.scope)


@lru_cache(maxsize=1)
def _object_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(field verbs, adverbs that end their object), org_object_fields.txt."""
    fields, adverbs = load_sections("org_object_fields.txt")
    return frozenset(fields), frozenset(adverbs)


def _wants_object(words: list[Word], org) -> bool:
    """"Cục Quản lý", "Quỹ Hỗ trợ": a head and a field that is a verb wanting its object
    (org_object_fields.txt), nothing else, names no body by itself: the lower-case words after it
    are the rest of the name ("Cục Quản lý đăng ký kinh doanh (Bộ …)"); not a board every
    institution has, a name by itself ("Ban Kiểm soát", org_generic_boards.txt)."""
    head = heads().match(words, org.begin)
    field = " ".join(w.lower for w in words[org.begin + head[0]:org.end]) if head else ""
    return field in _object_lexicon()[0] and words[org.begin + head[0]].is_title \
        and org.name.endswith(words[org.end - 1].text) \
        and " ".join(w.lower for w in words[org.begin:org.end]) not in generic_boards()


def _adverb_at(words: list[Word], m: int) -> bool:
    """An adverb of org_object_fields.txt at words[m], not the first syllable of a word ("không gian")."""
    return words[m].lower in _object_lexicon()[1] and compound_length(words, m) == 1


# What may follow the lower-case rest of a name: its end, a bracket, a comma, a full stop.
_CLOSERS = frozenset({",", ".", "(", ")", ";", ":", "…", "!", "?"})


def _object_end(words: list[Word], j: int, stops: set[int]) -> int:
    """Where the lower-case object of a field verb ends, from words[j]: at most eight syllables,
    whole dictionary words, none a stop word, connector, level, post or verb of
    org_tail_breakers.txt; closed by the sentence's end, punctuation, a stop word ("đã", "cho
    biết"), an adverb of org_object_fields.txt ("cũng") or a person ("Cục Quản lý chất lượng
    Phạm Quốc Khánh"); else j (no rest)."""
    m = j
    while m < len(words) and m - j < 8 and words[m].text.isalpha() and words[m].text.islower() \
            and m not in stops and words[m].lower not in CONNECTORS and not stop_at(words, m) \
            and not _adverb_at(words, m) \
            and not level_at(words, m) and not post_at(words, m) \
            and not lexicon_trie("org_tail_breakers.txt").match(words, m):
        m += compound_length(words, m)
    closed = m == len(words) or words[m].text in _CLOSERS or m in stops or stop_at(words, m) \
        or _adverb_at(words, m)
    return m if closed and m - j <= 8 else j


def _past_second_part(words, k, stops) -> int:
    """Where the second part of a unit's name after "và" ends: its words in lower case, the first
    one possibly capitalised ("… thi và Kiểm định chất lượng giáo dục"), no body, post or place."""
    m = k
    while m < len(words) and m - k < 6 and words[m].text.isalpha() and m not in stops \
            and (words[m].text.islower() or m == k and words[m].is_title and not heads().match(words, m)) \
            and words[m].lower not in CONNECTORS and not stop_words().match(words, m) \
            and not level_at(words, m) and not post_at(words, m):
        m += 1
    return m if m > k else k - 1


# What stands between a sub-unit and its parent body ("Khoa Nhi, Bệnh viện …", "Trung tâm … - Viện …").
_PARENT_SEPARATORS = (",", "-", "–")


def subunit_before_parent(words, k, title_words, stops, province, recent):
    """"Trưởng khoa Hồi sức tích cực sơ sinh, Bệnh viện Nhi …", "Phó Giám đốc Trung tâm nội soi -
    Bệnh viện …": a sub-unit whose name goes on in lower case, so that it reads as no body of
    its own, written with its parent body after a comma or a dash (GOLD.md: the sub-unit with
    its parent is one name); (title words, body) or (title words, None) when none is written."""
    opener = heads().match(words, k) if k < len(words) and words[k].is_title else None
    if opener and (" ".join(w.text for w in words[k:k + opener[0]]) in subunit_heads()
                   or words[k].text in subunit_heads() and words[k + 1].text.islower()):  # "Ban quản lý"
        name, m = [w.text for w in words[k:k + opener[0]]], k + opener[0]
    elif title_words[-1].lower() in POST_BODY_WORDS and k < len(words) and (
            words[k].is_title or words[k].text.isalpha() and words[k].text.islower()):
        # "Trưởng khoa Nội": the post's word opens it; "Phó trưởng phòng đào tạo, Trường …" in lower case
        name, m = [title_words[-1].capitalize()], k
    else:
        return title_words, None
    start = m
    # the name's lower-case words end at a verb of the sentence ("Trưởng Ban Chỉ đạo yêu cầu Bộ …")
    while m < len(words) and m - start < 10 and m not in stops and (
            words[m].text.isalpha() and not posts().match(words, m) and not _verb_at(words, m, start)
            or words[m].text in _PARENT_SEPARATORS + ("(",)):
        if words[m].text in _PARENT_SEPARATORS and m > start and m + 1 < len(words) \
                and _parent_opens(words, m + 1):
            parent = parse_org(words, m + 1, stops, province, recent)
            if parent is None or words[m].text == "," and opener and not words[m - 1].text.islower():
                return title_words, None  # a capitalised name before a comma parses as a body
            sub, written = " ".join(name + [w.text for w in words[start:m]]), _as_written(words, parent)
            joined = f"{sub}, {written}" if words[m].text == "," else f"{sub} {words[m].text} {written}"
            kept = title_words if m > start and opener else title_words[:-1]
            return kept, OrgSpan(k, parent.end, joined, "named")
        if words[m].text == "(":
            # "Giám đốc Trung tâm chống độc (Bệnh viện …)", "Giám đốc Ban quản lý dự án (thuộc Sở …)":
            # the unit's name ends at the bracket, which names the body it belongs to, not its own
            if m == start or not words[m - 1].text.islower() or not _parent_in_brackets(words, m + 1):
                return title_words, None
            kept = title_words if opener else title_words[:-1]
            return kept, OrgSpan(k, m, " ".join(name + [w.text for w in words[start:m]]), "named")
        if not opener and m > start and words[m].is_title and heads().match(words, m):
            # "Trưởng khoa Nhi Bệnh viện …": the unit's capitalised name, then its parent
            parent = parse_org(words, m, stops, province, recent)
            if parent is None:
                return title_words, None
            sub = " ".join(name + [w.text for w in words[start:m]]).replace(" , ", ", ")
            return title_words[:-1], OrgSpan(k, parent.end, f"{sub} {_as_written(words, parent)}", "named")
        m += 1
    return title_words, None


def bare_department(words, k, title_words, stops):
    """"Trưởng khoa Tai Mũi Họng cho biết", "Phó trưởng khoa Hồi sức Ngoại nhận định": a hospital's
    or school's department named by its capitalised field, no parent written, is the body of
    its head's post, as a lone "Phòng Kế hoạch" or "Ban Công tác đại biểu" is ("Khoa" opens no
    body by itself: "Khoa học …"); (title words, body) or (title words, None)."""
    if title_words[-1].lower() != "khoa" or k >= len(words) or not words[k].is_title or k in stops:
        return title_words, None
    m = k
    while m < len(words) and m - k < 8 and m not in stops and words[m].text.isalpha() \
            and not posts().match(words, m) and not links().match(words, m) and not _verb_at(words, m, k) \
            and not (m > k and words[m].is_title and heads().match(words, m)):
        m += 1
    if m < len(words) and (words[m].text in _PARENT_SEPARATORS[1:] or words[m].is_title and heads().match(words, m)):
        return title_words, None  # a parent body, or more of the name, follows: not a lone department
    name = " ".join(["Khoa"] + [w.text for w in words[k:m]])
    return title_words[:-1], OrgSpan(k, m, name, "named")


def _parent_opens(words, m: int) -> bool:
    """A parent body opens at words[m]: capitalised, or its kind in lower case before its
    capitalised name ("Trưởng khoa Cơ khí, trường Đại học Nông lâm")."""
    lower_kind = words[m].text.islower() and m + 1 < len(words) and words[m + 1].is_title
    return (words[m].is_title or lower_kind) and heads().match(words, m) is not None


def _parent_in_brackets(words, m: int) -> bool:
    """A body opens at words[m], right inside a bracket or after "thuộc", "trực thuộc" there."""
    while m < len(words) and words[m].lower in ("trực", "thuộc"):
        m += 1
    return m < len(words) and words[m].is_title and heads().match(words, m) is not None


def _verb_at(words, m: int, start: int) -> bool:
    """A verb of the sentence (post_stops.txt) starts at words[m], not inside a word begun
    before it ("Khoa Công nghệ thông tin": "thông tin" is the noun's) nor as the first syllable
    of a longer word ("Ban quản lý dự án giao thông": "dự án", "giao thông")."""
    found = stop_words().match(words, m)
    return bool(found) and compound_length(words, m) <= found[0] and not any(
        compound_length(words, b) > m - b for b in range(max(start - 1, m - 3), m))


def clause_goes_on(words, k: int) -> bool:
    """The sentence goes on at words[k] past a post with no body written ("ông A, Tổng Giám đốc,
    cho biết", "…, Tổng Giám đốc cho biết"): a comma or the end of a clause, or a verb."""
    return words[k].text in _CLAUSE_ENDS or _verb_at(words, k, k)


_CLAUSE_ENDS = {",", ";", ".", ":", ")"}


def with_parent(words, org, stops, province, recent):
    """"Trưởng phòng Kế hoạch, Sở Y tế tỉnh", "Đội trưởng Đội Quản lý thị trường số 12 - Cục Quản
    lý thị trường …": a sub-unit written with its parent body after a comma or a dash is one
    name, the sub-unit's (GOLD.md), with the parent's own parent ("Vụ A, Tổng cục B, Bộ C"); the
    sub-unit alone when no parent follows."""
    k = org.end
    if k + 1 >= len(words) or words[k].text not in _PARENT_SEPARATORS or not heads().match(words, k + 1) \
            or words[k].text != "," and not words[k + 1].is_title:
        return org
    parent = parse_org(words, k + 1, stops, province, recent)
    if parent is None or parent.name.split()[0] == org.name.split()[0] or posts().match(words, parent.end) \
            or not (any(org.name.startswith(h + " ") for h in subunit_heads()) or _unit_of_kind(org.name, parent.name)):
        return org
    # "Vụ A, Tổng cục B, Bộ C": each parent, its place as the article writes it
    parent = with_parent(words, replace(parent, name=_as_written(words, parent)), stops, province, recent)
    joined = f"{org.name}, {parent.name}" if words[k].text == "," else f"{org.name} {words[k].text} {parent.name}"
    return OrgSpan(org.begin, parent.end, joined, org.scope)


def _as_written(words, parent: OrgSpan) -> str:
    """The parent's name as it closes its sub-unit's: its place as the article writes it."""
    return place_as_written(parent.name, words[parent.begin:parent.end])


def _unit_of_kind(name: str, parent: str) -> bool:
    """A body that is a unit of a parent of the kind named after it (post_unit_parents.tsv: a member
    university of a university system, "Trường Đại học Nông lâm, Đại học Huế")."""
    return any(name.startswith(unit + " ") and (parent + " ").startswith(kind + " ") and not
               (parent + " ").startswith(unit + " ") for unit, kind in load_table("post_unit_parents.tsv"))


def with_shared_place(chain: list) -> list:
    """A chain whose posts name a body of a place bare, then a body of the same place with the
    place ("Bí thư Đảng ủy, Chủ tịch HĐND xã A"): the bare body is that of the place too."""
    bodies = load_list("post_place_bodies.txt")
    for i, post in enumerate(chain):
        bare = next((b for b in bodies if post.title.lower().endswith(" " + b.lower())), None)
        if post.organization or post.rank or bare is None:
            continue
        place = next((_place_of(p.organization, bodies) for p in chain[i + 1:] if p.organization), None)
        if place:
            written = post.title[len(post.title) - len(bare):]
            chain[i] = replace(post, title=f"{post.title} {place}", organization=f"{written} {place}")
    return chain


def _place_of(body: str, bodies: list[str]) -> str | None:
    """The level and place that close a body of post_place_bodies.txt ("xã A" of "Hội đồng nhân
    dân xã A"), or None."""
    for b in bodies:
        if body.startswith(b + " "):
            rest = body[len(b) + 1:].split()
            found = level_at([Word(w, 0, 0) for w in rest], 0)
            return " ".join(rest) if found and len(rest) > found[0] else None
    return None


def region_length(words: list[Word], k: int, stops: set[int]) -> int:
    """Words of "khu vực" and its number at words[k], with the place a dash adds ("khu vực 2 -
    Quảng Trị"); 0 if none."""
    if k + 2 >= len(words) or words[k].lower != "khu" or words[k + 1].lower != "vực" \
            or not (words[k + 2].text.isdigit() or set(words[k + 2].text) <= set("IVX")):
        return 0
    n = place_length(words, k + 4, stops) if k + 4 < len(words) and words[k + 3].text in ("-", "–") else 0
    return 3 + (1 + n if n else 0)


def with_written_region(words: list[Word], org: OrgSpan, stops: set[int]) -> OrgSpan:
    """"Giám đốc BHXH khu vực XI", "Ngân hàng Nhà nước Khu vực 10": a regional unit of 2025 is
    named by its region, not by the province the organisation reader gives the bare body."""
    k = org.end
    if k >= 2 and words[k - 2].lower == "khu" and words[k - 1].lower == "vực" and k < len(words) \
            and (words[k].text.isdigit() or set(words[k].text) <= set("IVX")):
        k -= 2  # "Khu vực" written in capitals was read as the body's name
    n = region_length(words, k, stops)
    if not n or org.name.endswith(" ".join(w.text for w in words[k:k + n])):
        return org
    return OrgSpan(org.begin, k + n, " ".join(w.text for w in words[org.begin:k + n]), org.scope)


def body_in_post(title_words: list[str]) -> bool:
    """The post's own capitalised words after its first open a body's head ("Trưởng Công an")."""
    words = [Word(t, 0, 0) for t in title_words]
    return any(words[p].text[:1].isupper() and heads().match(words, p) for p in range(1, len(words)))


def delegation_body(title_words: list[str], length: int) -> str | None:
    """"Đại biểu Quốc hội tỉnh A": a member's post closed by the place that elected them is of
    that place's delegation, "Đoàn đại biểu Quốc hội tỉnh A" (post_delegations.tsv), or None."""
    return _table_body("post_delegations.tsv", title_words, length,
                       lambda rest: bool(rest) and bool(level_at([Word(t, 0, 0) for t in rest], 0)))


def country_body(title_words: list[str], length: int) -> str | None:
    """"Ngoại trưởng Qatar": a foreign minister's post closed by the country is of that country's
    ministry, "Bộ Ngoại giao Qatar" (post_country_bodies.tsv), or None."""
    return _table_body("post_country_bodies.tsv", title_words, length,
                       lambda rest: " ".join(rest) in gazetteer().countries)


def _table_body(table: str, title_words: list[str], length: int, closes) -> str | None:
    """The body a table (POST <TAB> BODY) gives the post of the title's first `length` words,
    followed by the rest of the title when `closes` accepts that rest (a place, a country)."""
    body = _post_bodies(table).get(" ".join(title_words[:length]).lower())
    rest = title_words[length:]
    return f"{body} {' '.join(rest)}" if body and closes(rest) else None


@lru_cache(maxsize=2)  # the two tables
def _post_bodies(table: str) -> dict[str, str]:
    return {post.lower(): body for post, body in load_table(table)}


def expansion_length(words: list[Word], k: int) -> int:
    """Words that one written abbreviation at words[k] was expanded into, at least 1."""
    n = 1
    while words[k].abbreviation and k + n < len(words) and words[k + n].start == words[k].start:
        n += 1
    return n


def without_repeated_head(title_words: list[str], said: list[str]) -> list[str]:
    """The title words, then the body's: a post ending with the head the body opens with names it
    once ("Phó Tổng Thanh tra" of the "Thanh tra Chính phủ": "Phó Tổng Thanh tra Chính phủ")."""
    body = " ".join(said).split()
    for n in range(min(len(title_words), len(body)), 0, -1):
        if [w.lower() for w in title_words[-n:]] == [w.lower() for w in body[:n]]:
            return title_words[:-n] + body
    return title_words + body
