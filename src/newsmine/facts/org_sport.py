"""Clubs named by a side of a match: a capitalised foreign run beside a score ("Leeds 2-1 Burnley",
"thắng Leeds 3-0", "chiến thắng 2-1 trước Burnley") or one of the two sides of a match written
with a spaced dash after "trận" ("trận Everton - Leeds"). Sport writing names a club by its city
("Liverpool", "Leeds"), which is a place to every other rule; the score or the pair is what makes
it a side, so a city elsewhere stays a place. Countries are left out: a national team is written
by its country, which GOLD.md does not list as a body."""

import re

from .lexicons import is_vietnamese_syllable
from .places import gazetteer
from .words import Word

# A match's score, no date or range: two small numbers joined by a dash ("2-1", "3-0").
_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")

# A team's formation in brackets after its name, opening its line-up ("Leeds (4-2-3-1): …").
_FORMATION = re.compile(r"\d[-–]\d[-–]\d(?:[-–]\d)?")

# Words right before a side that the score follows ("thắng Leeds 3-0", "đánh bại Leeds 2-0").
_RESULT_VERBS = {"thắng", "bại", "hạ", "hòa", "hoà", "thua", "qua", "gục", "trước"}

# Words right before the first side of a pair ("trận Everton - Leeds", "cuộc đối đầu Everton - Leeds").
_MATCH_NOUNS = {"trận", "đấu", "đầu", "derby"}

_DASHES = ("-", "–")


def _side_word(w: Word) -> bool:
    """A word that may open or go on a club's name: title case, Latin letters, no Vietnamese
    syllable nor country (a place of the gazetteer may be: "Liverpool")."""
    text = w.text
    return w.is_title and text.isascii() and text.isalpha() and not w.abbreviation \
        and not is_vietnamese_syllable(text) and text not in gazetteer().countries


def _run(words: list[Word], k: int) -> int:
    """Where a run of side words from words[k] ends (at most three words)."""
    j = k + 1  # "West Ham": a later word may be a Vietnamese syllable too
    while j < len(words) and j - k < 3 and words[j].is_title and words[j].text.isascii() \
            and words[j].text.isalpha() and not words[j].abbreviation:
        j += 1
    return j


def _score(words: list[Word], i: int) -> bool:
    return 0 <= i < len(words) and _SCORE.fullmatch(words[i].text) is not None


def _spaced_dash(words: list[Word], i: int) -> bool:
    return 0 < i < len(words) - 1 and words[i].text in _DASHES \
        and words[i - 1].end < words[i].start < words[i].end < words[i + 1].start


def match_side(words: list[Word], k: int) -> int:
    """End of the club's run opening at words[k] when it is a side of a match, else 0."""
    if not _side_word(words[k]) or k > 0 and words[k - 1].is_title and words[k - 1].text.isascii():
        return 0  # the tail of a longer name ("Man Utd": "Man" is a Vietnamese syllable too)
    j = _run(words, k)
    before = words[k - 1].lower if k > 0 else ""
    # "Leeds 2-1 Burnley": the score between two sides
    if _score(words, j) and j + 1 < len(words) and _side_word(words[j + 1]):
        return j
    if _score(words, k - 1) and k >= 2 and _side_word(words[k - 2]):
        return j
    # "Leeds (4-4-2): Meslier; …": a line-up opened by the team's formation
    if j + 1 < len(words) and words[j].text == "(" and _FORMATION.fullmatch(words[j + 1].text):
        return j
    # "thắng Leeds 3-0", "đánh bại Leeds 2-0"; "chiến thắng 2-1 trước Burnley"
    if _score(words, j) and before in _RESULT_VERBS:
        return j
    if before == "trước" and (_score(words, k - 2) or _score(words, k - 3)):
        return j
    # "trận Everton - Leeds": the first side after the match's noun, the second after the dash
    if before in _MATCH_NOUNS and _spaced_dash(words, j) and _side_word(words[j + 1]):
        return j
    if _spaced_dash(words, k - 1) and k >= 2:
        b = k - 2
        while b > 0 and _side_word(words[b - 1]) and k - 2 - b < 2:
            b -= 1
        if _side_word(words[b]) and b > 0 and words[b - 1].lower in _MATCH_NOUNS:
            return j
    return 0
