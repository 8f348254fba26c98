"""Who is the same across articles: the keys entity resolution uses (the store makes ids of them)."""

from ..textnorm import fold


def person_key(name: str, province: str | None) -> tuple[str, str]:
    """One person per folded name and province: a name alone is too weak a key across provinces
    (Kinh names repeat), and its spelling varies in tone marks and case."""
    return fold(name), fold(province or "")


def organization_key(name: str) -> str:
    """One organisation per canonical name (its aliases are the surfaces it was written as)."""
    return name
