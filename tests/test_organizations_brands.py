"""Organisations: firms named by their brand alone, their branches, products of a brand, and a
brand merged with the full name it stands for."""

import pytest

from newsmine.facts import extract_facts
from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Lai Châu"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Các nhà mạng Viettel, VNPT và MobiFone đã phủ sóng 4G tới các bản vùng cao.",
     ["Viettel", "VNPT", "MobiFone"]),
    ("Năm nay Bamboo Airways mở thêm đường bay tới Điện Biên.", ["Bamboo Airways"]),
    ("Hộ dân được vay vốn Agribank để phát triển chăn nuôi.", ["Agribank"]),
    ("Chị Hoa vay tiêu dùng tại FE Credit rồi bị gọi điện đòi nợ nhiều lần.", ["FE Credit"]),
    ("Sáng nay các thương hiệu DOJI, SJC, PNJ, Bảo Tín Minh Châu đồng loạt giảm giá bán.",
     ["DOJI", "SJC", "PNJ", "Bảo Tín Minh Châu"]),
    ("Các tập đoàn lớn như Masan, Thế Giới Di Động đều mở rộng bán lẻ.", ["Masan", "Thế Giới Di Động"]),
    ("Năm nay Hòa Phát đầu tư thêm lò cao tại Quảng Ngãi.", ["Hòa Phát"]),
])
def test_a_brand_alone_is_a_body(text, expected):
    assert names(text) == expected


def test_a_province_after_a_brand_names_its_branch():
    assert names("Viettel Lai Châu và VNPT tỉnh Lai Châu hỗ trợ lắp đặt thiết bị.") == [
        "Viettel Lai Châu", "VNPT tỉnh Lai Châu"]


@pytest.mark.parametrize("text", [
    "Người dân mua xe VinFast trả góp ngày càng nhiều.",
    "Khách hàng được tặng sim Viettel khi đăng ký dịch vụ.",
    "Sáng nay giá vàng miếng SJC tại các cửa hàng ở Lai Châu tăng nhẹ.",
])
def test_a_brand_after_a_product_noun_is_no_body(text):
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "Kết phiên, REE tăng 5,1%; HPG tăng 3,8%; PNJ tăng 2,4%; GAS, SSI, VRE đều tăng giá.",
    "Khối ngoại mua ròng mạnh nhất tại VHM, VNM, ACB, CTG, KDH trong phiên chiều.",
])
def test_a_brand_among_a_market_round_ups_tickers_is_no_body(text):
    assert names(text) == []


def test_a_commune_named_like_a_brand_stays_a_place():
    assert names("Chủ tịch UBND xã Hòa Phát đã kiểm tra đê.", "Đà Nẵng") == ["Ủy ban nhân dân xã Hòa Phát"]


def test_a_brand_takes_no_lower_case_words_before_a_comma_and_a_head():
    assert names("Báo cáo của Masan cho thấy, tập đoàn này đã tăng doanh thu.") == ["Masan"]


@pytest.mark.parametrize("text, expected", [
    ("Theo EuroCham, niềm tin của doanh nghiệp châu Âu tăng trong quý này.", ["EuroCham"]),
    ("Fitch Ratings giữ nguyên xếp hạng tín nhiệm của Việt Nam ở mức BB.", ["Fitch Ratings"]),
])
def test_a_well_known_foreign_firm_is_a_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nhà máy thép Hòa Phát Dung Quất đã gây khói bụi trong tháng Năm.", ["Nhà máy thép Hòa Phát Dung Quất"]),
    ("Trung tâm Không gian mạng Viettel phát hiện nhiều lỗ hổng bảo mật.", ["Trung tâm Không gian mạng Viettel"]),
])
def test_a_unit_named_after_a_brand_keeps_its_trade(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Ngân hàng dự kiến bán vốn cho Viettel trong năm nay.",
    "Các doanh nghiệp nộp kinh phí Công đoàn qua Viettel từ tháng sau.",
])
def test_a_brand_after_a_clause_is_no_unit_name(text):
    assert names(text)[-1] == "Viettel"


def test_a_brand_in_lower_case_is_no_body():
    assert names("Cô giáo kể chuyện chú mèo tên tiki trong lớp học.") == []


def test_a_brand_after_the_full_name_it_stands_for_is_that_body():
    text = ("Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) tài trợ 5 tỷ đồng xây trường. "
            "Đại diện Vietcombank cho biết Ngân hàng Vietcombank sẽ tiếp tục đồng hành.")
    assert set(names(text)) == {"Ngân hàng TMCP Ngoại thương Việt Nam"}


def test_a_brand_after_a_company_named_with_it_is_that_company():
    text = "Công ty Cổ phần Vinhomes khởi công khu đô thị mới. Theo kế hoạch, Vinhomes sẽ bàn giao nhà vào năm sau."
    assert set(names(text)) == {"Công ty Cổ phần Vinhomes"}


def test_a_head_before_a_brand_keeps_the_longer_name():
    assert names("Tập đoàn Viettel trao tặng 100 máy tính cho học sinh.") == ["Tập đoàn Viettel"]


@pytest.mark.parametrize("text, expected", [
    ("Agribank Chi nhánh tỉnh Lai Châu giải ngân 200 tỷ đồng.", "Agribank Chi nhánh tỉnh Lai Châu"),
    ("Trung tâm Kinh doanh VNPT - Lai Châu ra mắt gói cước mới.", "Trung tâm Kinh doanh VNPT - Lai Châu"),
    ("EVN SPC cấp điện ổn định trong mùa khô.", "EVN SPC"),
])
def test_a_brand_goes_on_to_its_branch(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Giải HDBank Vô địch Quốc gia khởi tranh cuối tuần này.", ["HDBank"]),
    ("Bamboo Airways sở hữu 30 tàu bay.", ["Bamboo Airways"]),
])
def test_a_brand_does_not_run_into_the_words_after_it(text, expected):
    assert names(text) == expected


def test_a_brand_closing_a_longer_name_is_part_of_it():
    assert names("Tổng công ty Viễn thông MobiFone triển khai mạng 5G.") == ["Tổng công ty Viễn thông MobiFone"]


def test_a_brand_after_a_dash_closing_a_name_stands_for_that_name():
    text = ("Sáng 28/4, Tổng Công ty cổ phần Bia rượu nước giải khát Hà Nội - Habeco (mã chứng khoán: BHN) "
            "họp đại hội cổ đông. Ông Ngô Văn Lâm - Tổng giám đốc Habeco - cho biết sản lượng giảm 12%.")
    assert set(names(text)) == {"Tổng Công ty cổ phần Bia rượu nước giải khát Hà Nội"}
    official = extract_facts(text).officials[0]
    assert official.organization == "Tổng Công ty cổ phần Bia rượu nước giải khát Hà Nội"


def test_a_body_after_a_dash_is_no_short_name():
    text = "Phòng Kinh tế - Hạ tầng huyện Mường Chà và Sở Tài chính - Kho bạc Nhà nước tỉnh cùng kiểm tra."
    assert "Kho bạc Nhà nước tỉnh Lai Châu" in names(text)


def test_a_head_with_the_initials_a_body_was_given_is_that_body():
    text = ("Sở Giao thông vận tải đã làm việc với Công ty CP dịch vụ vận tải hành khách Tây Bắc (TBTC). "
            "Lãnh đạo Công ty TBTC cam kết tăng chuyến trong dịp lễ.")
    assert set(names(text)) == {"Sở Giao thông vận tải tỉnh Lai Châu",
                                "Công ty cổ phần dịch vụ vận tải hành khách Tây Bắc"}


def test_initials_after_another_head_stay_their_own_body():
    text = "Công ty cổ phần Nước sạch Lai Châu (LCW) cấp nước cho thị trấn. Ngân hàng LCW cho vay vốn."
    assert "Ngân hàng LCW" in names(text)


def test_a_place_in_brackets_after_a_body_is_no_short_name():
    # the bracket says where the institute is: a head of state of that country is not its official
    text = ("Theo Viện Chính sách Toàn cầu (Mỹ), thỏa thuận còn nhiều điểm mở. "
            "Tổng thống Mỹ Joe Biden cho biết sẽ xem xét thêm.")
    official = extract_facts(text).officials[0]
    assert official.title == "Tổng thống Mỹ"
    assert official.organization is None


def test_a_parent_body_in_brackets_is_no_short_name():
    # "Tổng cục … (Bộ …)": the ministry named in brackets is the department's parent, so the
    # deputy minister named later stays the ministry's
    text = ("Ông Lò Văn Bình - Phó Tổng cục trưởng Tổng cục Thủy lợi (Bộ Nông nghiệp và Phát triển nông thôn) "
            "cho biết mùa mưa đến sớm. Ông Trần Văn Cường, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn, "
            "chỉ đạo các tỉnh chủ động ứng phó.")
    people = {o.name: o for o in extract_facts(text).officials}
    assert people["Trần Văn Cường"].organization == "Bộ Nông nghiệp và Phát triển nông thôn"


@pytest.mark.parametrize("text, expected", [
    ("Ông Trần Văn Hùng, Chủ tịch Masan Group, cho biết doanh thu quý III tăng mạnh.", ["Masan Group"]),
    ("Ngày 3/4, Vietnam Airlines Group công bố kết quả kinh doanh năm.", ["Vietnam Airlines Group"]),
])
def test_a_firms_word_after_a_brand_is_its_name(text, expected):
    # the run was cut before the English word: "Masan" for "Masan Group"
    assert names(text) == expected


def test_a_brand_with_and_without_its_legal_form_is_one_body():
    text = ("Ông Trần Văn Hùng, Chủ tịch Masan Group, cho biết doanh thu tăng mạnh. "
            "Năm nay Masan đặt mục tiêu lãi 5.000 tỷ đồng.")
    assert set(names(text)) == {"Masan Group"}


def test_a_brand_with_its_legal_form_is_the_group_the_article_names():
    text = ("Tập đoàn Masan vừa công bố báo cáo tài chính quý III. "
            "Ông Trần Văn Hùng, Chủ tịch Masan Group, cho biết doanh thu tăng mạnh.")
    assert set(names(text)) == {"Tập đoàn Masan"}
