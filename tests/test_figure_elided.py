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
