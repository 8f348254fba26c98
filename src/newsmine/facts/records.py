"""The plain dataclasses that carry facts between stages (annotate → store, predict, export)."""

from collections import Counter
from dataclasses import asdict, dataclass, field

from .lexicons import load_list


@dataclass
class Official:
    name: str
    title: str
    organization: str
    start: int
    end: int
    sentence: str = ""
    rule: str = ""  # the pattern and lexicon entry that produced the fact


@dataclass
class OrganizationMention:
    name: str  # canonical
    surface: str
    start: int
    end: int
    sentence: str = ""
    rule: str = ""
    with_parent: str = ""  # a sub-unit's name with the parent written in brackets after it (org_parents)


@dataclass
class Figure:
    value: float
    unit: str
    text: str
    start: int
    end: int
    item: str | None = None
    qualifier: str | None = None
    measure: str | None = None
    period: str | None = None
    direction: str | None = None
    kind: str = "level"  # level, change, target or share (figures/kinds.py)
    sentence: str = ""
    rule: str = ""


@dataclass
class Obstacle:
    text: str
    category: str
    start: int
    end: int
    place: str | None = None
    sentence: str = ""
    rule: str = ""
    # The category the learned filter reads when it differs from the one shown: the kind of damage
    # the cue tells, before the damaged thing refines it (obstacles/model.py, categories.category_of)
    filter_category: str | None = None


@dataclass
class Facts:
    officials: list[Official] = field(default_factory=list)
    organizations: list[OrganizationMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    obstacles: list[Obstacle] = field(default_factory=list)

    def as_gold(self) -> dict:
        """The four lists in GOLD.md's prediction format (one organisation item per name)."""
        orgs: dict[str, set] = {}
        by_key: dict[str, str] = {}  # one item per name, whatever its letter case
        for m in self.organizations:
            name = by_key.setdefault(m.name.lower(), m.name)
            orgs.setdefault(name, set()).add(m.surface)
        drop = {"start", "end", "sentence", "filter_category"}
        people: dict[str, Official] = {}
        for o in self.officials:  # one item per person: the first mention naming a body held now
            best = people.get(o.name)
            if best is None or _fullness(o) > _fullness(best) or _fullness(o) == _fullness(best) \
                    and (_names_more(o.organization, best.organization) or _adds_posts(o, best)
                         or _writes_on(o.title, best.title, o.name)):
                people[o.name] = o
        return {
            "officials": [{**{k: v for k, v in asdict(o).items() if k not in drop},
                           "title": _all_posts(o, self.officials)} for o in people.values()],
            "organizations": [
                {"name": name, "aliases": sorted(s for s in surfaces if s != name)}
                for name, surfaces in orgs.items()
            ],
            "figures": [
                {k: v for k, v in asdict(f).items() if k not in drop and v is not None} for f in self.figures
            ],
            "obstacles": [{k: v for k, v in asdict(o).items() if k not in drop} for o in self.obstacles],
        }


# In an official's rule: the body of a post written bare was read as the body of its kind that
# the article named last ("Bí thư Lê Văn A" after "Tỉnh ủy Điện Biên"): an inference, not a word
# the article gives this person.
BARE_POST_RULE = "bare post: the body of its kind named last"
# In an official's rule: a company's board written without the company ("Chủ tịch HĐQT") was read
# as the board of the company the article named last; an inference too, but the post is the
# article's own words, so it stays among the person's posts.
BOARD_RULE = "board: the company named last"


def _fullness(o: Official) -> tuple[bool, bool, bool, bool]:
    """How much a mention tells of a person's post: a body named, by the article's own words, held
    now (not "nguyên …"), of a job (not "Ủy viên …"). Among equals the first mention counts: a later one with more posts may
    have taken another person's ("… của Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh A")."""
    main = next((p for p in o.title.split("; ") if o.organization and o.organization in p), "")
    return bool(o.organization), BARE_POST_RULE not in o.rule and BOARD_RULE not in o.rule, not is_former_post(main), \
        not main.lower().startswith(tuple(load_list("post_memberships.txt")))


def _names_more(body: str | None, than: str | None) -> bool:
    """The same body named in more words ("Vụ Giáo dục đại học, Bộ Giáo dục và Đào tạo" after "Vụ
    Giáo dục đại học", or with its level word)."""
    if not body or not than or len(body) <= len(than):
        return False
    from .org_names import without_level  # the organisation modules import this one

    return body.startswith(than) or without_level(body) == than  # "Công an thành phố A" after "Công an A"


def _writes_on(title: str, than: str, name: str) -> bool:
    """A later mention's one post written on from an earlier one's ("Đại sứ Việt Nam tại Lào" after
    a caption's "Đại sứ"): the same post with whom or where it is of; not a word of the person's
    own name read on after the post ("HLV Đức" of a short mention "HLV Đức Thắng")."""
    if "; " in title + than or not title.lower().startswith(than.lower() + " "):
        return False
    return not set(title[len(than):].split()) & set(name.split())


def _adds_posts(mention: Official, than: Official) -> bool:
    """A later mention whose chain goes on after every post of an earlier one, in the same order,
    and so has another main post ("A, Phó Bí thư Huyện ủy" … "A, Phó Bí thư Huyện ủy, Chủ tịch UBND
    huyện": the chain as a whole has the UBND as main body); not a chain in another order, which
    may hold another person's post ("Thủ tướng Chính phủ, Bộ trưởng Bộ Y tế A")."""
    if mention.organization == than.organization or not mention.organization:
        return False
    posts = mention.title.split("; ")
    earlier = than.title.split("; ")
    return len(posts) > len(earlier) and all(_same_post(e, p) for e, p in zip(earlier, posts))


def is_former_post(title: str) -> bool:
    """A post no longer held: its title opens on a word of post_prefixes.txt ("nguyên Phó Giám
    đốc Sở …", "cố Tổng Bí thư")."""
    first = title.split(maxsplit=2)[:2]
    # not a post whose own first word is one ("Cố vấn cao cấp …", post_capitalised.txt)
    return bool(first) and first[0].lower() in load_list("post_prefixes.txt") \
        and " ".join(first) not in load_list("post_capitalised.txt")


def _all_posts(person: Official, mentions: list[Official]) -> str:
    """The posts of a person's main mention, then every other post the article gives them
    ("Chủ tịch Hội …" in one sentence, "nguyên Phó Chỉ huy trưởng …" in another), joined by
    "; " as GOLD.md joins several posts; a post another one already holds is left out."""
    posts = person.title.split("; ")
    for m in mentions:
        if BARE_POST_RULE in m.rule and person.organization and BARE_POST_RULE not in person.rule:
            continue  # a post read from the body named last adds nothing to one the article wrote
        for post in m.title.split("; ") if m.name == person.name else ():
            if not any(_same_post(post, p) for p in posts):
                posts.append(post)
    return "; ".join(posts)


def _same_post(a: str, b: str) -> bool:
    """One post written twice, once shorter ("Bộ trưởng Y tế", "Bộ trưởng Bộ Y tế")."""
    wa, wb = Counter(a.lower().split()), Counter(b.lower().split())
    return not wa - wb or not wb - wa
