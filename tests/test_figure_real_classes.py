"""Figures on classes of real text: counted nouns and names, and the measure (number forms,
exclusions and ranges: test_figures.py).

Every sentence here was written for these tests."""

from figure_helpers import only
from newsmine.facts.figures import extract_figures

# ---------------------------------------------------------------- counted nouns and names (real-text classes)


def test_suspects_and_pupils_are_people():
    figures = extract_figures("Công an đã bắt giữ 5 đối tượng, trong đó có 2 nam sinh lớp 9.")
    assert [(f.value, f.unit) for f in figures] == [(5, "person"), (2, "person")]


def test_hotels_are_counted_while_guests_are_people():
    figures = extract_figures("Phường có 12 khách sạn đón khoảng 3.000 khách mỗi ngày.")
    assert [(f.value, f.unit) for f in figures] == [(12, "count"), (3000, "person")]
    assert figures[0].item.startswith("khách sạn")


def test_litres_are_cubic_metres():
    figure = only("Nhà máy cấp 5.000 lít nước sạch cho người dân.")
    assert figure.unit == "m3" and figure.value == 5


def test_times_are_counted_without_a_multiplier():
    figures = extract_figures("Mỗi cấp học, học sinh chỉ được lưu ban 1 lần; doanh thu tăng gấp 3 lần.")
    assert [(f.value, f.unit, f.item) for f in figures] == [(1, "count", "lần")]


def test_capitalised_documents_after_a_number_are_counted():
    figures = extract_figures("Bộ đã ban hành 4 Nghị định và 12 Thông tư của Bộ trưởng.")
    assert [(f.value, f.item) for f in figures] == [(4, "Nghị định"), (12, "Thông tư")]


def test_a_capitalised_name_after_a_number_is_no_counted_noun():
    assert extract_figures("Đoàn công tác đến thăm đường 3 Tháng Hai của thành phố.") == []


def test_a_number_after_a_scope_acronym_is_a_figure():
    figure = only("Năm học tới, bậc THCS cần thêm 390 giáo viên.")
    assert figure.unit == "person" and figure.value == 390


def test_a_long_code_after_an_acronym_is_no_figure():
    assert extract_figures("Giấy chứng nhận số vào sổ CQ 486567 cấp cho bà Lan.") == []


def test_a_number_in_a_body_name_is_no_figure():
    assert extract_figures("Ban Chỉ đạo 35 tỉnh đã có văn bản gửi các huyện.") == []


def test_a_disease_code_written_with_a_spaced_dash_is_no_figure():
    assert extract_figures("Dịch Covid - 19 bùng phát khiến du lịch đình trệ.") == []


def test_a_dashed_range_after_tu_is_no_date_when_a_unit_follows():
    figures = extract_figures("Thu nhập của học viên từ 5-6 triệu đồng/tháng.")
    assert [(f.value, f.unit) for f in figures] == [(5e6, "VND"), (6e6, "VND")]


def test_billions_of_views_are_counted_not_money():
    figure = only("Kênh đã đạt gần 1,2 tỷ lượt xem.")
    assert figure.unit == "count" and figure.value == 1.2e9 and figure.item == "lượt xem"


def test_a_junction_named_with_a_number_word_is_no_figure():
    assert extract_figures("Chợ nổi nằm ở ngã ba sông Hậu.") == []


def test_bay_alone_is_a_lever_not_seven():
    assert extract_figures("Du lịch là đòn bẩy phát triển kinh tế của huyện.") == []


def test_an_article_number_of_a_law_is_no_figure():
    assert extract_figures("Việc huy động vốn phải theo khoản 3 điều 8 Luật Ngân sách nhà nước.") == []


def test_discipline_is_not_a_law_cue():
    figure = only("Tỉnh ủy quyết định kỷ luật 2 lãnh đạo huyện.")
    assert figure.unit == "person" and figure.value == 2


def test_a_grouped_number_after_a_place_name_is_a_figure():
    figure = only("Số cán bộ sẽ làm việc tại Lâm Đồng 1.250 người.")
    assert figure.unit == "person" and figure.value == 1250


def test_floors_are_counted():
    figure = only("Tòa nhà cao 15 tầng nằm ở trung tâm phường.")
    assert figure.unit == "count" and figure.value == 15


def test_months_of_salary_are_counted():
    figure = only("Mỗi công chức được hỗ trợ 6 tháng lương cơ sở.")
    assert figure.unit == "count" and figure.item.startswith("tháng lương")


def test_star_grades_are_no_figures():
    assert extract_figures("Các khách sạn 4 sao đều kín phòng.") == []


def test_classifiers_of_people_count_people_but_missiles_are_not_people():
    figures = extract_figures("Bà để lại 2 đứa con nhỏ; lực lượng bắt 3 tên cướp và thu 2 tên lửa.")
    assert [(f.value, f.unit) for f in figures] == [(2, "person"), (3, "person"), (2, "count")]


# ---------------------------------------------------------------- measure on real-text classes


def test_a_code_written_onto_the_counted_noun_stays_whole():
    figure = only("Tỉnh đã cách ly 12 trường hợp F1 tại khách sạn.")
    assert figure.item.startswith("trường hợp F1") and "F 1" not in figure.measure


def test_a_stated_year_goes_to_the_period_not_the_measure():
    figure = only("Tổng doanh thu của công ty trong quý 2 năm 2024 đạt 120 tỷ đồng.", published="2024-07-05")
    assert figure.period == "2024-Q2"
    assert "quý" not in figure.measure and "doanh thu" in figure.measure


def test_a_comparison_year_stays_in_the_measure():
    figures = extract_figures("Doanh thu năm 2024 đạt 90 tỷ đồng, tăng 12% so với năm 2023.")
    assert "so với năm 2023" in figures[1].measure


def test_the_second_end_of_a_change_takes_the_subject_of_the_first():
    figures = extract_figures("Giá vé tháng tăng từ 100.000 đồng lên 120.000 đồng.")
    assert "Giá vé tháng" in figures[0].measure and figures[1].measure == figures[0].measure


def test_a_part_of_a_breakdown_counted_by_people_takes_the_total_subject():
    figures = extract_figures("Tổng số y sĩ nghỉ việc là 120 người, trong đó tuyến xã 80 người.")
    assert "y sĩ nghỉ việc" in figures[1].measure and "tuyến xã" in figures[1].measure


def test_a_part_that_names_its_own_noun_keeps_its_measure():
    figures = extract_figures("Toàn tỉnh có 9.000 học sinh, trong đó bậc tiểu học 5.000 học sinh.")
    assert figures[1].measure == "học sinh bậc tiểu học"


def test_an_amount_of_a_named_kind_of_money_measures_that_money():
    figure = only("Bão số 3 cuốn trôi 120 tỷ đồng doanh thu du lịch của huyện.")
    assert figure.measure.startswith("doanh thu du lịch")


def test_a_period_written_right_after_the_figure_is_its_period():
    figures = extract_figures("Tỷ lệ hộ nghèo giảm từ 12% vào năm 2019 xuống 7% vào cuối năm 2023, vượt kế hoạch.")
    assert [f.period for f in figures] == ["2019", "2023"]


def test_a_group_followed_by_people_counts_its_members():
    figure = only("Lực lượng cứu hộ đã tìm thấy nhóm 6 người mắc kẹt trên núi.")
    assert figure.unit == "person" and figure.value == 6


def test_a_numbered_group_without_people_is_a_name():
    assert extract_figures("Tổ 9 phường Tân Thanh đã ra quân dọn vệ sinh.") == []


def test_a_figure_after_a_period_alone_takes_the_subject_before():
    figures = extract_figures("Tỷ lệ che phủ rừng tăng từ 40% vào năm 2015 lên 45%.")
    assert figures[1].measure == figures[0].measure and "che phủ rừng" in figures[1].measure


def test_a_figure_after_a_bare_verb_takes_the_clause_with_the_figures_before_it():
    figures = extract_figures("Xe tải từ 2 tấn đến dưới 4 tấn tăng từ 90.000 đồng/lượt lên 160.000 đồng/lượt.")
    money = [f for f in figures if f.unit == "VND"]
    assert "Xe tải" in money[0].measure and "tấn" in money[0].measure


def test_a_quantity_listed_after_a_comma_belongs_to_what_the_sentence_opens_with():
    figures = extract_figures("Trường mầm non xã Tân Lập có 12 phòng học, tổng kinh phí 15 tỷ đồng.")
    assert figures[1].measure == "tổng kinh phí Trường mầm non xã Tân Lập"


def test_a_dimension_noun_keeps_its_adjective():
    figure = only("Tuyến kè có chiều dài 2,5 km.")
    assert figure.measure == "chiều dài Tuyến kè"  # "dài" is no link word here


def test_a_star_grade_after_xep_hang_is_no_rank():
    assert extract_figures("Phần lớn sản phẩm chè được xếp hạng 3 sao OCOP.") == []


def test_customers_are_counted_not_people():
    figure = only("Sự cố làm xấp xỉ 1.200 khách hàng mất điện.")
    assert figure.unit == "count" and figure.item.startswith("khách hàng")


def test_dispatching_officers_counts_people():
    figure = only("Công an tỉnh điều 80 cán bộ hỗ trợ người dân sơ tán.")
    assert figure.unit == "person" and figure.value == 80


def test_a_bare_quantity_noun_stands_for_the_measure_said_before_it():
    text = ("Năm 2023, tỷ lệ học sinh hút thuốc lá điện tử là 3,5%.\n"
            "Năm 2019, tỷ lệ này chỉ là 1,2%.")
    first, second = extract_figures(text)
    assert first.measure == second.measure == "tỷ lệ học sinh hút thuốc lá điện tử"


def test_measure_of_a_change_after_a_level_names_what_changed():
    _, change = extract_figures("Kim ngạch xuất khẩu cà phê đạt 300 triệu USD, tăng 12% so với cùng kỳ.")
    assert change.measure == "mức tăng Kim ngạch xuất khẩu cà phê so với cùng kỳ"
    _, change = extract_figures("Huyện đón 31.000 lượt khách, tăng 20% so với cùng kỳ.")
    assert change.measure == "mức tăng lượt khách so với cùng kỳ"


def test_a_name_cue_counted_by_the_number_before_it_does_not_hide_the_next_count():
    floors, rooms = extract_figures("Khách sạn 8 tầng 33 phòng ở phố cổ được rao bán.")
    assert (floors.value, rooms.value, rooms.item) == (8, 33, "phòng")
    assert extract_figures("Theo khoản 3 điều 8 Luật Ngân sách, tỉnh không được vay thêm.") == []


def test_bare_millions_after_a_word_of_money_are_dong():
    (fine,) = extract_figures("Chủ cơ sở kinh doanh bị phạt 30 triệu")
    assert (fine.value, fine.unit) == (30_000_000, "VND")
    assert extract_figures("Dân số toàn tỉnh đạt 1,2 triệu.") == []


def test_around_the_clock_is_no_count():
    assert extract_figures("Lực lượng dân quân trực 24/24 tiếp sức cho các chốt kiểm soát.") == []
    (f,) = extract_figures("Đã có 15/15 xã đạt chuẩn.")
    assert (f.value, f.item) == (15, "xã")


def test_the_number_of_a_coast_guard_region_is_no_count():
    figures = extract_figures("Tàu của Vùng Cảnh sát biển 3 cứu 9 ngư dân gặp nạn.")
    assert [(f.value, f.unit) for f in figures] == [(9, "person")]



def test_the_number_of_a_project_or_scheme_names_it_and_counts_nothing():
    texts = [f.text for f in extract_figures("Dự án 8 triển khai thực hiện 4 nội dung tại 12 xã.")]
    assert texts == ["4 nội dung", "12 xã"]
    assert [f.value for f in extract_figures("Đề án 06 được triển khai tại 9 xã vùng cao.")] == [9]
    assert [f.unit for f in extract_figures("Dự án 500 tỷ đồng chậm tiến độ.")] == ["VND"]
