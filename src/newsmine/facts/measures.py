"""Measures in comparison form: when two figures measure the same thing (`newsmine conflicts`)."""

from functools import lru_cache

from ..textnorm import normalize_for_match
from .lexicons import load_list

MIN_CONTENT_WORDS = 2  # a measure must name something: two words besides the generic ones


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return frozenset(load_list("measure_generic_words.txt"))


def measure_key(measure: str | None) -> str | None:
    """The measure in GOLD.md's comparison form (case, tone marks, spaces, end punctuation), or
    None when it names nothing but a movement or comparison ("tăng so với cùng kỳ")."""
    key = normalize_for_match(measure or "")
    generic = _generic_words()
    content = [w for w in key.replace(",", " ").split() if w not in generic and not w.isdigit()]
    return key if len(content) >= MIN_CONTENT_WORDS else None
