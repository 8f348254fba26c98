"""Organisations: a foreign brand listed before another brand that is a body ("X và Y", "X, Y và
Z"): the items of one list are of one kind, so the first items are bodies too; not a person
written by his last name elsewhere, nor a name's tail before a Vietnamese body."""

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Bắc Giang"):
    return {m.name for m in extract_organizations(analyse(text), province)}


def test_a_brand_before_a_described_firm_is_a_body():
    text = ("Năm nay, Vantrel và Korvix, hai nhà sản xuất linh kiện lớn, sẽ mở thêm nhà máy tại "
            "Bắc Giang.")
    assert {"Vantrel", "Korvix"} <= names(text)


def test_brands_listed_before_a_bank_are_bodies():
    text = "Khoản vay 200 triệu USD cho dự án do Dunmore, Halvick và Quenton Bank thu xếp."
    assert {"Dunmore", "Halvick", "Quenton Bank"} <= names(text)


def test_a_person_written_by_his_last_name_is_no_body():
    text = ("Brandon Oakes và Quenton Bank đã ký thỏa thuận hợp tác tại Hà Nội. Oakes cho biết "
            "dự án sẽ khởi công trong quý III.")
    assert "Brandon Oakes" not in names(text)


def test_a_name_before_a_vietnamese_body_stays_out():
    # a coach, a donor or a name's tail joined to a body of another kind
    text = "Suất học bổng do Harvick và Quỹ Khuyến học tỉnh trao tặng cho 20 học sinh nghèo."
    assert "Harvick" not in names(text)
