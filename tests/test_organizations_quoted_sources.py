"""Organisations: a firm, agency or paper quoted as a source by "Theo" and a comma, written by its
initials in capitals ("Theo KBV, …"), by one foreign word ("Theo Marketwise, …") or by a name
closed by a paper's or firm's word ("Theo Harbor Daily News, …"), is a body;
a person's last name, a place, a trade agreement and the closing line of sources are not."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Bắc Ninh"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Theo KBV, thị trường chứng khoán tuần tới có thể rung lắc mạnh.", ["KBV"]),
    ("Cũng theo Marketwise, sức mua tại các tỉnh phía Bắc tăng 12% trong quý I.", ["Marketwise"]),
    ("Ngoài ra, theo NHPA, giá lúa gạo năm nay ổn định.", ["NHPA"]),
    ("Theo Harbor Daily News, cơn bão đã suy yếu khi vào đất liền.", ["Harbor Daily News"]),
    ("Theo Lindqvist Economics, xuất khẩu của tỉnh sẽ tăng 8% năm nay.", ["Lindqvist Economics"]),
])
def test_a_source_quoted_by_theo_is_a_body(text, expected):
    assert names(text) == expected


def test_a_quoted_source_is_a_body_wherever_the_article_writes_it_again():
    text = "Theo KBV, chỉ số sẽ vượt mốc 1.300 điểm. Các chuyên gia của KBV khuyến nghị nhà đầu tư thận trọng."
    assert names(text) == ["KBV", "KBV"]


@pytest.mark.parametrize("text", [
    "Diễn viên Aaron Colbert kể lại chuyện cũ. Theo Colbert, anh từng mất hết tiền tiết kiệm.",
    "Kênh đào của khu du lịch được làm mô phỏng theo Venice, thu hút nhiều du khách.",
    "Doanh nghiệp đầu tư theo CPTPP, được giảm thuế nhập khẩu.",
    "Minh Anh Theo KBV, Marketwise",
    "Theo Hương, em muốn trở thành giáo viên dạy vẽ.",
    "Theo Wilmer Peacock, giám đốc mảng đồ uống, giá rượu sẽ tăng.",
])
def test_a_person_a_place_an_agreement_or_the_sources_line_is_no_body(text):
    assert names(text) == []
