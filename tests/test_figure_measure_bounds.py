"""Where a measure starts and ends: it runs on across a comma that joins two words of one thing
("phòng, chống", "cán bộ, công chức") and stops at any other comma; a sentence adverbial that
opens the clause before a figure ("Ví dụ", "Giờ đây,") is no part of it."""

from newsmine.facts.figures import extract_figures


def only(text: str):
    """The one figure of `text`."""
    figures = extract_figures(text)
    assert len(figures) == 1, [f.text for f in figures]
    return figures[0]


def test_a_counted_noun_written_as_a_pair_with_a_comma_takes_both():
    f = only("Huyện bố trí 12 tổ chốt chặn ở các đường mòn, lối mở trên tuyến biên giới.")
    assert "đường mòn, lối mở trên tuyến biên giới" in f.measure


def test_what_is_said_of_a_counted_noun_runs_on_across_a_pair():
    f = only("Xã có 15 cán bộ lãnh đạo, quản lý được bồi dưỡng kiến thức mới.")
    assert f.measure == "cán bộ lãnh đạo, quản lý được bồi dưỡng kiến thức mới"
    f = only("Quỹ khuyến học trao 300 suất học bổng cho học sinh, sinh viên vượt khó.")
    assert "học sinh, sinh viên vượt khó" in f.measure


def test_a_comma_that_joins_no_pair_still_ends_what_is_said():
    f = only("Đoàn kiểm tra phát hiện 5 cơ sở kinh doanh vi phạm, lập biên bản xử lý.")
    assert "lập biên bản" not in f.measure
    f = only("Tỉnh đã tiêm 2.000 liều vắc xin cho cán bộ, sau đó mở rộng cho người dân.")
    assert "sau đó" not in f.measure


def test_a_sentence_adverbial_opening_the_clause_is_no_scope():
    first, _ = extract_figures("Ví dụ 10 con gà thì chỉ có khoảng 7 con sống sót.")
    assert first.measure == "con gà"
    f = only("Giờ đây, chỉ còn 3 hợp tác xã giữ nghề dệt thổ cẩm.")
    assert "Giờ đây" not in f.measure and f.measure.startswith("hợp tác xã")
    f = only("Qua tìm hiểu, đây là 2 cây cổ thụ được trồng từ thời Pháp.")
    assert "tìm hiểu" not in f.measure
