"""Officials: a company's post followed by the company's short Vietnamese name, as business news
writes it ("Chủ tịch X", "Phó Chủ tịch HĐQT X"). Sentences and company names written for the test."""

import pytest

from newsmine.facts.context import analyse, extract_officials


def officials(text, province="Điện Biên"):
    return {o.name: o for o in extract_officials(analyse(text), province)}


def test_chairman_of_a_company_named_short():
    o = officials("Bà Lò Thị Mai - Chủ tịch Phúc Khang cho biết lợi nhuận quý I tăng mạnh.")
    assert (o["Lò Thị Mai"].title, o["Lò Thị Mai"].organization) == ("Chủ tịch Phúc Khang", "Phúc Khang")


def test_board_post_before_a_company_named_short():
    o = officials("Ông Cà Văn Dũng, Phó Chủ tịch HĐQT Kim Tín, trả lời câu hỏi của cổ đông.")
    assert o["Cà Văn Dũng"].organization == "Kim Tín"
    assert o["Cà Văn Dũng"].title == "Phó Chủ tịch Hội đồng quản trị Kim Tín"


def test_function_written_in_capitals_is_no_company():
    o = officials("Ông Lò Văn Hùng, Giám đốc Kỹ thuật, cho biết máy mới đã chạy thử.")
    assert o["Lò Văn Hùng"].organization is None


def test_province_after_a_chairman_is_no_company():
    o = officials("Chủ tịch Điện Biên Lò Văn Tiến đề nghị các sở rà soát dự án.")
    assert o["Lò Văn Tiến"].organization != "Điện Biên"


def test_short_name_after_a_post_of_no_company_is_no_body():
    o = officials("Ông Lò Văn Hùng, Đội trưởng Phúc Khang, nhận giải phong cách.")
    assert o["Lò Văn Hùng"].organization is None


def test_group_named_without_its_legal_form_is_the_company_named_in_full():
    o = officials("Công ty CP Tập đoàn Phúc Khang vừa công bố báo cáo tài chính. Ông Cà Văn Dũng, "
                  "Chủ tịch HĐQT Tập đoàn Phúc Khang, cho biết doanh thu quý I tăng 12%.")
    assert o["Cà Văn Dũng"].organization == "Công ty cổ phần Tập đoàn Phúc Khang"


def test_company_named_by_its_name_alone_after_its_full_name():
    o = officials("Công ty TNHH Kim Tín đã khởi công nhà máy mới. Bà Lò Thị Mai - Chủ tịch Kim Tín "
                  "cho biết nhà máy sẽ chạy từ tháng 9.")
    assert o["Lò Thị Mai"].organization == "Công ty Trách nhiệm hữu hạn Kim Tín"


def test_group_without_a_company_named_in_full_stays_as_written():
    o = officials("Ông Cà Văn Dũng, Chủ tịch HĐQT Tập đoàn Phúc Khang, cho biết doanh thu quý I tăng 12%.")
    assert o["Cà Văn Dũng"].organization == "Tập đoàn Phúc Khang"


def test_company_named_after_a_place_gives_the_place_no_company():
    o = officials("Công ty TNHH Điện Biên vừa họp cổ đông. Ông Lò Văn Tiến, Chủ tịch UBND tỉnh Điện Biên, "
                  "dự họp.")
    assert o["Lò Văn Tiến"].organization == "Ủy ban nhân dân tỉnh Điện Biên"


def test_company_named_like_a_person_after_its_legal_form_written_out():
    # "phần hoàng" is a dictionary word, but the capital opens the company's own name
    o = officials("Ông Cà Văn Dũng, Chủ tịch HĐQT Công ty cổ phần Hoàng Anh Mường Thanh, cho biết lãi tăng.")
    assert set(o) == {"Cà Văn Dũng"}
    assert o["Cà Văn Dũng"].organization == "Công ty cổ phần Hoàng Anh Mường Thanh"


@pytest.mark.parametrize("text, person, body", [
    # an institute by its head and closing acronym
    (("Viện Nghiên cứu Dữ liệu số PKDS vừa mở khóa học. Ông Lò Văn Tiến, Giám đốc khu vực miền Bắc "
     "của Viện PKDS, cho biết khóa học miễn phí."), "Lò Văn Tiến", "Viện Nghiên cứu Dữ liệu số PKDS"),
    # a hospital without the words before its name
    (("Bệnh viện Hữu nghị Việt Xô tiếp nhận 12 ca cấp cứu. Ông Lò Văn Tiến, Giám đốc Bệnh viện Việt Xô "
     "cho biết các ca đã ổn định."), "Lò Văn Tiến", "Bệnh viện Hữu nghị Việt Xô"),
    # a company by its head and name
    (("Công ty cổ phần Xây dựng Kim Tín vừa họp cổ đông. Bà Lò Thị Mai, Kế toán trưởng Công ty Kim Tín, "
     "trình bày báo cáo tài chính."), "Lò Thị Mai", "Công ty cổ phần Xây dựng Kim Tín"),
])
def test_body_written_short_is_the_body_the_article_names_in_full(text, person, body):
    assert officials(text)[person].organization == body


def test_body_closed_by_a_place_is_no_short_form_of_another_body_of_that_place():
    o = officials("Trường Đại học Bách khoa Điện Biên tuyển 500 sinh viên. Ông Lò Văn Tiến, Hiệu trưởng "
                  "Trường Đại học Điện Biên, cho biết trường tuyển 300.")
    assert o["Lò Văn Tiến"].organization == "Trường Đại học Điện Biên"


def test_unit_written_once_with_its_number_keeps_the_name_its_post_gives():
    o = officials("Các đơn vị trên đảo gồm Đồn Biên phòng 702 Hòn Mèo và Trạm Hải đăng Hòn Mèo. Thiếu tá Lò "
                  "Văn Tiến, Đồn trưởng Đồn Biên phòng Hòn Mèo, cho biết đơn vị đóng quân xa đất liền.")
    assert o["Lò Văn Tiến"].organization == "Đồn Biên phòng Hòn Mèo"


def test_board_post_before_a_bare_group_is_of_the_group_named_last():
    o = officials("Tập đoàn Kim Tín vừa họp đại hội cổ đông thường niên. Sau đại hội, ông Cà Văn Dũng giữ chức "
                  "Phó Chủ tịch HĐQT Tập đoàn, cùng Chủ tịch lo định hướng chiến lược.")["Cà Văn Dũng"]
    assert o.organization == "Tập đoàn Kim Tín"
    assert o.title == "Phó Chủ tịch Hội đồng quản trị Tập đoàn Kim Tín"


def test_board_post_before_a_bare_group_no_group_named_has_no_body():
    o = officials("Ông Cà Văn Dũng, Phó Chủ tịch HĐQT Tập đoàn, trả lời câu hỏi của cổ đông.")["Cà Văn Dũng"]
    assert o.organization is None


def test_brand_of_a_syllable_and_a_foreign_word_after_a_company_post():
    o = officials("Bà Lò Thị Mai, Phó Tổng giám đốc Sun Estate (thành viên của một tập đoàn lớn), cho biết dự án "
                  "đã mở bán.")["Lò Thị Mai"]
    assert (o.title, o.organization) == ("Phó Tổng giám đốc Sun Estate", "Sun Estate")


def test_capitalised_function_after_a_company_post_is_still_no_company():
    o = officials("Ông Lò Văn Hùng, Giám đốc Khối Marketing, cho biết sản phẩm mới bán chạy.")["Lò Văn Hùng"]
    assert o.organization is None
