"""Organisations: abbreviations whose parts the article writes apart ("GD - ĐT", "VH,TT&DL") and
names whose dash has no spaces ("Lao động-Thương binh")."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Lai Châu"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Sở GD - ĐT tỉnh yêu cầu các trường rà soát sĩ số.", "Sở Giáo dục và Đào tạo tỉnh Lai Châu"),
    ("Sở VH,TT&DL tham mưu tổ chức lễ hội mùa thu.", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"),
    ("Sở TN – MT kiểm tra các mỏ cát trên sông Đà.", "Sở Tài nguyên và Môi trường tỉnh Lai Châu"),
])
def test_an_abbreviation_written_in_parts_is_expanded_whole(text, expected):
    assert names(text) == [expected]


def test_a_list_of_abbreviations_is_not_joined():
    assert names("Các DN, HTX trên địa bàn đều tham gia.") == []


def test_a_dash_written_without_spaces_inside_a_name_still_joins_its_domains():
    assert names("Thứ trưởng Bộ Lao động-Thương binh và Xã hội thăm trung tâm.") == [
        "Bộ Lao động - Thương binh và Xã hội"]


def test_a_lower_case_head_whose_rest_is_written_in_capitals_is_a_body():
    assert names("Thay mặt đoàn ĐBQH tỉnh, ông Lò Văn Mừng phát biểu.") == ["Đoàn đại biểu Quốc hội tỉnh Lai Châu"]


def test_a_lower_case_head_alone_is_still_a_generic_phrase():
    assert names("Các sở, ngành phối hợp triển khai.") == []


def test_a_city_abbreviated_in_lower_case_is_expanded():
    assert names("Cục quản lý thị trường Tp. Hồ Chí Minh phối hợp kiểm tra.") == [
        "Cục Quản lý thị trường thành phố Hồ Chí Minh"]


def test_an_abbreviation_written_apart_around_an_ampersand_is_read_whole():
    names = [o.name for o in extract_organizations(analyse("Sở TN & MT và Sở GD & ĐT phối hợp kiểm tra."), "Điện Biên")]
    assert names == ["Sở Tài nguyên và Môi trường tỉnh Điện Biên", "Sở Giáo dục và Đào tạo tỉnh Điện Biên"]


@pytest.mark.parametrize("text, expected", [
    ("CTCP Cao su Lai Châu báo lãi 12 tỷ đồng trong quý I.", "Công ty cổ phần Cao su Lai Châu"),
    ("Cục THADS tỉnh đã cưỡng chế 4 vụ việc.", "Cục Thi hành án dân sự tỉnh Lai Châu"),
    ("Cuốn sách do NXB Kim Đồng phát hành tháng trước.", "Nhà xuất bản Kim Đồng"),
    ("CLB Quảng Nam thắng 2-0 trên sân nhà.", "Câu lạc bộ Quảng Nam"),
])
def test_the_abbreviation_of_a_kind_of_body_is_expanded(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Cty TNHH Hoàng Long vừa ký hợp đồng thu mua chè.", "Công ty Trách nhiệm hữu hạn Hoàng Long"),
    ("Cty CP Thủy điện Nậm Na báo lãi quý III.", "Công ty cổ phần Thủy điện Nậm Na"),
])
def test_a_company_shortened_to_cty_is_expanded(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Chiều 12/5, UB Thường vụ Quốc hội cho ý kiến về dự án luật.", "Ủy ban Thường vụ Quốc hội"),
    ("Thẩm tra tờ trình, UB Pháp luật của Quốc hội tán thành đề xuất.", "Ủy ban Pháp luật của Quốc hội"),
])
def test_ub_before_a_capitalised_name_is_a_committee(text, expected):
    assert names(text) == [expected]


def test_a_bar_association_is_a_body():
    assert names("Luật sư Trần Minh, Đoàn Luật sư tỉnh Nghệ An cho biết như vậy.") \
        == ["Đoàn Luật sư tỉnh Nghệ An"]


@pytest.mark.parametrize("text", [
    "Danh sách do Hội đồng bầu cử quốc gia công bố sáng nay.",
    "Cuộc họp báo do Hội đồng bầu cử quốc gia tổ chức tại Nhà Văn hóa.",  # a standard name, then its verb
])
def test_the_national_election_council_written_in_lower_case(text):
    assert names(text) == ["Hội đồng Bầu cử Quốc gia"]
