"""The clause before a counted noun longer than MAX_SCOPE_WORDS: kept as the noun's scope when it
reads as one clause whose verb takes the noun ("Kiểm lâm huyện … đã cùng người dân … thả 25 cá thể
rùa"), left out when it holds a clause break, is opened by a place, time or cause word or by a
quantity noun, or ends with a preposition (the number then stands inside a noun phrase)."""

from figure_helpers import only
from newsmine.facts.figures.long_scope import _scope_fits


def test_a_long_clause_whose_verb_takes_the_counted_noun_scopes_it():
    f = only("Kiểm lâm huyện Sơn Động đã cùng người dân trong thôn thả 25 cá thể rùa về rừng.")
    assert f.measure.startswith("cá thể rùa về rừng")
    assert "Kiểm lâm huyện Sơn Động" in f.measure and "thả" in f.measure


def test_a_long_noun_phrase_ending_with_a_preposition_is_no_scope():
    f = only("Lớp tập huấn mời chủ tịch các hợp tác xã thuộc 9 xã vùng cao tham dự.")
    assert f.measure == "xã vùng cao tham dự"


def test_a_long_clause_holding_a_clause_break_is_no_scope():
    f = only("Nhà hảo tâm ở nhiều tỉnh được vận động nhưng chỉ có 40 hộ nghèo được nhận quà.")
    assert f.measure == "hộ nghèo được nhận quà"


def test_a_long_clause_opened_by_a_place_or_a_quantity_noun_is_no_scope():
    assert _scope_fits("Kiểm lâm huyện Sơn Động đã cùng người dân trong thôn thả")
    f = only("Tại thôn Đồng Bài xã Tân Sỏi đã thành lập 5 tổ tự quản về an ninh.")
    assert f.measure == "tổ tự quản về an ninh"
    assert not _scope_fits("Số lượng hồ sơ đăng ký dự tuyển năm nay trường đã tiếp nhận")
    assert _scope_fits("Đoàn thanh niên xã đã trồng")  # short clauses as before
