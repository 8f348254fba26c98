"""Firms named by a foreign brand with no head word before it and in no lexicon ("theo khảo sát
của Savills", "Đại diện JLL", "Samsung SDI, Crucial Tec, Hana Micron thuộc KCN …"): a capitalised
run opening on a word that is no Vietnamese syllable, place or country, after a cue of
org_brand_cues.txt ("khảo sát của", "Đại diện", "hãng", "Chủ tịch"), opening a clause before a
firm's verb (org_brand_verbs.txt: "…, Dorvex ghi nhận lỗ"), listed right after another body, or
closed by "Việt Nam" ("Nielsen Việt Nam"), or a well-known foreign paper or firm named with no
cue (org_foreign_brands.txt: "Forbes bình chọn") or closed by a firm's word
(org_firm_words.txt: "Deutsche Bank", "Toyota Kirloskar Motor"), or a site named by its capitalised
domain ("theo báo cáo của Batdongsan.com.vn"); then wherever the article writes it again."""

import re
from functools import lru_cache

from .lexicons import load_list, load_sections
from .org_brands import BRAND_LINKS, after_product, foreign_word, well_known
from .org_people import Surnames, person_listed, person_named, source_tails
from .org_sport import match_side
from .org_vocabulary import clause_words, firm_words, heads, level_at
from .places import gazetteer
from .records import OrganizationMention
from .words import PhraseTrie, Word

# The rule of a mention found here.
HEADLESS = "org_brand_cues.txt: a foreign brand after a cue, in a list of bodies or before Việt Nam"

# "Covid-19", "Sars-CoV-2": a word with a number after a dash names a disease or a model, no firm.
_NUMBERED = re.compile(r"[-–]\d")

# "Batdongsan.com.vn", "Kitco.com": a firm or site named by its domain, capitalised as a name (the
# studied gold lists every such one; a domain in lower case is a photo credit or an address line;
# a state portal, ".gov.vn", is a place to file, no actor).
_DOMAIN = re.compile(r"[A-Z][A-Za-z0-9-]+\.(?:com\.vn|com|net|vn)")


@lru_cache(maxsize=1)
def _cues() -> PhraseTrie:
    """The cue words (org_brand_cues.txt, above its nouns for firms listed)."""
    return PhraseTrie((c, c) for c in load_sections("org_brand_cues.txt")[0])


@lru_cache(maxsize=1)
def _firm_nouns() -> PhraseTrie:
    """Nouns for firms a list of their names follows ("các hãng như …"): the cues and the nouns
    listed for it in org_brand_cues.txt."""
    cues, firm_nouns = load_sections("org_brand_cues.txt")[:2]
    return PhraseTrie((c, c) for c in cues + firm_nouns)


# Words that open a list of examples or members right after a noun ("các hãng lớn như …").
_LIST_OPENERS = {"như", "gồm", "là"}


def _firms_listed(words: list[Word], k: int) -> bool:
    """A list of firms opens right before words[k]: "như", "gồm" or "là" after a noun for firms
    and at most three lower-case words ("các tập đoàn xe hơi lớn như …", "3 nhà mạng lớn gồm …")."""
    if k < 2 or words[k - 1].lower not in _LIST_OPENERS:
        return False
    nouns = _firm_nouns()
    for p in range(max(0, k - 6), k - 1):
        found = nouns.match(words, p)
        if found is not None and p + found[0] <= k - 1 and k - 1 - (p + found[0]) <= 3 \
                and all(w.text.islower() and w.text.isalpha() for w in words[p:k - 1]):
            return True
    return False


@lru_cache(maxsize=1)
def _initials_cues() -> PhraseTrie:
    """Cue words before initials in capitals only ("Theo MBS, …"; org_brand_cues.txt)."""
    initials_cues = load_sections("org_brand_cues.txt")[2]
    return PhraseTrie((c, c) for c in initials_cues)


@lru_cache(maxsize=1)
def _functions() -> frozenset[str]:
    """Words that are no brand: a department or trade after a post (post_brand_posts.txt), a
    person's or a post's initials (org_brand_cues.txt)."""
    _, functions = load_sections("post_brand_posts.txt")
    not_brands = load_sections("org_brand_cues.txt")[3]
    return frozenset(functions + not_brands) | _prefixes()


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Words that are no brand alone but open one when a foreign word follows ("PV GAS", "PV
    Drilling"; not "PV Dân trí", the reporter; org_brand_cues.txt)."""
    return frozenset(load_sections("org_brand_cues.txt")[4])


def _foreign(w: Word, after: Word | None) -> bool:
    """A word written as a brand is: capitalised, no Vietnamese syllable, place, country or
    department word, no number after a dash ("Covid-19")."""
    text = w.text
    if w.abbreviation or w.in_title_word or not text[:1].isupper() or not text.replace("-", "").replace("&", "").isalpha():
        return False
    if after is not None and after.text in ("-", "–") or _NUMBERED.search(text):
        return False
    if text.lower() in _prefixes() and after is not None and after.text[:1].isupper() and foreign_word(after.text):
        return True  # "PV GAS", not "PV Dân trí"
    return foreign_word(text) and text.lower() not in _functions()


# The word before a ":" that opens a photo credit, a source or an address line ("Ảnh: AFP", "Nguồn:
# Reuters", "Website: Dorvex.vn").
_CREDIT_WORDS = {"ảnh", "nguồn", "video", "clip", "photo", "website"}


def _credited(words: list[Word], k: int, j: int) -> bool:
    """Whether words[k:j] stand in a photo credit or the closing line of sources ("(Ảnh: AFP)",
    "Nguồn: Reuters", a line "Theo Sputnik"), which GOLD.md leaves out."""
    p = k - 1
    while p > 0 and words[p].text in _SOURCE_JOINTS and _capitalised(words[p - 1]):
        # "Ảnh: Getty, AFP", "Theo New York Times, SCMP": back over the whole name before this one
        q = p - 1
        while q > 0 and _capitalised(words[q - 1]) and not _theo(words[q]):
            q -= 1
        p = q if _theo(words[q]) else q - 1
    if p > 0 and words[p].text == ":" and words[p - 1].lower in _CREDIT_WORDS:
        return True
    # "Theo Sputnik" on a line of its own, or glued to the author's name before it ("Minh PhươngTheo Reuters")
    return p >= 0 and _theo(words[p]) and all(_capitalised(w) for w in words[:p]) and _sources_only(words[j:])


# What joins the sources of a credit or a closing line ("Theo PhnomPenh Post, Bangkok Post", "Theo X/Y").
_SOURCE_JOINTS = (",", "/", "và", ";")


def _theo(w: Word) -> bool:
    """The "Theo" that opens a closing source line, alone or glued to the author's name before it."""
    return w.lower == "theo" or w.text.endswith("Theo") and len(w.text) > 4


def _site(words: list[Word], k: int) -> bool:
    """A domain at words[k] named as a website ("trang web Sonymobile.com", "trang FIFA.com") or
    closing a source line ("Theo Thu Hà / VietQ.vn"): a place to read, not an actor."""
    return k > 0 and words[k - 1].text == "/" or any(x.lower == "trang" for x in words[max(0, k - 4):k])


def _capitalised(w: Word) -> bool:
    """A word that goes on a brand's run: capitalised or in capitals, not an expanded abbreviation."""
    return (w.text[:1].isupper() or w.is_upper_word) and not w.abbreviation \
        and any(c.isalpha() for c in w.text)


def _run_end(words: list[Word], k: int, names: set[int]) -> int:
    """Where the capitalised run of a brand at words[k] ends ("Samsung SDI", "Hanwha Energy Việt
    Nam"): before a lower-case word, a punctuation mark, a person or another body's head; it goes
    on over "&" ("William Grant & Sons") and, after a firm's word, over "of" ("Bank of America":
    "Bank" alone names no firm)."""
    j = k + 1
    while j < len(words):
        if (words[j].text == "&" or words[j].text == "of" and words[j - 1].text in firm_words()) \
                and j + 1 < len(words) and _capitalised(words[j + 1]) and j + 1 not in names:
            j += 1
        elif not (_capitalised(words[j]) and j not in names and not heads().match(words, j) and not level_at(words, j)):
            break
        j += 1
    return j


def _after_cue(words: list[Word], k: int, cues: PhraseTrie | None = None) -> bool:
    """A cue word (of `cues`, by default the brand cues) ends right before words[k]."""
    return (cues or _cues()).ends_before(words, k, 5)


# The last words of the cues whose noun may stand a few words before them ("báo cáo … của",
# "nhà kinh tế … tại").
_LINKS = ("của", "tại")


@lru_cache(maxsize=1)
def _linked_nouns() -> PhraseTrie:
    """The nouns of the brand cues that end in "của" or "tại" ("báo cáo", "đối tác", "nhà kinh
    tế"), each with the link words it takes."""
    links: dict[str, set[str]] = {}
    for cue in load_sections("org_brand_cues.txt")[0]:
        noun, _, link = cue.rpartition(" ")
        if noun and link in _LINKS:
            links.setdefault(noun, set()).add(link)
    # a trading partner is a country's or a capital's ("đối tác thương mại lớn của Tehran"): no cue
    return PhraseTrie([(n, frozenset(ls)) for n, ls in links.items()] + [("đối tác thương mại", frozenset())])


# How many words may stand between a cue's noun and its "của" ("báo cáo Wealth Report 2021 của").
_OF_GAP = 4
# Words that open a complement or a second noun between the noun and "của": the "của" is then
# theirs ("báo cáo về sức khỏe của Messi", "một giám đốc bán hàng và mẹ của …"), not the cue's.
_COMPLEMENT = {"về", "cho", "với", "tại", "trong", "từ", "trên", "theo", "và", "hoặc", "cùng"}


def _after_far_cue(words: list[Word], k: int) -> bool:
    """A cue's noun and at most four more words, no punctuation, end on its "của" or "tại" right
    before words[k] ("theo báo cáo Wealth Report 2021 của Knight Frank", "đối tác độc quyền của
    Mercer", "nhà kinh tế trưởng Ấn Độ tại Nomura")."""
    if k < 2 or words[k - 1].lower not in _LINKS:
        return False
    nouns = _linked_nouns()
    for p in range(max(0, k - 2 - _OF_GAP - 3), k - 1):
        found = nouns.match(words, p)
        if found is not None and words[k - 1].lower in found[1] and k - 1 - (p + found[0]) <= _OF_GAP \
                and all(w.text.isalnum() and w.lower not in _COMPLEMENT for w in words[p + found[0]:k - 1]):
            return True
    return False


@lru_cache(maxsize=1)
def _described_nouns() -> PhraseTrie:
    """Nouns a firm's trade may follow before its name (org_described_nouns.txt)."""
    return PhraseTrie((n, n) for n in load_list("org_described_nouns.txt"))


# How many words of a trade may stand between the noun and the name ("hãng nghiên cứu thị trường GfK",
# "công ty tư vấn ô tô ZoZo Go": a trade of two words is four syllables).
_TRADE_GAP = 4
# Words that make the gap a clause or a complement, not a trade: the name after them is then
# another's ("công ty mà VPBank", "ngân hàng ở Madrid", "tập đoàn đối tác như Ford").
_NO_TRADE = _COMPLEMENT | {"của", "như", "là", "mà", "ở", "được", "đã", "đang", "sẽ", "này", "đó", "nào", "còn", "gồm"}


def _after_described_noun(words: list[Word], k: int, least: int = 0) -> bool:
    """A firm's noun and up to four lower-case words of its trade (at least `least`) end right
    before words[k] ("hãng hàng không US Airways", "cơ quan nghiên cứu Socis", "chủ đầu tư Sun
    Group", "công ty tư vấn ô tô ZoZo Go"), the trade closed by the firm's home country, if any
    ("hãng điện tử Nhật Bản Korvaki", "tập đoàn Hàn Quốc Dunmore Heavy"; not after "cơ quan", whose
    chief's name follows its country as often: "Giám đốc cơ quan hàng hải Đài Loan Weiming Chao")."""
    nouns = _described_nouns()
    home = _home_before(words, k)
    for p in range(max(0, k - 2 - _TRADE_GAP - 1 - home), k):
        found = nouns.match(words, p)
        if found is None or p + found[0] > k - least or k - home - p - found[0] > _TRADE_GAP \
                or p > 0 and _capitalised(words[p - 1]) or home and found[1] == "cơ quan":
            continue
        gap = words[p + found[0]:k - home]
        # not a legal form written short ("công ty CP QT Construction": the firm's full name, read elsewhere)
        if all(w.text.isalpha() and w.text.islower() and not w.abbreviation and w.lower not in _NO_TRADE
               and w.lower not in clause_words() for w in gap):
            return True
    return False


def _home_before(words: list[Word], k: int) -> int:
    """Words of a foreign country written out right before words[k] ("Mỹ", "Nhật Bản"), or 0."""
    countries = gazetteer().countries
    return next((n for n in (2, 1) if k - n >= 1 and all(w.is_title for w in words[k - n:k])
                 and " ".join(w.text for w in words[k - n:k]) in countries - {"Việt Nam"}), 0)


@lru_cache(maxsize=1)
def _apposed_nouns() -> PhraseTrie:
    """Nouns for a firm that may describe its name right after it (org_described_nouns.txt and
    org_apposed_nouns.txt)."""
    return PhraseTrie((n, n) for n in load_list("org_described_nouns.txt") + load_list("org_apposed_nouns.txt"))


# What links a name to the noun describing it: a comma or a dash, or "là" after an adverb or none.
_APPOSITION = {",", "-", "–"}
_BEFORE_LA = {"hiện", "cũng", "đang", "vốn", "vẫn", "chính"}
# A count before the noun ("một công ty", "hai nhà sản xuất", "các hãng").
_COUNTS = {"một", "hai", "ba", "các"}


# Words before a place ("tại London"), and a "Theo" glued to the source it opens.
_PLACE_LINKS = {"tại", "ở"}
_GLUED_THEO = re.compile(r"Theo[A-Z]")
# Words after a noun that make it a clause's subject, not a description ("…, công ty này đã …").
_CLAUSE_AFTER_NOUN = {"này", "đó", "khi", "đã", "sẽ", "đang", "cũng", "vẫn", "phải", "cần", "có", "được",
                      "bị", "không", "chưa", "cho", "và", "muốn", "nào", "của", "từng", "luôn", "lại"}


def _described_after(words: list[Word], k: int, j: int) -> bool:
    """A noun for a firm describes the run words[k:j] right after it, in apposition or after
    "là" ("Archegos, công ty môi giới …", "Pfizer - công ty đã phát triển …", "Vivo là hãng có …",
    "Din Han Enterprise, một hãng sản xuất …")."""
    if k > 0 and (_capitalised(words[k - 1]) or words[k - 1].lower in _PLACE_LINKS) \
            or _GLUED_THEO.match(words[k].text):
        # the tail of a longer name ("Bò Lế Rồ - chuỗi …"), a place ("… tại London là đơn vị …"),
        # a source line glued to its "Theo" ("TheoJanes, hãng tin …")
        return False
    p, apposed = j, j < len(words) and words[j].text in _APPOSITION
    if apposed:
        p += 1
    else:
        if p < len(words) and words[p].lower in _BEFORE_LA:
            p += 1
        if p >= len(words) or words[p].lower != "là":
            return False
        p += 1
    # "các" after a comma opens the next clause ("… cấm sử dụng GMS, các hãng smartphone …")
    counted = p < len(words) and words[p].lower in _COUNTS and not (apposed and words[p].lower == "các")
    p += counted
    found = _apposed_nouns().match(words, p)
    # the noun itself, not a name opening on it ("…, Công ty Cổ phần …": a second body)
    if found is None or not words[p].text.islower():
        return False
    if not apposed or counted:
        return True
    # after a comma the noun may open the next clause as its subject ("Với Landing Page tích hợp
    # CRM, doanh nghiệp khi chuyển sang …"): a description goes on in lower case, no clause word
    after = words[p + found[0]] if p + found[0] < len(words) else None
    return after is not None and after.text.isalpha() and after.text.islower() \
        and after.lower not in _CLAUSE_AFTER_NOUN and after.lower not in clause_words()


def _quoted_source(words: list[Word], k: int, j: int, surnames: Surnames) -> bool:
    """A firm or paper quoted as a source, words[k:j] between a cue and a comma: initials in
    capitals ("Theo MBS, thị trường …", "theo EVN HCMC, …"), one foreign word the article never
    writes as a person's last name ("Theo Forbes, …"; not "Theo Carter, …" after "Aaron Carter")
    or a name closed by a paper's or firm's word ("Theo Daily Mail, …", org_source_tails.txt)."""
    if not (j < len(words) and words[j].text == "," and _after_cue(words, k, _initials_cues())):
        return False
    # a foreign word after a cue inside a clause may be a place ("mô phỏng theo Venice, …")
    opening = k < 2 or words[k - 2].text == "," or words[k - 2].text[:1].isupper()
    source = all(w.is_upper_word for w in words[k:j]) or j == k + 1 and opening and words[k].text not in surnames \
        or j > k + 1 and opening and words[j - 1].text in source_tails()  # "Theo Daily Mail, …"
    return source and not _sources_only(words[j + 1:])



def _firm_named(words: list[Word], k: int, j: int) -> bool:
    """A run words[k:j] of foreign words that ends on a firm's word, or on one and a legal form in
    capitals ("Fortress Investment Group", "Deutsche Bank AG", "Martarello Group S.R.L"): a firm's
    name, no person's or place's; not the tail of a longer name ("Hong Kong Airlines", "Bank of
    America Securities", "… Institute of Technology"), nor a title ("Market Research Report")."""
    last = max((i for i in range(k + 1, j) if words[i].text in firm_words()), default=None)
    if last is None or any(w.text.upper() != w.text for w in words[last + 1:j]) \
            or j < len(words) and words[j].text == "of":
        return False
    before = words[k - 1] if k > 0 else None
    # a capitalised word before the run: the sentence's first, Vietnamese, no place ("Theo …")
    return before is None or not (_capitalised(before) or before.text in ("&", "of", "-", "–")) \
        or k == 1 and not foreign_word(before.text) and not _place_at(words, 0)


def _plain_firm(words: list[Word], k: int, names: set[int]) -> bool:
    """A run at words[k] in letters that a firm's word closes ("Sun Group", "Hoa Sen Group", "Sài
    Đồng Land", "Đức Dương Group"): its words may be Vietnamese syllables, with or without their
    marks, the firm's word makes it a firm's name. At a sentence's start the run opens on its
    second word after a link or before a foreign word ("Theo Lindqvist Economics, …", "Còn General
    Motors …"), else on its first ("Hải Phát Land: 0888 …", no "Phát Land")."""
    w = words[k]
    if not (w.is_title and w.text.isalpha()) or w.abbreviation or w.in_title_word \
            or k > 1 and _capitalised(words[k - 1]):
        return False
    if k <= 1 and (k == 0) == (len(words) > 1 and (words[0].lower in BRAND_LINKS or foreign_word(words[1].text))):
        return False  # the run opens on the sentence's second word only after a link or before a foreign word
    j = _run_end(words, k, names)
    return j > k + 1 and words[j - 1].text in firm_words() and all(x.text.isalpha() for x in words[k:j])


def _sources_only(words: list[Word]) -> bool:
    """Nothing but more names after a quoted source: the closing line of the sources a story was
    taken from ("Theo CNA, Reuters"), which GOLD.md leaves out, not a statement ("Theo AP, các …")."""
    return all(_capitalised(w) or w.text in _SOURCE_JOINTS or w.text == "." for w in words)


def _honorific_at(words: list[Word], k: int) -> bool:
    """A title or honorific at words[k] or right before it ("GS", "HLV", "ông")."""
    from .names import honorifics  # names reads organisation heads: imported here, not at the top

    return honorifics().match(words, k) is not None or k > 0 and honorifics().match(words, k - 1) is not None


# What goes on from an item of a list: another item or its end.
_LIST_GOES_ON = {",", "và", ";", "…", "...", ")"}


def _listed(words: list[Word], k: int, j: int, ends: set[int], chained: set[int]) -> bool:
    """Whether the run words[k:j] is an item of a list of bodies: right after another body and a
    comma or "và", and followed by another item ("Samsung SDI, Crucial Tec,") or after an item
    read so ("…, Hana Micron thuộc KCN"); not a clause after a body ("Theo Page Six, Millie …")."""
    if k < 2 or words[k - 1].text not in (",", "và") or words[k - 2].end not in ends:
        return False
    if words[k - 1].text == "và" or words[k - 2].end in chained:
        return True
    if j >= len(words) or words[j].text not in _LIST_GOES_ON:
        return False
    after = words[j + 1] if j + 1 < len(words) else None  # "Đại học Skidmore, New York, Mỹ": places
    return words[j].text != "," or after is not None and after.text[:1].isupper() and not _place_at(words, j + 1)


def _opens_list(words: list[Word], k: int, j: int, starts: set[int]) -> bool:
    """Whether the run words[k:j] is an item of a list that another brand, a body, closes: "và"
    and that body right after it, or after further foreign runs joined by commas ("Luxshare và
    GoerTek, hai nhà sản xuất …", "xếp sau Hewlett-Packard, Dell, Acer và Lenovo"): the items of
    one list are of one kind. The joint is "và", never a comma alone ("Tại CES, Samsung …": a
    clause); the run is no name's tail ("Mỹ Latinh và Samsung") and the closing body no
    Vietnamese one ("trận đấu của Kiatisuk và Câu lạc bộ …": a coach)."""
    if k > 0 and _capitalised(words[k - 1]):
        return False  # the tail of a longer name ("Mỹ Latinh và Samsung")
    p = j
    while p < len(words) and words[p].text == "," and p + 1 < len(words) \
            and _foreign(words[p + 1], words[p + 2] if p + 2 < len(words) else None):
        p = _run_end(words, p + 1, set())
    if not (p + 1 < len(words) and words[p].text == "và" and words[p + 1].start in starts):
        return False
    # a brand closes the list, no Vietnamese body ("Kiatisuk và Câu lạc bộ HA Gia Lai": a coach,
    # "Trung tâm … mang tên Burnazyan và Viện …": the tail of a name)
    last = words[p + 1]
    return _latin([last]) and _capitalised(last) and not heads().match(words, p + 1)


def _closes_list(words: list[Word], k: int, j: int) -> bool:
    """Initials words[k:j] in plain Latin capitals right after "và", the last item of a list of
    bodies ("… Pacific Airlines và VASCO vừa công bố", "Vietcombank và FWD triển khai")."""
    return words[k - 1].text == "và" and _latin(words[k:j]) and all(x.is_upper_word for x in words[k:j])


def _dash_described(words: list[Word], k: int) -> bool:
    """One foreign word and a spaced dash, a firm's noun after it ("Evergood - một đơn vị …"):
    `_foreign` takes no word before a dash, most often a name's or a number's own ("Covid-19")."""
    w = words[k]
    return k + 1 < len(words) and words[k + 1].text in ("-", "–") and words[k + 1].start > w.end \
        and w.text[:1].isupper() and w.text.isalpha() and not w.abbreviation and foreign_word(w.text) \
        and w.text.lower() not in _functions() and _described_after(words, k, k + 1)


def _place_at(words: list[Word], k: int) -> bool:
    """A place or country of the gazetteer written at words[k] (one to three words)."""
    places = gazetteer()
    return any(" ".join(w.text for w in words[k:k + n]) in places.places for n in (1, 2, 3))


@lru_cache(maxsize=1)
def _verbs() -> tuple[PhraseTrie, PhraseTrie]:
    """A firm's verbs, the value True on those that make a firm of initials only, and the adverbs
    that may come before them (org_brand_verbs.txt)."""
    verbs, initials, adverbs = load_sections("org_brand_verbs.txt")
    return PhraseTrie([(v, False) for v in verbs] + [(v, True) for v in initials]), \
        PhraseTrie((v, v) for v in adverbs)


@lru_cache(maxsize=1)
def _posts() -> PhraseTrie:
    """A firm's posts before its initials (org_brand_posts.txt)."""
    return PhraseTrie((p, p) for p in load_list("org_brand_posts.txt"))


def _latin(words: list[Word]) -> bool:
    """Words in plain Latin letters: no Vietnamese letter glued on ("DOJIbáo" lost its space)."""
    return all(w.text.isascii() for w in words)


def _firm_subject(words: list[Word], k: int, j: int) -> bool:
    """The run words[k:j] opens a clause and a firm's verb follows it, after at most two adverbs
    ("Trong quý I, Dorvex đã ghi nhận lỗ …", "Kessler cũng đóng cửa …"), or initials in capitals
    are the subject of a verb a person does as often ("Theo đó, KTX công bố …")."""
    if k > 0 and words[k - 1].text not in (",", ":", "(", "\"", "“") or not _latin(words[k:j]):
        return False
    verbs, adverbs = _verbs()
    p = j
    for _ in range(2):
        found = adverbs.match(words, p)
        p += found[0] if found else 0
    found = verbs.match(words, p)
    return found is not None and (not found[1] or all(w.is_upper_word for w in words[k:j]))


def _after_theo(words: list[Word], k: int) -> bool:
    """A source quoted after "Theo" ends right before words[k] ("Theo trang Forbes, Nick và …"):
    a clause follows it, not a list of firms."""
    return any(x.lower == "theo" for x in words[max(0, k - 3):k])


def _candidates(s, taken: list[tuple[int, int]], known: set[str], surnames: Surnames):
    """(first word, end word) of each brand in sentence `s` outside the spans `taken`: after a cue,
    listed after another body or, once `known`, anywhere."""
    words = s.words
    names = {k for b, e in s.names if e - b >= 2 for k in range(b, e)}
    at = {w.start: i for i, w in enumerate(words)}
    # where a body ends: a brand listed after it is one too, but not after a quoted source
    ends = {e for b, e in taken if b not in at or not _after_theo(words, at[b])}
    chained: set[int] = set()  # where a brand read as an item of a list ends
    # where a body opens: a foreign run listed before it is one too ("Luxshare và GoerTek")
    starts = {b for b, e in taken if b not in at or not _after_theo(words, at[b])}
    k = 0
    while k < len(words):
        w = words[k]
        # the cheap test first: most words are no foreign brand
        domain = _DOMAIN.fullmatch(w.text) is not None and not _site(words, k)
        # "hãng xây dựng Mỹ Quenton Martin": after a firm's noun and its home country a run that
        # reads as a person's name is the firm's (an agency's chief is left out there)
        homed = k in names and _home_before(words, k) and _after_described_noun(words, k)
        side = match_side(words, k)  # "Leeds 2-1 Burnley", "trận Everton - Leeds": a club, a city too
        if not (domain or side or _foreign(w, words[k + 1] if k + 1 < len(words) else None) or _plain_firm(words, k, names)
                or _dash_described(words, k)) \
                or k in names and not homed and not side \
                or any(b <= w.start < e for b, e in taken) or _honorific_at(words, k):
            k += 1
            continue
        j = side or _run_end(words, k, set() if homed else names)
        run = " ".join(x.text for x in words[k:j])
        # "Ở ĐH FPT, SV …": no list; initials close one after "và" ("Vietnam Airlines, Pacific Airlines và VASCO")
        listed = _listed(words, k, j, ends, chained) and (not w.is_upper_word or _closes_list(words, k, j))
        # "Deutsche Bank, Fortress và Trump" after "Donald Trump": a person's last name, no firm's
        listed = listed and not (j == k + 1 and w.text in surnames) and not person_listed(words, k, j, surnames)
        # "Nielsen Việt Nam": a foreign firm's arm here, not the tail of a longer name or initials ("GDP Việt Nam")
        local = run.endswith((" Việt Nam", " Vietnam")) and w.is_title and (
            k == 0 or not (_capitalised(words[k - 1]) or words[k - 1].text in ("&", "-")))  # "Ernst & Young"
        listed = listed or _firms_listed(words, k)  # "các hãng như Fordham, …": the list's items follow
        listed = listed or _opens_list(words, k, j, starts) and not w.is_upper_word \
            and not (j == k + 1 and w.text in surnames) and not surnames.addressed(words[j - 1].text) \
            and not (j > k + 1 and surnames.alone(words[j - 1].text, words[j - 2].text))
        # a well-known name is no tail of a longer one ("John Philips", a person)
        famous = run in well_known() and not (k > 0 and words[k - 1].is_title and not words[k - 1].is_upper_word
                                               and foreign_word(words[k - 1].text))
        side = side and not (j == k + 1 and w.text in surnames) and not person_named(words, k, j, surnames)
        if not (listed or side or run in known or (domain or famous) and not _credited(words, k, j)
                or _after_cue(words, k) or _after_far_cue(words, k) or _after_described_noun(words, k) or local or _firm_named(words, k, j)
                or _firm_subject(words, k, j) or all(x.is_upper_word for x in words[k:j]) and _latin(words[k:j]) and _after_cue(words, k, _posts())
                or _quoted_source(words, k, j, surnames)
                or _described_after(words, k, j) and not person_named(words, k, j, surnames)) \
                or after_product(words, k) and not _after_described_noun(words, k, least=1) \
                or j < len(words) and j in names:  # "chương trình Shark Tank": a show; "Park Hang Seo": a person
            k += 1
            continue
        yield k, j
        if not _after_theo(words, k):
            ends.add(words[j - 1].end)
        if listed:
            chained.add(words[j - 1].end)
        k = j


def headless_brands(sentences, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """Mentions of firms named by a foreign brand alone, that no other mention covers."""
    found: list[OrganizationMention] = []
    known: set[str] = set()
    surnames = Surnames(sentences)
    for second in (False, True):  # a brand found anywhere is one wherever the article writes it
        if second and not known:
            break  # nothing known: the second pass would find what the first did, nothing
        for s in sentences:
            if s.shouting:
                continue
            taken = [(m.start, m.end) for m in mentions + found if s.holds(m.start)]
            for k, j in _candidates(s, taken, known if second else set(), surnames):
                if k > 0 and s.words[k - 1].text == "The" and "The " + s.words[k].text in well_known():
                    k -= 1  # "The Guardian": "The" is a Vietnamese syllable too, no brand's first word
                elif _initial_before(s.words, k) and s.words[j - 1].text in firm_words():
                    k -= 2  # "J. Tune Entertainment": the founder's initial opens the firm's name
                found.append(s.mention(k, j, HEADLESS))
                known.add(found[-1].name)
    return mentions + _with_legal_forms(found)


def _initial_before(words: list[Word], k: int) -> bool:
    """A single capital letter and its full stop, glued, right before words[k] ("J. Tune …")."""
    return k >= 2 and words[k - 1].text == "." and len(words[k - 2].text) == 1 and words[k - 2].text.isupper() \
        and words[k - 2].end == words[k - 1].start and (k == 2 or words[k - 3].text not in (".", "!", "?"))


def _with_legal_forms(found: list[OrganizationMention]) -> list[OrganizationMention]:
    """A firm's name written again without the legal form in capitals that closed it ("Martarello
    Group" after "Martarello Group S.R.L"): one body, named in full."""
    names = {m.name for m in found}
    for m in found:
        if m.name.split()[-1] in firm_words():
            longer = [n for n in names if n.startswith(m.name + " ") and n[len(m.name):].isupper()]
            if len(longer) == 1:
                m.name = longer[0]
    return found
