"""Articles of a kind whose cue words report no obstacle in GOLD.md's sense: show business (a
star's career, looks, marriage, wealth), where the annotated sets mark every trouble optional."""

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
