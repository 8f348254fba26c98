"""The lower-case rest of a post's body, where the organisation reader stops at the first word
in lower case: "Phó Vụ trưởng Vụ Quy hoạch kiến trúc Bộ Xây dựng" (a unit of a higher body
written right after it), "Giám đốc Đồn biên phòng Cửa khẩu quốc tế Hà Tiên" (a place closes the
name), "Vụ trưởng Vụ Giáo dục đại học Nguyễn Thu Thủy" (the holder's name closes it)."""

from functools import lru_cache

from .lexicons import load_sections, vietnamese_words
from .names import honorifics
from .org_brands import foreign_word
from .org_vocabulary import (
    CONNECTORS,
    POST_BODY_WORDS,
    heads,
    level_at,
    stop_at,
    stop_words,
    unit_rank,
)
from .organizations import OrgSpan, parse_org
from .places import gazetteer, is_province
from .post_lexicon import posts
from .words import Word

# Words that relate a body to another without naming it ("Trung tâm … thuộc Trường …", "… ở Hà
# Nội"): the name does not go on through them.
_RELATIONS = {"thuộc", "trực", "ở", "tại"}
# Capitalised words that close a body's name as its reach ("Viện … Trung ương", "Hội … Việt Nam").
_REACHES = {"trung ương", "việt nam"}


def ends_with_place(name: str) -> bool:
    """A body's name that ends with its country or province ("Hội Nông dân Việt Nam")."""
    last = name.split()
    return " ".join(last[-2:]).lower() == "việt nam" or any(is_province(" ".join(last[-n:])) for n in (1, 2, 3))


def lower_case_run(words: list[Word], k: int, stops: set[int], post_at, limit: int = 6) -> int:
    """Where a run of at most `limit` lower-case words from words[k] that may go on a body's name
    ends (k if none)."""
    m = k
    while m < len(words) and m - k < limit and words[m].text.isalpha() and words[m].text.islower() \
            and words[m].lower not in CONNECTORS and words[m].lower not in _RELATIONS and not stop_at(words, m) \
            and not level_at(words, m) and m not in stops and not honorifics().match(words, m) \
            and not post_at(words, m):
        m += 1
    return m


def _reach_length(words: list[Word], m: int, stops: set[int]) -> int:
    """Capitalised words at words[m] that name a place or a reach ("Hà Tiên", "Trung ương"), 0 if none."""
    for n in (3, 2, 1):
        said = words[m:m + n]
        if len(said) < n or not all(w.is_title for w in said) or any(k in stops for k in range(m, m + n)) \
                or m + n < len(words) and words[m + n].is_title:
            continue
        text = " ".join(w.text for w in said)
        if text.lower() in _REACHES or text in gazetteer().places:
            return n
    return 0


def _highest_rank(name: str) -> int | None:
    """How high the highest body a name holds stands: a body already named with its parent
    ("Văn phòng Bộ Công an") stands as high as the parent (org_unit_ranks.tsv)."""
    said = name.split()
    ranks = [unit_rank(" ".join(said[i:])) for i in range(len(said)) if said[i][:1].isupper()]
    return min((r for r in ranks if r is not None), default=None)


def with_name_tail(words: list[Word], org: OrgSpan, stops: set[int], province: str | None, recent,
                   post_at) -> OrgSpan:
    """The body with the lower-case words that go on its name, when a higher body it belongs to
    or a place closes them ("Vụ Quy hoạch kiến trúc Bộ Xây dựng"); the body itself otherwise
    (the run may be a verb: "Bộ Y tế nhận định", "Sở Y tế cũng cho biết")."""
    k = org.end
    if k >= len(words) or not org.name.endswith(words[k - 1].text) or ends_with_place(org.name):
        return org
    m = lower_case_run(words, k, stops, post_at)
    if m >= len(words):
        return org
    rest = " ".join(w.text for w in words[k:m])
    if m > k and words[m].is_title and heads().match(words, m):
        parent = parse_org(words, m, stops, province, recent)
        rank = _highest_rank(org.name)
        higher = unit_rank(parent.name) if parent is not None else None
        if rank is not None and higher is not None and higher < rank:
            return OrgSpan(org.begin, parent.end, f"{org.name} {rest} {parent.name}", org.scope)
        return org
    m = _joined_fields_end(words, m, stops, post_at, dash=m > k)
    n = _reach_length(words, m, stops) if m > k else 0
    if n:
        rest, reach = " ".join(w.text for w in words[k:m]), " ".join(w.text for w in words[m:m + n])
        return OrgSpan(org.begin, m + n, f"{org.name} {rest} {reach}", org.scope)
    return org


def _joined_fields_end(words: list[Word], m: int, stops: set[int], post_at, dash: bool) -> int:
    """Past fields joined by "và" or a dash to the lower-case rest ending at words[m] ("Viện Khoa
    học quản trị doanh nghiệp và kinh tế số Việt Nam", "Hiệp hội Chế biến và xuất khẩu thủy sản
    Việt Nam", "Viện Nghiên cứu phát triển kinh tế - xã hội Hà Nội"): where the last joined field
    ends (m itself when none is); only a place or reach right after it lets them go on the name
    (with_name_tail). A dash joins two lower-case fields only: right after a capitalised name it
    opens a description ("Xí nghiệp … Thanh niên xung phong - bến Cát Lái")."""
    while m + 1 < len(words) and (words[m].lower == "và" or dash and words[m].text in _DASHES) \
            and m + 1 not in stops:
        end = lower_case_run(words, m + 1, stops, post_at)
        if end == m + 1:
            break
        m, dash = end, True
    return m


_DASHES = {"-", "–"}


def body_after_descriptor(words, k, title_words, stops, province, recent, post_at):
    """"Giám đốc phân tích của Công ty Chứng khoán A", "Chủ tịch sáng lập Hiệp hội B": lower-case
    words that say which post of the body it is, then the body ("Trưởng khoa tiêu hóa Bệnh viện C":
    the unit of the body it heads); (title words, body) or None."""
    m = lower_case_run(words, k, stops, post_at, limit=3)
    function = m == k and company_post(" ".join(title_words))
    if function:  # "Giám đốc An toàn của Samsung", "Giám đốc Nhân sự - NashTech": a capitalised function
        m = _function_end(words, k, stops, post_at)
    if m == k:
        return None
    linked = m + 1 < len(words) and (words[m].lower == "của" or words[m].text in _LINKS and (
        function or heads().match(words, m + 1) and title_words[-1].lower() not in POST_BODY_WORDS))
    # "Giám đốc nghiên cứu, Công ty A"; not "Trưởng ban đào tạo, Đại học A", a unit before its parent
    body_at = m + 1 if linked else m
    if function and not linked or body_at >= len(words) \
            or not words[body_at].is_title and not words[body_at].is_upper_word:
        return None
    org = parse_org(words, body_at, stops, province, recent) if heads().match(words, body_at) else \
        brand_at(words, body_at, stops, " ".join(title_words))
    if org is None:
        return None
    said = [w.text for w in words[k:m]] + ([words[m].text] if linked and words[m].text != "," else [])
    if linked and words[m].text == ",":  # "Giám đốc nghiên cứu, Công ty A": the comma stays on the word
        said[-1] += ","
    if title_words[-1].lower() in POST_BODY_WORDS and body_at == m:
        # "Trưởng khoa tiêu hóa Bệnh viện …": the words name the unit the post heads, within the body
        unit = " ".join([title_words[-1].capitalize()] + said)
        return title_words[:-1], OrgSpan(org.begin, org.end, f"{unit} {org.name}", org.scope)
    return title_words + said, org


# What links a post's function to the body after it ("Giám đốc Đào tạo, Viện …", "… - NashTech").
_LINKS = {",", "-", "–"}


def _function_end(words: list[Word], k: int, stops: set[int], post_at) -> int:
    """Where the capitalised name of a function in a company ends ("An toàn", "Đào tạo - Hợp tác
    quốc tế"): up to six words from words[k], none a body's head, a post, an honorific, a level or
    a place, a dash inside it only before another such word; k when there is none."""
    m, places = k, gazetteer().places
    while m < len(words) and m - k < 7 and m not in stops and words[m].text.isalpha() \
            and (words[m].is_title or m > k and words[m].text.islower()) and not heads().match(words, m) \
            and not post_at(words, m) and not honorifics().match(words, m) and not level_at(words, m) \
            and not any(" ".join(w.text for w in words[m:m + n]) in places for n in (1, 2, 3)) \
            and words[m].lower not in CONNECTORS:
        m += 1
        if m + 1 < len(words) and words[m].text in ("-", "–") and words[m + 1].is_title \
                and not heads().match(words, m + 1) and not foreign_word(words[m + 1].text):
            m += 1  # "Đào tạo - Hợp tác quốc tế": one function across the dash
    return m if m > k and words[k].is_title and not foreign_word(words[k].text) else k


def brand_at(words: list[Word], k: int, stops: set[int], post: str) -> OrgSpan | None:
    """"Phó Chủ tịch cấp cao Hanwha Energy", "Giám đốc kinh doanh FPT Shop": the capitalised words
    at words[k] after a company's post and the words that say which post it is name the company
    when they are a brand (a foreign word or one in capitals first), else None."""
    end = k
    while end < len(words) and end not in stops and (words[end].is_title or words[end].is_upper_word) \
            and not words[end].abbreviation and not honorifics().match(words, end):
        end += 1
        if end + 1 < len(words) and words[end].text == "&" and words[end + 1].is_title:
            end += 1  # "William Grant & Sons": one brand across the ampersand
    if end == k or not company_post(post):
        return None
    brand = " ".join(w.text for w in words[k:end]) if words[k].is_upper_word else foreign_brand(words, k, end, post)
    return OrgSpan(k, end, brand, "brand") if brand else None


@lru_cache(maxsize=1)
def brand_posts() -> tuple[frozenset[str], frozenset[str]]:
    """post_brand_posts.txt split at its "-- functions --" line: (the posts of a company that a
    brand may follow, the functions and trades that are no brand)."""
    company_posts, functions = load_sections("post_brand_posts.txt")
    return frozenset(company_posts), frozenset(functions)


def company_post(post: str) -> bool:
    """A post of a company that a brand may follow (post_brand_posts.txt)."""
    return post.lower() in brand_posts()[0]


def foreign_brand(words: list[Word], start: int, end: int, post: str) -> str | None:
    """"Tổng Giám đốc Vietravel", "Giám đốc Facebook Việt Nam": the capitalised words[start:end]
    after a company's post (post_brand_posts.txt) name its company when the first, or the second
    after a word that reads as a syllable ("Sun Property", "Sun Group"), is no Vietnamese syllable,
    place or country (a foreign brand); None otherwise."""
    companies, functions = brand_posts()
    if start >= end or post.lower() not in companies:
        return None
    first, run = words[start].text, " ".join(w.text for w in words[start:end])
    places = gazetteer().places
    if first.lower() in functions or not first.isalpha() or run in places:
        return None
    return run if foreign_word(first) or _foreign_second(words, start, end, functions) else None


def _foreign_second(words: list[Word], start: int, end: int, functions: frozenset[str]) -> bool:
    """Whether the second capitalised word of words[start:end] is a foreign one that names no
    function ("Sun Property"; not "Khối Marketing")."""
    second = words[start + 1].text if start + 1 < end else ""
    return second.isalpha() and second.lower() not in functions and foreign_word(second)


def short_company_name(words: list[Word], start: int, end: int, post: str) -> str | None:
    """"Chủ tịch Hòa Phát", "Phó Chủ tịch HĐQT Vĩnh Hoàn": two or three capitalised Vietnamese
    words after a company's post, or a post of its board, name the company (written short, as
    business news does) when no two of them make a dictionary word ("Khối Quản trị", "Giám đốc
    Kỹ thuật" name a function) and they are no province, district or country (a commune may share
    a company's name: "Hòa Phát"); None otherwise."""
    said = words[start:end]
    board = len(_BOARD.split())
    if " ".join(w.lower for w in said[:board]) == _BOARD:  # "Phó Chủ tịch HĐQT Hòa Phát": the board, then the name
        said, post = said[board:], f"{post} {_BOARD}"
    if not 2 <= len(said) <= 3 or not (company_post(post) or post.lower().endswith(_BOARD)) \
            or not all(w.is_title and w.text.isalpha() and not foreign_word(w.text) for w in said):
        return None
    lowered = [w.lower for w in said]
    if any(" ".join(lowered[i:j]) in vietnamese_words() for i in range(len(said)) for j in range(i + 2, len(said) + 1)):
        return None
    run, places = " ".join(w.text for w in said), gazetteer()
    return None if run in places.provinces or run in places.districts or run in places.countries else run


# A company's board, whose posts ("Thành viên Hội đồng quản trị") a short company name may follow.
_BOARD = "hội đồng quản trị"


# Prepositions that may stand inside a body's lower-case name ("Ủy ban Công tác về các tổ chức …").
_TAIL_PREPOSITIONS = {"về", "của", "trong", "với", "tại"}


def descriptive_tail(words: list[Word], end: int, stops: set[int]) -> int | None:
    """Where a run of lower-case words after a post ends right at a personal name (the rest
    of the body's name, written in lower case); None when no name closes it, or another post
    ("Bộ trưởng Công an bổ nhiệm đại tá Lò Văn A": the rank is A's, the minister's post is not)."""
    k = end
    while k < len(words) and k - end < 9 and words[k].text[:1].islower() and words[k].text.isalpha() \
            and not honorifics().match(words, k) and words[k].lower != "và" and not posts().match(words, k) \
            and (words[k].lower in _TAIL_PREPOSITIONS or not stop_words().match(words, k)):
        k += 1
    if k == end or k not in stops or level_at(words, k - 1):  # "… huyện Mai Sơn" is a place
        return None
    return k
