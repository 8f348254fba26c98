"""Measures in comparison form: when two figures measure the same thing (`newsmine conflicts`)."""

import calendar
import re
from datetime import date

from ..textnorm import normalize_for_match
from .lexicons import load_set

MIN_CONTENT_WORDS = 2  # a measure must name something: two words besides the generic ones


def _generic_words() -> frozenset[str]:
    return load_set("measure_generic_words.txt")


def measure_key(measure: str | None) -> str | None:
    """The measure in GOLD.md's comparison form (case, tone marks, spaces, end punctuation), or
    None when it names nothing but a movement or comparison ("tăng so với cùng kỳ")."""
    key = normalize_for_match(measure or "")
    generic = _generic_words()
    content = [w for w in key.replace(",", " ").split() if w not in generic and not w.isdigit()]
    return key if len(content) >= MIN_CONTENT_WORDS else None


def period_end(period: str | None) -> str | None:
    """The last day of a GOLD.md period ("2024" → "2024-12-31", "2023-Q1" → "2023-03-31",
    "2024-02" → "2024-02-29", "2021-2025" → "2025-12-31"), or None when it is none of these."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{4})|-Q([1-4])|-(\d{2}))?", period or "")
    if not match:
        return None
    year, last_year, quarter, month = match.groups()
    year = int(last_year or year)
    month = int(quarter) * 3 if quarter else int(month) if month else 12
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
