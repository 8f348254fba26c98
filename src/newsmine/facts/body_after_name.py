"""The body of a post written bare before a name, given after the name: "Chủ tịch Daniel Levy
của Tottenham", "Giám đốc điều hành Stephane Bancel của Moderna", "Giám đốc Lò Văn A của Công
ty B" (the post, the holder, then "của" and the body the post belongs to)."""

from dataclasses import replace

from .body_tails import brand_at
from .names import honorifics
from .org_vocabulary import stop_at
from .organizations import heads, parse_org
from .post_lexicon import posts
from .words import Word


def with_body_after_name(words: list[Word], end: int, chain: list, stops: set[int], province: str | None,
                         recent) -> list:
    """The chain before a name ending at words[end], its last post given the body that "của"
    names right after the name when that post names none (not a rank, not a post whose body
    the article implies: "Thủ tướng" has the Government)."""
    if not chain or end + 1 >= len(words) or words[end].lower != "của" or end + 1 in stops:
        return chain
    last = chain[-1]
    if last.rank or last.organization or not (words[end + 1].is_title or words[end + 1].is_upper_word):
        return chain
    k = end + 1
    org = parse_org(words, k, stops, province, recent) if heads().match(words, k) else brand_at(
        words, k, stops, last.title)
    if org is None:
        return chain
    return chain[:-1] + [replace(last, title=f"{last.title} {org.name}", organization=org.name)]


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
