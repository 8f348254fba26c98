"""Bodies that were lost or cut short in provincial news: a head after a post written with
capitals, a bank's provincial branch (issue 12)."""

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Điện Biên"):
    return [m.name for m in extract_organizations(analyse(text), province)]


def test_a_school_after_a_capitalised_post_keeps_its_head():
    assert names("Ông Vũ Minh Khang, Phó Hiệu Trưởng Trường Đại học Tây Bắc, trao học bổng cho sinh viên.") \
        == ["Trường Đại học Tây Bắc"]
    assert names("Bà Lò Thị Mai, Hiệu Trưởng Trường Tiểu học Thanh Minh, cho biết năm học mới có 600 em.") \
        == ["Trường Tiểu học Thanh Minh"]


def test_a_head_syllable_inside_a_firms_name_after_a_post_opens_no_body():
    assert "Cảng Sài Gòn" not in names("Ông Hà Văn Sơn, Phó Giám đốc Tân Cảng Sài Gòn, cho biết tàu đã cập bến.")
