"""Organisations: bodies of provincial news the heads missed or cut (steering committees named
by a number or a comma-written domain, police units named with an abbreviation)."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Hà Tĩnh"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Ban Chỉ đạo 389 tỉnh kiểm tra 12 cửa hàng.", "Ban Chỉ đạo 389 tỉnh Hà Tĩnh"),
    ("Chiều qua, Ban Chỉ đạo 35 huyện Kỳ Anh họp định kỳ.", "Ban Chỉ đạo 35 huyện Kỳ Anh"),
])
def test_a_steering_committee_named_by_its_number(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh họp phiên thứ tám.",
     "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Tĩnh"),
    ("Ban Chỉ đạo công tác phòng, chống dịch bệnh huyện Can Lộc yêu cầu các xã vào cuộc.",
     "Ban Chỉ đạo công tác phòng, chống dịch bệnh huyện Can Lộc"),
])
def test_a_domain_written_with_a_comma_goes_on_to_the_place(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("written", ["PCCC và CNCH", "PCCC&CNCH"])
def test_an_abbreviation_opening_with_a_head_word_does_not_cut_a_police_unit(written):
    assert "Phòng Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Hà Tĩnh" in names(
        f"Phòng Cảnh sát {written} Công an tỉnh đã dập tắt đám cháy.")
