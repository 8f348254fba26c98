"""Organisations: firms named by initials alone, never spelt out in the article."""

import pytest

from newsmine.facts.context import analyse, extract_officials, extract_organizations


def names(text, province="Lai Châu"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Các hãng bay Vietnam Airlines, Bamboo Airways và VASCO đã tăng chuyến phục vụ dịp hè.",
     ["Vietnam Airlines", "Bamboo Airways", "VASCO"]),
    ("Trong tháng 5, Agribank và FWD ký kết thỏa thuận bán bảo hiểm qua ngân hàng.",
     ["Agribank", "FWD"]),
])
def test_initials_after_va_close_a_list_of_bodies(text, expected):
    assert names(text) == expected


def test_an_economys_measure_after_va_is_no_body():
    assert names("Tỉnh dẫn đầu khu vực về thu hút đầu tư của Samsung và GDP cũng tăng cao.") == ["Samsung"]


@pytest.mark.parametrize("text, expected", [
    ("Đầu tư vào nhà máy mới do Fenwick, công ty sản xuất linh kiện của Đài Loan, đảm nhận.",
     ["Fenwick"]),
    ("Sản phẩm được phân phối qua Brightmoor - một đơn vị bán lẻ lớn tại Singapore.", ["Brightmoor"]),
    ("Trong quý I, Zentrova là hãng có doanh số tăng nhanh nhất.", ["Zentrova"]),
    # the noun describes both items of the list (orgs38: the first is read from the second)
    ("Hai dây chuyền do Kelvex và Dorant, hai nhà sản xuất linh kiện, lắp đặt.", ["Dorant", "Kelvex"]),
])
def test_a_firms_noun_after_a_foreign_name_describes_a_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Khi ứng dụng phần mềm Stellix, doanh nghiệp khi bán hàng sẽ không bỏ sót khách.",
    "Nếu bị cấm dùng Stellix, các hãng điện thoại phải tìm giải pháp khác.",
    "Ngôi trường có tuổi đời hơn 100 năm tại Leeds là đơn vị đào tạo uy tín.",
])
def test_a_noun_opening_the_next_clause_describes_no_body(text):
    assert names(text) == []


def test_known_initials_are_the_body_the_article_also_names_in_full():
    text = ("Tập đoàn Điện lực Việt Nam cho biết sản lượng điện tháng 6 tăng mạnh. "
            "Theo EVN, nhu cầu dùng điện ở các tỉnh phía Bắc tăng do nắng nóng.")
    assert names(text) == ["Tập đoàn Điện lực Việt Nam", "Tập đoàn Điện lực Việt Nam"]


def test_known_initials_never_written_in_full_stay_as_written():
    assert names("Theo EVN, nhu cầu dùng điện ở các tỉnh phía Bắc tăng do nắng nóng.") == ["EVN"]


def test_an_officials_body_written_by_known_initials_is_the_body_named_in_full():
    text = ("Công ty cổ phần Lọc hóa dầu Bình Sơn vừa tổ chức hội nghị tổng kết năm. "
            "Ông Trần Văn Khải, Phó Tổng giám đốc BSR cho biết nhà máy chạy ổn định.")
    o = {o.name: o for o in extract_officials(analyse(text), "Quảng Ngãi")}
    assert o["Trần Văn Khải"].organization == "Công ty cổ phần Lọc hóa dầu Bình Sơn"


def test_a_known_brand_is_the_body_the_article_also_names_in_full():
    text = ("Tập đoàn Công nghiệp - Viễn thông Quân đội đã phủ sóng 5G tại thành phố. "
            "Theo Viettel, số trạm phát sóng sẽ tăng gấp đôi trong năm tới.")
    assert set(names(text)) == {"Tập đoàn Công nghiệp - Viễn thông Quân đội"}
