"""Who is the same across articles: the keys entity resolution uses (the store makes ids of them)."""

import re

from ..successors import renames
from ..textnorm import fold, normalize_tones
from .places import is_province

# A body named after these words, or ending with them, is central, not a province's.
_CENTRAL_OPENINGS = ("Bộ ", "Chính phủ", "Quốc hội", "Văn phòng Chính phủ", "Tổng cục ", "Ủy ban Thường vụ Quốc hội")
_CENTRAL_ENDINGS = (" Trung ương", " Việt Nam", " của Quốc hội", "Trung ương Đảng")


def person_key(name: str, province: str | None) -> tuple[str, str]:
    """One person per folded name and province: a name alone is too weak a key across provinces
    (Kinh names repeat), and its spelling varies in tone marks and case. A province merged in
    2025 counts as the one it joined, so that an official is followed across the merger."""
    merged = {r.old: r.new for r in renames() if r.kind == "province"}
    province = normalize_tones(province) if province else ""
    return fold(name), fold(merged.get(province, province))


def person_province(organization: str | None, article_province: str | None) -> str | None:
    """The province a person belongs to, for `person_key`: the one their body names ("Sở Y tế
    tỉnh Quảng Nam", whatever province the article is about); none for a central body ("Bộ Y
    tế", "Quốc hội"), whose officials appear in every province's news; else the article's."""
    named = province_named(organization or "")
    if named:
        return named
    if organization and (organization.startswith(_CENTRAL_OPENINGS) or organization.endswith(_CENTRAL_ENDINGS)):
        return None
    return article_province


def province_named(organization: str) -> str | None:
    """The province that closes a body's name ("… tỉnh Quảng Nam" → "Quảng Nam"), or None."""
    words = organization.split()
    for n in (4, 3, 2, 1):
        if len(words) > n and is_province(" ".join(words[-n:])):
            return normalize_tones(" ".join(words[-n:]))
    return None


def organization_key(name: str) -> str:
    """One organisation per canonical name folded for what articles write differently of one
    body: case, tone marks, inner punctuation and "và" ("Ủy ban nhân dân Thành phố Hà Nội" and
    "… thành phố …", "Vietjet" and "VietJet", "Vụ Giáo dục đại học – Bộ …" and "…, Bộ …", "&"
    for "và"): 116 of 3,611 names newsmine gave over 2,663 corpus articles differ from another
    only so. The row keeps the first name seen; the others join its aliases."""
    return " ".join(w for w in re.sub(r"[^\w\s]", " ", fold(name)).split() if w != "va")
