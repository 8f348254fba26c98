"""Sentence boundaries for Vietnamese news text, as (start, end) offsets.

A line is a paragraph (or a headline, or a caption) and never shares a sentence with the next.
Inside a line a sentence ends at . ! ? … when the next word starts with a capital letter, a digit,
a quote or a dash, unless the period closes an abbreviation ("TP.", "TS.", "PGS.TS.", "Q.", "v.v.")
or a person's initials before the bracket that tells of them ("bà N.T.C. (56 tuổi) …"). A dash set
apart by spaces before a capital opens a new one too: pages whose line breaks were lost (baomoi's)
run an interview's turns and a list's items into one line ("… trên cả nước. - Ông có thể …"),
and a sub-heading or a caption into the next sentence with no stop at all ("Giá lúa giảm mạnh Theo
báo cáo của Sở …"): a word that opens sentences (heading_openers.txt), capitalised between two
lower-case words, opens one there. baomoi glues a photo's credit the same way ("… tại Hà Nội. Ảnh:
Vĩnh Quân Theo báo cáo …", "(Ảnh: TTXVN) Tỉnh đã …"): the sentence after it opens at the first
opener or title in the credit's capitalised run, else at its last capitalised word.
"""

import re

from .lexicons import load_set

_END = re.compile(r"(?:[.!?…]+|\.\.\.)(?:[\"”’)\]]*(?=\s+[\"“‘(\[\-–—•]?[\dA-ZÀ-ỸĐ])|(?=[ \t]+[\-–—][ \t]+\w))")
# a capitalised opener between lower-case words; "Theo dõi", "Sau đại học", "Hiện đại" are names' words
_NOT_OPENING = {("Theo", "dõi"), ("Sau", "đại"), ("Hiện", "đại")}
# A name's initials ("N.T.C.", "H.L."), which dantri writes for the people of a story
_INITIALS = re.compile(r"(?:[A-ZĐ]\.){2,}")


# "Ảnh: NAME", "Ảnh minh họa: NAME"; a bracketed credit ends at its bracket
_CREDIT = re.compile(r"(?<!\S)Ảnh(?: minh h(?:ọa|oạ))?:[ \t]+")
_BRACKET_CREDIT = re.compile(r"\((?:Ảnh|Nguồn)\b[^()\n]{0,60}\)(?=[ \t]+[\"“]?[A-ZÀ-ỸĐ])")
# lower-case words of a credit: "Tư liệu", "TTXVN phát", "Ảnh: Internet minh họa"
_CREDIT_WORDS = {"liệu", "phát", "minh", "họa", "hoạ"}
# words that open the sentence after a credit besides the heading openers: a title or a subject
# (not "Anh", "Đồng", "Năm": names' words too)
_CREDIT_OPENERS = {"Ông", "Bà", "Các", "Cùng", "Sáng", "Chiều", "Tối", "Ngày", "Thủ", "Chủ", "Bộ", "Phó",
                   "Giám", "UBND", "Sở", "Tỉnh", "Đài"}


def _credit_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the sentence after a photo's credit opens inside text[start:end]."""
    openers = _openers() | _CREDIT_OPENERS
    cuts = [start + m.end() for m in _BRACKET_CREDIT.finditer(text[start:end])]
    for credit in _CREDIT.finditer(text[start:end]):
        words = list(re.finditer(r"\S+", text[start + credit.end():end]))[:8]
        run = []
        for word in words:
            # "Ảnh: Đỗ Phương Anh - TTXVN", "Ảnh: TTXVN phát"
            if not word.group()[:1].isupper() and not (run and word.group() in _CREDIT_WORDS | {"-", "–"}):
                break
            run.append(word)
        # a credit ends a caption whose sentence ends in a stop; a credits' line ends in a name
        if not run or len(run) == len(words) or text[end - 1] not in ".!?…\"”)":
            continue
        breaker = words[len(run)].group()
        if breaker[:1] in "\"“" and breaker[1:2].isupper():  # "Ảnh: Kyiv Post “Nếu …"
            cuts.append(start + credit.end() + words[len(run)].start())
            continue
        if len(run) < 2:
            continue
        opening = next((w for w in run[1:] if w.group() in openers), run[-1])
        cuts.append(start + credit.end() + opening.start())
    return cuts


def _abbreviations() -> frozenset[str]:
    return load_set("sentence_abbreviations.txt")


def _openers() -> frozenset[str]:
    return load_set("heading_openers.txt")


def _glued_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a sentence opens inside text[start:end] after a sub-heading with no stop."""
    openers = _openers()
    words = list(re.finditer(r"\S+", text[start:end]))
    cuts = []
    for before, word, after in zip(words, words[1:], words[2:]):
        prev, opener, nxt = before.group(), word.group(), after.group().rstrip(",.;:")
        if (opener in openers and prev[0].islower() and prev[-1].isalnum() and nxt[:1].islower()
                and (opener, nxt) not in _NOT_OPENING):
            cuts.append(start + word.start())
    return cuts


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`, each stripped of surrounding white space."""
    abbreviations = _abbreviations()
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for end_mark in _END.finditer(line.group()):
            cut = line.start() + end_mark.end()
            before = text[start:cut]
            word = re.search(r"(\S+)$", before)
            last = word.group(1) if word else ""
            # "(TP. Hồ Chí Minh)", "“TP. Huế”": the bracket or quote opens the abbreviation's word
            if last.lstrip("\"“‘([").rstrip("\"”’)]") in abbreviations or re.fullmatch(r"[A-ZĐ]\.", last):
                continue
            # initials go on before a bracket ("bà N.T.C. (56 tuổi) đến …") or a lower-case word
            # (À-Ỹ above holds the lower-case accented letters too: "cháu H.L. để …")
            rest = text[cut:line.end()].lstrip()
            following = rest[:1]
            # a spaced dash opens a turn or an item only before a capital (not "30/4. - 1/5")
            if following in "-–—" and rest[1:2].isspace() and not rest[1:].lstrip()[:1].isupper():
                continue
            if _INITIALS.fullmatch(last) and (following == "(" or following.islower()):
                continue
            spans.append((start, cut))
            start = cut
        spans.append((start, line.end()))
    cut_spans = []
    for s, e in spans:
        for cut in sorted(set(_glued_cuts(text, s, e) + _credit_cuts(text, s, e))):
            cut_spans.append((s, cut))
            s = cut
        cut_spans.append((s, e))
    return [_strip(text, s, e) for s, e in cut_spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
