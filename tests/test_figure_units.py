"""Units written out in words and rarer unit forms: every spelling of a GOLD.md unit is read as
that unit, in base values. Every sentence here was written for these tests."""

import pytest

from newsmine.facts.figures import extract_figures


def found(text: str) -> list[tuple[float, str]]:
    return [(pytest.approx(f.value), f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # energy in words, with or without a hyphen, is kWh, never power or a count
        ("Cả năm nhà máy tiết kiệm 150 triệu kilowatt-giờ điện.", [(150_000_000, "kWh")]),
        ("Hộ gia đình dùng trung bình 200 kilowatt giờ mỗi tháng.", [(200, "kWh")]),
        ("Mỗi tháng trạm tiêu thụ 900 ki-lô-oát giờ.", [(900, "kWh")]),
        ("Trang trại pin mặt trời tạo ra 36 gigawatt-giờ điện mỗi năm.", [(36_000_000, "kWh")]),
        ("Tuabin gió phát 12 megawatt giờ trong ngày đầu.", [(12_000, "kWh")]),
        ("Cả nước tiêu thụ 280 TWh điện năm ngoái.", [(280_000_000_000, "kWh")]),
        ("Giá bán lẻ bình quân là 2.100 đồng/kW.h.", [(2100, "VND")]),
        ("Điện năng thương phẩm đạt 45 kW.h mỗi hộ.", [(45, "kWh")]),
        # a household's meter reading: "số điện" is kWh, "số điện thoại" is a count
        ("Nhà anh dùng hết 120 số điện trong tháng.", [(120, "kWh")]),
        ("Công an đã xác minh 3 số điện thoại lạ.", [(3, "count")]),
    ],
)
def test_energy_in_words_and_symbols_is_in_kwh(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nhà máy có công suất 50 mê-ga-oát.", [(50, "MW")]),
        ("Dự án điện gió rộng 2,5 gigawatt.", [(2500, "MW")]),
        ("Máy phát dự phòng đạt 400 ki-lô-oát.", [(0.4, "MW")]),
        ("Củ sạc nhanh 65W bán kèm máy.", [(0.000065, "MW")]),
        # a one-letter unit only as written: a lower-case "w" is no watt
        ("Lớp học có 12 w mới.", [(12, "count")]),
    ],
)
def test_power_in_words_and_watts_is_in_mw(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Huyện rộng 350 kilômét vuông.", [(35_000, "ha")]),
        ("Xã trồng mới 40 héc ta rừng.", [(40, "ha")]),
        ("Con đường dài 12 kilomet.", [(12, "km")]),
        ("Mỗi nhà mua 30 m khối cát.", [(30, "m3")]),
        # a quintal in tonnes, as the gold writes yields
        ("Năng suất lúa đạt 62 tạ/ha.", [(6.2, "tonne")]),
        ("Mỗi vụ thu 5 yến lạc.", [(50, "kg")]),
        ("Mỗi quả nặng 4 lạng.", [(0.4, "kg")]),
        ("Trạm cân được 80 kilogam hàng.", [(80, "kg")]),
    ],
)
def test_area_volume_and_mass_in_words_are_in_base_units(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vé tham quan giá 25 đô mỗi người.", [(25, "USD")]),
        ("Công ty gọi vốn 3 triệu đô.", [(3_000_000, "USD")]),
        ("Kiều bào gửi về 2 triệu Mỹ kim.", [(2_000_000, "USD")]),
        # the "đô" of a town or an admiral is no dollar
        ("Tỉnh có 9 đô thị loại IV.", [(9, "count")]),
    ],
)
def test_the_dollar_in_speech_is_usd(text, expected):
    assert found(text) == expected


def test_a_family_is_counted_as_a_household():
    assert found("Xã tuyên dương 35 gia đình văn hóa tiêu biểu.") == [(35, "household")]
    assert found("Toàn huyện có 1.200 gia đình học tập.") == [(1200, "household")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bệnh viện điều động 15 bác sỹ lên vùng lũ.", [(15, "person")]),
        ("Đêm diễn có 40 nghệ sỹ tham gia.", [(40, "person")]),
        ("Đơn vị có 120 chiến sỹ làm nhiệm vụ.", [(120, "person")]),
    ],
)
def test_the_spelling_sy_is_read_as_si_in_nouns_for_people(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hội chợ thu hút hơn 300 nhà bán hàng trực tuyến.", [(300, "person")]),
        ("Thành phố chọn 12 danh nhân để đặt tên đường.", [(12, "person")]),
        ("Dự luật cần thêm 8 thượng nghị sĩ ủng hộ.", [(8, "person")]),
        ("Doanh nghiệp có quy mô dưới 50 nhân sự.", [(50, "person")]),
        ("Lớp tập huấn dành cho 45 chỉ huy dân quân các xã.", [(45, "person")]),
        ("Chuỗi cửa hàng tuyển thêm 120 quản lý cho các chi nhánh mới.", [(120, "person")]),
        ("Danh sách năm nay có hơn 30 tỷ phú gốc châu Á.", [(30, "person")]),
        ("Bảo tàng dựng tượng 6 nhân vật lịch sử của vùng đất.", [(6, "person")]),
        ("Đội bóng vắng 2 tiền vệ và 1 thủ môn vì chấn thương.", [(2, "person"), (1, "person")]),
    ],
)
def test_people_named_by_their_role_are_persons(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cả 2 vợ chồng anh nuôi 300 con gà.", [(2, "person"), (300, "count")]),
        ("Ba chị em cùng thi đỗ đại học.", [(3, "person")]),
        ("Ông bà có 4 cậu con trai đều làm nghề biển.", [(4, "person")]),
    ],
)
def test_people_named_by_kinship_are_persons(text, expected):
    """A couple, siblings, sons: the number counts people ("2 vợ chồng" is two people; "hai vợ
    chồng" in words is the idiom "the couple", figure_number_idioms.txt)."""
    assert found(text) == expected


def test_a_speed_is_counted_not_a_length():
    """GOLD.md has no unit of speed: "km/h" is the counted item, and "12 km" stays a length."""
    figures = extract_figures("Áp thấp di chuyển với tốc độ 10-15 km/h, cách bờ 200 km.")
    assert [(f.value, f.unit, f.item) for f in figures] == [(10, "count", "km/h"), (15, "count", "km/h"), (200, "km", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thử nghiệm cho tốc độ tải xuống trên 800Mbps ở trung tâm thị xã.", [(800, "count", "Mbps")]),
        ("Đường truyền của trường được nâng lên 300 Mbps.", [(300, "count", "Mbps")]),
        ("Tuyến cáp mới có băng thông 2Gbps.", [(2, "count", "Gbps")]),
        ("Pin của thiết bị cho điện áp 3,7V khi sạc đầy.", [(3.7, "count", "V")]),
        # a name that starts with the unit's letter is no unit: "vòng 3 V-League"
        ("Đội bóng tỉnh thắng ở vòng 3 V-League tối qua.", []),
    ],
)
def test_a_unit_outside_the_gold_list_is_the_counted_item(text, expected):
    """GOLD.md has no unit of data rate, storage or voltage: the unit is the counted item, as the
    studied gold writes "trên 900Mbps", "2,8V" (count, the number as value)."""
    figures = extract_figures(text)
    assert [(pytest.approx(f.value), f.unit, f.item) for f in figures] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nước ngập sâu gần nửa mét trên đường vào xã.", [(0.5, "m")]),
        ("Mỗi ngày hợp tác xã thu hoạch nửa tấn rau.", [(0.5, "tonne")]),
        # half of a time or of a group is no quantity of a unit
        ("Sau nửa tháng, hơn nửa số hộ đã trở về.", []),
    ],
)
def test_half_before_a_unit_of_measure_is_a_quantity(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Xe khách chạy với tốc độ 90 km/h trên cao tốc.", "tốc độ"),
        ("Tốc độ tải xuống của mạng 5G đạt 900Mbps trong thử nghiệm tại thị xã.",
         "Tốc độ tải xuống của mạng 5G"),
        ("Điện áp của pin đo được là 3,7V khi sạc đầy.", "Điện áp của pin"),
    ],
)
def test_a_unit_counted_as_its_item_does_not_open_the_measure(text, measure):
    """"90 km/h", "900Mbps": the unit is the counted item, but what is measured is the speed or the
    rate the sentence names, not the unit ("km/h trên cao tốc tốc độ" before)."""
    f = extract_figures(text)[0]
    assert f.measure.startswith(measure) and not f.measure.startswith(f.item)


def test_a_concentration_is_counted_not_a_mass():
    """A mass per volume or per mass ("mg/l", "mg/kg") is a concentration GOLD.md has no unit for:
    the studied gold counts it with the rate as item; a mass per thing ("50 kg/bao") stays a mass."""
    figures = extract_figures("Tài xế có nồng độ cồn 0,4mg/l khí thở, chở theo 20 bao gạo loại 50 kg/bao.")
    assert [(f.value, f.unit, f.item) for f in figures if f.unit != "count" or f.item == "mg/l"] \
        == [(0.4, "count", "mg/l"), (50, "kg", None)]
    figures = extract_figures("Mẫu nước thải có hàm lượng amoni 40mg/l, vượt quy chuẩn cho phép.")
    assert [(f.value, f.unit, f.item) for f in figures] == [(40, "count", "mg/l")]


def test_grams_written_in_english_are_a_mass():
    """"grams" on a label is the gram: GOLD.md's kg."""
    figures = extract_figures("Mỗi gói bánh nặng 70 grams, bán với giá 15.000 đồng.")
    assert [(f.value, f.unit) for f in figures if f.unit == "kg"] == [(0.07, "kg")]


def test_a_unit_counted_as_item_takes_an_over_qualifier():
    """"vượt", "trên" before a unit counted as item qualify a measured amount, not "on" a counted noun."""
    figures = extract_figures("Kết quả đo nồng độ cồn của tài xế vượt 0,3mg/l khí thở.")
    assert [(f.value, f.unit, f.qualifier) for f in figures] == [(0.3, "count", "over")]
    figures = extract_figures("Mạng cáp quang cho khách hàng doanh nghiệp đạt tốc độ trên 1Gbps.")
    assert [(f.value, f.unit, f.qualifier) for f in figures] == [(1, "count", "over")]


def test_micrograms_are_a_mass_in_kg():
    """A dose in micrograms ("25mcg", "800 microgam") weighs, like "mg"; it was a code of letters."""
    assert found("Nhóm tiêm liều 25mcg và nhóm liều 50 mcg đều an toàn.") == [(2.5e-08, "kg"), (5e-08, "kg")]
    assert found("Phụ nữ mang thai cần 600 microgam axit folic mỗi ngày.") == [(6e-07, "kg")]
