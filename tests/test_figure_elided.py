"""Parts whose noun is left out after "trong đó" ("có 500 hộ, trong đó 120 …") count in the unit
of the whole said before them. Every sentence here was written for these tests."""

import pytest

from newsmine.facts.figures import extract_figures


def found(text: str) -> list[tuple[float, str, str | None]]:
    return [(pytest.approx(f.value), f.unit, f.item) for f in extract_figures(text)]


def test_a_part_after_trong_do_counts_in_the_unit_of_the_whole():
    text = "Tỉnh có 450 hợp tác xã, trong đó có hơn 300 đang hoạt động hiệu quả."
    assert found(text) == [(450, "count", "hợp tác xã"), (300, "count", "hợp tác xã")]


def test_parts_listed_after_the_first_take_the_same_unit():
    text = "Huyện có 800 hộ nghèo, trong đó 500 ở vùng cao và 120 ở vùng ven biển."
    assert found(text) == [(800, "household", None), (500, "household", None), (120, "household", None)]


def test_a_share_or_a_time_after_trong_do_is_no_part():
    text = "Xã có 900 hộ dân, trong đó 2/3 sống bằng nghề biển."
    assert [f[1] for f in found(text)].count("household") == 1
    text = "Tỉnh ghi nhận 300 ca mắc, trong đó 5 ngày gần đây số ca tăng nhanh."
    assert [f[0] for f in found(text)] == [300]


def test_a_bare_number_said_of_a_so_subject_counts_its_noun():
    text = "Tổng số mẫu đã lấy tại huyện là 1.240, trong đó 1.200 mẫu âm tính, 40 đang chờ kết quả."
    assert [(f[0], f[1]) for f in found(text)] == [(1240, "count"), (1200, "count"), (40, "count")]
    text = "Số ca tử vong trên cả nước vượt mốc 5.000. Xã nâng tổng số hội viên lên 512, vượt kế hoạch."
    assert [(f[0], f[1]) for f in found(text)] == [(5000, "count"), (512, "person")]


def test_a_bare_number_said_of_a_so_subject_of_people_counts_people():
    text = "Tổng số người đang được theo dõi sức khỏe tại nhà (cách ly): 3.412, trong đó:"
    figures = extract_figures(text)
    assert [(f.value, f.unit) for f in figures] == [(3412, "person")]
    assert "theo dõi sức khỏe tại nhà" in figures[0].measure


def test_no_count_after_a_compound_with_so_a_phone_or_a_money_noun():
    text = ("Hệ số sử dụng đất của khu là 0,6. Số điện thoại đường dây nóng: 0912.345.678. "
            "Tổng số tiền bị phạt là 7.500. Một số xã là 12.")
    assert found(text) == []


def test_the_measure_of_a_bare_number_is_its_so_subject_without_its_time_and_link():
    figures = extract_figures("Tổng số trường hợp mắc ghi nhận tại tỉnh từ khi có dịch đến nay là 86.")
    assert [(f.value, f.measure) for f in figures] == [(86, "Tổng số trường hợp mắc ghi nhận tại tỉnh")]
    figures = extract_figures("Số ca tử vong của tỉnh đã vượt mốc 1.000 vào cuối tháng.")
    assert [(f.value, f.qualifier, f.measure) for f in figures] == [(1000, "over", "Số ca tử vong của tỉnh")]
