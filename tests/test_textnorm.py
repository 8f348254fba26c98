import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmine.textnorm import fold, normalize_for_match, normalize_text, normalize_tones


@pytest.mark.parametrize(
    "raw, expected",
    [("hoà", "hòa"), ("Hoà Bình", "Hòa Bình"), ("thuỷ lợi", "thủy lợi"), ("Uỷ ban", "Ủy ban"),
     ("khoẻ", "khỏe"), ("quí", "quí"), ("quý", "quý"), ("huỳnh", "huỳnh"), ("hoàng", "hoàng")],
)
def test_tone_marks_move_to_first_vowel_of_open_oa_oe_uy(raw, expected):
    assert normalize_tones(raw) == expected


def test_normalize_text_removes_zero_width_and_nbsp_and_blank_lines():
    raw = "Điện\u00a0Biên\u200b  có\r\n\n\n  433 tỷ đồng  \n"
    assert normalize_text(raw) == "Điện Biên có\n433 tỷ đồng"


def test_normalize_text_composes_decomposed_input():
    assert normalize_text("Vie\u0323\u0302t Nam") == "Việt Nam"


def test_fold_removes_accents_and_folds_d_bar_by_hand():
    assert fold("Điện Biên, ĐẮK LẮK, đường") == "dien bien, dak lak, duong"


def test_match_form_lowercases_collapses_space_and_strips_end_punctuation():
    assert normalize_for_match("  Hoà   Bình, ") == "hòa bình"
    assert normalize_for_match("(khó khăn…)") == "khó khăn"


def test_bidirectional_controls_are_removed_so_a_title_reads_as_stored():
    assert normalize_text("Điện\u202e Biên \u2066Phủ\u2069\u200f") == "Điện Biên Phủ"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fold_by_table_is_folding_the_whole_text(text):
    from newsmine.textnorm import _fold_slowly

    assert fold(text) == _fold_slowly(text).lower()


_SYLLABLE_PARTS = st.sampled_from(["q", "u", "o", "a", "e", "y", "h", "Q", "U", "O", "A", "E", "Y", " ", ".",
                                   "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306",
                                   "à", "á", "ả", "ã", "ạ", "è", "é", "ỷ", "ý", "Ỳ", "Ạ", "ê"])


@given(st.lists(_SYLLABLE_PARTS, max_size=12).map("".join))
def test_the_quick_path_gives_what_moving_the_tones_gives(text):
    import unicodedata

    from newsmine import textnorm

    decomposed = unicodedata.normalize("NFD", text)
    moved = unicodedata.normalize("NFC", textnorm._TONE_ON_SECOND.sub(textnorm._move_tone, decomposed))
    assert normalize_tones(text) == moved


def test_the_quick_test_for_old_style_tones_misses_no_syllable_the_full_pass_would_change():
    import unicodedata

    from newsmine import textnorm

    def full(text):
        decomposed = unicodedata.normalize("NFD", text)
        return unicodedata.normalize("NFC", textnorm._TONE_ON_SECOND.sub(textnorm._move_tone, decomposed))

    words = ["hoà", "hoàn", "toàn", "khoản", "quý", "Quỳnh", "thuỷ", "Thuỷ.", "khoẻ", "xoè,", "tuỳ", "huỷ"]
    for word in words:
        assert textnorm.normalize_tones(word) == full(word)
        assert textnorm.normalize_tones(f"Ông {word} nói") == full(f"Ông {word} nói")
    assert textnorm._OLD_STYLE_PAIR.search("hoàn toàn quý khoản") is None


def test_normalize_lines_is_normalize_tones_of_each_line():
    import unicodedata

    from newsmine.textnorm import normalize_lines

    lines = ["hoà bình", "khoẻ mạnh", "thuỷ lợi", "quý", "toàn dân", "hòa giải", "Hoà", "", "y tế"]
    assert normalize_lines(lines) == [normalize_tones(line) for line in lines]
    assert normalize_lines(lines)[:3] == ["hòa bình", "khỏe mạnh", "thủy lợi"]
    decomposed = [unicodedata.normalize("NFD", line) for line in lines]  # not composed: each line in full
    assert normalize_lines(decomposed) == [normalize_tones(line) for line in decomposed]
    assert normalize_lines(["hoà\nbình", "toà"]) == [normalize_tones("hoà\nbình"), "tòa"]
