"""A body an official's post names in full takes that name in the organisations list where the list
cut it (GOLD.md: a sub-unit written with its parent is one name); a body the list names nowhere is
not added."""

from newsmine.facts import extract_facts


def names(text, province="Cần Thơ"):
    return [m.name for m in extract_facts(text, province=province).organizations]


def test_a_sub_unit_written_with_its_parent_is_one_name():
    found = names("Bà Lê Thị Lan, Phó trưởng phòng Chính trị tư tưởng - Sở Giáo dục và Đào tạo TP. Cần Thơ "
                  "cho biết nhiều trường còn thiếu nước sạch.")
    assert "Phòng Chính trị tư tưởng - Sở Giáo dục và Đào tạo thành phố Cần Thơ" in found
    assert "Phòng Chính trị tư tưởng" not in found
    assert "Sở Giáo dục và Đào tạo thành phố Cần Thơ" in found


def test_a_name_the_list_cut_takes_the_posts_whole_name():
    found = names("Ông Trần Văn Bình, nguyên Giám đốc Bệnh viện Huyết học và Truyền máu Trung ương, phát biểu.")
    assert found == ["Bệnh viện Huyết học và Truyền máu Trung ương"]


def test_a_sub_units_later_short_mentions_take_the_whole_name():
    found = names("Ông Trần Văn Bình, Vụ trưởng Vụ Đào tạo chính quy, Tổng cục Giáo dục nghề nghiệp, "
                  "Bộ Lao động - Thương binh và Xã hội cho biết năm nay tuyển sinh tăng. Theo Vụ Đào tạo chính quy, 30 trường đã đăng ký.")
    assert "Vụ Đào tạo chính quy, Tổng cục Giáo dục nghề nghiệp, Bộ Lao động - Thương binh và Xã hội" in found
    assert "Vụ Đào tạo chính quy" not in found


def test_no_body_the_list_names_nowhere_is_added():
    assert names("Ông Trần Văn Bình, Trưởng Ban Kiểm soát, cho biết lợi nhuận tăng.") == []
    assert "Đảng ủy xã Tân Lập" not in names("Ông La Văn Dũng, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Lập cho biết "
                                            "xã có 5 thôn.", "Quảng Ninh")
    assert names("Bà Lê Thu Hà, Phó trưởng phòng quản lý thi, Sở Giáo dục và Đào tạo Hà Nội cho biết "
                 "kỳ thi diễn ra an toàn.", "Hà Nội") == ["Sở Giáo dục và Đào tạo thành phố Hà Nội"]


def test_a_firm_a_chairs_post_names_bare_is_a_body():
    # business news names a firm by its brand alone after its chair's or director's post
    found = names("Ông Lê Văn Tâm - Chủ tịch Hưng Khang cho biết doanh thu quý I tăng 12%.")
    assert "Hưng Khang" in found
    found = names("Bà Đỗ Thu Trang, Tổng giám đốc Marlowe Việt Nam, cho biết công ty sẽ tuyển thêm 200 người.")
    assert "Marlowe Việt Nam" in found


def test_a_project_a_product_or_a_branch_in_initials_after_a_post_is_no_firm_added():
    # a function or a product between the post and the name: the name is the project's or the product's
    assert "Orbiter" not in names("Ông Lê Văn Tâm, Giám đốc dự án Orbiter, cho biết thiết bị đã hoạt động.")
    # initials and a place: a local branch written short, which the gold names in full
    assert "HHDL Cần Thơ" not in names("Ông Lê Văn Tâm, Chủ tịch HHDL Cần Thơ, cho biết lượng khách tăng.")
