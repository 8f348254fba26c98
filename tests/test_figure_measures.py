"""The measure of a figure as a phrase: a quantity tied to its thing, no links, adverbs or lists."""

import pytest

from figure_helpers import only
from newsmine.facts.figures import extract_figures


def test_measure_of_a_quantity_tied_by_voi_or_co_names_the_quantity_and_its_thing():
    f = only("Khu tái định cư phía nam thị trấn với quy mô 18,5 ha.")
    assert f.measure == "quy mô Khu tái định cư phía nam thị trấn"
    f = only("Cầu treo bản Nà Khoang có chiều dài 120 m.")
    assert f.measure == "chiều dài Cầu treo bản Nà Khoang"


def test_a_comparison_is_no_tie_to_a_quantity():
    f = only("Giá lúa tăng 5% so với giá vụ trước.")
    assert "so với" in f.measure


def test_a_bare_total_before_a_counted_noun_is_left_out():
    f = only("Huyện đã cấp sổ đỏ với tổng số 640 thửa đất.")
    assert "tổng số" not in f.measure
    assert f.measure.startswith("thửa đất")


def test_words_before_the_quantity_of_the_next_figure_end_a_counted_noun():
    homes, area = extract_figures("Xã có 12 thôn với tổng diện tích 3.200 ha.")
    assert homes.measure == "thôn Xã"
    assert area.measure.startswith("tổng diện tích")


def test_a_list_of_members_after_a_counted_noun_is_left_out():
    f = only("Đợt này có 3 trạm y tế gồm Hòa Bình, Tân Lập và Yên Sơn được sửa chữa.")
    assert "Hòa Bình" not in f.measure


def test_words_of_aspect_focus_and_plurality_are_left_out_of_a_measure():
    f = only("Các xã vùng cao cũng sẽ được hỗ trợ 150 bồn chứa nước.")
    words = f.measure.lower().split()
    assert {"cũng", "sẽ", "các"}.isdisjoint(words)
    assert "bồn chứa nước" in f.measure and "xã vùng cao" in f.measure


def test_a_link_word_that_ends_a_compound_word_stays_in_the_measure():
    f = only("Tổng kinh phí thực hiện khoảng 45 tỷ đồng.")
    assert f.measure == "Tổng kinh phí thực hiện"


def test_a_measure_never_ends_with_an_open_bracket():
    _, second = extract_figures("Sản lượng lúa của huyện Yên Thành (85.000 tấn) vượt huyện Diễn Châu (72.000 tấn).")
    assert not second.measure.endswith("(")


def test_the_word_limit_of_a_subject_never_cuts_a_word_in_two():
    f = only("Số tiền ngân sách huyện còn phải thanh toán cho nhà thầu thi công tuyến đường liên xã"
             " qua vùng đồi núi phía tây của tỉnh là 12 tỷ đồng.")
    assert f.measure.startswith("thanh toán cho nhà thầu")
    f = only("Số tiền ngân sách huyện còn phải thanh toán cho nhà thầu thi công tuyến đường liên xã"
             " qua vùng đồi núi phía tây của tỉnh giáp biên giới là 12 tỷ đồng.")
    assert f.measure.startswith("nhà thầu thi công")


def test_the_word_limit_of_what_follows_a_counted_noun_never_cuts_a_word_in_two():
    f = only("Huyện có 12 trạm y tế của các xã vùng cao và vùng sâu đã được nâng cấp đủ điều kiện"
             " tham gia khám chữa bệnh bảo hiểm y tế cho người dân.")
    assert f.measure.endswith("đủ điều kiện tham gia")


def test_a_subject_that_opens_with_so_or_tong_so_names_what_any_count_counts():
    assert only("Tổng số mẫu xét nghiệm đã lấy là 1.200 mẫu.").measure == "Tổng số mẫu xét nghiệm đã lấy"
    f = only("Trong đợt này, tổng số vắc xin Bộ Y tế cấp cho tỉnh Lai Châu là 5.000 liều.")
    assert f.measure == "tổng số vắc xin Bộ Y tế cấp cho tỉnh Lai Châu"
    f = only("Số giáo viên mầm non nghỉ hưu là 250 người.")
    assert f.measure == "Số giáo viên mầm non nghỉ hưu"


def test_the_day_word_of_a_dated_period_leaves_the_measure_with_it():
    f = only("Lỗ lũy kế của công ty tại ngày 31/12/2023 là 420 tỷ đồng.")
    assert f.measure == "Lỗ lũy kế của công ty"
    f = only("Tổng dư nợ tín dụng tại ngày 30/6/2024 của huyện là 1.250 tỷ đồng.")
    assert f.measure == "Tổng dư nợ tín dụng của huyện"


def test_items_of_a_list_sharing_one_head_noun_are_no_scope_of_each_other():
    households, firms = extract_figures(
        "Đợt khảo sát thu về 5.200 phiếu khảo sát hộ gia đình và 310 phiếu khảo sát doanh nghiệp.")
    assert firms.measure == "phiếu khảo sát doanh nghiệp Đợt khảo sát thu về"
    assert households.measure == "phiếu khảo sát hộ gia đình Đợt khảo sát thu về"


def test_a_counted_noun_right_after_another_of_a_different_head_is_scoped_by_it():
    _, homes = extract_figures("Xã có 12 thôn với 1.200 hộ.")
    assert homes.measure == "hộ thôn"


def test_an_amount_after_a_verb_of_fining_measures_the_fine_not_who_fined():
    f = only("Đội Quản lý thị trường số 3 đã xử phạt hộ kinh doanh Trần Thị Hoa 12 triệu đồng.")
    assert f.measure == "số tiền xử phạt hộ kinh doanh Trần Thị Hoa"
    assert only("Ông Nguyễn Văn Tâm bị phạt 15 triệu đồng.").measure == "số tiền bị phạt"
    f = only("Cơ sở bị xử phạt 20 triệu đồng do xả thải ra môi trường.")
    assert f.measure == "số tiền bị xử phạt do xả thải ra môi trường"


def test_a_share_right_after_a_counted_figure_measures_what_that_figure_counts():
    homes, share = extract_figures("Toàn huyện có 1.250 hộ nghèo, chiếm 8,5% tổng số hộ.")
    assert share.measure == f"{homes.measure} tổng số hộ"
    figures = extract_figures("Tổng đài tiếp nhận 900 tin, trong đó 650 tin đã xử lý (chiếm 72%), 250 tin đang xử lý.")
    assert figures[2].measure == "tin đã xử lý"


def test_a_share_with_its_own_subject_keeps_it():
    _, share = extract_figures("Năm nay huyện có 1.250 hộ nghèo. Tỷ lệ hộ nghèo chiếm 8,5%.")
    assert share.measure == "Tỷ lệ hộ nghèo"


def test_and_before_the_next_figure_of_the_clause_ends_what_is_said_of_a_figure():
    _, beds, _ = extract_figures(
        "Trên địa bàn có 2 khu cách ly là Trung tâm Y tế huyện với 60 giường và Đại đội 7 với 100 giường.")
    assert "Đại đội" not in beds.measure
    topics, _ = extract_figures("Sở đã thẩm định 5 đề tài và nghiệm thu 3 đề tài cấp tỉnh.")
    assert "nghiệm thu" not in topics.measure


def test_and_inside_what_is_said_of_a_figure_stays_when_no_figure_follows_it_closely():
    first, _ = extract_figures("Tỉnh có 21 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu chưa đạt.")
    assert first.measure == "chỉ tiêu đạt và vượt kế hoạch"


def test_a_clause_joined_right_after_a_figure_opens_the_next_figures_subject():
    _, share = extract_figures("Huyện có 1.250 hộ nghèo và tỷ lệ hộ nghèo của huyện chiếm 8,5%.")
    assert share.measure == "tỷ lệ hộ nghèo của huyện"


def test_a_counted_noun_paired_with_another_by_a_comma_takes_both():
    f = only("Thành phố điều động 320 cán bộ, chuyên viên về các phường mới.")
    assert f.measure.startswith("cán bộ, chuyên viên")
    f = only("Tỉnh có hơn 30 khu, cụm công nghiệp.")
    assert f.measure.startswith("khu, cụm công nghiệp")


def test_an_amount_in_brackets_after_a_thing_measures_that_thing_once():
    assert only("Dự án cầu Pá Uôn (tổng vốn 650 tỷ đồng) đã khởi công.").measure == "tổng vốn Dự án cầu Pá Uôn"
    _, first, second = extract_figures(
        "Thiệt hại ước tính 52 tỷ đồng, tập trung ở huyện Mường Tè (khoảng 38 tỷ đồng) và huyện Nậm Nhùn (khoảng 8 tỷ đồng).")
    assert first.measure == "tập trung ở huyện Mường Tè"
    assert second.measure == "huyện Nậm Nhùn"


def test_the_counted_end_of_a_change_keeps_the_subject_its_start_took():
    start, end = extract_figures("Số xã có trạm y tế đạt chuẩn quốc gia tăng từ 132 lên 141 xã.")
    assert "trạm y tế đạt chuẩn quốc gia" in start.measure and start.measure.endswith("(trước)")
    assert "trạm y tế đạt chuẩn quốc gia" in end.measure and end.measure.endswith("(sau)")
    assert "tăng" not in start.measure  # the movement opening a from-to pair is no part of it


def test_a_short_subject_does_not_take_a_clause_before_that_only_says_when():
    assert only("Từ ngày 1/7, toàn quốc có 34 Công an cấp tỉnh.").measure == "Công an cấp tỉnh toàn quốc"
    assert only("Tính đến nay, toàn huyện có 45 hộ.").measure == "hộ toàn huyện"


def test_a_sentence_adverbial_before_a_comma_is_no_subject_nor_scope():
    assert only("Đáng chú ý, 95% nạn nhân bị lừa qua mạng là người cao tuổi.").measure == (
        "nạn nhân bị lừa qua mạng là người cao tuổi")
    assert only("Như vậy, 300 học sinh từng học ở trường cũ.").measure == "học sinh từng học ở trường cũ"
    assert only("Ngược lại, VNM giảm 2,5%.").measure == "VNM giảm"
    assert only("Chiều ngược lại chỉ có 35 mã giảm giá.").measure == "mã giảm giá"
    # an adverb opening a longer clause leaves the clause its subject
    assert "người dân" in only("Hiện người dân trong xã đã có thể đăng ký, nộp 50 nghìn đồng.").measure


def test_a_named_source_before_a_comma_is_no_scope_nor_subject():
    assert only("Theo Sở Y tế, 12 học sinh bị ngộ độc đã xuất viện.").measure == (
        "học sinh bị ngộ độc đã xuất viện")
    assert only("Cũng theo Trung tâm Y tế huyện, 40 hộ dân trong xóm được phun thuốc.").measure == (
        "hộ dân trong xóm được phun thuốc")
    # a plan or a report the figure follows is kept
    assert "kế hoạch" in only("Theo kế hoạch, 120 giáo viên của huyện được tập huấn.").measure
    assert "báo cáo" in only("Theo báo cáo của ngành y tế, 15 học sinh bị ngộ độc đã xuất viện.").measure


def test_con_so_before_what_is_measured_is_left_out():
    assert only("Con số thiệt hại do bão gây ra là 120 tỷ đồng.").measure == "thiệt hại do bão gây ra"


def test_a_measure_holds_no_bracket_the_figure_opens():
    _, share = extract_figures("Công ty sở hữu 95% vốn Nhà máy nước số 2 (5% của một đơn vị khác).")
    assert "(" not in share.measure


def test_a_period_left_out_of_a_measure_leaves_no_stray_comma_or_lead_words():
    f = only("Vụ thu hoạch năm 2023, toàn huyện có 12.500 tấn cà phê nhân.")
    assert f.measure == "cà phê nhân Vụ thu hoạch toàn huyện"
    f = only("Đến hết năm 2024, Than Uyên có 8 xã đạt chuẩn nông thôn mới.")
    assert f.measure == "xã đạt chuẩn nông thôn mới Than Uyên"


def test_a_plans_horizon_leaves_the_measure_with_its_period():
    f = only("Đề án xác định nhiệm vụ giai đoạn 2021 - 2025 và định hướng đến năm 2030 trên 3 trụ cột.")
    assert "định hướng" not in f.measure
    f = only("Quy hoạch vùng giai đoạn 2021 - 2030 và tầm nhìn đến năm 2050 có 4 tiểu vùng.")
    assert "tầm nhìn" not in f.measure


def test_the_clause_an_amount_accompanies_is_said_once():
    _, money = extract_figures("Có 3 dự án chưa bố trí đủ vốn ngân sách địa phương, với tổng số tiền 169,8 tỷ đồng.")
    assert money.measure.count("chưa bố trí") == 1


def test_a_mark_left_in_a_measure_sticks_to_the_word_before_it():
    f = only("Đồng thời, huy động hơn 200 vận động viên tham gia thi đấu.")
    assert " ," not in f.measure


def test_a_word_totalling_the_count_is_no_part_of_what_is_said_of_it():
    f = only("Đợt này, Sở Công Thương khen thưởng tổng cộng 15 doanh nghiệp tiêu biểu của tỉnh.")
    assert "tổng cộng" not in f.measure
    assert f.measure.endswith("Sở Công Thương khen thưởng")
    f = only("Lực lượng biên phòng đã đưa về đồn tất cả 6 đối tượng vượt biên trái phép.")
    assert "tất cả" not in f.measure


def test_a_verb_of_recording_alone_says_nothing_of_a_count_but_its_recorder_stays():
    f = only("Bước đầu ghi nhận 3 người bị thương trong vụ tai nạn.")
    assert f.measure == "người bị thương trong vụ tai nạn"
    f = only("Trung tâm Y tế huyện Mường Nhé ghi nhận 12 ca sốt xuất huyết mới.")
    assert f.measure.endswith("Trung tâm Y tế huyện Mường Nhé ghi nhận")


def test_a_population_counted_in_people_measures_the_population():
    f = only("Quy mô dân số dự kiến của khu đô thị mới khoảng 20.000 người.")
    assert f.measure == "Quy mô dân số dự kiến của khu đô thị mới"
    people = extract_figures("Thị trấn Mường Tè có diện tích 1.200 ha, dân số 15.300 người.")[1]
    assert people.measure == "dân số Thị trấn Mường Tè"


def test_people_a_population_is_not_named_for_keep_their_noun():
    f = only("Xã có 5.300 người trong độ tuổi lao động.")
    assert f.measure.startswith("người")


def test_a_lone_verb_of_what_befell_a_counted_noun_stays_in_its_measure():
    f = only("Lũ quét làm 3 người chết.")
    assert f.measure == "người chết do lũ quét"
    houses = extract_figures("Bão làm 12 ngôi nhà sập, 40 ngôi nhà hư hỏng.")[0]
    assert houses.measure == "ngôi nhà sập do bão"


def test_a_lone_word_before_the_next_figure_still_ends_a_counted_noun():
    packages = extract_figures("Tỉnh có 32 gói thầu thuộc 22 dự án chậm tiến độ.")[0]
    assert "thuộc" not in packages.measure


def test_a_word_ending_a_counted_noun_does_not_cut_a_dictionary_word_in_two():
    f = only("Năm qua có 5 vụ cháy xảy ra trên địa bàn huyện.")
    assert f.measure.startswith("vụ cháy xảy ra")
    share = extract_figures("Thu ngân sách đạt 6.500 tỷ đồng, bằng 105% kế hoạch đề ra.")[1]
    assert share.measure.endswith("kế hoạch đề ra")


def test_an_adjective_of_dimension_before_a_length_names_the_dimension():
    length, width = extract_figures("Tuyến đường dài 12,5 km, rộng 7,5 m.")
    assert length.measure == "chiều dài Tuyến đường"
    assert width.measure == "chiều rộng Tuyến đường"
    f = only("Cây cầu có chiều dài 120 m.")
    assert f.measure == "chiều dài Cây cầu"


def test_a_width_after_a_named_length_is_no_length():
    length, width = extract_figures("Cây cầu treo qua suối được xây với chiều dài 95 m, rộng 3 m.")
    assert length.measure.startswith("chiều dài Cây cầu")
    assert width.measure.startswith("chiều rộng Cây cầu")


def test_a_label_before_a_colon_says_what_an_amount_measures():
    f = only("Dự án nhà máy nước sạch xã Tân Lập. Tổng vốn: 45 tỷ đồng.")
    assert f.measure == "Tổng vốn"
    f = only("Cụ thể: 12 xã đạt chuẩn nông thôn mới.")
    assert "Cụ thể" not in f.measure


def test_a_lone_particle_after_a_counted_noun_is_left_out():
    f = only("Mỗi năm chỉ cần 1 đoàn thôi.")
    assert "thôi" not in f.measure


def test_a_plural_word_inside_a_measure_stays_and_one_opening_it_goes():
    f = only("Ủy ban nhân dân huyện giao dự toán thu đối với các khoản phí là 30 tỷ đồng.")
    assert "đối với các khoản phí" in f.measure
    f = only("Những hộ nghèo ở xã Tân Lập được vay 2 tỷ đồng.")
    assert not f.measure.lower().startswith("những")



def test_a_loss_an_amount_measures_is_said_before_what_caused_it():
    f = only("Trận lốc xoáy chiều qua gây thiệt hại khoảng 4 tỷ đồng.")
    assert f.measure == "thiệt hại do trận lốc xoáy chiều qua"
    f = only("Khảo sát địa chất sơ sài, dẫn đến lãng phí 700 triệu đồng.")
    assert f.measure == "lãng phí"


def test_a_speaker_right_before_a_counted_noun_is_no_scope_of_it():
    f = only("Kết quả xét nghiệm của trung tâm y tế huyện cho thấy có 3 trường hợp dương tính.")
    assert f.measure == "trường hợp dương tính"
    f = only("Bà Lan cho biết 12 hộ đã được hỗ trợ.")
    assert "Lan" not in f.measure


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Thu ngân sách của huyện đạt 1.200 tỷ đồng (tăng 12% so với cùng kỳ).", {"thu", "ngân", "sách", "tăng"}),
        ("Kế hoạch năm nay có lợi nhuận 29 tỷ đồng (giảm nhẹ 0,7%).", {"lợi", "nhuận", "giảm", "nhẹ"}),
        ("Toàn tỉnh có 2.150 doanh nghiệp thành lập mới (tăng 9% so với năm trước).", {"doanh", "nghiệp", "tăng"}),
    ],
)
def test_a_change_in_brackets_after_a_figure_measures_what_that_figure_measures(sentence, words):
    change = extract_figures(sentence)[-1]
    assert change.unit == "percent"
    assert words <= set(change.measure.lower().split())


def test_a_bracket_that_only_reaches_a_share_of_a_plan_keeps_its_own_words():
    share = extract_figures("Doanh thu du lịch ước đạt 900 tỷ đồng (đạt 40% so với kế hoạch năm).")[-1]
    assert not share.measure.lower().startswith("mức")


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Huyện sẵn sàng vận hành mô hình chính quyền địa phương 2 cấp từ ngày 1/7.",
         "cấp mô hình chính quyền địa phương"),
        ("Chuyển đổi số trong mô hình chính quyền hai cấp: xã bảo đảm thông suốt.", "cấp mô hình chính quyền"),
        ("Xe được trang bị hộp số tự động 6 cấp và động cơ 1,5 lít.", "cấp hộp số tự động"),
    ],
)
def test_levels_counted_right_after_a_noun_measure_that_noun(sentence, measure):
    levels = next(f for f in extract_figures(sentence) if f.item and f.item.startswith("cấp"))
    assert levels.measure == measure


def test_levels_a_thing_is_made_into_are_no_attribute_of_the_word_before():
    levels = only("Tỉnh đã nâng cấp trường Tân An thành 2 cấp học.")
    assert levels.measure.startswith("cấp học")


def test_a_change_after_an_amount_in_a_list_is_a_change_of_that_amount_s_subject():
    figures = extract_figures(
        "Sáu tháng đầu năm, doanh thu bán lẻ hàng hóa của tỉnh đạt 4.120 tỷ đồng, tăng 9,3%; "
        "doanh thu dịch vụ vận tải đạt 310 tỷ đồng, tăng 5,1%; doanh thu lữ hành 42 tỷ đồng, giảm 2,4%."
    )
    changes = [f for f in figures if f.unit == "percent"]
    assert [c.text for c in changes] == ["9,3%", "5,1%", "2,4%"]
    assert "bán lẻ" in changes[0].measure
    assert "vận tải" in changes[1].measure and "bán lẻ" not in changes[1].measure
    assert "lữ hành" in changes[2].measure and "bán lẻ" not in changes[2].measure


def test_an_abbreviation_s_period_ends_no_measure():
    assert only("Chuỗi cửa hàng hiện còn 12 điểm bán tại TP.HCM.").measure .startswith("điểm bán tại TP.HCM")
    assert only("Công ty mở thêm 4 chi nhánh tại TP. Cần Thơ trong tháng này.").measure.startswith(
        "chi nhánh tại TP. Cần Thơ")
    assert "TP. Vinh" in only("Sáng nay, 300 đoàn viên ở TP. Vinh ra quân dọn vệ sinh.").measure


def test_the_part_of_a_year_goes_out_of_a_measure_with_its_year():
    figures = extract_figures("Doanh thu của hợp tác xã tăng từ 12 tỷ đồng cả năm 2022 lên 18 tỷ đồng cả năm 2024.")
    assert [f.measure for f in figures] == ["Doanh thu của hợp tác xã"] * 2
    rate = extract_figures("Tỷ lệ hộ dùng nước sạch năm 2022 là 60%, đến 9 tháng đầu năm 2024 đạt 71,5%.")[-1]
    assert "tháng đầu" not in rate.measure and "nước sạch" in rate.measure
    # a year-less part of the year is no period taken out: it stays
    assert only("Mục tiêu tăng trưởng cả năm của huyện là 7%.").measure.lower().startswith("mục tiêu tăng trưởng cả năm")




def test_figures_given_respectively_measure_each_member_of_the_list_before_them():
    # "A, B và C <verb> lần lượt N1, N2 và N3": each figure is its own member's, with what is said
    figs = extract_figures("Sức mua ở các kênh như chợ, cửa hàng và siêu thị cũng tăng lần lượt 8%, 5% và 3%.")
    assert [f.measure for f in figs] == ["chợ tăng", "cửa hàng tăng", "siêu thị tăng"]
    # the first member carries the words the others share
    figs = extract_figures("Cụ thể: phí gửi xe máy ban ngày, ban đêm và cả ngày lần lượt là 5.000 đồng, "
                           "8.000 đồng và 12.000 đồng.")
    assert [f.measure for f in figs] == ["phí gửi xe máy ban ngày", "phí gửi xe máy ban đêm", "phí gửi xe máy cả ngày"]
    # a list of two named by its count, a verb after "lần lượt" and a thing after the last figure
    figs = extract_figures("Hai xã Tân Lập và Tân Hòa lần lượt trồng 120 ha và 85 ha rừng.")
    assert [f.measure for f in figs if f.unit == "ha"] == ["xã Tân Lập trồng rừng", "Tân Hòa trồng rừng"]
    # a possessor after the last member is all the members'
    figs = extract_figures("Doanh thu và lợi nhuận của hợp tác xã lần lượt đạt 3,2 tỷ đồng và 450 triệu đồng.")
    assert [f.measure for f in figs] == ["Doanh thu của hợp tác xã", "lợi nhuận của hợp tác xã"]


def test_figures_given_respectively_to_a_list_of_figures_keep_their_clause():
    # the members hold figures of their own: the list is of levels, not of names
    figs = extract_figures("Doanh thu đạt 320 tỷ đồng và lợi nhuận 45 tỷ đồng lần lượt tăng 8% và 5%.")
    assert not any("tỷ đồng" in f.measure for f in figs if f.unit == "percent")
    # a single figure after "lần lượt" keeps the measure of its clause
    f = only("Sau đó, đoàn lần lượt trao 50 suất quà cho các hộ nghèo.")
    assert f.measure.startswith("suất quà")


def test_figures_given_respectively_to_figures_listed_before_take_their_measures():
    # "N1 <a> và N2 <b>, lần lượt bằng P1 và P2 <whole>": each share is of the figure listed in its place
    figs = extract_figures("Quý này, hợp tác xã thu về 12 tỷ đồng doanh thu và 2 tỷ đồng lợi nhuận, "
                           "lần lượt bằng 55% và 40% kế hoạch năm.")
    shares = [f.measure for f in figs if f.unit == "percent"]
    assert shares[0].startswith("doanh thu") and shares[1].startswith("lợi nhuận")
    assert all(m.endswith("bằng kế hoạch năm") for m in shares)
