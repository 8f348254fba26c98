"""Figures' periods: stated in the sentence, carried over, relative to the publication date.

Every sentence here was written for these tests."""

import pytest

from figure_helpers import only
from newsmine.facts.figures import extract_figures

# ---------------------------------------------------------------- periods


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 53%.", "2022"),
        ("Quý I/2023, thu ngân sách đạt 1.020 tỷ đồng.", "2023-Q1"),
        ("Trong quý III năm 2024, tỉnh thu hút 12 dự án.", "2024-Q3"),
        ("Giai đoạn 2021 - 2025, tỉnh bố trí 960 tỷ đồng cho giáo dục.", "2021-2025"),
        ("6 tháng đầu năm 2024, sản lượng điện đạt 900 triệu kWh.", "2024"),
        ("Tháng 10/2023, giá phân bón tăng 15%.", "2023-10"),
        ("Tháng 3 năm 2025, toàn huyện trồng 60 ha keo.", "2025-03"),
        ("Tổng kinh phí 1.500 tỷ đồng (giai đoạn 2018 - 2020).", "2018-2020"),
        ("Tỉnh chi 200 tỷ đồng cho y tế.", None),
    ],
)
def test_period_from_the_sentence(sentence, period):
    assert only(sentence).period == period


def test_a_comparison_basis_is_not_the_period():
    figure = only("Năm 2023, doanh thu tăng 9% so với năm 2022.")
    assert figure.period == "2023"


def test_period_carries_over_within_the_paragraph():
    text = "Năm 2022, toàn tỉnh trồng mới 3.000 ha rừng. Sản lượng gỗ khai thác đạt 410.000 m3."
    assert [f.period for f in extract_figures(text)] == ["2022", "2022"]


def test_period_carries_over_to_the_next_sentence_only():
    text = ("Năm 2022, toàn tỉnh trồng mới 3.000 ha rừng. Sản lượng gỗ khai thác đạt 410.000 m3. "
            "Toàn tỉnh có 120 cơ sở chế biến gỗ.")
    assert [f.period for f in extract_figures(text)] == ["2022", "2022", None]


def test_period_does_not_carry_over_into_the_next_paragraph():
    text = "Năm 2022, toàn tỉnh trồng mới 3.000 ha rừng.\nSản lượng gỗ khai thác đạt 410.000 m3."
    assert [f.period for f in extract_figures(text)] == ["2022", None]


def test_present_time_stops_the_carried_period():
    text = "Quý I/2023, tỷ lệ giải ngân đạt 20%. Đến nay, tỷ lệ dân số có chữ ký số đạt 3%."
    assert [f.period for f in extract_figures(text)] == ["2023-Q1", None]


def test_year_less_periods_take_the_year_of_publication():
    figure = only("6 tháng đầu năm, toàn tỉnh thu hút 150.000 lượt khách.", published="2024-07-05")
    assert figure.period == "2024"


# ---------------------------------------------------------------- periods relative to publication


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Trong tháng này, huyện tiếp nhận 120 hồ sơ.", "2024-07"),
        ("Tháng trước, huyện tiếp nhận 120 hồ sơ.", "2024-06"),
        ("Năm ngoái, huyện tiếp nhận 120 hồ sơ.", "2023"),
        ("Từ đầu năm đến nay, huyện tiếp nhận 120 hồ sơ.", "2024"),
        ("Từ quý I/2024 đến nay, huyện tiếp nhận 120 hồ sơ.", "2024"),
        ("Doanh thu quý 2 năm nay đạt 45 tỷ đồng.", "2024-Q2"),
        ("Doanh thu tháng 5 năm nay đạt 45 tỷ đồng.", "2024-05"),
        ("Doanh thu 6 tháng đạt 45 tỷ đồng.", "2024"),
        ("Cộng cả 2 quý, doanh thu đạt 45 tỷ đồng.", "2024"),
    ],
)
def test_relative_periods_resolve_against_publication(sentence, period):
    assert only(sentence, published="2024-07-05").period == period


def test_months_that_do_not_fit_the_year_so_far_are_no_period():
    assert only("Doanh thu 9 tháng đạt 45 tỷ đồng.", published="2024-07-05").period is None


def test_a_length_of_time_is_no_period():
    assert only("Sau 3 tháng, huyện tiếp nhận 120 hồ sơ.", published="2024-07-05").period is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Lãi suất tiền gửi kỳ hạn dưới 6 tháng giảm còn 3,8%/năm.",
        "Lãi suất kỳ hạn 1 tháng-2 tháng giảm xuống 3,5%/năm.",
        "Lãi suất kỳ hạn 4-5 tháng giảm xuống 4%/năm.",
        "Học viên học nghề trên 3 tháng, được hỗ trợ 1,5 triệu đồng.",
        "Người lao động nghỉ việc từ 2 - 3 tháng, được hỗ trợ 1,5 triệu đồng.",
    ],
)
def test_a_length_or_a_range_of_lengths_of_months_is_no_period(sentence):
    assert only(sentence, published="2024-10-05").period is None


def test_the_months_of_the_year_so_far_still_give_its_year():
    assert only("9 tháng, doanh thu đạt 45 tỷ đồng.", published="2024-10-05").period == "2024"


def test_years_ago_are_no_last_year():
    assert only("Cách đây 5 năm trước, xã có 120 hộ nghèo.", published="2024-07-05").period is None


def test_two_dates_joined_make_a_span_of_years():
    figure = only("Tính từ 18/3/2022 đến 23/4/2024, tỉnh tiếp nhận 5.120 người.", published="2024-07-05")
    assert figure.period == "2022-2024"


def test_a_period_in_brackets_after_a_name_dates_the_name_not_the_figure():
    figure = only("Hiện nay, huyện có 2 thị trấn là Mường Tè (năm 2004) và Nậm Tăm.", published="2024-07-05")
    assert figure.period is None
    figure = only("Dự toán kinh phí cho đề án khoảng 850 tỷ đồng (giai đoạn 2021 - 2025).", published="2024-07-05")
    assert figure.period == "2021-2025"


def test_a_period_stated_after_the_figure_in_another_clause_is_not_its_period():
    figure = only("Xã có 45 hộ nuôi cá lồng, sản lượng tăng mạnh so với năm 2020.", published="2024-07-05")
    assert figure.period is None


def test_a_period_stated_after_the_figure_in_its_own_clause_is_its_period():
    figure = only("Tỉnh cần khoảng 1.280 tỷ đồng cho chương trình kiên cố hóa trường lớp giai đoạn 2021 - 2025.",
                  published="2024-07-05")
    assert figure.period == "2021-2025"


def test_two_dates_of_one_year_joined_with_ngay_make_that_year():
    figure = only("Cuộc khảo sát từ ngày 05/01/2024 đến ngày 20/04/2024 thu về 6.200 phiếu.",
                  published="2024-07-05")
    assert figure.period == "2024"


def test_a_birth_year_is_no_period():
    assert only("Ông Nguyễn Văn Bình (SN 1970) bị phạt 7 triệu đồng.", published="2024-07-05").period is None


def test_an_expiry_date_is_no_period():
    figure = only("Lực lượng chức năng thu giữ 800 kg đường, hạn sử dụng 1/6/2026.", published="2024-07-05")
    assert figure.period is None


def test_a_date_dates_its_own_clause_only():
    figures = extract_figures("Ngày 3/7/2024 xã nhận 120 hồ sơ; cả tuần có 600 hồ sơ.", published="2024-07-05")
    assert [f.period for f in figures] == ["2024-07", None]


def test_the_first_three_months_of_the_year_are_its_first_quarter():
    sales, rise, tours = extract_figures(
        "Doanh thu lưu trú 3 tháng đầu năm đạt 320 tỷ đồng, tăng 8,4%; doanh thu lữ hành đạt 15 tỷ đồng.",
        published="2024-05-02",
    )
    assert (sales.period, rise.period, tours.period) == ("2024-Q1", "2024-Q1", "2024-Q1")
    assert only("3 tháng đầu năm 2023, huyện thu ngân sách 90 tỷ đồng.", published="2024-05-02").period == "2023-Q1"
    assert only("Doanh thu 6 tháng đầu năm đạt 640 tỷ đồng.", published="2024-08-02").period == "2024"
    assert only("Doanh thu 3 tháng qua đạt 200 tỷ đồng.", published="2024-05-02").period == "2024"


def test_this_year_is_the_year_of_publication_whatever_years_the_text_names():
    text = ("Vụ mùa năm 2022, xã Mường Phăng trồng 85 ha lúa nếp. Năm ngoái giá thóc nếp là 9.000 đồng/kg, "
            "năm nay chỉ còn 7.500 đồng/kg.\nNăm nay, xã mở rộng thêm 12 ha.")
    periods = [f.period for f in extract_figures(text, published="2024-03-10")]
    assert periods == ["2022", "2023", "2024", "2024"]


def test_an_undated_article_reads_this_year_as_the_last_year_it_wrote_out():
    text = "Năm 2022, xã trồng 85 ha lúa nếp. Năm ngoái xã có 40 hộ nghèo.\nNăm nay, xã mở rộng thêm 12 ha."
    assert [f.period for f in extract_figures(text)][-1] == "2022"


def test_a_number_read_as_a_figure_is_no_year():
    text = "Tối 12/5, hơn 2000 khán giả đến sân vận động tỉnh cổ vũ đội bóng chuyền nữ. Năm nay, giải có 8 đội."
    figures = extract_figures(text, published="2024-05-13")
    assert [(f.text, f.period) for f in figures] == [("hơn 2000 khán giả", None), ("8 đội", "2024")]


# ---------------------------------------------------------------- spans to the time of writing


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Từ năm 2019 đến nay, huyện Tủa Chùa cấp 460 sổ đỏ cho hộ dân.", "2019-2022"),
        ("Từ đầu năm 2021 đến nay, lực lượng kiểm lâm phát hiện 37 vụ phá rừng.", "2021-2022"),
        ("Từ cuối năm 2020 tới nay, hợp tác xã mở thêm 6 cửa hàng.", "2020-2022"),
        ("Từ ngày 1/2022 đến nay, đội tuần tra xử phạt 85 trường hợp vi phạm.", "2022"),
        ("Từ 2018 - 2021, xã xây mới 14 km đường bê tông.", "2018-2021"),
        ("Từ tháng 5/2021, giá nước sinh hoạt tăng 8%.", None),
    ],
)
def test_a_period_from_a_start_to_now_runs_to_the_year_of_publication(sentence, period):
    assert only(sentence, published="2022-09-14").period == period


def test_a_period_before_a_move_to_now_is_not_the_later_figures():
    text = ("Gia đình ông mua mảnh đất với giá 800 triệu đồng vào năm 2016 và từ đó đến nay "
            "giá đã lên tới 2,4 tỷ đồng.")
    periods = [(f.text, f.period) for f in extract_figures(text, published="2022-09-14")]
    assert periods == [("800 triệu đồng", "2016"), ("2,4 tỷ đồng", None)]


def test_a_verb_before_tai_is_no_move_to_now():
    text = "Năm 2021, cuộc điều tra được thực hiện tại 14 huyện, thị xã."
    assert only(text, published="2022-09-14").period == "2021"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hợp tác xã được thành lập năm 2019, có 45 thành viên.",
        "Xe bán tải đời 2018 được rao bán với giá 520 triệu đồng.",
    ],
)
def test_a_founding_year_or_a_model_year_is_no_period(sentence):
    assert only(sentence, published="2022-09-14").period is None


def test_a_date_written_with_dashes_gives_its_month():
    assert only("Ngày 15-8-2023, huyện Mường Chà bàn giao 27 căn nhà đại đoàn kết.").period == "2023-08"
    text = "Ngày 15-8-2023, huyện bàn giao 27 căn nhà; tổng kinh phí 1,3 tỷ đồng."
    assert [f.period for f in extract_figures(text)] == ["2023-08", None]  # a date dates its own clause


def test_a_starting_point_stops_the_carried_period():
    text = "Năm 2022, hợp tác xã lãi 1,2 tỷ đồng. Kể từ năm 2018, hợp tác xã chia lãi cho xã viên 10% mỗi năm."
    assert [f.period for f in extract_figures(text, published="2023-03-01")] == ["2022", None]


def test_a_comparison_with_the_same_part_of_last_year_dates_the_sentence():
    """"so với cùng kỳ năm 2023" with no period of its own: the figures are of 2024."""
    figures = extract_figures("Doanh thu du lịch đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ năm 2023.",
                              published="2024-05-20")
    assert [f.period for f in figures] == ["2024", "2024"]


def test_the_basis_of_a_same_period_comparison_keeps_its_own_year_and_brackets_date_nothing_else():
    figures = extract_figures("Cao tốc có gần 74.000 xe (cùng kỳ năm 2020 là 51.162 xe).", published="2021-05-01")
    assert [f.period for f in figures] == [None, "2020"]


def test_no_year_after_the_publication_is_inferred_from_a_same_period_comparison():
    (f,) = extract_figures("Thu ngân sách tăng 20% so với cùng kỳ năm 2024.", published="2024-12-30")
    assert f.period is None


# ---------------------------------------------------------------- an event named with its year


def test_figures_of_an_event_the_lead_names_with_its_year_take_that_year():
    text = ("Hội thi ẩm thực dân tộc Mường năm 2024 khép lại\n\n"
            "Sáng 12/5, huyện Cao Phong tổ chức Hội thi ẩm thực dân tộc Mường năm 2024 tại sân vận động huyện. "
            "Trời nắng nhẹ, khán đài chật kín người. Hội thi thu hút 18 đội đến từ các xã, thị trấn. "
            "Ban tổ chức trao 6 giải cho các đội xuất sắc. Hiện nay, huyện có 35 nhà hàng ẩm thực Mường.")
    figures = extract_figures(text, published="2024-05-13")
    assert [f.period for f in figures] == ["2024", "2024", None]


def test_an_event_of_another_year_or_one_named_late_dates_nothing():
    late = ("Huyện Cao Phong có nhiều món ăn ngon. Người dân trồng cam trên đồi. Mùa cam đến vào tháng 11. "
            "Huyện có 1.200 ha cam. Hội thi ẩm thực dân tộc Mường năm 2024 diễn ra tuần trước.")
    assert [f.period for f in extract_figures(late, published="2024-05-13")] == [None]
    earlier = ("Nhìn lại Hội thi ẩm thực dân tộc Mường năm 2022\n\n"
               "Hội thi thu hút 18 đội đến từ các xã, thị trấn.")
    assert [f.period for f in extract_figures(earlier, published="2024-05-13")] == [None]


def test_figures_of_a_year_report_the_lead_names_take_its_year():
    text = ("Công ty Cấp nước Hòa Bình lãi lớn\n\n"
            "Công ty Cấp nước Hòa Bình vừa công bố báo cáo tài chính năm 2023 với doanh thu đạt 420 tỷ đồng.\n\n"
            "Lợi nhuận sau thuế đạt 38 tỷ đồng. Công ty đặt kế hoạch năm 2024 lãi 45 tỷ đồng.")
    figures = extract_figures(text, published="2024-04-20")
    assert [f.period for f in figures] == ["2023", "2023", "2024"]
    older = text.replace("năm 2023", "năm 2021")  # a report of 2021 is history
    assert [f.period for f in extract_figures(older, published="2024-04-20")] == ["2021", None, "2024"]


@pytest.mark.parametrize(
    "lead",
    [
        "Công ty Cấp nước Hòa Bình vừa công bố báo cáo thường niên năm 2023.",
        "Công ty Cấp nước Hòa Bình vừa công bố kết quả kinh doanh năm 2023.",
        "Công ty Cấp nước Hòa Bình vừa công bố kết quả sản xuất kinh doanh năm 2023.",
    ],
)
def test_each_form_of_a_year_report_dates_the_figures_after_it(lead):
    text = f"{lead}\n\nLợi nhuận sau thuế đạt 38 tỷ đồng."
    assert only(text, published="2024-04-20").period == "2023"
    assert only(text, published="2025-04-20").period is None  # a report two years old is history


def test_a_report_of_a_quarter_or_months_dates_nothing_after_it():
    text = "Công ty vừa công bố kết quả kinh doanh quý đầu tiên của năm 2024.\n\nLợi nhuận sau thuế đạt 38 tỷ đồng."
    assert only(text, published="2024-04-20").period is None
    half = text.replace("quý đầu tiên của", "6 tháng đầu")
    assert only(half, published="2024-07-20").period is None


def test_figures_of_a_tourist_season_the_lead_names_take_its_year():
    text = ("Thị xã Cửa Lò khai trương du lịch hè năm 2024 vào tối 28/4. "
            "Các khách sạn đã có 85% phòng được đặt trước. Thị xã có 260 cơ sở lưu trú.")
    assert [f.period for f in extract_figures(text, published="2024-04-29")] == ["2024", "2024"]


def test_a_founding_year_after_vao_is_no_period():
    text = "Hợp tác xã được thành lập vào năm 2019, có 45 thành viên."
    assert only(text, published="2024-03-02").period is None


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Cuộc khảo sát thực hiện trong tháng 6 với hơn 1.500 người dân tham gia.", "2025-06"),
        ("Công ty giảm 30% giá vé trong tháng 6.", "2025-06"),
        ("Trong tháng 6, huyện cấp 120 giấy phép xây dựng.", "2025-06"),
        ("Trong tháng 5, huyện cấp 120 giấy phép xây dựng.", "2025-05"),  # a month so far this year
        ("Dự kiến trong tháng 7, công ty nhận thêm 3 tàu cá vỏ thép.", None),
        ("Trong tháng 6 hàng năm, huyện đón 20.000 lượt khách.", None),
        ("Trong tháng 6 năm ngoái, huyện cấp 120 giấy phép xây dựng.", None),  # not this year's June
    ],
)
def test_the_month_of_publication_without_a_year_is_of_that_year(sentence, period):
    assert only(sentence, published="2025-06-20").period == period


def test_a_month_without_a_year_is_left_when_the_text_speaks_of_another_year():
    text = "Năm 2023, huyện cấp 90 giấy phép. Riêng trong tháng 6, huyện cấp 20 giấy phép."
    assert [f.period for f in extract_figures(text, published="2025-06-20")] == ["2023", "2023"]



def test_the_month_of_publication_is_read_only_as_the_time_of_what_is_said():
    text = "Cuối tháng 6, doanh nghiệp phải nộp báo cáo; công ty đã đạt lợi nhuận 12 tỷ đồng."
    assert only(text, published="2025-06-20").period is None
    text = "Ngày 12 tháng 6, huyện cấp 120 giấy phép xây dựng."
    assert only(text, published="2025-06-20").period is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo Luật Giáo dục 2019, huyện bố trí 12 giáo viên cho mỗi trường.",
        "Năm học này, 3.400 học sinh của huyện học theo chương trình giáo dục phổ thông 2018.",
        "Có 900 thí sinh dự thi theo chương trình 2006.",
    ],
)
def test_the_year_that_ends_the_name_of_a_law_or_curriculum_is_no_period(sentence):
    assert only(sentence, published="2025-06-20").period is None


def test_a_programme_of_years_is_still_a_period():
    text = "Chương trình mục tiêu quốc gia 2021 - 2025 bố trí 3.000 tỷ đồng cho huyện."
    assert only(text, published="2025-06-20").period == "2021-2025"


def test_this_years_programme_is_of_this_year():
    text = "Chương trình năm nay có 1.200 tình nguyện viên tham gia."
    assert only(text, published="2025-06-20").period == "2025"


def test_a_day_before_its_month_is_a_date_not_the_months_so_far():
    # "5 tháng" here is the 5th of June, not "5 tháng đầu năm" (GOLD.md: a bare day and month give none)
    text = "Ngày 5 tháng 6, huyện Tuy Phước ghi nhận 120 ca sốt xuất huyết."
    assert only(text, published="2025-06-20").period is None
    assert only("5 tháng, huyện Tuy Phước ghi nhận 120 ca sốt xuất huyết.", published="2025-06-20").period == "2025"


def test_the_second_year_of_two_curricula_is_no_period():
    text = "Năm học này, trường dạy song song hai chương trình giáo dục phổ thông 2006 và 2018 cho 1.350 học sinh."
    figures = extract_figures(text, published="2025-06-20")
    assert [f.period for f in figures if f.value == 1350] == [None]


def test_the_same_period_opening_its_clause_dates_the_clause():
    text = "Cùng kỳ năm trước, toàn huyện Phù Mỹ có 45 ca tay chân miệng."
    assert only(text, published="2025-06-20").period == "2024"
    # still a comparison when "so với" opens it, or when it follows the figure
    assert only("So với cùng kỳ năm trước, số ca mắc tăng 20%.", published="2025-06-20").period == "2025"
    assert only("Năm nay huyện có 60 ca, cao hơn cùng kỳ năm trước.", published="2025-06-20").period == "2025"


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Toàn huyện còn thiếu 120 giáo viên trong năm học 2024 - 2025.", "2024-2025"),
        ("Trong năm học tới, huyện tuyển thêm 40 giáo viên.", None),
        ("Trong năm, huyện tuyển thêm 40 giáo viên.", "2024"),
    ],
)
def test_a_school_year_is_no_calendar_year(sentence, period):
    assert only(sentence, published="2024-07-05").period == period



def test_a_comparison_word_belongs_to_the_period_right_after_it():
    figures = extract_figures("Giá thuê nhà xưởng đạt 4,8 USD/m2, tăng 7,2% so với cùng kỳ năm ngoái trong quý 2/2024.",
                              published="2024-07-05")
    assert [(f.text, f.period) for f in figures][-1] == ("7,2%", "2024-Q2")


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Bình quân mỗi xã đạt 12,4 tiêu chí, tăng 1,3 tiêu chí so với năm 2023.", "2024"),
        ("Tỷ lệ hộ nghèo còn 9,2%, giảm 2,1% so với cuối năm 2023.", "2024"),
        ("Bình quân mỗi xã đạt 12,4 tiêu chí, tăng 1,3 tiêu chí so với năm 2019.", None),
    ],
)
def test_a_change_on_the_year_before_publication_is_of_the_year_of_publication(sentence, period):
    assert [f.period for f in extract_figures(sentence, published="2024-07-05")] == [period, period]


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Kể từ đầu tháng 7 đến nay, lượng khách đến bến tàu tăng 120%.", "2024-07"),
        ("Từ tháng 7/2024 đến nay, lượng khách đến bến tàu tăng 120%.", "2024-07"),
        ("Từ giữa tháng 6 đến nay, lượng khách đến bến tàu tăng 120%.", None),
    ],
)
def test_from_early_in_the_month_of_publication_up_to_now_is_that_month(sentence, period):
    assert only(sentence, published="2024-07-05").period == period


def test_the_edition_of_a_standard_is_no_period():
    figure = only("Nhà máy áp dụng tiêu chuẩn ISO 9001:2015 và xuất khẩu 35 container.", published="2024-07-05")
    assert figure.period is None


def test_a_bracket_between_a_figure_and_its_period_is_skipped():
    figures = extract_figures("Hãng lỗ 120 tỷ yên (khoảng 1,1 tỷ USD) trong quý I năm 2021.", published="2021-05-02")
    assert [(f.text, f.period) for f in figures] == [("120 tỷ yên", "2021-Q1"), ("khoảng 1,1 tỷ USD", "2021-Q1")]
    figure = only("Quỹ nắm giữ 300 triệu cổ phiếu của hãng bán lẻ (Pháp) vào cuối năm 2019.", published="2021-05-02")
    assert figure.period == "2019"


def test_a_figure_in_brackets_takes_no_period_after_a_longer_gap():
    figures = extract_figures(
        "Tàu lặn sâu 1.000 feet (khoảng 300 mét) - sâu hơn mức một hãng đã nâng cấp vào năm 2012.", published="2021-05-02"
    )
    assert [f.period for f in figures if f.unit == "m"] == [None]


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Từ cuối tháng 5/2025, đợt nắng nóng đã làm 120 ha lúa bị hạn.", None),
        ("Từ đầu tháng 4/2025, giá phân bón tăng 12%.", None),
        ("Kể từ đầu tháng này, giá phân bón tăng 12%.", "2025-06"),
        ("Từ đầu tháng 6/2025, giá phân bón tăng 12%.", "2025-06"),
    ],
)
def test_from_a_part_of_an_earlier_month_is_a_starting_point(sentence, period):
    assert only(sentence, published="2025-06-20").period == period


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Hội chợ diễn ra từ ngày 28/6 đến ngày 5/7/2025, thu hút 300 gian hàng.", "2025"),
        ("Từ ngày 25/1 - 3/2/2025, tỉnh ghi nhận 14 ca mắc sởi.", "2025"),
        ("Từ ngày 10 đến 20/4/2025, tỉnh ghi nhận 14 ca mắc sởi.", "2025-04"),
    ],
)
def test_a_span_of_days_whose_first_day_has_no_year_takes_the_year_of_the_last(sentence, period):
    assert only(sentence, published="2025-07-10").period == period


def test_a_span_of_days_is_not_carried_to_the_next_sentence():
    figures = extract_figures(
        "Hội nghị diễn ra từ ngày 28/6 đến ngày 2/7/2025 với 500 đại biểu. Hội nghị bàn 3 nội dung lớn.",
        published="2025-07-10",
    )
    assert [f.period for f in figures] == ["2025", None]


@pytest.mark.parametrize(
    "sentence, periods",
    [
        ("Doanh thu cao nhất trong năm 2022, 2023 lần lượt là 182 tỷ đồng và 197 tỷ đồng.", ["2022", "2023"]),
        ("Tăng trưởng kinh tế năm 2023 và 2024 lần lượt đạt 6,2% và 7,1%.", ["2023", "2024"]),
        ("Doanh thu quý I/2024 và quý II/2024 lần lượt đạt 30 tỷ đồng và 40 tỷ đồng.", ["2024-Q1", "2024-Q2"]),
        ("Năm 2024, doanh thu và lợi nhuận lần lượt đạt 30 tỷ đồng và 4 tỷ đồng.", ["2024", "2024"]),
    ],
)
def test_periods_listed_before_respectively_go_to_the_figures_in_order(sentence, periods):
    assert [f.period for f in extract_figures(sentence, published="2025-03-10")] == periods


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Từ tháng 5 đến tháng 9/2023, công ty xuất khẩu 4.000 tấn cà phê.", "2023"),
        ("Trong tháng 1-3/2022, huyện đón 12.000 lượt khách.", "2022-Q1"),
        ("Trong tháng 4 - tháng 6/2022, huyện đón 15.000 lượt khách.", "2022-Q2"),
        ("Từ tháng 7 tới tháng 10 năm 2021, tỉnh cấp 350 giấy phép.", "2021"),
        ("Kể từ tháng 1-8/2020, lực lượng chức năng phát hiện 31 vụ vi phạm.", "2020"),
    ],
)
def test_a_span_of_months_with_one_year_is_its_quarter_or_its_year(sentence, period):
    assert only(sentence, published="2025-06-10").period == period


@pytest.mark.parametrize(
    "sentence, periods",
    [
        ("Quý I và quý II năm 2024, doanh thu lần lượt đạt 50 tỷ đồng và 60 tỷ đồng.", ["2024-Q1", "2024-Q2"]),
        ("Quý II, quý III/2023 lần lượt tăng 4% và 5%.", ["2023-Q2", "2023-Q3"]),
        ("Tháng 4 và tháng 5/2021 lần lượt đón 800 lượt khách và 900 lượt khách.", ["2021-04", "2021-05"]),
        ("Trong quý I, 2 doanh nghiệp mới đạt doanh thu 30 tỷ đồng năm 2024.", ["2025-Q1", "2024"]),
    ],
)
def test_quarters_or_months_listed_share_the_year_written_after_them(sentence, periods):
    assert [f.period for f in extract_figures(sentence, published="2025-06-10")] == periods


@pytest.mark.parametrize(
    "text, periods",
    [
        ("Năm 2019, công ty lãi 5 tỷ đồng. Trong năm nay, doanh thu dự kiến tăng 12%.", ["2019", "2021"]),
        ("Năm 2023, thị trường đạt 4 tỷ USD. Sản lượng giảm 4,1% trong năm ngoái.", ["2023", "2020"]),
        ("Dự án được khởi công năm 2018. Dư nợ đạt 300 tỷ đồng vào cuối năm ngoái.", ["2020"]),
        ("Quy hoạch đến năm 2030. Đến cuối năm nay, tỉnh có 40 xã nông thôn mới.", ["2021"]),
    ],
)
def test_a_this_year_phrase_ended_by_nay_or_ngoai_is_the_publication_year_or_the_one_before(text, periods):
    # "trong năm", "cuối năm" alone are the year the text last wrote; "nay", "ngoái" tie them to
    # the publication date (GOLD.md: "năm nay")
    assert [f.period for f in extract_figures(text, published="2021-04-20")] == periods


@pytest.mark.parametrize(
    "sentence, periods",
    [
        ("Doanh thu của hợp tác xã dự kiến tăng 6% trong năm nay và 8% trong năm tới.", ["2025", "2026"]),
        ("Năm sau, công ty sẽ chia cổ tức 12% cho cổ đông.", ["2026"]),
        ("Trong năm sau, tỉnh phấn đấu có thêm 20 xã đạt chuẩn nông thôn mới.", ["2026"]),
        # a count of years, or the year after one the text tells of, is no next year
        ("Trong 5 năm tới, tỉnh sẽ đào tạo 12.000 lao động.", [None]),
        ("Vài năm sau, anh mở thêm 3 cửa hàng.", [None]),
        ("Năm 2019 công ty thành lập, năm sau đó doanh thu đạt 5 tỷ đồng.", ["2019"]),
    ],
)
def test_next_year_is_the_year_after_publication(sentence, periods):
    assert [f.period for f in extract_figures(sentence, published="2025-06-10")] == periods


def test_this_year_after_trong_is_read_whole():
    f = only("Huyện có kế hoạch tuyển thêm 300 giáo viên trong năm nay.", published="2025-06-10")
    assert f.period == "2025"
    assert f.measure == "giáo viên Huyện có kế hoạch tuyển thêm"  # no "trong" left behind


@pytest.mark.parametrize(
    "sentence, published, period",
    [
        ("Trong 3 tháng qua, hãng bán được 1.200 chiếc xe.", "2021-04-19", "2021-Q1"),
        ("3 tháng qua, cửa hàng bán ra 400 chiếc xe.", "2021-04-02", "2021-Q1"),
        # later in the year, three months may be any three: the year
        ("Trong 3 tháng qua, hãng bán được 1.200 chiếc xe.", "2021-09-10", "2021"),
        ("Doanh thu 9 tháng đạt 500 tỷ đồng.", "2021-10-10", "2021"),
    ],
)
def test_three_months_said_in_april_are_the_first_quarter(sentence, published, period):
    assert only(sentence, published=published).period == period


def test_three_months_ago_is_no_part_of_the_year():
    figure = only("Cô mua căn biệt thự 13,8 triệu USD cách đây 3 tháng.", published="2021-04-21")
    assert figure.period is None


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Kinh tế nước này có thể tăng 9% trong năm tài chính kết thúc vào tháng 3/2022.", "2021-2022"),
        ("Lợi nhuận của hãng giảm 12% trong năm tài khóa kết thúc vào tháng 6/2020.", "2019-2020"),
        ("Doanh thu đạt 40 tỷ đồng vào tháng 3/2021.", "2021-03"),  # no fiscal year: the month
    ],
)
def test_a_fiscal_year_ending_in_a_month_spans_two_years(sentence, period):
    assert only(sentence, published="2021-04-27").period == period
