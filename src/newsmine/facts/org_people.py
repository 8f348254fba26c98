"""The people a foreign brand's run may name instead (org_headless): the last names an article
writes after a first name or an honorific, and a person listed after a club or a firm."""

from .lexicons import load_set
from .org_brands import foreign_word
from .org_vocabulary import firm_words
from .words import Word


class Surnames:
    """Foreign words the article writes right after another capitalised foreign word, the last
    names of people ("Aaron Carter", "Ron DeSantis"); read from the article when first asked."""

    def __init__(self, sentences):
        self.sentences, self.words, self.people = sentences, None, None

    def __contains__(self, text: str) -> bool:
        if self.words is None:
            # not after an author's name glued to the "Theo" of the source line ("Thanh TùngTheo
            # Reuters"): the source, no last name
            self.words = {w.text for s in self.sentences for before, w in zip(s.words, s.words[1:])
                          if w.is_title and before.is_title and not before.abbreviation
                          and foreign_word(before.text) and foreign_word(w.text)
                          and not (before.text.endswith("Theo") and len(before.text) > 4)}
        return text in self.words

    def addressed(self, text: str) -> bool:
        """Whether the article writes `text` after a person's honorific ("ông Musk", "bà Bezos")."""
        if self.people is None:
            self.people = {w.text for s in self.sentences for before, w in zip(s.words, s.words[1:])
                           if before.lower in _ADDRESSES}
        return text in self.people

    def alone(self, last: str, first: str) -> bool:
        """Whether the article writes `last` once with no `first` before it, as a person's last
        name is ("Elon Musk" … "Musk viết"); a firm's last word is not ("Goldman Sachs")."""
        return any(w.text == last and (before is None or before.text != first)
                   for s in self.sentences for before, w in zip([None] + s.words, s.words))


def source_tails() -> frozenset[str]:
    """Last words of the names of foreign firms, clubs and papers, as quoted sources, never of a
    person (org_source_tails.txt)."""
    return load_set("org_source_tails.txt")


# Honorifics before a person's last name ("ông Musk").
_ADDRESSES = {"ông", "bà", "ngài", "anh", "chị", "cô"}


def person_named(words: list[Word], k: int, j: int, surnames: Surnames) -> bool:
    """The run words[k:j] names a person: it ends on a word the article writes as a last name
    ("DST Global của Yuri Milner, công ty …": the noun describes the firm before him)."""
    return words[j - 1].text in surnames and words[j - 1].text not in firm_words()


# Lower-case particles inside a person's name ("Kevin de Bruyne", "Van der Sar").
_NAME_PARTICLES = {"de", "van", "von", "der", "da", "di", "del", "dos", "la", "le"}


def person_listed(words: list[Word], k: int, j: int, surnames: Surnames) -> bool:
    """The run words[k:j], an item after a body, names a person as the article writes people: its
    last word alone elsewhere ("Eden Hazard" … "Hazard chơi …"), after an honorific ("ông
    Hojbjerg"), or a particle of a name right after it ("Kevin de Bruyne"): a club's player, not a
    second club ("Real Madrid, Eden Hazard, Marco Asensio …")."""
    last = words[j - 1].text
    # a body's last word written alone too is no surname ("… Super League", "Johnson & Johnson")
    body_tail = last in source_tails() or last in firm_words() or any(w.text == "&" for w in words[k:j])
    return surnames.addressed(last) or j > k + 1 and not body_tail and surnames.alone(last, words[j - 2].text) \
        or j + 1 < len(words) and words[j].text in _NAME_PARTICLES and words[j + 1].text[:1].isupper()
