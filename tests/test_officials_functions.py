"""Officials: a company's post, then a long function, then the body it serves in after a link word
("của", "tại", a comma or a dash). Sentences written for the test."""

from newsmine.facts.context import analyse, extract_officials


def officials(text, province="Điện Biên"):
    return {o.name: o for o in extract_officials(analyse(text), province)}


def test_function_with_a_word_that_is_a_verb_elsewhere_before_of_the_company():
    o = officials("Ông Lò Văn Khánh, Giám đốc phân tích của Công ty Chứng khoán Tây Bắc, nhận định thị trường.")
    assert o["Lò Văn Khánh"].organization == "Công ty Chứng khoán Tây Bắc"
    assert o["Lò Văn Khánh"].title == "Giám đốc phân tích của Công ty Chứng khoán Tây Bắc"


def test_function_of_four_lower_case_words_before_a_comma_and_the_company():
    o = officials("Theo bà Quàng Thị Mai, Giám đốc nghiên cứu phát triển, Công ty Mường Thanh, sản phẩm đã sẵn sàng.")
    assert o["Quàng Thị Mai"].organization == "Công ty Mường Thanh"


def test_function_naming_a_region_before_the_institute_it_serves():
    o = officials("Bà Lò Thị Vân, Giám đốc Chương trình Đông Nam Á tại Viện Nghiên cứu Phát triển, nhận định.")
    assert o["Lò Thị Vân"].organization == "Viện Nghiên cứu Phát triển"
    assert o["Lò Thị Vân"].title.startswith("Giám đốc Chương trình Đông Nam Á tại")


def test_function_with_a_dash_inside_and_before_the_bank():
    o = officials("Ông Cà Văn Dũng, Giám đốc Khách hàng - Đối tác - Ngân hàng Thương mại Cổ phần Á Châu trao quà.")
    assert o["Cà Văn Dũng"].organization == "Ngân hàng Thương mại Cổ phần Á Châu"


def test_verb_after_a_post_does_not_link_it_to_the_body_after_a_comma():
    o = officials("Ông Lò Văn Hùng, Giám đốc cho biết, Công ty Mường Thanh đã hoàn thành dự án.")
    assert o["Lò Văn Hùng"].organization is None


def test_verb_after_a_post_does_not_link_it_to_the_meeting_it_speaks_at():
    o = officials("Ông Lò Văn Hùng, Chủ tịch phát biểu tại Hội nghị Sao Mai.")
    assert o["Lò Văn Hùng"].organization is None



def test_foreign_brand_after_the_function_is_the_company():
    o = officials("Theo ông Kevin Brown, Phó Chủ tịch đầu tư mạng lưới của Facebook, công ty sẽ xây thêm cáp.")
    assert o["Kevin Brown"].organization == "Facebook"
    assert o["Kevin Brown"].title == "Phó Chủ tịch đầu tư mạng lưới của Facebook"


def test_brand_in_brackets_after_the_function_is_the_company():
    o = officials("Ông Lò Văn Tiến, Giám đốc Điều hành Marketing (Vinamilk) chia sẻ kế hoạch năm nay.")
    assert (o["Lò Văn Tiến"].title, o["Lò Văn Tiến"].organization) == ("Giám đốc Điều hành Marketing Vinamilk", "Vinamilk")


def test_place_in_brackets_after_the_function_is_no_body():
    o = officials("Ông Lò Văn Hùng, Giám đốc kinh doanh (Hà Nội) cho biết giá đã tăng.")
    assert o["Lò Văn Hùng"].organization is None


def test_brand_goes_on_across_an_ampersand():
    o = officials("Ông Doug Miller, giám đốc thương mại tại William Grant & Sons, nói giá sẽ tăng.")
    assert o["Doug Miller"].organization == "William Grant & Sons"


def test_brand_before_a_bracketed_parent_is_no_function():
    o = officials("Ông Kim Min Soo, Tổng giám đốc Hanwha Energy Việt Nam (Tập đoàn Hanwha - Hàn Quốc), phát biểu.")
    assert o["Kim Min Soo"].organization != "Tập đoàn Hanwha - Hàn Quốc"
    assert "Tập đoàn" not in o["Kim Min Soo"].title
