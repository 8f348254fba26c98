"""The measure of a figure as a phrase, continued from test_figure_measures.py: areas and lengths,
parts of a whole, link words left out whole, counts after a clause that only says when, a
clause that sets the time of the figure's own ("khi")."""

import pytest

from figure_helpers import only
from newsmine.facts.figures import extract_figures


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Đám cháy bùng phát tại khu vực nhà kho rộng khoảng 800m2 của một công ty may.",
         "diện tích khu vực nhà kho"),
        ("Gia đình anh Hùng trồng bưởi trên khu vườn rộng 2,5 ha.", "diện tích khu vườn"),
        ("Bãi tập kết và trung chuyển rộng 3.000 m2 được đưa vào sử dụng.",
         "diện tích Bãi tập kết và trung chuyển"),
    ],
)
def test_an_area_after_rong_is_the_area_of_the_noun_phrase_before_it(sentence, measure):
    assert only(sentence).measure.startswith(measure)


def test_an_area_after_dien_tich_rong_keeps_the_clause_that_says_whose_area():
    f = only("Đầm sen của xã phủ kín mặt nước với diện tích rộng khoảng 4 ha.")
    assert "sen" in f.measure.lower()


def test_a_road_s_length_after_dai_keeps_its_whole_name():
    f = only("Tuyến đường từ trung tâm huyện về xã Tà Mung dài 14 km đã xuống cấp.")
    assert "trung tâm huyện" in f.measure and f.measure.startswith("chiều dài")


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Thị xã Phú Mỹ là một trong 5 đô thị loại II của tỉnh.", "đô thị loại II của tỉnh"),
        ("Anh Nguyễn Văn Hải là một trong số 40 thanh niên tiêu biểu được tuyên dương năm nay.",
         "thanh niên tiêu biểu được tuyên dương"),
        ("Xã Thạnh An là một trong 6 xã thuộc huyện ven biển.", "xã thuộc huyện ven biển"),
    ],
)
def test_one_of_the_counted_things_is_no_scope_of_them(sentence, measure):
    assert only(sentence).measure == measure


def test_a_bare_number_before_trong_so_is_a_part_of_the_whole_after_it():
    part, whole = extract_figures("Đến nay, 18 trong số 25 xã của huyện đã đạt chuẩn nông thôn mới.")
    assert part.text == "18" and whole.text.startswith("25 xã")
    assert whole.measure.startswith("xã của huyện")
    assert "trong số" not in whole.measure
    assert part.measure == whole.measure


def test_one_written_as_a_digit_before_trong_is_a_member_too():
    assert only("Cây cà phê là 1 trong 4 cây trồng chủ lực của tỉnh.").measure == "cây trồng chủ lực của tỉnh"


def test_lan_luot_says_the_order_of_a_list_not_what_is_measured():
    low, high = [f for f in extract_figures("Hai gói thầu có giá trúng thầu lần lượt là 12 tỷ đồng và 18 tỷ đồng.")
                 if f.unit == "VND"]
    assert "lần lượt" not in low.measure and "lần lượt" not in high.measure
    assert "giá trúng thầu" in low.measure


def test_the_other_end_named_by_a_superlative_is_the_same_subject():
    low, high = extract_figures("Mức hỗ trợ thấp nhất là 3 triệu đồng, cao nhất là 12 triệu đồng.")
    assert low.measure == "Mức hỗ trợ thấp nhất"
    assert high.measure == "Mức hỗ trợ cao nhất"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Năm nay, công an huyện đã ngăn chặn 21 vụ lừa đảo qua mạng với tổng số tiền hơn 3,2 tỷ đồng.",
         "tổng số tiền vụ lừa đảo qua mạng"),
        ("Đến nay, tỉnh đã thu hút 26 dự án đầu tư trong nước với tổng số vốn 3.500 tỷ đồng.",
         "tổng số vốn dự án đầu tư trong nước"),
        ("Huyện đã cho thuê 5 nhà xưởng tại cụm công nghiệp với tổng diện tích khoảng 12.000 m2.",
         "tổng diện tích nhà xưởng tại cụm công nghiệp"),
    ],
)
def test_an_amount_tied_by_voi_to_the_counted_figure_before_is_a_quantity_of_those_things(sentence, measure):
    amount = extract_figures(sentence)[-1]
    assert amount.measure == measure


def test_an_amount_right_after_a_bare_count_and_voi_is_not_said_to_be_theirs():
    paid = extract_figures("Bà Lan đã trả 3 đợt với số tiền 250 triệu đồng.")[-1]
    assert "đợt" not in paid.measure
    area = extract_figures("Xã Tân Lập có 9 thôn với tổng diện tích 2.400 ha.")[-1]
    assert area.measure == "tổng diện tích"


def test_bao_gom_is_left_out_whole_not_cut_to_its_first_syllable():
    farm = extract_figures("Trang trại bao gồm 4 khu chuồng trại.")[0]
    assert farm.measure == "khu chuồng trại Trang trại"


def test_tro_len_stays_whole_in_a_measure_and_is_no_clause_of_a_counted_noun():
    trained = extract_figures("Riêng cán bộ cấp huyện, bồi dưỡng tin học bậc 2 trở lên là 230 người.")[0]
    assert trained.measure.endswith("bậc 2 trở lên")
    score = extract_figures("Năm nay, có 85 học sinh đạt từ 27 điểm trở lên.")[-1]
    assert "trở" not in score.measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Doanh thu ngành du lịch của tỉnh tiếp tục tăng 15%.", "Doanh thu ngành du lịch của tỉnh tăng"),
        ("Sản lượng lúa vụ chiêm thậm chí giảm 3%.", "Sản lượng lúa vụ chiêm giảm"),
    ],
)
def test_adverbs_of_aspect_and_focus_are_left_out(sentence, measure):
    assert only(sentence).measure == measure


def test_tuong_ung_after_a_change_says_which_figure_goes_with_which_not_what_is_measured():
    points, share = extract_figures("Chỉ số VN-Index tăng 12,5 điểm tương ứng 1,1%.")
    assert "tương ứng" not in points.measure
    assert share.measure == "Chỉ số VN-Index tăng"


def test_a_subject_naming_the_people_a_generic_unit_counts_is_the_measure_alone():
    _, kindergarten, primary = extract_figures(
        "Tổng số giáo viên cần tuyển là 812 người, trong đó giáo viên mầm non 305 người, giáo viên tiểu học 290 người."
    )
    assert kindergarten.measure == "giáo viên mầm non"
    assert primary.measure == "giáo viên tiểu học"
    staff, certified = extract_figures("Cán bộ cấp xã là 1.078 người, chỉ có 15 người có chứng chỉ tin học.")
    assert staff.measure == "Cán bộ cấp xã"
    assert "Cán bộ cấp xã" in certified.measure
    assert only("Thôn có 120 người dân sinh sống.").measure.startswith("người dân")
    _, retired = extract_figures("Tổng số giáo viên nghỉ hưu là 640 người, trong đó bậc học mầm non 152 người.")
    assert retired.measure == "giáo viên nghỉ hưu bậc học mầm non"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Trên sàn HOSE có 45 mã tăng trần so với 30 mã giảm sàn.", "mã tăng trần Trên sàn HOSE"),
        ("UBND tỉnh đã đình chỉ hoạt động đối với 6 cơ sở sản xuất gạch.",
         "cơ sở sản xuất gạch UBND tỉnh đã đình chỉ hoạt động"),
    ],
)
def test_so_voi_and_doi_voi_are_left_out_whole_not_cut_to_their_first_syllable(sentence, measure):
    assert extract_figures(sentence)[0].measure == measure


def test_what_is_said_of_a_counted_noun_goes_on_after_its_share_in_brackets():
    _, certified, share = extract_figures(
        "Toàn huyện có 1.240 giáo viên, trong đó chỉ có 310 người (25%) có chứng chỉ tin học nâng cao."
    )
    assert certified.measure.startswith("người có chứng chỉ tin học nâng cao")
    assert share.measure == certified.measure  # the bracketed share is a share of those counted
    amount = extract_figures("Ông đã chi 60 triệu nhân dân tệ (khoảng 200 tỷ đồng) để mua nhà.")[0]
    assert "mua nhà" not in amount.measure  # an amount in other money is no share


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Năm 2022 có 300 hộ thoát nghèo.", "hộ thoát nghèo"),
        ("Quý I/2024 có 40 doanh nghiệp thành lập mới.", "doanh nghiệp thành lập mới"),
        ("Tháng 3/2024 có 12 vụ tai nạn giao thông.", "vụ tai nạn giao thông"),
    ],
)
def test_a_count_after_a_clause_that_only_says_when_is_measured_by_its_noun(text, measure):
    """The period before "có" is the figure's period, not part of what it counts."""
    assert only(text).measure == measure


@pytest.mark.parametrize(
    "text, last",
    [
        ("Kỳ thi có 12.000 thí sinh, 500 trẻ em và 2.000 du khách.", "du khách Kỳ thi"),
        ("Đoàn có 25 thành viên, 40 tình nguyện viên và 18 nghệ nhân.", "nghệ nhân Đoàn"),
    ],
)
def test_the_last_item_of_a_list_of_counts_is_not_scoped_by_the_item_before(text, last):
    """Only "và" or a comma between two counts makes them items of one list, not owner and owned."""
    figures = extract_figures(text)
    assert figures[-1].measure == last


@pytest.mark.parametrize(
    "text, noun, parts",
    [
        (
            "Sau khi sắp xếp, tỉnh Lai Châu có 38 đơn vị hành chính cấp xã gồm 30 xã, 6 phường và 2 đặc khu.",
            "đơn vị hành chính cấp xã",
            ["xã", "phường", "đặc khu"],
        ),
        ("Vụ tai nạn làm 12 người bị thương, gồm 7 hành khách, 3 học sinh và 2 tài xế.", "người",
         ["hành khách", "học sinh", "tài xế"]),
        ("Khu cách ly có 73 người (gồm 52 người lớn và 21 trẻ em).", "người", ["người lớn", "trẻ em"]),
    ],
)
def test_the_parts_of_a_counted_whole_are_scoped_as_the_whole_is(text, noun, parts):
    """ "gồm" or a bracket after a count opens a list of its parts: each part says what the
    whole's measure says beyond its counted noun, not the whole's noun nor the clause before it."""
    whole, *found = extract_figures(text)
    assert whole.measure.startswith(f"{noun} ")
    scope = whole.measure[len(noun) + 1 :]
    assert [f.measure for f in found] == [f"{part} {scope}" for part in parts]



@pytest.mark.parametrize(
    "text, measure",
    [
        ("Tỷ lệ hộ nghèo của huyện đã giảm xuống còn 4,2%.", "Tỷ lệ hộ nghèo của huyện"),
        ("Giá phân bón tăng lên 15.000 đồng/kg.", "Giá phân bón/kg"),
        ("Sau khi mở tuyến, giá vé máy bay tăng lên 1,2 triệu đồng.", "giá vé máy bay"),
    ],
)
def test_the_level_reached_after_a_movement_measures_its_subject_without_the_verb(text, measure):
    """ "… tăng lên 15.000 đồng": the level is of the subject; the verb is no part of the measure."""
    assert only(text).measure == measure


def test_a_movement_verb_with_an_object_stays_in_the_measure():
    assert only("Công ty tăng vốn điều lệ lên 500 tỷ đồng.").measure == "Công ty tăng vốn điều lệ"


def test_a_movement_that_disagrees_with_the_level_word_names_what_is_counted():
    """ "số mã giảm lên tới 772 mã": the falling stocks rose in number; "giảm" says which stocks."""
    assert only("Cuối phiên, số lượng mã giảm lên tới 400 mã.").measure.endswith("mã giảm")


@pytest.mark.parametrize(
    "text, ending",
    [
        ("Năm ngoái, nữ ca sĩ kiếm được 25 tỷ đồng từ các buổi diễn.", "nữ ca sĩ kiếm được"),
        ("Quỹ khuyến học của xã đã huy động được hơn 300 triệu đồng.", "đã huy động được"),
    ],
)
def test_a_verb_keeps_the_duoc_that_says_what_it_got(text, ending):
    """ "kiếm được 25 tỷ đồng": "được" completes the verb; "kiếm" alone is no quote."""
    assert ending in only(text).measure


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Tài sản của cặp vợ chồng diễn viên ước tính 60 tỷ won.", "Tài sản của cặp vợ chồng diễn viên"),
        ("Câu lạc bộ đã chi 80 triệu euro để mua tiền đạo này.", "Câu lạc bộ đã chi để mua tiền đạo"),
        ("Tiền vệ này nhận lương 150.000 bảng Anh mỗi tuần.", "Tiền vệ nhận lương mỗi tuần"),
    ],
)
def test_money_of_another_country_is_measured_by_what_it_is_the_amount_of(text, measure):
    """ "60 tỷ won" counts won only in form: the measure is whose money it is, not "won …"."""
    assert only(text).measure == measure


def test_an_amount_keeps_no_clause_joined_after_it_by_va():
    f = only("Công ty báo lãi 75 tỷ đồng và vượt kế hoạch năm.")
    assert f.measure == "Công ty báo lãi"


def test_an_amount_keeps_a_short_clause_said_after_it():
    f = only("Doanh thu du lịch đạt 50 tỷ đồng nhờ lượng khách tăng.")
    assert f.measure.endswith("nhờ lượng khách tăng")


def test_what_remains_after_an_amount_is_no_joined_clause():
    f = only("Trong số 83 đồng còn lại, có nhiều khoản không thể thi hành.")
    assert f.measure.endswith("còn lại")


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Trung tâm Y tế huyện đã tiêm vắc xin cho 200 công nhân của các doanh nghiệp.",
         "công nhân của các doanh nghiệp được tiêm vắc xin"),
        ("Xã đã cấp giấy chứng nhận cho 120 hộ dân.", "hộ dân được cấp giấy chứng nhận"),
    ],
)
def test_a_counted_noun_after_cho_receives_the_verb_phrase_before_it(sentence, measure):
    assert only(sentence).measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "Huyện trao giấy khen của Chủ tịch UBND huyện cho 7 công dân có hành động dũng cảm.",
        "Ngôi nhà có bãi đậu xe dành cho 10 chiếc xe hơi.",
        "Bệnh nhân này đã lây cho hai người thân trong gia đình.",
    ],
)
def test_cho_after_an_owner_or_a_verb_that_gives_nothing_names_no_receiver(sentence):
    assert "được" not in only(sentence).measure


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Thị trường chững lại khi VN-Index lùi về 1.150 điểm.", "VN-Index lùi về"),
        ("Cổ phiếu ngân hàng đồng loạt khởi sắc khi lợi nhuận quý I của nhóm này đạt 25.000 tỷ đồng.",
         "lợi nhuận quý I của nhóm"),
    ],
)
def test_the_clause_after_khi_holds_the_subject_of_its_figure(sentence, measure):
    assert only(sentence).measure == measure


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Số tiền phải hoàn trả khi quyết toán công trình là 12 tỷ đồng.", "Số tiền phải hoàn trả khi"),
        ("Sau khi sáp nhập, tỉnh có 60 xã.", "sáp nhập"),
        ("Khi đó GDP bình quân đầu người của đảo quốc này đạt 3.000 USD.", "Khi đó GDP bình quân"),
    ],
)
def test_khi_after_named_money_before_a_comma_or_as_an_adverb_keeps_the_clause(sentence, kept):
    assert kept in only(sentence).measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Chốt phiên chiều nay, thị trường bất ngờ đảo chiều, VN-Index tăng 1,2%.", "VN-Index tăng"),
        ("Chỉ số đại diện cho cả thị trường VNX-Allshare giảm 0,8%.", "VNX-Allshare giảm"),
        ("Trên sàn Hà Nội, chỉ số HNX-Index giảm 0,5%.", "chỉ số HNX-Index giảm"),
    ],
)
def test_the_move_of_a_stock_index_is_measured_from_its_name(sentence, measure):
    assert only(sentence).measure == measure


def test_a_quantity_said_of_an_index_keeps_its_words():
    assert only("Mã VCB đóng góp cho VN-Index 2,1 điểm.").measure == "Mã VCB đóng góp cho VN-Index"
    assert only("Biên dao động của VN-Index trong phiên là hơn 25 điểm.").measure.startswith("Biên dao động")


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Dù doanh thu của hợp tác xã giảm 12%, xã viên vẫn có việc làm.", "doanh thu của hợp tác xã giảm"),
        ("Gói hỗ trợ của tỉnh gồm các khoản vay ưu đãi 200 tỷ đồng.", "khoản vay ưu đãi"),
        ("Giống lúa mới giúp năng suất vụ chiêm tăng 15%.", "năng suất vụ chiêm tăng"),
        ("Các chuyên gia kỳ vọng kim ngạch xuất khẩu gạo tăng 8%.", "kim ngạch xuất khẩu gạo tăng"),
        ("Năm nay, huyện nâng tỷ lệ hộ dùng nước sạch lên 95%.", "tỷ lệ hộ dùng nước sạch"),
        ("Sở Tài chính đưa ra mức hỗ trợ mỗi hộ 5 triệu đồng.", "mức hỗ trợ mỗi hộ"),
    ],
)
def test_a_word_opening_the_clause_of_the_subject_ends_what_comes_before(sentence, measure):
    assert only(sentence).measure == measure


def test_an_opener_before_a_counted_noun_leaves_its_scope():
    assert "giúp" in only("Dự án giúp 120 hộ dân có nước sạch.").measure
    assert only("Người giúp việc nhận lương 6 triệu đồng mỗi tháng.").measure.startswith("Người giúp việc")


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Tại thời điểm hiện tại, giá tiêu là 150.000 đồng/kg.", "giá tiêu/kg"),
        ("Dư nợ tín dụng của chi nhánh ở thời điểm này đạt 900 tỷ đồng.", "Dư nợ tín dụng của chi nhánh"),
        ("Giá phòng nghỉ ở Sa Pa có thời điểm tăng 40% so với ngày thường.",
         "Giá phòng nghỉ ở Sa Pa tăng so với ngày thường"),
        ("Vào thời điểm 31/10/2023, nợ thuế là 17 tỷ đồng.", "nợ thuế"),
        ("Giá lúa ở thời điểm 15/3/2024 là 8.000 đồng/kg.", "Giá lúa/kg"),
    ],
)
def test_a_point_in_time_is_no_part_of_the_measure(sentence, measure):
    assert only(sentence).measure == measure


def test_a_point_in_time_said_of_a_clause_stays():
    assert "thời điểm cao nhất" in only("Giá tiêu đen thời điểm cao nhất đạt 150.000 đồng/kg.").measure
    assert only("Số ca dương tính đến thời điểm này là 52 người.").measure == "Số ca dương tính"


def test_a_dated_point_in_time_alone_leaves_no_measure():
    figures = extract_figures("Nợ thuế đất của huyện là 20 tỷ đồng. Thời điểm 31/12/2023 là 25 tỷ đồng.")
    assert [f.measure for f in figures] == ["Nợ thuế đất của huyện", None]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Có 45 học sinh đạt giải trên tổng số 60 học sinh dự thi.", "học sinh đạt giải"),
        ("Doanh thu của hợp tác xã đã vượt con số 5 tỷ đồng.", "Doanh thu của hợp tác xã đã vượt"),
    ],
)
def test_the_words_that_bring_in_a_whole_or_the_number_end_no_measure(sentence, measure):
    assert extract_figures(sentence)[0].measure == measure


def test_what_was_said_of_the_count_before_scopes_no_next_item():
    figures = extract_figures(
        "Huyện đã lấy 500 mẫu xét nghiệm, trong đó 4 mẫu dương tính của 4 bệnh nhân đã nhập viện, "
        "320 mẫu âm tính, 176 mẫu đang chờ kết quả."
    )
    by_text = {f.text: f.measure for f in figures}
    assert by_text["320 mẫu âm tính"] == "mẫu âm tính"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Riêng tại Hà Giang, đến cuối tháng 6/2023, khoảng 120 nhà nghỉ tạm dừng đón khách.",
         "nhà nghỉ tạm dừng đón khách tại Hà Giang"),
        ("Ở huyện Mường Lát, sáng 12/7, mưa lũ làm 4 người mất tích.",
         "người mất tích do mưa lũ ở huyện Mường Lát"),
    ],
)
def test_a_place_opening_the_sentence_is_where_the_figure_after_it_is_counted(sentence, measure):
    assert only(sentence).measure == measure


def test_an_event_or_a_place_already_said_opens_no_place():
    assert only("Tại Hội nghị, trong năm 2023, huyện cho biết có 300 hộ nghèo được hỗ trợ.").measure == (
        "hộ nghèo được hỗ trợ")
    assert only("Tại Cao Bằng, trong tháng 7/2023, 25 hộ dân ở Cao Bằng phải di dời.").measure == (
        "hộ dân ở Cao Bằng phải di dời")


def test_a_dated_clause_before_a_comma_leaves_the_scope_after_it():
    assert only("Tính đến 17h ngày 12/5, Kỳ Anh đã có 9 ca mắc với biến chủng mới.").measure == (
        "ca mắc với biến chủng mới Kỳ Anh")


def test_a_total_before_the_counted_noun_stays_before_it():
    measures = [f.measure for f in extract_figures(
        "Vùng phong tỏa gồm toàn bộ bản Na Sang, với tổng số 214 hộ tương ứng 903 nhân khẩu.")]
    assert measures == ["tổng số hộ", "tổng số nhân khẩu"]  # not "hộ tổng số"
