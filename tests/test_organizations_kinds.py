"""Organisations: a kind of institution and its own name, standard bodies written in lower case,
and a body named again by the initials it was given in brackets."""

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Lai Châu"):
    return [m.name for m in extract_organizations(analyse(text), province)]


def test_a_standard_body_written_in_lower_case_is_a_name_by_itself():
    found = names("Theo số liệu của Tổng cục quản lý thị trường, hàng giả đã giảm.")
    assert [n.lower() for n in found] == ["tổng cục quản lý thị trường"]
