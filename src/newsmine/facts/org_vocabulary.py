"""The words organisation names are made of: heads, inner words, level words and their places,
the standard bodies, and the stop words and posts that end a name (lexicons/org_*.txt …)."""

from functools import lru_cache

from ..textnorm import normalize_tones
from .lexicons import load_list, load_set, load_table, vietnamese_words
from .places import gazetteer, is_province
from .words import PhraseTrie, Word, compound_length, lexicon_trie, sentence_words

LEVELS = PhraseTrie((w, w) for w in load_list("level_words.txt"))
CONNECTORS = {"và", "của", "-", "–", "&"}
# The last word of a post that also opens its body ("Trưởng ban Tuyên giáo", "Trưởng phòng Y tế").
POST_BODY_WORDS = load_set("post_body_words.txt")


def level_opening(texts: list[str]):
    """(length, level) of a level word opening `texts`, plain words of a name ("thành phố Hà Nội"
    split on spaces), or None; `level_at` reads a sentence's words instead."""
    return LEVELS.match([Word(w, 0, 0) for w in texts], 0)


def level_at(words: list[Word], k: int):
    """(length, level) of an administrative level word at words[k], or None: not the first
    syllable of a lower-case compound ("xã hội", "tỉnh ủy"), nor a later word of an expanded
    abbreviation ("Xã" of "LĐ-TB&XH")."""
    found = LEVELS.match(words, k)
    if found is None:
        return None
    after = k + found[0]
    if after < len(words) and not words[after].text[:1].isupper() and compound_length(words, k) > found[0]:
        return None
    if words[k].abbreviation and k > 0 and words[k - 1].start == words[k].start:
        return None
    return found


@lru_cache(maxsize=1)
def heads() -> PhraseTrie:
    """Heads of org_heads.txt with their scope, and the brands of org_brands.txt (scope "brand")."""
    return PhraseTrie([(head, scope) for head, scope in load_table("org_heads.txt")]
                      + [(brand, "brand") for brand in load_list("org_brands.txt")])


@lru_cache(maxsize=1)
def _head_spellings() -> dict[str, list[str]]:
    spellings: dict[str, list[str]] = {}
    for head, _ in load_table("org_heads.txt"):
        spellings.setdefault(head.lower(), []).append(head)
    return spellings


def head_spelling(written: str) -> str:
    """A head as org_heads.txt spells it, whatever its capitals in the text ("Đồn Biên Phòng" →
    "Đồn Biên phòng"), so the lexicons of heads (bridging, sub-unit …) know it."""
    spellings = _head_spellings().get(written.lower(), [])
    return written if not spellings or written in spellings else spellings[0]


def inner_words() -> frozenset[str]:
    return load_set("org_inner_words.txt")


def firm_words() -> frozenset[str]:
    """Words that make a run of capitalised words a firm's name ("Bank", "Group", "Land";
    org_firm_words.txt): the brand reader's and the branch end's."""
    return load_set("org_firm_words.txt")


def inner_compound(words: list[Word], j: int) -> bool:
    """An inner word that opens no other compound ("vận" of "vận tải", not of "vận động", nor
    "phòng" of "phòng, chống": a compound written with a comma)."""
    n = compound_length(words, j)
    if not words[j].is_title and any(words[m].is_title and not heads().match(words, m) for m in range(j + 1, j + n)):
        n = 1  # "cổ phần Hoàng Anh …": "phần hoàng" is a word, but a capital opens the company's own name
    if n == 1 and j + 2 < len(words) and words[j + 1].text == "," and words[j + 2].text[:1].islower() \
            and f"{words[j].lower} {words[j + 2].lower}" in vietnamese_words():
        return False
    return all(w.lower in inner_words() for w in words[j:j + n])


def villages() -> frozenset[str]:
    """Words for a village below the commune ("thôn", "bản"; villages.txt), named by a number too."""
    return load_set("villages.txt")


def subunit_heads() -> frozenset[str]:
    return load_set("org_subunit_heads.txt")


@lru_cache(maxsize=1)
def given_name_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in load_list("org_given_name_heads.txt"))


def unit_number_heads() -> frozenset[str]:
    return load_set("org_unit_number_heads.txt")


def domain_heads() -> frozenset[str]:
    return load_set("org_domain_heads.txt")


def nationality_heads() -> frozenset[str]:
    return load_set("org_nationality_heads.txt")


def number_run_breakers() -> frozenset[str]:
    return load_set("org_number_run_breakers.txt")


@lru_cache(maxsize=1)
def _unit_ranks() -> dict[str, int]:
    return {head: int(rank) for head, rank in load_table("org_unit_ranks.tsv")}


def unit_rank(name: str) -> int | None:
    """How high the body a canonical name opens with stands (org_unit_ranks.tsv), or None."""
    found = [(len(h), r) for h, r in _unit_ranks().items() if name == h or name.startswith(h + " ")]
    return max(found)[1] if found else None


def provincial_bodies() -> frozenset[str]:
    """Standard bodies each province has one of, written bare for the province's (org_provincial_bodies.txt)."""
    return load_set("org_provincial_bodies.txt")


def clause_words() -> frozenset[str]:
    return load_set("org_clause_words.txt")


def level_heads() -> frozenset[str]:
    """Heads whose province written right after them takes its level word (org_level_heads.txt)."""
    return load_set("org_level_heads.txt")


@lru_cache(maxsize=1)
def generic_boards() -> frozenset[str]:
    return frozenset(b.lower() for b in load_list("org_generic_boards.txt"))


@lru_cache(maxsize=1)
def management_boards() -> frozenset[str]:
    """The boards that run a firm or a school (org_management_boards.txt: "ban giám hiệu"), lower case."""
    return frozenset(b.lower() for b in load_list("org_management_boards.txt"))


def closes_board(words: list[Word], i: int) -> bool:
    """The word at words[i] is the last of a board written before it ("trường" of "Hội đồng
    trường Trường ĐH …", "Chủ tịch Hội đồng trường Nguyễn Văn A"): no head of its own."""
    return any(" ".join(w.lower for w in words[i - n:i + 1]) in generic_boards() for n in range(1, min(i, 3) + 1))


@lru_cache(maxsize=1)
def canonical_forms() -> dict[str, str]:
    return dict(load_table("org_canonical.tsv"))


def bridging_heads() -> frozenset[str]:
    return load_set("org_bridging_heads.txt")


_BODY_PUNCTUATION = {",", "-", "–"}


# The key of a body read without its "và", kept apart from the bodies written so.
_WITHOUT_VA = "without và"


def _body_key(word: Word) -> str:
    return "và" if word.text == "&" else normalize_tones(word.lower)


@lru_cache(maxsize=1)
def bodies() -> dict:
    """A trie of the standard bodies over their words (lower case, punctuation left out); a leaf
    holds the canonical name (bodies.txt), or None where the article's spelling is kept
    (body_boundaries.txt)."""
    root: dict = {}
    entries = [(n, n) for n in load_list("bodies.txt")] + [(n, None) for n in load_list("body_boundaries.txt")]
    for name, canonical in entries:
        node = root
        for w in sentence_words(name, 0, len(name)):
            if w.text not in _BODY_PUNCTUATION:
                node = node.setdefault(_body_key(w), {})
        node[None] = canonical
    for name, canonical in entries:  # "Sở Văn hóa Thể thao Du lịch": its domains listed without "và"
        keys = [_body_key(w) for w in sentence_words(name, 0, len(name)) if w.text not in _BODY_PUNCTUATION]
        if "và" in keys[1:-1]:
            node = root
            for key in (k for k in keys if k != "và"):
                node = node.setdefault(key, {})
            node.setdefault(_WITHOUT_VA, canonical)  # never in place of a body written so ("Văn hóa - Thể thao")
    return root


def match_body(words: list[Word], i: int) -> tuple[int, str | None] | None:
    """(words, canonical name) of the longest standard body at words[i], read whatever the
    punctuation between its words ("Văn hóa - Thể thao & Du lịch"), or None."""
    node, k, best = bodies(), i, None
    while k < len(words):
        if words[k].text in _BODY_PUNCTUATION and k > i:
            k += 1
            continue
        node = node.get(_body_key(words[k]))
        if node is None:
            break
        k += 1
        if None in node:
            best = (k - i, node[None])
        elif _WITHOUT_VA in node and not _list_goes_on(words, k):
            best = (k - i, node[_WITHOUT_VA])  # not "Văn hóa Thông tin Thể thao và Du lịch": a longer list
    return best


def office_written_own_way(words: list[Word], canonical: str) -> bool:
    """Whether a district's office ("Phòng …" of bodies.txt) is written otherwise than bodies.txt,
    then named as the article writes it: district offices are named differently from district to
    district ("Phòng Kinh tế hạ tầng", "Phòng Văn hóa thông tin", "Phòng Tài nguyên - Môi
    trường"), the gold keeps the article's wording; a ministry or a province's department keeps
    its one standard name. "&" is read as "và", and a name written otherwise only in its capitals
    keeps bodies.txt's ("Phòng Thương mại và công nghiệp Việt Nam")."""
    if not canonical.startswith("Phòng ") or any(w.text == "&" for w in words):
        return False
    return [w.lower for w in words] != [w.lower for w in sentence_words(canonical, 0, len(canonical))]


def _list_goes_on(words: list[Word], k: int) -> bool:
    """A list of domains going on at words[k] ("… Thể thao và Du lịch", "…, Thể thao và Du lịch"):
    capitalised words that open no body, up to "và" and one more."""
    j = k + 1 if k < len(words) and words[k].text == "," else k
    while j < len(words) and words[j].is_title and not heads().match(words, j):
        j += 1
    return j + 1 < len(words) and words[j].lower in ("và", "&") and words[j + 1].is_title \
        and not heads().match(words, j + 1)


def stop_words() -> PhraseTrie:
    return lexicon_trie("post_stops.txt")


@lru_cache(maxsize=1)
def institution_types() -> frozenset[str]:
    return frozenset(t.lower() for t in load_list("institution_types.txt"))


def place_length(words: list[Word], i: int, stops: set[int]) -> int:
    """How many capitalised words from i form a place name (the gazetteer's longest match, even
    where a place was taken for a personal name, "huyện Lý Nhân"; else the capitalised run, cut
    before a personal name)."""
    if numbered_place_at(words, i):
        return 1
    longest = 0
    while i + longest < len(words) and (words[i + longest].is_title or longest and words[
            i + longest].text in ("-", "–") and i + longest + 1 < len(words) and words[i + longest + 1].is_title):
        longest += 1
    places = gazetteer().places
    for n in range(min(longest, gazetteer().longest), 0, -1):
        name = " ".join(w.text for w in words[i:i + n])
        if name in places and not (n <= 2 and i in stops):
            if n < longest and name in gazetteer().countries and i + n not in stops:
                break  # "phường Mỹ Đình": a country's name opening a longer place is not the place
            return n + _place_number(words, i + n)  # (a place of one or two words where a personal
            # name starts opens that name: "tỉnh Lâm Minh Thành", "thành phố Dương Đức Tuấn")
    run = 0
    while i + run < len(words) and words[i + run].is_title and (i + run) not in stops:
        run += 1
    return 0 if i in stops else min(run, 4) + (_place_number(words, i + run) if run <= 4 else 0)


def _place_number(words: list[Word], k: int) -> int:
    """1 when words[k] is the number that ends a place's name ("phường Mỹ Đình 2,"), not a count
    ("xã Thanh Hà 2 năm qua"): no lower-case word follows it."""
    if k >= len(words) or not words[k].text.isdigit() or len(words[k].text) > 2 or not words[k - 1].is_title:
        return 0
    after = words[k + 1] if k + 1 < len(words) else None
    return int(after is None or not (after.text[:1].islower() and after.text.isalpha()))


def numbered_place_at(words: list[Word], i: int) -> bool:
    """A ward or district named by its number ("Quận 7", "phường 12") at words[i], after its level,
    or a region of the 2025 regional offices ("khu vực 2", "Khu vực XI")."""
    if not 0 < i < len(words):
        return False
    text, before = words[i].text, words[i - 1].lower
    if before == "vực" and i >= 2 and words[i - 2].lower == "khu":
        return text.isdigit() and len(text) <= 2 or bool(text) and set(text) <= set("IVXL")
    return text.isdigit() and len(text) <= 2 and before in ("quận", "phường")


_COUNTRY_PARTS = {"Bắc", "Trung", "Nam"}  # "miền Bắc": the north of the country


def region_length(words: list[Word], j: int, stops: set[int]) -> int:
    """Words of "khu vực" and the number or place that names a regional office's region at
    words[j] ("khu vực 2", "Khu vực XI", "khu vực Tuần Giáo"), or "miền" and its part of the
    country ("Cảng vụ hàng không miền Bắc"); 0 if none."""
    if j + 1 < len(words) and words[j].lower == "miền" and words[j + 1].text in _COUNTRY_PARTS:
        return 2
    if j + 2 >= len(words) or words[j].lower != "khu" or words[j + 1].lower != "vực":
        return 0
    if numbered_place_at(words, j + 2):
        return 3
    # "khu vực Phòng …": a body opening there is no place ("19 Phòng THADS khu vực Phòng THADS Khu vực 1")
    n = place_length(words, j + 2, stops) if words[j + 2].is_title and not heads().match(words, j + 2) else 0
    return 2 + n if n else 0


def domestic_place_at(words: list[Word], i: int) -> bool:
    """A province, district or ward of the gazetteer (not a country) written at words[i]."""
    places = gazetteer()
    return any(words[i + n - 1].is_title and (name := " ".join(w.text for w in words[i:i + n])) in places.places
               and name not in places.countries for n in range(1, min(places.longest, len(words) - i) + 1))


def inside_place(words: list[Word], i: int) -> bool:
    """"Phòng" of "Hải Phòng", "Trường" of "Trường Sa": a head that is part of a place name."""
    places = gazetteer().places
    return any(" ".join(w.text for w in words[a:b]) in places
               for a in range(max(0, i - 2), i) for b in range(i + 1, min(len(words), i + 3) + 1)
               if all(w.is_title for w in words[a:b]))


def inside_proper_name(words: list[Word], i: int) -> bool:
    """A head that is also a syllable of names (org_given_name_heads.txt) right after a capitalised
    word that does not open the sentence ("Tân Cảng", not "Tại Cảng Hòn La") nor close a post
    written with capitals ("Phó Hiệu Trưởng Trường Đại học …")."""
    before = words[i - 1] if i > 1 else None
    return before is not None and words[i].lower in given_name_heads() and before.is_title \
        and not before.abbreviation and not before.in_title_word and words[i - 2].text not in (".", ":", '"', "“") \
        and not post_closes_at(words, i - 1)


def _verb_heads() -> frozenset[str]:
    return load_set("org_verb_heads.txt")


def verb_opening_clause(words: list[Word], i: int, length: int) -> bool:
    """A head that is also a verb (org_verb_heads.txt) with neither a lower-case word nor a comma
    before it: the verb opening a sentence or a list's item ("Tổ chức tuyên truyền …"), not a body;
    nor after a post's last word ("Trưởng ban Tổ chức Thành ủy" is that board's)."""
    return " ".join(w.text for w in words[i:i + length]) in _verb_heads() and not (
        i > 1 and (words[i - 1].text.isalpha() and words[i - 1].text.islower() or words[i - 1].text == ",")
        and not post_ends_at(words, i - 1))


def board_of_next_body(words: list[Word], i: int, length: int) -> bool:
    """A board every institution has (org_generic_boards.txt) that holds the head at words[i]
    (not "Ban Thường vụ Tỉnh ủy", a head of its own), the head taking no parent body, and the body
    it belongs to right after it ("Hội đồng Quản trị Tập đoàn Đèo Cả"). A board under a sub-unit's
    head ("Ban") holds one only when it runs a firm or a school (org_management_boards.txt: "Ban
    Giám hiệu Trường …"); "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Liên đoàn …" are bodies."""
    boards = management_boards() if " ".join(w.text for w in words[i:i + length]) in subunit_heads() else generic_boards()
    return any(" ".join(w.lower for w in words[i:i + n]) in boards and i + n < len(words)
               and heads().match(words, i + n) is not None for n in range(max(2, length), 5))


def head_domain_at(words: list[Word], j: int) -> bool:
    """A domain that opens with a head, written as one word at words[j] ("Báo chí" of "Vụ Thông
    tin Báo chí", org_head_domains.txt), not a second body."""
    found = lexicon_trie("org_head_domains.txt").match(words, j)
    return found is not None and words[j].is_title and all(w.text.islower() for w in words[j + 1:j + found[0]])


@lru_cache(maxsize=1)
def _numbered_branches() -> dict[str, str]:
    return {head: branch.lower() for head, branch in load_table("org_numbered_branches.tsv")}


def plural_domain_length(words: list[Word], j: int, stops: set[int]) -> int:
    """Words of "các" and the things a body manages at words[j] (org_plural_domains.txt), with the
    lower-case words after them up to a verb, a post, a person or a level and its place ("Ban
    Quản lý các dự án đầu tư xây dựng tỉnh …"), 0 if none."""
    found = lexicon_trie("org_plural_domains.txt").match(words, j + 1) if words[j].lower == "các" else None
    if found is None:
        return 0
    k = j + 1 + found[0]
    while k < len(words) and k - j < 9 and words[k].text.isalpha() and words[k].text.islower() and k not in stops \
            and not stop_at(words, k) and not posts_start(words, k):
        if level := level_at(words, k):
            return k + level[0] + place_length(words, k + level[0], stops) - j
        k += 1
    return k - j


# Words that open the next phrase after a board's field ("… Quan sát Trái đất từ Đại học Oxford")
_FIELD_ENDS = {"từ", "tại", "của", "cho", "với", "trong"}
# What a report is "về" (about), not a board's field: "Ban Chỉ đạo 389 Quốc gia về công tác chống buôn lậu"
_REPORT_TOPICS = ("việc", "công tác", "tình hình")
# What a board's name says it is right before "về" and its field: national, of the State, joint …
_FIELD_MARKERS = {"trung ương", "quốc gia", "nhà nước", "quốc tế", "công tác", "tư vấn", "hỗn hợp"}


def prevention_at(words: list[Word], j: int) -> bool:
    """"phòng, chống …" or "công tác phòng chống …" in lower case at words[j]: what a steering or
    command board is named for when no "về" comes before it."""
    said = [w.lower for w in words[j:j + 5] if w.text != ","]
    start = 2 if said[:2] == ["công", "tác"] else 0
    return j < len(words) and words[j].text.islower() and said[start:start + 2] == ["phòng", "chống"]


def _prevention_length(words: list[Word], j: int) -> int:
    """Words of "(công tác) phòng, chống" at words[j] and what it fights: one word of the
    dictionary ("dịch bệnh", "thiên tai") or a disease's name ("Covid-19"), then "và" or a comma
    and at most four lower-case words more ("thiên tai và tìm kiếm cứu nạn", "tham nhũng, tiêu cực")."""
    m = j
    while m < len(words) and (words[m].lower in ("công", "tác", "phòng", "chống") or words[m].text == ","):
        m += 1
    for item in range(2):
        if m < len(words) and words[m].is_title and not words[m].abbreviation:  # "Covid-19"
            m += 3 if m + 2 < len(words) and words[m + 1].text == "-" and words[m + 2].text.isdigit() else 1
        else:
            n = compound_length(words, m) if item == 0 else 4  # after "và" up to four words: "tìm kiếm cứu nạn"
            while n and m < len(words) and words[m].text.islower() and words[m].text.isalpha() \
                    and not level_at(words, m):
                m, n = m + 1, n - 1
        if not (m + 1 < len(words) and words[m].lower in ("và", ",") and words[m + 1].text.islower()):
            break
        m += 1
    return m - j


def field_length(words: list[Word], begin: int, j: int, stops: set[int]) -> int:
    """Words of "về" and the field a national or joint board is named for at words[j], with a
    lower-case marker before it ("… quốc gia về phòng, chống dịch Covid-19"; org_field_heads.txt),
    up to a verb, a post, a person, another body or punctuation; 0 if none."""
    head = heads().match(words, begin)
    marker = " ".join(w.lower for w in words[j:j + 2])
    k = j + 2 if marker in _FIELD_MARKERS else j
    written = " ".join(w.lower for w in words[k - 2:k])
    if head is None or " ".join(w.text for w in words[begin:begin + head[0]]) not in _field_heads():
        return 0
    if j == begin + head[0] and prevention_at(words, j):
        k = j - 1  # "Ban Chỉ đạo phòng, chống dịch tỉnh …": the field right after the head, no "về"
    elif k >= len(words) - 1 or words[k].lower != "về" or written not in _FIELD_MARKERS \
            or any(" ".join(w.lower for w in words[k + 1:k + 1 + len(t.split())]) == t for t in _REPORT_TOPICS):
        return 0
    if k == j - 1:
        return _prevention_length(words, j)
    m = k + 1
    while m < len(words) and m - k < 9 and (words[m].text.isalpha() or words[m].text == "," and inner_compound(
            words, m - 1) is False and words[m - 1].lower == "phòng") and m not in stops and not stop_at(words, m) \
            and not posts_start(words, m) and not (m > k + 1 and words[m].is_title and heads().match(words, m)) \
            and words[m].lower not in _FIELD_ENDS:
        m += 1
    return m - j if m > k + 1 else 0


def _field_heads() -> frozenset[str]:
    return load_set("org_field_heads.txt")


def _village_heads() -> frozenset[str]:
    return load_set("org_village_heads.txt")


def branch_missing(words: list[Word], i: int, j: int, length: int, head_text: str) -> bool:
    """A head that needs given words after it written without them in words[i:j]: a numbered head
    its branch after the number (org_numbered_branches.tsv: "Vùng 3 Hải quân", not "Vùng 1"), a
    village's head its village (org_village_heads.txt: "Chi bộ thôn Nà Sản", not "Chi bộ Đảng")."""
    if head_text in _village_heads():
        return not (i + length + 1 < j and words[i + length].lower in villages())
    branch = _numbered_branches().get(head_text)
    after = " ".join(w.lower for w in words[i + 2:j])
    return branch is not None and not (words[i + 1].text.isdigit() and after.startswith(branch))


@lru_cache(maxsize=1)
def _domain_tails() -> PhraseTrie:
    return lexicon_trie("org_domain_tails.txt")


def domain_tail_length(words: list[Word], j: int) -> int:
    """Words of a lower-case domain (org_domain_tails.txt) at words[j] that closes a name right
    after its capitalised domain ("Ban Bảo vệ rừng"), a whole dictionary word, and another joined
    to it by "và"; else 0."""
    found = _domain_tails().match(words, j) if j > 0 and words[j - 1].in_title_word else None
    if not (found and words[j].text.islower() and found[0] >= compound_length(words, j)):
        return 0
    k = j + found[0] + 1  # "Viện Nghiên cứu biển và hải đảo": a second domain joined by "và"
    more = _domain_tails().match(words, k) if k < len(words) and words[k - 1].lower == "và" else None
    return found[0] + (1 + more[0] if more and words[k].text.islower() and more[0] >= compound_length(words, k) else 0)


def stop_at(words: list[Word], m: int) -> bool:
    """A stop word at words[m] that is not the first syllable of a longer word ("giao thông")."""
    found = stop_words().match(words, m)
    return found is not None and found[0] >= compound_length(words, m)


def province_at(words: list[Word], k: int) -> bool:
    return any(is_province(" ".join(w.text for w in words[k:k + n])) for n in (1, 2, 3))


def post_ends_at(words: list[Word], i: int) -> bool:
    """A post ("Trưởng ban", "Phó Trưởng phòng") ends with words[i]."""
    from .officials import posts

    return words[i].lower in POST_BODY_WORDS and \
        any((posts().match(words, p) or (0,))[0] == i + 1 - p for p in range(max(0, i - 3), i))


def post_closes_at(words: list[Word], i: int) -> bool:
    """Any post ("Hiệu Trưởng", "Chỉ huy Trưởng") ends with words[i]."""
    return any(post_length(words, p) == i + 1 - p for p in range(max(0, i - 3), i + 1))


def posts_start(words: list[Word], m: int) -> bool:
    return post_length(words, m) > 0


def person_starts(words: list[Word], m: int) -> bool:
    """A post or an honorific starts at words[m]: a person's words ("… Huế và Ông Trương Quốc
    Hùng"), not a body's part; not a country ("Bộ Tài chính của Anh")."""
    return posts_start(words, m) or lexicon_trie("honorifics.txt").match(words, m) is not None \
        and words[m].text not in gazetteer().countries


def post_length(words: list[Word], m: int) -> int:
    """Words of the post that starts at words[m] (posts.txt, any letter case), 0 if none."""
    from .officials import posts

    found = posts().match(words, m)
    return found[0] if found else 0


# Heads that may be written in lower case inside a sentence ("sở Kế hoạch", "trường Tiểu học").
LOWER_CASE_HEADS = load_set("org_lower_case_heads.txt")

def party_committee(words: list[Word], j: int) -> bool:
    """"tỉnh ủy", "huyện ủy" written in lower case inside a name ("UBKT tỉnh ủy")."""
    found = heads().match(words, j)
    return found is not None and found[1] in ("province-bare", "district-bare")


def inside_abbreviation(words: list[Word], k: int) -> bool:
    """A lower-case word of the same abbreviation at words[k] ("Phòng cháy" of "PCCC")."""
    return 0 < k < len(words) and words[k].abbreviation and words[k].start == words[k - 1].start \
        and not words[k].text[:1].isupper()


def document_at(words: list[Word], k: int) -> bool:
    """A document and its number at words[k] ("Quyết định số 936"), not a domain of a name."""
    n = compound_length(words, k)
    return k + n < len(words) and words[k + n].lower == "số"


def unit_number(words: list[Word], j: int, numbered: bool, clause: bool = False) -> bool:
    """A unit's number at words[j] after its name: always for schools and military units, else
    only where no lower-case word follows it (a count: "Sở Y tế 2 năm qua") but one that goes on
    with the clause ("Ban QLDA Điện 2 phối hợp", org_after_unit_number.txt), when `clause` (the
    number follows the name's own word, not its head: "Đội 6 đã" may be a count)."""
    if j >= len(words) or not words[j].text.isdigit() or len(words[j].text) > 3:
        return False
    after = words[j + 1] if j + 1 < len(words) else None
    if amount_at(words, j):
        return False
    return numbered or after is None or not (after.text[:1].islower() and after.text.isalpha()) \
        or clause and after.lower in _after_unit_number()


def amount_at(words: list[Word], j: int) -> bool:
    """A number at words[j] that a multiplier makes an amount ("công ty TNHH Viphaco 695 triệu
    đồng": the sum the firm is fined, no unit's number)."""
    return words[j].text.isdigit() and j + 1 < len(words) and words[j + 1].lower in _multipliers()


@lru_cache(maxsize=1)
def _multipliers() -> frozenset[str]:
    """Words that make the number before them an amount ("695 triệu"), figure_multipliers.tsv."""
    return frozenset(row[0].lower() for row in load_table("figure_multipliers.tsv"))


def _after_unit_number() -> frozenset[str]:
    return load_set("org_after_unit_number.txt")


def parent_at(words: list[Word], k: int) -> bool:
    """A higher body written capitalised at words[k], a sub-unit's parent ("(C03) Bộ Công an")."""
    found = heads().match(words, k) if words[k].is_title else None
    return found is not None and unit_rank(" ".join(w.text for w in words[k:k + found[0]])) is not None


def in_region(words: list[Word], i: int) -> bool:
    """A head closing the name of a region ("Bộ" of "Nam Trung Bộ", regions.txt)."""
    return any(" ".join(w.text for w in words[i - n:i + 1]) in _regions() for n in (1, 2) if i >= n)


def _regions() -> frozenset[str]:
    return load_set("regions.txt")
