"""Officials: a body whose name goes on in lower case after its capitalised words (body_tails.py).
Sentences written for the test."""

from newsmine.facts.context import analyse, extract_officials


def officials(text, province="Lai Châu"):
    return {o.name: o for o in extract_officials(analyse(text), province)}


def test_lower_case_rest_running_into_a_higher_body_is_one_name_with_it():
    o = officials("Ông Hà Văn Sơn, Phó Vụ trưởng Vụ Kế hoạch tài chính Bộ Nông nghiệp, trình bày báo cáo.")
    assert o["Hà Văn Sơn"].organization == "Vụ Kế hoạch tài chính Bộ Nông nghiệp"
    assert o["Hà Văn Sơn"].title == "Phó Vụ trưởng Vụ Kế hoạch tài chính Bộ Nông nghiệp"


def test_lower_case_rest_running_into_a_body_no_higher_stays_out():
    # a ministry does not belong to the police of a commune: the words between are a verb phrase
    o = officials("Ông Vàng A Páo, Chánh Văn phòng Bộ Công an quyết định điều động Công an xã Mường Mô.")
    assert o["Vàng A Páo"].organization == "Văn phòng Bộ Công an"


def test_lower_case_rest_closed_by_a_reach_or_a_place_belongs_to_the_name():
    o = officials("Ông Lò Văn Tám, Giám đốc Bệnh viện Mắt và Răng hàm mặt Trung ương cho biết số ca bệnh tăng.")
    assert o["Lò Văn Tám"].organization == "Bệnh viện Mắt và Răng hàm mặt Trung ương"
    p = officials("Thiếu tá Lò Văn Lả, Đồn trưởng Đồn biên phòng Cửa khẩu quốc tế Mường Khương cho biết.",
                  province="Lào Cai")
    assert p["Lò Văn Lả"].organization == "Đồn biên phòng Cửa khẩu quốc tế Mường Khương"
    q = officials("Ông Hà Văn Sơn, Chủ tịch Hiệp hội Chè đặc sản Việt Nam phát biểu.")
    assert q["Hà Văn Sơn"].organization == "Hiệp hội Chè đặc sản Việt Nam"


def test_fields_joined_by_and_or_a_dash_before_a_closing_place_belong_to_the_name():
    o = officials("Ông Lò Văn Tám, Viện trưởng Viện Nghiên cứu cây trồng và dược liệu vùng cao Việt Nam, "
                  "trình bày tham luận.")
    assert o["Lò Văn Tám"].organization == "Viện Nghiên cứu cây trồng và dược liệu vùng cao Việt Nam"
    p = officials("Bà Lù Thị Mai, Phó Giám đốc Trung tâm Nghiên cứu phát triển kinh tế - xã hội Lai Châu, phát biểu.")
    assert p["Lù Thị Mai"].organization == "Trung tâm Nghiên cứu phát triển kinh tế - xã hội Lai Châu"
    q = officials("Ông Hà Văn Sơn, Chủ tịch Hiệp hội Sản xuất và chế biến chè Việt Nam, phát biểu.")
    assert q["Hà Văn Sơn"].organization == "Hiệp hội Sản xuất và chế biến chè Việt Nam"


def test_a_dash_right_after_a_capitalised_name_opens_no_joined_field():
    o = officials("Ông Tao Văn Minh, Phó Giám đốc Xí nghiệp phà Thanh niên xung phong - bến Phong Thổ, cho biết.")
    assert o["Tao Văn Minh"].organization == "Xí nghiệp phà Thanh niên xung phong"


def test_a_verb_after_the_body_is_no_part_of_its_name():
    o = officials("Ông Tao Văn Minh, Giám đốc Trung tâm Y tế huyện Phong Thổ xác nhận sự việc.")
    assert o["Tao Văn Minh"].organization == "Trung tâm Y tế huyện Phong Thổ"
    p = officials("Bà Giàng Thị Dua, Phó Giám đốc Bệnh viện Đa khoa tỉnh cũng cho biết thêm.")
    assert p["Giàng Thị Dua"].organization == "Bệnh viện Đa khoa tỉnh Lai Châu"


def test_lower_case_rest_before_the_holders_name_is_in_the_body_as_in_the_title():
    o = officials("Vụ trưởng Vụ Kinh tế nông nghiệp Lê Văn Thành báo cáo kết quả kiểm tra.")
    assert o["Lê Văn Thành"].title == "Vụ trưởng Vụ Kinh tế nông nghiệp"
    assert o["Lê Văn Thành"].organization == "Vụ Kinh tế nông nghiệp"


def test_lower_case_words_naming_the_kind_of_post_lead_to_the_body_after_them():
    o = officials("Bà Lù Thị Mai, Giám đốc kinh doanh Công ty Cổ phần Chè Tam Đường cho biết đơn hàng tăng.")
    assert o["Lù Thị Mai"].organization == "Công ty Cổ phần Chè Tam Đường"
    assert o["Lù Thị Mai"].title == "Giám đốc kinh doanh Công ty Cổ phần Chè Tam Đường"
    p = officials("Ông Sần Văn Hòa, Chủ tịch sáng lập Hiệp hội Dược liệu Lai Châu phát biểu.")
    assert p["Sần Văn Hòa"].organization == "Hiệp hội Dược liệu Lai Châu"


def test_lower_case_words_after_a_post_naming_a_unit_are_that_unit_of_the_body_after_them():
    o = officials("Bác sĩ Phàn Văn Sài, Trưởng khoa nhi Bệnh viện Đa khoa tỉnh cho biết.")
    assert o["Phàn Văn Sài"].organization == "Khoa nhi Bệnh viện Đa khoa tỉnh Lai Châu"
    assert o["Phàn Văn Sài"].title == "Trưởng Khoa nhi Bệnh viện Đa khoa tỉnh Lai Châu"  # the office, not "Bác sĩ"


def test_a_post_followed_by_a_verb_and_a_body_takes_no_body_from_the_verb_phrase():
    o = officials("Ông Chẻo Văn Tả, Giám đốc dự án cho biết Công ty Cổ phần Chè Tam Đường sẽ hỗ trợ.")
    assert o["Chẻo Văn Tả"].organization is None


def test_a_company_function_named_in_capitals_leads_to_the_body_after_a_link():
    o = officials("Ông Lò Văn Tùng, Giám đốc Nhân sự của Tập đoàn Hòa Phát, cho biết công ty tuyển 200 người.")
    assert o["Lò Văn Tùng"].organization == "Tập đoàn Hòa Phát"
    assert o["Lò Văn Tùng"].title == "Giám đốc Nhân sự của Tập đoàn Hòa Phát"
    o = officials("Bà Tòng Thị Hạnh, Phó Giám đốc Đào tạo - Hợp tác quốc tế, Viện Nông nghiệp, Trường Đại học "
                  "Tây Bắc phát biểu.")
    assert o["Tòng Thị Hạnh"].organization == "Viện Nông nghiệp, Trường Đại học Tây Bắc"


def test_a_lower_case_function_leads_to_the_body_after_a_comma():
    o = officials("Ông Lò Văn Tùng, Giám đốc kinh doanh, Công ty Cổ phần Chè Tam Đường cho biết.")
    assert o["Lò Văn Tùng"].organization == "Công ty Cổ phần Chè Tam Đường"
    assert o["Lò Văn Tùng"].title == "Giám đốc kinh doanh, Công ty Cổ phần Chè Tam Đường"


def test_a_capitalised_word_after_a_post_is_no_function_without_a_body_linked_after_it():
    assert officials("Bà Tòng Thị Hạnh, Phó Giám đốc Marketing cho biết.")["Tòng Thị Hạnh"].organization is None
    o = officials("Ông Lò Văn Tùng, Chủ tịch Hội Nông dân, Giám đốc Hợp tác xã Tân Phong cho biết.")
    assert o["Lò Văn Tùng"].organization == "Hội Nông dân tỉnh Lai Châu"
