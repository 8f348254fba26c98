"""Vietnamese text written in the legacy font encodings of the 1990s and 2000s, which old
provincial portals still serve: TCVN3 (ABC, the ".VnTime" fonts) and VNI-Windows. Both put
Vietnamese letters on Latin-1 code points, so the page decodes without error into mojibake
("Ch¬ng tr×nh", "Chöông trình"). Which reading is right is decided by the text itself: the
one whose words are Vietnamese syllables."""

import re
import unicodedata

# TCVN3 (ABC): one byte per letter. Lower case only; upper case letters came from a second
# font (".VnTimeH") on the same code points, so they read back as lower case.
_TCVN3_VOWELS = {  # base letter: the bytes of its grave, acute, hook-above, tilde, dot-below forms
    "a": "µ¸¶·¹", "ă": "»¾¼½Æ", "â": "ÇÊÈÉË", "e": "ÌÐÎÏÑ", "ê": "ÒÕÓÔÖ", "i": "×ÝØÜÞ",
    "o": "ßãáâä", "ô": "åèæçé", "ơ": "êíëìî", "u": "ïóñòô", "ư": "õøö÷ù", "y": "úýûüþ",
}
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook above, tilde, dot below
_TCVN3_LETTERS = {"¨": "ă", "©": "â", "ª": "ê", "«": "ô", "¬": "ơ", "\u00ad": "ư", "®": "đ",
                  "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ"}
TCVN3_TABLE = str.maketrans({
    **_TCVN3_LETTERS,
    **{byte: unicodedata.normalize("NFC", base + tone)
       for base, tones in _TCVN3_VOWELS.items() for byte, tone in zip(tones, _TONES)},
})

# VNI-Windows: a base letter followed by a mark character; a few letters stand alone.
_VNI_ALONE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
              "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ"}
_VNI_MARKS = {  # mark character: the combining marks it stands for
    "ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
    "â": "\u0302", "à": "\u0302\u0300", "á": "\u0302\u0301", "å": "\u0302\u0309",
    "ã": "\u0302\u0303", "ä": "\u0302\u0323",
    "ê": "\u0306", "è": "\u0306\u0300", "é": "\u0306\u0301", "ú": "\u0306\u0309",
    "ü": "\u0306\u0303", "ë": "\u0306\u0323",
}
_VNI_MARKS.update({mark.upper(): combining for mark, combining in list(_VNI_MARKS.items())})
_VNI_PAIR = re.compile("([aeiouyAEIOUYơưƠƯ])([" + "".join(_VNI_MARKS) + "])")
_VNI_ALONE_TABLE = str.maketrans(_VNI_ALONE)

# A Vietnamese syllable, accents folded: an onset, one to three vowels, a coda.
_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                       r"(ch|ng|nh|[cmnpt])?")
# Which vowels each mark may sit on: the five tones on any, the circumflex on a, e, o, the
# breve on a, the horn on o and u.
_MARK_ON = {**{tone: "aeiouy" for tone in _TONES}, "\u0302": "aeo", "\u0306": "a", "\u031b": "ou"}
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPT_OR_STYLE = re.compile(r"<(/?)(script|style)\b", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>|&#?\w+;")
SAMPLE_CHARS = 200_000  # the text judged: enough for any article, bounded for any page
MIN_WORDS = 20  # below this, too little text to judge
# Latin-1 characters that are no Vietnamese letter: legacy text is full of them, Unicode
# Vietnamese has almost none, so a page with few is judged no further.
_FOREIGN = re.compile("[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db-\u00dc"
                      "\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb-\u00fc\u00fe-\u00ff]")
MIN_FOREIGN = 20


def _is_syllable(word: str) -> bool:
    """Whether a word is spelt as a Vietnamese syllable: Vietnamese letters only, each
    mark on a vowel that takes it, at most one tone."""
    letters, tones, previous = [], 0, ""
    for char in unicodedata.normalize("NFD", word.lower()).replace("đ", "d"):
        if unicodedata.combining(char):
            if previous not in _MARK_ON.get(char, ""):
                return False
            tones += char in _TONES
        elif "a" <= char <= "z":
            letters.append(char)
            previous = char
        else:
            return False
    return tones <= 1 and _SYLLABLE.fullmatch("".join(letters)) is not None


def _visible_text(html: str) -> str:
    """A page's text without tags, entities, scripts and styles (one linear pass)."""
    html = html[:SAMPLE_CHARS]
    parts, position, inside = [], 0, None
    for match in _SCRIPT_OR_STYLE.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if inside is None and not closing:
            parts.append(html[position:match.start()])
            inside = name
        elif inside == name and closing:
            position, inside = match.end(), None
    if inside is None:
        parts.append(html[position:])
    return _TAG.sub(" ", " ".join(parts))


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 (ABC) mojibake, as decoded from Latin-1 or cp1252, to Unicode."""
    return text.translate(TCVN3_TABLE)


def vni_to_unicode(text: str) -> str:
    """VNI-Windows mojibake, as decoded from Latin-1 or cp1252, to Unicode (NFC)."""
    text = text.translate(_VNI_ALONE_TABLE)
    text = _VNI_PAIR.sub(lambda m: m.group(1) + _VNI_MARKS[m.group(2)], text)
    return unicodedata.normalize("NFC", text)


_READINGS = {"TCVN3": tcvn3_to_unicode, "VNI": vni_to_unicode}


def vietnamese_share(text: str) -> tuple[float, int]:
    """The share of words in a page's visible text that are Vietnamese syllables, and the
    number of words judged."""
    words = _WORD.findall(_visible_text(text))
    if not words:
        return 0.0, 0
    good = sum(1 for word in words if _is_syllable(word))
    return good / len(words), len(words)


def repair_legacy_encoding(text: str) -> tuple[str, str | None]:
    """The text in Unicode, and the legacy encoding it was converted from (None when it was
    not in one). A reading replaces the text only when clearly more of its words are
    Vietnamese syllables; a page in another language is left as it is."""
    if len(_FOREIGN.findall(text, 0, SAMPLE_CHARS)) < MIN_FOREIGN:
        return text, None
    share, words = vietnamese_share(text)
    if words < MIN_WORDS or share >= 0.9:
        return text, None
    sample, best = text[:SAMPLE_CHARS], (share, None)
    for name, convert in _READINGS.items():  # judged on the sample, converted once when chosen
        converted_share, _ = vietnamese_share(convert(sample))
        if converted_share > best[0]:
            best = (converted_share, name)
    converted_share, name = best
    if name and converted_share >= 0.75 and converted_share - share >= 0.15:
        return _READINGS[name](text), name
    return text, None
