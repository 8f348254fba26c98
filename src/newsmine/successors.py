"""The 2025 reorganisation as dated aliases: what a body's name became (merged ministries and
departments, 63 provinces into 34, the district level abolished). The data is
lexicons/reorganisation_2025.tsv; the store shows it in the organization_successors view."""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import lexicons
from .lexicons import tsv_rows

KINDS = ("body", "province", "level")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Party and youth committees take the name of a city's when their province becomes one.
_CITY_COMMITTEES = {"Tỉnh ủy": "Thành ủy", "Tỉnh đoàn": "Thành đoàn", "Tỉnh Đoàn": "Thành Đoàn"}
_PROVINCE_LEVELS = ("tỉnh", "thành phố", "Thành phố")


class ReorganisationError(ValueError):
    """A malformed line of the reorganisation file; the message names it."""


@dataclass(frozen=True)
class Rename:
    kind: str  # body, province or level
    old: str
    new: str  # "" where the body or level ended
    valid_to: str  # last day of the old name
    valid_from: str  # first day of the new one
    source: str


@dataclass(frozen=True)
class Successor:
    name: str | None  # the body's name after the reorganisation; None: no body of its kind followed
    since: str  # the day the last rename that applies took effect
    source: str  # the sources of the renames that apply, "; "-joined


def read_renames(text: str, name: str = "reorganisation_2025.tsv") -> tuple[Rename, ...]:
    """The renames of a reorganisation file's text; ReorganisationError at the first bad line."""
    renames = []
    for number, row in tsv_rows(text, name, ReorganisationError):
        if len(row) != 6:
            raise ReorganisationError(f"{name}:{number}: expected 6 TAB-separated columns, found {len(row)}")
        rename = Rename(*row)
        if rename.kind not in KINDS or not rename.old or not rename.source:
            raise ReorganisationError(f"{name}:{number}: KIND must be one of {', '.join(KINDS)}, "
                                      "OLD and SOURCE not empty")
        if not (_DATE.match(rename.valid_to) and _DATE.match(rename.valid_from)) \
                or rename.valid_to >= rename.valid_from:
            raise ReorganisationError(f"{name}:{number}: VALID_TO and VALID_FROM must be dates "
                                      "(YYYY-MM-DD), the first before the second")
        if rename.kind == "province" and not rename.new:
            raise ReorganisationError(f"{name}:{number}: a province needs the province it joins")
        renames.append(rename)
    return tuple(renames)


@cache
def renames() -> tuple[Rename, ...]:
    """Every rename of the packaged reorganisation file."""
    return read_renames(lexicons.text("reorganisation_2025.tsv"))


def _body(name: str) -> tuple[str, Rename] | None:
    """The name with its opening words renamed (the longest OLD that opens it), or None."""
    found = [r for r in renames() if r.kind == "body" and (name == r.old or name.startswith(r.old + " "))]
    if not found:
        return None
    rename = max(found, key=lambda r: len(r.old))
    return (rename.new + name[len(rename.old):] if rename.new else ""), rename


def _province(name: str) -> tuple[str, Rename] | None:
    """The name with the province that closes it replaced by the one it joined, or None."""
    from .facts.places import level_of

    for rename in sorted((r for r in renames() if r.kind == "province"), key=lambda r: -len(r.old)):
        if not name.endswith(" " + rename.old):
            continue
        head = name[:-len(rename.old) - 1]
        level = next((lv for lv in _PROVINCE_LEVELS if head.endswith(" " + lv)), None)
        if level is not None:
            head = f"{head[:-len(level) - 1]} {level_of(rename.new) or 'tỉnh'}"
        elif level_of(rename.new) == "thành phố":
            head = next((city + head[len(t):] for t, city in _CITY_COMMITTEES.items()
                         if head == t or head.startswith(t + " ")), head)
        return f"{head} {rename.new}", rename
    return None


def _ended_level(name: str) -> Rename | None:
    """The abolished level a body belongs to ("Ủy ban nhân dân huyện Tuần Giáo"), or None."""
    for rename in renames():
        if rename.kind == "level" and re.search(rf"(^|\s){re.escape(rename.old)}\s+[A-ZĐÀ-Ỹ]", name):
            return rename
    return None


@lru_cache(maxsize=4096)  # SQL calls it once per row and field; names are many but bounded
def successor(name: str) -> Successor | None:
    """What the body `name` (canonical form) became in the reorganisation, or None when no
    rename applies to it."""
    applied, current = [], name
    for step in (_body, _province):
        found = step(current) if current else None
        if found is not None:
            current, rename = found
            applied.append(rename)
    ended = _ended_level(name) if current else None  # a body that ended itself ends there
    if ended is not None:
        current = ""
        applied.append(ended)
    if not applied:
        return None
    sources = "; ".join(dict.fromkeys(r.source for r in applied))
    return Successor(current or None, max(r.valid_from for r in applied), sources)


def successor_field(name: str | None, field: str) -> str | None:
    """One field of `successor(name)` for SQL ("name", "since" or "source"); NULL when none."""
    found = successor(name) if name else None
    return getattr(found, field) if found is not None and field in ("name", "since", "source") else None
