"""One name for a body across an article: a short form the article also writes in full takes the
full name ("Công an Đồng Nai" beside "Công an tỉnh Đồng Nai", "Phòng Cảnh sát kinh tế" beside its
name with its parent, "Bộ Ngoại giao" beside "Bộ Ngoại giao Việt Nam"), and a name the organisations
cut takes the whole name an official's post gives it. Passes over the mentions of a whole article,
after context.extract_organizations has read them sentence by sentence; split off context.py."""

import re
from itertools import pairwise

from .body_tails import company_post
from .lexicons import load_set, vietnamese_words
from .org_names import head_and_closing_name, without_level
from .org_parents import has_head, names_branch, one_longer_name
from .org_vocabulary import (
    generic_boards,
    heads,
    level_opening,
    match_body,
    subunit_heads,
    unit_rank,
)
from .organizations import has_place
from .places import gazetteer
from .records import Official, OrganizationMention
from .trace import reject
from .words import sentence_words


def with_full_forms(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Viện ABAII" where the article also writes "Viện Công nghệ Blockchain và Trí tuệ Nhân tạo
    ABAII": one body, named in full (org_names.head_and_closing_name; the gold's canonical name is
    the full one, the short form its alias), when the short form is of one such name only."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        if short := head_and_closing_name(m.name):
            full.setdefault(short, set()).add(m.name)
    for m in mentions:
        if len(full.get(m.name, ())) == 1:
            m.name = next(iter(full[m.name]))
    return mentions


def with_official_bodies(mentions: list[OrganizationMention], officials: list[Official]) -> list[OrganizationMention]:
    """The body an official's post names, as the organisations list names it: a name the list cut
    before its parent or the rest of its name in the post's sentence ("Phòng Chính trị tư tưởng"
    of "Phòng Chính trị tư tưởng - Sở …", "Bệnh viện Huyết học và Truyền" of "… Truyền máu Trung
    ương") takes the post's whole name (GOLD.md: a sub-unit with its parent is one name), a
    sub-unit's in every sentence; not a Phòng given its parent from brackets (with_bracketed_parents),
    which the gold lists by its own name. A body the list names nowhere is not added: on real-check
    that cost precision (a measured margin)."""
    names = {m.name.lower() for m in mentions}
    for o in officials:
        body = o.organization
        if not body or body.lower() in names or not _named_body(body) \
                or any(m.with_parent == body for m in mentions):  # the list keeps a Phòng's own name
            continue
        cut = next((m.name for m in mentions if m.sentence == o.sentence and len(body) > len(m.name)
                    and body.startswith(m.name) and body[len(m.name)] in " ,"), None)
        if cut:
            unit = any(cut.startswith(h + " ") for h in subunit_heads())
            for m in mentions:
                if m.name == cut and (unit or m.sentence == o.sentence):
                    m.name = body
            names.add(body.lower())
    return mentions


def _named_body(body: str) -> bool:
    """A post's body that names one body: closed by its capitalised name or number, not a board
    every institution has ("Ban Kiểm soát"), a kind ("Hội đồng trường", "Công ty cổ phần") or words
    of the sentence read on after it ("… đại học"), nor a second post read into it ("Phó Phòng")."""
    words = body.split()
    closed = words[-1][:1].isupper() or words[-1].isdigit() or len(words) > 1 and words[-2][:1].isupper() \
        and f"{words[-2].lower()} {words[-1]}" in vietnamese_words()  # "… Trung ương"
    return closed and body.lower() not in generic_boards() and "Phó" not in words[1:]


def with_longer_names(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Ban Tài chính" where the article also writes "Ban Tài chính Tổng Liên đoàn Lao động Việt
    Nam": a sub-unit named without its parent or place is the one longer name of the article
    that goes on from it (not when that name only adds another place or country: "Bộ Y tế
    Campuchia"; "Cục Sở hữu trí tuệ Việt Nam" is the country's own, the same body)."""
    names = {m.name.lower(): m.name for m in mentions}
    for m in mentions:
        words = sentence_words(m.name, 0, len(m.name))
        head = heads().match(words, 0)
        if head is None or " ".join(w.text for w in words[:head[0]]) not in subunit_heads() \
                or has_place(words[head[0]:]):
            continue
        longer = one_longer_name(names, m.name)
        rest = longer[len(m.name) + 1:]
        if rest and (rest not in gazetteer().places or rest == "Việt Nam"):  # "Cục … Việt Nam": the same
            m.name = longer
    return mentions


def with_country_names(mentions: list[OrganizationMention], abroad: bool = False) -> list[OrganizationMention]:
    """"Bộ Ngoại giao" where the article also writes "Bộ Ngoại giao Việt Nam", "Tập đoàn Karofi"
    beside "Tập đoàn Karofi Việt Nam": one body, named with the country (the gold's name, the
    short form its alias, in corpus-study5, -14 and -16). Only a name with a head: a foreign brand
    and its arm in Việt Nam ("Hanwha Energy", "Nielsen") are two bodies as often as one. In news
    from abroad (`abroad`), a bare body is the one the article names with another country ("Bộ
    Ngoại giao" beside "Bộ Ngoại giao Thái Lan"), when it names one such and the two are not
    coordinated ("Bộ Y tế và Bộ Y tế Campuchia": two bodies); at home a bare ministry is
    Việt Nam's beside "Bộ Y tế Campuchia" (real-train)."""
    names = {m.name.lower(): m.name for m in mentions}
    spans = [(m.name, m.start, m.end) for m in mentions]
    for m in mentions:
        if (longer := names.get(f"{m.name.lower()} việt nam")) and has_head(m.name):
            m.name = longer
        elif abroad and has_head(m.name) and len(other := [n for n in names.values() if n.startswith(f"{m.name} ")
                                                 and n[len(m.name) + 1:] in _countries()]) == 1 \
                and not _coordinated(m, other[0], spans):
            m.name = other[0]
    return mentions


def _coordinated(m: OrganizationMention, name: str, spans: list[tuple[str, int, int]]) -> bool:
    """Whether a mention of `name` stands right after or before m, "và" or a comma between."""
    return any(n == name and (0 <= start - m.end <= 4 or 0 <= m.start - end <= 4) for n, start, end in spans)


def _countries() -> frozenset[str]:
    """The countries but Việt Nam (countries.txt)."""
    return frozenset(load_set("countries.txt")) - {"Việt Nam"}


def with_parent_names(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Phòng Cảnh sát kinh tế" where the article also writes "Phòng Cảnh sát kinh tế Công an tỉnh
    Hưng Yên" and names that parent: one body, named with its parent (the one such longer name)."""
    names = {m.name for m in mentions}
    for m in mentions:
        longer = [n for n in names if n.startswith(m.name + " ") and n[len(m.name) + 1:] in names]
        if len(longer) == 1 and unit_rank(m.name):
            m.name = longer[0]
    return mentions


def with_level_names(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Công an Đồng Nai" where the article also writes "Công an tỉnh Đồng Nai": one body, named
    with its level word; "Ban Trị sự tỉnh Đồng Tháp" where it also writes "Ban Trị sự Giáo hội
    Phật giáo Việt Nam tỉnh Đồng Tháp": one body, named in full."""
    full = {without_level(m.name).lower(): m.name for m in mentions if without_level(m.name) != m.name}
    for m in mentions:
        m.name = full.get(m.name.lower(), m.name)
    longer = full_names([m.name for m in mentions])
    for m in mentions:
        m.name = longer.get(m.name, m.name)
    return mentions


def _place_tail(words: list[str]) -> int:
    """Where the closing place of a canonical name begins ("tỉnh Đồng Tháp"), or len(words)."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].islower() and level_opening(words[k:k + 2]) \
                and all(w[:1].isupper() for w in words[k + 1:]) and k + 1 < len(words):
            return k
    return len(words)


def full_names(names: list[str], placeless: bool = False) -> dict[str, str]:
    """Short name → the one longer name of the same article that only adds words between its
    name and its place ("Ban Trị sự tỉnh X" → "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh X"), and
    with `placeless` a name without a place → the one longer name with a place it opens (an
    official's "Chánh Thư ký Ban Trị sự" after "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh X")."""
    found = {}
    distinct = sorted({n for n in names if n})
    for short in distinct:
        words = short.split()
        tail = _place_tail(words)
        if placeless and tail == len(words) and len(words) >= 2:
            longer = [n for n in distinct if n.startswith(short + " ") and _place_tail(n.split()) < len(n.split())]
            found.update({short: longer[0]} if len(longer) == 1 else {})
        if tail < 2 or tail == len(words):
            continue
        name, place = " ".join(words[:tail]) + " ", " " + " ".join(words[tail:])
        longer = [n for n in distinct if n != short and n.startswith(name) and n.endswith(place)
                  and _place_tail(n.split()) == len(n.split()) - (len(words) - tail)
                  and not level_opening(n[len(name):-len(place)].split())
                  and not names_branch(n[len(name):-len(place)])]  # "… đa khoa khu vực Cầu Ngang tỉnh X"
        if len(longer) == 1:
            found[short] = longer[0]
    return found


# The rule of a firm added from an official's post.
POST_BRAND = "a firm named bare after an official's post (with_post_brands)"


def with_post_brands(mentions: list[OrganizationMention], officials: list[Official], sentences) -> list[OrganizationMention]:
    """A firm an official's post names bare, with no head word ("Chủ tịch Vĩnh Hoàn", "Giám đốc
    điều hành Redsun", "Tổng Giám đốc Nielsen Việt Nam"), that the list names nowhere: business
    news writes a firm so, by its brand after its chair's or director's post, and the firm is a
    body of the article (GOLD.md). Only a name in capitalised words closing the first post, no
    head (a state body the post names is left to with_official_bodies: "Thủ tướng Chính phủ"),
    no place, after a firm's post (post_brand_posts.txt) or a post of its board: not after a
    function or a product ("Giám đốc dự án Ingenuity", "Giám đốc sản phẩm FPT Play Box"), nor a
    branch written by initials and its place ("Chủ tịch HHDL Sa Pa": GOLD.md spells such a body out)."""
    names = {m.name.lower() for m in mentions}
    places = gazetteer().places
    for o in officials:
        body = o.organization
        post = o.title.split("; ")[0]
        if not body or body.lower() in names or not post.endswith(" " + body) or body in places:
            continue
        post = post[:-len(body) - 1]
        # a firm's post, or one of its board ("Giám đốc dự án Ingenuity": a project; "Phụ trách IT")
        if not (company_post(post) or post.lower().endswith(" hội đồng quản trị")):
            continue
        words = sentence_words(body, 0, len(body))
        if heads().match(words, 0) is not None or _short_branch(words, places) \
                or not all(w.text[:1].isupper() or w.text == "&" for w in words) \
                or any(body.lower().startswith(n) and body[len(n)].islower() for n in names):
            continue  # the last: a listed name glued to the next word, its space lost ("VietBankthay")
        s = next((s for s in sentences if s.holds(o.start)), None)
        at = s.text.find(body) if s is not None else -1
        if at < 0:
            continue
        start = s.start + at
        mentions.append(OrganizationMention(body, body, start, start + len(body), s.text, POST_BRAND))
        names.add(body.lower())
    return mentions


def _short_branch(words, places) -> bool:
    """Initials and a place after them ("HHDL Sa Pa", "VNPT Điện Biên"): a body's local branch
    written short, which the gold names in full."""
    return len(words) > 1 and words[0].is_upper_word and " ".join(w.text for w in words[1:]) in places


_NEXT_WORD = re.compile(r" (\w+) (\w+)")
_SCOPE_FIELDS = {"nhà nước", "trung ương", "quốc gia"}  # a scope closes a name: "Ngân hàng Nhà nước"
_NOT_NAME_WORDS = _SCOPE_FIELDS | {"nhiệm kỳ"}  # "Đảng ủy Kho bạc nhiệm kỳ 2015-2020": the term


def _cut_inside_word(m: OrganizationMention, text: str) -> bool:
    """A mention that is a head and one field word in sentence case and nothing more, followed in
    the text, with no punctuation, by a lower-case dictionary word ("Ủy ban Khoa học" of "Ủy ban
    Khoa học kỹ thuật …", "Đội Tuần tra" of "Đội Tuần tra kiểm soát …"): the name goes on in lower
    case and was cut; as read it names no body."""
    words = sentence_words(m.name, 0, len(m.name))  # the name as read, not a short form of a longer one
    head = heads().match(words, 0)
    if head is None or head[1] == "brand" or len(words) != head[0] + 2 or match_body(words, 0) is not None:
        return False
    field, after = words[head[0]:], _NEXT_WORD.match(text, m.end)
    named = f"{field[0].lower} {field[1].lower}"
    if named in _SCOPE_FIELDS or not field[0].text[:1].isupper() or not field[1].text.islower() \
            or named not in vietnamese_words() or after is None \
            or not after.group(1).islower() or not after.group(2).islower():
        return False
    rest = f"{after.group(1)} {after.group(2)}"
    return rest in vietnamese_words() and rest not in _NOT_NAME_WORDS \
        and rest not in load_set("org_tail_breakers.txt") and rest not in load_set("post_stops.txt")  # a verb: "… tổ chức"


def without_cut_names(mentions: list[OrganizationMention], text: str) -> list[OrganizationMention]:
    """The mentions less the names that every one of their mentions cuts inside a word: such a name
    names no body as read (the whole name goes on in lower case)."""
    cut_at = [(m.name, _cut_inside_word(m, text)) for m in mentions]
    cut = {name for name, inside in cut_at if inside} - {name for name, inside in cut_at if not inside}
    for name in cut:
        reject("organizations", name, "every mention ends inside a word")
    return [m for m in mentions if m.name not in cut]


# The words between a cut name and the initials in brackets that close it: no punctuation, no
# digit, at most eight words ("Ngân hàng TMCP Việt Nam | Thương Tín (VietBank)"); the initials one
# word or two ("HAGL Agrico").
_TO_INITIALS = re.compile(r"((?: [^\s\d(),.;:!?…“”\"]+){1,8}) \(([A-Z][^\s()]*[A-Z][^\s()]*(?: [A-Z][^\s()]*)?)\)")
_NOT_IN_NAME = {"đã", "đang", "sẽ", "vừa", "cho", "được", "bị", "là", "có", "không", "cũng", "đều",
                "tại", "ở", "với", "thì", "mà", "này", "đó", "và", "hoặc", "cùng"}  # "và": a second body


def _gap_to_initials(m: OrganizationMention, text: str) -> str | None:
    """The words that carry a mention on to the initials in brackets right after them, when they
    are words of the name (no verb, no function word, no post, no head of a second body)."""
    found = _TO_INITIALS.match(text, m.end)
    if found is None:
        return None
    gap = found.group(1).split()
    pairs = {f"{a} {b}".lower() for a, b in pairwise(gap)}
    stops = load_set("org_tail_breakers.txt") | load_set("post_stops.txt")
    if any(w.lower() in _NOT_IN_NAME or w.lower() in stops for w in gap) or pairs & stops:
        return None
    words = sentence_words(found.group(1), 0, len(found.group(1)))
    if any(heads().match(words, k) is not None for k in range(len(words))):
        return None  # the initials of a second body: "Công ty … - Thành viên Hiệp hội … (JNKA)"
    return found.group(1)


def with_names_to_initials(mentions: list[OrganizationMention], text: str) -> list[OrganizationMention]:
    """A name written in full before its initials in brackets runs up to the bracket: "Trung tâm
    Truyền hình Việt Nam khu vực miền Trung (VTV8)", "Công ty cổ phần Nông nghiệp Quốc tế Hoàng Anh
    Gia Lai (HAGL Agrico)", where the name was read cut at the place, the person or the lower-case
    field; the bracket says where the name the initials stand for ends. A name led by a head only
    (org_vocabulary.heads; not a brand: "Google Mobile Services (GMS)" is a product)."""
    longer: dict[str, set[str]] = {}
    for m in mentions:
        words = sentence_words(m.name, 0, len(m.name))
        head = heads().match(words, 0)
        if head is None or head[1] == "brand" or (gap := _gap_to_initials(m, text)) is None:
            continue
        longer.setdefault(m.name, set()).add(m.name + gap)
    for m in mentions:
        if len(longer.get(m.name, ())) == 1:
            m.name = next(iter(longer[m.name]))
    return mentions


_CENTRAL_COMMITTEE = "ban chấp hành trung ương đảng"
_CENTRAL_SHORT = frozenset({"trung ương đảng", "ban chấp hành trung ương"})


def with_central_committee(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """"Trung ương Đảng" or "Ban Chấp hành Trung ương" is the Party's central committee by the
    name the article writes; only where the article also writes the full "Ban Chấp hành Trung
    ương Đảng …" is it that name (the gold's name, the short form its alias: dev; the short form
    alone is the gold's name in corpus-study19 and corpus-annotated)."""
    full = [m.name for m in mentions if m.name.lower().startswith(_CENTRAL_COMMITTEE)]
    if len(set(full)) == 1:
        for m in mentions:
            if m.name.lower() in _CENTRAL_SHORT:
                m.name = full[0]
    return mentions
