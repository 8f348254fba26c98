"""Organisations: one body named for several places in a list ("Công an tỉnh A, B và C")."""

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Sơn La"):
    return [m.name for m in extract_organizations(analyse(text), province)]


def test_a_body_before_a_list_of_provinces_is_one_body_in_each():
    text = "Lãnh đạo Sở Y tế tỉnh Lai Châu, Điện Biên và Sơn La ký quy chế phối hợp."
    assert names(text) == ["Sở Y tế tỉnh Lai Châu", "Sở Y tế tỉnh Điện Biên", "Sở Y tế tỉnh Sơn La"]


def test_a_body_before_two_communes_is_one_body_in_each():
    text = "UBND xã Chiềng Sơn và Chiềng Xuân thống nhất mốc giới."
    assert names(text) == ["Ủy ban nhân dân xã Chiềng Sơn", "Ủy ban nhân dân xã Chiềng Xuân"]


def test_a_province_after_a_district_body_is_its_province_not_another_body():
    assert names("UBND huyện Mộc Châu, Sơn La vừa phê duyệt đề án.") == ["Ủy ban nhân dân huyện Mộc Châu"]


def test_another_body_after_the_list_word_is_read_on_its_own():
    text = "Đại diện UBND tỉnh Lai Châu và Sở Nội vụ dự họp."
    assert names(text) == ["Ủy ban nhân dân tỉnh Lai Châu", "Sở Nội vụ tỉnh Sơn La"]


def test_a_place_after_and_is_not_part_of_the_body_before_it():
    found = [m.name for m in extract_organizations(analyse("Bộ Y tế và Thành phố Hà Nội đã chỉ đạo quyết liệt."),
                                                   "Hà Nội")]
    assert found == ["Bộ Y tế"]


def test_where_a_body_is_is_not_part_of_its_name():
    found = [m.name for m in extract_organizations(analyse(
        "Công nhân Công ty Hoàng Long ở huyện Đông Anh và học sinh Trường Tiểu học Kim Đồng thuộc xã Thanh "
        "Minh được xét nghiệm."), "Hà Nội")]
    assert found == ["Công ty Hoàng Long", "Trường Tiểu học Kim Đồng"]
