"""The lexicons a post is read with: its heads (posts.txt, ranks.txt), the words that go on it
(post_modifiers.txt), date it (post_prefixes.txt) or link it to a name (post_links.txt)."""

from functools import lru_cache

from .lexicons import load_list
from .places import gazetteer
from .words import PhraseTrie, Word, lexicon_trie


class _PostTrie(PhraseTrie):
    """Posts and ranks; a post of post_capitalised.txt only where its first word is capitalised;
    any post held in an acting capacity, the word part of the title as the gold writes it."""

    def match(self, words: list[Word], i: int):
        found = super().match(words, i)
        if found is None and acting_at(words, i):
            acting = self.match(words, i + 1)
            return (acting[0] + 1, acting[1]) if acting and acting[1] == "post" else None
        if found is None or found[1] != "capitalised":
            return found
        return (found[0], "post") if words[i].text[:1].isupper() else None


def acting_at(words: list[Word], i: int) -> bool:
    """"Quyền Viện trưởng …", "ông A, quyền Chủ tịch UBND …": the word opens an acting post when
    capitalised or after punctuation, not inside "chính quyền Tổng thống …" (the administration)."""
    return i + 1 < len(words) and (words[i].text == "Quyền" or words[i].text == "quyền" and (
        i == 0 or not words[i - 1].text[:1].isalnum()))


@lru_cache(maxsize=1)
def posts() -> PhraseTrie:
    return _PostTrie([(p, "post") for p in load_list("posts.txt")] +
                     [(p, "capitalised") for p in load_list("post_capitalised.txt")] +
                     [(r, "rank") for r in load_list("ranks.txt")])


def modifiers() -> PhraseTrie:
    return lexicon_trie("post_modifiers.txt")


def villages() -> PhraseTrie:
    return lexicon_trie("villages.txt")


def links() -> PhraseTrie:
    return lexicon_trie("post_links.txt")


def prefixes() -> PhraseTrie:
    return lexicon_trie("post_prefixes.txt")


def post_at(words: list[Word], j: int) -> bool:
    """A post starts at words[j], or after a word that dates it ("nguyên Giám đốc")."""
    return posts().match(words, j) is not None or (
        prefixes().match(words, j) is not None and posts().match(words, j + 1) is not None)


def rank_length(words: list[Word], k: int) -> int:
    """Words of the rank at words[k] ("Đại tá", "Hòa thượng"), 0 if none."""
    found = posts().match(words, k) if 0 <= k < len(words) else None
    return found[0] if found and found[1] == "rank" else 0


# a coach's post: the capitalised words after it name the coach ("HLV Kiatisuk, Văn Toàn"), a team
# only when the body reader finds one ("HLV trưởng CLB Hà Nội"), it opens with initials ("HLV SHB
# Đà Nẵng") or with a province or country ("HLV An Giang")
_COACHES = frozenset({"hlv", "hlv trưởng", "huấn luyện viên", "huấn luyện viên trưởng"})


def coach_named_after(words: list[Word], k: int, post: str) -> bool:
    """`post` is a coach's and the capitalised words from words[k] are the coach's own name."""
    if post.lower() not in _COACHES or k >= len(words) or words[k].is_upper_word:
        return False
    g = gazetteer()
    return not any(" ".join(w.text for w in words[k:k + n]) in g.provinces | g.countries for n in (1, 2, 3))
