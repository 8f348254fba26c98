"""Firms named by their brand ("Viettel", "Bamboo Airways", lexicons/org_brands.txt, heads of scope
"brand" that need no name after them), and the short names an article gives its bodies, so that a
brand and the full name it stands for are one body."""

import re
from functools import lru_cache

from .lexicons import is_vietnamese_syllable, load_list, load_set, vietnamese_words
from .org_vocabulary import heads, inner_words
from .places import gazetteer
from .records import OrganizationMention
from .words import PhraseTrie, Word, sentence_words


def foreign_word(text: str) -> bool:
    """Whether a capitalised word can open a foreign brand: no Vietnamese syllable, no place or
    country of the gazetteer ("Samsung", "Vietravel"; not "Minh" nor "Mỹ")."""
    return not is_vietnamese_syllable(text) and text not in gazetteer().places


@lru_cache(maxsize=1)
def _brands() -> dict[str, str]:
    return {b.lower(): b for b in load_list("org_brands.txt")}


def brand_length(words: list[Word], i: int) -> int:
    """Words of a brand at words[i] (org_brands.txt, a head of scope "brand"), or 0."""
    found = heads().match(words, i)
    return found[0] if found and found[1] == "brand" else 0


def is_brand(name: str) -> bool:
    """A canonical name that is a brand alone ("Viettel"), no branch or place after it."""
    return name.lower() in _brands()


@lru_cache(maxsize=1)
def _products() -> PhraseTrie:
    return PhraseTrie((p, p) for p in load_list("org_brand_products.txt"))


def after_product(words: list[Word], i: int) -> bool:
    """A product noun right before words[i] ("xe VinFast", "sim Viettel"): the brand there is a
    thing bought, not the firm; not the last syllable of another noun ("chuỗi nhà hàng Dairy
    Queen", "ngân hàng Vietcombank": "hàng" is goods only alone)."""
    products = _products()
    for p in range(max(0, i - 2), i):
        found = products.match(words, p)
        if found is None or p + found[0] != i:
            continue
        compound = p > 0 and " ".join(w.lower for w in words[p - 1:i]) in vietnamese_words() \
            and products.match(words, p - 1) is None  # "xe ô tô" stays a product
        if not compound:
            return True
    return False


# A stock's ticker as a market round-up writes it: three capital letters ("HPG", "VCB").
_TICKER = re.compile(r"[A-Z]{3}")


def in_ticker_list(words: list[Word], i: int) -> bool:
    """A brand in capitals among a market round-up's tickers ("REE tăng 5,1%; PNJ tăng 2,4%; GAS,
    SSI, VRE đều tăng"): the firm's stock, which the gold leaves out, not the firm acting. Two
    tickers no brand within ten words of it tell the round-up from a list of firms ("các thương
    hiệu DOJI, SJC, PNJ")."""
    if not words[i].text.isupper():
        return False
    near = words[max(0, i - 10):i] + words[i + 1:i + 11]
    return sum(1 for w in near if _TICKER.fullmatch(w.text) and not is_brand(w.text)) >= 2


# A body named by its initials alone ("WHO", "UNICEF").
_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&]+")

# "(Sacombank)", "(HDBank - mã: HDB)": an abbreviation in brackets right after a name.
BRACKETED = re.compile(r"\s*\(\s*([^\s()\-–,;:][^()\-–,;:]*?)\s*[)\-–,;:]")


# "Tổng CTCP Bia rượu nước giải khát Hà Nội - Habeco (Mã CK: BHN)": a brand after a dash closing a name.
DASHED = re.compile(r"\s*[-–]\s*([^\s()\-–,;:.][^()\-–,;:.]*?)\s*[(),;:.]")


def short_name_after(text: str) -> tuple[str | None, bool]:
    """The short name written right after a body's name, and whether it is in brackets (a brand
    after a dash gives way to a bracketed one: "ngân hàng Ngoại thương - Vietcombank" after
    "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)"); a place or another body in brackets says
    where the body is or what it belongs to ("Viện Brookings (Mỹ)", "Tổng cục … (Bộ Khoa học và Công
    nghệ)"), it is no short name."""
    found = BRACKETED.match(text)
    if found:
        return (None, False) if _where_or_whose(found.group(1)) else (found.group(1), True)
    found = DASHED.match(text)
    return (found.group(1), False) if found and is_brand(found.group(1)) else (None, False)


def _where_or_whose(said: str) -> bool:
    """A place ("Mỹ") or a body named by its head and name ("Bộ Y tế"), not a brand ("Sacombank")."""
    words = sentence_words(said, 0, len(said))
    head = heads().match(words, 0) if words and words[0].is_title else None
    return said in gazetteer().places or head is not None and head[1] != "brand" and head[0] < len(words)


def given_name(name: str) -> str | None:
    """The capitalised name a body's canonical name gives after its head and legal form ("Vinhomes"
    of "Công ty Cổ phần Vinhomes", "Vingroup" of "Tập đoàn Vingroup"), or None."""
    words = sentence_words(name, 0, len(name))
    head = heads().match(words, 0)
    if head is None:
        return None
    rest = words[head[0]:]
    while rest and rest[0].lower in inner_words():
        rest = rest[1:]  # "Cổ phần", "Trách nhiệm hữu hạn", "Một thành viên"
    if not rest or not all(w.text[:1].isupper() for w in rest):
        return None
    return " ".join(w.text for w in rest)


_FIRM_HEADS = frozenset({"công ty", "tổng công ty", "tập đoàn", "ngân hàng"})

# The English legal forms a brand is written with and still names the one firm ("Masan Group" is
# "Masan", "Tập đoàn Masan"); not a trade ("Samsung Electronics" is a second body beside "Samsung").
_LEGAL_FORMS = frozenset({"Group", "Corp", "Corporation", "Inc", "Ltd", "Limited", "Holdings", "JSC", "Co"})


def brand_of_form(name: str) -> str | None:
    """The brand of org_brands.txt a name writes with a legal form after it ("Masan" of "Masan
    Group"), or None."""
    brand, _, form = name.rpartition(" ")
    return brand if form in _LEGAL_FORMS and is_brand(brand) else None


# A club's suffixes: "Real Madrid CF", "Tottenham Hotspur", "Leeds United" name the club its short
# name does ("Real Madrid", "Tottenham"); a trade ("Siemens Healthineers") is a second body.
_CLUB_FORMS = frozenset({"FC", "CF", "AFC", "F.C", "Hotspur", "United", "Athletic", "Albion", "Rovers", "Wanderers"})


def written_with_legal_form(name: str, names) -> str:
    """The one name of `names` that writes `name` with a legal form after it ("William Grant &
    Sons Ltd" for "William Grant & Sons", "Transword Foods, Inc."), a club's suffix ("Real Madrid
    CF" for "Real Madrid") or that is the well-known name it opens ("Atletico Madrid" for
    "Atletico", org_foreign_brands.txt): the firm's or club's name in full, the canonical one
    (GOLD.md); `name` when none or two do."""
    longer = set()
    for n in names:
        rest = n[len(name):] if n.startswith(name) else ""
        if rest.startswith((" ", ", ")) and rest.lstrip(", ").rstrip(".") in _LEGAL_FORMS | _CLUB_FORMS \
                or rest.startswith(" ") and n in well_known() and rest[1:2].isupper():
            longer.add(n)
    return longer.pop() if len(longer) == 1 else name


def well_known() -> frozenset[str]:
    """Foreign firms, papers, agencies and clubs named with no cue (org_foreign_brands.txt)."""
    return load_set("org_foreign_brands.txt")


def with_legal_form_names(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """A firm named bare where the article also writes it once with its legal form: one body, the
    name with the form (written_with_legal_form); a name with a head is left to with_one_longer_name."""
    names = {m.name for m in mentions}
    for m in mentions:
        if _head_of(m.name) is None:
            m.name = written_with_legal_form(m.name, names)
    return mentions


def _head_of(name: str) -> str | None:
    """The head a canonical name opens with, lower case ("công ty"), or None."""
    words = sentence_words(name, 0, len(name))
    head = heads().match(words, 0)
    return " ".join(w.lower for w in words[:head[0]]) if head else None


def _tail_of_a_name(before: list[str]) -> bool:
    """Whether the words `before` a body end inside a longer name it closes ("… Khoa học và Văn
    hóa | Liên hợp quốc", "… Văn hóa của | Liên hợp quốc"); not a sentence's first word ("Theo"),
    nor a "của" after common words ("thống kê của | Quỹ Dân số Liên hợp quốc (UNFPA)")."""
    if not before or _post_closes(before):
        return False
    if before[-1].lower() == "của":
        return any(w[:1].isupper() for w in before[1:-1][-2:])
    return len(before) > 1 and (before[-1][:1].isupper() or before[-2][:1].isupper())


def _post_closes(before: list[str]) -> bool:
    """Whether the words `before` a body end on a post ("Tổng Giám đốc | Tổ chức Y tế Thế giới
    (WHO)", "Chủ tịch | Ủy ban …"): a post's capitals, not a longer name's first words."""
    from .org_vocabulary import post_length  # it reads the officials' posts: imported late

    text = " ".join(before[-6:])
    words = sentence_words(text, 0, len(text))
    return any(p + post_length(words, p) == len(words) for p in range(len(words)))


def with_brand_bodies(sentences, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """A brand or initials ("WHO") where the article also names the body that goes by it
    ("Vietinbank" after "Ngân hàng TMCP Công thương Việt Nam (Vietinbank)", "Vinhomes" after
    "Công ty Cổ phần Vinhomes"), and a head with that brand ("Ngân hàng Vietinbank"): one body,
    named in full; a foreign brand found without a head (org_headless) is such a brand too, and
    the one body with a head whose name it closes ("công ty Vinaland" after "Công ty Cổ phần đầu
    tư bất động sản Vinaland")."""
    from .context import sentence_at  # context reads short_name_after here: imported late
    from .org_headless import (  # it reads after_product here: imported late
        HEADLESS,
        headless_brands,
    )
    from .org_sectors import sector_firms  # beside org_headless, at its call

    mentions = headless_brands(sentences, sector_firms(sentences, mentions))
    bracketed: dict[str, dict[str, str]] = {}  # short name → the bodies it follows, by lower-case name
    dashed: dict[str, dict[str, str]] = {}  # the same after a dash, where no bracket gives that name
    given: dict[str, dict[str, str]] = {}
    initials: dict[str, dict[str, str]] = {}  # as bracketed, after a name read whole
    formed: dict[str, dict[str, str]] = {}  # a brand → its names with a legal form ("Masan Group")
    for m in mentions:
        s = sentence_at(sentences, m.start)
        alias, in_brackets = short_name_after(s.text[m.end - s.start:]) if s else (None, False)
        if alias:
            (bracketed if in_brackets else dashed).setdefault(alias.lower(), {}).setdefault(m.name.lower(), m.name)
        if alias and in_brackets and not _tail_of_a_name(s.text[:m.start - s.start].split()):
            initials.setdefault(alias.lower(), {}).setdefault(m.name.lower(), m.name)
        if not is_brand(m.name) and (short := given_name(m.name)) is not None:
            given.setdefault(short.lower(), {}).setdefault(m.name.lower(), m.name)
        if (short := brand_of_form(m.name)) is not None:
            formed.setdefault(short.lower(), {}).setdefault(m.name.lower(), m.name)
    bracketed = {**dashed, **bracketed}
    # the firms whose name could close on a foreign brand found alone: not a board or unit of
    # one ("Ban Lãnh đạo PVOIL")
    headed = {m.name for m in mentions if m.rule != HEADLESS and _head_of(m.name) in _FIRM_HEADS}
    for m in mentions:
        # not "… Văn hóa của Liên hợp quốc (UNESCO)": the bracket closes a longer name than the one read
        if _ACRONYM.fullmatch(m.name) and len(names := initials.get(m.name.lower(), {})) == 1:
            m.name = next(iter(names.values()))  # "WHO" after "Tổ chức Y tế Thế giới (WHO)"
            continue
        form_of = brand_of_form(m.name)  # "Masan Group": the brand "Masan", written with its legal form
        brand = is_brand(m.name) or m.rule == HEADLESS or form_of is not None
        short = form_of or (m.name if brand else given_name(m.name) or "")
        if not (is_brand(short) or m.rule == HEADLESS):
            # "Công ty VECE" after "Công ty CP dịch vụ … Việt Nam (VECE)": the short name it was given
            names = initials.get(short.lower(), {}) if short else {}
            if len(names) == 1 and _head_of(m.name) == _head_of(full := next(iter(names.values()))):
                m.name = full
            continue  # else only a brand, alone or after a head, stands for a body named in full
        names = bracketed.get(short.lower()) or (given.get(short.lower()) if brand else None) \
            or (formed.get(short.lower()) if brand and form_of is None else None)  # "Masan" beside "Masan Group"
        if names is not None and len(names) == 1:
            m.name = next(iter(names.values()))
        elif (m.rule == HEADLESS and not _ACRONYM.fullmatch(m.name)
              and len(closed := [n for n in headed if n.endswith(" " + m.name)]) == 1):
            # not initials ("SMBC" for a bank, not "Công ty Tài chính Tiêu dùng SMBC", its
            # subsidiary): they stand for a name of their own
            m.name = closed[0]  # "công ty Vinaland" after "Công ty Cổ phần đầu tư bất động sản Vinaland"
    return mentions


def names_brand(words: list[Word], k: int) -> bool:
    """A unit named after the brand at words[k]: at most three lower-case words of its trade before
    it ("thép", "không gian mạng"), none that links a clause to its object ("Ngân hàng dự kiến bán
    vốn cho Viettel", "ngân hàng số hiện đại như BIDV", "Công đoàn qua Vietinbank")."""
    before = words[max(0, k - 4):k]
    return not (len(before) == 4 and all(w.text[:1].islower() for w in before)) \
        and not any(w.lower in BRAND_LINKS for w in before[-3:])


# Words that make the brand after them an object, an example or a means, not the name of a unit
# ("thu kinh phí Công đoàn qua Vietinbank").
BRAND_LINKS = frozenset({"như", "cho", "của", "với", "là", "và", "qua", "tại", "từ", "về", "theo", "đến",
                          "sang", "bởi", "do", "trên", "vào", "gồm"})
