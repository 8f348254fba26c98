"""Organisations: a standard body whose domains are listed without "và" or commas ("Sở Văn hóa
Thể thao Du lịch") is named in its standard form, as when written with them."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Hà Giang"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Theo số liệu của Sở Văn hóa Thể thao Du lịch Hà Giang, khách tới cao nguyên đá tăng mạnh.",
     ["Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang"]),
    ("Sở Tài nguyên Môi trường tỉnh vừa kiểm tra các mỏ đá ở huyện Quản Bạ.",
     ["Sở Tài nguyên và Môi trường tỉnh Hà Giang"]),
    ("Bộ Nông nghiệp Phát triển nông thôn đã cử đoàn công tác lên kiểm tra.",
     ["Bộ Nông nghiệp và Phát triển nông thôn"]),
])
def test_domains_listed_without_va_name_the_standard_body(text, expected):
    assert names(text) == expected


def test_a_body_written_with_a_dash_keeps_its_own_name():
    assert names("Sở Văn hóa - Thể thao tỉnh mở lớp tập huấn cho huấn luyện viên.") == [
        "Sở Văn hóa - Thể thao tỉnh Hà Giang"]


def test_a_longer_list_of_domains_is_not_cut_at_a_standard_body():
    text = "Trung tâm Văn hóa Thông tin Thể thao và Du lịch huyện Yên Minh tổ chức lễ hội."
    assert names(text) == ["Trung tâm Văn hóa Thông tin Thể thao và Du lịch huyện Yên Minh"]


@pytest.mark.parametrize("text, expected", [
    ("Ông Vàng, Trưởng Ban Chỉ đạo công tác phòng, chống dịch bệnh cho biết huyện chưa có ca mắc mới.",
     ["Ban Chỉ đạo công tác phòng, chống dịch bệnh"]),
    ("Cuộc họp Ban chỉ đạo phòng chống dịch huyện Yên Minh diễn ra sáng nay.",
     ["Ban chỉ đạo phòng chống dịch huyện Yên Minh"]),
])
def test_a_steering_board_named_for_what_it_fights_without_ve_is_a_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ông Lò Văn Páo, Trưởng phòng Kinh tế hạ tầng huyện Yên Minh, cho biết đường đã thông xe.",
     ["Phòng Kinh tế hạ tầng huyện Yên Minh"]),
    ("Phòng Giáo dục đào tạo huyện Quản Bạ vừa bàn giao 12 phòng học mới cho các trường.",
     ["Phòng Giáo dục đào tạo huyện Quản Bạ"]),
    ("Phòng Tài nguyên - Môi trường huyện Đồng Văn đã kiểm tra các bãi cát ven sông.",
     ["Phòng Tài nguyên - Môi trường huyện Đồng Văn"]),
])
def test_a_district_office_keeps_the_articles_wording(text, expected):
    """District offices are named differently from district to district: no standard form."""
    assert names(text) == expected


def test_a_district_office_written_with_an_ampersand_is_read_with_va():
    assert names("Phòng Giáo dục & Đào tạo huyện Quản Bạ tổ chức hội thi giáo viên giỏi.") == [
        "Phòng Giáo dục và Đào tạo huyện Quản Bạ"]


def test_a_chamber_written_otherwise_only_in_its_capitals_keeps_the_standard_name():
    assert names("Chủ tịch Phòng Thương mại và công nghiệp Việt Nam dự hội nghị tại Hà Giang.") == [
        "Phòng Thương mại và Công nghiệp Việt Nam"]
