"""A foreign state body written in sentence case and closed by its country is one body (the
agencies of other countries are named with a generic head and their field in any case)."""

from newsmine.facts import extract_facts


def names(text):
    return [m.name for m in extract_facts(text).organizations]


def test_an_agency_named_in_sentence_case_up_to_its_country():
    assert names("Theo Cơ quan Thống kê Canada, giá tiêu dùng tháng 5 tăng 1,7%.") == ["Cơ quan Thống kê Canada"]
    assert names("Cơ quan bảo vệ môi trường Mỹ vừa công bố quy định mới về khí thải.") == \
        ["Cơ quan bảo vệ môi trường Mỹ"]


def test_a_name_cut_before_its_lower_case_words_goes_on_to_the_country():
    assert names("Bộ Y tế liên bang Đức khuyến cáo người dân tiêm nhắc lại.") == ["Bộ Y tế liên bang Đức"]


def test_an_army_named_by_its_country():
    assert names("Quân đội Myanmar thông báo gia hạn tình trạng khẩn cấp.") == ["Quân đội Myanmar"]


def test_no_body_without_a_field_or_with_a_clause_or_a_second_body():
    assert names("Lực lượng Nga tiếp tục tấn công.") == []
    assert names("Bộ phim Anh đoạt giải lớn tại liên hoan.") == []
    assert names("Cơ quan này còn đề nghị chính quyền Trung Quốc điều tra.") == []
    assert "Trung tâm Hội nghị quốc gia Mỹ" not in names("Trung tâm Hội nghị quốc gia Mỹ Đình đón khách.")
    found = names("Bộ Ngoại giao và Bộ Quốc phòng Mỹ ra tuyên bố chung.")
    assert "Bộ Ngoại giao và Bộ Quốc phòng Mỹ" not in found


def test_a_mission_or_a_countrys_association_abroad_is_named_with_its_seat():
    assert names("Đại sứ quán Việt Nam tại Hàn Quốc đã hỗ trợ các công dân.") == ["Đại sứ quán Việt Nam tại Hàn Quốc"]
    assert names("Hiệp hội Doanh nghiệp Việt Nam tại Vương quốc Anh tổ chức diễn đàn đầu tư.") == \
        ["Hiệp hội Doanh nghiệp Việt Nam tại Vương quốc Anh"]
    assert names("Ngân hàng Thế giới tại Việt Nam dự báo kinh tế phục hồi.") == ["Ngân hàng Thế giới"]


def test_a_missions_shorter_mentions_and_spellings_of_its_seat_are_one_body():
    found = names("Đại sứ quán Việt Nam tại Lào đã làm việc với phía bạn. Đại sứ quán Việt Nam cũng đề nghị hỗ trợ.")
    assert found == ["Đại sứ quán Việt Nam tại Lào"] * 2
    found = names("Hiệp hội Doanh nghiệp Việt Nam tại Vương quốc Anh tổ chức diễn đàn. "
                  "Hiệp hội Doanh nghiệp Việt Nam tại Anh có 200 hội viên.")
    assert set(found) == {"Hiệp hội Doanh nghiệp Việt Nam tại Vương quốc Anh"}


def test_in_news_from_abroad_a_bare_body_is_the_one_named_with_its_country():
    text = ("Căng thẳng biên giới giữa Peru và Chile leo thang.\n"
            "Bộ Ngoại giao Peru ngày 3/7 triệu tập đại sứ Chile. Người phát ngôn Bộ Ngoại giao cho biết "
            "Peru sẽ gửi công hàm phản đối.")
    assert [o["name"] for o in extract_facts(text).as_gold()["organizations"]] == ["Bộ Ngoại giao Peru"]


def test_at_home_a_bare_ministry_stays_the_vietnamese_one_beside_a_foreign_one():
    text = ("Tỉnh Tây Ninh siết chặt kiểm soát biên giới.\n"
            "Theo Bộ Y tế Campuchia, nước này ghi nhận thêm ca mắc. Bộ Y tế yêu cầu các tỉnh biên giới "
            "tăng cường giám sát người nhập cảnh. Các chốt kiểm soát của tỉnh làm việc suốt ngày đêm. "
            "Người dân được khuyến cáo khai báo y tế đầy đủ.")
    assert sorted(o["name"] for o in extract_facts(text).as_gold()["organizations"]) == \
        ["Bộ Y tế", "Bộ Y tế Campuchia"]


def test_a_head_whose_dictionary_word_goes_on_in_a_capital_still_opens_the_body():
    # "lực lượng vũ trang", "tòa án tối cao" are dictionary words; written with a capital they are
    # the field of a named body, not a common noun the head only begins
    assert names("Lực lượng Vũ trang Pháp sẽ cử hai tàu hộ tống tham gia cuộc tập trận.") == \
        ["Lực lượng Vũ trang Pháp"]
    assert names("Hôm qua, Tòa án Tối cao Brazil bác đơn kháng cáo của cựu bộ trưởng.") == \
        ["Tòa án Tối cao Brazil"]
    assert names("Lực lượng vũ trang Pháp sẽ cử hai tàu hộ tống.") == []


def test_quoc_gia_closes_a_foreign_body_as_its_country_would():
    assert names("Theo Cơ quan Chống Ma túy Quốc gia, lượng heroin thu giữ tăng gấp đôi.") == \
        ["Cơ quan Chống Ma túy Quốc gia"]
    assert names("Ủy ban Bầu cử quốc gia công bố kết quả kiểm phiếu vào tối thứ Bảy.") == \
        ["Ủy ban Bầu cử quốc gia"]


def test_no_national_body_without_a_capital_or_across_a_second_body_or_a_person():
    assert names("Cơ quan quản lý quốc gia vừa ra thông báo mới.") == []
    assert names("Đoàn công tác Séc đến thăm tỉnh.") == []
    assert "Bộ Tài chính và quỹ đầu tư quốc gia" not in names("Bộ Tài chính và quỹ đầu tư quốc gia đã ký thỏa thuận.")
    assert names("Bà Đoàn Thị Hà Lan nhận giải.") == []


def test_quoc_te_closes_an_international_body():
    assert names("Hai nước đã đưa tranh chấp ra Tòa án Trọng tài quốc tế ở La Haye.") == \
        ["Tòa án Trọng tài quốc tế"]
