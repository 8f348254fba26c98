"""Where the name of a body ends past its head's own words: at a unit's number ("Đội Quản lý thị
trường số 8"), at a brand's branch ("Viettel Điện Biên"), at the proper name a firm's trade leads
to ("Tập đoàn Than khoáng sản Việt Nam"), at the foreign country a national body is of ("Chính
phủ Anh"), after the lower-case rest of a field its capitalised first word opened ("Hội Nạn nhân
chất độc da cam"), after a second field joined by "và" ("Tạp chí Kinh tế và dự báo")."""


from .lexicons import load_set, vietnamese_words
from .org_brands import foreign_word
from .org_spans import parenthesised_abbreviation
from .org_vocabulary import (
    domestic_place_at,
    firm_words,
    generic_boards,
    heads,
    inner_words,
    level_at,
    number_run_breakers,
    place_length,
    post_closes_at,
    posts_start,
    stop_at,
)
from .places import gazetteer
from .words import Word, compound_length, lexicon_trie


def head_after_connector(words: list[Word], i: int) -> bool:
    """A body's head after "và" at words[i] opens another body, unless it begins a longer lower-case
    word ("Chi cục Đê điều và Phòng chống lụt bão": "phòng chống", a field)."""
    head = heads().match(words, i)
    return bool(head) and not head_opens_compound(words, i, head[0])


def head_opens_compound(words: list[Word], i: int, length: int) -> bool:
    # "Bộ trưởng", "Tổng cục trưởng": a word goes on past the head in lower case
    return compound_length(words, i) > length and not words[i + length].text[:1].isupper()


def placeless_heads() -> frozenset[str]:
    """National bodies no place follows ("Quốc hội tỉnh A" is a deputy's province; org_placeless_heads.txt)."""
    return load_set("org_placeless_heads.txt")


def run_to_number(words: list[Word], j: int, stops: set[int]) -> int:
    """Words from j up to and with "số N" closing a unit's name, over at most six words that
    open no other body, person, post or clause, and an abbreviation in brackets ("Đội Quản lý thị
    trường (QLTT) số 8"); 0 where there is none ("số 37/KH" is a document's)."""
    k = j
    while k < len(words) and k - j < 6:
        w = words[k]
        if skip := parenthesised_abbreviation(words, k, before_number=True):
            k += skip
            continue
        if not (w.text.isalpha() or w.text.isdigit()) or w.lower == "số" or w.lower in number_run_breakers() \
                or k in stops or w.is_title and heads().match(words, k) or posts_start(words, k):
            break
        k += 1
    if k == j or k + 1 >= len(words) or words[k].lower != "số" or not words[k + 1].text.isdigit():
        return 0
    after = words[k + 2].text if k + 2 < len(words) else ""
    return 0 if after in ("/", "-") and k + 3 < len(words) and words[k + 3].text[:1].isalnum() else k + 2 - j


def branch_end(words: list[Word], j: int, stops: set[int]) -> int:
    """Where the branch a brand's name goes on to ends: another brand of the firm ("VNPT
    Vinaphone") or a unit's code ("EVN SPC"), "Chi nhánh", a dash, then a province or district,
    with or without its level word ("Viettel Điện Biên", "Agribank Chi nhánh tỉnh Điện Biên",
    "VNPT - Điện Biên"); else j. A firm's word of org_firm_words.txt after the brand is its own
    name's ("Masan Group", "Vietnam Airlines Group": the run was cut before "Group")."""
    if j < len(words) and words[j].text in firm_words():
        return j + 1
    k = j
    if k < len(words) and (found := heads().match(words, k)) and found[1] == "brand":
        k += found[0]
    elif k < len(words) and words[k].is_upper_word and not words[k].abbreviation:
        k += 1  # "EVN SPC": the unit's own code
        if k >= len(words) or not domestic_place_at(words, k):
            return k
    if k + 1 < len(words) and words[k].lower == "chi" and words[k + 1].lower == "nhánh":
        k += 2
    elif k < len(words) and words[k].text in ("-", "–"):
        k += 1
    level = level_at(words, k) if k < len(words) and not words[k].is_title else None
    place = k + (level[0] if level else 0)
    n = place_length(words, place, stops) if place < len(words) and domestic_place_at(words, place) else 0
    return place + n if n else j


def _trade_breakers() -> frozenset[str]:
    return load_set("org_trade_breakers.txt")


def trade_to_name(words: list[Word], j: int, k: int) -> bool:
    """Whether the lower-case words[j:k] after a firm's capitalised trade, or the capitalised first
    syllable of a field an association or fund is named for, lead on to "Việt Nam" closing its name
    ("Tập đoàn Than khoáng sản Việt Nam", "Ngân hàng TMCP Kỹ thương Việt Nam", "Hiệp hội Gốm
    mỹ nghệ Việt Nam": a lone syllable is no name of its own, the country closes the field):
    at most three words, none of the clause (org_trade_breakers.txt: "xuất khẩu sang Mỹ"), after
    a Vietnamese word (a foreign brand is the name itself: "Vingroup tài trợ Việt Nam"), and
    nothing but punctuation or a lower-case word after the name."""
    if not 0 < k - j <= 3 or k + 1 >= len(words) or foreign_word(words[j - 1].text) \
            or any(w.lower in _trade_breakers() for w in words[j:k]):
        return False
    if not (words[k].text == "Việt" and words[k + 1].text == "Nam"):
        return False
    after = words[k + 2].text if k + 2 < len(words) else ""
    return not after[:1].isalnum() or after[:1].islower()


def capitalised_trade_word(words: list[Word], begin: int, end: int) -> bool:
    """words[begin:end], past a legal form ("cổ phần", "TNHH"), is one Vietnamese syllable written with
    a capital, lower-case words going on after it: a trade opening a firm's name ("Công ty CP Lọc
    hóa dầu Bình Sơn", "Nước mặt sông Đuống"), not yet its own name (two capitalised syllables or
    more, or a foreign word), when one to three lower-case words of no clause lead on to a
    capitalised one."""
    while begin < end and (words[begin].lower in inner_words() or words[begin].abbreviation):
        begin += 1
    if end - begin != 1 or not words[begin].is_title or words[begin].abbreviation or foreign_word(words[begin].text):
        return False
    k = end  # one to three lower-case words of the trade, none of the clause, lead to the name
    while k < len(words) and k - end < 4 and words[k].text.isalpha() and words[k].text[:1].islower() \
            and words[k].lower not in _trade_breakers():
        k += 1
    return 0 < k - end <= 3 and k < len(words) and words[k].is_title


def clause_between(words: list[Word], j: int, k: int, name_started: bool) -> bool:
    """Lower-case words[j:k] holding a lone preposition of org_trade_breakers.txt, or after a
    proper name a verb of org_tail_breakers.txt: a clause about the body, its object the
    capitalised word after ("Tập đoàn Điện lực cung cấp điện cho Hà Nội", "Công ty Minh Long hỗ
    trợ Hà Nội"; before the proper name such verbs are trades: "Công ty CP cấp thoát nước Hà
    Tĩnh"). Each a whole word ("cho thuê tài chính" is a trade); "và" joins two trades."""
    m = j
    while m < k:
        n = compound_length(words, m)
        found = name_started and lexicon_trie("org_tail_breakers.txt").match(words, m)
        if found and n <= found[0] or n == 1 and words[m].lower in _trade_breakers() - {"và"}:
            return True
        m += n
    return False


def country_length(words: list[Word], k: int, sizes: tuple[int, ...] = (3, 2, 1)) -> int:
    """Words of a country at words[k] (countries.txt, `sizes` words long) with nothing capitalised
    after it, or 0: after "của" and a firm's name, the firm's home, not its name ("Tập đoàn đa ngành
    Tata của Ấn Độ"; a state body keeps it: "Bộ Tài chính của Anh"). No country of the list opens
    another, so the first found is the only one."""
    countries = gazetteer().countries
    return next((n for n in sizes if k + n <= len(words) and " ".join(w.text for w in words[k:k + n]) in countries
                 and (k + n == len(words) or not (words[k + n].is_title or words[k + n].is_upper_word))), 0)


def second_trade(words: list[Word], after_head: int, j: int) -> bool:
    """A "và" at words[j] joining a second trade, in lower case, to the capitalised trade the name
    opened with ("Công ty TNHH Thương mại và dịch vụ Hoàng Long", "Hiệp hội Chế biến và xuất khẩu
    thủy sản Việt Nam"): the first trade is one capitalised dictionary word right before it."""
    return words[j].lower == "và" and j + 1 < len(words) and words[j + 1].text.isalpha() \
        and words[j + 1].text.islower() and j - 2 >= after_head and words[j - 2].is_title \
        and not words[j - 2].abbreviation and words[j - 1].text.islower() \
        and f"{words[j - 2].lower} {words[j - 1].lower}" in vietnamese_words()


def central_closes(words: list[Word], j: int, k: int) -> bool:
    """"Trung ương" at words[k] with nothing capitalised after it closes a national body's name as a
    province closes a local one's ("Bệnh viện Huyết học và Truyền máu Trung ương"); before a
    capitalised word it opens another body ("… Trung ương Đảng"); after a comma in words[j:k] it
    ends a list ("Bệnh viện Việt Đức, bệnh viện Trung ương")."""
    return k + 1 < len(words) and not any(w.text == "," for w in words[j:k]) \
        and f"{words[k].text} {words[k + 1].text}" == "Trung ương" \
        and (k + 2 == len(words) or not (words[k + 2].is_title or words[k + 2].is_upper_word))


# Heads of associations named for their members ("Hiệp hội các nhà sản xuất ô tô Việt Nam").
_ASSOCIATION_HEADS = frozenset({"Hội", "Hiệp hội"})


def members_open(words: list[Word], head_text: str, after_head: int, j: int) -> bool:
    """"các nhà" right after an association's head opening its members' trade ("Hiệp hội các nhà
    bán lẻ Việt Nam", "Hội các nhà quản trị doanh nghiệp Hà Nội"), which goes on to a place as any
    lower-case trade does; elsewhere "các" opens a plural, no name ("Hội đã mời các nhà khoa học")."""
    return j == after_head and head_text in _ASSOCIATION_HEADS and j + 2 < len(words) \
        and f"{words[j].lower} {words[j + 1].lower}" == "các nhà"


def foreign_country_length(words: list[Word], j: int) -> int:
    """Words of a foreign country written out right after a national body that needs no name
    ("Chính phủ Anh", "Quốc hội Hàn Quốc": that country's, not Việt Nam's, nor initials: "UAE",
    "VN"), with nothing capitalised after it; 0 where there is none or the country is Việt Nam."""
    n = country_length(words, j)
    written = words[j:j + n]
    return n if all(w.is_title and not w.abbreviation for w in written) \
        and " ".join(w.text for w in written) not in ("Việt Nam", "Vietnam") else 0


# Heads of bodies whose field is written with only its first word capitalised ("Hội Nạn nhân
# chất độc da cam", "Viện Đổi mới sáng tạo", "Hội đồng Công viên địa chất").
_FIELD_HEADS = {"Hội", "Hội đồng", "Hiệp hội", "Quỹ", "Viện", "Trung tâm", "Câu lạc bộ", "Ban", "Ban quản lý"}
# Most syllables of such a field's lower-case words ("chất độc da cam"); three two-syllable words
# of the dictionary may run to six ("Ban quản lý Đầu tư xây dựng công trình dân dụng").
_FIELD_TAIL_MAX = 4
_SCOPES = {"quốc gia", "trung ương", "quốc tế"}
# Heads of bodies named for fields of state work, whose fields may be listed in lower case
# ("Cục Hộ tịch, quốc tịch và chứng thực"), beside _FIELD_HEADS.
_LISTED_FIELD_HEADS = {"Cục", "Vụ", "Tổng cục", "Chi cục", "Học viện"}
# Of these, the departments ("Vụ Giáo dục đại học"; an academy's "Học viện Tài chính" is a proper name).
_DEPARTMENT_HEADS = _LISTED_FIELD_HEADS - {"Học viện"}
# What closes such a field: a punctuation mark (or the sentence's end, a stop word, a person).
_FIELD_CLOSERS = {",", ".", ";", ":", "(", ")", "…", "!", "?", "\"", "”"}
# Function words no field holds: prepositions, adverbs, quantifiers, conjunctions, a term's words
# ("Ban Kiểm soát nhiệm kỳ tới").
_NOT_FIELD = {"các", "những", "toàn", "mọi", "trên", "và", "của", "với", "tại", "ở", "thuộc", "cho", "theo",
              "này", "đó", "nhiều", "một", "hai", "ba", "mà", "còn", "từ", "nhằm", "cũng", "vẫn", "đều", "chỉ",
              "không", "chưa", "rất", "sau", "trước", "bị", "phải", "luôn", "thành", "lại", "nay", "hiện", "ra",
              "vào", "lên", "xuống", "qua", "như", "hay", "hoặc", "giữa", "bằng", "từng", "mới", "đến", "tới",
              "gồm", "thay", "kể", "nhưng", "song", "thì", "nên", "vì", "nếu", "khi", "lúc", "rồi", "đây", "kia",
              "ấy", "sự", "việc", "đang", "cùng", "được", "bởi", "tuy", "dù", "hết", "thêm", "năm", "nhiệm",
              "khóa", "giai", "đợt", "lần", "kỳ", "thời", "tháng", "quý", "đầu", "cuối", "rằng", "hàng"}


def field_tail_length(words: list[Word], head_text: str, after_head: int, j: int, stops: set[int]) -> int:
    """Lower-case words at words[j] that finish the field a name's capitalised word opened, or 0:
    the capitalised word a two-syllable Vietnamese word (no person's or foreign name: "Viện
    Karolinska"), then at most four syllables, word by word none a preposition, a level word or
    a post, up to the name's clear end, a punctuation mark, a stop word, a verb of
    org_tail_breakers.txt or a person ("Hội Nạn nhân chất độc da cam để …", "Hội Sinh vật cảnh tổ
    chức …"), a state department's too ("Vụ Chính sách thương mại đa biên đã …"); a lower-case word
    running on past four or into a capitalised word is no such field."""
    if head_text not in _FIELD_HEADS | _DEPARTMENT_HEADS or j - after_head != 2 or not words[after_head].is_title \
            or words[after_head].abbreviation or words[after_head + 1].text != words[after_head + 1].lower \
            or f"{words[after_head].lower} {words[after_head + 1].lower}" not in vietnamese_words() \
            or f"{head_text} {words[after_head].text} {words[after_head + 1].text}".lower() in generic_boards():
        return 0  # "Ban Giám đốc bệnh viện": a board every institution has, and its institution
    k, steps = j, []
    while k < len(words) and k - j < _FIELD_TAIL_MAX + 2 and _field_word(words, k) and words[k].lower not in _NOT_FIELD:
        steps.append(" ".join(w.lower for w in words[k:k + compound_length(words, k)]))
        k += len(steps[-1].split())
    closed = k == len(words) or words[k].text in _FIELD_CLOSERS or stop_at(words, k) or _tail_breaker(words, k) \
        or k in stops
    longest = _FIELD_TAIL_MAX + 2 if all(len(x.split()) == 2 and x not in _SCOPES for x in steps) \
        else _FIELD_TAIL_MAX  # "xây dựng công trình dân dụng"; "Viện Tim mạch quốc gia" ends on its scope
    return k - j if j < k <= j + longest and closed else 0


# Most syllables in one field of a comma-listed name ("nghiên cứu xã hội", "phát triển việc làm").
_LISTED_FIELD_MAX = 4


def field_list_end(words: list[Word], begin: int, head_text: str, after_head: int, j: int,
                   stops: set[int]) -> int | None:
    """Where a name whose fields are listed in lower case ends ("Viện Nghiên cứu xã hội, kinh tế
    và môi trường", "Cục Hộ tịch, quốc tịch và chứng thực"), its first field either read already
    (words[j] the comma after it) or starting in lower case right after the head of a post's
    body (j == after_head: "Viện trưởng Viện nghiên cứu xã hội, …"; elsewhere such words are a
    kind, "các trung tâm giao lưu văn hóa, thương mại và du lịch"), or None. The first field opens
    with a word of the dictionary ("Hội Tiệp sống …" is a person's name); every field is one to four
    lower-case syllables that open no body, post, level, clause or function word; the last
    follows "và" and closes on punctuation, a level, a stop word or a verb: a list of bodies
    ("…, trạm y tế và bệnh viện") or a sentence going on after the comma ("…, kinh tế đã tăng") is none."""
    if head_text not in _FIELD_HEADS | _LISTED_FIELD_HEADS or compound_length(words, after_head) < 2 \
            or j == after_head and not (begin > 0 and post_closes_at(words, begin - 1)):
        return None
    k = j if words[j].text == "," else _listed_field_end(words, j, stops, opening=j == after_head)
    first = words[after_head:k]
    if k >= len(words) or words[k].text != "," or not 1 <= len(first) <= _LISTED_FIELD_MAX + 1 \
            or any(w.abbreviation or not w.text.isalpha() for w in first) \
            or not all(w.text.islower() for w in first[1:]) \
            or f"{head_text} {' '.join(w.text for w in first)}".lower() in generic_boards():
        return None
    while k < len(words) and words[k].text == ",":
        end = _listed_field_end(words, k + 1, stops)
        if end == k + 1:
            return None
        k = end
    if k >= len(words) or words[k].lower != "và":
        return None
    end = _listed_field_end(words, k + 1, stops)
    level = level_at(words, end) if end < len(words) else None
    closed = end == len(words) or words[end].text in _FIELD_CLOSERS or stop_at(words, end) \
        or _tail_breaker(words, end) or end in stops \
        or level is not None and end + level[0] < len(words) and words[end + level[0]].is_title  # "… tỉnh Nam Định"
    return end if end > k + 1 and closed else None


def _listed_field_end(words: list[Word], k: int, stops: set[int], opening: bool = True) -> int:
    """Where one lower-case field of a listed name starting at words[k] ends (k where none does);
    not opening: the field's capitalised first word is read already, a head may follow it."""
    m = k
    while m < len(words) and m - k < _LISTED_FIELD_MAX and _field_word(words, m) \
            and (words[m].lower not in _NOT_FIELD or compound_length(words, m) > 1) and m not in stops \
            and not (m == k and opening and heads().match(words, m)):
        m += compound_length(words, m)  # "việc làm": no verb "làm"
    return m if m - k <= _LISTED_FIELD_MAX else k


def _field_word(words: list[Word], k: int) -> bool:
    """Whether words[k] may go on a body's lower-case field: a lower-case word of letters that
    is no stop word, verb of org_tail_breakers.txt, level or post (field_tail_length,
    _listed_field_end and _lower_field_end each add their own bounds)."""
    return words[k].text.isalpha() and words[k].text.islower() and not stop_at(words, k) \
        and not _tail_breaker(words, k) and not level_at(words, k) and not posts_start(words, k)


def _tail_breaker(words: list[Word], k: int) -> bool:
    return lexicon_trie("org_tail_breakers.txt").match(words, k) is not None


# A committee of the National Assembly or the Government written right before it, no "của"
# between ("Ủy ban Kinh tế Quốc hội", "Ban Cơ yếu Chính phủ"): the national body closes the
# committee's name, as "Ủy ban … của Quốc hội" does, and is no second body.
_COMMITTEE_HEADS = frozenset({"Ủy ban", "Ban", "Hội đồng"})
_NATIONAL_PARENTS = frozenset({"quốc hội", "chính phủ"})


def national_parent_length(words: list[Word], head_text: str, j: int) -> int:
    """Words of "Quốc hội" or "Chính phủ" at words[j] closing a committee's name, with the foreign
    country it is of ("Ủy ban Quốc phòng Quốc hội Lithuania"), else 0."""
    if head_text not in _COMMITTEE_HEADS or j + 1 >= len(words) or not words[j].text[:1].isupper() \
            or f"{words[j].lower} {words[j + 1].lower}" not in _NATIONAL_PARENTS:
        return 0
    return 2 + foreign_country_length(words, j + 2)


# Heads of bodies named for a field that "và" may join a second field to, written in lower case
# ("Tạp chí Kinh tế và dự báo", "Công ty Cổ phần du lịch và tiếp thị …"), beside _FIELD_HEADS.
_AND_FIELD_HEADS = _FIELD_HEADS | _LISTED_FIELD_HEADS | {"Công ty", "Tổng công ty", "Tập đoàn", "Tạp chí"}
# Most lower-case syllables before "và" (the first field's rest) and after it (the second field).
_AND_FIELD_MAX = (4, 5)


def and_field_length(words: list[Word], head_text: str, after_head: int, j: int, stops: set[int]) -> int:
    """Lower-case words at words[j] that join a second field to the field a name opened with, by
    "và", up to a clear end of the name ("Tạp chí Kinh tế và dự báo)", "Hiệp hội Doanh nghiệp CNTT
    và phần mềm VINASA", "Viện Khoa học quản trị doanh nghiệp và kinh tế số Việt Nam", "Cục Công
    nghệ thông tin và chuyển đổi số (Bộ Tài chính)"), or 0. The name so far is a field:
    capitalised dictionary words, initials, lower-case words, no proper name ("Công ty Minh Long và
    khách hàng" is two parties). The fields are words of the dictionary, the second opening with one
    of two syllables or more, none a function word, level, post, head or verb of
    org_tail_breakers.txt; the end is a bracket, initials or a brand in capitals, or a country
    with nothing capitalised after it. A comma or full stop ends a sentence going on as often as a
    name ("… Cục Cạnh tranh và doanh nghiệp."): no end here."""
    if head_text not in _AND_FIELD_HEADS or j <= after_head or not _field_so_far(words[after_head:j]):
        return 0
    k = _lower_field_end(words, j, stops, _AND_FIELD_MAX[0])
    if k >= len(words) or words[k].lower != "và" or k + 1 < len(words) and compound_length(words, k + 1) < 2:
        return 0
    end = _lower_field_end(words, k + 1, stops, _AND_FIELD_MAX[1])
    if end == k + 1 or end >= len(words):
        return 0
    closer = words[end]
    closes = closer.text in ("(", ")") or closer.is_upper_word and not closer.abbreviation \
        and not heads().match(words, end) or country_length(words, end, (3, 2))
    return end - j if closes else 0


def _field_so_far(named: list[Word]) -> bool:
    """Every word of a name's field so far a dictionary word (capitalised or not) or initials."""
    k = 0
    while k < len(named):
        n = compound_length(named, k)
        if named[k].text == "," or n == 1 and not named[k].is_upper_word and (named[k].is_title or named[k].lower in _NOT_FIELD):
            return False
        k += n
    return bool(named)


def _lower_field_end(words: list[Word], k: int, stops: set[int], most: int) -> int:
    """Where lower-case dictionary words starting at words[k] end, at most `most` syllables, one more
    when all are words of two (k where they run on past it or there are none)."""
    m, steps = k, []
    while m < len(words) and _field_word(words, m) and m not in stops and words[m].lower not in _NOT_FIELD \
            and not heads().match(words, m):
        steps.append(compound_length(words, m))
        m += steps[-1]
    # three two-syllable words may run one over ("tiếp thị giao thông vận tải")
    return m if m - k <= most or m - k == most + 1 and set(steps) == {2} else k

