"""Organisations: find named bodies in a sentence and give each its canonical name.

A name opens with a head from org_heads.txt ("Ủy ban nhân dân", "Sở", "Công ty" …) and goes on
with capitalised words, the inner words of official names ("nhân dân", "cổ phần" …), a level word
and its place ("tỉnh Điện Biên"), or a domain list joined by "và" ("Văn hóa, Thể thao và Du lịch").
The canonical form has abbreviations expanded and the article's province made explicit.
Which words belong to a name is read here (parse_org); the vocabulary is in org_vocabulary.py,
whether the words name one body in org_generic.py and the canonical form is made in org_names.py."""

from dataclasses import dataclass
from functools import lru_cache

from ..textnorm import normalize_tones
from .lexicons import load_set, vietnamese_words
from .org_brands import after_product, brand_length, in_ticker_list, names_brand, with_brand_bodies
from .org_ends import (
    and_field_length,
    branch_end,
    capitalised_trade_word,
    central_closes,
    clause_between,
    country_length,
    field_list_end,
    field_tail_length,
    foreign_country_length,
    head_after_connector,
    head_opens_compound,
    members_open,
    national_parent_length,
    placeless_heads,
    run_to_number,
    second_trade,
    trade_to_name,
)
from .org_generic import names_one_body
from .org_names import (
    canonical_name,
    has_place,
    named_places,
    standard_prefix,
    without_level,
    without_parentheses,
)
from .org_places import country_at, named_place_at, province_after, whole_place_at
from .org_spans import (
    before_own_head,
    dashed_field_length,
    kind_abbreviation_goes_on,
    parenthesised_abbreviation,
    parenthesised_place,
    type_length,
)
from .org_vocabulary import (
    CONNECTORS,
    LEVELS,
    LOWER_CASE_HEADS,
    POST_BODY_WORDS,
    amount_at,
    board_of_next_body,
    bridging_heads,
    clause_words,
    closes_board,
    document_at,
    domain_tail_length,
    domestic_place_at,
    field_length,
    given_name_heads,
    head_domain_at,
    head_spelling,
    heads,
    in_region,
    inner_compound,
    inner_words,
    inside_abbreviation,
    inside_place,
    inside_proper_name,
    institution_types,
    level_at,
    level_heads,
    match_body,
    numbered_place_at,
    office_written_own_way,
    party_committee,
    person_starts,
    place_length,
    plural_domain_length,
    post_closes_at,
    post_ends_at,
    post_length,
    posts_start,
    province_at,
    region_length,
    stop_at,
    stop_words,
    subunit_heads,
    unit_number,
    unit_number_heads,
    unit_rank,
    verb_opening_clause,
    villages,
)
from .places import level_of
from .trace import reject
from .words import PhraseTrie, Word, compound_length, lexicon_trie

# the names other modules imported from here before org_vocabulary.py and org_names.py were split off
__all__ = ["CONNECTORS", "LEVELS", "POST_BODY_WORDS", "OrgSpan", "brand_length", "canonical_name", "has_place",
           "heads", "level_at", "match_body", "named_places", "parse_org", "stop_words", "subunit_heads",
           "with_brand_bodies", "with_region", "without_level"]


@dataclass
class OrgSpan:
    begin: int  # word indexes, end exclusive
    end: int
    name: str  # canonical
    scope: str
    parent: "OrgSpan | None" = None  # the body a sub-unit is named with ("Ban Tuyên giáo Tỉnh ủy")


def _head_inside_word(words: list[Word], i: int, length: int) -> bool:
    """"Bộ trưởng", "Báo cáo", "Hội nghị", "Phục vụ": the head is only part of a word."""
    if inside_place(words, i):
        return True
    if post_ends_at(words, i):
        return False  # "Trưởng ban Tuyên giáo": the head closes a post and opens its body
    dictionary = vietnamese_words()
    # "Phục vụ", "Đại hội": a lower-case head closing a compound; "Trưởng Phòng Kinh tế" keeps it
    if i > 0 and not words[i - 1].abbreviation and not words[i].text[:1].isupper() \
            and f"{words[i - 1].lower} {words[i].lower}" in dictionary \
            and not (i > 1 and f"{words[i - 2].lower} {words[i - 1].lower}" in dictionary):
        return True  # but "giám đốc | Công an": the word before already closes a compound
    return head_opens_compound(words, i, length)


_FIRM_HEADS = {"Công ty", "Tổng công ty", "Hợp tác xã", "Liên hiệp hợp tác xã", "Doanh nghiệp tư nhân"}
# heads of firms whose trade may go on in lower case after a capitalised word, to "Việt Nam" or initials
_TRADE_HEADS = _FIRM_HEADS | {"Tập đoàn", "Ngân hàng"}
# heads whose trade, written with capitals, may go on to a personal name that is the body's own
_NAMED_TRADE_HEADS = _TRADE_HEADS | {"Quỹ"}
# heads of universities that may be named after a person right after the head ("ĐH Tôn Đức
# Thắng"); not institution_types, whose number after a name is the unit's ("2 năm sau" is no "2")
_PERSON_NAMED_HEADS = {"Đại học", "Học viện"}
_BRIDGE_OPENERS = {"các", "những", "toàn", "mọi", "tuyến", "trên", "và", "của", "với", "tại", "ở", "thuộc"}


def _bridge(words: list[Word], j: int, stops: set[int], name_started: bool, bridging: bool,
            placed: bool, standard: bool = False, firm: bool = False, trade: bool = False) -> int:
    """How many lower-case words (and commas) lead on to the rest of a name: to a level word
    with its place ("Ban Chỉ đạo chuyển đổi số tỉnh"), or, for heads that take them and before
    the proper name has started, to a capitalised word ("Công ty cổ phần khoáng sản Minh Long")."""
    k = j
    while k < len(words) and k - j < 9 and (words[k].text[:1].islower() and words[k].text.isalpha()
                                            or words[k].text == "," and k > j):
        if level_at(words, k) and k > j:
            break
        k += 1
    if k == j or k >= len(words) or k in stops or words[k - 1].text == "," or placed \
            or words[j].lower in _BRIDGE_OPENERS or any(w.lower in ("từ", "khác") or w.lower == "cấp" and (
                m + 1 == k or words[m + 1].lower in ("cơ", "ủy")) for m, w in enumerate(words[j:k], j)):
        return 0
    if any(stop_at(words, m) or posts_start(words, m) or words[m].lower in clause_words() for m in range(j, k)):
        return 0
    if standard and any(lexicon_trie("org_tail_breakers.txt").match(words, m) for m in range(j, k)):
        return 0  # "Hội đồng Bầu cử Quốc gia tổ chức tại Nhà Văn hóa": a standard name, then its verb
    level = level_at(words, k)
    if level and (standard or words[k - 1].lower in _BRIDGE_OPENERS):
        return 0  # "Hội phụ nữ toàn tỉnh": the whole province; "Bộ Y tế hỗ trợ cho tỉnh": a clause
    if level and not words[k].is_title:
        n = place_length(words, k + level[0], stops)
        return k - j if n or k + level[0] == len(words) or not words[k + level[0]].is_title else 0
    if (trade or bridging) and name_started and trade_to_name(words, j, k):
        return k - j  # "Tập đoàn Than khoáng sản Việt Nam", "Hiệp hội Gốm mỹ nghệ Việt Nam": on to the name
    # a firm's trade may run long ("Hợp tác xã dịch vụ nông nghiệp tổng hợp Thanh Xương")
    if bridging and k - j <= (7 if firm else 5) and _opens_proper_name(words, k, stops) and (not name_started
            or province_at(words, k) or central_closes(words, j, k)) and not clause_between(words, j, k, name_started):
        return k - j  # "Hiệp hội Vận tải hàng hóa dịch vụ Đà Nẵng": a province closes the name
    return 0


def _opens_proper_name(words: list[Word], k: int, stops: set[int]) -> bool:
    """The rest of a name may start at words[k]: a capitalised word that opens no other body
    ("Trường Hải" may, "Trường Tiểu học …" may not), or a brand the unit is named after ("Nhà
    máy thép Hòa Phát Dung Quất", "Nhà máy sữa Vinamilk Tiên Sơn")."""
    w = words[k]
    if not (w.is_title or w.is_upper_word) or w.in_title_word:
        return False
    head = heads().match(words, k)
    return head is None or head[1] == "brand" and names_brand(words, k) or " ".join(x.lower for x in words[k:k + head[0]]) in given_name_heads() \
        and parse_org(words, k, stops, None) is None


def _proper_name_started(words: list[Word], begin: int, end: int) -> bool:
    """Whether words[begin:end] already hold a proper name, not only common words written with a
    capital ("Công ty Cổ phần Đầu tư …", "Công ty TNHH Xây dựng …")."""
    return any((w.is_title or w.is_upper_word) and not w.abbreviation and not w.in_title_word
               and (w.is_upper_word or compound_length(words, k) == 1 and not trades().match(words, k))
               for k, w in enumerate(words[begin:end], begin))


@lru_cache(maxsize=1)
def trades() -> PhraseTrie:
    """Trades and kinds of site missing from the word list that open a body's name (org_trades.txt)."""
    return lexicon_trie("org_trades.txt")


def _only_legal_form(words: list[Word]) -> bool:
    """Nothing but a legal form ("cổ phần", "TNHH MTV") between an institution's head and here,
    where a personal name is the institution's own name ("Công ty TNHH Nguyễn Hoàng")."""
    return all(w.lower in inner_words() or w.abbreviation for w in words)


def _own_personal_name(words: list[Word], begin: int, after_type: int, j: int, firm: bool) -> bool:
    """A personal name at words[j] that is an institution's own: after nothing but a legal form
    ("Công ty TNHH Nguyễn Hoàng"), or, for a firm or fund, after capitalised words of its trade
    where no post comes before it to give the name a holder ("Quỹ Học bổng Trần Văn Khê", "CTCP
    Quốc tế Hoàng Gia"; not "Giám đốc Quỹ Đầu tư phát triển Nguyễn Văn A", nor a school's
    "Trường ĐH Xây dựng Nguyễn Văn A", where the person is its staff)."""
    if _only_legal_form(words[after_type:j]) and not kind_abbreviation_goes_on(words, after_type, j):
        return True
    if not firm or any((n := post_length(words, p)) and p + n >= begin - 2 for p in range(max(0, begin - 6), begin)):
        return False  # "Phó Giám đốc thường trực ĐHQGHN Nguyễn Hoàng Hải": the post's holder
    from .names import surnames  # names reads organisation heads: imported here, not at the top

    k = after_type
    while k < j and (words[k].lower in inner_words() or words[k].abbreviation) and not words[k].is_title:
        k += 1  # "cổ phần" of "CTCP Quốc tế Hoàng Gia"
    field = k  # then capitalised dictionary words ("Học bổng", "Y khoa"), none opening a personal name
    while k < j and (n := compound_length(words, k)) > 1 and k + n <= j and words[k].is_title \
            and words[k].text not in surnames() and not domestic_place_at(words, k):
        k += n  # not a place: "… Hà Nội Nguyễn …" names its holder after the place
    return field < k == j


def parse_org(words: list[Word], i: int, stops: set[int], province: str | None,
              recent: dict[str, str] | None = None):
    """The organisation whose head starts at words[i], or None. `recent` maps a level word
    ("huyện", "xã") to the place of that level the article named last, for "UBND huyện"."""
    head = _head(words, i)
    if head is None:
        return None
    length, scope, head_text = head
    body = match_body(words, i)
    if body is not None and (body[0] <= length or any(k in stops for k in range(i, i + body[0]))):
        body = None
    j = i + (body[0] if body is not None else length)  # "Cục An toàn thông tin", "Sở Văn hóa - Thể thao …"
    if scope in ("standalone", "brand"):  # "Kho bạc Nhà nước tỉnh": only a level and its place may follow
        j += parenthesised_abbreviation(words, j) if j < len(words) else 0
        if j + 2 < len(words) and words[j].lower == "chi" and words[j + 1].lower == "nhánh" \
                and not words[j + 2].is_title and level_at(words, j + 2):
            j += 2  # "Ngân hàng Chính sách xã hội chi nhánh tỉnh …": the branch is one name
        level = level_at(words, j) if head_text not in placeless_heads() else None
        if level and not words[j].is_title:
            j += level[0] + place_length(words, j + level[0], stops)
        elif scope == "brand":
            j = branch_end(words, j, stops)
        elif head_text in level_heads() and (n := province_after(words, j, stops)):
            j += n  # "Kho bạc Nhà nước Quảng Trị": the province's branch
        else:
            j += foreign_country_length(words, j)  # "Chính phủ Anh", "Quốc hội Hàn Quốc": that country's
    else:  # "Trường Tiểu học và THCS …": the name goes on after its whole kind
        j = max(j, i + type_length(words, i))
        if j - 1 >= i + length and level_at(words, j - 1) and (n := place_length(words, j, stops)):
            j += n  # "Trạm Y tế xã Nà Khoa": a kind closing with a level names its place, no more
        else:
            j = _NameReader(words, i, i + length, scope, head_text, body is not None, stops, province, recent).end(j)
        if isinstance(j, OrgSpan):
            return j  # a sub-unit named with its parent body
    while j > i + length and words[j - 1].text == ",":
        j -= 1
    while j > i + length and (words[j - 1].lower in CONNECTORS or words[j - 1].lower == "số" and not _digital(words, j - 1)):
        j -= 1
    if not names_one_body(words, i, j, length, scope, head_text):
        return None
    name = canonical_name(words[i:j], scope, province, recent or {}, standard=body is not None and body[1] is not None)
    if name is None:
        reject("organizations", " ".join(w.text for w in words[i:j]), "no canonical name could be made")
        return None
    if body is not None and body[1] and not office_written_own_way(words[i:i + body[0]], body[1]):
        name = standard_prefix(name, words[i:i + body[0]], body[1])
    return OrgSpan(i, j, name, scope)


@dataclass
class _NameReader:
    """Reads a name on after its head, words[begin:after_head]: where it ends, word by word."""
    words: list[Word]
    begin: int
    after_head: int
    scope: str
    head_text: str
    standard: bool  # the name opens with a standard body (bodies.txt)
    stops: set[int]
    province: str | None
    recent: dict[str, str] | None

    @property
    def after_type(self) -> int:
        """Where the kind of institution the name opens with ends ("Trường Tiểu học" …), at least
        after the head: a personal name right there is the institution's own."""
        return max(self.after_head, self.begin + type_length(self.words, self.begin))

    def end(self, j: int) -> int | OrgSpan:
        """Where the name going on at words[j] ends, or the whole span of a sub-unit and its parent."""
        words, institution = self.words, self.head_text.lower() in institution_types() or self.scope == "school"
        while j < len(words):
            w = words[j]
            if j in self.stops and not ((institution or self.head_text in _PERSON_NAMED_HEADS) and _own_personal_name(
                    words, self.begin, self.after_type, j, self.head_text in _NAMED_TRADE_HEADS)):
                return j  # a personal name, but for an institution's own ("Công ty TNHH Nguyễn Hoàng")
            if (n := region_length(words, j, self.stops)) and (j > self.after_head or words[j].lower != "miền"):
                j += n  # "Tòa án nhân dân khu vực 2", "Chi cục Thuế khu vực Tuần Giáo": a regional office's region
                continue
            level = level_at(words, j)  # a level and its place close the name ("TP", the article's city too)
            if level and (not w.is_title or w.abbreviation or _capitalised_level_closes(words, j, level[0], self.province)):
                j += level[0] + (parenthesised_abbreviation(words, j + level[0]) if j + level[0] < len(words) else 0)
                n = place_length(words, j, self.stops)  # "tỉnh (CDC) Hà Nam": the place after the initials
                return j + n + (parenthesised_place(words, j + n, self.stops) if n else 0)  # "xã Tà Lèng (TP …)"
            if w.is_upper_word and _honorific_at(words, j):
                return j  # "Trường ĐH Mở Hà Nội PGS.TS Nguyễn …": a title before a person
            if w.is_title or w.is_upper_word and not w.abbreviation or party_committee(words, j):
                if n := national_parent_length(words, self.head_text, j):
                    return j + n  # "Ủy ban Kinh tế Quốc hội": the national body closes the name
                if (end := self.nested_end(j)) is not None:
                    return end  # another body starts, or a sub-unit's parent body ends
                # "Trường Tiểu học Kỳ Thịnh 2", "Bệnh viện Quân y 4": a unit's number after its name
                j += 2 if unit_number(words, j + 1, institution or self.scope == "numbered", clause=True) else \
                    _inner_head_length(words, j)
                continue
            # "Bệnh viện Quân y 4 ký kết": an institution's number after its name, as below
            if step := _inner_step(words, j, self.scope == "numbered" and j == self.after_head
                                   or institution and words[j - 1].is_title and len(words[j].text) <= 3):
                j += step
                continue
            if self.head_text in unit_number_heads() and (n := run_to_number(words, j, self.stops)):
                return j + n  # "Đội Quản lý thị trường số 8", "Nhà máy nước sạch số 2"
            parent = heads().match(words, j + 1) if w.lower == "của" else None
            if parent and parent[1] == "standalone":
                return j + 1 + parent[0]  # "Ủy ban … của Quốc hội": the body it belongs to closes the name
            if (joined := self.joined_on(j)) is None:
                if self.standard:
                    return j
                j += field_tail_length(words, self.head_text, self.after_head, j, self.stops)
                if j >= len(words) or (listed := field_list_end(words, self.begin, self.head_text, self.after_head, j, self.stops)) is None:
                    return j
                joined = listed  # "Viện Nghiên cứu xã hội, kinh tế và môi trường": its fields listed
            j = joined
        return j

    def nested_end(self, j: int) -> int | OrgSpan | None:
        """Where a body opening at words[j] ends the name (or a sub-unit's whole span), or None."""
        words, named = self.words, any(x.is_title for x in self.words[self.after_head:j]) and not (
            self.head_text.lower() in institution_types() and _only_legal_form(self.words[self.after_type:j]))
        if heads().match(words, j) and whole_place_at(words, j):
            return j + place_length(words, j, self.stops)  # "Phòng Văn hóa thông tin Hội An": its place
        nested = heads().match(words, j) if not words[j].in_title_word and not inside_place(words, j) \
            and not inside_proper_name(words, j) else None
        if not nested or nested[1] in ("school", "brand") or inside_abbreviation(words, j + nested[0]) \
                or head_domain_at(words, j):  # "Vụ Thông tin Báo chí": a domain, no newspaper
            return None  # "Tổng công ty Viễn thông MobiFone": the brand is the body's own; "PCCC" no "Phòng"
        # parsed once, whichever way it is used (twice would double the work at every nested head)
        inner = parse_org(words, j, self.stops, self.province, self.recent) if (
            self.head_text in subunit_heads() or not named and self.head_text in bridging_heads()) else None
        if inner is not None and self.head_text in subunit_heads():  # "Ban Tuyên giáo Tỉnh ủy"
            prefix = " ".join(x.text for x in without_parentheses(words[self.begin:j]))  # as written, "(C03)" left out
            name = normalize_tones(f"{prefix[:1].upper()}{prefix[1:]} {inner.name}".replace(" ,", ","))
            parent = _names_a_body(words, inner) or _delegation_body(words, self.head_text, inner)
            return OrgSpan(self.begin, inner.end, name, self.scope, inner if parent else None)
        if named and not _name_goes_on_over(words, self.after_head, j):
            return j  # another body starts
        return inner.end if inner is not None and inner.end > j + nested[0] else None  # "Ban quản lý Khu kinh tế …"

    def joined_on(self, j: int) -> int | None:
        """Where the name goes on past lower-case words at words[j] joining its parts, or None."""
        words, named = self.words, self.words[self.after_head:j]
        if (words[j].lower in CONNECTORS and j + 1 < len(words) and words[j + 1].is_title
                and not head_after_connector(words, j + 1) and j + 1 not in self.stops
                and not (words[j].lower in ("và", "&") and level_at(words, j + 1))
                and not (words[j].lower == "của" and self.head_text in _TRADE_HEADS and country_length(words, j + 1))
                and not person_starts(words, j + 1) and not document_at(words, j + 1)) or (
                words[j].text == "," and named and not has_place(named) and not any(x.text == "," for x in named)
                and _domain_list_follows(words, j + 1)):
            return j + 1  # a connector ("Sở Văn hóa và Du lịch"), a comma in a list of domains
        if n := dashed_field_length(words, j):
            return j + n  # "Ban Dân tộc - miền núi tỉnh Quảng Nam": two fields across a dash
        if n := self.scope == "named" and plural_domain_length(words, j, self.stops) \
                or field_length(words, self.begin, j, self.stops):  # "Ban Chỉ đạo quốc gia về phòng, chống dịch"
            return j + n  # "Ban Quản lý các dự án đầu tư xây dựng tỉnh", "Vụ Tín dụng các ngành kinh tế"
        kind_end = self.begin + type_length(words, self.begin)
        started = _proper_name_started(words, kind_end, j) and not (
            self.head_text in _FIRM_HEADS and capitalised_trade_word(words, kind_end, j)) \
            or any(k in self.stops for k in range(kind_end, j))  # "… Quốc tế Hoàng Gia": a personal name read in
        n = _bridge(words, j, self.stops, name_started=started, bridging=self.head_text in bridging_heads(),
                    placed=has_place(named), standard=self.standard, firm=self.head_text in _FIRM_HEADS, trade=self.head_text in _TRADE_HEADS)
        if not n and members_open(words, self.head_text, self.after_head, j):  # "Hiệp hội các nhà bán lẻ Việt Nam"
            n = _bridge(words, j + 2, self.stops, name_started=False, bridging=True, placed=False, standard=self.standard)
            return j + 2 + n if n else None
        if not n and not started and self.head_text in bridging_heads() and second_trade(words, self.after_head, j):
            n = _bridge(words, j + 1, self.stops, name_started=False, bridging=True, placed=has_place(named),
                        standard=self.standard, firm=self.head_text in _FIRM_HEADS)
            return j + 1 + n if n else None  # "Công ty TNHH Thương mại và dịch vụ Hoàng Long"
        if not n and (n := and_field_length(words, self.head_text, self.after_head, j, self.stops)):
            return j + n  # "Tạp chí Kinh tế và dự báo", "Hiệp hội Doanh nghiệp CNTT và phần mềm VINASA"
        return j + n if n else None


def _name_goes_on_over(words: list[Word], after_head: int, j: int) -> bool:
    """A head at words[j] that goes on in the name: after "Trung ương" ("Ủy ban Trung ương MTTQ
    Việt Nam"), or closing a word with the name's last ("Trường Mầm non Hoa Ban": a flower)."""
    if " ".join(w.text for w in words[j:j + 3]) in _CHAMBERS or " ".join(w.text for w in words[j:j + 2]) in _CHAMBERS:
        return True  # "Ủy ban Đối ngoại Thượng viện Mỹ": a committee of the chamber
    if " ".join(w.lower for w in words[after_head - 2:j]) == "ủy ban trung ương":
        return True  # not "Ban Nội chính Trung ương", a body of its own
    return j - 1 >= after_head and words[j - 1].text[:1].isupper() and f"{words[j - 1].lower} {words[j].lower}" in vietnamese_words()


# a foreign parliament's chambers (org_heads.txt), which also close the names of their committees
_CHAMBERS = frozenset({"Thượng viện", "Hạ viện", "Thượng nghị viện", "Hạ nghị viện"})


def _head(words: list[Word], i: int) -> tuple[int, str, str] | None:
    """(length, scope, head text) of an organisation head at words[i], or None where the words
    only look like one: inside an abbreviation or a word, a lower-case crop season, a post."""
    found = heads().match(words, i) if not words[i].in_title_word or post_ends_at(words, i) else None
    if not found or i > 0 and words[i].abbreviation and words[i - 1].start == words[i].start:
        return None  # no head inside an abbreviation ("ban" of "UBND")
    length, scope = found
    if _head_inside_word(words, i, length) if not words[i].abbreviation else head_opens_compound(words, i, length):
        return None  # "Bộ trưởng"; "Hội" of "HĐQT" (Hội đồng quản trị)
    if post_length(words, i) > length:
        return None  # "Bộ Trưởng", "Cục Trưởng": a post written with capitals
    if named_place_at(words, i) or country_at(words, i) or in_region(words, i) \
            or whole_place_at(words, i) and scope != "brand":  # "Hòa Phát" is a commune after "xã" only
        return None  # "huyện Vụ Bản", "thành phố Hội An": a place named after its level word; "Đài Loan"
    if inside_proper_name(words, i) or board_of_next_body(words, i, length) or verb_opening_clause(words, i, length) \
            or closes_board(words, i):
        return None  # "Tân Cảng Sài Gòn": "Cảng" goes on a name; "Hội đồng Quản trị Tập đoàn …"; "Tổ chức …"; "Hội đồng trường"
    written = " ".join(w.text for w in words[i:i + length])
    shared = post_ends_at(words, i)  # "Trưởng ban Tuyên giáo": written in lower case
    head_text = head_spelling(written[:1].upper() + written[1:])  # as the lexicons write it ("trường" → "Trường")
    committee = scope in ("province-bare", "district-bare")  # "tỉnh ủy", "huyện ủy"
    capitals = any(w.abbreviation for w in words[i + 1:i + length])  # "đoàn ĐBQH": written in capitals
    if words[i].text[:1].islower() and head_text.lower() not in LOWER_CASE_HEADS and not committee and not shared \
            and not capitals and not (scope == "standalone" and foreign_country_length(words, i + length)):
        return None  # "vụ Đông Xuân" is a crop season, not a department; "chính phủ Israel" is that country's
    if head_text in _CHAMBERS and i > 0 and words[i - 1].is_title and not post_closes_at(words, i - 1):
        return None  # "Ủy ban Đối ngoại Thượng viện Mỹ": the chamber closes its committee's name
    if i + length < len(words) and words[i + length].text == "viên":
        return None  # "Tỉnh ủy viên" is a post; "Công đoàn Viên chức" a union
    if scope == "named" and head_text not in _TRADE_HEADS and before_own_head(words, i, length, _head):
        return None  # "Trưởng phòng Phòng Thanh tra …", "bệnh viện Trung tâm Y tế huyện …"; not "công ty Điện lực …"
    if scope == "brand" and (after_product(words, i) or in_ticker_list(words, i)):
        return None  # "xe VinFast", "sim Viettel": a product of the firm; "PNJ tăng 2,4%; GAS, SSI …": its stock
    if scope == "standalone" and i + length < len(words) \
            and words[i + length].text in load_set("org_contest_words.txt"):
        return None  # "UEFA Champions League", "FIFA World Cup": a contest the body holds
    return length, scope, head_text


def _digital(words: list[Word], k: int) -> bool:
    """The "số" at words[k] closes a digital field ("… và Công nghệ số"), not a unit's number."""
    return k >= 2 and f"{words[k - 2].lower} {words[k - 1].lower}" in load_set("org_digital_fields.txt")


def _names_a_body(words: list[Word], org: OrgSpan) -> bool:
    """Whether a sub-unit's parent is named as a body of its own ("Tỉnh ủy Đắk Nông", "Bộ Công an",
    "Quân khu 7", "Thành ủy Biên Hòa"), not only the kind its sub-unit belongs to ("Công an Trung
    ương" of "Đảng ủy Công an Trung ương")."""
    if org.scope not in ("named", "brand") or words[org.end - 1].text.isdigit():
        return True
    body = match_body(words, org.begin)
    return body is not None and org.begin + body[0] == org.end or unit_rank(org.name) is not None and any(
        domestic_place_at(words, k) for k in range(org.begin + 1, org.end))


def _delegation_body(words: list[Word], head_text: str, org: OrgSpan) -> bool:
    """The body a Party delegation leads, its place implied ("Ban cán sự đảng UBND TP"): the gold
    names it too (corpus-study8, -study18), as with its place written. Not for every sub-unit:
    "Ban Trị sự GHPGVN tỉnh" is the province's board of a national church."""
    return head_text.lower() == "ban cán sự đảng" and any(
        (level := level_at(words, k)) and k + level[0] == org.end and not words[k].is_title
        for k in range(max(org.begin + 1, org.end - 2), org.end))


def _inner_head_length(words: list[Word], j: int) -> int:
    """Words of a head inside a name, capitalised only on its first word ("Đồn Công an Khu công
    nghiệp Biên Hòa"): the name goes on over all of them; else 1."""
    found = heads().match(words, j) if words[j].is_title and not words[j].abbreviation else None
    if not (found and found[0] > 1 and all(w.text[:1].islower() for w in words[j + 1:j + found[0]])) \
            or words[j - 1].text[:1].isupper() and f"{words[j - 1].lower} {words[j].lower}" in vietnamese_words():
        return 1  # "Hoa Ban tổ chức": the head closes a word of the name, not "Ban tổ chức"
    k = j + found[0]  # "Tòa án quân sự Quân khu 4": a numbered unit keeps its number
    return found[0] + (found[1] == "numbered" and k < len(words) and words[k].text.isdigit())


def _honorific_at(words: list[Word], j: int) -> bool:
    from .names import honorifics  # names reads organisation heads: imported here, not at the top

    return honorifics().match(words, j) is not None


# Village words that also open other names ("tổ chức", "khu công nghiệp"): no village after a body.
_VILLAGE_WORDS_ELSEWHERE = {"tổ", "khu"}


def _inner_step(words: list[Word], j: int, numbered: bool) -> int:
    """Lower-case words at words[j] that a name goes on over: a number ("số 1", "Quân khu 7"),
    "(KBNN)" before a place, an inner word ("nhân dân", "cổ phần"), an expanded abbreviation."""
    w = words[j]
    if w.text.isdigit() and not amount_at(words, j) and (words[j - 1].lower in ("số", "sở") or numbered or words[j - 1].lower in villages()
                             or words[j - 1].is_title and unit_number(words, j, False)):
        return 1
    if w.lower in villages() and w.lower not in _VILLAGE_WORDS_ELSEWHERE and j + 1 < len(words) \
            and (words[j + 1].is_title or words[j + 1].text.isdigit()):
        return 1  # "Chi bộ bản Huổi Lèng", "Chi hội Phụ nữ ấp 3": the village closes the name
    skip = parenthesised_abbreviation(words, j)  # "Kho bạc Nhà nước (KBNN) tỉnh Phú Yên"
    if skip:
        return skip
    return int(w.lower in inner_words() and inner_compound(words, j) and _inner_run(words, j)
               or (w.abbreviation and not w.is_title)) \
        or domain_tail_length(words, j)  # "Ban Bảo vệ rừng": a domain in lower case closes the name


def _inner_run(words: list[Word], j: int) -> bool:
    """An inner word but for a syllable of a longer inner phrase that alone is a numeral, verb or
    adverb ("một" of "một thành viên", "thành", "thường" of "thường vụ"): one of those stands
    beside another inner word ("… nhân dân", "TNHH một thành viên"), else it opens the clause
    after the name ("nâng cấp trường Tân Lập thành 2 cấp", "các Phòng Giáo dục và một số
    trường"), never a syllable of it."""
    if words[j].lower not in _PHRASE_SYLLABLES:
        return True
    phrase = inner_words() - {"số"}  # "một số": a quantifier, no phrase of a name
    return words[j - 1].lower in phrase or j + 1 < len(words) and not words[j + 1].is_title \
        and words[j + 1].lower in phrase


_PHRASE_SYLLABLES = frozenset({"một", "thành", "thường"})


def _capitalised_level_closes(words: list[Word], j: int, length: int, province: str | None) -> bool:
    """The article's city capitalised ("HĐND Thành phố", no name after), or a level before a number ("Quận 7")."""
    return words[j].lower == "thành" and level_of(province) == "thành phố" and province is not None and (
        j + length == len(words) or not words[j + length].is_title) or numbered_place_at(words, j + length)


def _domain_list_follows(words: list[Word], j: int) -> bool:
    """", Công nghệ và Môi trường": a comma inside a list of domains, closed by "và"."""
    k = j
    while k < len(words) and words[k].is_title and not heads().match(words, k):
        k += 1
    return k > j and k < len(words) and words[k].lower == "và"


def with_region(words: list[Word], org: OrgSpan) -> OrgSpan:
    """"Kiểm toán nhà nước khu vực VII", "Chi cục Thuế khu vực I": a regional unit of a body is
    named by "khu vực" and its number after the body's name."""
    k = org.end
    if k + 2 < len(words) and words[k].lower == "khu" and words[k + 1].lower == "vực" \
            and (words[k + 2].text.isdigit() or set(words[k + 2].text) <= set("IVX")) \
            and org.name.endswith(words[k - 1].text):
        return OrgSpan(org.begin, k + 3, f"{org.name} khu vực {words[k + 2].text}", org.scope)
    return org
