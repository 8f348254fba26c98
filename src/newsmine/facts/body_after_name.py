"""The body of a post written bare before a name, given after the name: "Chủ tịch Daniel Levy
của Tottenham", "Giám đốc điều hành Stephane Bancel của Moderna", "Giám đốc Lò Văn A của Công
ty B" (the post, the holder, then "của" and the body the post belongs to), or the country whose
post it is ("Thủ tướng Lý Quang Diệu của Singapore")."""

from dataclasses import replace

from .body_tails import brand_at, brand_posts, company_post
from .names import honorific_length, honorifics
from .org_ends import foreign_country_length
from .org_vocabulary import stop_at
from .organizations import heads, parse_org
from .places import gazetteer
from .post_lexicon import posts
from .post_units import country_body
from .words import Word, sentence_words


def with_body_after_name(words: list[Word], end: int, chain: list, stops: set[int], province: str | None,
                         recent) -> list:
    """The chain before a name ending at words[end], its last post given the body that "của"
    names right after the name when that post names none (not a rank, not a post whose body
    the article implies: "Thủ tướng" has the Government), or the foreign country whose post it
    is, whatever body it implied."""
    if not chain or end + 1 >= len(words) or words[end].lower != "của" or end + 1 in stops:
        return chain
    last = chain[-1]
    if not last.rank and (country := foreign_country_length(words, end + 1)) \
            and (last.organization is None or last.organization not in last.title):
        return chain[:-1] + [_post_of_country(last, [w.text for w in words[end + 1:end + 1 + country]])]
    if last.rank or last.organization or not (words[end + 1].is_title or words[end + 1].is_upper_word):
        return chain
    k = end + 1
    org = parse_org(words, k, stops, province, recent) if heads().match(words, k) else brand_at(
        words, k, stops, last.title)
    if org is None:
        return chain
    return chain[:-1] + [replace(last, title=f"{last.title} {org.name}", organization=org.name)]


def _post_of_country(post, country: list[str]):
    """"Thủ tướng" of "Thủ tướng Lý Quang Diệu của Singapore": the post of that country, whose
    body is none (not the Government of Việt Nam the post alone implies) or its ministry
    ("Ngoại trưởng … của Qatar": "Bộ Ngoại giao Qatar", post_country_bodies.tsv)."""
    title = post.title.split() + country
    return replace(post, title=" ".join(title), organization=country_body(title, len(title) - len(country)))


# What may stand between a name and the post after it ("Lò Văn A, Giám đốc …", "A - Giám đốc …").
_POST_OPENERS = (",", "-", "–")


def body_closing_post(words: list[Word], name_end: int, mentions: list) -> str | None:
    """"A, Giám đốc công ty Mỹ X Corp, cho biết", "A, Phó Tổng Giám đốc kiêm Giám đốc Khối Khách
    hàng cá nhân TPBank": the organisation the article's list found right after the post given
    after a name ending at character `name_end`, where the post read no body of its own. The
    words between are the post's (no punctuation, verb of speech or other person) and the last is
    in lower case (not the "Ủy" of "Ủy ban Kiểm tra", a body inside the post); `mentions`
    are (start, name) of the sentence's organisations in text order. None when there is none."""
    k = next((i for i, w in enumerate(words) if w.start >= name_end), len(words))
    if k + 1 >= len(words) or words[k].text not in _POST_OPENERS or not posts().match(words, k + 1):
        return None
    start, body = next(((s, n) for s, n in mentions if s > words[k].start), (None, None))
    if body is None:
        return None
    between = [i for i in range(k + 1, len(words)) if words[i].end <= start]
    if not between or len(between) > 12 or words[between[-1]].text[:1].isupper() or any(
            not words[i].text[:1].isalnum() or stop_at(words, i) and words[i].lower != "kiêm"
            or honorifics().match(words, i) for i in between):  # "kiêm" joins two posts
        return None
    return body


_QUOTES = frozenset({'"', "“", "”", "'"})


def sole_body(words: list[Word], official, mentions: list) -> str | None:
    """"Đại diện Karofi, bà A, Phó Giám đốc Marketing, cho biết …", "A, Giám đốc Việt Nam, Lào và
    Campuchia của Google, cho rằng …": a company's post given after the name with no body of its
    own belongs to the one body its sentence names, when that body stands right before the name
    or closes the post after "của" or "tại" (no verb, quote or other person between). `mentions`
    are (start, end, name) of the sentence's organisations; None when they name none or several,
    or a word of the post may name a body of its own."""
    o = official
    if not all(_company_post_bare(post) for post in o.title.split("; ")) or len({n for _, _, n in mentions}) != 1:
        return None
    name = mentions[0][2]
    floor = max((e for _, e, _ in mentions if e <= o.start), default=o.start)  # the body's end before the name
    before = [i for i, w in enumerate(words) if floor <= w.start < o.start]
    if _only_asides(words, before):
        return name  # "Đại diện Karofi, bà A, …"
    ceiling = max((s for s, _, _ in mentions if s >= o.end), default=o.end)  # the body's start after it
    after = [i for i, w in enumerate(words) if w.start >= o.end and w.end <= ceiling]
    # past the comma or dash and the post's own words
    after = after[1 + len(o.title.split()):] if after and words[after[0]].text in _POST_OPENERS else []
    link = next((i for i in reversed(after) if words[i].lower in ("của", "tại")), None)
    if link is not None and all(words[i].text.isalnum() for i in after if i > link) and not any(
            stop_at(words, i) and i != link or honorifics().match(words, i) or words[i].text in _QUOTES for i in after):
        return name  # "A, Giám đốc Việt Nam, Lào và Campuchia của Google"
    return None


def _only_asides(words: list[Word], between: list[int]) -> bool:
    """Only punctuation and an honorific between a body and the name after it ("Karofi, bà A")."""
    k, end = (between[0], between[-1] + 1) if between else (0, 0)
    while k < end:
        n = 1 if not words[k].text[:1].isalnum() else honorific_length(words, k)
        if not n:
            return False
        k += n
    return bool(between)


def _company_post_bare(post: str) -> bool:
    """"Giám đốc", "Phó Giám đốc Marketing", "Giám đốc Việt Nam": a company's post alone, or with a
    function (post_brand_posts.txt) or a country after it, words that name no body."""
    words = post.split()
    for n in range(min(len(words), 5), 0, -1):
        if company_post(" ".join(words[:n])):
            rest = " ".join(words[n:])
            return not rest or rest.lower() in brand_posts()[1] or rest in gazetteer().countries
    return False


def body_named_after_post(words: list[Word], name_end: int, title: str, bodies: list[str]) -> str | None:
    """"A, Giám đốc công ty Mỹ X Metals Corp, cho biết" where the article names "Công ty X Metals
    Corp" (`bodies`, its organisations): a post given after the name with no body of its own
    belongs to the body whose name after its head follows the post, capitalised, of two words or
    more and no place's name ("Việt Nam" of "Đoàn Thanh niên Việt Nam"), with at most four
    syllables between in lower case or a country ("công ty Mỹ", "báo điện tử": a head the
    organisations did not read in that sentence); not past a verb, an honorific or punctuation."""
    k = next((i for i, w in enumerate(words) if w.start >= name_end), len(words))
    post = title.split()
    j = k + 1 + len(post)
    if j >= len(words) or words[k].text not in _POST_OPENERS \
            or [w.lower for w in words[k + 1:j]] != [p.lower() for p in post]:
        return None
    rests = {}
    for body in bodies:
        found = heads().match(sentence_words(body, 0, len(body)), 0)
        rest = body.split()[found[0]:] if found else []
        if len(rest) > 1 and rest[0][:1].isupper() and not _is_place(" ".join(rest)):
            rests.setdefault(tuple(rest), set()).add(body)
    for g in range(j, min(j + 5, len(words))):
        if g > j and not _describes_head(words, g - 1):
            return None
        for rest, named in rests.items():
            n = len(rest)
            if len(named) == 1 and tuple(w.text for w in words[g:g + n]) == rest \
                    and (g + n == len(words) or not words[g + n].text[:1].isupper()):
                return next(iter(named))
    return None


def _describes_head(words: list[Word], i: int) -> bool:
    """A word between a post and a body's name: a lower-case word of a head left unread ("công
    ty", "ông ty") or a country ("Mỹ"), not a verb, link or honorific."""
    w = words[i]
    return w.text.isalpha() and (w.text.islower() or w.text in gazetteer().countries) \
        and not stop_at(words, i) and not honorifics().match(words, i)


def _is_place(name: str) -> bool:
    return name in gazetteer().places or name in gazetteer().countries
