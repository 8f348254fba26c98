"""Officials: the body of a post when the article writes it in part, leaves it out, or gives the
person several posts in several sentences. Sentences written for the test."""

from newsmine.facts import extract_facts
from newsmine.facts.body_after_name import body_named_after_post
from newsmine.facts.context import analyse, extract_officials, extract_organizations
from newsmine.facts.records import is_former_post


def officials(text, province="Điện Biên"):
    return {o.name: o for o in extract_officials(analyse(text), province)}


def test_lower_case_rest_of_a_body_before_its_parent_belongs_to_the_name():
    o = officials("Ông Quàng Văn Hải, Trưởng phòng Kế hoạch tổng hợp, Bệnh viện Đa khoa tỉnh cho biết.")
    assert o["Quàng Văn Hải"].organization == "Phòng Kế hoạch tổng hợp, Bệnh viện Đa khoa tỉnh Điện Biên"


def test_lower_case_words_not_closed_before_a_body_or_post_stay_out_of_the_name():
    o = officials("Bà Lò Thị Hoa, Trưởng phòng Kế hoạch nhận định, giá vật liệu còn cao.")
    assert o["Lò Thị Hoa"].organization == "Phòng Kế hoạch"


def test_organisation_mention_keeps_the_lower_case_rest_of_its_name():
    names = [m.name for m in extract_organizations(
        analyse("Ông Quàng Văn Hải, Trưởng phòng Kế hoạch tổng hợp, Bệnh viện Đa khoa tỉnh cho biết."), "Điện Biên")]
    assert "Phòng Kế hoạch tổng hợp" in names and "Phòng Kế hoạch" not in names


def test_post_of_the_government_has_its_body_when_the_article_leaves_it_out():
    assert officials("Phó Thủ tướng Giàng Seo Phử thăm tỉnh.")["Giàng Seo Phử"].organization == "Chính phủ"


def test_post_followed_by_a_country_is_not_of_the_government():
    o = officials("Ông Jonas Berg, Thủ tướng Thụy Điển, thăm Việt Nam.")
    assert all(x.organization != "Chính phủ" for x in o.values())


def test_minister_named_by_domain_is_of_that_ministry():
    o = officials("Bộ trưởng Y tế Lê Thị Hoa kiểm tra bệnh viện.")["Lê Thị Hoa"]
    assert (o.title, o.organization) == ("Bộ trưởng Y tế", "Bộ Y tế")


def test_bare_minister_is_of_the_ministry_named_last():
    o = officials("Bộ Công an tổ chức hội nghị trực tuyến. Bộ trưởng Vàng A Sử phát biểu chỉ đạo.")
    assert o["Vàng A Sử"].organization == "Bộ Công an"


def test_main_body_is_that_of_a_post_held_now_not_a_former_one():
    o = officials("Ông Lò Văn Mạnh, nguyên Giám đốc Sở Y tế, Phó Chủ tịch UBND tỉnh dự hội nghị.")["Lò Văn Mạnh"]
    assert o.organization == "Ủy ban nhân dân tỉnh Điện Biên"


def test_one_item_per_person_lists_the_posts_of_every_sentence_and_the_body_held_now():
    facts = extract_facts("Ông Cà Văn Thắng, nguyên Giám đốc Sở Tài chính, phát biểu. "
                          "Ông Cà Văn Thắng, Chủ tịch Hội Cựu chiến binh tỉnh, cho biết thêm.",
                          province="Điện Biên")
    (o,) = facts.as_gold()["officials"]
    assert o["title"].split("; ") == ["Chủ tịch Hội Cựu chiến binh tỉnh Điện Biên",
                                      "nguyên Giám đốc Sở Tài chính tỉnh Điện Biên"]
    assert o["organization"] == "Hội Cựu chiến binh tỉnh Điện Biên"


def test_a_post_written_twice_is_listed_once():
    facts = extract_facts("Bộ trưởng Y tế Lê Thị Hoa thăm tỉnh. Bộ trưởng Lê Thị Hoa nói chuyện với bác sĩ.",
                          province="Điện Biên")
    (o,) = facts.as_gold()["officials"]
    assert len(o["title"].split("; ")) == 1


def test_a_bare_post_written_on_in_a_later_mention_takes_the_later_one():
    facts = extract_facts("Đại sứ Trần Văn Hùng thăm hỏi lưu học sinh. Trước đó, Đại sứ Việt Nam tại Campuchia "
                          "Trần Văn Hùng đã làm việc với nhà trường.", province="Điện Biên")
    (o,) = facts.as_gold()["officials"]
    assert o["title"] == "Đại sứ Việt Nam tại Campuchia"


def test_a_word_of_the_name_after_the_post_is_no_more_of_it():
    facts = extract_facts("HLV Nguyễn Đức Thành họp đội bóng. Theo HLV Đức Thành, đội cần thêm thời gian.",
                          province="Điện Biên")
    (o,) = facts.as_gold()["officials"]
    assert o["title"] == "HLV"


def test_bare_headmaster_is_of_the_school_named_before():
    o = officials("Trường Tiểu học Mường Phăng có 420 học sinh. Thầy Lò Văn Pọm, Hiệu trưởng cho biết.")
    assert o["Lò Văn Pọm"].organization == "Trường Tiểu học Mường Phăng"


def test_deputy_minister_named_by_domain_is_of_that_ministry():
    o = officials("Thứ trưởng Xây dựng Vừ A Bằng làm việc với tỉnh.")["Vừ A Bằng"]
    assert (o.title, o.organization) == ("Thứ trưởng Xây dựng", "Bộ Xây dựng")


def test_sub_unit_named_in_lower_case_keeps_its_parent_after_a_comma():
    o = officials("Bác sĩ Lò Văn Pấng, Trưởng khoa Hồi sức tích cực chống độc, Bệnh viện Đa khoa tỉnh cho biết.")
    assert o["Lò Văn Pấng"].organization == \
        "Khoa Hồi sức tích cực chống độc, Bệnh viện Đa khoa tỉnh Điện Biên"


def test_centre_named_in_lower_case_keeps_its_parent_after_a_dash():
    o = officials("Ông Cà Văn Thanh, Phó Giám đốc Trung tâm nội soi - Bệnh viện Đa khoa tỉnh phát biểu.")
    assert o["Cà Văn Thanh"].organization == "Trung tâm nội soi - Bệnh viện Đa khoa tỉnh Điện Biên"


def test_sub_unit_without_a_parent_after_it_is_no_body():
    o = officials("Ông Cà Văn Thanh, Phó Giám đốc Trung tâm nội soi cho biết thêm.")
    assert o["Cà Văn Thanh"].organization is None


def test_medical_school_named_after_a_province_is_no_person():
    o = officials("Ông Lò Văn Tiến, Giám đốc Bệnh viện Đại học Y Hà Nội phát biểu.")
    assert list(o) == ["Lò Văn Tiến"]


def test_post_of_a_short_name_the_article_gave_in_brackets_is_of_the_full_body():
    text = ("Ngân hàng TMCP Công Thương Tây Bắc (TaybacBank) họp cổ đông. "
            "Ông Lò Văn Pấng, Chủ tịch HĐQT TaybacBank cho biết lãi tăng.")
    assert officials(text)["Lò Văn Pấng"].organization == "Ngân hàng TMCP Công Thương Tây Bắc"


def test_post_of_a_company_given_name_is_of_the_company_the_article_named():
    text = ("Tập đoàn Mường Thanh Xanh mở khách sạn mới. "
            "Bà Lò Thị Hoa, Tổng Giám đốc Mường Thanh Xanh cho biết khách tăng.")
    assert officials(text)["Lò Thị Hoa"].organization == "Tập đoàn Mường Thanh Xanh"


def test_short_name_of_two_bodies_stands_for_neither():
    text = ("Công ty Sao Mai (SM) và Tập đoàn Sông Mã (SM) ký kết. "
            "Ông Lò Văn Pấng, Giám đốc SM cho biết.")
    assert officials(text)["Lò Văn Pấng"].organization in (None, "SM")


def test_secretary_of_a_body_party_committee_has_the_body_post_as_main():
    o = officials("Đại tướng Lò Văn Pấng, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Bộ Công an chủ trì.")
    assert o["Lò Văn Pấng"].organization == "Bộ Công an"


def test_secretary_of_a_place_party_committee_keeps_the_committee_as_main():
    o = officials("Ông Lò Văn Pấng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu.")
    assert o["Lò Văn Pấng"].organization == "Tỉnh ủy Điện Biên"


def test_post_given_a_few_words_after_an_appointment_verb():
    o = officials("Đại tá Lò Văn Pấng được Bộ trưởng Bộ Công an bổ nhiệm giữ chức Giám đốc Công an tỉnh.")
    assert (o["Lò Văn Pấng"].title, o["Lò Văn Pấng"].organization) == \
        ("Đại tá; Giám đốc Công an tỉnh Điện Biên", "Công an tỉnh Điện Biên")


def test_post_after_an_appointment_verb_is_not_given_to_the_person_who_appoints():
    o = officials("Ông Lò Văn Pấng được báo cáo việc bổ nhiệm ông Cà Văn Thanh giữ chức Giám đốc Sở Y tế.")
    assert "Lò Văn Pấng" not in o


def test_post_of_the_person_who_appoints_is_not_the_rank_holder_s():
    o = officials("Bộ trưởng Công an bổ nhiệm đại tá Lò Văn Pấng, Giám đốc Công an tỉnh giữ chức mới.")
    assert o["Lò Văn Pấng"].title.split("; ")[0] == "Đại tá"


def test_general_secretary_is_of_the_party_unless_another_party_is_named():
    assert officials("Tổng Bí thư Lò Văn Pấng làm việc với tỉnh.")["Lò Văn Pấng"].organization == \
        "Đảng Cộng sản Việt Nam"
    o = officials("Tổng Bí thư Đảng Nhân dân Cách mạng Lào Thongloun Sisoulith thăm tỉnh.")
    assert all(x.organization != "Đảng Cộng sản Việt Nam" for x in o.values())


def test_regional_unit_of_the_state_audit_keeps_its_number():
    o = officials("Ông Lò Văn Pấng, Phó Kiểm toán trưởng KTNN khu vực VII phát biểu.")["Lò Văn Pấng"]
    assert (o.title, o.organization) == ("Phó Kiểm toán trưởng Kiểm toán Nhà nước khu vực VII",
                                         "Kiểm toán Nhà nước khu vực VII")


def test_board_named_after_its_posts_holds_no_one():
    assert officials("Ban Tổng Giám đốc Hoàng Anh Gia Lai nhận thấy rủi ro.") == {}
    assert "Trần Cẩm Tú" in officials("Thường trực Ban Bí thư Trần Cẩm Tú dự hội nghị.")


def test_two_syllables_after_a_level_word_name_the_commune_not_a_person():
    o = officials("Ông Lò Văn Pấng, Chủ tịch UBND xã Hà Ra cho biết, khách đến đông.")
    assert list(o) == ["Lò Văn Pấng"]
    assert o["Lò Văn Pấng"].organization == "Ủy ban nhân dân xã Hà Ra"


def test_bare_head_with_a_lower_case_name_before_the_person_is_the_body():
    o = officials("Đoàn do Cục trưởng Cục khám chữa bệnh Lò Văn Pấng dẫn đầu đã về tỉnh.")["Lò Văn Pấng"]
    assert (o.title, o.organization) == ("Cục trưởng Cục khám chữa bệnh", "Cục khám chữa bệnh")


def test_post_before_a_colon_goes_to_every_ranked_name_listed():
    o = officials("Các Phó Giám đốc Công an tỉnh: Đại tá Lò Văn Pấng, Thượng tá Quàng Văn Thanh dự họp.")
    assert o["Lò Văn Pấng"].title == "Đại tá; Phó Giám đốc Công an tỉnh Điện Biên"
    assert o["Quàng Văn Thanh"].title == "Thượng tá; Phó Giám đốc Công an tỉnh Điện Biên"


def test_rank_before_the_next_name_is_not_the_previous_person_s():
    o = officials("Hòa thượng Thích Nhật Quang, Hòa thượng Thích Phước Thông dự lễ.")
    assert o["Thích Nhật Quang"].title == "Hòa thượng"


def test_the_first_mention_naming_a_body_gives_the_main_body_not_a_later_chain_with_more_posts():
    # the later chain takes the post of someone unnamed ("the Deputy Prime Minister's direction")
    facts = extract_facts("Ông Lò Văn Tường, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Thực hiện chỉ đạo của "
                          "Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Lò Văn Tường yêu cầu các sở khẩn "
                          "trương.", province="Điện Biên")
    (o,) = facts.as_gold()["officials"]
    assert o["organization"] == "Ủy ban nhân dân tỉnh Điện Biên"


def test_a_later_mention_naming_the_same_body_in_more_words_gives_the_body():
    facts = extract_facts("Vụ trưởng Vụ Dân tộc Lò Văn Pấng phát biểu. Ông Lò Văn Pấng, Vụ trưởng Vụ Dân tộc, "
                          "Bộ Nội vụ cho biết thêm.", province="Điện Biên")
    (o,) = facts.as_gold()["officials"]
    assert o["organization"] == "Vụ Dân tộc, Bộ Nội vụ"


def test_a_surname_that_is_also_a_place_is_the_officials_not_the_bodys():
    found = officials("Phó Chủ tịch UBND tỉnh Lâm Minh Thành kiểm tra công trình.", province="Kiên Giang")
    assert found["Lâm Minh Thành"].organization == "Ủy ban nhân dân tỉnh Kiên Giang"


def test_bare_director_or_editor_is_of_the_hospital_company_or_newspaper_named_before():
    o = officials("Bệnh viện Đa khoa huyện Tuần Giáo đón 200 bệnh nhân. Bác sĩ Lò Văn Chiến, Giám đốc, cho biết "
                  "bệnh viện đã đủ thuốc.")
    assert o["Lò Văn Chiến"].organization == "Bệnh viện Đa khoa huyện Tuần Giáo"
    o = officials("Về phía Báo Điện Biên Phủ có Tổng Biên tập Quàng Văn Thuận và Phó Tổng Biên tập Lò Thị Hoa.")
    assert o["Quàng Văn Thuận"].organization == "Báo Điện Biên Phủ"
    assert o["Lò Thị Hoa"].organization == "Báo Điện Biên Phủ"


def test_bare_director_before_a_ceremonial_verb_is_of_the_hospital_named_before():
    # "ôn lại", "điểm lại" (post_stops.txt): the anniversary speech goes on after the bare post
    o = officials("Bệnh viện Đa khoa huyện Tuần Giáo kỷ niệm 50 năm thành lập. Bác sĩ Lò Văn Chiến, Giám đốc "
                  "ôn lại chặng đường phát triển của bệnh viện.")
    assert o["Lò Văn Chiến"].organization == "Bệnh viện Đa khoa huyện Tuần Giáo"


def test_bare_director_takes_no_body_named_after_it_nor_a_department():
    o = officials("Ông Lò Văn Chiến, Giám đốc, cho biết Công ty Cổ phần Cấp nước Điện Biên sẽ sửa đường ống.")
    assert o["Lò Văn Chiến"].organization is None
    o = officials("Sở Y tế vừa họp. Ông Lò Văn Chiến, Giám đốc, cho biết số ca bệnh giảm.")
    assert o["Lò Văn Chiến"].organization is None


def test_inspector_general_of_the_government_heads_its_inspectorate():
    o = officials("Ông Lò Văn Chiến, Phó Tổng Thanh tra Chính phủ, làm việc với tỉnh.")
    assert o["Lò Văn Chiến"].organization == "Thanh tra Chính phủ"
    assert o["Lò Văn Chiến"].title == "Phó Tổng Thanh tra Chính phủ"


def test_bare_inspector_is_of_the_inspectorate_named_last_and_names_it_once():
    o = officials("Thanh tra tỉnh vừa công bố kết luận. Ông Lò Văn Chiến, Phó Chánh Thanh tra, cho biết.")
    assert o["Lò Văn Chiến"].organization == "Thanh tra tỉnh Điện Biên"
    assert o["Lò Văn Chiến"].title == "Phó Chánh Thanh tra tỉnh Điện Biên"


def test_in_a_chain_of_former_posts_a_former_membership_or_deputy_secretary_is_no_main_post():
    o = officials("Ông Lò Văn Chiến, nguyên Ủy viên Ban Thường vụ Tỉnh ủy, nguyên Giám đốc Sở Y tế bị cảnh cáo.")
    assert o["Lò Văn Chiến"].organization == "Sở Y tế tỉnh Điện Biên"
    o = officials("Ông Lò Văn Chiến, nguyên Phó Bí thư Tỉnh ủy, nguyên Chủ tịch UBND tỉnh về thăm xã.")
    assert o["Lò Văn Chiến"].organization == "Ủy ban nhân dân tỉnh Điện Biên"
    o = officials("Ông Lò Văn Chiến, nguyên Phó Bí thư Tỉnh ủy về thăm xã.")
    assert o["Lò Văn Chiến"].organization == "Tỉnh ủy Điện Biên"


def test_a_district_party_committee_of_a_city_is_the_body_of_its_secretary():
    text = "Ông Đỗ Minh Khang, Bí thư Quận ủy Hoàn Kiếm, kiểm tra công tác chỉnh trang vỉa hè."
    assert officials(text, "Hà Nội")["Đỗ Minh Khang"].organization == "Quận ủy Hoàn Kiếm"


def test_an_adviser_is_a_post_held_now_not_a_former_one():
    o = officials("Ông Lò Văn Mạnh, nguyên Giám đốc Sở Y tế, Cố vấn cao cấp Trung tâm Kiểm soát bệnh tật tỉnh "
                  "cho biết.")["Lò Văn Mạnh"]
    assert o.title.endswith("; Cố vấn cao cấp Trung tâm Kiểm soát bệnh tật tỉnh Điện Biên")
    assert o.organization == "Trung tâm Kiểm soát bệnh tật tỉnh Điện Biên"
    assert is_former_post("cố Tổng Bí thư") and not is_former_post("Cố vấn cao cấp Trung tâm Kiểm soát bệnh tật")


def test_the_body_of_a_bare_post_before_a_name_may_follow_the_name_after_cua():
    assert officials("Chủ tịch Daniel Levy của Tottenham cho biết đội bóng sẽ mua thêm cầu thủ.")[
        "Daniel Levy"].organization == "Tottenham"
    o = officials("Giám đốc Lò Văn Hải của Công ty Cổ phần Chè Tam Đường cho biết giá chè đã tăng.")["Lò Văn Hải"]
    assert o.title == "Giám đốc Công ty Cổ phần Chè Tam Đường"
    # a post that names its body keeps it
    o = officials("Phó Giám đốc Sở Y tế Lò Thị Vân của tỉnh cho biết.")["Lò Thị Vân"]
    assert o.organization == "Sở Y tế tỉnh Điện Biên"


def test_a_post_right_after_an_honorific_and_a_name_without_a_comma_is_the_persons():
    o = officials("Ông Lò Văn Tùng Chủ tịch UBND xã Na Sang cho biết xã đã hoàn thành kế hoạch.")["Lò Văn Tùng"]
    assert o.organization == "Ủy ban nhân dân xã Na Sang"
    o = officials("Theo bà Lò Thị Vân Phó Giám đốc Sở Y tế, số ca mắc đã giảm.")["Lò Thị Vân"]
    assert o.title == "Phó Giám đốc Sở Y tế tỉnh Điện Biên"
    o = officials("Tại cuộc họp, ông Lò Văn Tùng Chủ tịch UBND thành phố nhấn mạnh việc giữ rừng.")["Lò Văn Tùng"]
    assert o.title == "Chủ tịch Ủy ban nhân dân thành phố"
    # a post without its body after the name is not taken without the comma
    assert "Lò Văn Tùng" not in officials("Ông Lò Văn Tùng Chủ tịch nói rằng xã đã hoàn thành kế hoạch.")


def test_a_country_after_cua_makes_the_post_that_countrys_not_the_government_of_viet_nam():
    o = officials("Đoàn đã gặp cố Thủ tướng Lý Quang Minh của Singapore tại Điện Biên năm 1995.")["Lý Quang Minh"]
    assert (o.title, o.organization) == ("Thủ tướng Singapore", None)
    o = officials("Ngoại trưởng Hoàng Đức Tín của Lào cảm ơn tỉnh đã giúp đỡ.")["Hoàng Đức Tín"]
    assert o.organization == "Bộ Ngoại giao Lào"
    # Việt Nam's own leader keeps the Government
    assert officials("Thủ tướng Lò Văn Giàng của Việt Nam thăm tỉnh.")["Lò Văn Giàng"].organization == "Chính phủ"


def test_a_person_one_mention_places_abroad_keeps_no_body_a_bare_post_implies_in_viet_nam():
    text = ("Chủ tịch UBND tỉnh đã tiếp Thủ tướng Singapore Lý Quang Minh. Thủ tướng Lý Quang Minh cảm ơn tỉnh. "
            "Thủ tướng Phạm Văn Thành gửi thư chúc mừng.")
    people = {o["name"]: o for o in extract_facts(text, province="Điện Biên").as_gold()["officials"]}
    assert (people["Lý Quang Minh"]["title"], people["Lý Quang Minh"]["organization"]) == ("Thủ tướng Singapore", None)
    assert people["Phạm Văn Thành"]["organization"] == "Chính phủ"
    # an ambassador of Việt Nam abroad is not a foreigner
    text = "Đại sứ Việt Nam tại Lào Lò Văn Hải dự lễ. Đại sứ Lò Văn Hải phát biểu."
    (o,) = extract_facts(text, province="Điện Biên").as_gold()["officials"]
    assert o["title"].startswith("Đại sứ Việt Nam tại Lào")


def test_a_steering_committee_post_is_no_main_post_beside_a_post_of_a_standing_body():
    o = officials("Ông Lò Văn Mạnh, Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống dịch tỉnh, Giám đốc Sở Y tế "
                  "cho biết tỉnh đã có thêm 3 ca bệnh.")["Lò Văn Mạnh"]
    assert o.organization == "Sở Y tế tỉnh Điện Biên"
    o = officials("Ông Lò Văn Mạnh, Trưởng Ban Chỉ đạo phòng, chống dịch tỉnh cho biết tỉnh đã có thêm 3 ca bệnh.")[
        "Lò Văn Mạnh"]
    assert o.organization.startswith("Ban Chỉ đạo phòng, chống dịch")


def test_a_personal_name_right_after_a_bare_university_head_is_the_universitys_own():
    # the head alone, with no "Trường" before it: the name is the university's, not a holder's
    assert "Lương Văn Can" not in officials("Bộ trả lời về hiệu trưởng ĐH Lương Văn Can bị đình chỉ chức vụ.")
    o = officials("Ông Lò Văn Hải, Hiệu trưởng Đại học Lương Văn Can cho biết trường đã tự chủ.")
    assert set(o) == {"Lò Văn Hải"} and o["Lò Văn Hải"].organization == "Đại học Lương Văn Can"
    o = officials("Bà Quàng Thị Mai, Phó Giám đốc Học viện Hoàng Văn Thụ phát biểu tại hội nghị.")
    assert set(o) == {"Quàng Thị Mai"} and o["Quàng Thị Mai"].organization == "Học viện Hoàng Văn Thụ"
    # an abbreviation that names the university in full: the name after it is its staff's
    o = officials("Phó Giám đốc ĐHQGHN Lò Văn Hải cho biết trường đã tự chủ.")
    assert o["Lò Văn Hải"].organization == "Đại học Quốc gia Hà Nội"


def test_a_school_named_by_one_foreign_word_is_a_body_not_a_personal_name():
    o = officials("Bà Lò Thị Hoa, Thành viên HĐQT Trường Edison cho biết nhà trường đã xử lý sự việc.")["Lò Thị Hoa"]
    assert o.organization == "Trường Edison"
    # a Vietnamese syllable after the head is still a name ("Trường Sơn")
    names = [m.name for m in extract_organizations(analyse("Đoàn công tác đi dọc Trường Sơn về tỉnh."), "Điện Biên")]
    assert not any(n.startswith("Trường") for n in names)


def test_initials_the_article_spells_out_are_written_in_full_in_an_officials_body():
    # initials defined in brackets after the body's full name, closing the official's body
    text = ("Hội nghị có đại diện Hiệp hội Du lịch Điện Biên (DTA) và các doanh nghiệp. "
            "Ông Lò Văn Hải, Ủy viên Ban Chấp hành DTA cho biết số khách tăng nhanh.")
    o = officials(text)["Lò Văn Hải"]
    assert o.organization == "Ban Chấp hành Hiệp hội Du lịch Điện Biên"
    assert o.title == "Ủy viên Ban Chấp hành Hiệp hội Du lịch Điện Biên"
    # initials whose letters open the words of a body the article names in full
    text = ("Lễ phát động do Đài Phát thanh Truyền hình Điện Biên tổ chức. Bà Quàng Thị Mai, Trưởng phòng "
            "Thời sự - Đài PTTH cho biết chương trình kéo dài một tháng.")
    assert officials(text)["Quàng Thị Mai"].organization == (
        "Phòng Thời sự - Đài Phát thanh - Truyền hình tỉnh Điện Biên")
    # initials the article never spells out stay as written
    text = "Ông Lò Văn Hải, Ủy viên Ban Chấp hành DTA cho biết số khách tăng nhanh."
    assert officials(text)["Lò Văn Hải"].organization == "Ban Chấp hành DTA"


def test_a_body_named_in_the_article_read_after_a_post_past_an_unread_lower_case_head():
    text = ("Công ty Đông Bắc Minerals đã xin giấy phép khai thác mỏ. Ông Lò Văn Hải, Giám đốc công ty Úc "
            "Đông Bắc Minerals, cho biết mỏ sẽ khai thác từ năm sau.")
    assert officials(text)["Lò Văn Hải"].organization == "Công ty Đông Bắc Minerals"
    text = ("Báo Tây Bắc Mới tổ chức lễ trao giải. Bà Quàng Thị Mai - Phó Tổng Biên tập báo điện tử Tây Bắc Mới "
            "trao hoa cho các tác giả.")
    assert officials(text)["Quàng Thị Mai"].organization == "Báo Tây Bắc Mới"
    # a place's name after the post is no body's, nor is a name past a verb
    text = "Hội Nông dân Việt Nam phát động phong trào. Ông Lò Văn Hải, Đại sứ nghề Việt Nam năm nay chia sẻ."
    assert officials(text)["Lò Văn Hải"].organization is None
    (s,) = analyse("Ông Lò Văn Hải, Giám đốc cho biết Đông Bắc Minerals sẽ khai thác từ năm sau.")
    name_end = s.text.index(",")
    assert body_named_after_post(s.words, name_end, "Giám đốc", ["Công ty Đông Bắc Minerals"]) is None
    (s,) = analyse("Ông Lò Văn Hải, Giám đốc công ty Úc Đông Bắc Minerals cho biết mỏ sẽ khai thác.")
    assert body_named_after_post(s.words, name_end, "Giám đốc", ["Công ty Đông Bắc Minerals"]) == (
        "Công ty Đông Bắc Minerals")


def test_office_or_branch_of_a_firm_is_named_with_its_seat():
    text = ("Dự lễ khánh thành có ông Hiroshi Sato - Trưởng đại diện văn phòng Kansai Cable tại Hà Nội - cùng "
            "lãnh đạo tỉnh. Bà Lò Thị Mai, Giám đốc Chi nhánh Ngân hàng Phát triển tại Điện Biên, trao hỗ trợ.")
    o = officials(text)
    assert o["Hiroshi Sato"].organization == "Văn phòng Kansai Cable tại Hà Nội"
    assert o["Lò Thị Mai"].organization == "Chi nhánh Ngân hàng Phát triển tại Điện Biên"
    names = {m.name for m in extract_organizations(analyse(text), "Điện Biên")}
    assert "Văn phòng Kansai Cable tại Hà Nội" in names and "Văn phòng Kansai Cable" not in names


def test_firm_named_once_with_its_legal_form_is_one_body_named_so():
    text = ("Hãng Norwood & Pike Ltd vừa khai trương nhà máy chế biến cà phê tại huyện Mường Ảng. "
            "Ông Daniel Cole, giám đốc khu vực tại Norwood & Pike, cho biết nhà máy cần 200 lao động.")
    o = officials(text)
    assert o["Daniel Cole"].organization == "Norwood & Pike Ltd"
    assert [m.name for m in extract_organizations(analyse(text), "Điện Biên")] == ["Norwood & Pike Ltd"] * 2
