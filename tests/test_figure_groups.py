"""Groups counted by their members ("nhóm 20 nền kinh tế", "top 10 thương hiệu"), and the same
cues before a label, a name or a scope. Every sentence here was written for these tests."""

import pytest

from newsmine.facts.figures import extract_figures


def found(text: str) -> list[tuple[float, str, str | None]]:
    return [(pytest.approx(f.value), f.unit, f.item) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tỉnh lọt vào nhóm 10 địa phương có chỉ số cạnh tranh cao nhất.", [(10, "count", "địa phương")]),
        ("Sản phẩm được xếp vào top 20 thương hiệu mạnh của vùng.", [(20, "count", "thương hiệu mạnh")]),
        ("Công ty có tên trong Top 50 doanh nghiệp xuất khẩu uy tín.", [(50, "count", "doanh nghiệp xuất khẩu uy tín")]),
        ("Tạp chí công bố bảng xếp hạng 100 trường đại học hàng đầu.", [(100, "count", "trường đại học hàng đầu")]),
    ],
)
def test_a_group_cue_before_a_counted_noun_counts_its_members(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Huyện ưu tiên tiêm cho đối tượng nhóm 1 ở tuyến đầu.",  # a label: nothing counted after it
        "Sản phẩm của công ty lọt Top 10 Sao Khuê năm nay.",  # a name after the number
        "Khu nghỉ dưỡng có quy mô top 5 thế giới.",  # a scope: the number places, it counts nothing
    ],
)
def test_a_group_cue_before_a_label_a_name_or_a_scope_is_no_figure(text):
    assert found(text) == []
