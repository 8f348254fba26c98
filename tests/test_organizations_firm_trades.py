"""Organisations: an English firm's name closed by its trade or its legal form ("… Telecom",
"… Asset Management", "… AG"), with no head word or cue before it, and a founder's initial that
opens such a name ("J. … Entertainment")."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Bắc Ninh"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Năm nay Kestrel Telecom đạt doanh thu 500 tỷ đồng nhờ mảng cáp quang.", ["Kestrel Telecom"]),
    ("Sau làn sóng chỉ trích, Brightwave Entertainment chỉ phản hồi ngắn gọn.", ["Brightwave Entertainment"]),
    ("Quỹ đã bán cổ phần cho Halden Asset Management vào tháng trước.", ["Halden Asset Management"]),
    ("Theo văn phòng dịch vụ khai thuế Lindqvar AG, thuế thu nhập tăng 7%.", ["Lindqvar AG"]),
])
def test_a_foreign_run_closed_by_a_trade_or_legal_form_is_a_firm(text, expected):
    assert names(text) == expected


def test_an_initial_opens_the_firms_name():
    text = "Năm 2010 anh mở công ty riêng mang tên K. Moravo Entertainment và chuyển về Seoul."
    assert names(text) == ["K. Moravo Entertainment"]


def test_a_product_or_craft_is_no_firm():
    assert names("Nhiều bạn trẻ theo học Graphic Design và dùng Google Mobile Services mỗi ngày.") == []


def test_a_name_going_on_over_of_to_a_trade_is_read_whole():
    # "Institute" alone is refused before "of"; the trade that closes the name takes it all
    assert names("Bà từng giảng dạy tại Darwick Institute of Technology trong 5 năm.") == \
        ["Darwick Institute of Technology"]


@pytest.mark.parametrize("text, expected", [
    ("Sàn giao dịch này chịu sự quản lý của Ủy ban chứng khoán Malvaria.", ["Ủy ban chứng khoán Malvaria"]),
    ("Đại diện Cục quản lý đường bộ IV cho biết sẽ báo cáo lại vụ việc.", ["Cục quản lý đường bộ IV"]),
])
def test_a_commission_or_department_written_in_sentence_case_goes_on_to_its_place(text, expected):
    assert names(text) == expected
