"""Personal names in a sentence's words: sentences written for the test."""

from newsmine.facts.context import analyse


def _full_names(text: str) -> list[str]:
    sentence = analyse(text)[0]
    return [" ".join(w.text for w in sentence.words[b:e]) for b, e in sentence.names if e - b > 1]


def test_two_syllables_that_name_a_place_are_no_person_without_an_honorific():
    assert _full_names("Công ty Cổ phần Dệt may Lạc Sơn tuyển thêm lao động.") == []
    assert _full_names("Ông Lạc Sơn, Giám đốc Sở Y tế cho biết.") == ["Lạc Sơn"]
    assert _full_names("Bà Lò Thị Sơn dự họp.") == ["Lò Thị Sơn"]


def test_a_surname_that_is_also_a_one_word_place_opens_a_name_after_a_level_word():
    assert _full_names("Phó Chủ tịch UBND tỉnh Lâm Minh Thành kiểm tra công trình.") == ["Lâm Minh Thành"]
    assert _full_names("Đoàn đến thăm xã Lâm Sơn.") == []


def test_a_given_name_that_opens_a_dictionary_word_with_the_next_syllable_stays_in_the_name():
    assert _full_names("Đại tá Bùi Quang Bình sinh năm 1978 tại xã Vũ Hòa.") == ["Bùi Quang Bình"]
    assert _full_names("Thủ tướng Phạm Minh Chính phát biểu tại hội nghị.") == ["Phạm Minh Chính"]
    assert _full_names("Bí thư Chi bộ Lưu Văn An sinh ra ở bản Nà Tấu.") == ["Lưu Văn An"]


def test_a_post_after_a_name_is_not_read_as_its_last_syllable():
    assert _full_names("Ông Lê Văn Hải Giám đốc Sở Tài chính tỉnh Sơn La ký quyết định.") == ["Lê Văn Hải"]
    assert _full_names("Ông Lò Văn Tiến Bộ trưởng Bộ Nội vụ dự họp.") == ["Lò Văn Tiến"]


def test_two_syllables_after_a_rank_are_a_name_even_when_a_place_has_it():
    assert _full_names("Đại úy Vũ Quang cảnh báo người dân cảnh giác.") == ["Vũ Quang"]
    assert _full_names("Đoàn đến thăm huyện Vũ Quang.") == []


def test_a_country_before_a_name_after_a_rank_is_not_part_of_the_name():
    assert "Mỹ Bradley Cooper" not in _full_names("Phó Đô đốc Mỹ Bradley Cooper cho biết.")


def test_a_two_word_place_that_opens_a_three_syllable_name_after_a_level_word_is_the_person():
    assert _full_names("Phó Chủ tịch UBND thành phố Dương Đức Tuấn chủ trì họp.") == ["Dương Đức Tuấn"]
    assert _full_names("Chủ tịch UBND xã Dương Đức Nguyễn Văn An cho biết.") == ["Nguyễn Văn An"]


def test_five_syllables_after_an_honorific_with_no_surname_first_are_one_foreign_name():
    assert _full_names("Ông Khăm Phăn Phôm Ma Thắt, Tỉnh trưởng tỉnh Xiêng Khoảng dự lễ.") == [
        "Khăm Phăn Phôm Ma Thắt"]
    assert _full_names("Ông Sổm Xạ Vạt Lềng Xa Vắt thăm trường.") == ["Sổm Xạ Vạt Lềng Xa Vắt"]


def test_a_long_foreign_name_after_its_country_is_read_whole_but_a_place_glued_in_front_is_not_a_name():
    assert _full_names("Phó Thủ tướng Lào Sổm Xạ Vạt Lềng Xa Vắt dự lễ.") == ["Sổm Xạ Vạt Lềng Xa Vắt"]
    assert _full_names("Bà Đắk Lắk Y Ngông Niê Kđăm dự lễ.") == ["Y Ngông Niê Kđăm"]


def test_a_long_foreign_name_right_before_its_post_is_read_whole_without_an_honorific():
    assert _full_names("Khăm Phăn Phôm Ma Thắt, Phó Tỉnh trưởng tỉnh Luông Pha Bang, phát biểu.") == [
        "Khăm Phăn Phôm Ma Thắt"]
    assert _full_names("Đoàn có Xổm Phăn Khăm Ma Vông - Phó Tỉnh trưởng tỉnh Phông Sa Lỳ.") == [
        "Xổm Phăn Khăm Ma Vông"]
    assert _full_names("Tại Hà Nội Nguyễn Văn An, Chủ tịch UBND xã, cho biết.") == ["Nguyễn Văn An"]


def test_a_preposition_that_is_also_a_surname_names_no_one_before_a_body_or_a_province():
    assert _full_names("Từ Sở Y tế tỉnh Gia Lai, đoàn công tác đến xã kiểm tra dịch bệnh.") == []
    assert _full_names("Từ Viện Brookings, ông John Carter nhận định tăng trưởng sẽ chậm lại.") == ["John Carter"]
    assert _full_names("Từ Gia Lai, đoàn xe cứu trợ đã lên đường.") == []
    assert _full_names("Ông Từ Văn Phúc, Chủ tịch UBND xã, cho biết.") == ["Từ Văn Phúc"]


def test_a_foreign_name_opening_the_sentence_before_its_post_is_read_without_an_honorific():
    assert _full_names("John Carter, giám đốc điều hành của Green Works, kêu gọi người dân tái chế.") == [
        "John Carter"]
    assert _full_names("“Thị trường sẽ hồi phục”, Helen Grant, Chủ tịch của Acme, cho biết.") == ["Helen Grant"]
    assert _full_names("Theo Dmitry Orlov, giám đốc Trung tâm nghiên cứu, giá dầu sẽ tăng.") == ["Dmitry Orlov"]


def test_a_vietnamese_word_or_a_firm_before_a_post_opening_the_sentence_is_no_foreign_name():
    assert _full_names("Ngoài Agnelli, chủ tịch câu lạc bộ cũng có mặt.") == []
    assert _full_names("Sở Y tế, Giám đốc sở cho biết.") == []
    assert _full_names("Tim Rowe cho biết thị trường sẽ hồi phục.") == []


def test_a_name_glued_to_the_next_word_or_to_its_honorific_is_read_without_it():
    assert _full_names("Phó Giám đốc Sở Y tế Lê Văn Tâmcho biết ca bệnh đã khỏi.") == ["Lê Văn Tâm"]
    assert _full_names("Bộ trưởng Nguyễn Văn Hùngđề nghị các tỉnh rà soát.") == ["Nguyễn Văn Hùng"]
    assert _full_names("BàLò Thị Hoa, Chủ tịch xã, cho biết.") == ["Lò Thị Hoa"]
