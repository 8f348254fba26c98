"""Officials: foreign officials (hyphenated names, heads of state and provinces abroad) and a
holder's name given after the post in a dash or bracket. Sentences written for the test."""

from newsmine.facts.context import analyse, extract_officials
from newsmine.facts.names import find_names


def officials(text, province="Nghệ An"):
    return {o.name: o for o in extract_officials(analyse(text), province)}


def test_hyphenated_foreign_name_before_its_post():
    o = officials("Ông Lee Min-ho, Tổng lãnh sự Hàn Quốc tại Đà Nẵng, làm việc với tỉnh.")
    assert o["Lee Min-ho"].title == "Tổng lãnh sự Hàn Quốc tại Đà Nẵng"


def test_two_places_joined_by_a_hyphen_are_no_name():
    sentence = analyse("Bà Rịa-Vũng Tàu có nhiều cảng biển.")[0]
    assert all(end - begin == 1 for begin, end in find_names(sentence.words))


def test_head_of_state_named_with_the_country():
    assert officials("Tổng thống Philippines Ferdinand Marcos thăm Việt Nam.")["Ferdinand Marcos"].title \
        == "Tổng thống Philippines"


def test_post_of_a_province_abroad_keeps_the_province():
    o = officials("Ông Bun-thăm Xay-xổm-phon, Phó Tỉnh trưởng tỉnh Hủa Phăn, dẫn đầu đoàn công tác.")
    assert o["Bun-thăm Xay-xổm-phon"].title == "Phó Tỉnh trưởng tỉnh Hủa Phăn"


def test_holder_named_after_the_post_between_dashes_or_in_brackets():
    o = officials("Phó Giám đốc Sở Y tế - bà Hồ Thị Thu - cho biết. Giám đốc Sở Tài chính (ông Phan Văn Hải) cũng dự.")
    assert o["Hồ Thị Thu"].organization == "Sở Y tế tỉnh Nghệ An"
    assert o["Phan Văn Hải"].organization == "Sở Tài chính tỉnh Nghệ An"


def test_foreign_head_of_government_named_short_is_not_of_the_vietnamese_government():
    o = officials("Thủ tướng Hà Lan Mark Rutte dự hội nghị. Thủ tướng Rutte cho biết nước này ủng hộ.")
    assert o["Mark Rutte"].organization is None


def test_vietnamese_head_of_government_named_short_keeps_the_government():
    assert officials("Thủ tướng Phạm Minh Chính thăm tỉnh.")["Phạm Minh Chính"].organization == "Chính phủ"
    assert officials("Phó Thủ tướng H'Liên Niê dự lễ.")["H'Liên Niê"].organization == "Chính phủ"


def test_post_closed_by_a_dash_before_a_rank_is_the_named_officers():
    o = officials("Chỉ huy trưởng Bộ CHQS tỉnh - Đại tá Trần Văn Hùng phát biểu.")["Trần Văn Hùng"]
    assert o.title == "Đại tá; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An"
    assert o.organization == "Bộ Chỉ huy Quân sự tỉnh Nghệ An"


def test_deputy_governor_is_of_the_state_bank():
    assert officials("Phó Thống đốc Đào Minh Tú dự hội nghị.")["Đào Minh Tú"].organization \
        == "Ngân hàng Nhà nước Việt Nam"


def test_foreign_leader_named_right_after_the_post_without_country_or_honorific():
    o = officials("Tại hội nghị, Thủ tướng Giorgia Meloni cam kết tăng chi tiêu. Tổng thư ký NATO Jens Stoltenberg hoan nghênh.")
    assert o["Giorgia Meloni"].title == "Thủ tướng"
    assert o["Giorgia Meloni"].organization is None
    assert o["Jens Stoltenberg"].title.startswith("Tổng thư ký NATO")


def test_a_firm_and_its_head_after_a_post_are_not_read_as_one_foreign_name():
    o = officials("Giám đốc điều hành Netflix Reed Hastings cho biết doanh thu tăng.")
    assert "Netflix Reed Hastings" not in o


def test_a_firm_after_the_post_of_a_person_named_before_is_no_foreign_name():
    o = officials("Ông Hoàng Văn Đức, Chủ tịch Sunrise Holdings phát biểu tại buổi lễ.")
    assert "Sunrise Holdings" not in o and "Hoàng Văn Đức" in o
    assert "Sri Lanka" not in officials("Đoàn gặp Phó Chủ tịch Quốc hội Sri Lanka, Tiến sĩ Rizwan Hameed.")


def test_foreign_names_listed_each_after_its_post_are_all_found():
    o = officials("Phía đối tác có Tổng Biên tập Ahmed Rashid, Giám đốc điều hành Kamal Perera, cùng nhiều phóng viên.")
    assert o["Kamal Perera"].title == "Giám đốc điều hành"
    assert o["Ahmed Rashid"].title == "Tổng Biên tập"


def test_a_foreign_name_going_on_after_a_particle_is_not_cut_to_two_words():
    assert "Sheikh Hamad" not in officials("Thủ tướng Sheikh Hamad bin Jassim điện đàm với lãnh đạo hai nước.")


def test_a_club_or_firm_after_the_post_is_no_name_when_the_holder_is_named_beside_it():
    o = officials("Chủ tịch Inter Milan, Giuseppe Marotta, phản đối. Ông Carlo Ancelotti (Huấn luyện viên Real Madrid) im lặng.")
    assert "Inter Milan" not in o and "Real Madrid" not in o
    assert "General Electric" not in officials("Các cựu giám đốc điều hành General Electric cũng tham gia dự án.")


def test_a_club_whose_name_ends_in_a_firms_or_clubs_word_is_no_foreign_name():
    assert "Leeds United" not in officials("Phó Chủ tịch Leeds United công bố kế hoạch mới của câu lạc bộ.")


def test_foreign_holder_named_after_a_comma_that_closes_the_post_and_its_body():
    o = officials("Chủ tịch Inter Milan, Giuseppe Marotta phản đối kế hoạch. Thủ tướng Anh, Keir Starmer hoan nghênh.")
    assert o["Giuseppe Marotta"].title == "Chủ tịch Inter Milan"
    assert o["Giuseppe Marotta"].organization == "Inter Milan"
    assert o["Keir Starmer"].title == "Thủ tướng Anh"


def test_the_country_anh_after_a_post_is_no_honorific():
    assert officials("Thủ tướng Anh Keir Starmer phát biểu.")["Keir Starmer"].title == "Thủ tướng Anh"
    assert officials("Bộ trưởng Y tế Anh Wes Streeting phát biểu.")["Wes Streeting"].title == "Bộ trưởng Y tế Anh"


def test_foreign_name_carried_on_by_a_particle_is_read_whole():
    o = officials("Chủ tịch Ủy ban châu Âu, bà Ursula von der Leyen, dự hội nghị. "
                  "Ngoại trưởng Oman, ông Badr bin Hamad al-Busaidi, cũng có mặt.")
    assert o["Ursula von der Leyen"].organization == "Ủy ban châu Âu"
    assert o["Badr bin Hamad al-Busaidi"].title == "Ngoại trưởng Oman"


def test_particle_name_after_a_country_and_comma_without_honorific():
    o = officials("Phái đoàn được Quốc vương Kuwait, Sheikh Sabah bin Khalid, tiếp tại cung điện.")
    assert o["Sheikh Sabah bin Khalid"].title == "Quốc vương Kuwait"


def test_foreign_minister_is_of_the_country_s_ministry_of_foreign_affairs():
    assert officials("Ngoại trưởng Hàn Quốc Park Jin-hee hội đàm với đoàn.")["Park Jin-hee"].organization \
        == "Bộ Ngoại giao Hàn Quốc"


def test_hyphenated_given_name_of_capitalised_foreign_parts():
    o = officials("Đại sứ Đức, ông Karl-Heinz Berger, thăm tỉnh.")
    assert o["Karl-Heinz Berger"].title == "Đại sứ Đức"


def test_post_with_its_field_and_country_before_a_comma_and_the_holder():
    o = officials("Bộ trưởng Thương mại Canada, Laura Dubois, cho biết hai bên đã ký kết.")
    assert o["Laura Dubois"].organization == "Bộ Thương mại Canada"


def test_one_capitalised_word_before_a_comma_is_a_place_not_the_holder():
    o = officials("Trước đề nghị của Brussels, Tổng thư ký NATO Karl Jensen cho biết sẵn sàng hỗ trợ.")
    assert o["Karl Jensen"].title == "Tổng thư ký NATO"


def test_post_with_its_field_then_a_foreign_holder_is_not_the_previous_holder_s():
    o = officials("Dự họp có Ngoại trưởng Mỹ Paul Whitman, Bộ trưởng Quốc phòng Henry Calder.")
    assert o["Paul Whitman"].title == "Ngoại trưởng Mỹ"
    assert o["Henry Calder"].title == "Bộ trưởng Quốc phòng"


def test_list_of_foreign_holders_each_after_a_post_with_its_field():
    o = officials("Lệnh cấm áp dụng với Bộ trưởng Tư pháp Mỹ Daniel Brooks, Bộ trưởng An ninh Nội địa "
                  "Rachel Moore, Giám đốc Tình báo Quốc gia Steven Clarke.")
    assert o["Daniel Brooks"].title == "Bộ trưởng Tư pháp Mỹ"
    assert o["Rachel Moore"].title == "Bộ trưởng An ninh Nội địa"
    assert "Steven Clarke" in o


def test_spokesperson_is_a_post():
    o = officials("Phó Phát ngôn viên Bộ Ngoại giao Trần Văn Hòa cho biết như vậy.")
    assert o["Trần Văn Hòa"].organization == "Bộ Ngoại giao"


def test_post_over_a_place_abroad_then_the_place_then_the_holder():
    o = officials("Thống đốc Oregon Kate Miller ký lệnh. Thị trưởng thành phố Lyon Anne Girard phát biểu.")
    assert o["Kate Miller"].title == "Thống đốc Oregon"
    assert o["Anne Girard"].title == "Thị trưởng thành phố Lyon"
    assert "Oregon Kate Miller" not in o


def test_three_foreign_words_after_a_post_not_held_over_a_place_are_not_split_as_place_and_name():
    assert "Abdul Aziz" not in officials("Bộ trưởng Tengku Abdul Aziz phát biểu tại diễn đàn.")


def test_ceo_is_a_company_post_with_the_brand_after_it():
    o = officials("Ông Peter Lang, CEO của Zentrix, cho biết hãng sẽ mở văn phòng. Bà Lê Thu Hà - CEO Hoa Sen Food chia sẻ.")
    assert o["Peter Lang"].organization == "Zentrix"
    assert o["Lê Thu Hà"].title.startswith("CEO")


def test_foreign_holder_after_an_academic_title_written_in_full():
    o = officials("Tiến sĩ Hendrik Vogel, Giám đốc Bệnh viện Charité, cho biết. Theo giáo sư Anna Kowalska, "
                  "Chủ tịch Công ty Polmed, giá thuốc tăng.")
    assert o["Hendrik Vogel"].organization == "Bệnh viện Charité"
    assert o["Anna Kowalska"].organization == "Công ty Polmed"


def test_foreign_source_of_a_quote_after_theo_with_the_post_after_the_name():
    o = officials('"Thị trường cà phê sẽ còn biến động", theo Daniel Weber, Giám đốc công ty tư vấn Coffee Link.')
    assert o["Daniel Weber"].title.startswith("Giám đốc")


def test_a_foreign_head_of_government_who_also_holds_a_ministry_has_the_main_posts_body_none():
    # GOLD.md: the body of the main (first) post; a foreign prime minister's post names no body
    o = officials("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Thái Lan Somchai Wongsawat đã gặp các đại biểu. "
                  "Bộ trưởng Quốc phòng Thái Lan Prawit Kittisak cho biết hai bên sẽ hợp tác.")
    assert o["Somchai Wongsawat"].organization is None
    assert o["Prawit Kittisak"].organization == "Bộ Quốc phòng Thái Lan"
    vietnamese = officials("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Trần Văn Khánh đã tiếp đoàn.")
    assert vietnamese["Trần Văn Khánh"].organization == "Chính phủ"


def test_foreign_name_opening_the_sentence_then_a_dash_and_the_post():
    o = officials("Daniel Weber - giám đốc điều hành của Northwind, cho biết công ty sẽ mở rộng sang châu Á.")
    assert o["Daniel Weber"].title == "Giám đốc điều hành Northwind"


def test_chamber_of_a_foreign_parliament_is_the_speakers_body():
    o = officials("Chủ tịch Hạ viện Nga Pyotr Tolstoy cảnh báo phương Tây.")
    assert o["Pyotr Tolstoy"].organization == "Hạ viện Nga"
    o = officials("Ông Sok An, Chủ tịch Thượng viện Campuchia, tiếp đoàn.")
    assert o["Sok An"].organization == "Thượng viện Campuchia"


def test_chamber_closes_the_name_of_its_committee():
    o = officials("Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ Bob Menendez cho biết dự luật sẽ được thông qua.")
    assert o["Bob Menendez"].organization == "Ủy ban Đối ngoại Thượng viện Mỹ"


def test_korean_name_of_three_syllables_after_a_post():
    o = officials("Trước trận giao hữu, HLV Choi Min Soo cho biết toàn đội đã sẵn sàng. "
                  "Chủ tịch Lee Jae Won của tập đoàn dự buổi lễ ký kết.")
    assert o["Choi Min Soo"].title == "HLV"
    assert o["Lee Jae Won"].title.startswith("Chủ tịch")


def test_vietnamese_syllables_after_a_korean_family_name_are_no_korean_name():
    assert "Kim Văn Tuấn" not in officials("Giám đốc Kim Văn Tuấn cho biết sẽ khắc phục.")
