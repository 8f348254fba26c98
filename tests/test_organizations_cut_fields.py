"""A head and one field word, cut before the lower-case rest of the name (org_article_names.without_cut_names)."""

from newsmine.facts.org_article_names import without_cut_names
from newsmine.facts.records import OrganizationMention
from org_helpers import mentions


def test_a_field_cut_before_its_lower_case_rest_is_dropped():
    text = "Sáng nay, Trạm Kiểm soát liên hợp cửa khẩu phối hợp với Sở Tài chính tỉnh Lạng Sơn kiểm tra hàng hóa."
    names = [m.name for m in without_cut_names(mentions(text, "Trạm Kiểm soát", "Sở Tài chính"), text)]
    assert names == ["Sở Tài chính"]


def test_a_scope_or_a_term_closes_the_name():
    text = ("Ngân hàng Nhà nước chi nhánh tỉnh đã làm việc; Ban Chấp hành Đảng bộ Công ty nhiệm kỳ 2020-2025 "
            "và Đảng ủy Kho bạc nhiệm kỳ mới cùng dự.")
    kept = without_cut_names(mentions(text, "Ngân hàng Nhà nước", "Đảng ủy Kho bạc"), text)
    assert [m.name for m in kept] == ["Ngân hàng Nhà nước", "Đảng ủy Kho bạc"]


def test_a_name_written_whole_elsewhere_is_kept():
    text = "Trạm Kiểm soát liên hợp làm việc. Theo Trạm Kiểm soát, hàng đã qua."
    first = text.index("Trạm Kiểm soát")
    second = text.index("Trạm Kiểm soát", first + 1)
    both = [OrganizationMention("Trạm Kiểm soát", "Trạm Kiểm soát", s, s + len("Trạm Kiểm soát")) for s in (first, second)]
    assert len(without_cut_names(both, text)) == 2


def test_a_verb_after_the_name_keeps_it():
    text = "Học viện Hành chính khuyến cáo học viên nộp hồ sơ sớm; Hội Nông dân tổ chức hội thảo."
    kept = without_cut_names(mentions(text, "Học viện Hành chính", "Hội Nông dân"), text)
    assert [m.name for m in kept] == ["Học viện Hành chính", "Hội Nông dân"]
