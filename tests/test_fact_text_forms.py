"""The fact stage reads a text however its accents are written: decomposed (NFD) or with the old
tone placement ("Uỷ ban", "Hoà Bình"), with zero-width characters or no-break spaces, with
offsets into the text as it was given.

Every sentence here was written for these tests."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsmine.facts import extract_facts
from newsmine.textnorm import normalize_tones, normalize_with_offsets

NEW_STYLE = ("Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình Bùi Văn Khỏe cho biết, năm 2024 tỉnh chi "
             "215 tỷ đồng cho thủy lợi nhưng còn thiếu cán bộ kỹ thuật ở các xã vùng cao.")
OLD_STYLE = ("Phó Chủ tịch Uỷ ban nhân dân tỉnh Hoà Bình Bùi Văn Khoẻ cho biết, năm 2024 tỉnh chi "
             "215 tỷ đồng cho thuỷ lợi nhưng còn thiếu cán bộ kỹ thuật ở các xã vùng cao.")


def summary(facts):
    return ([(o.name, o.title, o.organization) for o in facts.officials],
            [m.name for m in facts.organizations],
            [(f.value, f.unit, f.measure, f.period) for f in facts.figures],
            [(b.text, b.category) for b in facts.obstacles])


def test_old_tone_placement_gives_the_facts_of_the_new_one():
    assert summary(extract_facts(OLD_STYLE, province="Hoà Bình")) == \
        summary(extract_facts(NEW_STYLE, province="Hòa Bình"))
    assert extract_facts(OLD_STYLE).officials[0].title == "Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình"


def test_decomposed_accents_give_the_facts_of_composed_ones():
    decomposed = unicodedata.normalize("NFD", NEW_STYLE)
    assert len(decomposed) > len(NEW_STYLE)
    assert summary(extract_facts(decomposed)) == summary(extract_facts(NEW_STYLE))


def test_zero_width_characters_and_no_break_spaces_are_read_as_nothing_and_spaces():
    copied = NEW_STYLE.replace("Ủy ban", "Ủ\u200by ban").replace(" Bùi", " \ufeffBùi").replace(" tỷ", "\u202ftỷ")
    assert summary(extract_facts(copied)) == summary(extract_facts(NEW_STYLE))
    figure = extract_facts(copied).figures[0]
    assert (figure.text, copied[figure.start:figure.end]) == ("215 tỷ đồng", "215\u202ftỷ đồng")


def test_offsets_point_into_the_text_as_given():
    for text in (OLD_STYLE, unicodedata.normalize("NFD", OLD_STYLE)):
        facts = extract_facts(text)
        official = facts.officials[0]
        assert normalize_tones(text[official.start:official.end]) == "Bùi Văn Khỏe"
        assert [normalize_tones(text[m.start:m.end]) for m in facts.organizations] == \
            [m.surface for m in facts.organizations] == ["Ủy ban nhân dân tỉnh Hòa Bình"]
        assert [normalize_tones(text[f.start:f.end]) for f in facts.figures] == ["215 tỷ đồng"]


def test_text_in_the_stored_form_is_given_back_as_it_is():
    assert normalize_with_offsets(NEW_STYLE) == (NEW_STYLE, None, None)


@given(st.text(alphabet="aăâeêioôơuưyAOUYđ \u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b", max_size=40))
def test_every_character_maps_back_to_a_cluster_of_the_given_text(text):
    normal, starts, ends = normalize_with_offsets(text)
    assert normal == normalize_tones(text)
    if starts is not None:
        assert len(starts) == len(ends) == len(normal)
        assert all(0 <= s < e <= len(text) for s, e in zip(starts, ends))
        assert starts == sorted(starts) and (not normal or (starts[0], ends[-1]) == (0, len(text)))
