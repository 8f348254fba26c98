"""Bodies listed before one place they share ("Tỉnh ủy, HĐND, UBND tỉnh", "HĐND - UBND huyện
Mường Chà", "Thành ủy-HĐND-UBND thành phố"): each head written bare takes the level word and place
the last body of the list is written with, as GOLD.md names each body with its place. And one body
of several places ("Sở Tư pháp các tỉnh Hà Tĩnh, Quảng Bình"): one body each."""

from .lexicons import load_set
from .org_names import without_level
from .org_vocabulary import heads, level_at, place_length, subunit_heads
from .organizations import OrgSpan, parse_org
from .places import gazetteer, is_province
from .words import Word

# What joins the bodies of such a list.
_LIST_JOINS = {",", "-", "–", "và"}


def with_shared_place(words: list[Word], i: int, org: OrgSpan | None, stops: set[int],
                      province: str | None, recent: dict[str, str] | None) -> OrgSpan | None:
    """The body of the head at words[i] named with the place a list of bare heads after it
    closes with; `org` (what the head alone was read as, or None) where the head has words of its
    own after it or no such list follows."""
    head = heads().match(words, i)
    if head is None or org is not None and org.end != i + head[0] or words[i + head[0] - 1].lower == "ủy" \
            or " ".join(w.text for w in words[i:i + head[0]]) in subunit_heads():
        return org  # a Party committee ("Tỉnh ủy") is named by its place alone; a sub-unit by its parent
    place = _closing_place(words, i + head[0], stops, province, recent)
    if place is None:
        return org
    begin, end = place  # the head's words, then the place's
    lifted = parse_org(words[i:i + head[0]] + words[begin:end], 0,
                       {s - begin + head[0] for s in stops if begin <= s < end}, province, recent)
    if lifted is None or lifted.end != head[0] + end - begin:
        return org
    return OrgSpan(i, i + head[0], lifted.name, lifted.scope)


def _closing_place(words: list[Word], j: int, stops: set[int], province: str | None,
                   recent: dict[str, str] | None) -> tuple[int, int] | None:
    """(begin, end) of the level word and place that close a list of bare heads from words[j]
    (", HĐND, UBND tỉnh"), or None where the list is not one of bare heads closed by a place."""
    while j + 1 < len(words) and words[j].lower in _LIST_JOINS:
        head = heads().match(words, j + 1)
        if head is None or words[j + 1].text[:1].islower():
            return None
        k = j + 1 + head[0]
        level = level_at(words, k) if k < len(words) and not words[k].is_title else None
        if level is not None:
            body = parse_org(words, j + 1, stops, province, recent)
            return (k, body.end) if body is not None and body.end >= k + level[0] else None
        j = k
    return None


def across_places(words: list[Word], org: OrgSpan, stops: set[int], province: str | None,
                  recent: dict[str, str] | None) -> list[tuple[int, int, str]]:
    """(begin, end, name) of the body in each place of "các" + level + a list of places right
    after it ("UBND các xã Mường Phăng, Nà Nhạn và Thanh Minh", "Công an các tỉnh Lai Châu, Sơn
    La"): the first spans the body's own words; none where no such list follows."""
    j = org.end
    level = level_at(words, j + 1) if j + 2 < len(words) and words[j].lower == "các" else None
    if level is None or words[j + 1].is_title:
        return []
    found, k = [], j + 1 + level[0]
    while k < len(words):
        n = place_length(words, k, stops)
        name = " ".join(w.text for w in words[k:k + n])
        if not n or name not in gazetteer().places or (level[1] == "tỉnh") != is_province(name):
            break
        body = parse_org(words[org.begin:org.end] + words[j + 1:j + 1 + level[0]] + words[k:k + n], 0,
                         set(), province, recent)
        if body is None:
            break
        found.append((k, k + n, body.name))
        if k + n + 1 >= len(words) or words[k + n].text not in (",", "và", "&"):
            break
        k += n + 1
    if len(found) < 2:
        return []
    return [(org.begin, org.end, found[0][2])] + found[1:]


def bare_head_across(words: list[Word], i: int, stops: set[int], province: str | None,
                     recent: dict[str, str] | None) -> OrgSpan | None:
    """The span of a head written bare before "các" and the places it is the body of ("UBND các
    xã Mường Phăng, Nà Nhạn"), which alone names no body; else None."""
    head = heads().match(words, i)
    if head is None or i + head[0] >= len(words) or words[i + head[0]].lower != "các":
        return None
    span = OrgSpan(i, i + head[0], "", "named")
    return span if across_places(words, span, stops, province, recent) else None


def coordinated_places(words: list[Word], org: OrgSpan, stops: set[int]) -> list[tuple[int, int, str]]:
    """(begin, end, name) of the same body in each further place of a list closed by "và" right
    after a body's place ("Công an tỉnh Trà Vinh, Bến Tre và Vĩnh Long": the police of three
    provinces); none where no "và" closes the list (", Điện Biên" may be the province of a district)."""
    level, place = _closing_level_place(words, org, stops)
    if level is None or not org.name.endswith(place):
        return []
    stem, found, j = org.name[:-len(place)], [], org.end
    while j + 1 < len(words) and words[j].text in (",", "và", "&"):
        n = place_length(words, j + 1, stops)
        name = " ".join(w.text for w in words[j + 1:j + 1 + n])
        if not n or name not in gazetteer().places or (level == "tỉnh") != is_province(name) \
                or level_at(words, j + 1) or heads().match(words, j + 1):
            break
        found.append((j + 1, j + 1 + n, stem + name))
        if words[j].text != ",":
            return found  # "và Vĩnh Long" closes the list
        j += 1 + n
    return []


def _closing_level_place(words: list[Word], org: OrgSpan, stops: set[int]) -> tuple[str | None, str]:
    """The level word and the place that close a body's words ("tỉnh", "Trà Vinh"), or (None, "")."""
    for k in range(org.end - 2, org.begin, -1):
        level = level_at(words, k)
        if level and not words[k].is_title and place_length(words, k + level[0], stops) == org.end - k - level[0]:
            return level[1], " ".join(w.text for w in words[k + level[0]:org.end])
    return None, ""


def merged_body(words: list[Word], i: int, stops: set[int], province: str | None,
                recent: dict[str, str] | None) -> OrgSpan | None:
    """"Báo và Đài Phát thanh - Truyền hình Tuyên Quang", "Bảo tàng và Thư viện Hải Phòng": a body of
    2025 merged from two kinds, a bare head joined by "và" to a body of another kind named with its
    province (no level word: "UBND và Công an xã A" are two bodies, org_shared.with_shared_place);
    the province as written. None where no such name is at words[i]."""
    head = heads().match(words, i)
    said = " ".join(w.text for w in words[i:i + head[0]]) if head else ""
    k = i + head[0] if said in load_set("org_merged_heads.txt") else 0
    if not k or k + 1 >= len(words) or words[k].lower != "và" or not words[k + 1].is_title:
        return None
    inner = parse_org(words, k + 1, stops, province, recent)
    if inner is None or inner.name.startswith(said + " ") or any(level_at(words, m) for m in range(k + 1, inner.end)):
        return None
    return OrgSpan(i, inner.end, f"{said} và {without_level(inner.name)}", inner.scope)
