"""GOLD.md's written rules on officials and organisations, each exercised in several of the ways
provincial articles phrase it. Sentences written for the test."""

import pytest

from newsmine.facts.context import analyse, extract_officials, extract_organizations


def officials(text, province="Quảng Trị"):
    return {o.name: o for o in extract_officials(analyse(text), province)}


def names(text, province="Quảng Trị"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, person, province", [
    ("Tham dự có bà Nguyễn Thị Hải, đại biểu Quốc hội tỉnh Quảng Trị.", "Nguyễn Thị Hải", "Quảng Trị"),
    ("Ông Lò Văn Mừng, ĐBQH tỉnh Điện Biên đã tiếp xúc cử tri xã Nà Tấu.", "Lò Văn Mừng", "Điện Biên"),
    ("Đại biểu Quốc hội tỉnh Nghệ An Trần Văn Lâm đề nghị tăng vốn cho giáo dục.", "Trần Văn Lâm", "Nghệ An"),
])
def test_a_deputy_written_with_the_province_that_elected_them_is_of_its_delegation(text, person, province):
    o = officials(text, province)[person]
    assert o.title == f"Đại biểu Quốc hội tỉnh {province}"
    assert o.organization == f"Đoàn đại biểu Quốc hội tỉnh {province}"


def test_the_national_assembly_takes_no_province_after_it():
    found = names("Ông Hồ Văn Năm, đại biểu Quốc hội tỉnh Quảng Trị, đã phát biểu tại phiên họp.")
    assert "Quốc hội" in found and not any(n.startswith("Quốc hội tỉnh") for n in found)


def test_a_deputy_who_holds_a_post_keeps_the_post_as_main_body():
    o = officials("Ông Hà Sỹ Lâm, Phó Chủ tịch UBND tỉnh, đại biểu Quốc hội tỉnh Quảng Trị phát biểu.")["Hà Sỹ Lâm"]
    assert o.title.split("; ") == ["Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị", "Đại biểu Quốc hội tỉnh Quảng Trị"]
    assert o.organization == "Ủy ban nhân dân tỉnh Quảng Trị"


@pytest.mark.parametrize("text, person, body", [
    ("Ông Lê Văn Hùng, Chi cục trưởng Chi cục Thủy lợi cho biết các hồ chứa đã tích nước 80%.",
     "Lê Văn Hùng", "Chi cục Thủy lợi tỉnh Thanh Hóa"),
    ("Chi cục trưởng Chi cục Kiểm lâm Trần Văn Hòa cho biết diện tích rừng trồng mới tăng.",
     "Trần Văn Hòa", "Chi cục Kiểm lâm tỉnh Thanh Hóa"),
    ("Bà Nguyễn Thị Huyền, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y, cho biết dịch đã được khống chế.",
     "Nguyễn Thị Huyền", "Chi cục Chăn nuôi và Thú y tỉnh Thanh Hóa"),
    ("Ông Lê Văn Đức, Giám đốc Trung tâm Khuyến nông cho biết mô hình cho lãi 50 triệu đồng/ha.",
     "Lê Văn Đức", "Trung tâm Khuyến nông tỉnh Thanh Hóa"),
])
def test_a_provincial_department_branch_written_bare_is_the_article_province_s(text, person, body):
    o = officials(text, "Thanh Hóa")[person]
    assert o.organization == body and o.title.endswith(body)
    assert body in names(text, "Thanh Hóa")


@pytest.mark.parametrize("text, body", [
    ("Chi cục Kiểm lâm tỉnh Quảng Bình đã tuần tra 20 lượt.", "Chi cục Kiểm lâm tỉnh Quảng Bình"),
    ("Chi cục An toàn vệ sinh thực phẩm Hà Nội đã lấy 30 mẫu.", "Chi cục An toàn vệ sinh thực phẩm thành phố Hà Nội"),
    ("Cục Thuế Hà Nội đã thu 1.000 tỷ đồng.", "Cục Thuế thành phố Hà Nội"),
])
def test_a_branch_written_with_another_province_keeps_it_with_its_level_once(text, body):
    assert names(text, "Thanh Hóa") == [body]


@pytest.mark.parametrize("text, person, body", [
    ("Cô Hồ Thị Hoa, Hiệu trưởng Trường phổ thông DTNT Hướng Hóa cho biết trường có 400 học sinh.",
     "Hồ Thị Hoa", "Trường phổ thông Dân tộc nội trú Hướng Hóa"),
    ("Ông Trần Văn Hòa, Giám đốc Trung tâm GDNN-GDTX huyện Diễn Châu cho biết trung tâm tuyển 300 học viên.",
     "Trần Văn Hòa", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Diễn Châu"),
])
def test_school_and_centre_abbreviations_are_expanded_in_title_and_body(text, person, body):
    o = officials(text, "Nghệ An")[person]
    assert o.organization == body and o.title.endswith(body)


@pytest.mark.parametrize("text, person, body", [
    ("Chị Hồ Thị Lan, Bí thư Đoàn xã Hướng Lập vận động thanh niên trồng rừng.", "Hồ Thị Lan", "Đoàn xã Hướng Lập"),
    ("Phó Bí thư Đoàn phường Đông Thanh Lê Văn Bình cho biết đã ra quân dọn vệ sinh.", "Lê Văn Bình",
     "Đoàn phường Đông Thanh"),
])
def test_the_youth_union_of_a_commune_or_ward_is_a_body(text, person, body):
    o = officials(text)[person]
    assert o.organization == body and o.title.endswith(body)
    assert body in names(text)


@pytest.mark.parametrize("text, person, title", [
    ("Chủ tịch UBND xã Vân Du (mới) Nguyễn Văn Khánh cho biết xã có 12.000 dân.", "Nguyễn Văn Khánh",
     "Chủ tịch Ủy ban nhân dân xã Vân Du"),
    ("Bí thư Đảng ủy phường Hạc Thành (mới), đồng chí Lê Văn Bình phát biểu.", "Lê Văn Bình",
     "Bí thư Đảng ủy phường Hạc Thành"),
])
def test_a_bracket_marking_a_place_new_or_old_does_not_part_the_post_from_the_name(text, person, title):
    assert officials(text).get(person) is not None and officials(text)[person].title == title


def test_a_post_held_now_after_an_old_district_post_is_the_main_one():
    o = officials("Ông Trần Văn Hậu, nguyên Chủ tịch UBND huyện Cam Lộ (cũ), nay là Bí thư Đảng ủy xã Cam Lộ "
                  "cho biết xã đã ổn định bộ máy.")["Trần Văn Hậu"]
    assert o.organization == "Đảng ủy xã Cam Lộ"
    assert "nguyên Chủ tịch Ủy ban nhân dân huyện Cam Lộ" in o.title.split("; ")


@pytest.mark.parametrize("text, person, body", [
    ("Chủ tịch UBND Hà Tĩnh Võ Văn Hải yêu cầu các sở khẩn trương khắc phục.", "Võ Văn Hải",
     "Ủy ban nhân dân tỉnh Hà Tĩnh"),
    ("Ông Nguyễn Văn Bình, Phó Chủ tịch UBND Hà Nội cho biết thành phố đã cấp 300 tỷ đồng.", "Nguyễn Văn Bình",
     "Ủy ban nhân dân thành phố Hà Nội"),
    ("Bà Lê Thị Hoa, Phó Chủ tịch HĐND Nghệ An, đã tiếp xúc cử tri.", "Lê Thị Hoa", "Hội đồng nhân dân tỉnh Nghệ An"),
])
def test_a_people_s_committee_or_council_named_with_a_bare_province_takes_its_level(text, person, body):
    o = officials(text, "Hà Tĩnh")[person]
    assert o.organization == body and o.title.endswith(body)
    assert body in names(text, "Hà Tĩnh")


@pytest.mark.parametrize("text, person, body", [
    ("Đại tá Vũ Văn Hải, Trưởng Phòng CSGT đường bộ - đường sắt Công an tỉnh Quảng Ninh cho biết đã xử phạt 300 xe.",
     "Vũ Văn Hải", "Phòng Cảnh sát giao thông đường bộ - đường sắt Công an tỉnh Quảng Ninh"),
    ("Thiếu tá Lê Văn Sơn, Phó Trưởng Phòng Cảnh sát giao thông đường thủy Công an tỉnh Cà Mau cho biết.",
     "Lê Văn Sơn", "Phòng Cảnh sát giao thông đường thủy Công an tỉnh Cà Mau"),
])
def test_a_traffic_police_unit_named_for_its_roads_is_one_sub_unit_with_its_parent(text, person, body):
    assert officials(text, "Quảng Ninh")[person].organization == body


@pytest.mark.parametrize("text, body", [
    ("Ông Lê Văn An, Chủ tịch UBND Hương Khê cho biết huyện có 300 hộ nghèo.", "Ủy ban nhân dân huyện Hương Khê"),
    ("Trung tâm Y tế Can Lộc đã tiêm 300 liều vắc xin.", "Trung tâm Y tế huyện Can Lộc"),
    ("Công an Thạch Hà đã vào cuộc điều tra.", "Công an huyện Thạch Hà"),
    ("Phòng GD&ĐT Cầu Giấy đã họp với phụ huynh.", "Phòng Giáo dục và Đào tạo quận Cầu Giấy"),
])
def test_a_local_body_named_with_a_bare_district_takes_the_district_s_level(text, body):
    assert body in names(text, "Hà Tĩnh")


@pytest.mark.parametrize("text, body", [
    ("UBND Kỳ Anh đã họp bàn phương án.", "Ủy ban nhân dân Kỳ Anh"),  # a district and a town: no level is sure
    ("Công an Khu công nghiệp Biên Hòa đã đến hiện trường.", "Công an Khu công nghiệp Biên Hòa"),
    ("Trường THPT Hương Khê có 900 học sinh.", "Trường Trung học phổ thông Hương Khê"),
])
def test_no_level_where_the_place_is_unsure_or_names_another_body_or_a_school(text, body):
    assert body in names(text, "Hà Tĩnh")
