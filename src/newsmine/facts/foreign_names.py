"""Foreign personal names that go on past a lower-case particle ("Ursula von der Leyen", "Sultan
bin Saad al-Muraikhi"): the capitalised runs find_names reads stop at the particle, leaving the
name cut ("Ursula") or in pieces ("Hamad", "Thani"). Only a name the article introduces as a
person is joined: after an honorific or a rank ("bà", "Thiếu tướng"), or opened by a name of two
words or more that find_names took from its context ("Quốc vương Qatar, Sheikh Tamim …")."""

from .names import honorific_or_rank_before, name_particles
from .words import Word

# A particle glued to the name after it by a hyphen: "al-Thani" is read as "al", "-", "Thani".
_GLUED = frozenset({"al", "el"})


def with_particle_names(words: list[Word], names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`names` with each foreign name that a particle carries on read whole (its pieces dropped)."""
    found = sorted(names)
    for i in range(1, len(words)):
        if not _particle_at(words, i) or not _name_word(words[i - 1]):
            continue
        end = _tail_end(words, i)
        begin = i - 1
        while begin > 0 and i - begin < 3 and _name_word(words[begin - 1]) and not honorific_or_rank_before(words, begin):
            begin -= 1
        if end > i and any(x < end and begin < y for x, y in found) and (
                honorific_or_rank_before(words, begin) or any(x == begin and y - x >= 2 for x, y in found)):
            found = sorted([(x, y) for x, y in found if not (x < end and begin < y)] + [(begin, end)])
    return found


def _name_word(w: Word) -> bool:
    return w.text[:1].isupper() and w.text.replace("-", "").isalpha() and not w.text.isupper()


def _particle_at(words: list[Word], i: int) -> bool:
    """A lower-case particle ("bin", "von") or a glued one ("al-") opens a name's tail at words[i]."""
    if words[i].text in _GLUED:
        return _glued(words, i)
    return words[i].text in name_particles()


def _glued(words: list[Word], i: int) -> bool:
    return i + 2 < len(words) and words[i + 1].text == "-" and words[i].end == words[i + 1].start \
        and words[i + 1].end == words[i + 2].start and _name_word(words[i + 2])


def _tail_end(words: list[Word], i: int) -> int:
    """Index after the tail of particles and capitalised words begun at words[i] ("von der Leyen",
    "bin Hamad al-Thani"); i itself when no capitalised word follows the particles."""
    end = k = i
    while k < len(words):
        if words[k].text in _GLUED and _glued(words, k):
            end = k = k + 3  # "al-Thani" ends a tail, or another particle follows it
            continue
        m = k
        while m < len(words) and words[m].text in name_particles():
            m += 1
        if m == k or m == len(words) or not _name_word(words[m]):
            break
        end = k = m + 1
    return end


def name_text(words: list[Word], begin: int, end: int) -> str:
    """A name's words as written: a hyphen glued to its neighbours stays glued ("al-Thani")."""
    text = words[begin].text
    for k in range(begin + 1, end):
        glued = words[k].text == "-" and words[k - 1].end == words[k].start \
            or words[k - 1].text == "-" and words[k - 1].end == words[k].start
        text += ("" if glued else " ") + words[k].text
    return text
