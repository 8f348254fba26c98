"""Figure detection on forms found by auditing unannotated news: which numbers are figures, with
which unit. Every sentence here was written for these tests."""

import pytest

from newsmine.facts.figures import extract_figures


def found(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # people named by their post are people, however the post is capitalised
        ("Bộ đã bổ nhiệm 12 Giám đốc Công an tỉnh.", [(12, "person")]),
        ("Mỗi quận có không quá 3 Phó Chủ tịch.", [(3, "person")]),
        ("Cục vừa đón 2 tân phó cục trưởng.", [(2, "person")]),
        ("Buổi lễ có 4 cựu Bí thư Tỉnh ủy dự.", [(4, "person")]),
        ("Đoàn gồm 6 nhà ngoại giao và 3 quan chức.", [(6, "person"), (3, "person")]),
        ("Thị xã có khoảng 80.000 dân.", [(80000, "person")]),
        ("Chị sống cùng hai con gái.", [(2, "person")]),
        # a modifier before anything but a noun for people changes nothing
        ("Xã trồng 5 tân giống lúa.", [(5, "count")]),
    ],
)
def test_nouns_for_people_count_people(text, expected):
    assert found(text) == expected


def test_a_capitalised_kind_of_body_is_counted():
    assert found("Cả nước có 34 Công an cấp tỉnh.") == [(34, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 30-6 đồng loạt các phường ra mắt.",  # a date before "đồng loạt" is no money
        "Người dân gọi tổng đài 1022 nhận hỗ trợ.",  # a service number names a line
        "Năm 2018 đồng thời công ty mở chi nhánh.",
        "Đội nhà thắng 2-1 chung cuộc.",  # a score
        "Hiệp một khép lại với tỷ số 1-0.",
        "Tỷ số đang là 3-2 nghiêng về đội khách.",
        "Quả bom B61-12 được thử lần đầu.",  # a code
        "Máy dùng chip i7-10700 mới.",
        "Tại vòng 3 giải bóng đá hạng Nhất, đội thua.",  # a round, not three tournaments
        "Doanh số iPhone 12 mini thấp hơn dự kiến.",  # a product name
        "Dịp 30/4 - 1/5 lượng khách tăng mạnh.",  # two days, not one fifth
        "Nghỉ lễ 30/4 và 1/5 kéo dài.",
    ],
)
def test_names_dates_scores_and_codes_are_not_figures(text):
    assert found(text) == []


def test_within_a_time_the_number_after_vong_is_a_quantity():
    assert found("Trong vòng 3 ngày, xã tiếp nhận 40 người.") == [(40, "person")]


def test_a_share_of_a_count_is_still_counted_after_a_date():
    assert found("Ngày 3/5, huyện hoàn thành 15/15 chỉ tiêu.") == [(15, "count")]


def test_money_named_after_dong_stays_money():
    assert found("Anh rút được hơn 1 triệu đồng tiền lãi.") == [(1_000_000, "VND")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dân số của phường là 12.480 người.", [(12480, "person")]),
        ("Số dân tăng lên mức 2,5 triệu người.", [(2_500_000, "person")]),
        ("Mỗi năm 15.000 người đến thăm hang.", [(15000, "person")]),
        ("Vào thời điểm hai người gặp nhau, trời mưa.", [(2, "person")]),
        ("Chỉ số chốt phiên ở mức 91,18 điểm.", [(91.18, "count")]),
        # a plain number after a label word is still its label
        ("Theo Điều 79.2 Luật Dược, khoản 3 người lao động được nghỉ.", []),
    ],
)
def test_a_number_with_a_multiplier_or_grouping_is_never_a_label(text, expected):
    assert found(text) == expected


def test_a_range_keeps_its_first_end_when_the_second_has_a_qualifier():
    assert found("Giá bán từ 450 triệu đến hơn 600 triệu đồng.") == [(450e6, "VND"), (600e6, "VND")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hồ chứa cấp nước cho gần 1/3 dân số thành phố.", []),
        ("Ngành chiếm 2/3 tổng thu ngân sách.", []),
        ("Tỉnh đạt 7/8 chỉ tiêu.", [(7, "count")]),
    ],
)
def test_a_fraction_of_a_whole_is_no_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đội cứu hộ đưa được 4 trong số 7 người lên bờ.", [(4, "person"), (7, "person")]),
        ("Có 12 trong số 20 xã đạt chuẩn.", [(12, "count"), (20, "count")]),
        # "one of" without "số" names one of a set, it counts nothing
        ("Đây là 1 trong 5 lĩnh vực ưu tiên.", [(5, "count")]),
        # "trong", "trên" alone between a part and its whole say the same ("x out of y")
        ("Huyện đã nghiệm thu 3 trên 8 công trình thủy lợi.", [(3, "count"), (8, "count")]),
        ("Có 4 trong 11 ứng viên là người dân tộc thiểu số.", [(4, "person"), (11, "person")]),
        ("Đội bóng chỉ thắng 2 trong 9 trận sân nhà.", [(2, "count"), (9, "count")]),
        # a part no smaller than its whole is a product's name ("4 trong 1"), no part
        ("Cửa hàng bán máy lọc 5 trong 1 cho gia đình.", []),
    ],
)
def test_a_part_of_a_counted_whole_takes_its_unit(text, expected):
    assert found(text) == expected


def test_a_part_after_tren_measures_what_its_whole_measures():
    part, whole = extract_figures("Xã đã hoàn thành 3 trên 8 tuyến đường giao thông nông thôn.")
    assert (part.value, whole.value) == (3, 8) and part.measure == whole.measure


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bác sĩ tiêm một ống thuốc 75mg.", [(0.000075, "kg")]),  # GOLD.md: mass in kg
        ("Mỗi suất có 400 gram thịt.", [(0.4, "kg")]),
        ("Trẻ cần uống 500 ml sữa.", [(0.0005, "m3")]),  # litres are m3
    ],
)
def test_small_masses_and_volumes_are_in_base_units(text, expected):
    assert [(pytest.approx(v), u) for v, u in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pair of kin named with "hai" is the pair, not a count; "ba mẹ" is father and mother;
        # kin counted in digits are people
        ("Hai mẹ con được đưa đi cấp cứu, ba mẹ em rất lo.", []),
        ("Gia đình có 10 anh em.", [(10, "person")]),
    ],
)
def test_kin_pairs_in_words_are_not_counted(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Số xã đạt chuẩn nông thôn mới tăng từ 32 lên 36 xã.", [(32, "count"), (36, "count")]),
        ("Tỷ lệ hộ nghèo giảm từ 12,5 xuống còn 9,8%.", [(12.5, "percent"), (9.8, "percent")]),
        ("Giá vé tăng từ 180.000 lên 210.000 đồng/lượt.", [(180000, "VND"), (210000, "VND")]),
        # without "từ" the old value is not read: "lên" after a bare number opens no change
        ("Mực nước dâng 2 lên mức báo động 3.", []),
    ],
)
def test_the_old_value_of_a_change_takes_the_new_values_unit(text, expected):
    assert found(text) == expected


def test_the_two_values_of_a_change_are_told_apart_as_before_and_after():
    old, new = extract_figures("Số trạm y tế đạt chuẩn tăng từ 40 lên 52 trạm.")
    assert old.measure.endswith("(trước)") and new.measure.endswith("(sau)")
    assert old.measure.removesuffix(" (trước)") == new.measure.removesuffix(" (sau)")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trạm bơm dùng động cơ 250kW.", [(0.25, "MW")]),
        ("Dự án điện mặt trời áp mái công suất 1,2 MWp.", [(1.2, "MW")]),
        ("Nhà máy phát lên lưới 3 GWh trong quý I.", [(3_000_000, "kWh")]),
    ],
)
def test_power_and_energy_in_other_prefixes_are_in_base_units(text, expected):
    assert [(round(v, 6), u) for v, u in found(text)] == expected


@pytest.mark.parametrize(
    "text, item",
    [
        ("Tỉnh đã nhận 17 vắc-xin dự tuyển.", "vắc-xin dự tuyển"),  # a hyphenated word is one word
        ("Huyện ghi nhận 46 ca tử vong chỉ trong một tháng.", "ca tử vong"),
        ("Còn 160 hũ vẫn chưa có người nhận.", "hũ"),
    ],
)
def test_a_counted_item_ends_where_its_noun_phrase_does(text, item):
    assert [f.item for f in extract_figures(text)][:1] == [item]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Các nhà hảo tâm ủng hộ 50 triệu cho quỹ.", [(50_000_000, "VND")]),
        ("Mỗi hộ được hỗ trợ 3 triệu mỗi tháng.", [(3_000_000, "VND")]),
        ("Tỉnh hỗ trợ 2 triệu liều vắc-xin.", [(2_000_000, "count")]),  # a counted noun: no money
    ],
)
def test_a_bare_amount_after_a_word_of_giving_money_is_money(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nhiều hộ trong xóm mất hơn 80 triệu, ông Tâm kể.", [(80_000_000, "VND")]),
        ("“Nhà tôi mất 120 triệu”, ông Tâm kể.", [(120_000_000, "VND")]),  # a closing quote ends it
        ("Giá thuê mặt bằng tăng thêm 4 triệu mỗi tháng.", [(4_000_000, "VND")]),
        ("Mức học phí của trường tăng 1-3 triệu mỗi năm.", [(1_000_000, "VND"), (3_000_000, "VND")]),
        ("Số người mắc ở nước này đã vượt 2 triệu.", []),  # no word of money: no amount
        ("Huyện thu hút hơn 2 triệu.", []),  # "thu" of "thu hút" is no money
    ],
)
def test_a_bare_amount_with_a_noun_of_money_before_it_in_its_clause_is_money(text, expected):
    assert found(text) == expected


def test_a_year_that_ends_the_sentence_is_the_period_of_the_figure_before_it():
    old, new = extract_figures("Tỷ lệ hộ nghèo giảm từ 32,4% năm 2017 xuống còn 28,1% năm 2018.")
    assert (old.text, old.period, new.text, new.period) == ("32,4%", "2017", "28,1%", "2018")
    assert [f.period for f in extract_figures("Toàn tỉnh có 141 xã đạt chuẩn năm 2018.")] == ["2018"]


def test_a_gender_word_before_a_noun_for_people_keeps_that_noun():
    figures = extract_figures("Đội tình nguyện có 4 nữ đồng nghiệp của anh.")
    assert [(f.value, f.unit, f.text) for f in figures] == [(4, "person", "4 nữ đồng nghiệp")]


def test_a_number_before_a_place_named_like_a_noun_for_people_is_no_count_of_people():
    assert extract_figures("Gia đình ông sống ở tổ 5 Nam Sơn, phường Đông Vĩnh.") == []


@pytest.mark.parametrize("sentence", ["Vụ cháy xảy ra tại ngõ 20 đường Hoàng Hoa Thám.",
                                      "Nước ngập sâu ở hẻm 45 đường Nguyễn Trãi.",
                                      "Kiệt 12 Phan Chu Trinh bị ngập sâu."])
def test_a_lane_number_is_an_address_not_a_count(sentence):
    assert found(sentence) == []


def test_dispatching_is_no_article_of_a_law():
    assert found("Công an tỉnh đã điều 6 xe chữa cháy tới hiện trường.") == [(6, "count")]
    assert found("Theo khoản 2 Điều 6 Luật Đất đai, việc chuyển nhượng này sai.") == []


def test_ten_thousands_written_as_van():
    assert found("Lễ hội năm nay đón 1,5 vạn người, gấp đôi năm trước.") == [(15000, "person")]


def test_half_a_million_and_a_year_after_a_scale():
    assert found("Lễ hội đón gần nửa triệu lượt khách.") == [(500000, "count")]
    assert found("Doanh thu đạt hai nghìn năm trăm tỷ đồng.") == [(2.5e12, "VND")]
    assert all(value == 1e9 for value, _ in found("Hóa thạch này có tuổi khoảng một tỷ năm."))


def test_digits_run_into_a_vietnamese_word_by_a_lost_space_are_still_a_figure():
    assert [(f.text, f.value) for f in extract_figures("Năm nay huyện đã có4 sản phẩm đạt chuẩn OCOP.")] == [
        ("4 sản phẩm", 4.0)]
    assert [(f.value, f.unit) for f in extract_figures("Đợt kiểm tra phát hiện 3 kho hàng, 7cơ sở vi phạm.")] == [
        (3.0, "count"), (7.0, "count")]
    assert extract_figures("Ca F1 ở thôn Đông được đưa đi cách ly lúc 14h30 hôm qua.") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the first end written in full keeps its value: the scale word belongs to the second
        ("Người vi phạm bị phạt tiền từ 500.000 đến 50 triệu đồng.", [(500000, "VND"), (50e6, "VND")]),
        ("Mỗi bộ trang phục có giá từ 750.000 - 1 triệu đồng.", [(750000, "VND"), (1e6, "VND")]),
        # a bare first end shares it, whichever way a change goes
        ("Mỗi cây cầu cần từ 10 đến 15 tỷ đồng.", [(10e9, "VND"), (15e9, "VND")]),
        ("Lợi nhuận của hợp tác xã giảm từ 12 xuống 9 tỷ đồng.", [(12e9, "VND"), (9e9, "VND")]),
        ("Thu nhập mỗi tháng từ 1 đến 100 triệu đồng tùy vụ.", [(1e6, "VND"), (100e6, "VND")]),
    ],
)
def test_the_first_end_of_a_range_takes_the_scale_word_only_when_it_is_bare(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Quỹ khuyến học của huyện đã vận động được 192tỷđồng.", [(192e9, "VND")]),
        ("Thu nhập bình quân của xã đạt 58,4 triệuđồng/người/năm.", [(58.4e6, "VND")]),
        ("Công ty rót thêm 3 triệuUSD vào nhà máy.", [(3e6, "USD")]),
        # a word that only begins like a scale is no scale ("triệu phú")
        ("Thị xã có 12 triệu phú trẻ.", [(12, "person")]),
    ],
)
def test_a_scale_word_run_into_its_unit_is_read_apart(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Trước khi hiệp 1 kết thúc, đội khách gỡ lại 1 bàn.", [(1, "count")]),
        ("Ngôi đình được dựng từ thế kỷ 17 và đã trùng tu 2 lần.", [(2, "count")]),
        ("Chuyên đề 4 hướng dẫn việc kiểm tra an toàn hồ đập.", []),
        # counted after the number they still count
        ("Hội nghị có 3 chuyên đề, trận đấu có 2 hiệp phụ.", [(3, "count"), (2, "count")]),
    ],
)
def test_a_half_a_century_and_a_numbered_topic_are_labels(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mỗi quả bưởi đặc sản nặng khoảng 900g.", [(0.9, "kg")]),
        ("Hợp tác xã đóng gói mỗi túi 500 g hạt điều.", [(0.5, "kg")]),
        # a capital G names a network, a glued time is no weight
        ("Nhà mạng đã phủ sóng 4G tới 12 xã vùng cao.", [(12, "count")]),
        ("Lúc 21g30, đoàn kiểm tra đến 3 cơ sở.", [(3, "count")]),
    ],
)
def test_grams_are_a_mass_in_kilograms(sentence, expected):
    assert [(round(v, 6), u) for v, u in found(sentence)] == expected


def test_a_small_mass_keeps_its_digits_in_base_units():
    assert found("Mẫu nước giếng chứa 0,327 mg asen, gấp nhiều lần mức cho phép.") == [(3.27e-07, "kg")]
    assert found("Mỗi liều thuốc có 12,5 ml dung dịch.") == [(1.25e-05, "m3")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # billions of another country's money count that money; they are no đồng left out
        ("Tập đoàn Hàn Quốc rót 1.000 tỷ won vào nhà máy ở khu công nghiệp.", [(1e12, "count")]),
        ("Câu lạc bộ được định giá 3,5 tỷ euro.", [(3.5e9, "count")]),
        ("Tỉnh hưởng ứng đề án trồng 1 tỷ cây xanh của Chính phủ.", [(1e9, "count")]),
        # billions of years are no amount at all
        ("Hóa thạch đá vôi này có tuổi khoảng 2 tỷ năm.", []),
        # a bare amount in tỷ is still đồng
        ("Tỉnh bỏ ra 50 tỷ xây dựng trường học.", [(50e9, "VND")]),
    ],
)
def test_a_bare_billion_is_dong_unless_foreign_money_or_time_follows(sentence, expected):
    assert found(sentence) == expected


def test_the_counted_noun_is_never_cut_inside_a_word():
    """The item's length cap never splits a two-syllable word ("hoạt | động")."""
    (f,) = extract_figures("Năm 2023, toàn tỉnh có 120 hợp tác xã nông nghiệp hoạt động hiệu quả.")
    assert f.item == "hợp tác xã nông nghiệp hoạt động"
    (g,) = extract_figures("Huyện có 8 trạm bơm điện phục vụ tưới tiêu cho vụ hè thu.")
    assert g.item == "trạm bơm điện phục vụ tưới tiêu"


@pytest.mark.parametrize(
    "sentence, value, item",
    [
        ("Nhà đầu tư rót 574 triệu đô la Hồng Kông vào dự án bến cảng.", 574e6, "đô la Hồng Kông"),
        ("Hãng tàu báo lãi 14 triệu đô la Singapore trong quý.", 14e6, "đô la Singapore"),
        ("Quỹ của Canada tài trợ 30 triệu đô la Canada cho chương trình.", 30e6, "đô la Canada"),
        ("Khách sạn thu 120 đôla Singapore mỗi đêm phòng.", 120, "đôla Singapore"),
        ("Trang trại bán bò giống giá 2.500 đôla Úc một con.", 2500, "đôla Úc"),
    ],
)
def test_dollars_of_another_country_are_that_money_not_usd(sentence, value, item):
    figures = extract_figures(sentence)
    assert [(f.value, f.unit, f.item) for f in figures] == [(value, "count", item)]


def test_a_dollar_of_the_united_states_stays_usd():
    assert found("Quỹ nhận 2 triệu đô la Mỹ từ nhà tài trợ.") == [(2e6, "USD")]


def test_billions_of_another_countrys_dollars_are_not_dong():
    figures = extract_figures("Tài sản của tập đoàn ước tính 42 tỷ đô la Hồng Kông.")
    assert [(f.value, f.unit, f.item) for f in figures] == [(42e9, "count", "đô la Hồng Kông")]


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Điểm chuẩn có thể giảm từ 3-4 điểm so với năm ngoái.", [3, 4]),
        ("Mỗi đội thi đấu từ 8-9 trận trong mùa giải.", [8, 9]),
        ("Điểm chuẩn các ngành dao động từ 22-25 điểm.", [22, 25]),
    ],
)
def test_a_dashed_range_after_tu_is_no_date_when_a_counted_noun_follows(sentence, values):
    assert [f.value for f in extract_figures(sentence)] == values


def test_a_dashed_date_after_tu_or_den_is_still_no_figure():
    text = "Từ 22-9 đến 30-9, huyện tiếp nhận 45 hồ sơ. Tính đến 28-6, toàn tỉnh có 12 ca."
    assert [f.value for f in extract_figures(text)] == [45, 12]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Đoàn kiểm tra phát hiện ít nhất một cơ sở vi phạm.", [(1, "count")]),
        ("Cả vườn chỉ duy nhất có một cây cho trái.", [(1, "count")]),
        ("Mỗi gốc chỉ giữ lại duy nhất một bông.", [(1, "count")]),
        ("Một người dân cho biết nước đã rút.", []),  # "một" alone is an article
        ("Ít nhất một số hộ chưa nhận tiền.", []),  # "một số" is "some"
    ],
)
def test_one_after_at_least_or_only_is_a_count(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chiếc ô tô tông vào dải phân cách khiến một người tử vong.", [(1, "person")]),
        ("Vụ sạt lở đất làm một công nhân bị thương nặng.", [(1, "person")]),
        ("Trong vụ nổ kho pháo, một binh sĩ đã thiệt mạng.", [(1, "person")]),
        ("Cứ 5 phút lại có một người tử vong vì đột quỵ.", []),  # a rate
        ("Đoàn cứu hộ tìm kiếm một con tàu bị mất tích.", []),  # things go missing too
        ("Một người dân cho biết vụ cháy không gây thiệt hại.", []),
    ],
)
def test_one_before_people_a_casualty_is_said_of_is_a_count(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Bệnh nhân có ít nhất một triệu chứng sốt.", [(1, "count")]),
        ("Bác sĩ nêu 3 triệu chứng thường gặp.", [(3, "count")]),
    ],
)
def test_a_symptom_is_no_million(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chỉ số của tỉnh từ vị trí 41 tụt xuống vị trí 52.", [(41, "rank"), (52, "rank")]),
        ("Huyện đứng vị trí số 3 trong bảng xếp hạng.", [(3, "rank")]),
        ("Chỉ số năng lực cạnh tranh xếp vị trí 27/63.", [(27, "rank")]),
    ],
)
def test_a_position_numbered_after_vi_tri_is_a_rank(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Năm nay, chuỗi dự kiến đạt con số 40 cửa hàng.", [(40, "count")]),
        ("Số người mắc đã vượt con số 12 triệu người.", [(12_000_000, "person")]),
        ("Cơn bão số 9 đổ bộ vào đất liền.", []),  # "bão số 9" names a storm
    ],
)
def test_con_so_before_a_counted_number_is_a_count(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sau sáp nhập, tổ dân phố mới có dân số 850 người.", [(850, "person")]),
        ("Tháng 5, mẫu xe đạt doanh số 460 xe.", [(460, "count")]),
        ("Phường có dân số 12.500 người.", [(12_500, "person")]),  # as before: a grouped number
    ],
)
def test_dan_so_and_doanh_so_before_a_counted_number_are_counts(sentence, expected):
    """"dân số", "doanh số" are words, not a label's "số N" (the studied gold: 12 of 12 person)."""
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Lửa lan sang căn nhà 3 tầng bên cạnh.", [(3, "count")]),
        ("Tòa nhà 9 tầng của công ty vừa hoàn thành.", [(9, "count")]),
        ("Phòng họp ở nhà 2 tầng 3.", []),  # a house and a floor named by their numbers
    ],
)
def test_storeys_after_a_house_are_counted(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Đã có 7/12 người được đưa về nơi cư trú.", [(7, "person")]),
        ("Xã có 40/52 hộ đã nhận hỗ trợ.", [(40, "household")]),
        ("Tỉnh đạt 14/16 chỉ tiêu.", [(14, "count")]),
        ("Tỷ lệ mắc là 8,5/100.000 dân.", [(8.5, "count")]),  # a rate, not so many people
    ],
)
def test_a_share_of_people_is_counted_in_people(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # another country's money written with a capital is counted in that money, as in lower case
        ("Mỗi suất ăn ở khu chợ đêm có giá khoảng 150 Baht.", [(150, "count")]),
        ("Quỹ học bổng nhận thêm 2 triệu Shilling từ các nhà tài trợ.", [(2e6, "count")]),
        ("Vé vào bảo tàng là 300 Rupee cho mỗi du khách nước ngoài.", [(300, "count")]),
        # but "Yên" after a house number begins a street's name
        ("Cửa hàng mở tại số 12 Yên Ninh, phường Quán Thánh.", []),
    ],
)
def test_a_capitalised_currency_is_counted(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # hours (days) in millions are work or use counted, not a length of time
        ("Nhà máy đạt mốc 2 triệu giờ làm việc không xảy ra tai nạn.", [(2_000_000, "count")]),
        ("Hệ thống xử lý 1,5 triệu giờ tính toán mỗi năm.", [(1_500_000, "count")]),
        # a length of time stays out, as before
        ("Đoàn công tác làm việc 3 giờ tại huyện.", []),
        ("Hồ sơ được giải quyết trong 15 ngày làm việc.", []),
    ],
)
def test_hours_in_millions_are_counted(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a common noun in sentence case after a number is counted
        ("Tỉnh đã ban hành 12 Chương trình hành động của Tỉnh ủy.", [(12, "count")]),
        ("Thành phố khởi công 4 Công viên cây xanh ven sông.", [(4, "count")]),
        # a head followed by a name is a body's or a title's, and a name is no noun
        ("Hội nghị giữa hai Chính phủ Việt Nam - Lào kết thúc tốt đẹp.", []),
        ("Người đẹp từng là Á hậu 1 Hoa hậu Biển năm nay.", []),
        ("Đội về nhất là tổ 5 Nam Sơn.", []),
        ("Hội đàm giữa hai Nhà nước diễn ra tại thủ đô.", []),  # the two sides, in words
    ],
)
def test_a_counted_noun_written_in_sentence_case(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a province or a country takes no number: one after it opens that place's count
        ("Đợt này tỉnh Bình Định 12 dự án, tỉnh Phú Yên 7 dự án được duyệt.", [(12, "count"), (7, "count")]),
        ("Hãng đã nâng hạng tín nhiệm của Việt Nam hai bậc.", [(2, "count")]),
        # a school or a hamlet named after a place keeps its number
        ("Em thi đỗ Trường Đại học Sư phạm Hà Nội 2, ngành toán.", []),
        ("Máy nhập từ Nhật Bản 1 đổi 1 nếu lỗi.", []),  # a word between two numbers joins them
    ],
)
def test_a_number_after_a_province_or_country_counts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a price per unit in thousands whose "đồng" is left out, the price named before it
        ("Tại chợ đầu mối, giá cam sành chỉ còn 12.000/kg.", [(12_000, "VND")]),
        ("Vé xe buýt liên tỉnh có giá mới là 45.000/lượt.", [(45_000, "VND")]),
        ("Giá thuê phòng trọ tăng mạnh, khoảng 1.500.000/tháng.", [(1_500_000, "VND")]),
        # no price named: cases a day are no money, and a document's number stays out
        ("Trung tâm tiếp nhận khoảng 20.000/ngày hồ sơ trực tuyến.", []),
        ("Căn cứ Nghị quyết 1.203/NQ-UBTVQH của Ủy ban Thường vụ.", []),
    ],
)
def test_a_price_per_unit_without_dong_is_money(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # millions without "đồng" standing after a comma, in apposition to the price before it
        ("Mẫu xe máy điện được bán với giá ưu đãi, chỉ khoảng 18 triệu.", [(18e6, "VND")]),
        ("Căn hộ tái định cư có giá khá mềm, từ 450 đến 600 triệu.", [(450e6, "VND"), (600e6, "VND")]),
        # another clause after the comma: its millions are no price
        ("Giá lương thực ổn định, dân số toàn tỉnh đạt hơn 1,2 triệu.", []),
    ],
)
def test_millions_in_apposition_to_a_price_are_money(sentence, expected):
    assert found(sentence) == expected
