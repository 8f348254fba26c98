"""`without_echoes`: an obstacle that tells again one the article already gave (GOLD.md: one item
per distinct obstacle). News restates its problem in the headline, the lead, the body, a quote and
the conclusion; a later statement whose content words lie nearly all (eight in ten) in an earlier
kept one adds nothing, unless it brings a number the earlier one lacks (a count, a sum or a date:
a new finding). Run after the learned filter, against the obstacles it kept."""

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..lexicons import load_list
from ..trace import reject

SHARE = 0.8
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_EDGES = ",.;:!?\"“”‘’'()[]…-–—"


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(load_list("obstacle_function_words.txt"))


@lru_cache(maxsize=2048)
def _content(text: str) -> Counter:
    words = (w.strip(_EDGES) for w in unicodedata.normalize("NFC", text).lower().split())
    return Counter(w for w in words if w and w not in _function_words())


def echoes(later: str, earlier: str) -> bool:
    """Whether `later` says again what `earlier` said: at least two content words, eight in ten of
    them in `earlier`, and no number `earlier` does not give."""
    mine = _content(later)
    size = sum(mine.values())
    if size < 2 or set(_NUMBER.findall(later)) - set(_NUMBER.findall(earlier)):
        return False
    return sum((mine & _content(earlier)).values()) >= SHARE * size


def without_echoes(obstacles: list) -> list:
    """`obstacles` in order, less each one that echoes an earlier kept one."""
    kept = []
    for o in obstacles:
        told = next((k for k in kept if echoes(o.text, k.text)), None)
        if told is None:
            kept.append(o)
        else:
            reject("obstacles", o.text, f"it tells again an obstacle already kept ({told.text!r})")
    return kept
