"""Where a body's name ends in provincial news: a domain that opens with a head word, a naval
region, a Party cell of a village, a run-in sentence after a name (issue 12)."""

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Quảng Trị"):
    return [m.name for m in extract_organizations(analyse(text), province)]


def test_a_domain_opening_with_a_head_word_goes_on_in_the_name():
    found = names("Bà Lê Thu Hà, Phó Vụ trưởng Vụ Thông tin Báo chí, Bộ Ngoại giao trả lời phóng viên.")
    assert "Vụ Thông tin Báo chí" in found


def test_a_domain_list_opening_with_a_head_word_is_one_name():
    assert names("Trung tâm Đào tạo Báo chí và Truyền thông khai giảng khóa học mới.") == \
        ["Trung tâm Đào tạo Báo chí và Truyền thông"]


def test_a_newspaper_after_a_body_is_still_a_body_of_its_own():
    assert names("Sở Văn hóa, Báo Quảng Trị phối hợp tổ chức giải chạy.") == \
        ["Sở Văn hóa tỉnh Quảng Trị", "Báo Quảng Trị"]
