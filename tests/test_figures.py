"""Figures: number forms in text, units, exclusions, ranges, qualifiers, measure (the number
grammar alone: test_figure_numbers.py; classes of real text: test_figure_real_classes.py).

Every sentence here was written for these tests."""

import pytest

from figure_helpers import only
from newsmine.facts.figures import extract_figures

# ---------------------------------------------------------------- number forms in text


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Toàn tỉnh có 1.200 hộ tham gia mô hình.", "1.200 hộ", 1200, "household"),
        ("Tỷ lệ che phủ rừng đạt 45,6%.", "45,6%", 45.6, "percent"),
        ("Kinh phí dự kiến là 2,5 triệu đồng mỗi lớp.", "2,5 triệu đồng", 2.5e6, "VND"),
        ("Tổng vốn của dự án là 3,2 nghìn tỷ đồng.", "3,2 nghìn tỷ đồng", 3.2e12, "VND"),
        ("Huyện đã chi 1 tỷ 200 triệu đồng cho việc sửa trường.", "1 tỷ 200 triệu đồng", 1.2e9, "VND"),
        ("Số nợ còn lại là 75 tỷ 060 triệu đồng.", "75 tỷ 060 triệu đồng", 75.06e9, "VND"),
        ("Ngân sách huyện thu được 1.234,5 triệu đồng.", "1.234,5 triệu đồng", 1234.5e6, "VND"),
        ("Thu ngân sách quý này đạt 812 tỷ.", "812 tỷ", 812e9, "VND"),
        ("Dự án cần thêm 1 tỷ rưỡi để hoàn thành.", "1 tỷ rưỡi", 1.5e9, "VND"),
        ("Xã vừa đón ba mươi lăm hộ về khu tái định cư.", "ba mươi lăm hộ", 35, "household"),
        ("Mười hai bản đã có điện lưới quốc gia.", "Mười hai bản", 12, "count"),
        ("Huyện có hai trăm linh năm hộ nghèo.", "hai trăm linh năm hộ", 205, "household"),
        ("Tỉnh trao một tỷ đồng cho quỹ khuyến học.", "một tỷ đồng", 1e9, "VND"),
        ("Lãi suất giảm ba phần trăm so với tháng trước.", "ba phần trăm", 3, "percent"),
        ("Giá trị xuất khẩu đạt 25 triệu USD.", "25 triệu USD", 25e6, "USD"),
        ("Nhà máy nhận khoản tài trợ 2 triệu đô la Mỹ.", "2 triệu đô la Mỹ", 2e6, "USD"),
    ],
)
def test_number_forms(sentence, text, value, unit):
    figure = only(sentence)
    assert (figure.text, figure.unit) == (text, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("Diện tích lúa bị ngập là 320 ha.", 320, "ha"),
        ("Đã trồng mới 52 héc-ta quế.", 52, "ha"),
        ("Khu đất rộng 75ha nằm ven sông.", 75, "ha"),
        ("Tuyến đường dài 12,5 km đi qua nhiều xã.", 12.5, "km"),
        ("Mặt đường rộng 7,5 m.", 7.5, "m"),
        ("Nhà văn hóa có diện tích 350 m² sàn.", 350, "m2"),
        ("Kho lạnh rộng 1.200 m2 đã hoàn thành.", 1200, "m2"),
        ("Khối lượng đất đá sạt lở khoảng 8.000 m³.", 8000, "m3"),
        ("Bể chứa được 500 m3 nước.", 500, "m3"),
        ("Sản lượng chè đạt 9.500 tấn.", 9500, "tonne"),
        ("Mỗi nhân khẩu được hỗ trợ 15 kg gạo.", 15, "kg"),
        ("Nhà máy thủy điện có công suất 30 MW.", 30, "MW"),
        ("Sản lượng điện đạt 120 triệu kWh.", 120e6, "kWh"),
        ("Lượng mưa đo được là 250 mm.", 0.25, "m"),
        ("Trận lũ làm 4 người bị thương.", 4, "person"),
        ("Hội nghị có 180 đại biểu dự.", 180, "person"),
        ("Có 2.300 lao động được tạo việc làm.", 2300, "person"),
        ("Đã di dời 65 hộ gia đình khỏi vùng nguy hiểm.", 65, "household"),
        ("Trường có 300 thạc sĩ và giảng viên.", 300, "person"),
        ("Trong số ca mắc mới có 2 nữ.", 2, "person"),
        ("Khoảng 100 ngàn nam giới được khám sàng lọc.", 100000, "person"),
        ("Tỉnh hoàn thành 47 km đường giao thông nông thôn.", 47, "km"),
    ],
)
def test_units(sentence, value, unit):
    figure = only(sentence)
    assert figure.unit == unit
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, value, item",
    [
        ("Trường có 235 phòng học bị xuống cấp.", 235, "phòng học"),
        ("Toàn tỉnh có 80 hợp tác xã nông nghiệp.", 80, "hợp tác xã nông nghiệp"),
        ("Đoàn đã kiểm tra 14 dự án giao thông.", 14, "dự án giao thông"),
        ("Tỉnh có 9 huyện, thành phố tham gia.", 9, "huyện, thành phố"),
        ("Huyện nêu 3 “nút thắt” cần tháo gỡ.", 3, "nút thắt"),
        ("Đã có 3 lần điều chỉnh quy hoạch.", 3, "lần điều chỉnh quy hoạch"),
        ("Các cơ quan cung cấp 450 dịch vụ công trực tuyến.", 450, "dịch vụ công trực tuyến"),
        ("Nhân dân đóng góp 5.000 ngày công làm đường.", 5000, "ngày công"),
    ],
)
def test_counted_nouns_become_count_with_their_item(sentence, value, item):
    figure = only(sentence)
    assert (figure.unit, figure.value, figure.item) == ("count", value, item)


def test_a_ratio_counts_its_numerator():
    figure = only("Năm nay huyện đạt 17/19 tiêu chí nông thôn mới.")
    assert (figure.unit, figure.value, figure.text) == ("count", 17, "17/19 tiêu chí nông thôn mới")


@pytest.mark.parametrize(
    "sentence, value, text",
    [
        ("Chỉ số cải cách hành chính của tỉnh xếp thứ 12/63.", 12, "xếp thứ 12/63"),
        ("Tỉnh đứng thứ 5 toàn quốc về thu hút đầu tư.", 5, "đứng thứ 5"),
    ],
)
def test_ranks(sentence, value, text):
    figure = only(sentence)
    assert (figure.unit, figure.value, figure.text) == ("rank", value, text)


# ---------------------------------------------------------------- not figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 17/11, đoàn công tác làm việc tại huyện.",  # day and month
        "Hội nghị diễn ra ngày 5/12/2023 tại hội trường tỉnh.",  # full date
        "Sáng 22-9, lãnh đạo tỉnh đến thăm các trường học.",  # date with a dash
        "Từ tháng 10/2024, chính sách mới có hiệu lực.",  # month and year
        "Cuộc họp bắt đầu lúc 14h30 tại trụ sở.",  # time
        "Buổi lễ khai mạc lúc 8 giờ sáng.",  # time in words
        "Năm 2022 tỉnh đẩy mạnh chuyển đổi số.",  # a year
        "Kế hoạch giai đoạn 2021 - 2025 đã được phê duyệt.",  # a period
        "Quý I/2023 kinh tế phục hồi rõ nét.",  # a quarter
        "Quyết định số 645/QĐ-UBND được ban hành kịp thời.",  # a document number
        "Thực hiện Nghị quyết số 13-NQ/TU của Tỉnh ủy.",  # a Party document number
        "Căn cứ Thông tư số 84/2014/TT-BTC của Bộ Tài chính.",  # a circular number
        "Đại hội Đảng bộ tỉnh lần thứ 13 thành công tốt đẹp.",  # an ordinal
        "Kỳ họp thứ 10 HĐND tỉnh khóa XV bế mạc.",  # ordinal session
        "Cơn bão số 10 gây mưa lớn ở nhiều nơi.",  # a storm's name
        "Nhà mạng tắt sóng 2G tại vùng sâu.",  # a name with a digit
        "Dịch COVID-19 ảnh hưởng nặng tới du lịch.",  # a disease name
        "Xe chạy trên Quốc lộ 12 qua đèo.",  # a road name
        "Mọi thắc mắc xin gọi số 0214.3876.555 để được giải đáp.",  # a phone number
        "Thiệt hại lên tới hàng trăm tỷ đồng.",  # no digit, no number word
        "Trường Tiểu học Kim Đồng 2 khai giảng năm học mới.",  # a school's name
        "Theo khoản 3 điều 8 Luật Ngân sách, địa phương phải lập dự toán.",  # a law article
        "Năm 2024 tỷ lệ hộ nghèo giảm mạnh.",  # a year before "tỷ lệ"
        "Hai bên đã ký biên bản ghi nhớ hợp tác.",  # an idiom, not a count
        "Gấp 3 lần so với cùng kỳ là con số đáng mừng.",  # a multiplication
        "Hội thảo kéo dài 2 ngày tại thành phố.",  # a duration
        "Theo khảo sát công bố vào 9/2023 chỉ ra nhiều thay đổi.",  # a month and year
        "Tỉnh duyệt quy hoạch tỷ lệ 1/500 khu dân cư mới.",  # a map scale
        "Tại hội nghị lần 2 chúng tôi đã nêu ý kiến.",  # "lần 2": the second time
        "Cuốn sổ tay Địa lý 12 dày hơn năm trước.",  # a label's number before an adjective
        "Đoạn đường do Công ty xây dựng 471 đảm nhiệm thi công.",  # a name's number before a verb
        "Chỉ số có thể hướng tới sóng tăng 3 tiếp tục trong tuần tới.",  # a wave's label
        "Căn biệt thự 88 nằm ven hồ Tây.",  # a house number before a verb
    ],
)
def test_not_figures(sentence):
    assert extract_figures(sentence) == []


def test_times_after_a_name_are_counted():
    """A name's number is never followed by "lần": "Lào 2 lần" counts times."""
    figures = extract_figures("Đội tuyển Thái Lan vô địch 5 lần, Lào 2 lần.")
    assert [(f.value, f.item) for f in figures] == [(5, "lần"), (2, "lần")]
    assert extract_figures("Giải Bóng đá Tỉnh 2025 lần này có nhiều đội.") == []


def test_related_article_headlines_are_not_figures():
    text = (
        "Huyện đã trồng 40 ha rừng mới.\n"
        "Các bài viết khác\n"
        "Xã vùng cao nhận 300 suất quà Tết\n"
        "Tỉnh chi 5 tỷ đồng làm đường"
    )
    assert [f.text for f in extract_figures(text)] == ["40 ha"]


# ---------------------------------------------------------------- ranges and qualifiers


def test_a_dash_range_is_two_figures_sharing_the_unit():
    first, second = extract_figures("Tăng trưởng kinh tế năm nay dự kiến đạt 6,5 – 7%.")
    assert (first.value, first.unit, first.text) == (6.5, "percent", "6,5 – 7%")
    assert (second.value, second.unit, second.text) == (7, "percent", "7%")


def test_a_from_to_range_shares_unit_and_multiplier():
    first, second = extract_figures("Mỗi công trình cần từ 10 đến 15 tỷ đồng.")
    assert (first.value, first.unit, first.text) == (10e9, "VND", "từ 10 đến 15 tỷ đồng")
    assert (second.value, second.unit) == (15e9, "VND")


def test_range_ends_measure_the_same_thing():
    first, second = extract_figures("Giá cà phê dao động từ 95.000 đến 98.000 đồng/kg.")
    assert first.measure.removesuffix(" (mức thấp)") == second.measure.removesuffix(" (mức cao)")
    assert "giá cà phê" in first.measure.lower()


@pytest.mark.parametrize(
    "sentence, text, qualifier",
    [
        ("Tổng kinh phí khoảng 433 tỷ đồng.", "khoảng 433 tỷ đồng", "approx"),
        ("Lũ cuốn trôi gần 800 con gia cầm.", "gần 800 con gia cầm", "approx"),
        ("Giá trị sản xuất xấp xỉ 140 triệu đồng mỗi ha.", "xấp xỉ 140 triệu đồng", "approx"),
        ("Toàn tỉnh có hơn 1.200 hộ thoát nghèo.", "hơn 1.200 hộ", "over"),
        ("Tỷ lệ giải ngân đạt trên 60%.", "trên 60%", "over"),
        ("Doanh thu du lịch vượt 2.000 tỷ đồng.", "vượt 2.000 tỷ đồng", "over"),
        ("Tỷ lệ hộ nghèo còn dưới 5%.", "dưới 5%", "under"),
        ("Nhiều đơn vị giải ngân chưa đến 20%.", "chưa đến 20%", "under"),
        ("Nợ công không vượt quá 30% thu ngân sách.", "không vượt quá 30% thu ngân sách", "under"),
        ("Có 90% trở lên hồ sơ được xử lý trực tuyến.", "90% trở lên", "over"),
        ("Nhiều điểm trường có ít hơn 15 học sinh.", "ít hơn 15 học sinh", "under"),
        ("Mỗi tổ có không ít hơn 5 thành viên.", "không ít hơn 5 thành viên", "over"),
    ],
)
def test_qualifiers_belong_to_the_figure(sentence, text, qualifier):
    figure = only(sentence)
    assert (figure.text, figure.qualifier) == (text, qualifier)


@pytest.mark.parametrize(
    "sentence, direction",
    [
        ("Thu ngân sách tăng 12% so với cùng kỳ.", "up"),
        ("Số ca mắc sốt xuất huyết giảm 35% so với năm trước.", "down"),
        ("Tỷ lệ hộ nghèo là 8%.", None),
    ],
)
def test_direction_when_stated(sentence, direction):
    assert only(sentence).direction == direction


# ---------------------------------------------------------------- measure


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Năm 2022, tỷ lệ hồ sơ nộp trực tuyến đạt 53%.", "tỷ lệ hồ sơ nộp trực tuyến"),
        ("Mưa lớn làm 235 phòng học bị hư hỏng nặng.", "phòng học bị hư hỏng nặng do mưa lớn"),
        ("Trong đó, tỷ lệ hồ sơ toàn trình đạt 82%.", "tỷ lệ hồ sơ toàn trình"),
        ("Tổng thiệt hại do bão gây ra là khoảng 90 tỷ đồng.", "Tổng thiệt hại do bão gây ra"),
        ("Lũ quét làm 12 ngôi nhà bị cuốn trôi.", "ngôi nhà bị cuốn trôi do lũ quét"),
        ("Thu ngân sách tăng 7% so với cùng kỳ năm 2023.", "Thu ngân sách tăng so với cùng kỳ năm 2023"),
        ("Xã đã vận động được 40 hộ hiến đất làm đường.", "hộ hiến đất làm đường Xã đã vận động"),
        ("Sáng 12/3, bệnh viện đã tiếp nhận 6 bệnh nhân bị ngộ độc.", "bệnh nhân bị ngộ độc bệnh viện đã tiếp nhận"),
        ("Ban tổ chức trao huy hiệu \"Tuổi trẻ dũng cảm\" cho 3 đội viên.",
         "đội viên Ban tổ chức trao huy hiệu \"Tuổi trẻ dũng cảm\""),
        ("Năm 2015 tỷ lệ này chỉ là 0,2%.", "tỷ lệ"),
        ("Hội thi nhận được 267 hồ sơ công trình, sáng kiến tham gia.",
         "hồ sơ công trình, sáng kiến tham gia Hội thi nhận được"),
        ("Bệnh viện tiêm cho 50 người/ngày.", "người/ngày được Bệnh viện tiêm"),
    ],
)
def test_measure_is_what_the_number_describes(sentence, measure):
    assert only(sentence).measure == measure


def test_measure_of_an_area_names_the_area():
    assert only("Khoảng 120 ha lúa bị ngập úng.").measure == "diện tích lúa bị ngập úng"


def test_percentage_of_a_plan_names_the_subject_and_the_plan_as_written():
    figures = extract_figures("Vốn đầu tư công đã giải ngân 900 tỷ đồng, đạt 45% kế hoạch.")
    assert figures[1].measure == "Vốn đầu tư công đã giải ngân kế hoạch"


# ---------------------------------------------------------------- offsets and sentences


def test_offsets_point_at_the_surface_text():
    text = "Tiêu đề: 5 xã về đích\n\nNăm 2023, huyện có 5 xã đạt chuẩn. Kinh phí khoảng 12,5 tỷ đồng."
    figures = extract_figures(text)
    assert [f.text for f in figures] == ["5 xã", "5 xã", "khoảng 12,5 tỷ đồng"]
    for f in figures:
        assert text[f.start : f.end] == f.text
        assert f.text in f.sentence


def test_given_sentence_spans_are_used():
    text = "Xã A có 30 hộ nghèo. Xã B có 12 hộ nghèo."
    figures = extract_figures(text, [(0, 20), (21, len(text))])
    assert [f.sentence for f in figures] == ["Xã A có 30 hộ nghèo.", "Xã B có 12 hộ nghèo."]


def test_all_capital_headlines_are_read():
    figure = only("HĐND TỈNH THÔNG QUA 24 NGHỊ QUYẾT QUAN TRỌNG")
    assert (figure.unit, figure.value) == ("count", 24)


# ---------------------------------------------------------------- measure, as annotators phrase it


def test_measure_tells_the_two_ends_of_a_range_apart():
    low, high = extract_figures("Giá bán dao động từ 20.000 đến 25.000 đồng.")
    assert low.measure == "Giá bán (mức thấp)"
    assert high.measure == "Giá bán (mức cao)"


def test_measure_of_an_amount_per_unit_is_a_price_for_each_unit_written_as_the_article_writes_it():
    fares = extract_figures("Vé xe buýt nội tỉnh tăng từ 7.000 đồng/lượt lên 9.000 đồng/lượt.")
    assert [f.measure for f in fares] == ["giá Vé xe buýt nội tỉnh/lượt"] * 2
    income = only("Thu nhập bình quân của công nhân đạt 8 triệu đồng/người/tháng.")
    assert income.measure == "Thu nhập bình quân của công nhân/người/tháng"
    rooms = only("Khu nghỉ dưỡng đón 300 lượt khách/ngày trong dịp lễ.")
    assert rooms.measure.startswith("lượt khách/ngày")


def test_measure_leaves_out_a_period_after_the_number_and_an_estimating_verb():
    rates = extract_figures("Tỷ lệ lao động qua đào tạo tăng từ 28% năm 2017 lên 38% năm 2019.")
    assert {f.measure for f in rates} == {"Tỷ lệ lao động qua đào tạo"}
    f = only("Doanh thu du lịch 9 tháng năm nay ước tính đạt 1.200 tỷ đồng.")
    assert f.measure == "Doanh thu du lịch 9 tháng"
    f = only("Tổng thiệt hại ban đầu ước tính khoảng 12 tỷ đồng.")
    assert f.measure == "Tổng thiệt hại ban đầu ước tính"


def test_measure_after_a_comparison_keeps_the_subject_of_the_sentence():
    _fall, amount = extract_figures(
        "Doanh thu lữ hành cũng giảm mạnh 40% so với cùng kỳ năm trước, ước tính đạt 2.100 tỷ đồng.")
    assert amount.measure == "Doanh thu lữ hành"
    *_, lost = extract_figures("Doanh thu lữ hành đạt 2.100 tỷ đồng, giảm 40% so với cùng kỳ năm trước, "
                               "“bốc hơi” 1.400 tỷ đồng.")
    assert lost.measure == "Doanh thu lữ hành “bốc hơi”"


def test_measure_of_a_generic_count_is_a_subject_that_says_what_it_counts():
    f = only("Số giáo viên tiểu học nghỉ hưu năm nay là 312 người.")
    assert f.measure == "Số giáo viên tiểu học nghỉ hưu"


def test_measure_of_a_goal_starts_with_muc_tieu_and_drops_the_cue_and_its_agent():
    f = only("Năm 2025, huyện đặt mục tiêu tỷ lệ hộ dùng nước sạch đạt 95%.")
    assert f.measure == "mục tiêu tỷ lệ hộ dùng nước sạch"


def test_measure_ignores_a_target_word_inside_a_programme_name():
    f = only("Chương trình mục tiêu quốc gia giảm nghèo giải ngân đạt 40%.")
    assert not f.measure.startswith("mục tiêu")


def test_measure_drops_the_speaker_of_a_reported_figure():
    f = only("Ông Minh cho biết tổng vốn đầu tư dự án là 300 tỷ đồng.")
    assert f.measure == "tổng vốn đầu tư dự án"


def test_measure_of_money_allotted_by_a_verb_is_the_allotting_clause_and_its_purpose():
    f = only("Huyện đã bố trí 5 tỷ đồng cho việc sửa chữa trường học.")
    assert f.measure == "Huyện đã bố trí cho việc sửa chữa trường học"


def test_measure_of_a_share_names_the_subject_and_the_whole():
    f = only("Ngành du lịch chiếm 12% GRDP của tỉnh.")
    assert f.measure == "Ngành du lịch GRDP của tỉnh"


def test_measure_of_money_accompanying_a_clause_takes_that_clause():
    f = only("Tỉnh khởi công cầu qua sông Mã, với tổng vốn đầu tư 120 tỷ đồng.")
    assert f.measure.startswith("tổng vốn đầu tư")
    assert "cầu qua sông Mã" in f.measure


def test_measure_of_an_amount_spans_a_count_inside_its_clause():
    _, money = extract_figures("Số tiền thuê đất của 4 doanh nghiệp còn nợ 12 tỷ đồng.")
    assert money.measure.startswith("Số tiền thuê đất")
    assert money.measure.endswith("4 doanh nghiệp còn nợ")


def test_square_kilometres_are_hectares():
    text = "Công viên địa chất rộng hơn 4.842 km² trải trên nhiều huyện."
    (figure,) = [f for f in extract_figures(text) if "km" in f.text]
    assert figure.unit == "ha" and figure.value == 484200


def test_visits_of_people_count_as_persons():
    text = "Năm 2024, trường đã đào tạo 13.630 lượt người."
    (figure,) = extract_figures(text)
    assert figure.unit == "person" and figure.value == 13630
