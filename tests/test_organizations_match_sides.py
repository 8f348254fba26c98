"""Clubs named by a city are read as sides of a match: beside a score, in a "trận X - Y" pair or
before their formation in a line-up; a city elsewhere stays a place."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text):
    return [m.name for m in extract_organizations(analyse(text), None)]


@pytest.mark.parametrize("text, expected", [
    ("Tối thứ Bảy, Leeds 2-1 Burnley trong trận cầu muộn của vòng 9.", {"Leeds", "Burnley"}),
    ("Đội khách đã thắng Norwich 3-0 ngay trên sân của đối thủ.", {"Norwich"}),
    ("Họ giành chiến thắng 2-1 trước Burnley ở phút bù giờ.", {"Burnley"}),
    ("Trận Everton - Leeds được dời sang tuần sau vì mưa lớn.", {"Everton", "Leeds"}),
    ("Leeds (4-3-3): Meslier; Ayling; Cooper; Struijk.", {"Leeds"}),
])
def test_a_side_of_a_match_is_a_club(text, expected):
    assert expected <= set(names(text))


def test_a_city_outside_a_match_is_no_club():
    text = "Đoàn doanh nghiệp của tỉnh sang Leeds và Norwich để tìm hiểu thị trường từ ngày 2-10."
    assert not {"Leeds", "Norwich"} & set(names(text))
