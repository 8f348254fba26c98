"""Per-sentence analysis shared by the extractors: words, personal names, headline flag."""

from dataclasses import dataclass, field
from functools import lru_cache

from .body_after_name import body_closing_post, body_named_after_post, sole_body
from .foreign_names import with_particle_names
from .implied_bodies import BARE_KEY, BODY_KEY, post_bodies
from .lexicons import load_table
from .names import find_names
from .obstacles import is_restatement, obstacles_in_sentence, opens_enumeration, retells
from .obstacles.events import article_events, news_from_abroad
from .obstacles.genre import general_advice, show_business
from .officials import (
    abroad_without_implied_bodies,
    modifiers,
    officials_in_sentence,
    with_lower_case_rest,
)
from .org_article_names import (
    full_names,
    with_central_committee,
    with_country_names,
    with_full_forms,
    with_level_names,
    with_longer_names,
    with_parent_names,
)
from .org_brands import is_brand, short_name_after, with_legal_form_names, written_with_legal_form
from .org_foreign import FOREIGN_BODY, foreign_body_at, seated_body, with_seat, with_seated_names
from .org_generic import kinds_joined, only_kind
from .org_initials import full_name, with_known_initials
from .org_names import (
    city_place,
    head_and_closing_name,
    name_after_legal_form,
    named_places,
)
from .org_parents import (
    body_initials_spelt_out,
    bracketed_parent_body,
    is_initials,
    one_spelling,
    with_bracketed_parents,
    with_comma_parents,
    with_initials_spelt_out,
    with_one_fuller_name,
    with_one_longer_name,
    with_one_misspelling,
    with_school_word,
)
from .org_sections import Sections
from .org_shared import (
    across_places,
    bare_head_across,
    coordinated_places,
    merged_body,
    with_shared_place,
)
from .org_vocabulary import (
    LEVELS,
    generic_boards,
    heads,
    level_at,
    match_body,
    place_length,
    post_length,
)
from .organizations import (
    OrgSpan,
    brand_length,
    parse_org,
    with_brand_bodies,
    with_region,
)
from .places import gazetteer
from .records import Obstacle, Official, OrganizationMention
from .sentences import split_sentences
from .trace import reject
from .words import Word, is_shouting, sentence_words, without_place_asides


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    words: list[Word]
    names: list[tuple[int, int]]  # word index spans of personal names
    shouting: bool  # a headline in capitals: case tells nothing there
    # where a body stops and the places named (see _places), kept for the second extractor
    places: tuple[set[int], dict[str, str]] | None = field(default=None, repr=False, compare=False)

    def holds(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def mention(self, k: int, j: int, rule: str, name: str | None = None) -> OrganizationMention:
        """A body named by the sentence's words k to j - 1, as written unless `name` is given."""
        first, last = self.words[k], self.words[j - 1]
        surface = self.text[first.start - self.start:last.end - self.start]
        return OrganizationMention(name or surface, surface, first.start, last.end, self.text, rule)


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence holding a character offset of the article, if any."""
    return next((s for s in sentences if s.holds(offset)), None)


def analyse(text: str, spans: list[tuple[int, int]] | None = None,
            people: list[tuple[int, int]] = ()) -> list[Sentence]:
    """Sentences of an article with their words and names; `people` are character spans of
    personal names found by another layer (a named-entity recognizer), added where they do not
    overlap a name the rules found."""
    result = []
    for start, end in spans if spans is not None else split_sentences(text):
        chunk = text[start:end]
        words = without_place_asides(sentence_words(text, start, end))
        shouting = is_shouting(chunk)
        names = [] if shouting else with_particle_names(words, find_names(words))
        if people and not shouting:
            names = _with_people(words, names, [(a, b) for a, b in people if start <= a and b <= end])
        result.append(Sentence(start, end, chunk, words, names, shouting))
    return result


def _with_people(words: list[Word], names: list[tuple[int, int]],
                 people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`names` and the word spans of `people` (of two words or more) that overlap none of them."""
    found = list(names)
    for a, b in people:
        inside = [k for k, w in enumerate(words) if a <= w.start and w.end <= b]
        span = (inside[0], inside[-1] + 1) if len(inside) >= 2 else None
        if span and not any(x < span[1] and span[0] < y for x, y in found):
            found.append(span)
    return sorted(found)


def _known_last_syllables(sentences: list[Sentence]) -> dict[str, list[str]]:
    """Last syllable of every full personal name of the article → those names ("Tiến" →
    ["Lò Văn Tiến"]), to resolve and stop at later short mentions."""
    known: dict[str, list[str]] = {}
    for s in sentences:
        for b, e in s.names:
            if e - b >= 2:
                full = " ".join(w.text for w in s.words[b:e])
                names = known.setdefault(s.words[e - 1].text, [])
                if full not in names:
                    names.append(full)
    return known


def _places(s: Sentence, known: dict[str, list[str]]) -> tuple[set[int], dict[str, str]]:
    """Where a body ends in the sentence (before a person: a full name, or a known one's last
    syllable, "… thành phố Lệ") and the places it names; both extractors ask, it is read once."""
    if s.places is None:
        stops = {b for b, e in s.names if e - b >= 2 or s.words[b].text in known}
        s.places = stops, {**_opening_place(s.words, stops), **named_places(s.words, stops)}
    return s.places


def _opening_place(words, stops) -> dict[str, str]:
    """Level word → place for a sentence that opens on them ("Xã Mường Phăng có …", "Huyện Tuần
    Giáo vừa …"): the capital is the sentence's, the place is named as after a lower-case level."""
    level = level_at(words, 0) if words and words[0].is_title else None
    if not level or level[1] == "tỉnh" or level[0] < len(words) and not words[level[0]].is_title:
        return {}
    n = place_length(words, level[0], stops)
    return {level[1]: " ".join(w.text for w in words[level[0]:level[0] + n])} if n else {}


def extract_organizations(sentences: list[Sentence], province: str | None,
                          text: str | None = None) -> list[OrganizationMention]:
    """Every organisation mention, canonical name and surface form; a bare provincial body takes
    the province of its section of a round-up (org_sections; paragraphs read from `text`)."""
    mentions = []
    recent: dict[str, str] = {}  # the district, commune … the article named last
    known = _known_last_syllables(sentences)
    sections = Sections(text, province)
    for s in sentences:
        if s.shouting:
            continue
        province = opening = sections.begin(s.start, s.end, s.text)
        last = -1  # where the last body of the sentence ended
        # a body ends before a person: a full name, or a known one's last syllable ("… thành phố Lệ")
        stops, places = _places(s, known)
        recent.update(places)
        inside_names = {k for b, e in s.names if e - b >= 2 for k in range(b + 1, e)}
        i, first = 0, len(mentions)
        while i < len(s.words):
            # "Nguyễn Trường Sơn": a head inside a personal name opens no body
            # "UBND tỉnh Lai Châu và Sở Nội vụ": a body listed after one of another province is not its
            here = opening if 0 <= last < i and all(w.text in ("và", ",") for w in s.words[last:i]) else province
            org = None if i in inside_names else parse_org(s.words, i, stops, here, recent)
            if i not in inside_names and (foreign := foreign_body_at(s.words, i, stops)) \
                    and (org is None or org.begin == i and org.end < foreign[0]):
                org = OrgSpan(i, foreign[0], foreign[1], "named")  # "Cơ quan bảo vệ môi trường Mỹ"
            if i not in inside_names:  # "HĐND, UBND tỉnh": a bare head takes the place of the list
                org = with_shared_place(s.words, i, org, stops, here, recent) \
                    or bare_head_across(s.words, i, stops, here, recent) \
                    or merged_body(s.words, i, stops, here, recent)  # "Bảo tàng và Thư viện X"
            if org is None:
                i += 1
                continue
            if (covered := _post_through(s.words, i)) > i:
                i = covered  # "Phó Bí thư Thường trực Tỉnh ủy": "Thường trực" is the post's, not a body's
                continue
            org = with_lower_case_rest(s.words, with_region(s.words, org), stops)
            org = with_seat(s.words, org, stops)  # "Đại sứ quán Việt Nam tại Nhật Bản"
            if _part_of_post(s.words, org):
                reject("organizations", org.name, "the body a post implies, written as part of it ('Thủ tướng Chính phủ')")
                i = org.end
                continue
            if only_kind(s.words, org):
                reject("organizations", org.name, "a kind of institution with no name ('Trường Đại học')")
                i = org.end
                continue
            if kinds_joined(org.name):  # "Cao đẳng và Trung cấp", "Học viện và Bằng TCCN"
                i = org.end
                continue
            if " ".join(w.lower for w in s.words[org.begin:org.end]) in generic_boards():
                reject("organizations", org.name, "a board every institution has, written alone ('Ban Giám đốc')")
                i = org.end
                continue
            if spread := across_places(s.words, org, stops, here, recent):
                mentions += _spread_mentions(s, org, spread)  # "Sở Tư pháp các tỉnh Hà Tĩnh, Quảng Bình"
                i = spread[-1][1]
                continue
            for found in (org, org.parent) if org.parent else (org,):  # a sub-unit's parent is named too
                mentions.append(s.mention(found.begin, found.end, _org_rule(s, found), found.name))
            province, last = sections.written(mentions[-1]), org.end  # "UBND tỉnh Thái Bình giao Sở Y tế …"
            i = _past_own_abbreviation(s.words, org.end)
            if i == org.end and (places := coordinated_places(s.words, org, stops)):
                mentions += _spread_mentions(s, org, places)  # "…, Bến Tre và Vĩnh Long": one body each
                i = places[-1][1]
        with_comma_parents(s.text, s.start, mentions[first:])
        with_bracketed_parents(s.text, s.start, mentions[first:])
        sections.end(mentions[first:])
    mentions = with_level_names(with_one_misspelling(one_spelling(mentions)))
    mentions = with_seated_names(with_longer_names(with_parent_names(mentions)))
    mentions = with_school_word(with_initials_spelt_out(with_one_fuller_name(with_one_longer_name(mentions))))
    mentions = with_full_forms(with_brand_bodies(sentences, mentions))
    mentions = with_central_committee(with_country_names(mentions, news_from_abroad(sentences)))
    return with_known_initials(with_legal_form_names(mentions))


def _spread_mentions(s: Sentence, org, spread: list[tuple[int, int, str]]) -> list[OrganizationMention]:
    """One mention of the body in each place it is named with (org_shared.across_places,
    organizations.coordinated_places), each with the body's rule."""
    found = []
    for begin, end, name in spread:
        found.append(s.mention(begin, end, _org_rule(s, org), name))
    return found


def _post_through(words: list[Word], i: int) -> int:
    """Where a post's modifier at words[i] ends ("Phó Bí thư Thường trực"), else i."""
    found = modifiers().match(words, i)
    if found and any(p + post_length(words, p) == i + found[0] for p in range(max(0, i - 4), i)):
        return i + found[0]
    return i


def _part_of_post(words: list[Word], org) -> bool:
    """A body written right after the post that implies it (post_implied_bodies.tsv: "Thủ tướng
    Chính phủ"): the article names the post's title, not the body as an actor."""
    implied = post_bodies()[0]
    return any(implied.get(" ".join(w.lower for w in words[org.begin - n:org.begin])) == org.name
               for n in range(1, min(4, org.begin) + 1))


def _past_own_abbreviation(words: list[Word], j: int) -> int:
    """Past "(CDC)" right after a body ("Trung tâm Kiểm soát bệnh tật tỉnh (CDC) Hà Nam"): the
    abbreviation the body goes by, not another body."""
    brand = brand_length(words, j + 1) if j + 2 < len(words) else 0
    if j + 2 >= len(words) or words[j].text != "(" or not (
            words[j + 1].abbreviation or words[j + 1].is_upper_word or brand):
        return j
    close = j + 1 + brand if brand else j + 2  # "(Vietinbank)": the brand it goes by
    while close < len(words) and words[close].start == words[j + 1].start:
        close += 1
    return close + 1 if close < len(words) and words[close].text == ")" else j


def _org_rule(s: Sentence, org) -> str:
    """"org_heads.txt: Sở", with the abbreviation it was written as ("UBND")."""
    matched = heads().match(s.words, org.begin)
    if matched is None:
        return FOREIGN_BODY  # "Cơ quan bảo vệ môi trường Mỹ": its head is in no heads lexicon
    length, kind = matched
    head = " ".join(w.text for w in s.words[org.begin:org.begin + length])
    first = s.words[org.begin]
    surface = s.text[first.start - s.start:first.end - s.start]
    written = f", abbreviations.tsv: {surface}" if first.abbreviation else ""
    if kind == "brand":
        return f"org_brands.txt: {head}"
    body = match_body(s.words, org.begin)
    if body is not None and length < body[0] <= org.end - org.begin:  # "bodies.txt: Sở Y tế"
        lexicon = "bodies.txt" if body[1] else "body_boundaries.txt"
        standard = body[1] or " ".join(w.text for w in s.words[org.begin:org.begin + body[0]])
        return f"{lexicon}: {standard}{written}"
    return f"org_heads.txt: {head}{written}"


def extract_officials(sentences: list[Sentence], province: str | None,
                      organizations: list[OrganizationMention] | None = None) -> list[Official]:
    """Every official mention; short later mentions resolved to the full name, a bare "Sở" after a
    post to the body of that kind named last (`organizations`, found here when not given)."""
    known = _known_last_syllables(sentences)
    if organizations is None:
        organizations = extract_organizations(sentences, province)
    found, named = [], 0
    # the district, commune … the article named last ("UBND huyện"), and the last body of each
    # kind ("body:sở")
    recent: dict[str, str] = _city_party_committee(province)
    for s in sentences:
        ahead = []  # the bodies of this sentence: a post takes only those named before it
        while named < len(organizations) and organizations[named].start < s.end:
            ahead.append((organizations[named].start, body_kinds(organizations[named].name)))
            named += 1
        if not s.shouting:
            recent.update(_places(s, known)[1])
            found.extend(officials_in_sentence(s.words, s.names, province, s.text, known, Recent(recent, ahead)))
        for _, kinds in ahead:
            recent.update(kinds)
    longer = full_names([m.name for m in organizations] + [o.organization for o in found], placeless=True)
    brands = short_names(sentences, organizations)
    names, defined = [m.name for m in organizations], _initials_defined(sentences, organizations)
    for o in found:
        if o.organization in longer:
            o.organization = longer[o.organization]
        o.title = "; ".join(_renamed(post, longer) for post in o.title.split("; "))
        if o.organization is None or o.organization in brands:
            o.organization = _brand_body(o, brands)
            o.organization = brands.get(o.organization, o.organization)
        if o.organization is None and o.rule.startswith("name, post"):
            o.organization = _body_after_post(o, sentences, organizations)
        if o.organization:
            _rename_body(o, written_with_legal_form(seated_body(o.organization, names), names))
        if o.organization and (sent := sentence_at(sentences, o.start)) is not None:
            _rename_body(o, bracketed_parent_body(o.organization, o.start, sent.end, organizations))
        if o.organization:
            _rename_body(o, body_initials_spelt_out(o.organization, names, defined))
        if o.organization and (full := full_name(o.organization, names)):
            _rename_body(o, full)  # "Phó Tổng giám đốc PVN" beside "Tập đoàn Dầu khí Quốc gia Việt Nam"
    abroad_without_implied_bodies(found)
    return found


def _rename_body(o, name: str) -> None:
    """The official's body called `name` instead, in its organisation and at the end of each of its
    posts that closed on the old name ("Giám đốc Văn phòng X" → "Giám đốc văn phòng X tại Hà Nội")."""
    if name != o.organization:
        o.title = "; ".join(p[:-len(o.organization)] + name if p.endswith(o.organization) else p
                            for p in o.title.split("; "))
        o.organization = name


def _initials_defined(sentences: list[Sentence], organizations: list[OrganizationMention]) -> dict[str, str]:
    """Initials in brackets right after a body's name ("Liên đoàn bóng đá Việt Nam (VFF)") → that
    body; initials given to two bodies stand for neither."""
    found: dict[str, set[str]] = {}
    for m in organizations:
        s = sentence_at(sentences, m.start)
        alias, in_brackets = short_name_after(s.text[m.end - s.start:]) if s else (None, False)
        if alias and in_brackets and is_initials(alias):
            found.setdefault(alias, set()).add(m.name)
    return {short: next(iter(bodies)) for short, bodies in found.items() if len(bodies) == 1}


def _body_after_post(o: Official, sentences: list[Sentence], organizations: list[OrganizationMention]) -> str | None:
    """The organisation named right after the post an official is given after the name (see
    body_after_name.body_closing_post), or else the one body of the sentence that introduces the
    name or closes the post (body_after_name.sole_body), from those of the official's sentence."""
    s = sentence_at(sentences, o.start)
    if s is None:
        return None
    mentions = [m for m in organizations if s.holds(m.start)]
    return body_closing_post(s.words, o.end, [(m.start, m.name) for m in mentions]) \
        or sole_body(s.words, o, [(m.start, m.end, m.name) for m in mentions]) \
        or body_named_after_post(s.words, o.end, o.title, list(dict.fromkeys(m.name for m in organizations)))


def _city_party_committee(province: str | None) -> dict[str, str]:
    """A centrally-run city's article names its Party committee bare ("Bí thư Thành ủy", "Phó Bí thư
    Thường trực Thành ủy"): the city's, as "Tỉnh ủy" is the province's, until the article names
    another. A city named after a person keeps its level ("Thành ủy Thành phố Hồ Chí Minh")."""
    place = city_place(province)
    return body_kinds(f"Thành ủy {place}") if place else {}


class Recent(dict):
    """What the article named last (`recent`) as a sentence is read, and the bodies the sentence
    names with where they stand ("Chủ tịch Lê Văn A đề nghị UBND huyện B …": the chairman is not
    the district's, whose committee he addresses)."""

    def __init__(self, recent: dict[str, str], ahead: list[tuple[int, dict[str, str]]]):
        super().__init__(recent)
        for _, kinds in ahead:
            self.update(kinds)  # read whole, as before, where no position is given
        self.base, self.ahead = recent, ahead

    def before(self, offset: int) -> dict[str, str]:
        """What a post at the character `offset` of the text may refer to: the sentence's bodies
        named after it only for the posts that may take one (post_bare_bodies.tsv: "before")."""
        found = dict(self.base)
        for start, kinds in self.ahead:
            found.update(kinds if start < offset else {k: v for k, v in kinds.items() if k not in _named_before()})
        return found


@lru_cache(maxsize=1)
def _named_before() -> frozenset[str]:
    """The keys of the bare posts only a body named before them may be of (post_bare_bodies.tsv)."""
    return frozenset(BODY_KEY + BARE_KEY + row[0].lower() for row in load_table("post_bare_bodies.tsv")
                     if row[2:] == ("before",))


def short_names(sentences: list[Sentence], organizations: list[OrganizationMention]) -> dict[str, str]:
    """The short names an article gives its bodies → the body: the abbreviation written in
    brackets after the full name ("Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank - mã: STB)") or a
    brand after a dash ("Tổng CTCP Bia rượu nước giải khát Hà Nội - Habeco (…)") and
    the capitalised given name after a company's head ("Tân Tạo" of "Tập đoàn Tân Tạo"; a place's
    name only when it is a brand too: "Hòa Phát" of "Tập đoàn Hòa Phát"); a short
    name of two bodies stands for neither."""
    found: dict[str, set[str]] = {}
    dashed: dict[str, set[str]] = {}  # a brand after a dash, where no bracket gives that name
    for m in organizations:
        s = sentence_at(sentences, m.start)
        alias, in_brackets = short_name_after(s.text[m.end - s.start:]) if s else (None, False)
        if alias:
            (found if in_brackets else dashed).setdefault(alias, set()).add(m.name)
        words = m.name.split()
        head = heads().match(sentence_words(m.name, 0, len(m.name)), 0)
        given = words[head[0]:] if head else []
        if given and len(" ".join(given)) > 2 and all(w[:1].isupper() for w in given) \
                and (" ".join(given) not in gazetteer().places or is_brand(" ".join(given))) \
                and not LEVELS.match(sentence_words(m.name, 0, len(m.name)), head[0]):
            found.setdefault(" ".join(given), set()).add(m.name)
        for short in (name_after_legal_form(m.name), head_and_closing_name(m.name)):
            if short:
                found.setdefault(short, set()).add(m.name)
    found = {**dashed, **found}
    return {short: next(iter(bodies)) for short, bodies in found.items() if len(bodies) == 1}


def _brand_body(o: Official, brands: dict[str, str]) -> str | None:
    """"Chủ tịch HĐQT Sacombank": the body of the first post that ends with a short name the
    article gave a body; the official's own body when none does."""
    for post in o.title.split("; "):
        short = next((b for b in brands if post.endswith(" " + b)), None)
        if short:
            return brands[short]
    return o.organization


def _renamed(post: str, longer: dict[str, str]) -> str:
    """The post with the short body name it ends with (a key of `longer`) written in full."""
    short = next((short for short in longer if post.endswith(" " + short)), "")
    return post[:-len(short)] + longer[short] if short else post


def body_kinds(name: str) -> dict[str, str]:
    """"body:sở", … → the canonical name, for each opening of the head a body's name starts with
    ("Ban Quản lý …" is a "ban" and a "ban quản lý")."""
    words = sentence_words(name, 0, len(name))
    found = heads().match(words, 0)
    if found is None:
        return {}
    kinds = {BODY_KEY + " ".join(w.lower for w in words[:n]): name for n in range(1, found[0] + 1)}
    lowered = name.lower()
    if not any(lowered.startswith(head + " ") or lowered == head for post, head in _bare_post_heads() if post == "-"):
        kinds.update({BODY_KEY + BARE_KEY + post: name for post, head in _bare_post_heads()
                      if lowered.startswith(head + " ")})
    return kinds


@lru_cache(maxsize=1)
def _bare_post_heads() -> list[tuple[str, str]]:
    """(post, head of a body it belongs to), lower case, from post_bare_bodies.tsv; post "-" for a
    body no bare post is of."""
    return [(row[0].lower(), row[1].lower()) for row in load_table("post_bare_bodies.tsv")]


def extract_obstacles(text: str, sentences: list[Sentence]) -> list[Obstacle]:
    """Every obstacle item; headlines in capitals are skipped (the body says it again), and so is
    an obstacle the article already stated in nearly the same words (a sapo or quote repeating it);
    an obstacle of the headline that the body tells again (`retells`) is the body's;
    an article of show business has none (obstacles/genre.py)."""
    found, previous, under_heading, headline = [], [], False, []
    for n, s in enumerate(sentences):
        bullet = s.text[:1] in "-+•–"
        if not s.shouting:
            for o in obstacles_in_sentence(text, s.start, s.end, s.words, previous,
                                           listed=under_heading and bullet):
                told = next((h for h in headline if n and retells(h, o)), None)
                if told:  # the body's telling is the fuller one: it takes the headline's place
                    reject("obstacles", told.text, "the body tells this obstacle of the headline again")
                    headline.remove(told)
                    found.remove(told)
                    found.append(o)
                elif not any(is_restatement(o.text, seen.text) for seen in found):
                    found.append(o)
                    if not n:
                        headline.append(o)
                else:
                    reject("obstacles", o.text, "the article already stated this obstacle")
        # bullets under "… gặp những khó khăn sau:" are items even without a cue word
        under_heading = opens_enumeration(s.words) or (under_heading and bullet)
        previous = s.words
    found += article_events(text, sentences, found)  # obstacles no cue names
    if found and show_business(sentences):
        for o in found:  # a star's troubles: GOLD.md's annotators make them optional
            reject("obstacles", o.text, "an article of show business (obstacle_show_business.txt)")
        return []
    if found and general_advice(sentences):
        for o in found:  # an illness or a food told in general: no obstacle (GOLD.md)
            reject("obstacles", o.text, "an article of general advice (few numbers, few names)")
        return []
    return found
