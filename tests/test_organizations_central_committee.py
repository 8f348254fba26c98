"""The Party's central committee by the name the article writes (org_article_names.with_central_committee)."""

from newsmine.facts.steps import run_plain


def _names(text: str) -> list[str]:
    return [o.name for o in run_plain(text, None).organizations]


def test_the_short_name_alone_stays_as_written():
    text = ("Hội nghị quán triệt các quyết định của Trung ương Đảng về công tác cán bộ; "
            "Sở Nội vụ tỉnh Lạng Sơn báo cáo kết quả thực hiện.")
    names = _names(text)
    assert "Trung ương Đảng" in names
    assert "Ban Chấp hành Trung ương Đảng" not in names


def test_the_short_name_beside_the_full_one_is_that_body():
    text = ("Tỉnh ủy triển khai Nghị quyết của Ban Chấp hành Trung ương Đảng khóa XIII. "
            "Theo kết luận của Trung ương Đảng, các tỉnh phải hoàn thành trong năm.")
    names = _names(text)
    assert "Ban Chấp hành Trung ương Đảng" in names
    assert "Trung ương Đảng" not in names
