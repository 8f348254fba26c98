"""Words of a sentence with abbreviations expanded, each keeping its offsets in the article text.

"Phó Chủ tịch UBND tỉnh" becomes the words Phó, Chủ, tịch, Ủy, ban, nhân, dân, tỉnh; the four
words of "Ủy ban nhân dân" all point at the span of "UBND". Matching of posts, organisation heads
and names runs on these words, so lexicons hold only expanded forms."""

import re
from functools import cache, lru_cache

from .lexicons import is_vietnamese_syllable, load_list, load_set, load_table, vietnamese_words

TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[\w]+(?:['’][\w]+)?(?:[&.\-][\w]+)*&?[\w]*|[^\w\s]")  # "1.234,5" is one


class Word:
    """A word: its text (expanded), its offsets, whether it comes of an abbreviation and whether it
    is a later syllable of a capitalised word ("tế" of "Y tế"). Never changed once made; a class
    with slots and its lower case made at once, not a frozen dataclass with a cached property
    (a hundred thousand words for 84 articles: their making and `lower` were a tenth of the time)."""

    __slots__ = ("abbreviation", "end", "in_title_word", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int, abbreviation: bool = False, in_title_word: bool = False):
        self.text, self.start, self.end = text, start, end
        self.abbreviation, self.in_title_word = abbreviation, in_title_word
        self.lower = text.lower()

    def _key(self) -> tuple:
        return self.text, self.start, self.end, self.abbreviation, self.in_title_word

    def __eq__(self, other) -> bool:
        return self._key() == other._key() if other.__class__ is Word else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Word(text={self.text!r}, start={self.start!r}, end={self.end!r}, "
                f"abbreviation={self.abbreviation!r}, in_title_word={self.in_title_word!r})")

    @property
    def is_title(self) -> bool:
        """Capitalised like a name: "Tiến", "A", "H'Luân"; not "UBND", not "tỉnh"."""
        t = self.text
        return self.in_title_word or t[:1].isupper() and (len(t) == 1 or not t.isupper() or "'" in t)

    @property
    def is_upper_word(self) -> bool:
        return self.text.isupper() and len(self.text) > 1


_PART_SEPARATORS = {"-", "–", ",", "&"}


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, list[str]]:
    # "Phòng cháy, chữa cháy": a comma of the expansion is a word of its own, as in the text
    return {abbr: expansion.replace(",", " ,").split() for abbr, expansion in load_table("abbreviations.tsv")}


def sentence_words(text: str, start: int, end: int) -> list[Word]:
    """The words of text[start:end], abbreviations expanded; the lower-case syllables of a
    capitalised compound ("Y tế", "Khoa học") are marked as part of a capitalised word."""
    table, firsts = _abbreviations(), _two_token_firsts()
    words: list[Word] = []
    tokens = _unglued([(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)])
    count = len(tokens)
    i = 0
    while i < count:
        value, s, e = tokens[i]
        # "TP." is one abbreviation though the tokenizer sees "TP" and "."
        if i + 1 < count and tokens[i + 1][0] == "." and value + "." in table and tokens[i + 1][1] == e:
            value, e = value + ".", tokens[i + 1][2]
            i += 1
        # "TP HCM", "TP. HCM": an abbreviation of two tokens apart
        if i + 1 < count and value in firsts and f"{value} {tokens[i + 1][0]}" in table:
            value, e = f"{value} {tokens[i + 1][0]}", tokens[i + 1][2]
            i += 1
        # "GD - ĐT", "VH,TT&DL": the parts of an abbreviation written apart, read as "GD-ĐT"
        elif i + 2 < count and value.isupper() and tokens[i + 1][0] in _PART_SEPARATORS \
                and (joined := next((f"{value}{j}{tokens[i + 2][0]}" for j in "-&"
                                     if f"{value}{j}{tokens[i + 2][0]}" in table), None)):
            value, e = joined, tokens[i + 2][2]  # "TN & MT" as "TN&MT"
            i += 2
        if "-" in value and (dashed := _dashed_words(value, s, e, table)) is not None:
            words += dashed
        elif expansion := table.get(value):
            # "MTTQ Việt Nam": words the expansion already ends with are absorbed into it
            for n in (2, 1):
                following = tokens[i + 1:i + 1 + n]
                if len(following) == n and [t[0] for t in following] == expansion[-n:]:
                    e = following[-1][2]
                    i += n
                    break
            words.extend(Word(w, s, e, True) for w in expansion)
        else:
            words.append(Word(value, s, e))
        i += 1
    return _mark_compounds(words)


def _unglued(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens with two words glued where the text lost a space at the edge of a link or a bold
    name read as two ("Nguyễn Tấn Bỉnhcho biết", "ÔngTrần Văn Bình"), each with its own offsets."""
    out: list[tuple[str, int, int]] = []
    for value, s, e in tokens:
        cut = _glued_at(value, out[-1][0] if out else "")
        if cut:
            out += [(value[:cut], s, s + cut), (value[cut:], s + cut, e)]
        else:
            out.append((value, s, e))
    return out


def _glued_at(value: str, before: str) -> int:
    """Where a token splits into two glued words, 0 when it is one word."""
    if not value.isalpha() or not value[:1].isupper():
        return 0
    return _honorific_glued_at(value) or _word_glued_at(value, before)


def _honorific_glued_at(value: str) -> int:
    """An honorific of one syllable glued to a name's first syllable ("ÔngTrần"): the honorific's
    length, else 0."""
    return next((len(h) for h in _glued_honorifics() if value.startswith(h)
                 and _capitalised(value[len(h):]) and is_vietnamese_syllable(value[len(h):])), 0)


def _word_glued_at(value: str, before: str) -> int:
    """After a capitalised word, a name's last syllable glued to a word of glued_words.txt
    ("Bỉnhcho", "Longđề"): where that word starts, else 0. One of the two has a Vietnamese letter,
    so that a foreign name ("Sancho", "Echo") stays whole; a syllable of its own stays whole too."""
    if not _capitalised(value) or not before[:1].isupper() or value.isascii() or is_vietnamese_syllable(value):
        return 0
    return next((cut for cut in range(2, len(value) - 1) if value[cut:] in load_set("glued_words.txt")
                 and is_vietnamese_syllable(value[:cut])), 0)


def _capitalised(syllable: str) -> bool:
    """Written as a name's syllable: a capital, then lower case only ("Trần"; not "TP", not "A")."""
    return syllable[:1].isupper() and syllable[1:].islower()


@lru_cache(maxsize=1)
def _glued_honorifics() -> tuple[str, ...]:
    """The capitalised honorifics of one word ("Ông", "Bà") that a name can be glued to."""
    return tuple(h for h in load_list("honorifics.txt") if " " not in h and _capitalised(h))


@lru_cache(maxsize=1)
def _two_token_firsts() -> frozenset[str]:
    """The first tokens of the abbreviations written as two ("TP HCM"): only after one of them
    is the pair looked up."""
    return frozenset(abbr.split(" ", 1)[0] for abbr in _abbreviations() if " " in abbr)


def _dashed_words(value: str, s: int, e: int, table: dict[str, list[str]]) -> list[Word] | None:
    """The words of a token written with a dash, when it joins two words of a name or bodies;
    None when it is one word (or an abbreviation) as it is."""
    before, _, after = value.partition("-")
    if before.isalpha() and before.islower() and after.isalpha() and after[:1].isupper():
        # "Lao động-Thương binh": two words of a name joined by a dash written without spaces
        return [Word(before, s, s + len(before)), Word("-", s + len(before), s + len(before) + 1),
                Word(after, s + len(before) + 1, e)]
    if value not in table and _dashed_bodies(value, table):
        # "HĐND-UBND", "Thành ủy-HĐND-UBND": bodies joined by dashes written without spaces
        return _dashed_parts(value, s, table)
    return None


def _dashed_bodies(value: str, table: dict[str, list[str]]) -> bool:
    """Parts of a dashed token that are each an abbreviation or a lower-case syllable ("ủy" of
    "Thành ủy-HĐND"), one an abbreviation at least; not a document's code ("CĐ-TTg")."""
    parts = value.split("-")
    return all(p in table or p.isalpha() and p.islower() for p in parts) and any(p in table for p in parts)


def _dashed_parts(value: str, start: int, table: dict[str, list[str]]) -> list[Word]:
    """The words of each part of "HĐND-UBND" (abbreviations expanded) with a "-" between them."""
    words, at = [], start
    for k, part in enumerate(value.split("-")):
        if k:
            words.append(Word("-", at - 1, at))
        end = at + len(part)
        words += [Word(w, at, end, True) for w in table[part]] if part in table else [Word(part, at, end)]
        at = end + 1
    return words


def compound_length(words: list[Word], i: int) -> int:
    """Syllables of the longest dictionary word starting at words[i] (1 when none)."""
    dictionary = vietnamese_words()
    for n in (4, 3, 2):
        if i + n <= len(words) and " ".join(w.lower for w in words[i:i + n]) in dictionary:
            return n
    return 1


def _mark_compounds(words: list[Word]) -> list[Word]:
    k = 0
    while k < len(words):
        w = words[k]
        n = compound_length(words, k) if w.text[:1].isupper() and not w.abbreviation else 1
        if n > 1 and _verb_after_name(words, k):
            n = 1
        for m in range(k + 1, k + n):
            if not words[m].text[:1].isupper():
                words[m] = Word(words[m].text, words[m].start, words[m].end, words[m].abbreviation, True)
        k += n - 1 if n > 1 and _opens_own_compound(words, k, n) else n
    return words


def _verb_after_name(words: list[Word], k: int) -> bool:
    """"Bệnh viện Hữu nghị Việt Đức chính thức …", "Cảng Hàng không Quốc tế Nội Bài làm việc":
    the capitalised syllable ends a name of two or more ("Việt Đức", after a body's name), and
    the lower-case syllable that makes a word with it ("đức chính", "bài làm") opens the verb of
    the sentence (post_stops.txt, org_tail_breakers.txt, org_brand_verbs.txt) or a word of its
    own ("chính thức"): the name ends before it. After a head ("Sở Khoa học", "Đài Tiếng nói")
    or a lower-case syllable ("Ủy ban Nhân dân") the compound stands."""
    if k < 2 or words[k + 1].text[:1].isupper() or not _name_syllable(words[k - 1]) \
            or not (words[k - 2].is_title or words[k - 2].is_upper_word or words[k - 2].abbreviation) \
            or f"{words[k - 1].lower} {words[k].lower}" in vietnamese_words():
        return False
    z = k + 1
    own = z + 1 < len(words) and words[z + 1].text.islower() and compound_length(words, z) > 1
    # a time of day ("Buổi sáng" of "Bưu điện Hoa Nam Buổi sáng") is a post's stop, not a verb
    verb = words[z].lower not in load_set("figure_day_words.txt") \
        and any(lexicon_trie(name).match(words, z) for name in _VERB_LISTS)
    return own or verb


_VERB_LISTS = ("post_stops.txt", "org_tail_breakers.txt", "org_brand_verbs.txt")


def _name_syllable(w: Word) -> bool:
    """A capitalised syllable of its own: not an abbreviation's word, not a later syllable of a
    capitalised compound, not a head of org_heads.txt ("Sở", "Đài")."""
    return w.text[:1].isupper() and not w.text.isupper() and not w.abbreviation and not w.in_title_word \
        and w.text not in _single_heads()


@lru_cache(maxsize=1)
def _single_heads() -> frozenset[str]:
    """The heads of org_heads.txt that are one syllable ("Sở", "Bộ", "Đài")."""
    return frozenset(head for head, _ in load_table("org_heads.txt") if " " not in head)


def _opens_own_compound(words: list[Word], begin: int, n: int) -> bool:
    """"Ban Đào tạo": the last syllable of a capitalised compound ("Ban Đào") opens a compound
    with the lower-case syllable after it ("đào tạo") that opens none of its own ("Hà Nội cung
    cấp" keeps "cung cấp"); a province or country ("Hà Nội tại") is a name, not a compound to reread."""
    from .places import gazetteer

    k = begin + n - 1
    name = " ".join(w.text for w in words[begin:k + 1])
    if k + 1 >= len(words) or not words[k].text[:1].isupper() or words[k].abbreviation \
            or words[k + 1].text[:1].isupper() or name in gazetteer().provinces or name in gazetteer().countries:
        return False
    n = compound_length(words, k)
    return n > 1 and compound_length(words, k + 1) == 1


def is_shouting(text: str) -> bool:
    """A line in capitals (a headline): names and bodies cannot be told by case there."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7


class PhraseTrie:
    """Longest match of word sequences (compared in lower case) at a position."""

    def __init__(self, phrases):
        self.root: dict = {}
        for phrase, value in phrases:
            node = self.root
            parts = phrase.lower().replace(",", " ,").split()  # "phòng, chống": the comma is a word
            for w in parts:
                node = node.setdefault(w, {})
            node[None] = (len(parts), value)

    def match(self, words: list[Word], i: int):
        """(length, value) of the longest phrase starting at words[i], or None."""
        if i >= len(words) or (node := self.root.get(words[i].lower)) is None:
            return None  # most positions open no phrase: no loop set up for them
        best = node.get(None)
        for k in range(i + 1, len(words)):
            node = node.get(words[k].lower)
            if node is None:
                break
            best = node.get(None, best)
        return best

    def match_lowered(self, lowered, i: int):
        """`match` on words already in lower case."""
        if i >= len(lowered) or (node := self.root.get(lowered[i])) is None:
            return None
        best = node.get(None)
        for k in range(i + 1, len(lowered)):
            node = node.get(lowered[k])
            if node is None:
                break
            best = node.get(None, best)
        return best

    def occurs_in(self, lowered) -> bool:
        """Whether any phrase starts anywhere in words already in lower case."""
        return any(self.match_lowered(lowered, k) for k in range(len(lowered)))

    def ends_before(self, words: list[Word], k: int, reach: int) -> bool:
        """Whether the longest phrase starting at one of the `reach` words before words[k] ends
        right before it ("xe VinFast": a product noun before a brand)."""
        return any((found := self.match(words, p)) is not None and p + found[0] == k for p in range(max(0, k - reach), k))


@cache
def lexicon_trie(name: str) -> PhraseTrie:
    """The phrases of a one-phrase-a-line lexicon file as a trie, each phrase its own value."""
    return PhraseTrie((phrase, phrase) for phrase in load_list(name))


def without_place_asides(words: list[Word]) -> list[Word]:
    """The words without a bracket that only marks a place as new or old ("xã A (mới)",
    place_asides.txt), written after a capitalised word; the others as they are."""
    asides = _place_asides()
    drop: set[int] = set()
    for k in range(1, len(words) - 2):
        if words[k].text == "(" and words[k + 1].lower in asides and words[k + 2].text == ")" \
                and (words[k - 1].is_title or words[k - 1].is_upper_word):
            drop.update((k, k + 1, k + 2))
    return [w for k, w in enumerate(words) if k not in drop] if drop else words


def _place_asides() -> frozenset[str]:
    return load_set("place_asides.txt")

