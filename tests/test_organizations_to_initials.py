"""A name read cut before the rest that runs on to its initials in brackets
(org_article_names.with_names_to_initials)."""

from newsmine.facts.org_article_names import with_names_to_initials
from newsmine.facts.steps import run_plain
from org_helpers import mentions


def test_a_cut_name_runs_on_to_its_initials():
    text = "Năm nay, Trung tâm Phát thanh Việt Nam khu vực Tây Bắc (VTB9) sẽ mở thêm kênh mới cho đồng bào."
    names = [m.name for m in with_names_to_initials(mentions(text, "Trung tâm Phát thanh Việt Nam"), text)]
    assert names == ["Trung tâm Phát thanh Việt Nam khu vực Tây Bắc"]


def test_a_name_cut_at_a_place_runs_on_in_the_article():
    text = ("Hôm qua, Ngân hàng TMCP Việt Nam Hưng Thịnh (VHBank) ký hợp đồng với doanh nghiệp; "
            "đài phối hợp với Trung tâm Truyền hình Việt Nam khu vực Tây Bắc (VTV5) làm phóng sự.")
    names = [o.name for o in run_plain(text).organizations]
    assert "Ngân hàng TMCP Việt Nam Hưng Thịnh" in names
    assert "Trung tâm Truyền hình Việt Nam khu vực Tây Bắc" in names
    assert "Ngân hàng TMCP Việt Nam" not in names


def test_a_verb_a_second_body_or_a_figure_before_the_bracket_stops_it():
    text = ("Sở Y tế đã ghi nhận thêm ca bệnh (BN mới); Cục Thống kê và Ngân hàng Nhà nước tỉnh (NHNN) "
            "cùng dự; Bộ Tài chính cho biết mức thuế (VAT) giữ nguyên.")
    kept = with_names_to_initials(mentions(text, "Sở Y tế", "Cục Thống kê", "Bộ Tài chính"), text)
    assert [m.name for m in kept] == ["Sở Y tế", "Cục Thống kê", "Bộ Tài chính"]


def test_a_brand_before_a_product_in_brackets_stays_as_it_is():
    text = "Điện thoại mới vẫn dùng Google Mobile Services (GMS) như bản trước."
    kept = with_names_to_initials(mentions(text, "Google"), text)
    assert [m.name for m in kept] == ["Google"]


def test_initials_of_a_second_body_after_a_dash_are_not_the_first_ones():
    text = "Sản phẩm do Công ty cổ phần Dược Bình Minh - Thành viên Hiệp hội Dược (AHA) phân phối."
    kept = with_names_to_initials(mentions(text, "Công ty cổ phần Dược Bình Minh"), text)
    assert [m.name for m in kept] == ["Công ty cổ phần Dược Bình Minh"]
