"""Organisations: firms named by initials alone, never spelt out in the article."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


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
