"""The body of a post written bare before a name, given after the name: "Chủ tịch Daniel Levy
của Tottenham", "Giám đốc điều hành Stephane Bancel của Moderna", "Giám đốc Lò Văn A của Công
ty B" (the post, the holder, then "của" and the body the post belongs to)."""

from dataclasses import replace

from .body_tails import brand_at
from .organizations import heads, parse_org
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
