"""Officials: posts that head a unit of another body, bodies a chain of posts names once, and
degrees written between a post and a name. Sentences written for the test."""

from newsmine.facts.context import analyse, extract_officials, extract_organizations


def officials(text, province="Điện Biên"):
    return {o.name: o for o in extract_officials(analyse(text), province)}


def test_department_named_in_capitals_before_its_hospital_after_a_comma_is_one_body():
    o = officials("Thạc sĩ, bác sĩ Lò Văn Chiến, Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh, cho biết trẻ đã ổn định.")
    assert o["Lò Văn Chiến"].organization == "Khoa Nhi, Bệnh viện Đa khoa tỉnh Điện Biên"


def test_department_named_in_capitals_right_before_its_hospital_is_one_body():
    o = officials("Ông Cà Văn Hưởng, Phó Trưởng khoa Ngoại Tổng hợp Bệnh viện Đa khoa tỉnh cho biết.")
    assert o["Cà Văn Hưởng"].organization == "Khoa Ngoại Tổng hợp Bệnh viện Đa khoa tỉnh Điện Biên"


def test_department_without_a_parent_after_it_is_the_body_alone():
    # as a lone "Phòng Kế hoạch" or "Ban Công tác đại biểu" is (the gold of corpus-study7, -study16)
    assert officials("Bác sĩ Lò Văn Chiến, Trưởng khoa Nội, cho biết.")["Lò Văn Chiến"].organization == "Khoa Nội"
    o = officials("Bác sĩ Lò Văn Chiến, Trưởng khoa Chẩn đoán hình ảnh cho biết ảnh chụp rất rõ.")
    assert o["Lò Văn Chiến"].organization == "Khoa Chẩn đoán hình ảnh"
    assert o["Lò Văn Chiến"].title == "Trưởng Khoa Chẩn đoán hình ảnh"
    p = officials("Bác sĩ Quàng Văn Hải - Phó trưởng khoa Hồi sức Ngoại nhận định ca mổ thành công.")
    assert p["Quàng Văn Hải"].organization == "Khoa Hồi sức Ngoại"


def test_department_followed_by_a_dash_or_a_lower_case_parent_is_not_cut_to_a_lone_department():
    o = officials("Bác sĩ Lò Văn Chiến, Trưởng khoa Thăm dò chức năng - Nội soi Phòng khám Mường Thanh cho biết.")
    assert o["Lò Văn Chiến"].organization != "Khoa Thăm dò chức năng"
    p = officials("Bác sĩ Lò Văn Chiến, Trưởng khoa Hồi sức ngoại Bệnh viện quân y 7 cho biết.")
    assert p["Lò Văn Chiến"].organization != "Khoa Hồi sức ngoại Bệnh viện quân y"


def test_department_before_a_post_given_now_is_the_second_post():
    o = officials("Ông Lò Văn Chiến, Trưởng khoa Cơ khí chế tạo máy giữ chức Hiệu trưởng Trường Cao đẳng Điện Biên.")
    assert o["Lò Văn Chiến"].organization == "Trường Cao đẳng Điện Biên"


def test_degree_after_a_doctor_is_no_body():
    o = officials("Bác sĩ CKII Quàng Thị Mai, Giám đốc Bệnh viện Đa khoa tỉnh, kiểm tra khoa Cấp cứu.")
    assert o["Quàng Thị Mai"].organization == "Bệnh viện Đa khoa tỉnh Điện Biên"


def test_head_of_a_border_post_or_health_station_in_lower_case():
    o = officials("Ông Lù Văn Páo, Trưởng đồn Biên phòng Si Pa Phìn, và bà Lò Thị Dung, Phó Trưởng trạm "
                  "Y tế xã Nà Tấu, cùng dự.")
    assert o["Lù Văn Páo"].organization == "Đồn Biên phòng Si Pa Phìn"
    assert o["Lò Thị Dung"].organization == "Trạm Y tế xã Nà Tấu"


def test_post_word_opens_a_head_longer_than_the_words_after_it():
    o = officials("Thiếu tá Giàng A Sử, Trưởng Đồn Công an Mường Lói, cho biết.")
    assert o["Giàng A Sử"].organization == "Đồn Công an Mường Lói"


def test_heads_of_a_centre_or_a_branch():
    o = officials("Ông Lò Văn Thanh, Trưởng Trung tâm Dịch vụ nông nghiệp xã Mường Phăng, cho biết.")
    assert o["Lò Văn Thanh"].organization == "Trung tâm Dịch vụ nông nghiệp xã Mường Phăng"


def test_party_committee_named_bare_in_a_chain_is_that_of_the_commune_named_after():
    o = officials("Ông Vàng A Lử, Bí thư Đảng ủy, Chủ tịch HĐND xã Mường Phăng, phát biểu.")["Vàng A Lử"]
    assert o.organization == "Đảng ủy xã Mường Phăng"
    assert o.title == "Bí thư Đảng ủy xã Mường Phăng; Chủ tịch Hội đồng nhân dân xã Mường Phăng"


def test_bare_party_committee_before_a_department_keeps_no_place():
    o = officials("Ông Vàng A Lử, Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh Điện Biên, phát biểu.")["Vàng A Lử"]
    assert o.title.startswith("Bí thư Đảng ủy; ")


def test_abbreviated_memberships_and_deputy_post_are_expanded():
    o = officials("Đồng chí Lò Văn Mừng, UVBTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh phát biểu. "
                  "PCT UBND huyện Mường Ảng Quàng Văn Dương kiểm tra công trình.")
    assert o["Lò Văn Mừng"].title.startswith("Ủy viên Ban Thường vụ Tỉnh ủy Điện Biên; ")
    assert o["Lò Văn Mừng"].organization == "Ủy ban nhân dân tỉnh Điện Biên"
    assert o["Quàng Văn Dương"].organization == "Ủy ban nhân dân huyện Mường Ảng"


def test_commune_named_at_the_opening_of_a_sentence_is_the_place_of_a_later_bare_commune():
    o = officials("Xã Mường Phăng có 1.200 hộ dân. Ông Lò Văn Minh, Chủ tịch UBND xã, cho biết năm nay "
                  "có 50 hộ thoát nghèo.")
    assert o["Lò Văn Minh"].organization == "Ủy ban nhân dân xã Mường Phăng"


def test_regional_court_and_procuracy_of_2025_keep_their_region():
    o = officials("Ông Lò Văn Hòa, Chánh án Tòa án nhân dân khu vực 2 - Điện Biên, và bà Lò Thị Hương, "
                  "Phó Viện trưởng VKSND khu vực 1, cùng dự.")
    assert o["Lò Văn Hòa"].organization == "Tòa án nhân dân khu vực 2 - Điện Biên"
    assert o["Lò Thị Hương"].organization == "Viện kiểm sát nhân dân khu vực 1"


def test_regional_unit_is_named_by_its_region_not_by_the_province():
    o = officials("Bà Lò Thị Hà, Giám đốc BHXH khu vực XXIV, và ông Cà Văn Sơn, Phó Giám đốc Ngân hàng "
                  "Nhà nước Khu vực 9, cùng dự.")
    assert o["Lò Thị Hà"].organization == "Bảo hiểm xã hội khu vực XXIV"
    assert o["Cà Văn Sơn"].organization == "Ngân hàng Nhà nước Khu vực 9"


def test_national_post_of_another_person_before_a_provincial_post_is_not_the_named_persons():
    o = officials("Thực hiện chỉ đạo của Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Lò Văn Mừng "
                  "yêu cầu các sở khẩn trương triển khai.")["Lò Văn Mừng"]
    assert o.title == "Phó Chủ tịch Ủy ban nhân dân tỉnh Điện Biên"
    other = officials("Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu.")["Bùi Thanh Sơn"]
    assert other.title == "Phó Thủ tướng Chính phủ; Bộ trưởng Bộ Ngoại giao"


def test_a_national_park_named_like_a_person_is_the_body_not_a_second_official():
    o = officials("Ông Lê Quang Hiếu, Giám đốc Vườn quốc gia Bạch Mã, cho biết đàn voọc đang tăng.", "Huế")
    assert list(o) == ["Lê Quang Hiếu"]
    assert o["Lê Quang Hiếu"].organization == "Vườn quốc gia Bạch Mã"


def test_of_two_family_names_in_a_run_the_commoner_opens_the_holders_name():
    o = officials("Giám đốc Vườn quốc gia Bạch Mã Nguyễn Văn Hòa cho biết đàn voọc đang tăng.", "Huế")
    assert list(o) == ["Nguyễn Văn Hòa"]
    assert o["Nguyễn Văn Hòa"].organization == "Vườn quốc gia Bạch Mã"


def test_a_sub_unit_s_lower_case_words_end_at_a_verb_of_the_sentence():
    o = officials("Ông Lò Văn Tiến, Trưởng Ban Chỉ đạo yêu cầu Bộ Xây dựng rà soát các công trình.")
    assert o["Lò Văn Tiến"].title == "Trưởng Ban Chỉ đạo"


def test_a_verb_s_words_inside_a_sub_unit_s_noun_do_not_end_it():
    o = officials("Ông Lò Văn Tiến, Trưởng khoa Công nghệ thông tin, Trường Cao đẳng Kinh tế - Kỹ thuật "
                  "Điện Biên cho biết.")
    assert o["Lò Văn Tiến"].title.startswith("Trưởng Khoa Công nghệ thông tin, Trường Cao đẳng")


def test_unit_written_with_its_parent_after_a_dash_is_one_body():
    o = officials("Ông Lò Văn Tâm - Đội trưởng Đội QLTT số 3 - Cục Quản lý thị trường tỉnh cho biết đã thu "
                  "giữ 200 kg hàng. Bà Cà Thị Lan, Trưởng phòng Kế hoạch – Công ty Cổ phần Cấp nước Điện "
                  "Biên, cho biết thêm.")
    assert o["Lò Văn Tâm"].organization == "Đội Quản lý thị trường số 3 - Cục Quản lý thị trường tỉnh Điện Biên"
    assert o["Cà Thị Lan"].organization == "Phòng Kế hoạch – Công ty Cổ phần Cấp nước Điện Biên"


def test_dash_before_a_second_post_or_a_rank_adds_no_parent():
    o = officials("Ông Lò Văn Tâm, Trưởng phòng Cảnh sát giao thông - Thượng tá Công an tỉnh, cho biết. Bà Cà "
                  "Thị Lan, Giám đốc Trung tâm Y tế huyện Mường Chà - Phó Chủ tịch Hội Chữ thập đỏ huyện, "
                  "cho biết.")
    assert o["Cà Thị Lan"].organization == "Trung tâm Y tế huyện Mường Chà"


def test_unit_whose_name_goes_on_after_va_keeps_it_before_its_parent():
    o = officials("Ông Lò Văn Tâm - Trưởng phòng Quản lý thi và Kiểm định chất lượng giáo dục, Sở GD&ĐT cho biết "
                  "năm nay có 9.000 thí sinh. Bà Cà Thị Lan, Trưởng phòng Kế hoạch và tài chính, Sở Y tế, cho biết "
                  "thêm. Ông Lò Văn Hải, Trưởng phòng Tổ chức cán bộ và bà Cà Thị Hoa, Giám đốc Sở Tài chính cùng dự.")
    assert o["Lò Văn Tâm"].organization == ("Phòng Quản lý thi và Kiểm định chất lượng giáo dục, Sở Giáo dục và "
                                            "Đào tạo tỉnh Điện Biên")
    assert o["Cà Thị Lan"].organization == "Phòng Kế hoạch và tài chính, Sở Y tế tỉnh Điện Biên"
    assert o["Lò Văn Hải"].organization == "Phòng Tổ chức cán bộ"  # "và" before another person


def test_unit_written_with_each_of_its_parents_after_commas_is_one_body():
    o = officials("Ông Lò Văn Hùng, Vụ trưởng Vụ Kế hoạch, Tổng cục Thủy lợi, Bộ Nông nghiệp và Phát triển "
                  "nông thôn, làm việc với tỉnh.")
    assert o["Lò Văn Hùng"].organization == \
        "Vụ Kế hoạch, Tổng cục Thủy lợi, Bộ Nông nghiệp và Phát triển nông thôn"
    o = officials("Bà Quàng Thị Mai, Trưởng phòng Tổ chức, Cục Thú y, Bộ Nông nghiệp và Phát triển nông thôn dự.")
    assert o["Quàng Thị Mai"].organization == "Phòng Tổ chức, Cục Thú y, Bộ Nông nghiệp và Phát triển nông thôn"


def test_member_university_written_with_its_university_after_a_comma_or_dash_is_one_body():
    o = officials("GS.TS Lò Văn Hùng, Hiệu trưởng Trường Đại học Nông lâm, Đại học Huế, phát biểu.")
    assert o["Lò Văn Hùng"].organization == "Trường Đại học Nông lâm, Đại học Huế"
    o = officials("Ông Quàng Văn Mạnh, Phó Hiệu trưởng Trường ĐH Y Dược - ĐHQGHN cho biết.")
    assert o["Quàng Văn Mạnh"].organization == "Trường Đại học Y Dược - Đại học Quốc gia Hà Nội"


def test_a_school_before_a_university_or_a_university_before_another_is_no_unit_of_it():
    o = officials("Ông Lò Văn Hùng, Hiệu trưởng Trường Đại học Tây Bắc, Trường Đại học Vinh cùng dự.")
    assert o["Lò Văn Hùng"].organization == "Trường Đại học Tây Bắc"


def test_parent_written_with_its_kind_in_lower_case_closes_a_unit_named_in_capitals():
    o = officials("PGS.TS Lò Văn Hùng, Trưởng Khoa Cơ khí và Công nghệ, trường Đại học Nông lâm, Đại học Huế, "
                  "cho biết.")
    assert o["Lò Văn Hùng"].organization == "Khoa Cơ khí và Công nghệ, Trường Đại học Nông lâm, Đại học Huế"


def test_unit_named_in_lower_case_after_its_post_word_keeps_its_parent_after_a_comma():
    o = officials("Ông Lò Văn Hùng, Phó trưởng phòng quản lý giáo dục, Trung tâm Bảo trợ xã hội tỉnh, cho biết.")
    assert o["Lò Văn Hùng"].organization == "Phòng quản lý giáo dục, Trung tâm Bảo trợ xã hội tỉnh Điện Biên"


def test_unit_word_with_no_name_or_a_verb_after_it_takes_no_parent():
    assert officials("Ông Lò Văn Hùng, Trưởng phòng cho biết, Sở Y tế đã chỉ đạo.")["Lò Văn Hùng"].organization is None


def test_parent_of_a_sub_unit_keeps_the_place_as_the_article_writes_it():
    # GOLD.md: a sub-unit written with its parent is one name; a level word is not put in before
    # the parent's bare place ("Sở Y tế Lai Châu"), as it is for the parent named alone
    text = ("Bà Lò Thị Xuân, Trưởng phòng Nghiệp vụ Dược, Sở Y tế Lai Châu cho biết thuốc đã đủ. "
            "Ông Tòng Văn Pấng, Phó trưởng phòng Tổ chức - Hành chính - Sở Tài chính Lai Châu nhận định giá còn cao. "
            "Ông Lò Văn Mạnh, Giám đốc Sở Y tế Lai Châu cho biết.")
    o = officials(text)
    assert o["Lò Thị Xuân"].organization == "Phòng Nghiệp vụ Dược, Sở Y tế Lai Châu"
    assert o["Tòng Văn Pấng"].organization == "Phòng Tổ chức - Hành chính - Sở Tài chính Lai Châu"
    assert o["Lò Văn Mạnh"].organization == "Sở Y tế tỉnh Lai Châu"
    names = {m.name for m in extract_organizations(analyse(text), "Điện Biên")}
    assert "Phòng Nghiệp vụ Dược, Sở Y tế Lai Châu" in names and "Sở Y tế tỉnh Lai Châu" in names


def test_parent_of_a_sub_unit_keeps_a_level_it_writes_and_a_place_it_leaves_implied():
    o = officials("Ông Quàng Văn Tươi, Trưởng phòng Cảnh sát kinh tế, Công an tỉnh Lai Châu cho biết. "
                  "Bà Lò Thị Ban, Trưởng phòng Kế hoạch - Tài chính, Sở Y tế cho biết.")
    assert o["Quàng Văn Tươi"].organization == "Phòng Cảnh sát kinh tế, Công an tỉnh Lai Châu"
    assert o["Lò Thị Ban"].organization == "Phòng Kế hoạch - Tài chính, Sở Y tế tỉnh Điện Biên"


def test_office_with_its_parent_in_brackets_is_the_office_of_that_parent():
    text = ("Ông Lò Văn Chiến, Trưởng phòng Nghiệp vụ số 3 (Chi cục Quản lý thị trường - Sở Công Thương), "
            "đã hướng dẫn các hộ kinh doanh kê khai giá.")
    o = officials(text)
    assert o["Lò Văn Chiến"].organization == "Phòng Nghiệp vụ số 3 - Chi cục Quản lý thị trường - Sở Công Thương tỉnh Điện Biên"
    # the organisations keep the office's own name
    assert "Phòng Nghiệp vụ số 3" in [m.name for m in extract_organizations(analyse(text), "Điện Biên")]
    # a department in brackets with its ministry stays the department alone
    p = officials("Bà Quàng Thị Hoa, Cục trưởng Cục Quản lý giá (Bộ Tài chính), cho biết giá xăng sẽ giảm.")
    assert p["Quàng Thị Hoa"].organization == "Cục Quản lý giá"
