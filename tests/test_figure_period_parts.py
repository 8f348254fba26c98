"""Figures' periods: a part of a year, at the start of a time or right after the figure.

Every sentence here was written for these tests."""

import pytest

from figure_helpers import only
from newsmine.facts.figures import extract_figures


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Công trình cầu Bến Lội được khởi công từ đầu năm 2023, gồm 2 nhịp.", None),
        ("Từ cuối năm 2022, xã có thêm 3 hợp tác xã chăn nuôi.", None),
        ("Từ giữa năm 2024, huyện đã đưa 4 trạm bơm vào vận hành.", None),
        ("Từ đầu năm 2025, huyện đã đưa 4 trạm bơm vào vận hành.", "2025"),
        ("Từ đầu năm 2023 đến nay, huyện đã đưa 4 trạm bơm vào vận hành.", "2023-2025"),
    ],
)
def test_from_a_part_of_an_earlier_year_is_a_starting_point(sentence, period):
    assert only(sentence, published="2025-06-20").period == period


def test_a_starting_point_in_an_earlier_year_is_not_carried():
    figures = extract_figures(
        "Dự án nâng cấp đê biển được triển khai từ đầu năm 2023. Tuyến đê mới dài 12 km.", published="2025-06-20"
    )
    assert [f.period for f in figures] == [None]


@pytest.mark.parametrize(
    "sentence, periods",
    [
        (
            "Số vụ việc tăng nhanh, từ 120 vụ cả năm 2018 lên 150 vụ cả năm 2020 và 170 vụ trong 10 tháng đầu năm 2021.",
            ["2018", "2020", "2021"],
        ),
        ("Tỷ lệ giải ngân chỉ đạt 21,4% năm 2019 và 18,2% trong 11 tháng đầu năm 2021.", ["2019", "2021"]),
        ("Năm 2020 xã thu 2 tỷ đồng, riêng 6 tháng đầu năm 2021 đã thu 1,5 tỷ đồng.", ["2020", "2021"]),
        ("Năm 2021, xã thu 200 triệu đồng, riêng thôn Đông thu 30 triệu đồng trong 10 tháng đầu năm.", ["2021", "2021"]),
    ],
)
def test_a_part_of_a_year_written_right_after_a_figure_is_its_period(sentence, periods):
    assert [f.period for f in extract_figures(sentence, published="2022-03-15")] == periods


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Tại ngày 31/12/2023, tổng nợ phải trả của hợp tác xã là 12 tỷ đồng.", "2023-12"),
        ("Dư nợ của quỹ tín dụng tại ngày 31/12/2022 đạt 85 tỷ đồng.", "2022-12"),
        ("Tại thời điểm 31/12/2023, tổng nợ phải trả của hợp tác xã là 12 tỷ đồng.", "2023"),
    ],
)
def test_a_balance_read_at_a_year_end_day_is_dated_by_its_month(sentence, period):
    assert only(sentence, published="2024-04-20").period == period


@pytest.mark.parametrize(
    "text, periods",
    [
        (
            "Năm 2024, huyện thu 20 tỷ đồng từ du lịch. Mỗi năm, làng nghề đón khoảng 15.000 khách tham quan.",
            ["2024", None],
        ),
        (
            "Năm 2024, huyện thu 20 tỷ đồng từ du lịch. Hằng năm có khoảng 300 học viên được đào tạo nghề gốm.",
            ["2024", None],
        ),
        (
            "Năm 2024, huyện thu 20 tỷ đồng từ du lịch. Làng nghề đón khoảng 15.000 khách tham quan.",
            ["2024", "2024"],
        ),
        (
            (
                "Năm 2024, xã sửa lại trường tiểu học. Chi phí sửa chữa lên tới 2 tỷ đồng, dù ngân sách hằng năm "
                "của xã chỉ là 500 triệu đồng."
            ),
            ["2024", None],
        ),
    ],
)
def test_a_yearly_rate_takes_no_period_carried_from_before(text, periods):
    assert [f.period for f in extract_figures(text, published="2025-03-10")] == periods


@pytest.mark.parametrize(
    "text, periods",
    [
        # the level said right before "cùng kỳ năm …" is of that earlier year
        (
            "Quý 1/2024, hợp tác xã lãi 3 tỷ đồng, vượt xa mức lỗ 800 triệu đồng cùng kỳ năm 2023.",
            ["2024-Q1", "2023"],
        ),
        # "cùng kỳ năm …" as the subject of its clause: its level is of that year
        (
            "Đến ngày 15/5/2024, thu ngân sách của huyện tăng 12% (cùng kỳ năm 2023 tăng 5%).",
            ["2024-05", "2023"],
        ),
        # still compared with it: the figure is of the time the text speaks of
        (
            "Quý 1/2024, doanh thu du lịch của tỉnh tăng 15% so với cùng kỳ năm 2023.",
            ["2024-Q1"],
        ),
    ],
)
def test_the_level_of_the_same_period_before_is_of_that_year(text, periods):
    assert [f.period for f in extract_figures(text, published="2024-06-10")] == periods


def test_a_bare_same_period_subject_is_the_year_before():
    figures = extract_figures(
        "Năm 2023, công ty cấp nước lỗ 4 tỷ đồng. Năm nay công ty lãi 2 tỷ đồng, trong khi mức lãi cùng kỳ "
        "chỉ là 1 tỷ đồng.",
        published="2024-03-10",
    )
    assert [f.period for f in figures] == ["2023", "2024", "2023"]


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Riêng trong tháng 2, huyện cấp mới 120 giấy chứng nhận quyền sử dụng đất.", "2024-02"),
        ("Trong tháng 4, cửa khẩu thông quan 3.500 xe hàng.", "2024-04"),
        # a later month is a plan's, not a month the text reports
        ("Trong tháng 6, huyện sẽ khởi công 2 cây cầu dân sinh.", None),
        # a month after "cuối" stays undated
        ("Cuối tháng 2, huyện cấp mới 120 giấy chứng nhận quyền sử dụng đất.", None),
    ],
)
def test_a_month_so_far_in_the_year_of_publication_is_that_month(sentence, period):
    assert only(sentence, published="2024-04-18").period == period



LEAD = "Huyện có nhiều hoạt động văn hóa.\nNgười dân phấn khởi.\nĐoàn viên tham gia đông đủ.\n"


@pytest.mark.parametrize(
    "sentence, periods",
    [
        # an event of the year named in a body sentence dates that sentence's figures
        (
            (
                "Tối 10/5, chung kết cuộc thi Tiếng hát Sông Lam - Giọng ca xứ Nghệ 2024 đã diễn ra tại TP Vinh "
                "với sự tranh tài của 20 thí sinh."
            ),
            ["2024"],
        ),
        (
            "Chị Lan đã vượt qua 19 thí sinh khác để giành ngôi quán quân cuộc thi Giọng ca xứ Nghệ 2024.",
            ["2024"],
        ),
        (
            (
                'Diễn đàn Nông dân trẻ Nghệ An 2024 do Hội Nông dân tỉnh tổ chức, với chủ đề "Làm giàu từ đất" '
                "gồm hai phiên thảo luận về 5 chủ đề."
            ),
            ["2024", "2024"],
        ),
        # an event of another year than the publication's names no time of the figures
        (
            (
                'Diễn đàn Nông dân trẻ Nghệ An 2022 do Hội Nông dân tỉnh tổ chức, với chủ đề "Làm giàu từ đất" '
                "gồm hai phiên thảo luận về 5 chủ đề."
            ),
            [None, None],
        ),
    ],
)
def test_an_event_of_the_year_named_in_a_sentence_dates_its_figures(sentence, periods):
    assert [f.period for f in extract_figures(LEAD + sentence, published="2024-05-10")] == periods
