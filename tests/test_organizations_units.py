"""Organisations: units named by number, sub-units with their parent, places after a bracketed
abbreviation, and "TP HCM" written in two tokens."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Sơn La"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Sáng nay, Trung tâm Kiểm soát bệnh tật (CDC) Nghệ An công bố kết quả xét nghiệm.",
     "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An"),
    ("Cán bộ Công an Khu công nghiệp (KCN) Biên Hòa đến hiện trường.", "Công an Khu công nghiệp Biên Hòa"),
    ("Đồn Công an Quang Châu tiếp nhận tin báo.", "Đồn Công an Quang Châu"),
])
def test_a_place_after_the_name_or_its_abbreviation_belongs_to_it(text, expected):
    assert expected in names(text)


def test_a_country_after_an_abbreviation_stays_out_of_the_name():
    assert names("Tổ chức Y tế Thế giới (WHO) Việt Nam khuyến cáo người dân.") == ["Tổ chức Y tế Thế giới"]


@pytest.mark.parametrize("written", ["TP HCM", "TP. HCM", "TP.HCM"])
def test_ho_chi_minh_city_written_in_any_of_its_short_forms(written):
    assert names(f"Sở Y tế {written} vừa gửi công văn.") == ["Sở Y tế Thành phố Hồ Chí Minh"]


@pytest.mark.parametrize("text, expected", [
    ("Đội Quản lý thị trường số 5 lập biên bản cửa hàng.", "Đội Quản lý thị trường số 5"),
    ("Nhà máy nước sạch số 3 tạm dừng cấp nước hai ngày.", "Nhà máy nước sạch số 3"),
    ("Người bệnh được chuyển tới Bệnh viện dã chiến cấp 2 số 4.", "Bệnh viện dã chiến cấp 2 số 4"),
])
def test_a_unit_named_by_common_words_and_its_number(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text", [
    "Phòng đã ban hành Kế hoạch số 21 về việc này.",
    "Đội đã nhận Quyết định số 12/QĐ-UBND.",
])
def test_a_document_number_does_not_close_a_unit_name(text):
    assert names(text) == []


def test_the_parent_of_a_sub_unit_is_named_as_well():
    found = names("Ban Tuyên giáo Tỉnh ủy Sơn La tổ chức hội nghị.")
    assert "Ban Tuyên giáo Tỉnh ủy Sơn La" in found and "Tỉnh ủy Sơn La" in found


def test_the_kind_a_party_committee_belongs_to_is_not_a_body():
    assert "Công an Trung ương" not in names("Đảng ủy Công an Trung ương chỉ đạo các đơn vị.")


def test_a_sub_unit_named_once_with_its_parent_keeps_that_name():
    found = names("Phòng Cảnh sát kinh tế Công an tỉnh Sơn La kiểm tra cơ sở. Sau đó, Phòng Cảnh sát"
                  " kinh tế lập hồ sơ xử lý.")
    assert found.count("Phòng Cảnh sát kinh tế Công an tỉnh Sơn La") == 2
    assert "Phòng Cảnh sát kinh tế" not in found


def test_an_abbreviation_in_brackets_before_the_unit_number():
    assert "Đội Quản lý thị trường số 3" in names("Đội Quản lý thị trường (QLTT) số 3 vừa tạm giữ lô hàng.")


@pytest.mark.parametrize("text", [
    "Ban Giám đốc bệnh viện họp khẩn.",
    "Ban Biên tập đã trả lời bạn đọc.",
    "Ban Tổ chức cuộc thi trao giải nhất.",
])
def test_a_board_every_institution_has_is_not_a_body_by_itself(text):
    assert names(text) == []


def test_a_board_named_with_its_body_is_kept():
    assert "Ban Tổ chức Trung ương" in names("Ban Tổ chức Trung ương hướng dẫn nhân sự.")


@pytest.mark.parametrize("text, expected", [
    ("Cơ quan CSĐT Công an tỉnh Sơn La khởi tố vụ án.", "Cơ quan Cảnh sát điều tra Công an tỉnh Sơn La"),
    ("KTNN chỉ ra nhiều khoản chi sai quy định.", "Kiểm toán Nhà nước"),
])
def test_investigation_agencies_and_the_state_audit(text, expected):
    assert expected in names(text)


def test_a_national_body_takes_no_province():
    assert names("Ban Tuyên giáo Trung ương hướng dẫn các tỉnh.") == ["Ban Tuyên giáo Trung ương"]


@pytest.mark.parametrize("text", [
    "Kho hàng ở xã Vĩnh Hào, huyện Vụ Bản bị khám xét.",
    "Du khách đổ về thành phố Hội An dịp lễ.",
])
def test_a_place_after_its_level_word_is_no_body_though_it_opens_like_one(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Đoàn của Kiểm toán Nhà nước khu vực VII làm việc với huyện.", "Kiểm toán Nhà nước khu vực VII"),
    ("Chi cục Thuế khu vực II hướng dẫn hộ kinh doanh kê khai.", "Chi cục Thuế khu vực II"),
])
def test_a_regional_unit_keeps_its_region_and_number(text, expected):
    assert names(text) == [expected]


def test_a_sub_unit_written_alone_is_the_one_longer_name_it_goes_on_to():
    text = ("Ban Kinh tế Tổng Liên đoàn Lao động Việt Nam tổ chức tập huấn. "
            "Đại diện Ban Kinh tế cho biết sẽ mở thêm hai lớp.")
    found = names(text)
    assert "Ban Kinh tế" not in found and found.count("Ban Kinh tế Tổng Liên đoàn Lao động Việt Nam") == 2


def test_a_sub_unit_written_alone_is_its_one_district_unit():
    text = ("Trung tâm Y tế huyện Mường La tiêm vắc xin cho trẻ. "
            "Theo Trung tâm Y tế, đã có 900 trẻ được tiêm.")
    assert set(names(text)) == {"Trung tâm Y tế huyện Mường La"}


def test_a_sub_unit_with_two_longer_names_stays_as_written():
    text = ("Trung tâm Y tế huyện Mường La và Trung tâm Y tế huyện Yên Châu phối hợp. "
            "Theo Trung tâm Y tế, đã có 900 trẻ được tiêm.")
    assert "Trung tâm Y tế" in names(text)


def test_a_body_of_another_country_is_another_body():
    text = "Bộ Y tế và Bộ Y tế Campuchia ký biên bản hợp tác."
    assert names(text) == ["Bộ Y tế", "Bộ Y tế Campuchia"]


def test_a_project_board_for_all_works_of_a_kind_keeps_its_whole_name():
    text = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh bàn giao mặt bằng."
    assert names(text) == ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Sơn La"]


@pytest.mark.parametrize("text, expected", [
    ("Trường Tiểu học Võ Thị Sáu tổ chức lễ khai giảng.", "Trường Tiểu học Võ Thị Sáu"),
    ("Học sinh Trường Mầm non Hoàng Văn Thụ biểu diễn văn nghệ.", "Trường Mầm non Hoàng Văn Thụ"),
])
def test_a_school_named_after_a_person_keeps_the_name(text, expected):
    assert names(text) == [expected]


def test_a_capitalised_domain_word_keeps_the_lower_case_syllable_of_its_own_word():
    # "Ban Đào" is also a word of the dictionary; "Đào tạo" is the domain of the board
    assert names("Phó trưởng Ban Đào tạo Đại học Tây Bắc cho biết.") == ["Ban Đào tạo Đại học Tây Bắc"]


def test_a_place_before_a_verb_keeps_the_verb_out_of_the_name():
    assert names("Sở Kế hoạch và Đầu tư Hà Nội cung cấp số liệu.") == ["Sở Kế hoạch và Đầu tư thành phố Hà Nội"]


def test_a_board_whose_name_starts_like_a_commune_keeps_its_domain():
    # "Ban Công" is also a commune; "Công tác" is the board's domain
    assert names("Trưởng Ban Công tác Mặt trận khu dân cư phát biểu.")[0].startswith("Ban Công tác")


def test_a_province_before_a_lower_case_word_keeps_it_out():
    assert names("Thành ủy Hà Nội tại phiên họp đã thống nhất chủ trương.") == ["Thành ủy Hà Nội"]


def test_a_national_department_and_its_name_with_viet_nam_are_one_body():
    text = "Cục Sở hữu trí tuệ Việt Nam cấp văn bằng. Theo Cục Sở hữu trí tuệ, hồ sơ đã đủ."
    assert set(names(text)) == {"Cục Sở hữu trí tuệ Việt Nam"}


def test_an_academic_title_after_a_name_is_not_part_of_it():
    text = "Hiệu trưởng Trường ĐH Tây Bắc PGS.TS Hoàng Văn Nam cho biết."
    assert names(text) == ["Trường Đại học Tây Bắc"]


def test_a_trade_missing_from_the_word_list_does_not_end_a_companys_name():
    names = [o.name for o in extract_organizations(analyse(
        "Công ty Cổ phần Dệt may Thành Công tuyển thêm 200 lao động."), "Hòa Bình")]
    assert names == ["Công ty Cổ phần Dệt may Thành Công"]
    # "đường Lam Sơn" would otherwise read as a street
    assert extract_organizations(analyse("Công ty CP Mía đường Lam Sơn cho biết như vậy."), "Thanh Hóa")[0].name \
        == "Công ty cổ phần Mía đường Lam Sơn"


def test_a_party_delegation_and_a_high_court_are_whole_bodies():
    names = [o.name for o in extract_organizations(analyse(
        "Ban cán sự đảng UBND tỉnh Lai Châu đã họp. Vụ án được TAND cấp cao tại Hà Nội xét xử phúc thẩm."),
        "Lai Châu")]
    assert names == ["Ban cán sự đảng Ủy ban nhân dân tỉnh Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu",
                     "Tòa án nhân dân cấp cao tại Hà Nội"]  # the delegation's body is named too (orgs23)


def test_religious_bodies_are_named_whole():
    names = [o.name for o in extract_organizations(analyse(
        "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam và Hội đồng Giám mục Việt Nam cử đại diện dự."), "Đồng Tháp")]
    assert names == ["Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "Hội đồng Giám mục Việt Nam"]


def test_a_verb_after_a_body_named_with_its_country_is_not_part_of_its_name():
    names = [o.name for o in extract_organizations(analyse(
        "Giải do Hội Nông dân Việt Nam tổ chức, Hội Liên hiệp Phụ nữ tỉnh phối hợp thực hiện."), "Điện Biên")]
    assert names == ["Hội Nông dân Việt Nam", "Hội Liên hiệp Phụ nữ tỉnh Điện Biên"]


def test_an_institutions_number_after_a_standard_name_before_a_verb():
    assert "Bệnh viện Quân y 7" in [m.name for m in extract_organizations(
        analyse("Bệnh viện Quân y 7 ký kết chương trình phối hợp với xã."), "Điện Biên")]


def test_a_year_after_an_institutions_name_is_no_number_of_it():
    assert "Công ty Thủy điện Nậm Mức" in [m.name for m in extract_organizations(
        analyse("Ngày hội gia đình Công ty Thủy điện Nậm Mức 2025 diễn ra sôi nổi."), "Điện Biên")]


@pytest.mark.parametrize("text, expected", [
    ("Bộ Tư lệnh Quân khu 2 trao 40 suất quà cho học sinh.", "Bộ Tư lệnh Quân khu 2"),
    ("Đại diện Bộ Tư lệnh Vùng Cảnh sát biển 1 tham dự buổi lễ.", "Bộ Tư lệnh Vùng Cảnh sát biển 1"),
])
def test_a_command_keeps_the_numbered_unit_it_commands(text, expected):
    assert expected in names(text)


def test_a_standing_post_names_the_body_after_it_not_its_standing_board():
    assert names("Ông Lê Văn A, Phó Bí thư Thường trực Tỉnh ủy, dự hội nghị.") == ["Tỉnh ủy Sơn La"]
    assert names("Thường trực Tỉnh ủy làm việc với huyện Mộc Châu.") == ["Thường trực Tỉnh ủy Sơn La"]
    assert "Ban Tuyên giáo Tỉnh ủy Sơn La" in names("Ông B, Trưởng Ban Tuyên giáo Tỉnh ủy, phát biểu.")


def test_a_chinese_provincial_government_is_not_the_vietnamese_government():
    assert names("Đoàn đại biểu Chính phủ nhân dân tỉnh Vân Nam (Trung Quốc) thăm tỉnh.") == [
        "Chính phủ nhân dân tỉnh Vân Nam"]
    assert names("Chính phủ ban hành nghị quyết mới.") == ["Chính phủ"]


def test_a_capitalised_honorific_after_a_connector_ends_the_body_a_country_does_not():
    names = [o.name for o in extract_organizations(analyse(
        "Ông Lò Văn Tiến, Hiệu trưởng Trường Cao đẳng Y tế Điện Biên và Ông Quàng Văn Hải ký kết."), "Điện Biên")]
    assert names == ["Trường Cao đẳng Y tế Điện Biên"]
    names = [o.name for o in extract_organizations(analyse("Bộ Tài chính của Anh vừa công bố số liệu."), "Điện Biên")]
    assert names == ["Bộ Tài chính của Anh"]


def test_the_party_committee_of_agencies_and_enterprises_is_read_whole():
    names = [o.name for o in extract_organizations(analyse(
        "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh tổ chức đại hội đại biểu."), "Thanh Hóa")]
    assert names == ["Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Thanh Hóa"]


@pytest.mark.parametrize("text, expected", [
    ("Ban QLDA Thủy lợi 3 phối hợp với nhà thầu đẩy nhanh tiến độ kè suối Nậm La.",
     ["Ban Quản lý dự án Thủy lợi 3"]),
    ("Tập đoàn yêu cầu Ban QLDA Điện 2 và các nhà thầu tăng ca.", ["Ban Quản lý dự án Điện 2"]),
    ("Công ty Cổ phần Sông Đà 9 đã ký hợp đồng thi công.", ["Công ty Cổ phần Sông Đà 9"]),
])
def test_a_units_number_before_the_rest_of_the_clause_is_its_own(text, expected):
    assert names(text) == expected


def test_a_count_right_after_a_name_is_still_a_count():
    assert names("Chi cục Thuế 2 tháng đầu năm thu được 50 tỷ đồng.") == ["Chi cục Thuế"]


def test_a_number_right_after_a_bare_head_before_a_verb_names_no_unit():
    assert names("Lực lượng CSGT Đội 4 đã lập biên bản đối với lái xe.") == []


def test_a_number_made_an_amount_by_a_multiplier_is_no_unit_number():
    assert names("Tỉnh xử phạt công ty TNHH Hải Minh 695 triệu đồng vì xả thải.") == \
        ["Công ty Trách nhiệm hữu hạn Hải Minh"]
    assert names("Công ty Cổ phần LILAMA 10 đã ký hợp đồng thi công.") == ["Công ty Cổ phần LILAMA 10"]


@pytest.mark.parametrize("text, expected", [
    ("Cán bộ Phòng Cảnh sát môi trường, Công an tỉnh Lai Châu đã lập biên bản cơ sở này.",
     ["Phòng Cảnh sát môi trường, Công an tỉnh Lai Châu", "Công an tỉnh Lai Châu"]),
    ("Hồ sơ được gửi về Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Yên Bái trước ngày 10/6.",
     ["Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Yên Bái", "Sở Nội vụ tỉnh Yên Bái"]),
])
def test_a_sub_unit_and_its_parent_after_a_comma_are_one_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Tham dự có Ban Dân vận, Sở Y tế, Sở Tư pháp và các xã.",  # a list of bodies
    "Tổ công tác phối hợp với Đội CSGT Bến Thành, Công an phường Nguyễn Thái Bình phân luồng.",
    "Cục Hợp tác quốc tế, Bộ Y tế vừa có văn bản gửi các tỉnh.",  # a ministry's department
])
def test_no_sub_unit_joined_to_the_body_after_its_comma(text):
    assert not any(", " in n for n in names(text))


def test_a_body_written_with_and_without_the_comma_before_its_parent_is_one():
    text = ("Phòng Cảnh sát kinh tế Công an tỉnh Sơn La kiểm tra cơ sở. "
            "Phòng Cảnh sát kinh tế, Công an tỉnh Sơn La đang xác minh thêm.")
    assert set(names(text)) == {"Phòng Cảnh sát kinh tế Công an tỉnh Sơn La", "Công an tỉnh Sơn La"}


@pytest.mark.parametrize("text, expected", [
    ("Công ty Thép Hòa Phát đạt doanh thu cao nhất ngành.", "Công ty Thép Hòa Phát"),
    ("Bệnh viện Hữu nghị Việt Đức chính thức mở khoa mới.", "Bệnh viện Hữu nghị Việt Đức"),
    ("Cảng HKQT Nội Bài làm thủ tục cho hành khách suốt đêm.", "Cảng HKQT Nội Bài"),
    ("Bộ Quốc phòng Việt Nam giao nhiệm vụ cho đơn vị.", "Bộ Quốc phòng Việt Nam"),
])
def test_a_name_ends_before_the_verb_its_last_syllable_makes_a_word_with(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Tổng công ty Bảo Việt Nhân thọ chi trả quyền lợi bảo hiểm.", "Tổng công ty Bảo Việt Nhân thọ"),
    ("Bệnh viện Nhi Trung ương tiếp nhận bệnh nhi.", "Bệnh viện Nhi Trung ương"),
    ("Theo Bưu điện Hoa Nam Buổi sáng, thành phố vừa nới lỏng quy định.", "Bưu điện Hoa Nam Buổi sáng"),
])
def test_a_word_closing_a_name_after_another_capitalised_syllable_stays_in_it(text, expected):
    assert names(text) == [expected]


def test_a_body_written_with_and_without_the_country_is_one():
    text = ("Người phát ngôn Bộ Ngoại giao Việt Nam trả lời báo chí chiều qua. "
            "Đại diện Bộ Ngoại giao khẳng định lập trường nhất quán.")
    assert set(names(text)) == {"Bộ Ngoại giao Việt Nam"}


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh vừa thành lập Trường THPT FPT Quy Nhơn. Năm nay Trường THPT FPT tuyển 300 học sinh.",
     {"Trường Trung học phổ thông FPT Quy Nhơn"}),
    ("Công ty CP Minh Sơn Lạng Sơn nợ 5 tỷ đồng. Công ty CP Minh Sơn đã nộp một phần.",
     {"Công ty cổ phần Minh Sơn Lạng Sơn"}),
    ("Trường Tiểu học Tân Lập số 1 khai giảng. Thầy cô Trường Tiểu học Tân Lập đón học sinh.",
     {"Trường Tiểu học Tân Lập số 1"}),
])
def test_a_name_written_short_is_the_one_longer_name_it_opens(text, expected):
    assert set(names(text)) == expected


@pytest.mark.parametrize("text", [
    "Bệnh viện Bạch Mai cơ sở 2 đã mở cửa. Bệnh viện Bạch Mai cử bác sĩ xuống hỗ trợ.",
    "Ban Chỉ đạo 24 tỉnh Thanh Hóa và Ban Chỉ đạo 24 huyện Quảng Xương họp. Ban Chỉ đạo 24 báo cáo.",
])
def test_a_branch_or_two_longer_names_keep_the_short_name(text):
    assert len(set(names(text))) >= 2


@pytest.mark.parametrize("text, short", [
    ("Trường Tiểu học Hòa Bình khai giảng. Trường Tiểu học Hòa Bình Là một xã Hòa Bình đón khách.",
     "Trường Tiểu học Hòa Bình"),
])
def test_a_longer_name_run_on_into_the_sentence_takes_no_short_one(text, short):
    assert short in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Bệnh viện đa khoa tỉnh Hậu Giang tiếp nhận bệnh nhân. Bác sĩ Bệnh viện Hậu Giang đã mổ cấp cứu.",
     {"Bệnh viện đa khoa tỉnh Hậu Giang"}),
    ("Đồn Biên phòng 500 Hòn Chuối tuần tra vùng biển. Đồn Biên phòng Hòn Chuối bắt giữ tàu cá.",
     {"Đồn Biên phòng 500 Hòn Chuối"}),
    (("Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19 họp sáng nay. Ban Chỉ đạo quốc gia phòng, "
      "chống Covid-19 yêu cầu các tỉnh xét nghiệm."),
     {"Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19"}),
])
def test_a_name_with_words_left_out_is_the_one_fuller_name(text, expected):
    assert set(names(text)) == expected


@pytest.mark.parametrize("text", [
    "Câu lạc bộ Hà Nội và Hải Phòng thi đấu giao hữu. Câu lạc bộ Hải Phòng thắng 2-1.",
    "Đại sứ quán Nga tại Cộng hòa Séc mở cửa. Đại sứ quán Séc cũng thông báo.",
    "Ngân hàng Nhân dân Trung Quốc hạ lãi suất. Ngân hàng Trung Quốc tăng vốn.",
])
def test_a_second_body_a_seat_or_a_body_abroad_keeps_the_short_name(text):
    assert len(set(names(text))) >= 2


def test_two_names_listed_in_one_sentence_stay_two_bodies():
    text = ("Thí sinh được xét tuyển vào Đại học Sư phạm Thể dục Thể thao Cần Thơ; Đại học Thể dục "
            "Thể thao Cần Thơ.")
    assert len(set(names(text))) == 2


@pytest.mark.parametrize("short, longer, fills", [
    ("Ủy ban nhân dân tỉnh Lai Châu", "Ủy ban nhân dân huyện Mường Tè tỉnh Lai Châu", False),
    ("Kiểm toán nhà nước Hà Nội", "Kiểm toán nhà nước khu vực IV Hà Nội", False),
    ("Bệnh viện Lai Châu", "Bệnh viện đa khoa tỉnh Lai Châu", True),
])
def test_words_that_make_another_unit_fill_in_no_short_name(short, longer, fills):
    from newsmine.facts.org_parents import _fills_in

    assert _fills_in(short.split(), longer.split()) == fills


def test_a_university_written_without_truong_is_the_one_with_it():
    text = ("Trường Đại học Bách khoa Đà Nẵng tuyển 4.000 sinh viên. Năm nay Đại học Bách khoa Đà Nẵng "
            "mở thêm ngành mới.")
    assert set(names(text)) == {"Trường Đại học Bách khoa Đà Nẵng"}


def test_a_regional_branch_is_not_the_provincial_body_it_shares_a_head_and_place_with():
    text = ("Bệnh viện Đa khoa tỉnh Trà Vinh tiếp nhận 12 bệnh nhân. "
            "Bệnh viện Đa khoa khu vực Cầu Ngang tỉnh Trà Vinh tiếp nhận 5 bệnh nhân khác.")
    assert set(names(text, "Trà Vinh")) == {"Bệnh viện Đa khoa tỉnh Trà Vinh",
                                            "Bệnh viện Đa khoa khu vực Cầu Ngang tỉnh Trà Vinh"}


@pytest.mark.parametrize("text, expected", [
    ("Cục Đường sắt Việt Nam vừa trình Bộ phương án mới. Theo Cục ĐSVN, việc bàn giao xong trong năm nay.",
     {"Cục Đường sắt Việt Nam"}),
    (("Ban Chỉ đạo Trung ương về Phòng, chống thiên tai vừa có công điện gửi các tỉnh miền núi. "
      "Theo Ban Chỉ đạo Trung ương về PCTT, mưa lớn kéo dài."),
     {"Ban Chỉ đạo Trung ương về Phòng, chống thiên tai"}),
    ("Câu lạc bộ Hoàng Anh Gia Lai thắng 2-0 trên sân nhà. Câu lạc bộ HAGL đứng thứ hai.",
     {"Câu lạc bộ Hoàng Anh Gia Lai"}),
    # the initials and the place after them: the one name that goes on from the words spelt out
    (("Phòng Cảnh sát kinh tế Công an tỉnh Lai Châu kiểm tra cơ sở. Sau đó Phòng Cảnh sát kinh tế CAT "
      "lập biên bản."), {"Phòng Cảnh sát kinh tế Công an tỉnh Lai Châu", "Công an tỉnh Lai Châu"}),
    # initials no name of the article spells out stay as written
    ("Cảng Hàng không quốc tế Nội Bài đón 80.000 khách. Cảng HKQT Tân Sơn Nhất đón 100.000 khách.",
     {"Cảng Hàng không quốc tế Nội Bài", "Cảng HKQT Tân Sơn Nhất"}),
])
def test_initials_inside_a_name_are_the_name_the_article_spells_out(text, expected):
    assert set(names(text)) == expected


def test_a_curly_apostrophe_writes_the_same_body():
    text = "Tập đoàn L'Héritage tài trợ đêm diễn. Ông Lê Văn Thắng, Phó chủ tịch Tập đoàn L’Héritage, cho biết."
    assert set(names(text)) == {"Tập đoàn L'Héritage"}


def test_and_written_as_an_ampersand_writes_the_same_body():
    text = ("Trường Đại học Kinh doanh và Công nghệ Hà Nội tuyển 5.000 chỉ tiêu. Năm nay Trường Đại học "
            "Kinh doanh & Công nghệ Hà Nội mở thêm ngành mới.")
    assert set(names(text)) == {"Trường Đại học Kinh doanh và Công nghệ Hà Nội"}


@pytest.mark.parametrize("text, expected", [
    # a letter left out, named as written most often
    (("Trường mầm non Sunkids ở phường Tân Phong tổ chức lễ khai giảng. Hiệu trưởng Trường mầm non "
      "Sunkid cho biết nhà trường đã chuẩn bị kỹ. Trường mầm non Sunkids có 200 trẻ."),
     {"Trường mầm non Sunkids"}),
    # written with another capital too: counted as one writing
    (("Học sinh Trường tiểu học Newton Brightwood được nghỉ. Trường Tiểu học Newton Brigthwood có 900 "
      "học sinh. Phụ huynh trường Tiểu học Newton Brightwood kiến nghị."),
     {"Trường tiểu học Newton Brightwood", "Trường Tiểu học Newton Brightwood"}),
    # two letters swapped in initials
    (("Công ty Cổ phần IDC Tân Cảng được thành lập năm 2010. Công ty Cổ phần ICD Tân Cảng có 300 lao "
      "động. Giám đốc Công ty Cổ phần ICD Tân Cảng cho biết doanh thu tăng."),
     {"Công ty Cổ phần ICD Tân Cảng"}),
    # two networks, two wards, two divisions: no slip
    ("Đài ABC News đưa tin vụ việc. Đài NBC News cũng xác nhận.", {"Đài ABC News", "Đài NBC News"}),
    ("Công an phường Tân Thành phối hợp với Công an phường Tân Thạnh kiểm tra.",
     {"Công an phường Tân Thành", "Công an phường Tân Thạnh"}),
    ("Sư đoàn 304 và Sư đoàn 324 tham gia diễn tập.", {"Sư đoàn 304", "Sư đoàn 324"}),
    ("Tổng công ty Habeco chiếm 20% thị phần, Tổng công ty Sabeco chiếm 40%. Tổng công ty Habeco tăng giá.",
     {"Tổng công ty Habeco", "Tổng công ty Sabeco"}),
])
def test_a_foreign_word_misspelt_once_writes_the_same_body(text, expected):
    assert set(names(text)) == expected
