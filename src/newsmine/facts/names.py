"""Personal names in a sentence's words: a surname and more capitalised syllables, a place or
body name glued in front cut off, any capitalised run after an honorific ("ông", "đồng chí")."""

from functools import lru_cache

from .lexicons import load_list, load_set
from .org_brands import foreign_word
from .org_people import source_tails
from .org_vocabulary import post_length
from .organizations import heads, level_at
from .places import gazetteer
from .post_lexicon import posts, rank_length
from .words import PhraseTrie, Word, compound_length, lexicon_trie


def surnames() -> frozenset[str]:
    return load_set("surnames.txt")


@lru_cache(maxsize=1)
def _surname_rank() -> dict[str, int]:
    """Each family name's place in surnames.txt, which lists the commonest first."""
    return {name: rank for rank, name in enumerate(load_list("surnames.txt"))}


def honorifics() -> PhraseTrie:
    return lexicon_trie("honorifics.txt")


def _is_name_word(w: Word) -> bool:
    t = w.text
    return t[:1].isupper() and (len(t) == 1 or not t.isupper()) and not w.abbreviation \
        and (t.replace("'", "").isalpha() or _hyphenated(t))


def _hyphenated(t: str) -> bool:
    """A foreign name's syllables joined by hyphens, the later ones in lower case ("Jong-un",
    "Xi-phăn-đon") or each a capitalised foreign word ("Amir-Saeid", "Jean-Michel"), not two
    places joined ("Rịa-Vũng", "Việt-Đức")."""
    parts = t.split("-")
    return len(parts) > 1 and all(p.isalpha() for p in parts) and (
        all(p.islower() for p in parts[1:]) or all(p[1:].islower() and foreign_word(p) for p in parts))


def _surname_at(words: list[Word], k: int) -> bool:
    return words[k].text in surnames() or words[k].text.startswith("H'")


def find_names(words: list[Word]) -> list[tuple[int, int]]:
    """Spans (word indexes) of personal names: a surname and one to three more capitalised
    syllables; a place or body name glued in front ("… tỉnh Điện Biên Lò Văn Tiến") is cut off;
    after an honorific ("ông", "đồng chí", "TS.") any two to four capitalised syllables are a
    name, whatever the surname; single capitalised syllables are kept as possible short mentions."""
    names, k = [], 0
    while k < len(words):
        if not _is_name_word(words[k]):
            k += 1
            continue
        end = k
        # a capitalised syllable that opens a compound ("Mặt trận", "Xã hội") is not a name's
        while end < len(words) and _is_name_word(words[end]) and not (
                end + 1 < len(words) and words[end + 1].in_title_word):
            end += 1
        if end == k:
            k += 1
            continue
        end += _given_name_before_compound(words, k, end)
        post = posts().match(words, end - 1) if end - k >= 3 else None
        if post and post[0] >= 2:  # "bà Lò Thị Vân Phó Giám đốc Sở …": "Phó" opens the post, no comma
            end -= 1
        begin = k
        lead = honorifics().match(words, begin)
        if lead and begin + lead[0] < end and lead[0] == 1:
            begin += 1  # "Ông Vì Văn Hưng": the honorific opens the capitalised run
        if (lead and begin > k or _after_honorific(words, begin)) and (
                2 <= end - begin <= 4 or _long_foreign_name(words, begin, end)) \
                and " ".join(w.text for w in words[begin:end]) not in gazetteer().provinces \
                and not _opens_with_country(words, begin, end):
            names.append((begin, end))
        else:  # "Từ Viện Brookings", "Từ Hà Nội": a preposition opens the run
            names.extend(_names_in_run(words, begin + _preposition_before_body(words, begin, end), end))
        k = end
    return names


def _long_foreign_name(words: list[Word], begin: int, end: int) -> bool:
    """"ông Khăm Phăn Phôm Ma Thắt": five or six syllables after an honorific, opened by no
    Vietnamese surname and holding no post, body or level word, are one Lao or Khmer name."""
    return 5 <= end - begin <= 6 and not _surname_at(words, begin) and not any(
        _opens_post_or_body(words, m) for m in range(begin, end)) \
        and not any(" ".join(w.text for w in words[begin:begin + n]) in gazetteer().places for n in (2, 3))


_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})


def _foreign_name_before_post(words: list[Word], begin: int, end: int) -> bool:
    """A Lao or Khmer name of five or six syllables written without an honorific (listed after
    "có", or opening the sentence) right before its post: "Khăm Phăn Phôm Ma Thắt, Phó Tỉnh
    trưởng …"; no place of two or three words inside it ("Tại Hà Nội Nguyễn Văn A, …")."""
    if end + 1 >= len(words) or words[end].text not in (",", "-", "–", "(") \
            or not (posts().match(words, end + 1) or rank_length(words, end + 1)):
        return False
    places = gazetteer().places
    return _long_foreign_name(words, begin, end) and not any(
        " ".join(w.text for w in words[m:m + n]) in places for m in range(begin, end) for n in (2, 3) if m + n <= end)


def _foreign_name_opening_clause(words: list[Word], begin: int, end: int) -> int | None:
    """Where a foreign person quoted without an honorific begins: two capitalised words, no
    Vietnamese syllable, that open the sentence (after "Theo", "Ngoài": a Vietnamese word is no
    part of the name) or follow a closing quote and its comma ("”, Mark Salzberg, Chủ tịch …"),
    then a comma or a dash and their post ("Jeff Bezos - giám đốc điều hành …"). None opening a
    body or a post or naming a country, so a firm or a place before its own post stays out; None
    when there is no such name."""
    if end - begin == 3 and begin == 0 and not foreign_word(words[0].text):
        begin = 1
    if end - begin != 2 or end + 1 >= len(words) or words[end].text not in (",", "-", "–") or not (
            begin <= 1 and words[0].text[:1].isupper() or begin >= 2 and words[begin - 1].text == ","
            and words[begin - 2].text in _CLOSING_QUOTES or _after_quote_theo(words, begin)) \
            or not posts().match(words, end + 1):
        return None
    return begin if _foreign_holder(words, begin, end) else None


def _after_quote_theo(words: list[Word], begin: int) -> bool:
    """ "”, theo Bill Russo, Giám đốc …": the source of a quote named after it, "theo" opening the
    clause after the quote's comma, as a sentence-opening "Theo" does."""
    return begin >= 3 and words[begin - 1].text == "theo" and words[begin - 2].text == "," \
        and words[begin - 3].text in _CLOSING_QUOTES


def _foreign_name_after_post(words: list[Word], begin: int, end: int) -> bool:
    """Two capitalised words right after a post (or a post and a body's initials: "Tổng thư ký
    NATO", or the field it covers: "Bộ trưởng Quốc phòng"), the last no Vietnamese syllable,
    neither opening a body or a post: a foreign person written without an honorific ("Thủ tướng
    Pedro Sánchez"); three may be a firm and a name ("Giám đốc điều hành Apple Tim Cook"), and
    after a name's post in apposition ("Ông A, Chủ tịch Vietravel Airlines") the words are the
    body's: both are left alone."""
    korean = _korean_name(words, begin, end)
    if end - begin != 2 and not korean or begin < 1:
        return False
    ends = (begin - 2, begin - 1) if words[begin - 1].is_upper_word and begin >= 2 else (begin - 1,)
    start = next((p for post_end in ends for p in range(max(0, post_end - 5), post_end + 1)
                  if post_length(words, p) == post_end + 1 - p or _post_before(words, p, post_end + 1)), None)
    if start is None or not words[start].text[:1].isupper() or _post_of_name_before(words, start) \
            or _name_after(words, end) or any(
            _opens_post_or_body(words, m) for m in range(begin, end)):
        return False
    return korean or foreign_word(words[end - 1].text) and words[begin].text not in gazetteer().countries \
        and words[end - 1].text not in source_tails()  # "Phó Chủ tịch Man Utd": a club's name


def _korean_name(words: list[Word], begin: int, end: int) -> bool:
    """"HLV Park Hang Seo", "HLV Shin Tae Yong": a Korean name written in three capitalised
    syllables, a Korean family name (korean_surnames.txt) first, each plain ASCII letters (no
    Vietnamese syllable with its marks); its given syllables ("Hang", "Un") may read as Vietnamese
    words, so the last is not asked to be foreign."""
    return end - begin == 3 and words[begin].text in load_set("korean_surnames.txt") and all(
        w.text.isascii() and w.text.isalpha() and w.text[:1].isupper() and not w.text.isupper()
        for w in words[begin:end])


def _foreign_name_start(words: list[Word], begin: int, end: int) -> int | None:
    """Where a foreign name written without an honorific begins in the run words[begin:end], by
    what stands around it; None when nothing there marks one."""
    if _foreign_name_after_place_post(words, begin, end):
        return begin + 1  # "Thống đốc California Gavin Newsom": the state, then its governor
    if _foreign_name_before_post(words, begin, end):
        return begin  # "Khăm Phăn Phôm Ma Thắt, Phó Tỉnh trưởng …": no honorific, not "Ma Thắt"
    return _foreign_name_opening_clause(words, begin, end)  # "Theo John Carter, giám đốc …"


def _foreign_name_after_place_post(words: list[Word], begin: int, end: int) -> bool:
    """Three capitalised words after a post held over a place (place_posts.txt: "Thị trưởng",
    "Thống đốc"), a level word between them or none ("Thị trưởng thành phố Augsburg Eva Weber",
    "Thống đốc Bangkok Aswin Kwanmuang"): the first is the place, the two after it the holder;
    all three no Vietnamese syllable, none a country, nor opening a body or a post."""
    if end - begin != 3:
        return False
    level = next((b for b in (begin - 1, begin - 2) if b >= 0 and (level_at(words, b) or (0,))[0] == begin - b), begin)
    if not any(level - n >= 0 and " ".join(w.text for w in words[level - n:level]).lower() in load_set("place_posts.txt")
               for n in (2, 3)):
        return False
    return _foreign_holder(words, begin, end)


def _foreign_holder(words: list[Word], begin: int, end: int) -> bool:
    """words[begin:end] may be a foreign holder's name (or a foreign place before it): each no
    Vietnamese syllable, no country, opening no post or body."""
    return all(foreign_word(w.text) and w.text not in gazetteer().countries and not _opens_post_or_body(words, m)
               for m, w in enumerate(words[begin:end], begin))


def _opens_post_or_body(words: list[Word], m: int) -> bool:
    """A post, a body's head or a level word ("tỉnh", "thành phố") opens at words[m]."""
    return bool(posts().match(words, m) or heads().match(words, m) or level_at(words, m))


def _foreign_name_after_body(words: list[Word], begin: int, end: int) -> bool:
    """Two or three capitalised words after a comma that closes a post and the foreign body or
    country it serves ("Chủ tịch UEFA, Aleksander Ceferin", "Thủ tướng Anh, Boris Johnson"), the
    last no Vietnamese syllable, none opening a body or a post: the holder, written without an
    honorific (a Vietnamese name is found by its surname before this)."""
    if not 2 <= end - begin <= 3 or begin < 3 or words[begin - 1].text != ",":
        return False
    k = begin - 1
    while k > 0 and begin - 1 - k < 3 and words[k - 1].text[:1].isupper():
        k -= 1
    body = words[k:begin - 1]
    if not body or not any(_post_before(words, p, k) for p in range(max(0, k - 6), k)):
        return False
    body_text = " ".join(w.text for w in body)
    if not (foreign_word(body[0].text) or body[0].is_upper_word or body_text in gazetteer().countries):
        return False
    return foreign_word(words[end - 1].text) and words[begin].text not in gazetteer().countries and not any(
        _opens_post_or_body(words, m) for m in range(begin, end))


def _post_before(words: list[Word], p: int, k: int) -> bool:
    """A capitalised post opens at words[p] and runs to words[k], or it and the field it covers in
    up to four capitalised words that open no body do ("Bộ trưởng Công nghiệp Canada": the minister
    of industry)."""
    n = post_length(words, p)
    return n > 0 and words[p].text[:1].isupper() and p + n <= k and (p + n == k or k - p - n <= 4 and all(
        words[m].is_title and not (words[m].text[:1].isupper() and heads().match(words, m)) for m in range(p + n, k)))


def _post_of_name_before(words: list[Word], start: int) -> bool:
    """The post at words[start] follows a name, after a comma ("Ông A, Chủ tịch Vietravel Airlines";
    not in a list where that name has a post before it too: "Tổng Biên tập A, Giám đốc B"), a
    bracket or a dash."""
    if start >= 1 and words[start - 1].text in ("(", "-", "–") or start >= 2 and words[start - 2].text in ("(", "-", "–"):
        return True  # "Ed Woodward (Phó Chủ tịch Man Utd)", "ông Lee - cố Chủ tịch Samsung Electronics -"
    if start < 2 or words[start - 1].text != "," or not words[start - 2].text[:1].isupper():
        return False
    k = start - 2
    while k > 0 and words[k - 1].text[:1].isupper():
        k -= 1
    if k == start - 2 and not _after_honorific(words, k):
        return False  # "của Ankara, Tổng thư ký NATO Mark Rutte": one word alone names a place
    return not (k > 0 and post_length(words, k - 1) == 1 or any(
        post_length(words, p) == k - p or _post_before(words, p, k) for p in range(max(0, k - 6), k)))


def name_particles() -> frozenset[str]:
    return load_set("name_particles.txt")


def _name_after(words: list[Word], end: int) -> bool:
    """After the two words, a lower-case particle carries a foreign name on ("bin", "von":
    name_particles.txt), or a comma and a capitalised word that opens no post give the holder's
    name ("Chủ tịch Real Madrid, Florentino Perez"): the two words are not the whole name."""
    if end >= len(words):
        return False
    if words[end].text in name_particles():
        return True
    return words[end].text == "," and end + 1 < len(words) and words[end + 1].text[:1].isupper() \
        and not post_length(words, end + 1)


def _opens_with_country(words: list[Word], begin: int, end: int) -> bool:
    """"Phó Đô đốc Mỹ Bradley Cooper", "Hội đồng Giám mục Việt Nam": a country opens the run
    (a name of two or more may follow)."""
    return any(" ".join(w.text for w in words[begin:begin + n]) in gazetteer().countries
               for n in (1, 2, 3) if end - begin - n >= 2 or end - begin == n)


def _given_name_before_compound(words: list[Word], k: int, end: int) -> int:
    """1 when the capitalised syllable at words[end], which opens a dictionary word with the
    lower-case one after it, is the last syllable of the name begun at words[k] ("Bùi Quang Bình
    sinh năm 1978", "Lưu Văn An sinh ra"): a surname and one or two syllables before it, and no
    post or body opening there ("Lò Văn Tiến Bộ trưởng" keeps "Bộ trưởng")."""
    if end >= len(words) or not _is_name_word(words[end]) or not 2 <= end - k <= 3 \
            or not _surname_at(words, k) or words[end].text[1:].isupper():
        return 0
    return 0 if posts().match(words, end) or heads().match(words, end) or level_at(words, end) else 1


def _after_honorific(words: list[Word], k: int) -> bool:
    """An honorific ("ông", "TS.") or a rank ("Đại úy Vũ Quang": the name is a place's too) ends
    right before words[k]."""
    return honorific_or_rank_before(words, k) or (
        k >= 2 and words[k - 1].text == "." and honorifics().match(words, k - 2) is not None)


def honorific_or_rank_before(words: list[Word], k: int) -> bool:
    """An honorific or a rank of up to three words ends right before words[k] ("bà Ursula",
    "Thiếu tướng Shayeq"); an abbreviated one closed by its dot is _after_honorific's."""
    return any(k - n >= 0 and (honorific_length(words, k - n) == n or rank_length(words, k - n) == n)
               for n in (1, 2, 3))


def honorific_length(words: list[Word], k: int) -> int:
    """Words of the honorific at words[k] ("ông", "Ông", "đồng chí"), whatever its case; 0 if none."""
    found = honorifics().match(words, k)
    return found[0] if found else 0


def _names_in_run(words, begin, end):
    length = end - begin
    text = " ".join(w.text for w in words[begin:end])
    if text in gazetteer().provinces or text in gazetteer().countries:
        return []
    if words[begin].text == "Y" and text[2:] in gazetteer().provinces:
        return []  # "Đại học Y Hà Nội", "Cao đẳng Y Thái Bình": a medical school, not an Ê Đê name
    if begin > 0 and heads().match(words, begin - 1) and compound_length(words, begin) > 1:
        n = compound_length(words, begin)  # "Sở Y Tế Nguyễn Văn A": the body's name is no person
        return _names_in_run(words, begin + n, end) if end - begin - n >= 2 else []
    place = _place_after_level(words, begin, end)
    if not place and length == 2 and _after_level(words, begin):
        return []  # "UBND xã Hà Ra": two syllables after a level word name the place, not a person
    if place:  # "thành phố Sầm Sơn Bùi Quốc Đạt": the place named after its level is no person
        return _names_in_run(words, begin + place, end) if end - begin - place >= 2 else []
    for n in (3, 2, 1):  # "Thái Lan Prayut …", "Hà Giang Nguyễn Văn Sơn": a place opens the run
        head = " ".join(w.text for w in words[begin:begin + n])
        if begin + n < end and (head in gazetteer().countries or head in gazetteer().provinces
                                and end - begin - n >= 2 and _surname_at(words, begin + n)):
            found = _names_in_run(words, begin + n, end)
            if not found and head in gazetteer().countries and (
                    2 <= end - begin - n <= 4 or _long_foreign_name(words, begin + n, end)):
                return [(begin + n, end)]  # "Đại sứ Hoa Kỳ Marc Knapper": a foreign name
            return found
    if length == 2 and text in gazetteer().places:
        return []  # "Công ty … Lạc Sơn": two syllables that name a district or commune, no honorific before
    if _surname_at(words, begin) and (2 <= length <= 4 or length == 5 and words[begin].text in ("Y", "H")):
        return [(begin, end)]  # "Y Thanh Hà Niê Kđăm": an Ê Đê name may have five syllables
    opening = _foreign_name_start(words, begin, end)
    if opening is not None:
        return [(opening, end)]
    if _foreign_name_after_post(words, begin, end) or _foreign_name_after_body(words, begin, end):
        return [(begin, end)]  # "Tổng thống Vladimir Putin", "Chủ tịch UEFA, Aleksander Ceferin"
    # "Vườn quốc gia Bạch Mã Nguyễn Văn A": of the family names a name could open with, the commonest
    starts = [k for k in range(begin + 1, end - 1) if _surname_at(words, k) and 2 <= end - k <= 4]
    if starts:
        return _names_in_run(words, min(starts, key=lambda k: _surname_rank().get(words[k].text, 999)), end)
    if length == 1:
        return [(begin, end)]
    return []


def _preposition_before_body(words: list[Word], begin: int, end: int) -> bool:
    """Whether the run opens with a surname that is also a preposition (surname_prepositions.txt)
    before a body's head or a province: "Từ Sở Y tế …" is "from the Department of Health"."""
    if words[begin].text not in load_set("surname_prepositions.txt") or begin + 1 >= end:
        return False
    return bool(heads().match(words, begin + 1)) or " ".join(w.text for w in words[begin + 1:end]) in gazetteer().provinces


def _after_level(words: list[Word], begin: int) -> bool:
    """words[begin] comes right after a level word ("xã", "thành phố")."""
    return any(b >= 0 and (level_at(words, b) or (0, ""))[0] == begin - b for b in (begin - 1, begin - 2))


def _place_after_level(words: list[Word], begin: int, end: int) -> int:
    """Words of a gazetteer place opening words[begin:end] right after a level word ("huyện")."""
    if not _after_level(words, begin):
        return 0
    places = gazetteer().places
    for n in range(min(end - begin, gazetteer().longest), 0, -1):
        if " ".join(w.text for w in words[begin:begin + n]) in places:
            # "tỉnh Lâm Minh Thành": a one-word place that is a surname, followed by the rest of a
            # name, opens the person (the province is the article's), and so does a two-word one
            # that makes a three-syllable name with the next ("thành phố Dương Đức Tuấn")
            person = n == 1 and 3 <= end - begin <= 4 or n == 2 and end - begin == 3
            return 0 if person and _surname_at(words, begin) else n
    return 0


def skip_brackets(words: list[Word], k: int) -> int:
    """Index after a bracketed aside that opens at words[k] (k itself when none does)."""
    if k < len(words) and words[k].text == "(":
        close = next((m for m in range(k + 1, min(len(words), k + 30)) if words[m].text == ")"), None)
        return close + 1 if close is not None else k
    return k


def colon_of_list(words: list[Word], end: int, starts: dict[int, int]) -> int | None:
    """The colon after which the holders of a post ending at words[end] are listed: right after
    it, or after those it is given to ("giữ chức Phó Cục trưởng … đối với 3 cán bộ gồm: …")."""
    if end < len(words) and words[end].text == ":":
        return end
    if end + 1 < len(words) and words[end].lower == "đối" and words[end + 1].lower == "với":
        for m in range(end + 2, min(len(words), end + 10)):
            if m in starts or words[m].text in (",", ".", ";"):
                return None
            if words[m].text == ":":
                return m if words[m - 1].lower in ("gồm", "là") else None
    return None
