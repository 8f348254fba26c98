"""Organisations named in sentence case: the capitalised first domain, then a lower-case one that
still belongs to the name ("Ban Bảo vệ rừng", "Vụ Quy hoạch kiến trúc")."""

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Quảng Trị"):
    return [m.name for m in extract_organizations(analyse(text), province)]


def test_a_lower_case_domain_closes_a_board_name():
    assert names("Theo Ban Bảo vệ rừng, đám cháy đã được dập tắt.") == ["Ban Bảo vệ rừng"]


def test_a_lower_case_domain_before_the_parent_body():
    found = names("Đại diện Vụ Quản lý đô thị Bộ Xây dựng trình bày báo cáo.")
    assert found[0] == "Vụ Quản lý đô thị Bộ Xây dựng"


def test_a_council_named_by_a_lower_case_domain_and_its_country():
    assert names("Chương trình được Hội đồng giáo dục Đại học Hoa Kỳ kiểm định.") == \
        ["Hội đồng giáo dục Đại học Hoa Kỳ"]


def test_a_verb_after_the_name_is_not_taken_in():
    assert names("Sở Xây dựng kiểm tra các công trình ven biển.") == ["Sở Xây dựng tỉnh Quảng Trị"]


def test_a_domain_after_a_lower_case_word_is_not_taken_in():
    assert names("Sở Y tế chỉ đạo công tác y tế dự phòng.") == ["Sở Y tế tỉnh Quảng Trị"]


def test_two_lower_case_domains_joined_by_va_close_a_research_institute():
    assert names("Theo ông Hoàng Văn Thái, nguyên Viện trưởng Viện Nghiên cứu biển và hải đảo, triều cường sẽ lên cao.") \
        == ["Viện Nghiên cứu biển và hải đảo"]


def test_va_before_something_other_than_a_domain_ends_the_name():
    assert names("Ban Bảo vệ rừng và các hộ dân đã ký cam kết giữ rừng.") == ["Ban Bảo vệ rừng"]


def test_ministry_departments_whose_names_go_on_in_lower_case_are_read_whole():
    assert names("Bộ giao Vụ Thị trường ngoài nước và các đơn vị liên quan hỗ trợ doanh nghiệp.") == \
        ["Vụ Thị trường ngoài nước"]
    assert names("Cục Công Thương địa phương được giao phối hợp với các sở nắm bắt kiến nghị.") == \
        ["Cục Công Thương địa phương"]
    assert names("Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công phát biểu tại hội nghị.") == \
        ["Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"]


def test_a_research_institute_named_for_a_lower_case_field_is_read_whole():
    assert names("Viện Nghiên cứu Quản lý kinh tế Trung ương vừa công bố báo cáo.") == \
        ["Viện Nghiên cứu Quản lý kinh tế Trung ương"]
    assert names("Ông Trần Văn An, Viện trưởng Viện Đổi mới sáng tạo, cho biết đề tài đã hoàn thành.") == \
        ["Viện Đổi mới sáng tạo"]


def test_an_office_named_for_land_or_tax_is_read_whole():
    assert names("Tổng cục Quản lý đất đai đã gửi văn bản hướng dẫn.") == ["Tổng cục Quản lý đất đai"]
    assert names("Phòng Quản lý thuế số 2 đã hướng dẫn các hộ kinh doanh kê khai.") == ["Phòng Quản lý thuế số 2"]


def test_a_body_named_for_a_river_delta_is_read_whole():
    assert names("Viện Lúa Đồng bằng sông Cửu Long vừa công bố giống lúa mới.") == ["Viện Lúa Đồng bằng sông Cửu Long"]
    assert names("Các tỉnh Đồng bằng sông Cửu Long chịu hạn mặn.") == []


def test_a_world_body_goes_on_over_its_continent_in_lower_case():
    assert names("Theo Cục Cảnh sát châu Âu, nhóm tin tặc đã bị triệt phá.") == ["Cục Cảnh sát châu Âu"]


def test_a_world_body_goes_on_over_the_world_in_lower_case():
    assert names("Ủy ban Di sản thế giới ghi danh khu rừng vào danh sách.") == ["Ủy ban Di sản thế giới"]
