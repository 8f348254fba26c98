"""Ministries listed under one head: "các Bộ Ngoại giao, Công an, Y tế, Quốc phòng và …" writes "Bộ"
once for every field after it, so each field is a ministry of its own (bodies.txt's standard name).
Vietnamese official writing (a Prime Minister's or a ministry's directive) lists the ministries it
addresses so; the organisations read the first ("Bộ Ngoại giao") and took the rest for its tail.
A pass over an article's mentions, after context.extract_organizations; each ministry added has
the sentence the article's analysis holds it in (context.sentence_at), as every mention has."""

import re

from .context import Sentence, sentence_at
from .org_vocabulary import match_body
from .records import OrganizationMention
from .words import Word, sentence_words

# A plural or counted "Bộ" (the head written once), then its fields joined by commas and "và".
_LISTED_HEAD = re.compile(r"\b(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu) ([Bb]ộ):? ")
_HEAD = Word("Bộ", 0, 0)


def _listed_ministries(text: str, head: int) -> list[tuple[str, int, int]]:
    """(name, start, end) of each ministry of the list whose "Bộ" is at text[head], in order, up to
    the first item that is no ministry's field ("UBND các tỉnh", "các địa phương")."""
    stop = min((e for e in (text.find(". ", head), text.find(";", head), text.find("\n", head)) if e >= 0),
               default=len(text))
    words = sentence_words(text, head, stop)
    found, k = [], 1
    while k < len(words) and words[k].text == ":":
        k += 1
    while k < len(words) and words[k].text[:1].isupper():
        body = match_body([_HEAD, *words[k:]], 0)
        if body is None or body[0] < 2 or not (body[1] or "").startswith("Bộ "):
            break
        end = k + body[0] - 1
        found.append((body[1], words[k].start, words[end - 1].end))
        k = end
        if k < len(words) and words[k].text == "(":  # "Giao thông vận tải (GTVT)"
            k = next((j + 1 for j in range(k, len(words)) if words[j].text == ")"), len(words))
        if k >= len(words) or words[k].text not in (",", "và"):
            break
        k += 1
    return found


def with_listed_ministries(mentions: list[OrganizationMention], text: str,
                           sentences: list[Sentence]) -> list[OrganizationMention]:
    """The mentions and a ministry for each field of a list under one "Bộ" (two fields at least,
    each a standard ministry's) that no mention names yet; its surface is the name (the field
    alone, "Công an", is no alias of the ministry)."""
    names = {m.name for m in mentions}
    added = []
    for head in _LISTED_HEAD.finditer(text):
        listed = _listed_ministries(text, head.start(1))
        if len(listed) < 2:
            continue
        for name, start, end in listed:
            if name not in names:
                names.add(name)
                added.append(OrganizationMention(name=name, surface=name, start=start, end=end,
                                                 sentence=sentence_at(sentences, start).text,
                                                 rule="a field of ministries listed under one head"))
    return mentions + added
