"""Organisations: a firm named by its trade and its own name with no head word ("Theo Chứng
khoán Bảo Việt", "ký với Khí Miền Nam"), and the trades that stay no firm: the market of a
country, a minister's field, a trade inside a longer name."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Hà Nội"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Theo Chứng khoán Phú Lâm, chỉ số VN-Index có thể vượt vùng đỉnh cũ trong tuần tới.",
     ["Chứng khoán Phú Lâm"]),
    ("Trong khi đó, Chứng khoán Đông Hải nhận định dòng tiền đang thận trọng.", ["Chứng khoán Đông Hải"]),
    ("Năm nay, Bảo hiểm Minh An đặt kế hoạch doanh thu tăng 12% so với năm trước.", ["Bảo hiểm Minh An"]),
    ("Công ty đã ký hợp đồng mua bán khí với Khí Miền Trung từ đầu năm.", ["Khí Miền Trung"]),
])
def test_a_trade_with_a_capitalised_name_is_a_firm(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Chứng khoán Việt Nam vẫn là kênh đầu tư hấp dẫn trong năm nay.",
    "Bộ trưởng Tài chính Anh cho biết ngân sách sẽ được bổ sung.",
    "Thị trường Chứng khoán Hà Nội giao dịch trầm lắng.",
    "Tỉnh vừa ban hành Kế hoạch Hành động Khí Hậu đến năm 2030.",
])
def test_a_trade_before_a_place_or_inside_a_name_is_no_firm(text):
    assert not any(n.startswith(("Chứng khoán", "Tài chính", "Khí")) for n in names(text))


def test_a_trade_inside_a_body_stays_in_that_body():
    assert names("Ủy ban Chứng khoán Nhà nước vừa xử phạt hai công ty.") == ["Ủy ban Chứng khoán Nhà nước"]


def test_a_trade_after_a_post_is_the_posts_field():
    assert names("Ông Hùng, giám đốc Tài chính Kessler Lim, cho biết công ty sẽ chia cổ tức.") == []
