"""Ministries listed under one "Bộ" written once (org_shared_heads.with_listed_ministries)."""

from newsmine.facts.steps import run_plain


def _names(text: str) -> list[str]:
    return [o.name for o in run_plain(text).organizations]


def test_each_field_after_one_head_is_a_ministry():
    text = ("Ủy ban nhân dân tỉnh đề nghị các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, "
            "Xây dựng sớm hướng dẫn việc cấp phép khai thác cát trên sông.")
    names = _names(text)
    assert "Bộ Tài nguyên và Môi trường" in names
    assert "Bộ Nông nghiệp và Phát triển nông thôn" in names
    assert "Bộ Xây dựng" in names


def test_a_counted_head_and_the_list_closed_by_va():
    text = "Tỉnh đã báo cáo ba bộ Tư pháp, Nội vụ và Tài chính về việc sắp xếp các đơn vị sự nghiệp."
    names = _names(text)
    assert {"Bộ Tư pháp", "Bộ Nội vụ", "Bộ Tài chính"} <= set(names)


def test_the_list_stops_at_the_first_item_no_ministry():
    text = ("Các Bộ Công Thương, Khoa học và Công nghệ, Ủy ban nhân dân các tỉnh và các hiệp hội "
            "ngành hàng cùng tham gia góp ý dự thảo.")
    names = _names(text)
    assert {"Bộ Công Thương", "Bộ Khoa học và Công nghệ"} <= set(names)
    assert not any(n.startswith(("Bộ Ủy", "Bộ Hiệp")) for n in names)


def test_a_single_ministry_or_plain_ministries_add_nothing():
    text = "Các bộ, ngành liên quan phối hợp với Bộ Y tế, Ủy ban nhân dân tỉnh Quảng Trị triển khai tiêm chủng."
    assert "Bộ Ủy ban nhân dân tỉnh Quảng Trị" not in _names(text)
    assert _names(text).count("Bộ Y tế") == 1
