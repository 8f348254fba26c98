"""Officials: kinds of post that provincial and business news write and the studied gold sets
barely hold (a company's board without the company, …). Sentences written for the test."""

import pytest

from newsmine.facts import extract_facts


def people(text, province="Điện Biên"):
    return {o["name"]: o for o in extract_facts(text, province=province).as_gold()["officials"]}


def test_board_post_without_its_company_is_of_the_company_named_last():
    o = people("Công ty Cổ phần Cà phê Mường Ảng vừa tổ chức đại hội cổ đông thường niên. Ông Lò Văn Hùng "
               "- Chủ tịch HĐQT cho biết năm nay công ty đặt mục tiêu lãi 12 tỷ đồng. Phó Chủ tịch HĐQT "
               "Quàng Thị Lan nói thêm về kế hoạch trồng mới.")
    assert o["Lò Văn Hùng"]["organization"] == "Công ty Cổ phần Cà phê Mường Ảng"
    assert o["Lò Văn Hùng"]["title"] == "Chủ tịch Hội đồng quản trị"
    assert o["Quàng Thị Lan"]["organization"] == "Công ty Cổ phần Cà phê Mường Ảng"


def test_board_post_joined_to_a_post_of_a_company_takes_that_company():
    o = people("Hợp tác xã Chè Tủa Chùa ký hợp đồng bao tiêu. Ông Mùa A Chư, Chủ tịch HĐQT kiêm Tổng Giám "
               "đốc Công ty Cổ phần Chè Điện Biên, cho biết giá chè tăng.")
    assert o["Mùa A Chư"]["organization"] == "Công ty Cổ phần Chè Điện Biên"


def test_board_post_with_no_company_in_the_article_has_no_body():
    o = people("Ông Lò Văn Hùng, Chủ tịch HĐQT, cho biết năm nay đơn vị đặt mục tiêu lãi 12 tỷ đồng.")
    assert o["Lò Văn Hùng"]["organization"] is None


def test_company_written_with_the_post_wins_over_a_board_post_read_from_before():
    o = people("Tập đoàn Sông Đà tổ chức đại hội. Ông Vũ Văn Nam, Thành viên HĐQT, phát biểu. Sau đó ông "
               "Vũ Văn Nam, Giám đốc Công ty Cổ phần Thủy điện Nậm Mu, cho biết nhà máy chạy đủ công suất.")
    assert o["Vũ Văn Nam"]["organization"] == "Công ty Cổ phần Thủy điện Nậm Mu"
    assert "Thành viên Hội đồng quản trị" in o["Vũ Văn Nam"]["title"]


def test_unit_named_in_lower_case_before_its_parent_in_brackets_is_the_unit():
    o = people("Ông Quàng Văn Minh, Giám đốc Trung tâm kiểm soát bệnh tật (Sở Y tế tỉnh) cho biết đã cấp "
               "thuốc cho 12 xã.")
    assert o["Quàng Văn Minh"]["organization"] == "Trung tâm kiểm soát bệnh tật"
    o = people("Bà Lò Thị Hoa, Giám đốc Ban quản lý dự án giao thông (thuộc Sở Giao thông vận tải tỉnh) "
               "cho biết con đường sẽ xong trong tháng 9.")
    assert o["Lò Thị Hoa"]["organization"] == "Ban quản lý dự án giao thông"


def test_noun_opening_on_a_verbs_syllable_goes_on_in_the_units_name():
    o = people("Ông Vì Văn Sơn, Giám đốc Ban quản lý dự án giao thông, Sở Giao thông vận tải tỉnh kiểm "
               "tra công trình.")
    assert o["Vì Văn Sơn"]["organization"] == \
        "Ban quản lý dự án giao thông, Sở Giao thông vận tải tỉnh Điện Biên"


def test_a_bracket_after_a_unit_that_names_no_body_gives_none():
    o = people("Ông Quàng Văn Minh, Giám đốc Trung tâm kiểm soát bệnh tật (56 tuổi) cho biết.")
    assert o["Quàng Văn Minh"]["organization"] is None


def test_member_of_the_partys_secretariat_is_a_membership_the_job_after_it_is_main():
    o = people("Đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức "
               "Trung ương dự hội nghị.")
    assert o["Lê Minh Hưng"]["organization"] == "Ban Tổ chức Trung ương"


def test_a_later_mention_giving_every_post_and_more_sets_the_main_body():
    o = people("Phó Bí thư Tỉnh ủy Lò Văn Mừng làm việc tại huyện Mường Chà. Đồng chí Lò Văn Mừng, Phó Bí thư "
               "Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi làm việc.")
    assert o["Lò Văn Mừng"]["organization"] == "Ủy ban nhân dân tỉnh Điện Biên"
    assert o["Lò Văn Mừng"]["title"] == "Phó Bí thư Tỉnh ủy Điện Biên; Chủ tịch Ủy ban nhân dân tỉnh Điện Biên"


def test_a_later_mention_with_other_posts_does_not_replace_the_first():
    o = people("Ông Vừ A Bằng, Giám đốc Sở Y tế, kiểm tra bệnh viện. Chiều cùng ngày, ông Vừ A Bằng, Chủ tịch "
               "Hội Đông y tỉnh, dự hội nghị.")
    assert o["Vừ A Bằng"]["organization"] == "Sở Y tế tỉnh Điện Biên"


def test_bare_deputy_minister_is_not_of_a_military_command_named_before():
    o = people("Đại tá Lò Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo. Thứ trưởng Lê Văn Thành "
               "đánh giá cao công tác chuẩn bị.")
    assert o["Lê Văn Thành"]["organization"] is None
    o = people("Đoàn công tác của Bộ Y tế làm việc tại tỉnh. Thứ trưởng Lê Văn Thành đánh giá cao công tác "
               "chuẩn bị.")
    assert o["Lê Văn Thành"]["organization"] == "Bộ Y tế"


def test_post_given_after_a_comma_and_a_linking_word():
    o = people("Ông Lò Văn Nam, hiện là Phó Giám đốc Sở Y tế, được điều động về Trung tâm Y tế huyện.")
    assert o["Lò Văn Nam"]["organization"] == "Sở Y tế tỉnh Điện Biên"
    o = people("Bà Lò Thị Hoa, hiện đang giữ chức Trưởng Phòng Nội vụ huyện Mường Ảng, cho biết.")
    assert o["Lò Thị Hoa"]["organization"] == "Phòng Nội vụ huyện Mường Ảng"


def test_post_won_again_at_a_congress():
    o = people("Đồng chí Lò Văn Thanh tái đắc cử Bí thư Đảng ủy xã Nà Tấu nhiệm kỳ 2025 - 2030.")
    assert o["Lò Văn Thanh"]["organization"] == "Đảng ủy xã Nà Tấu"


def test_a_comma_and_a_linking_word_before_no_post_give_no_official():
    assert "Lò Văn Thanh" not in people("Ông Lò Văn Thanh, là người dân bản Nà Tấu, cho biết.")


def test_thai_and_other_northern_family_names_open_a_listed_name():
    o = people("Ban Thường vụ Đảng ủy xã gồm các đồng chí: Lò Văn Thanh, Bí thư Đảng ủy; Cà Văn Dũng, Phó Bí "
               "thư Đảng ủy, Chủ tịch UBND xã Nà Tấu; Khoàng Thị Hoa, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.")
    assert o["Cà Văn Dũng"]["organization"] == "Ủy ban nhân dân xã Nà Tấu"
    assert o["Khoàng Thị Hoa"]["organization"] == "Ủy ban Kiểm tra Đảng ủy xã Nà Tấu"


def test_places_and_companies_opening_on_such_a_name_stay_places():
    o = people("Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều và Tổng Giám đốc Tập đoàn Đèo Cả Hồ Văn Hùng ký kết.")
    assert o["Phạm Văn Thiều"]["organization"] == "Ủy ban nhân dân tỉnh Bạc Liêu"
    assert o["Hồ Văn Hùng"]["organization"] == "Tập đoàn Đèo Cả"


def test_chair_of_an_inspection_committee_written_bare_is_of_the_one_named_before():
    o = people("Đại hội đã bầu Ủy ban Kiểm tra Đảng ủy xã Nà Tấu gồm 5 đồng chí. Đồng chí Lường Thị Hoa được "
               "bầu làm Chủ nhiệm Ủy ban Kiểm tra.")
    assert o["Lường Thị Hoa"]["organization"] == "Ủy ban Kiểm tra Đảng ủy xã Nà Tấu"
    assert o["Lường Thị Hoa"]["title"] == "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Nà Tấu"


def test_chair_of_an_inspection_committee_none_named_is_no_board_of_its_own():
    o = people("Bà Lường Thị Hoa, Chủ nhiệm Ủy ban Kiểm tra, cho biết đã kiểm tra 12 tổ chức đảng.")
    assert o["Lường Thị Hoa"]["organization"] is None


def test_foreign_brand_after_a_company_post_is_its_body():
    o = people("Ông Nguyễn Văn Kỳ, Tổng giám đốc Vietravel, cho biết lượng khách lên Điện Biên tăng mạnh.")
    assert o["Nguyễn Văn Kỳ"]["organization"] == "Vietravel"


def test_foreign_brand_linked_by_cua_after_a_company_post_is_its_body():
    o = people("Bà Anna Berg, Giám đốc điều hành của Nordvik Energy, cho biết dự án điện gió sẽ khởi công.")
    assert o["Anna Berg"]["organization"] == "Nordvik Energy"
    o = people("Ông Trần Văn Nam, Giám đốc của Hà Nội Group, cùng dự.")  # a place opens no brand
    assert o["Trần Văn Nam"]["organization"] is None


def test_department_place_or_vietnamese_name_after_a_company_post_is_no_brand():
    o = people("Ông Trần Văn Nam, Giám đốc Marketing, và ông Lò Văn Hòa, Chủ tịch Hoà Bình, cùng dự.")
    assert o["Trần Văn Nam"]["organization"] is None
    assert o["Lò Văn Hòa"]["organization"] is None
    o = people("Ông Trần Văn Nam, Chủ tịch Campuchia, cho biết.")
    assert o["Trần Văn Nam"]["organization"] is None


def test_a_later_mention_by_the_two_given_names_is_the_same_person():
    o = people("Bà Lò Thị Kiều Trang, Giám đốc Công ty Cổ phần Du lịch Mường Thanh, dự hội thảo. Trước đó, Kiều "
               "Trang, Phó Giám đốc Công ty Cổ phần Du lịch Mường Thanh, đã trình bày kế hoạch.")
    assert "Kiều Trang" not in o
    assert o["Lò Thị Kiều Trang"]["organization"] == "Công ty Cổ phần Du lịch Mường Thanh"


def test_the_ban_of_uy_ban_in_a_post_opens_no_provincial_board():
    o = people("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh làm việc với tỉnh; dự có ông Lò Văn Pọm, "
               "Trưởng Ban Dân tộc tỉnh.")
    assert (o["Hầu A Lềnh"]["title"], o["Hầu A Lềnh"]["organization"]) == \
        ("Bộ trưởng; Chủ nhiệm Ủy ban Dân tộc", "Ủy ban Dân tộc")
    assert o["Lò Văn Pọm"]["organization"] == "Ban Dân tộc tỉnh Điện Biên"
    assert people("Ông Lò Văn Mừng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, phát biểu.")["Lò Văn Mừng"]["organization"] \
        == "Ủy ban Kiểm tra Tỉnh ủy Điện Biên"


def test_company_chief_written_bare_after_the_name_is_of_the_company_named_last():
    o = people("Công ty Cổ phần Xi măng Điện Biên tổ chức hội nghị người lao động năm 2025. Ông Hà Văn Hùng, "
               "Tổng Giám đốc, cho biết sản lượng đạt 500.000 tấn. Bà Lò Thị Thu, Phó Tổng Giám đốc cho biết "
               "công ty sẽ tăng lương cho công nhân.")
    assert o["Hà Văn Hùng"]["organization"] == "Công ty Cổ phần Xi măng Điện Biên"
    assert o["Lò Thị Thu"]["organization"] == "Công ty Cổ phần Xi măng Điện Biên"


def test_company_chief_written_bare_is_not_of_the_state_bank():
    o = people("Theo Ngân hàng Nhà nước chi nhánh tỉnh, dư nợ tín dụng tăng 9%. Ông Trần Văn Phúc, Tổng Giám "
               "đốc, cho biết sẽ mở thêm phòng giao dịch.")
    assert o["Trần Văn Phúc"]["organization"] is None


def test_words_saying_which_post_then_a_brand_name_the_company():
    o = people("Theo ông Kim Min Soo, Phó Chủ tịch cấp cao Hanwha Energy, thị trường điện mặt trời còn dư địa. "
               "Ông Nguyễn Văn Hòa, Giám đốc kinh doanh FPT Shop cho biết doanh số tăng gấp đôi. Ông Eric Lin, "
               "Chủ tịch luân phiên của Huawei đổ lỗi cho Mỹ về tình trạng thiếu chip.")
    assert o["Kim Min Soo"]["organization"] == "Hanwha Energy"
    assert o["Nguyễn Văn Hòa"]["organization"] == "FPT Shop"
    assert o["Eric Lin"]["organization"] == "Huawei"


def test_words_saying_which_post_then_a_vietnamese_word_name_no_company():
    o = people("Ông Lò Văn Hòa, Giám đốc kinh doanh Mường Thanh cho biết khách tăng mạnh.")
    assert o["Lò Văn Hòa"]["organization"] is None


def test_bare_secretary_or_chair_is_not_of_a_body_the_sentence_names_after_the_post():
    o = people("Hội nghị do UBND tỉnh Điện Biên tổ chức. Chủ tịch Lê Thành Đô đề nghị UBND huyện Mường Nhé "
               "khẩn trương giải ngân vốn. Bí thư Lò Văn An yêu cầu Đảng ủy xã Nà Hỳ kiểm điểm. Tại Đảng ủy "
               "xã Mường Phăng, Bí thư Lò Văn Bình cho biết xã đã hoàn thành kế hoạch.")
    assert o["Lê Thành Đô"]["organization"] == "Ủy ban nhân dân tỉnh Điện Biên"
    assert o["Lò Văn An"]["organization"] is None
    assert o["Lò Văn Bình"]["organization"] == "Đảng ủy xã Mường Phăng"


def test_standing_member_of_the_secretariat_is_a_post_of_the_secretariat():
    o = people("Cùng dự có đồng chí Trần Văn Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư. Thường trực Ban "
               "Bí thư Lê Minh Khôi làm việc với Tỉnh ủy.")
    assert o["Trần Văn Tú"]["title"] == "Ủy viên Bộ Chính trị; Thường trực Ban Bí thư"
    assert o["Trần Văn Tú"]["organization"] == "Ban Bí thư"
    assert o["Lê Minh Khôi"]["organization"] == "Ban Bí thư"


def test_national_assembly_committee_named_with_a_comma_is_read_whole():
    o = people("Ông Nguyễn Đắc Minh, Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội cho biết Quốc hội sẽ giám "
               "sát chính sách giáo dục vùng cao. Bà Hà Thị Lan - Ủy viên thường trực Ủy ban Văn hóa, Giáo dục, "
               "Thanh Thiếu niên và Nhi đồng của Quốc hội phát biểu.")
    assert o["Nguyễn Đắc Minh"]["organization"] == "Ủy ban Văn hóa, Giáo dục của Quốc hội"
    assert o["Hà Thị Lan"]["organization"] == "Ủy ban Văn hóa, Giáo dục, Thanh Thiếu niên và Nhi đồng của Quốc hội"


def test_secretary_of_a_commune_written_without_its_party_committee():
    o = people("Ông Lò Văn Hoàng, Bí thư xã Mường Phăng xác nhận sự việc. Bà Lò Thị Tám, Phó Bí thư phường Him "
               "Lam cho biết phường đã kiểm điểm. Ông Cà Văn Bảy, Bí thư chi bộ bản Phăng, dự họp.")
    assert o["Lò Văn Hoàng"]["organization"] == "Đảng ủy xã Mường Phăng"
    assert o["Lò Văn Hoàng"]["title"] == "Bí thư Đảng ủy xã Mường Phăng"
    assert o["Lò Thị Tám"]["organization"] == "Đảng ủy phường Him Lam"
    assert o["Cà Văn Bảy"]["organization"] != "Đảng ủy xã Mường Phăng"


def test_bare_city_party_committee_is_the_citys_in_a_city_article():
    text = ("Ông Lê Văn Dũng, Bí thư Thành ủy, phát biểu chỉ đạo. Ông Trần Văn Nam, Phó Bí thư Thường trực "
            "Thành ủy, cho biết thành phố đã hoàn thành kế hoạch.")
    o = people(text, province="Hà Nội")
    assert o["Lê Văn Dũng"]["organization"] == "Thành ủy Hà Nội"
    assert o["Trần Văn Nam"]["organization"] == "Thành ủy Hà Nội"
    assert people(text, province="Hồ Chí Minh")["Lê Văn Dũng"]["organization"] == "Thành ủy Thành phố Hồ Chí Minh"
    assert people(text, province="Điện Biên")["Lê Văn Dũng"]["organization"] is None  # a provincial city: unnamed


def test_body_named_short_is_the_one_body_of_the_article_it_opens_with_a_place():
    o = people("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Điện Biên tổ chức Đại lễ Phật đản. Đại đức Thích "
               "Nguyên Hải, Chánh Thư ký Ban Trị sự, cho biết năm qua có 3 ngôi chùa được trùng tu.")
    assert o["Thích Nguyên Hải"]["organization"] == "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Điện Biên"


def test_body_named_short_with_two_longer_bodies_stays_as_written():
    o = people("Trung tâm Y tế huyện Mường Chà và Trung tâm Y tế huyện Tủa Chùa phối hợp khám bệnh. Ông Lò Văn "
               "Hải, Giám đốc Trung tâm Y tế, cho biết đã khám cho 500 người.")
    assert o["Lò Văn Hải"]["organization"] == "Trung tâm Y tế"


def test_police_chief_of_a_commune_not_named_keeps_the_level_in_the_title():
    o = people("Trưởng Công an xã Vừ A Sếnh cho biết lực lượng đã thu giữ 2 bánh heroin.")
    assert o["Vừ A Sếnh"]["title"] == "Trưởng Công an xã"
    assert o["Vừ A Sếnh"]["organization"] is None
    o = people("Theo Phó trưởng Công an huyện, ông Lò Văn Khoa, vụ việc đang được điều tra.")
    assert o["Lò Văn Khoa"]["title"] == "Phó trưởng Công an huyện"
    o = people("Trưởng Công an xã Nà Tấu Lò Văn Khoa cho biết.")
    assert o["Lò Văn Khoa"]["organization"] == "Công an xã Nà Tấu"


def test_lao_visitor_with_a_five_syllable_name_is_read_whole():
    o = people("Đoàn công tác tỉnh Điện Biên đến thăm tỉnh Phông Xa Lỳ. Tiếp đoàn có ông Khăm Phăn Phôm Ma "
               "Thắt, Phó Tỉnh trưởng tỉnh Phông Xa Lỳ.")
    assert list(o) == ["Khăm Phăn Phôm Ma Thắt"]
    assert o["Khăm Phăn Phôm Ma Thắt"]["title"] == "Phó Tỉnh trưởng tỉnh Phông Xa Lỳ"


def test_religious_post_written_with_a_capital_is_a_post_and_in_lower_case_a_verb():
    o = people("Dự lễ có Hòa thượng Thích Minh Đức, Chứng minh Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh "
               "Điện Biên.")
    assert o["Thích Minh Đức"]["title"] == \
        "Hòa thượng; Chứng minh Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Điện Biên"
    assert o["Thích Minh Đức"]["organization"] == "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Điện Biên"
    o = people("Kết quả đó chứng minh Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Điện Biên đã làm tốt, "
               "Thượng tọa Thích Thanh Hải nói.")
    assert o["Thích Thanh Hải"]["title"] == "Thượng tọa"


def test_a_two_word_place_opening_a_holders_name_after_a_level_is_the_name():
    # "Dương Đức" is a gazetteer place; here it opens the holder's three-syllable name
    found = people("Phó Chủ tịch Thường trực UBND thành phố Dương Đức Tuấn chủ trì cuộc họp.", "Hà Nội")
    assert list(found) == ["Dương Đức Tuấn"]
    assert list(people("Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp phát biểu.")) == ["Trần Văn Hiệp"]


def test_a_doctor_with_an_office_is_titled_by_the_office():
    # GOLD.md: the title is the post, no honorific; a profession is the title only when it is all
    found = people("Bác sĩ Trần Văn Long, Giám đốc Bệnh viện Đa khoa tỉnh cho biết bệnh viện đã có thêm "
                   "máy thở. Bác sĩ Nguyễn Văn Tâm cho biết bệnh nhi đã qua cơn nguy kịch.", "Quảng Trị")
    assert found["Trần Văn Long"]["title"] == "Giám đốc Bệnh viện Đa khoa tỉnh Quảng Trị"
    assert found["Trần Văn Long"]["organization"] == "Bệnh viện Đa khoa tỉnh Quảng Trị"
    assert found["Nguyễn Văn Tâm"]["title"] == "Bác sĩ"


def test_body_the_organisation_list_finds_right_after_a_post_after_the_name_is_the_officials():
    o = people("Ông Lò Văn Hùng, Phó Tổng Giám đốc kiêm Giám đốc Khối Khách hàng cá nhân VPBank cho biết "
               "gói vay mới áp dụng từ tháng 5.")
    assert o["Lò Văn Hùng"]["organization"] == "VPBank"


def test_board_member_named_in_lower_case_before_the_company_is_of_that_company():
    o = people("Bà Quàng Thị Lan, thành viên độc lập Hội đồng quản trị VPBank, không dự họp.")
    assert o["Quàng Thị Lan"]["organization"] == "VPBank"


def test_body_after_a_verb_of_speech_is_not_the_post_holders():
    o = people("Ông Lò Văn Hùng, Giám đốc cho biết VPBank sẽ mở thêm 3 chi nhánh.")
    assert o["Lò Văn Hùng"]["organization"] is None


def test_body_after_the_comma_that_closes_a_bare_post_is_not_the_post_holders():
    o = people("Ông Lò Văn Hùng, Giám đốc, nói VPBank sẽ mở thêm 3 chi nhánh.")
    assert o["Lò Văn Hùng"]["organization"] is None


def test_company_post_without_body_belongs_to_the_body_the_name_is_introduced_by():
    o = people("Đại diện Vinamilk, bà Quàng Thị Lan, Phó Giám đốc Marketing cho biết công ty sẽ tặng sữa "
               "cho học sinh vùng cao.")
    assert o["Quàng Thị Lan"]["organization"] == "Vinamilk"


@pytest.mark.parametrize("text", [
    "Ông Lò Văn Hùng, Giám đốc Việt Nam, Lào và Campuchia của Vinamilk cho rằng thị trường tăng mạnh.",
    "Ông Lò Văn Hùng, Giám đốc điều hành của mạng lưới phân phối sữa học đường Vinamilk, cho biết như vậy.",
])
def test_company_post_closed_by_the_one_body_of_the_sentence_after_a_link_is_of_that_body(text):
    assert people(text)["Lò Văn Hùng"]["organization"] == "Vinamilk"


@pytest.mark.parametrize("text", [
    "Theo ông Lò Văn Hùng, CEO của một công ty tư vấn nhỏ, không hãng nào cạnh tranh được với Vinamilk.",
    "Sản phẩm của Vinamilk, theo ông Lò Văn Hùng, Giám đốc, rất được ưa chuộng.",
    "Ông Lò Văn Hùng, Giám đốc sản xuất Mường Thanh cho biết Vinamilk đã ký hợp đồng.",
])
def test_the_one_body_of_the_sentence_elsewhere_is_not_the_company_posts(text):
    assert people(text)["Lò Văn Hùng"]["organization"] is None
