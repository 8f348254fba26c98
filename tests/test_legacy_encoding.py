"""Pages in the legacy Vietnamese font encodings (TCVN3/ABC, VNI-Windows) reach the
database in Unicode; pages in Unicode or in another language are left as they are."""

import unicodedata

import pytest

from extract_helpers import PARAGRAPHS, TITLE, page
from newsmine.extract import decode_html, extract_article
from newsmine.extract.legacy import repair_legacy_encoding, tcvn3_to_unicode, vni_to_unicode

# The test's own statement of the two encodings (written from the published tables, apart
# from the module's): TCVN3 letters in the order of VIETNAMESE, one byte each; VNI's marks.
VIETNAMESE = ("àáảãạ" "ằắẳẵặ" "ầấẩẫậ" "èéẻẽẹ" "ềếểễệ" "ìíỉĩị" "òóỏõọ" "ồốổỗộ" "ờớởỡợ"
              "ùúủũụ" "ừứửữự" "ỳýỷỹỵ" "ăâêôơưđ" "ĂÂÊÔƠƯĐ")
TCVN3 = ("µ¸¶·¹" "»¾¼½Æ" "ÇÊÈÉË" "ÌÐÎÏÑ" "ÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "åèæçé" "êíëìî"
         "ïóñòô" "õøö÷ù" "úýûüþ" "¨©ª«¬\u00ad®" "¡¢£¤¥¦§")
VNI_TONES = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
VNI_HATS = {"\u0302": "âàáåãä", "\u0306": "êèéúüë"}  # alone, then with each tone
VNI_ALONE = dict(zip("ơưđỉĩịỵ", "ôöñæóòî"))


def to_tcvn3(text: str) -> str:
    table = dict(zip(VIETNAMESE, TCVN3))
    return "".join(table.get(char, char) for char in unicodedata.normalize("NFC", text.lower()))


def to_vni(text: str) -> str:
    out = []
    for char in unicodedata.normalize("NFC", text):
        lower = char.lower()
        if lower in VNI_ALONE:
            mark = VNI_ALONE[lower]
            out.append(mark.upper() if char.isupper() else mark)
            continue
        if lower in "íì" or not unicodedata.combining(unicodedata.normalize("NFD", char)[-1]):
            out.append(char)
            continue
        base, *marks = unicodedata.normalize("NFD", char)
        if "\u031b" in marks:  # ờ, ữ …: the horn letter alone, then its tone
            marks.remove("\u031b")
            base = VNI_ALONE[unicodedata.normalize("NFC", base.lower() + "\u031b")]
        tone = next((m for m in marks if m in VNI_TONES), None)
        hat = next((m for m in marks if m in VNI_HATS), None)
        mark = VNI_HATS[hat]["\u0300\u0301\u0309\u0303\u0323".index(tone) + 1] if hat and tone else (
            VNI_HATS[hat][0] if hat else VNI_TONES[tone])
        out.append(base + (mark.upper() if char.isupper() else mark))
    return "".join(out)


def test_known_words_convert():
    assert tcvn3_to_unicode("Ch\u00ad¬ng tr×nh §iÖn Biªn") == "Chương trình Điện Biên"
    assert vni_to_unicode("Chöông trình Ñieän Bieân, Vieät Nam ñöôïc muøa") == (
        "Chương trình Điện Biên, Việt Nam được mùa")


@pytest.mark.parametrize("encode, name", [(to_tcvn3, "TCVN3"), (to_vni, "VNI")])
def test_a_legacy_text_comes_back_in_unicode(encode, name):
    text = "\n".join([TITLE, *PARAGRAPHS])
    legacy = encode(text)
    assert legacy != text
    repaired, found = repair_legacy_encoding(legacy)
    assert found == name
    expected = text.lower() if name == "TCVN3" else text  # TCVN3's capitals were a font
    assert repaired == unicodedata.normalize("NFC", expected)


@pytest.mark.parametrize("text", [
    "\n".join([TITLE, *PARAGRAPHS]),
    "The provincial people's committee approved the plan for new schools. " * 20,
    "Größere Häuser wurden für die Bürger gebaut, über fünf Jahre hinweg. " * 20,
    "Le conseil a réuni les élus à Hanoï pour évoquer la météo de l'été. " * 20,
    ("Nhiệt độ ngoài trời xuống 5°C, có nơi dưới 0°C; UBND huyện © 2024 ±2 ½ " * 20),
])
def test_unicode_and_other_languages_are_left_alone(text):
    assert repair_legacy_encoding(text) == (text, None)


def test_a_tcvn3_page_served_as_latin1_is_extracted_in_unicode():
    body = "".join(f"<p><font face='.VnTime'>{p}</font></p>" for p in PARAGRAPHS)
    html = to_tcvn3(page(body, charset='<meta charset="windows-1252">'))
    article = extract_article(html.encode("cp1252"))
    assert article.title == TITLE.lower()
    assert PARAGRAPHS[1].lower() in article.text


def test_a_vni_page_decodes_to_unicode():
    html = to_vni(page(charset='<meta charset="windows-1252">'))
    text = decode_html(html.encode("cp1252"))
    assert TITLE in text and PARAGRAPHS[2] in text
