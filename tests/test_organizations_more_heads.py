"""Organisations opened by heads that provincial news names often: stations, enterprises and
workshops, ports, councils, embassies, magazines, a university's branch, and a head that is only
a syllable of a company's name ("Tân Cảng")."""

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Quảng Trị"):
    return [m.name for m in extract_organizations(analyse(text), province)]


def test_a_station_with_lower_case_words_before_its_name():
    assert names("Sáng nay, xe tải đâm vào Trạm thu phí Bến Đá làm hỏng barie.") == ["Trạm thu phí Bến Đá"]
    assert names("Cán bộ Trạm Khuyến nông huyện Hải Lăng hướng dẫn bà con gieo sạ.") == \
        ["Trạm Khuyến nông huyện Hải Lăng"]


def test_an_enterprise_a_workshop_and_state_farms():
    assert names("Xí nghiệp Thủy nông Gio Linh mở cống lấy nước.") == ["Xí nghiệp Thủy nông Gio Linh"]
    assert names("Du khách ghé thăm Xưởng mộc Hoàng Long ở đầu làng.") == ["Xưởng mộc Hoàng Long"]
    assert names("Lâm trường Tân Lập giao lại 200 ha đất cho xã.") == ["Lâm trường Tân Lập"]


def test_a_plant_named_by_its_trade_before_its_own_name():
    assert names("Nhà máy xi măng Hoàng Mai dừng một lò nung để bảo dưỡng.") == ["Nhà máy xi măng Hoàng Mai"]
    assert names("Nhà máy thủy điện Rào Quán xả lũ lúc 10 giờ.") == ["Nhà máy thủy điện Rào Quán"]


def test_a_plant_without_a_name_is_no_body():
    assert names("Nhà máy đi vào hoạt động từ đầu năm.") == []


def test_a_port_and_a_council_of_a_commune():
    assert names("Tàu hàng cập Cảng Cửa Việt lúc 8 giờ sáng.") == ["Cảng Cửa Việt"]
    assert names("Hội đồng thi đua xã Vĩnh Tú chưa họp xét.") == ["Hội đồng thi đua xã Vĩnh Tú"]


def test_a_council_without_a_name_is_no_body():
    assert names("Hội đồng xét xử tuyên phạt bị cáo 3 năm tù.") == []


def test_an_embassy_and_a_magazine():
    # a mission keeps its seat (orgs12: the gold of corpus-study7 and -study11 names it so)
    assert names("Đại sứ quán Hàn Quốc tại Việt Nam trao tặng 5 xe cứu thương.") == ["Đại sứ quán Hàn Quốc tại Việt Nam"]
    assert names("Bài viết đăng trên Tạp chí Cộng sản số tháng 3.") == ["Tạp chí Cộng sản"]


def test_a_branch_is_named_with_its_university():
    assert names("Phân hiệu Trường Đại học Huế tại Quảng Trị tuyển 500 sinh viên.") == \
        ["Phân hiệu Trường Đại học Huế"]


def test_a_head_inside_a_company_name_opens_no_body():
    found = names("Tổng công ty Tân Cảng Sài Gòn mở thêm tuyến vận tải thủy.")
    assert found == ["Tổng công ty Tân Cảng Sài Gòn"]


def test_a_port_after_the_word_opening_the_sentence():
    assert names("Tại Cảng Chân Mây, tàu du lịch đã cập bến.") == ["Cảng Chân Mây"]


def test_a_council_every_company_has_leaves_the_company_as_the_body():
    assert names("Hội đồng Quản trị Tập đoàn Hoành Sơn họp bất thường.") == ["Tập đoàn Hoành Sơn"]


def test_a_standing_board_of_a_party_committee_is_still_one_head():
    assert names("Ban Thường vụ Tỉnh ủy cho ý kiến về đề án.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị"]


def test_an_organisation_named_inside_a_sentence():
    assert names("Dự án nhận tài trợ của Tổ chức Tầm nhìn Thế giới trong ba năm.") == \
        ["Tổ chức Tầm nhìn Thế giới"]
    assert names("Sáng nay, Tổ chức Kỷ lục Việt Nam trao bằng xác lập kỷ lục.") == ["Tổ chức Kỷ lục Việt Nam"]


def test_the_verb_opening_a_sentence_or_an_item_is_no_body():
    assert names("Tổ chức Hội nghị tổng kết công tác năm 2024.") == []
    assert names("Nhiệm vụ năm tới: Tổ chức Lễ hội Cà phê lần thứ 9.") == []


def test_the_board_a_post_names_is_not_read_as_an_organisation_of_its_own():
    assert names("Trưởng ban Tổ chức Thành ủy Tam Kỳ, ông Lê Văn Hòa chúc mừng cán bộ.") == ["Thành ủy Tam Kỳ"]


def test_a_sports_federation_named_by_its_sport_in_lower_case_and_a_country():
    assert names("Liên đoàn bóng đá Việt Nam (VFF) đã gửi công văn đến các câu lạc bộ.") == \
        ["Liên đoàn bóng đá Việt Nam"]
    assert names("Đội tuyển chưa nhận được thông báo từ Liên đoàn bóng chuyền Thái Lan.") == \
        ["Liên đoàn bóng chuyền Thái Lan"]
