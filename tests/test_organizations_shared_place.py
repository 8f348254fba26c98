"""Organisations: bodies listed before the one place they share each take that place."""

from newsmine.facts.context import analyse, extract_organizations
from newsmine.facts.words import sentence_words


def names(text, province="Lai Châu"):
    return [m.name for m in extract_organizations(analyse(text), province)]


def test_bare_heads_take_the_place_that_closes_the_list():
    found = names("Đại diện lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Phong Thổ dự lễ.")
    assert found == ["Hội đồng nhân dân huyện Phong Thổ", "Ủy ban nhân dân huyện Phong Thổ",
                     "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phong Thổ"]


def test_a_level_word_alone_closing_the_list_is_the_articles_province():
    assert "Hội đồng nhân dân tỉnh Lai Châu" in names("Lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh dự lễ khai giảng.")


def test_a_head_the_province_is_implied_for_takes_the_written_place_instead():
    found = names("Thường trực HĐND - UBND huyện Sìn Hồ làm việc với xã.")
    assert found == ["Thường trực Hội đồng nhân dân huyện Sìn Hồ", "Ủy ban nhân dân huyện Sìn Hồ"]


def test_bodies_joined_by_dashes_without_spaces_are_read_apart():
    assert [w.text for w in sentence_words("HĐND-UBND", 0, 9)] == \
        ["Hội", "đồng", "nhân", "dân", "-", "Ủy", "ban", "nhân", "dân"]
    found = names("Các chỉ tiêu HĐND-UBND thành phố giao đều đạt.", province="Cần Thơ")
    assert found == ["Hội đồng nhân dân thành phố Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"]


def test_a_list_closed_by_no_place_gives_none():
    assert names("HĐND và UBND các xã tổ chức tiếp xúc cử tri.") == []


def test_a_party_committee_keeps_its_own_name():
    assert names("Lãnh đạo Tỉnh ủy, UBND tỉnh dự.")[0] == "Tỉnh ủy Lai Châu"


def test_the_office_of_both_councils_is_one_body():
    assert names("Cán bộ Văn phòng HĐND-UBND huyện Tam Đường cho biết.") == \
        ["Văn phòng Hội đồng nhân dân - Ủy ban nhân dân huyện Tam Đường"]


def test_a_documents_code_is_not_read_as_bodies():
    assert [w.text for w in sentence_words("số 541/CĐ-TTg", 0, 13)][-1] == "CĐ-TTg"


def test_a_sub_unit_before_its_parent_takes_no_place_of_a_list():
    found = names("Cơ quan Cảnh sát điều tra - Công an huyện Tam Đường thông báo.")
    assert "Cơ quan Cảnh sát điều tra huyện Tam Đường" not in found


def test_one_body_of_several_places_is_one_body_each():
    found = [m.name for m in extract_organizations(analyse(
        "UBND các xã Mường Phăng, Nà Nhạn và Thanh Minh đã phối hợp với Công an các tỉnh Lai Châu, Sơn La."),
        "Điện Biên")]
    assert found == ["Ủy ban nhân dân xã Mường Phăng", "Ủy ban nhân dân xã Nà Nhạn", "Ủy ban nhân dân xã Thanh Minh",
                     "Công an tỉnh Lai Châu", "Công an tỉnh Sơn La"]


def test_a_standard_body_of_several_provinces_is_not_the_articles_own():
    found = [m.name for m in extract_organizations(analyse(
        "Cục đã gửi công văn tới Sở Tư pháp các tỉnh Hà Tĩnh, Quảng Bình."), "Điện Biên")]
    assert "Sở Tư pháp tỉnh Điện Biên" not in found
    assert {"Sở Tư pháp tỉnh Hà Tĩnh", "Sở Tư pháp tỉnh Quảng Bình"} <= set(found)


def test_a_body_merged_from_two_kinds_in_2025_is_one_name():
    assert names("Báo và Đài Phát thanh - Truyền hình Lai Châu tổ chức hội nghị viên chức.") == \
        ["Báo và Đài Phát thanh - Truyền hình Lai Châu"]
    assert names("Bảo tàng và Thư viện Hải Phòng mở cửa miễn phí dịp lễ.") == ["Bảo tàng và Thư viện Hải Phòng"]


def test_a_bare_head_before_another_body_names_no_merged_one():
    assert names("Bộ và Ban Quản lý dự án Đường sắt đã làm việc với nhà thầu.") == ["Ban Quản lý dự án Đường sắt"]
    assert names("UBND và Công an xã Nậm Tăm tham dự buổi lễ.") == ["Ủy ban nhân dân xã Nậm Tăm", "Công an xã Nậm Tăm"]
