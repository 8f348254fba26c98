"""Firms named by their trade and their own name with no head word ("Theo Chứng khoán Bảo Việt
(BVSC), …", "Chủ tịch Tài chính Hoàng Huy", "ký với PV GAS, Khí Miền Nam"): business news drops
"Công ty" before a listed firm's short name, and the gold lists each such one. The trade is one
of org_sector_words.txt, written with a capital; one to four capitalised words follow it, that
are no province or country alone ("Chứng khoán Việt Nam", the market; "Bộ trưởng Tài chính Anh")
no person's name and no head of another body, and the word before the trade is no capitalised
word of a longer name ("Sở Giao dịch Chứng khoán", "Ủy ban Chứng khoán Nhà nước") or of a post
("Giám đốc Tài chính …"), only a sentence's first word may be."""

from functools import lru_cache

from .lexicons import load_list, vietnamese_words
from .org_vocabulary import heads
from .places import gazetteer, is_province
from .post_lexicon import posts
from .records import OrganizationMention
from .words import PhraseTrie, Word

# The rule of a mention found here.
SECTOR = "org_sector_words.txt: a firm named by its trade and its own name, with no head word"

_LONGEST_NAME = 4


@lru_cache(maxsize=1)
def _sectors() -> PhraseTrie:
    return PhraseTrie((w, w) for w in load_list("org_sector_words.txt"))


def _capitalised(w: Word) -> bool:
    return w.text[:1].isupper()


def _opens_here(words: list[Word], k: int) -> bool:
    """Nothing capitalised before words[k] but a sentence's first word that opens no body ("Theo
    Chứng khoán SSI, …"); not a post ("Giám đốc Tài chính Chew Shou Zi", a person's)."""
    if posts().ends_before(words, k, 5):
        return False
    if k == 0 or not _capitalised(words[k - 1]):
        return True
    return k == 1 and words[0].is_title and heads().match(words, 0) is None


def _name_end(words: list[Word], k: int, person: set[int]) -> int | None:
    """Where the firm's own name after the trade at words[k:] ends, or None where none follows."""
    j = k
    while j < len(words) and j - k < _LONGEST_NAME + 1 and (words[j].is_title or words[j].is_upper_word) \
            and words[j].text.isalpha() and j not in person:
        j += 1
    if j == k or j - k > _LONGEST_NAME or j < len(words) and (_capitalised(words[j]) or words[j].text == "&") \
            or heads().match(words, k):  # "Tài chính Ngân hàng": two trades, no firm's own name
        return None
    name = " ".join(w.text for w in words[k:j])
    if is_province(name) or name in gazetteer().countries:
        return None  # a firm may share a commune's name ("Chứng khoán Phú Lâm"), not a province's
    return j


def _spans(s, taken: list[tuple[int, int]]):
    words = s.words
    person = {k for b, e in s.names for k in range(b, e)}
    for k, w in enumerate(words):
        if not w.is_title or any(b <= w.start < e for b, e in taken) or not _opens_here(words, k):
            continue
        found = _sectors().match(words, k)
        if found is None or " ".join(x.text for x in words[k:k + found[0]]) != found[1]:
            continue  # written as listed: "Chứng khoán", not "Chứng Khoán" of a longer capitalised run
        j = _name_end(words, k + found[0], person)
        # "Kế hoạch Hành động Khí Hậu": the trade and the next word make a common word, no firm
        if j is not None and f"{words[k + found[0] - 1].lower} {words[k + found[0]].lower}" not in vietnamese_words():
            yield k, j


def sector_firms(sentences, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """Mentions of firms named by trade and name, that no other mention covers."""
    found: list[OrganizationMention] = []
    for s in sentences:
        if s.shouting:
            continue
        taken = [(m.start, m.end) for m in mentions if s.holds(m.start)]
        for k, j in _spans(s, taken):
            found.append(s.mention(k, j, SECTOR))
    return mentions + found
