"""Figures against GOLD.md's written rules, on sentences written for them: what a figure is,
its unit and qualifier, and a measure without the sentence's dates, verbs or lists."""

import pytest

from newsmine.facts.figures import extract_figures


def only(text: str):
    """The one figure of `text`."""
    figures = extract_figures(text, published="2025-06-10")
    assert len(figures) == 1, [f.text for f in figures]
    return figures[0]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Vùng lõi của khu bảo tồn có diện tích 45 km².", 4500, "ha"),
        ("Đơn vị đã thu giữ 1.200 lít rượu không rõ nguồn gốc.", 1.2, "m3"),
        ("Dự án điện mặt trời có công suất 50 MWp.", 50, "MW"),
        ("Vốn FDI đăng ký mới đạt 2,5 tỷ đô la Mỹ.", 2.5e9, "USD"),
        ("Sản lượng điện thương phẩm đạt 520 triệu kWh.", 5.2e8, "kWh"),
    ],
)
def test_each_quantity_is_in_the_base_unit_gold_names(text, value, unit):
    f = only(text)
    assert (f.value, f.unit) == (value, unit)


def test_a_headline_in_capitals_counts_people_and_households():
    f = only("ĐIỆN BIÊN: 300 HỘ NGHÈO ĐƯỢC HỖ TRỢ NHÀ Ở")
    assert (f.value, f.unit) == (300, "household")


def test_a_number_before_a_name_in_running_text_is_still_no_figure():
    assert extract_figures("Gia đình ông sống ở tổ 5 Nam Sơn, phường Đông Vĩnh.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Toàn tỉnh có trên 1.500 hợp tác xã.",
        "Trên 200 doanh nghiệp tham gia hội chợ.",
        "Đoàn đã trao quà cho trên 300 học sinh nghèo.",
    ],
)
def test_tren_before_a_counted_noun_after_a_link_or_at_a_clause_start_is_over(text):
    f = only(text)
    assert f.qualifier == "over"
    assert f.text.lower().startswith("trên")


@pytest.mark.parametrize(
    "text",
    [
        "Chiến lược phát triển đến năm 2030 dựa trên 3 trụ cột chính.",
        "Ngoài ba mẫu xe trên, khách hàng còn có nhiều lựa chọn.",
        "Tỉnh đạt và vượt 15/15 chỉ tiêu chủ yếu.",
    ],
)
def test_tren_ngoai_vuot_after_a_verb_before_a_counted_noun_qualify_nothing(text):
    assert only(text).qualifier is None


def test_a_clause_that_only_says_when_is_no_part_of_the_measure():
    for opener in ("Năm ngoái", "Năm nay", "Tháng trước"):
        f = only(f"{opener}, huyện có 2.100 hộ nghèo.")
        assert f.measure == "hộ nghèo huyện", opener
    assert only("Năm ngoái, huyện có 2.100 hộ nghèo.").period == "2024"


def test_a_part_of_a_period_leaves_with_the_word_leading_it_but_a_year_less_count_of_months_stays():
    f = only("Lạm phát dự kiến giảm vào cuối năm 2025 ở mức 3,5%.")
    assert "cuối" not in f.measure and "vào" not in f.measure
    # with its year taken out as the period, "trong 5 tháng đầu" would be left dangling (measure23)
    f = only("Giá gạo xuất khẩu trong 5 tháng đầu năm 2025 giảm 18,7% so với cùng kỳ.")
    assert "tháng đầu" not in f.measure and "trong" not in f.measure
    f = only("Giá gạo xuất khẩu 5 tháng đầu năm giảm 18,7% so với cùng kỳ.")
    assert "5 tháng đầu năm" in f.measure


def test_the_lead_of_a_dated_deadline_leaves_the_measure_with_the_date():
    f = only("Huyện đã bàn giao 20 ha mặt bằng trước ngày 31/12/2023 để nhà thầu thi công.")
    assert "trước ngày" not in f.measure
    assert "mặt bằng để nhà thầu thi công" in f.measure


def test_a_cause_said_with_da_is_said_after_the_counted_noun_without_it():
    f = only("Mưa lũ đã làm 235 phòng học bị hư hỏng.")
    assert f.measure == "phòng học bị hư hỏng do mưa lũ"
    f = only("Đợt rét kéo dài từ cuối tháng 12/2023 đã làm 120 con trâu bị chết.")
    assert f.measure == "con trâu bị chết do đợt rét kéo dài"


def test_a_list_of_members_after_what_is_said_of_a_counted_noun_is_left_out():
    f = only("Huyện có 4 trạm y tế đạt chuẩn quốc gia gồm trạm Mường Phăng, Nà Tấu và Nà Nhạn.")
    assert f.measure == "trạm y tế đạt chuẩn quốc gia"
    f = only("Xã có 5 thôn được công nhận đạt chuẩn nông thôn mới bao gồm thôn Na Sang và thôn Huổi Lếch.")
    assert f.measure == "thôn được công nhận đạt chuẩn nông thôn mới"


def test_a_place_in_a_ranking_is_a_level_measured_by_what_it_ranks_on():
    f = only("Điện Biên đứng thứ 12 cả nước về chỉ số cải cách hành chính.")
    assert f.unit == "rank" and f.kind == "level"
    assert f.measure.endswith("về chỉ số cải cách hành chính")
    f = only("Chỉ số PCI của tỉnh xếp thứ 45/63 tỉnh, thành phố.")
    assert (f.value, f.unit, f.kind) == (45, "rank", "level")


def test_nha_o_ending_a_measure_is_one_word_not_a_link():
    f = only("Năm nay, huyện hỗ trợ 300 hộ nghèo xây nhà ở.")
    assert f.measure.startswith("hộ nghèo xây nhà ở")


def test_a_quantity_named_after_dat_comes_first_in_the_measure():
    f = only("Học sinh lớp 12 đỗ tốt nghiệp đạt tỷ lệ 98%.")
    assert f.measure == "tỷ lệ Học sinh lớp 12 đỗ tốt nghiệp"
    f = only("Nhà máy chế biến chè đạt sản lượng 500 tấn.")
    assert f.measure == "sản lượng Nhà máy chế biến chè"


def test_a_count_inside_the_subject_of_a_count_leaves_the_subject_whole():
    _, total = extract_figures("Số hộ có từ 3 con trở lên là 120 hộ.", published="2025-06-10")
    assert total.measure == "Số hộ có từ 3 con trở lên"
    _, total = extract_figures("Số người đã tiêm đủ 2 mũi vắc xin là 3.500 người.")
    assert total.measure == "Số người đã tiêm đủ 2 mũi vắc xin"


def test_a_rate_after_a_slash_is_its_whole_word():
    f = only("Công ty chia cổ tức 1.200 đồng/cổ phiếu cho cổ đông hiện hữu.")
    assert f.text == "1.200 đồng/cổ phiếu"
    assert f.measure.endswith("/cổ phiếu") and not f.measure.startswith("phiếu")
    assert only("Học phí của trường là 18 triệu đồng/năm học.").measure == "Học phí của trường/năm học"
    # a time word after the rate starts the next clause: "/ngày nay" is no rate
    first, _ = extract_figures("Giá phòng là 3 triệu đồng/người/ngày nay chỉ còn 2 triệu đồng.")
    assert first.text == "3 triệu đồng/người/ngày"
