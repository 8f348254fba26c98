"""Initials or a brand a body is known by that do not spell its Vietnamese name out ("PVN", "BSR", "PV GAS"):
where the article also names the body in full, the initials are that body (org_known_initials.tsv;
GOLD.md: abbreviations expanded, one item per body, the initials an alias), in the organisations
list and as an official's body. Initials whose letters open the name's words are
org_parents.with_initials_spelt_out's; initials defined in brackets are org_brands'."""

from functools import lru_cache

from ..textnorm import tokens
from .lexicons import load_table
from .records import OrganizationMention

# Heads a firm's initials may be written after ("Công ty BSR", "Tập đoàn EVN"), lower case.
_HEADS = ("công ty", "tổng công ty", "tập đoàn", "đài", "sở", "ngân hàng")
# The words a company's name may carry between its head and the words the lexicon gives.
_LEGAL = {"công", "ty", "tổng", "tập", "đoàn", "cổ", "phần", "cp", "trách", "nhiệm", "hữu", "hạn",
          "tnhh", "một", "thành", "viên", "mtv", "ngân", "hàng", "thương", "mại", "tmcp"}


@lru_cache(maxsize=1)
def _known() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Initials → the word lists of the names they stand for."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for initials, name in load_table("org_known_initials.tsv"):
        found.setdefault(initials, []).append(tuple(tokens(name)))
    return {k: tuple(v) for k, v in found.items()}


def _initials_of(name: str) -> str | None:
    """The known initials a name is written with alone or after a firm's head ("Công ty BSR")."""
    if name in _known():
        return name
    lowered = name.lower()
    for head in _HEADS:
        if lowered.startswith(head + " ") and (rest := name[len(head) + 1:]) in _known():
            return rest
    return None


def _names_in_full(words: list[str], full: tuple[str, ...]) -> bool:
    """The name's words are the lexicon's, after at most a firm's head and legal form, and before
    nothing but a legal form ("Tổng công ty Khí Việt Nam - CTCP", "Công ty cổ phần Lọc hóa dầu Bình
    Sơn"); not a unit of the body ("Ban Quản lý dự án thuộc Tổng công ty …")."""
    for k in range(len(words) - len(full) + 1):
        if tuple(words[k:k + len(full)]) == full:
            return all(w in _LEGAL for w in words[:k]) and all(w in _LEGAL | {"ctcp"} for w in words[k + len(full):])
    return False


def full_name(initials_name: str, names: list[str]) -> str | None:
    """The one name of `names` the known initials of `initials_name` stand for, or None."""
    initials = _initials_of(initials_name)
    if initials is None:
        return None
    found = {n for n in names if n != initials_name
             and any(_names_in_full(tokens(n), full) for full in _known()[initials])}
    if len(found) > 1:  # one name and its longer legal form: the shorter
        shortest = min(found, key=len)
        found = {shortest} if all(tokens(n)[:len(tokens(shortest))] == tokens(shortest) for n in found) else found
    return found.pop() if len(found) == 1 else None


def with_known_initials(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """Each mention named by known initials takes the full name the article also writes."""
    names = list(dict.fromkeys(m.name for m in mentions))
    renamed = {n: full for n in names if (full := full_name(n, names))}
    for m in mentions:
        m.name = renamed.get(m.name, m.name)
    return mentions

