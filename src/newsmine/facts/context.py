"""Per-sentence analysis shared by the extractors: words, personal names, headline flag."""

from dataclasses import dataclass

from .model import Obstacle, Official, OrganizationMention
from .obstacles import is_restatement, obstacles_in_sentence, opens_enumeration
from .officials import find_names, officials_in_sentence
from .organizations import named_places, parse_org
from .sentences import split_sentences
from .words import Word, is_shouting, sentence_words


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    words: list[Word]
    names: list[tuple[int, int]]  # word index spans of personal names
    shouting: bool  # a headline in capitals: case tells nothing there


def analyse(text: str, spans: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of an article with their words and names."""
    result = []
    for start, end in spans if spans is not None else split_sentences(text):
        chunk = text[start:end]
        words = sentence_words(text, start, end)
        shouting = is_shouting(chunk)
        result.append(Sentence(start, end, chunk, words, [] if shouting else find_names(words), shouting))
    return result


def _known_last_syllables(sentences: list[Sentence]) -> dict[str, list[str]]:
    """Last syllable of every full personal name of the article → those names ("Tiến" →
    ["Lò Văn Tiến"]), to resolve and stop at later short mentions."""
    known: dict[str, list[str]] = {}
    for s in sentences:
        for b, e in s.names:
            if e - b >= 2:
                full = " ".join(w.text for w in s.words[b:e])
                names = known.setdefault(s.words[e - 1].text, [])
                if full not in names:
                    names.append(full)
    return known


def extract_organizations(sentences: list[Sentence], province: str | None) -> list[OrganizationMention]:
    """Every organisation mention, canonical name and surface form."""
    mentions = []
    recent: dict[str, str] = {}  # the district, commune … the article named last
    known = _known_last_syllables(sentences)
    for s in sentences:
        if s.shouting:
            continue
        # a body ends before a person: a full name, or a known one's last syllable ("… thành phố Lệ")
        stops = {b for b, e in s.names if e - b >= 2 or s.words[b].text in known}
        recent.update(named_places(s.words, stops))
        i = 0
        while i < len(s.words):
            org = parse_org(s.words, i, stops, province, recent)
            if org is None:
                i += 1
                continue
            first, last = s.words[org.begin], s.words[org.end - 1]
            mentions.append(OrganizationMention(org.name, s.text[first.start - s.start:last.end - s.start],
                                                first.start, last.end, s.text))
            i = org.end
    return mentions


def extract_officials(sentences: list[Sentence], province: str | None) -> list[Official]:
    """Every official mention; short later mentions resolved to the full name."""
    known = _known_last_syllables(sentences)
    found = []
    for s in sentences:
        if not s.shouting:
            found.extend(officials_in_sentence(s.words, s.names, province, s.text, known))
    return found


def extract_obstacles(text: str, sentences: list[Sentence]) -> list[Obstacle]:
    """Every obstacle item; headlines in capitals are skipped (the body says it again), and so is
    an obstacle the article already stated in nearly the same words (a sapo or quote repeating it)."""
    found, previous, under_heading = [], [], False
    for s in sentences:
        bullet = s.text[:1] in "-+•–"
        if not s.shouting:
            for o in obstacles_in_sentence(text, s.start, s.end, s.words, previous,
                                           listed=under_heading and bullet):
                if not any(is_restatement(o.text, seen.text) for seen in found):
                    found.append(o)
        # bullets under "… gặp những khó khăn sau:" are items even without a cue word
        under_heading = opens_enumeration(s.words) or (under_heading and bullet)
        previous = s.words
    return found
