"""Where a measure starts and ends: it runs on across a comma that joins two words of one thing
("phòng, chống", "cán bộ, công chức") and stops at any other comma; a sentence adverbial that
opens the clause before a figure ("Ví dụ", "Giờ đây,") is no part of it, nor the verb of a
change before the level it reached ("tăng 12% lên 340 tỷ đồng"), nor a compass bearing
("cách thị trấn về phía Tây 8 km"), nor a speaker and the verb before "rằng", nor a second verb
phrase or another thing counted after "và" ("và hàng chục ngôi nhà"); what an amount is for or
why ("để …", "do …") joins it though longer than other clauses after it; a range of shares keeps
what both ends are shares of, and the points of a stock index are named by the index, not by
"điểm"; a deictic "Đây là" opening the clause and a span of time ending the measure ("trong năm
ngoái") are no part of it; an amount in brackets after a name in a list or a comparison is the
quantity the sentence names once ("doanh thu của A vượt cả B (N)"), of that name; and a measure
holds no word the article does not write for it: no "so với" between a share's subject and its
whole, no "kinh phí" before money allotted, no "mục tiêu" after a bare "phấn đấu"; the verb
before a number keeps its "thêm" ("ghi nhận thêm"), and a share said with "vượt" keeps it; a verb
of recording between who recorded and the quantity ("ghi nhận doanh thu") is no word of it."""

import pytest

from figure_helpers import only
from newsmine.facts.figures import extract_figures


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



def test_this_is_opening_the_clause_is_no_scope():
    # "Đây là" points back to what the sentence before named: a deictic subject and its copula,
    # which say nothing of what is measured ("Đây là cây cầu dài …" → the bridge)
    f = only("Đây là khoản chi lớn nhất của huyện với tỷ lệ 18%.")
    assert f.measure == "tỷ lệ khoản chi lớn nhất của huyện"
    f = only("Đây cũng là mức hỗ trợ cao nhất từ trước đến nay, 2 triệu đồng mỗi hộ.")
    assert "Đây" not in f.measure and "là" not in f.measure.split()


def test_a_span_of_time_ending_the_measure_is_its_period_not_what_it_measures():
    f = only("Số doanh nghiệp thành lập mới của huyện đã tăng 14% trong năm ngoái.")
    assert f.measure == "Số doanh nghiệp thành lập mới của huyện đã tăng"
    f = only("Toàn tỉnh ghi nhận 35 ca sốt xuất huyết mới chỉ trong vòng 10 ngày qua.")
    assert "trong" not in f.measure and "chỉ" not in f.measure and "ngày" not in f.measure
    # a lone counted noun keeps its span; so does the window of a superlative
    assert only("Ông đã về thăm quê 3 lần trong 2 năm.").measure.startswith("lần trong 2 năm")
    f = only("Giá lúa rơi xuống mức thấp nhất trong 8 tuần, còn 5.600 đồng/kg.")
    assert "mức thấp nhất trong 8 tuần" in f.measure


def test_a_span_of_time_before_the_scope_after_the_counted_noun_is_taken_out():
    """ "ca mắc mới chỉ trong 1 tuần Hà Tĩnh ghi nhận": the span between the counted noun and the
    scope that names its subject says when, not what is counted."""
    f = only("Hơn 420 ca mắc mới chỉ trong 1 tuần Hà Tĩnh ghi nhận đều là ca cộng đồng.")
    assert f.measure.startswith("ca mắc mới Hà Tĩnh ghi nhận")
    f = only("Khoảng 3.600 lượt khách trong tháng 5 Khu du lịch Hồ Núi Cốc đón chủ yếu là học sinh.")
    assert f.measure.startswith("lượt khách Khu du lịch Hồ Núi Cốc đón")
    # a bare unit before a capital is a named year, no span ("trong năm Covid-19")
    f = only("Thời điểm đông khách nhất là trong năm Covid-19, 3.000 lượt khách.")
    assert "năm Covid-19" in f.measure


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Năm nay mưa ít, do giá phân bón tăng 20% nên nhiều hộ bỏ ruộng.", "giá phân bón tăng"),
        ("Chi phí đầu vào tăng mạnh, nên lợi nhuận của hợp tác xã giảm 30%.", "lợi nhuận của hợp tác xã giảm"),
        ("Nhiều hộ bỏ ruộng, vì giá phân bón tăng 20% so với năm trước.", "giá phân bón tăng"),
        ("Đó là số vốn vay ưu đãi của huyện, khoảng 40 tỷ đồng.", "số vốn vay ưu đãi của huyện"),
    ],
)
def test_a_conjunction_or_that_is_opening_the_clause_is_no_part_of_the_measure(text, measure):
    """ "do", "vì", "nên" join the clause to the one before (a cause, a result, a
    contrast), and "Đó là" points back to it, as "Đây là" does: none says what is measured."""
    assert only(text).measure.startswith(measure)


def test_a_question_or_an_imperative_is_no_conjunction():
    assert only("Vì sao giá phân bón tăng 20% so với năm trước?").measure.startswith("Vì sao giá")

@pytest.mark.parametrize(
    "text, level, measure",
    [
        ("Cổ phiếu ABC tăng 1.200 đồng (tương ứng 5,1%) lên 24.800 đồng.", "24.800 đồng", "Cổ phiếu ABC"),
        ("Lợi nhuận sau thuế của công ty cũng tăng 12% lên 340 tỷ đồng.", "340 tỷ đồng", "Lợi nhuận sau thuế của công ty"),
        ("Dư nợ tín dụng toàn tỉnh giảm 2,5% xuống còn 41.000 tỷ đồng.", "41.000 tỷ đồng", "Dư nợ tín dụng toàn tỉnh"),
        ("Chỉ số ABC-Index giảm 12 điểm còn 1.250 điểm.", "1.250 điểm", "Chỉ số ABC-Index"),
        ("Chiếc điện thoại được giảm giá 2 triệu đồng, xuống còn 19 triệu đồng.", "19 triệu đồng",
         "Chiếc điện thoại được giảm giá"),
    ],
)
def test_the_level_a_change_reached_is_of_its_subject_without_the_verb(text, level, measure):
    """ "ABC tăng 1.200 đồng … lên 24.800 đồng": 24.800 đồng is ABC's level, not its rise; a
    discount given ("được giảm giá") keeps its verb."""
    figure = next(f for f in extract_figures(text) if f.text == level)
    assert figure.measure == measure


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Thác nước nằm cách trung tâm huyện về phía Tây Bắc khoảng 12 km.", "Thác nước nằm cách trung tâm huyện"),
        ("Bãi đá cổ cách thị trấn về hướng Nam chừng 8 km.", "Bãi đá cổ cách thị trấn"),
    ],
)
def test_a_compass_bearing_is_no_part_of_a_distance(text, measure):
    """ "cách … về phía Tây Bắc 12 km": the bearing says which way, the distance is from the place."""
    assert only(text).measure == measure


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Sở Nông nghiệp dự báo rằng sản lượng lúa vụ đông xuân sẽ tăng 4%.", "sản lượng lúa vụ đông xuân tăng"),
        ("Các chuyên gia tin rằng giá phân bón có thể giảm 10%.", "giá phân bón có thể giảm"),
        ("Báo cáo của huyện chỉ ra rằng tỷ lệ hộ nghèo đã giảm còn 3,2%.", "tỷ lệ hộ nghèo"),
    ],
)
def test_the_speaker_of_a_clause_opened_by_rang_is_no_part_of_the_measure(sentence, measure):
    assert only(sentence).measure == measure


def test_the_next_value_of_a_series_measures_the_same_thing():
    # between the two only the periods: the second has no words of its own
    first, second = extract_figures(
        "Kinh tế khu vực được dự báo tăng trưởng 3,5% trong năm nay và 4,2% trong năm sau.", published="2025-06-10")
    assert first.measure == second.measure == "Kinh tế khu vực được dự báo tăng trưởng"
    assert (first.period, second.period) == ("2025", "2026")


def test_a_later_value_that_says_more_keeps_its_own_words():
    _, second = extract_figures("Năm 2023, trường tuyển vượt 20% và năm 2024 vượt 35% so với chỉ tiêu.")
    assert "so với chỉ tiêu" in second.measure


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Huyện đã tiêm vắc xin cho gần 3.000 người và đang tiếp tục tiêm cho các nhóm ưu tiên.",
         "người"),
        ("Mỗi năm làng nghề đón 5.000 lượt khách và là điểm đến quen thuộc của du khách phía Bắc.",
         "lượt khách"),
    ],
)
def test_what_is_said_of_a_counted_noun_stops_before_a_second_verb_phrase_after_va(sentence, measure):
    assert only(sentence).measure.startswith(measure)
    assert " và " not in only(sentence).measure


def test_a_counted_noun_joined_by_va_to_another_noun_keeps_both():
    f = only("Tỉnh có 25 hợp tác xã và tổ hợp tác sản xuất rau an toàn.")
    assert f.measure.startswith("hợp tác xã và tổ hợp tác")


def test_both_ends_of_a_range_of_shares_keep_what_they_are_shares_of():
    low, high = extract_figures("Dự án giúp nông dân giảm 20-30% lượng phân bón mỗi vụ.")
    assert "lượng phân bón" in low.measure and "lượng phân bón" in high.measure
    assert low.measure.endswith("(mức thấp)") and high.measure.endswith("(mức cao)")


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Kết phiên, VN-Index giảm 12,5 điểm xuống 1.180,3 điểm.", "VN-Index"),
        ("Chỉ số HNX-Index tăng 2,1 điểm.", "Chỉ số HNX-Index tăng"),
    ],
)
def test_the_points_of_a_stock_index_are_measured_by_the_index_not_by_diem(sentence, measure):
    assert extract_figures(sentence)[-1].measure == measure


def test_a_score_counted_in_diem_keeps_its_noun():
    f = only("Điểm chuẩn vào trường năm nay giảm 2 điểm so với năm ngoái.")
    assert f.measure.startswith("điểm")


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Trận lũ quét làm 3 người mất tích và hàng chục ngôi nhà bị cuốn trôi.", "người mất tích"),
        ("Tuyến biên giới của huyện có 2 cửa khẩu phụ và nhiều lối mòn qua lại.", "cửa khẩu phụ"),
    ],
)
def test_what_is_said_of_a_counted_noun_stops_before_another_thing_counted_after_va(sentence, measure):
    f = only(sentence)
    assert f.measure.startswith(measure)
    assert " và " not in f.measure


def test_va_before_a_word_of_no_quantity_keeps_what_follows():
    f = only("Đoàn trao 50 suất quà cho học sinh nghèo và gia đình chính sách.")
    assert "gia đình chính sách" in f.measure


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Đội quản lý thị trường xử phạt cửa hàng 40 triệu đồng do bán phân bón giả không rõ nguồn gốc.",
         "do bán phân bón giả không rõ nguồn gốc"),
        ("Hợp tác xã chi 300 triệu đồng để mua máy gặt đập liên hợp cho xã viên.",
         "để mua máy gặt đập liên hợp cho xã viên"),
    ],
)
def test_what_an_amount_is_for_or_why_joins_its_measure_though_longer(sentence, kept):
    assert kept in only(sentence).measure


def test_a_long_clause_after_an_amount_opened_by_another_word_stays_out():
    f = only("Công ty báo lãi 12 tỷ đồng nhờ giá nông sản tăng mạnh trong những tháng cuối năm vừa qua.")
    assert "nhờ" not in f.measure


def test_da_va_dang_is_one_aspect_and_keeps_the_verb_after_it():
    f = only("Trường có 120 học sinh đã và đang theo học lớp năng khiếu.")
    assert "theo học lớp năng khiếu" in f.measure


def test_con_before_a_verb_is_still_and_keeps_what_follows():
    f = only("Hiện tỉnh có 12 bệnh nhân còn đang điều trị tại bệnh viện.")
    assert "còn đang điều trị" in f.measure or "còn điều trị" in f.measure


def test_an_amount_in_brackets_after_a_name_in_a_comparison_is_the_quantity_named_once_of_that_name():
    figs = extract_figures(
        "Năm nay, doanh thu của Công ty Cà phê Bảo Lâm vượt cả Công ty Chè Cầu Đất (gần 320 tỷ đồng) "
        "và Hợp tác xã Đạ Huoai (95 tỷ đồng)."
    )
    by_text = {f.text: f.measure for f in figs}
    assert by_text["gần 320 tỷ đồng"] == "doanh thu của Công ty Chè Cầu Đất"
    assert by_text["95 tỷ đồng"] == "doanh thu của Hợp tác xã Đạ Huoai"


def test_shares_listed_after_a_quantity_of_something_take_that_quantity():
    figs = extract_figures(
        "Giá sầu riêng tăng 35% trong năm qua, cao hơn mức tăng của các loại trái cây khác như bơ (12%), "
        "mít (8%) và chanh dây (5%)."
    )
    by_text = {f.text: f.measure for f in figs}
    assert by_text["12%"] == "mức tăng của bơ"
    assert by_text["8%"] == "mức tăng của mít"


def test_a_bracketed_share_in_a_list_with_no_quantity_named_keeps_its_name():
    figs = extract_figures(
        "Dự án có ba cổ đông, gồm một quỹ của tỉnh, Công ty Phước Hòa (40%) và 60% của các cá nhân."
    )
    assert {f.text: f.measure for f in figs}["40%"] == "Công ty Phước Hòa"


@pytest.mark.parametrize(
    "text, surface",
    [
        # a rate written with a space before the slash, or per one of a unit, belongs to the figure
        ("Chủ vựa bán ra với giá 150.000 đồng /kg.", "150.000 đồng /kg"),
        ("Hàng xuất khẩu loại một khoảng 25 con/1kg.", "khoảng 25 con/1kg"),
        ("Khu cách ly chỉ bố trí 1 khách/1 phòng.", "1 khách/1 phòng"),
    ],
)
def test_a_rate_after_a_spaced_slash_or_per_one_unit_is_the_figures(text, surface):
    f = extract_figures(text)[0]
    assert text[f.start:f.end] == surface
    assert " /" not in (f.measure or "")


def test_a_share_of_a_whole_names_both_without_words_the_article_does_not_write():
    figs = extract_figures("Năm qua, hàng nông sản của xã chiếm 62% giá trị xuất khẩu của huyện.")
    assert figs[-1].measure == "hàng nông sản của xã giá trị xuất khẩu của huyện"
    cut = only("Số học sinh đỗ tốt nghiệp của trường bằng 98% số dự thi.")
    assert "so với" not in cut.measure


def test_money_allotted_by_a_verb_takes_no_funding_label():
    f = only("Hội Nông dân xã đã trích 80 triệu đồng để hỗ trợ các hộ chăn nuôi bị thiệt hại.")
    assert not f.measure.startswith("kinh phí")
    assert "trích" in f.measure and f.measure.endswith("để hỗ trợ các hộ chăn nuôi bị thiệt hại")


def test_a_goal_said_with_phan_dau_alone_takes_no_target_label():
    f = only("Đến cuối năm, phường phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.")
    assert f.measure == "tỷ lệ người dân tham gia bảo hiểm y tế"
    assert f.kind == "target"
    named = only("Đến cuối năm, phường đặt mục tiêu tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.")
    assert named.measure == "mục tiêu tỷ lệ người dân tham gia bảo hiểm y tế"


def test_more_said_after_the_verb_before_a_number_stays_with_it():
    # "thêm" ("more") is a verb's particle: after the verb it is part of what the count is
    # ("tuyển thêm", "ghi nhận thêm"); after a link word ("có thêm") both go, as the link does
    f = only("Năm nay, trường tuyển thêm 120 sinh viên.")
    assert "tuyển thêm" in f.measure
    f = only("Chiều 12/5, huyện Đức Thọ đã ghi nhận thêm 3 ca sốt xuất huyết.")
    assert "ghi nhận thêm" in f.measure
    f = only("Sau đợt điều chỉnh, quỹ lương của công ty đã tăng thêm 2 tỷ đồng.")
    assert f.measure.endswith("tăng thêm")
    f = only("Trong tuần, xã có thêm 4 hộ thoát nghèo.")
    assert "thêm" not in f.measure.split() and "có" not in f.measure.split()


def test_a_share_said_with_vuot_keeps_the_verb_of_the_comparison():
    # "vượt 40% kế hoạch": how far a thing exceeds its whole; "vượt" is the comparison's verb
    f = next(x for x in extract_figures("Năm qua, huyện có 28 mô hình, vượt 40% chỉ tiêu đề ra.")
             if x.unit == "percent")
    assert "vượt chỉ tiêu đề ra" in f.measure
    f = only("Đến cuối tháng, tiến độ thi công vượt 3,5% so với kế hoạch.")
    assert "vượt" in f.measure.split()
    # an amount over a level keeps only its qualifier; a bare "tỷ lệ này" stays the one named before
    assert "vượt" not in only("Doanh thu quý I của công ty vượt 800 tỷ đồng.").measure.split()
    f = extract_figures("Tỷ lệ hộ có nước sạch đạt 80%. Năm nay, tỷ lệ này sẽ vượt 85%.")[-1]
    assert f.measure == "Tỷ lệ hộ có nước sạch"


def test_the_head_of_a_noun_phrase_a_comma_splits_opens_the_measure():
    # "doanh thu dịch vụ lưu trú, ăn uống": the comma joins two coordinates of one noun phrase;
    # the quantity before it is the head, not the words after the comma alone
    f = only("Quý I, doanh thu vận tải hành khách, hàng hóa trên địa bàn huyện đạt 92 tỷ đồng.")
    assert f.measure.startswith("doanh thu vận tải hành khách, hàng hóa")
    f = only("Năm 2024, số lượng giáo viên, nhân viên của các trường mầm non là 640 người.")
    assert f.measure.startswith("số lượng giáo viên, nhân viên")
    f = only("Chương trình đã góp phần giảm tỷ lệ trẻ thấp còi, nhẹ cân ở các xã vùng cao xuống 18%.")
    assert f.measure.startswith("tỷ lệ trẻ thấp còi, nhẹ cân")
    # a clause of its own before the comma (a verb of change), or a quantity after it: no join
    f = only("Giá phân bón tăng mạnh, thu nhập bình quân của nông dân chỉ đạt 4 triệu đồng.")
    assert "Giá" not in f.measure.split() and f.measure.startswith("thu nhập bình quân")
    # "Tổng cộng," ("in total") is a sentence adverbial, no quantity noun heading the clause after it
    f = only("Tổng cộng, lực lượng kiểm lâm đã thu giữ 35 mét khối gỗ lậu.")
    assert "Tổng" not in f.measure.split()
    f = only("Tổng cộng trong năm, lực lượng kiểm lâm đã thu giữ 35 mét khối gỗ lậu.")
    assert "Tổng" not in f.measure.split()


def test_a_verb_of_recording_before_the_quantity_recorded_is_no_word_of_the_measure():
    # "<who> ghi nhận <quantity> N": the verb between who recorded and what goes
    f = only("Trong quý II, hợp tác xã ghi nhận doanh thu 18 tỷ đồng.")
    assert f.measure == "hợp tác xã doanh thu"
    f = only("Công ty cổ phần thủy sản đã ghi nhận khoản lỗ 35 tỷ đồng trong năm.")
    assert "ghi nhận" not in f.measure and "khoản lỗ" in f.measure
    # after a counted noun, before a thing that is no quantity, or denied, the verb stays
    assert "ghi nhận" in only("Huyện ghi nhận thêm 4 ca mắc sốt xuất huyết.").measure
    f = only("Giá cà phê ghi nhận kỷ lục 120.000 đồng/kg.")
    assert "ghi nhận kỷ lục" in f.measure


def test_a_change_after_a_level_that_names_nothing_measures_the_quantity_before_the_comma():
    # "<quantity> … đạt N, giảm M": the change's clause is only a verb, its quantity opens the
    # clause of the level before the comma
    figs = extract_figures("Cuối quý, tổng dư nợ của quỹ tín dụng đạt 2.150 tỷ đồng, giảm 45 tỷ đồng so với đầu năm.")
    change = next(f for f in figs if f.value == 45e9)
    assert change.measure.startswith("tổng dư nợ") and "giảm" in change.measure
    figs = extract_figures("Giá lúa tẻ thường tại các kho ở mức 7.400 đồng/kg, tăng 200 đồng/kg so với tuần trước.")
    change = next(f for f in figs if f.value == 200)
    assert "giá lúa tẻ thường" in change.measure.lower()
    # a clause after the comma that names its own subject keeps it alone
    figs = extract_figures("Tổng thu ngân sách của huyện đạt 320 tỷ đồng, thu từ đất tăng 12 tỷ đồng.")
    change = next(f for f in figs if f.value == 12e9)
    assert "tổng thu ngân sách" not in change.measure
