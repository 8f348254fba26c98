"""Articles of a kind whose cue words report no obstacle in GOLD.md's sense: show business (a
star's career, looks, marriage, wealth), where the annotated sets mark every trouble optional."""

import re

from ..words import lexicon_trie

SHARE = 5  # one sentence in this many naming show business makes the article one of it


def _names_show_business(words) -> bool:
    """Whether a sentence names a person or the world of show business."""
    trie = lexicon_trie("obstacle_show_business.txt")
    # a phrase can only start at a word that opens one: most words open none
    return any(w.lower in trie.root and trie.match(words, k) for k, w in enumerate(words))


def show_business(sentences: list) -> bool:
    """Whether an article (its context.Sentence list) is of show business: a fifth of its
    sentences or more name a star or the trade (obstacle_show_business.txt)."""
    hits = sum(_names_show_business(s.words) for s in sentences)
    return bool(sentences) and SHARE * hits >= len(sentences)


FEW = 5  # under one sentence in this many with a number, and as few naming anyone: general advice
LEAST = 5  # sentences an article needs before its share tells its kind (a lone sentence tells none)
_NUMBER = re.compile(r"\d")
# two capitalised words inside a sentence (after a lower-case word or a comma): a name of a
# person, a place or a body; a sentence's first word tells nothing. As written, the class À-Ỹ
# also holds lower-case accented letters, so "ông ấy", "ăn ở" count too: the shares below were
# measured so. A strict capital test drops too much (corpus-study7, -17, -24 lose required
# obstacles); it needs its own threshold, measured with it (docs/obstacles-rounds.md, advice43).
_NAME = re.compile(r"(?<=[a-zà-ỹđ,] )[A-ZĐÀ-Ỹ][a-zà-ỹđ]+ [A-ZĐÀ-Ỹ]")


def general_advice(sentences: list) -> bool:
    """Whether an article (its context.Sentence list) tells things in general, as health advice
    and advertorials do (an illness, a food, the body): under a fifth of its sentences of four
    words or more hold a number, and under a fifth name anyone or anywhere. GOLD.md: an illness
    or a food described in general is no obstacle; news tells dates, counts and places."""
    told = [s.text for s in sentences if len(s.words) > 3 and not s.shouting]
    if len(told) < LEAST:
        return False
    numbers = sum(bool(_NUMBER.search(t)) for t in told)
    names = sum(bool(_NAME.search(t)) for t in told)
    return FEW * numbers < len(told) and FEW * names < len(told)
