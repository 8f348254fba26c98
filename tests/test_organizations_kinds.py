"""Organisations: a kind of institution and its own name, standard bodies written in lower case,
and a body named again by the initials it was given in brackets."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Lai Châu"):
    return [m.name for m in extract_organizations(analyse(text), province)]


def test_a_standard_body_written_in_lower_case_is_a_name_by_itself():
    found = names("Theo số liệu của Tổng cục quản lý thị trường, hàng giả đã giảm.")
    assert [n.lower() for n in found] == ["tổng cục quản lý thị trường"]


def test_a_lower_case_kind_of_school_before_its_name():
    assert [n.lower() for n in names("Học sinh trường mầm non Sao Mai được tặng quà.")] == \
        ["trường mầm non sao mai"]


def test_a_lower_case_kind_before_a_name_in_capitals():
    found = names("Học sinh trường THPT NTT Mường Lay đạt giải nhì.")
    assert [n.lower() for n in found] == ["trường trung học phổ thông ntt mường lay"]


def test_a_school_of_two_levels_written_with_an_ampersand():
    found = names("Nam sinh trường TH&THCS Nậm Cuổi được khen thưởng.")
    assert [n.lower() for n in found] == ["trường tiểu học và trung học cơ sở nậm cuổi"]



def test_a_kind_of_institution_without_its_own_name_is_no_body():
    assert names("Tỉnh mời các viện nghiên cứu, Trường Đại học tham gia khảo sát.") == []
    assert names("Khu cách ly dự phòng đặt tại Trường Cao đẳng Nghề.") == []


def test_a_kind_with_its_name_is_still_a_body():
    assert "Trường Cao đẳng nghề Lai Châu" in names("Trường Cao đẳng nghề Lai Châu tuyển sinh.")


def test_a_group_named_like_a_person_is_the_group_name():
    assert "Tập đoàn Hoàng Long Phát" in names("Cổ phiếu của Tập đoàn Hoàng Long Phát tăng mạnh.")


def test_initials_given_in_brackets_name_the_same_body():
    found = names("Ngân hàng Phát triển châu Á (ADB) cho tỉnh vay vốn làm đường. "
                  "ADB cũng hỗ trợ kỹ thuật cho dự án.")
    assert set(found) == {"Ngân hàng Phát triển châu Á"}


def test_initials_of_another_body_stay_apart():
    found = names("Tổ chức Lương thực và Nông nghiệp Liên hợp quốc hỗ trợ giống. UNICEF tặng sách vở.")
    assert "UNICEF" in found


def test_a_standard_body_in_lower_case_with_its_place():
    found = names("Đoàn công tác kiểm tra khu cách ly tại trung tâm y tế huyện Mường Tè.")
    assert [n.lower() for n in found] == ["trung tâm y tế huyện mường tè"]


def test_lower_case_words_before_a_place_are_no_body():
    assert names("Người dân tập trung ở trung tâm hành chính huyện Mường Tè và trung tâm xã Ka Lăng.") == []


def test_a_kind_closing_the_text_is_read_within_it():
    assert names("Thầy giáo dạy ở Trường Tiểu học") == []


def test_initials_after_a_longer_name_never_name_its_tail():
    found = names("Trưởng đại diện Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) tại Việt Nam "
                  "trao bằng. UNESCO sẵn sàng đồng hành.")
    assert "Liên hợp quốc" not in found and "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc" in found


def test_initials_after_a_body_named_as_whose_figures_name_that_body_again():
    found = names("Theo thống kê của Quỹ Nhi đồng Liên hợp quốc (UNICEF), tỷ lệ trẻ thấp còi giảm. "
                  "UNICEF sẽ hỗ trợ thêm cho tỉnh.")
    assert found == ["Quỹ Nhi đồng Liên hợp quốc"] * 2


def test_initials_after_a_name_closed_by_cua_and_a_larger_body_stay_apart():
    found = names("Đoàn chuyên gia của Chương trình Phát triển của Liên hợp quốc (UNDP) đến tỉnh. "
                  "UNDP cam kết hỗ trợ.")
    assert "UNDP" in found  # not read as "Liên hợp quốc", the tail the bracket follows


def test_a_low_unit_in_lower_case_alone_is_a_kind():
    assert names("Đội cảnh sát giao thông tăng cường tuần tra trên tuyến.") == []


def test_a_school_of_two_levels_is_read_whole():
    assert "Trường Tiểu học và Trung học cơ sở Nậm Cuổi 2" in names(
        "Cô được điều về làm hiệu phó Trường Tiểu học và THCS Nậm Cuổi 2.")


def test_a_commune_health_station_takes_the_commune_named_before():
    found = names("Bệnh nhân ở xã Nậm Tăm, huyện Sìn Hồ. Gia đình đã báo cho Trạm Y tế xã để lấy mẫu.")
    assert "Trạm Y tế xã Nậm Tăm" in found


def test_initials_after_a_name_that_opens_the_sentence():
    found = names("Theo Tổ chức Y tế Thế giới (WHO), trẻ em cần ngủ đủ giấc. WHO khuyến cáo hạn chế màn hình.")
    assert set(found) == {"Tổ chức Y tế Thế giới"}


def test_a_ward_whose_name_opens_with_a_country_is_read_whole():
    assert names("UBND phường Mỹ Đình đã kiểm tra các cơ sở kinh doanh.", "Hà Nội") == \
        ["Ủy ban nhân dân phường Mỹ Đình"]


def test_wards_and_districts_named_by_a_number():
    assert names("Công an quận 7 đã phối hợp với UBND Phường 12 và UBND phường Mỹ Đình 2, quận Nam "
                 "Từ Liêm.", "Hồ Chí Minh") == \
        ["Công an quận 7", "Ủy ban nhân dân Phường 12", "Ủy ban nhân dân phường Mỹ Đình 2"]


def test_a_count_after_a_place_is_not_part_of_its_name():
    assert names("UBND xã Thanh Hà 2 năm qua đã làm tốt công tác dân vận.", "Hà Nội") == \
        ["Ủy ban nhân dân xã Thanh Hà"]


def test_party_committees_of_the_provinces_agencies_are_read_whole():
    assert names("Đảng ủy Khối các cơ quan tỉnh và Đảng ủy các cơ quan Đảng tỉnh đã ký kết quy chế.",
                 "Điện Biên") == ["Đảng ủy Khối các cơ quan tỉnh Điện Biên", "Đảng ủy các cơ quan Đảng tỉnh Điện Biên"]


def test_a_provincial_department_in_national_news_without_a_place_is_no_one_body():
    assert names("Bộ Y tế đề nghị UBND các tỉnh chỉ đạo Sở Y tế phối hợp tuyên truyền.", None) == ["Bộ Y tế"]
    assert names("Sở Y tế Hà Nam cho biết đã cấp đủ thuốc.", None) == ["Sở Y tế tỉnh Hà Nam"]


def test_the_2025_regional_offices_keep_their_region():
    assert names("Tòa án nhân dân khu vực 2 - Quảng Trị xét xử vụ án do Viện kiểm sát nhân dân khu vực 3 truy "
                 "tố; Bảo hiểm xã hội khu vực XI đã chi trả.", "Quảng Trị") == \
        ["Tòa án nhân dân khu vực 2 - Quảng Trị", "Viện kiểm sát nhân dân khu vực 3", "Bảo hiểm xã hội khu vực XI"]
    assert names("Chi cục Thuế khu vực Tuần Giáo - Mường Ảng thu vượt dự toán.", "Điện Biên") == \
        ["Chi cục Thuế khu vực Tuần Giáo - Mường Ảng"]


def test_youth_unions_of_a_city_and_a_district():
    assert names("Thành đoàn Hà Nội và Huyện đoàn Lệ Thủy ký kết giao ước thi đua.", "Quảng Bình") == \
        ["Thành đoàn Hà Nội", "Huyện đoàn Lệ Thủy"]


def test_a_school_of_two_levels_joined_by_va_is_one_school():
    found = names("Sáng 5/9, Trường THCS và THPT Quyết Tiến tổ chức lễ khai giảng năm học mới.")
    assert found == ["Trường Trung học cơ sở và Trung học phổ thông Quyết Tiến"]


def test_a_boarding_school_of_two_levels_is_one_school():
    found = names("Cô Lò Thị Mai, giáo viên Trường PTDTBT Tiểu học và THCS Pa Vệ Sủ, cho biết.")
    assert found == ["Trường Phổ thông Dân tộc bán trú Tiểu học và Trung học cơ sở Pa Vệ Sủ"]


def test_two_schools_joined_by_va_stay_two():
    found = names("Trường THCS Kim Đồng và Trường THPT Nậm Tăm nhận cờ thi đua.")
    assert found == ["Trường Trung học cơ sở Kim Đồng", "Trường Trung học phổ thông Nậm Tăm"]


def test_other_schools_of_two_levels_are_no_school():
    found = names("Mô hình được thí điểm tại Trường THPT Mường Nhé và các trường THCS và THPT khác trên địa bàn tỉnh.")
    assert found == ["Trường Trung học phổ thông Mường Nhé"]


def test_a_kind_of_school_of_a_country_is_no_school():
    assert names("Là một trường đại học Hoa Kỳ, trường đào tạo chương trình MBA cho người đi làm.") == []
    assert names("Tỉnh thí điểm chương trình song bằng THCS Việt Nam và chứng chỉ quốc tế.") == []


def test_a_school_named_for_two_countries_or_its_nation_stays_a_school():
    assert names("Trường Đại học Việt Đức tuyển 1.200 sinh viên.") == ["Trường Đại học Việt Đức"]
    assert names("Đại học Quốc gia Việt Nam công bố điểm chuẩn.") == ["Đại học Quốc gia Việt Nam"]


def test_international_bodies_of_a_continent_or_the_world_are_whole_names():
    found = names("Ủy ban châu Âu và Tổ chức Thương mại Thế giới cùng đánh giá. Cơ quan Năng lượng quốc tế (IEA) dự báo giá dầu tăng.")
    assert "Ủy ban châu Âu" in found and "Tổ chức Thương mại Thế giới" in found
    assert "Cơ quan Năng lượng quốc tế" in found


@pytest.mark.parametrize("text", [
    "Học sinh lớp 12 chuẩn bị bước vào kỳ thi tốt nghiệp THPT Quốc gia.",
    "Năm nay em thi THPT Quốc gia và xét tuyển đại học.",
])
def test_a_national_exam_named_by_its_school_level_is_no_school(text):
    assert names(text) == []


def test_a_national_university_stays_a_body():
    assert "Đại học Quốc gia Hà Nội" in names("Đại học Quốc gia Hà Nội công bố điểm chuẩn năm nay.")
