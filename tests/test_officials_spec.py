"""GOLD.md's written rules on officials and organisations, each exercised in several of the ways
provincial articles phrase it. Sentences written for the test."""

import pytest

from newsmine.facts.context import analyse, extract_officials, extract_organizations


def officials(text, province="Quảng Trị"):
    return {o.name: o for o in extract_officials(analyse(text), province)}


def names(text, province="Quảng Trị"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, person, province", [
    ("Tham dự có bà Nguyễn Thị Hải, đại biểu Quốc hội tỉnh Quảng Trị.", "Nguyễn Thị Hải", "Quảng Trị"),
    ("Ông Lò Văn Mừng, ĐBQH tỉnh Điện Biên đã tiếp xúc cử tri xã Nà Tấu.", "Lò Văn Mừng", "Điện Biên"),
    ("Đại biểu Quốc hội tỉnh Nghệ An Trần Văn Lâm đề nghị tăng vốn cho giáo dục.", "Trần Văn Lâm", "Nghệ An"),
])
def test_a_deputy_written_with_the_province_that_elected_them_is_of_its_delegation(text, person, province):
    o = officials(text, province)[person]
    assert o.title == f"Đại biểu Quốc hội tỉnh {province}"
    assert o.organization == f"Đoàn đại biểu Quốc hội tỉnh {province}"


def test_the_national_assembly_takes_no_province_after_it():
    found = names("Ông Hồ Văn Năm, đại biểu Quốc hội tỉnh Quảng Trị, đã phát biểu tại phiên họp.")
    assert "Quốc hội" in found and not any(n.startswith("Quốc hội tỉnh") for n in found)


def test_a_deputy_who_holds_a_post_keeps_the_post_as_main_body():
    o = officials("Ông Hà Sỹ Lâm, Phó Chủ tịch UBND tỉnh, đại biểu Quốc hội tỉnh Quảng Trị phát biểu.")["Hà Sỹ Lâm"]
    assert o.title.split("; ") == ["Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị", "Đại biểu Quốc hội tỉnh Quảng Trị"]
    assert o.organization == "Ủy ban nhân dân tỉnh Quảng Trị"
