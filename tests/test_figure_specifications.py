"""A device's specifications (corpus/gold-offsets/JUDGEMENT-CALLS.md, the twenty-fourth study set):
storage, battery charge, screen size and a camera's resolution are counted with the unit as item,
a chip's process in metres; and such a specification does not bound the measure of the price
after it. Every sentence here was written for these tests."""

import pytest

from newsmine.facts.figures import extract_figures


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Máy tính bảng của hãng có bộ nhớ trong 256GB và pin 8.000mAh.",
         [(256, "count", "GB"), (8000, "count", "mAh")]),
        ("Mẫu điện thoại mới dùng màn hình 6,5 inch và ổ cứng ngoài 2 TB.",
         [(6.5, "count", "inch"), (2, "count", "TB")]),
        ("Camera sau của máy có độ phân giải 50 megapixel.", [(50, "count", "megapixel")]),
        # a size written as an adjective with a hyphen is no document number ("12-QĐ")
        ("Chiếc tivi 55-inch được bán với giá ưu đãi.", [(55, "count", "inch")]),
        ("Vi xử lý được sản xuất trên tiến trình 7nm.", [(pytest.approx(7e-9), "m", None)]),
        # "Nm" in upper case is a torque, no length
        ("Động cơ đạt mô-men xoắn cực đại 250 Nm ở vòng tua thấp.", []),
    ],
)
def test_a_specification_is_counted_by_its_unit(text, expected):
    figures = extract_figures(text)
    assert [(f.value, f.unit, f.item) for f in figures] == expected


def test_a_specification_does_not_bound_the_price_after_it():
    """"giá bản 4GB RAM/64GB là …": the version the price is of stays in the price's measure."""
    figures = extract_figures("Giá phiên bản 4GB RAM/64GB ROM của máy là 4,2 triệu đồng.")
    price = next(f for f in figures if f.unit == "VND")
    assert price.measure.startswith("Giá phiên bản 4GB RAM/64GB ROM")


def test_listed_specifications_keep_their_own_measure():
    """Storage options in a list: each is measured by the options, not by the one before it."""
    figures = extract_figures("Khách có thể chọn bộ nhớ trong gồm 64GB, 128GB hoặc 256GB.")
    assert [f.item for f in figures] == ["GB", "GB", "GB"]
    assert "64GB" not in figures[1].measure
    assert all(f.measure and f.measure.startswith("Khách có thể chọn bộ nhớ") for f in figures)


def test_a_specification_does_not_take_the_subject_of_the_price_after_it():
    """"chiếc máy bản 256GB đang giảm 3 triệu đồng, xuống mức 21 triệu đồng": the version stays in
    the new price's measure; the specification lends no subject of its own to the figures after."""
    figures = extract_figures("Chiếc máy tính bảng bản 256GB đang được giảm 3 triệu đồng so với giá niêm yết, "
                              "xuống mức 21 triệu đồng.")
    price = next(f for f in figures if f.value == 21_000_000)
    assert "256GB" in price.measure


def test_a_pair_of_memory_sizes_is_no_figure():
    """"6/64GB" names the RAM and the storage of a version together: no ratio, no count."""
    figures = extract_figures("Phiên bản tiêu chuẩn với bộ nhớ 4/128GB có giá 259 USD.")
    assert [(f.value, f.unit) for f in figures] == [(259, "USD")]
