"""Organisations: bodies of provincial news the heads missed or cut (steering committees named
by a number or a comma-written domain, police units named with an abbreviation, military
courts, the 2025 enforcement offices, unions and village branches,
United Nations agencies)."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Hà Tĩnh"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Ban Chỉ đạo 389 tỉnh kiểm tra 12 cửa hàng.", "Ban Chỉ đạo 389 tỉnh Hà Tĩnh"),
    ("Chiều qua, Ban Chỉ đạo 35 huyện Kỳ Anh họp định kỳ.", "Ban Chỉ đạo 35 huyện Kỳ Anh"),
])
def test_a_steering_committee_named_by_its_number(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh họp phiên thứ tám.",
     "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Tĩnh"),
    ("Ban Chỉ đạo công tác phòng, chống dịch bệnh huyện Can Lộc yêu cầu các xã vào cuộc.",
     "Ban Chỉ đạo công tác phòng, chống dịch bệnh huyện Can Lộc"),
])
def test_a_domain_written_with_a_comma_goes_on_to_the_place(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("written", ["PCCC và CNCH", "PCCC&CNCH"])
def test_an_abbreviation_opening_with_a_head_word_does_not_cut_a_police_unit(written):
    assert "Phòng Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Hà Tĩnh" in names(
        f"Phòng Cảnh sát {written} Công an tỉnh đã dập tắt đám cháy.")


@pytest.mark.parametrize("text, expected", [
    ("Tòa án quân sự Quân khu 4 mở phiên xét xử lưu động.", ["Tòa án quân sự Quân khu 4"]),
    ("Thi hành án dân sự tỉnh Hà Tĩnh đã thu hồi 40 tỷ đồng.", ["Thi hành án dân sự tỉnh Hà Tĩnh"]),
    ("Phòng Thi hành án dân sự khu vực 3 thụ lý 150 việc.", ["Phòng Thi hành án dân sự khu vực 3"]),
    ("Chi cục Thi hành án dân sự huyện Hương Khê đã cưỡng chế.", ["Chi cục Thi hành án dân sự huyện Hương Khê"]),
])
def test_courts_and_enforcement_offices(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Công đoàn Viên chức tỉnh tổ chức hội thao.", "Công đoàn Viên chức tỉnh Hà Tĩnh"),
    ("Công đoàn ngành Giáo dục tỉnh trao 50 suất quà.", "Công đoàn ngành Giáo dục tỉnh Hà Tĩnh"),
    ("Đoàn Kinh tế - Quốc phòng 337 giúp dân dựng nhà.", "Đoàn Kinh tế - Quốc phòng 337"),
    ("Cơ sở cai nghiện ma túy tỉnh tiếp nhận 30 học viên.", "Cơ sở cai nghiện ma túy tỉnh Hà Tĩnh"),
])
def test_unions_army_economic_units_and_rehabilitation_centres(text, expected):
    assert expected in names(text)


def test_a_union_member_is_still_a_post():
    assert names("Anh là công đoàn viên tích cực của nhà máy.") == []


@pytest.mark.parametrize("text, expected", [
    ("Chi hội Nông dân thôn 5 có 40 hội viên.", "Chi hội Nông dân thôn 5"),
    ("Chi đoàn thôn Nậm Lúc ra quân làm đường.", "Chi đoàn thôn Nậm Lúc"),
    ("Tổ hợp tác sản xuất rau an toàn Cốc San có 15 thành viên.", "Tổ hợp tác sản xuất rau an toàn Cốc San"),
])
def test_branches_and_cooperative_groups_of_a_village(text, expected):
    assert expected in names(text)


def test_the_2025_department_of_ethnic_and_religious_affairs_by_its_initials():
    assert names("Sở DT&TG tỉnh đã phân bổ vốn hỗ trợ.") == ["Sở Dân tộc và Tôn giáo tỉnh Hà Tĩnh"]


@pytest.mark.parametrize("text, expected", [
    ("Quỹ Nhi đồng Liên hợp quốc (UNICEF) tặng 300 bộ sách.", ["Quỹ Nhi đồng Liên hợp quốc"]),
    ("Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) hỗ trợ giống lúa.",
     ["Tổ chức Lương thực và Nông nghiệp Liên hợp quốc"]),
    ("Dự án do Chương trình Phát triển Liên hợp quốc tài trợ.", ["Chương trình Phát triển Liên hợp quốc"]),
    ("Đại diện UNDP và WFP thăm các hộ dân.", ["UNDP", "WFP"]),
])
def test_united_nations_agencies_are_read_whole(text, expected):
    assert names(text) == expected


def test_a_region_named_by_another_body_is_no_region():
    found = names("Thành phố có 19 Phòng Thi hành án dân sự khu vực Phòng THADS Khu vực 1 - TP.HCM phụ trách 10 phường.")
    assert found and all(name.count("Phòng") == 1 for name in found)


@pytest.mark.parametrize("text, expected", [
    ("Cán bộ Đồn Biên Phòng cửa khẩu quốc tế Cầu Treo đã tiêm vắc xin.",
     "Đồn Biên Phòng cửa khẩu quốc tế Cầu Treo"),
    ("Ban Quản Lý dự án đầu tư xây dựng huyện Kỳ Anh là chủ đầu tư.", "Ban Quản lý dự án đầu tư xây dựng huyện Kỳ Anh"),
])
def test_a_head_written_with_other_capitals_is_still_known(text, expected):
    assert expected in names(text)


def test_a_part_of_the_country_closes_a_name():
    assert names("Đại diện Cảng vụ hàng không miền Bắc cho biết đã mua máy đo thân nhiệt.") == [
        "Cảng vụ hàng không miền Bắc"]


def test_a_branch_named_only_by_a_part_of_the_country_is_no_body():
    assert "Chi nhánh miền Nam" not in names("Ông Tâm, Công ty Cổ phần Hưng Phát, Chi nhánh miền Nam trao giải.")


def test_a_board_from_the_city_down_is_no_body_of_the_city():
    found = names("Nhờ Ban chỉ đạo xây dựng xã hội học tập từ TP đến cơ sở, phong trào phát triển.", "Cần Thơ")
    assert not any(name.endswith("Cần Thơ") for name in found)


@pytest.mark.parametrize("text, expected", [
    ("Người dân đã báo cho công an xã Cẩm Quan để xử lý.", "Công an xã Cẩm Quan"),
    ("Sau đó, ủy ban nhân dân xã Thạch Hà đã lập biên bản.", "Ủy ban nhân dân xã Thạch Hà"),
    ("Cháu được đưa đến trạm y tế xã Sơn Kim cấp cứu.", "Trạm y tế xã Sơn Kim"),
    ("Gia đình đã làm đơn gửi tòa án nhân dân huyện Đức Thọ.", "Tòa án nhân dân huyện Đức Thọ"),
])
def test_a_lower_case_head_before_a_level_and_its_place_is_a_body(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text", [
    "Mọi người đã tiêm vắc xin phòng Covid-19 đầy đủ.",
    "Hàng nghìn người dự lễ hội huyện Can Lộc.",
    "Khách đi bộ quanh trung tâm huyện Kỳ Anh.",
])
def test_lower_case_words_that_only_look_like_a_head_before_a_place_are_no_body(text):
    assert names(text) == []



@pytest.mark.parametrize("text", ["Hai trạm y tế xã Hòa Hải và Kỳ Phong làm việc tạm.",
                                  "Hai Trạm Y tế xã Hòa Hải và Kỳ Phong làm việc tạm."])
def test_a_kind_closing_with_a_level_is_one_body_in_each_place_listed(text):
    assert [name.lower() for name in names(text)] == ["trạm y tế xã hòa hải", "trạm y tế xã kỳ phong"]


def test_a_cooperative_is_no_level_word_before_its_name():
    assert names("Hợp tác xã Nông nghiệp Cà phê Ea Ktur Xanh xuất khẩu 200 tấn.") == [
        "Hợp tác xã Nông nghiệp Cà phê Ea Ktur Xanh"]


@pytest.mark.parametrize("text, expected", [
    ("Cơ quan Cảnh sát điều tra (C03) Bộ Công an đã gửi công văn.", "Cơ quan Cảnh sát điều tra Bộ Công an"),
    ("Phòng Cảnh sát kinh tế (PC03) Công an tỉnh Nghệ An bắt giữ hai đối tượng.",
     "Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An"),
])
def test_a_unit_code_in_brackets_before_the_parent_body_stays_in_one_name(text, expected):
    assert expected in names(text)


def test_a_trade_opening_with_cap_goes_on_to_the_province():
    assert "Công ty cổ phần cấp thoát nước Hà Tĩnh" in names(
        "Sở Y tế, Công ty CP cấp thoát nước Hà Tĩnh được giao làm chủ đầu tư.")


def test_a_board_at_a_level_is_still_a_kind():
    assert names("Ban Chỉ đạo cấp tỉnh họp định kỳ.") == []


@pytest.mark.parametrize("text, expected", [
    ("Công an Nghệ An vừa triệt phá đường dây cá độ bóng đá.", "Công an tỉnh Nghệ An"),
    ("Bảo hiểm xã hội Quảng Bình đã chi trả trợ cấp thất nghiệp.", "Bảo hiểm xã hội tỉnh Quảng Bình"),
    ("Chi cục Kiểm lâm Quảng Bình tăng cường tuần tra rừng.", "Chi cục Kiểm lâm tỉnh Quảng Bình"),
    ("Kho bạc Nhà nước Quảng Bình giải ngân 80% vốn đầu tư công.", "Kho bạc Nhà nước tỉnh Quảng Bình"),
    ("KBNN Quảng Bình giải ngân 80% vốn đầu tư công.", "Kho bạc Nhà nước tỉnh Quảng Bình"),
    ("Bộ Chỉ huy Quân sự Quảng Bình tổ chức diễn tập phòng thủ.", "Bộ Chỉ huy Quân sự tỉnh Quảng Bình"),
    ("Bộ đội Biên phòng Quảng Bình bắt giữ tàu cá vi phạm.", "Bộ đội Biên phòng tỉnh Quảng Bình"),
])
def test_a_provincial_service_named_with_a_bare_province_takes_its_level(text, expected):
    assert expected in names(text)


def test_a_service_of_a_district_named_bare_is_left_as_written():
    assert "Công an Kỳ Anh" in names("Công an Kỳ Anh bắt giữ hai đối tượng trộm cắp.")


@pytest.mark.parametrize("text, expected", [
    ("Ban Tuyên giáo Thành ủy tổ chức hội nghị báo cáo viên.", "Ban Tuyên giáo Thành ủy Đà Nẵng"),
    ("Ủy ban Kiểm tra Thành ủy đề nghị thi hành kỷ luật hai đảng viên.", "Ủy ban Kiểm tra Thành ủy Đà Nẵng"),
])
def test_a_board_of_the_city_party_committee_is_the_city_s_in_a_city_article(text, expected):
    assert names(text, "Đà Nẵng") == [expected]


@pytest.mark.parametrize("text, province, expected", [
    ("Thành ủy vừa ban hành chỉ thị về phòng chống bão.", "Đà Nẵng", "Thành ủy Đà Nẵng"),
    ("Ban Thường vụ Thành ủy yêu cầu các quận rà soát đất công.", "Cần Thơ", "Ban Thường vụ Thành ủy Cần Thơ"),
    ("Thường trực Thành ủy đã nghe báo cáo tiến độ dự án.", "Hồ Chí Minh", "Thường trực Thành ủy Thành phố Hồ Chí Minh"),
])
def test_the_city_party_committee_written_bare_is_the_city_s_in_a_city_article(text, province, expected):
    assert names(text, province) == [expected]


def test_a_town_party_committee_written_bare_takes_no_province():
    assert names("Thành ủy vừa ban hành chỉ thị về phòng chống bão.", "Nghệ An") == []


def test_a_board_of_a_town_party_committee_takes_no_province():
    assert names("Ban Tuyên giáo Thành ủy tổ chức hội nghị báo cáo viên.") == ["Ban Tuyên giáo Thành ủy"]


def test_a_ward_named_after_a_person_whose_name_ends_like_a_province_keeps_its_name():
    assert "Công an phường Nguyễn Thái Bình" in names("Công an phường Nguyễn Thái Bình lập biên bản vụ việc.")


@pytest.mark.parametrize("text, expected", [
    ("VKSND tối cao đã kháng nghị bản án.", "Viện kiểm sát nhân dân tối cao"),
    ("Viện Kiểm sát nhân dân Tối cao phê chuẩn quyết định khởi tố.", "Viện kiểm sát nhân dân tối cao"),
    ("Quỹ Bảo vệ và phát triển rừng tỉnh đã chi trả 42 tỷ đồng.",
     "Quỹ Bảo vệ và phát triển rừng tỉnh Hà Tĩnh"),
    ("Quỹ Phòng, chống thiên tai tỉnh thu được 8 tỷ đồng.", "Quỹ Phòng, chống thiên tai tỉnh Hà Tĩnh"),
    ("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh cấp nước cho 900 hộ.",
     "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Hà Tĩnh"),
])
def test_national_and_provincial_bodies_named_whole(text, expected):
    assert expected in names(text)  # the procuracy needs no place; a fund's name goes on past "và" or ","


@pytest.mark.parametrize("text, expected", [
    ("Ban Chỉ huy PCTT-TKCN tỉnh đã họp trực tuyến.",
     "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Hà Tĩnh"),
    ("Ban Chỉ huy PCTT - TKCN tỉnh đã họp trực tuyến.",
     "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Hà Tĩnh"),
    ("Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn huyện Hương Khê đã họp.",
     "Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn huyện Hương Khê"),
])
def test_the_disaster_board_goes_on_past_its_and_whether_abbreviated_or_not(text, expected):
    assert expected in names(text)
