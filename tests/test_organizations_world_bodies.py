"""Organisations: bodies of world news written with no head word (alliances, sports federations,
a president's office, an intelligence service, news channels, research firms) and Vietnamese
banks named by their brand; a contest named after a federation is no body, and a body complete
by itself takes no lower-case words after it."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Hà Nội"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Các nước thành viên NATO cam kết tăng chi tiêu quốc phòng.", ["NATO"]),
    ("Một quan chức Nhà Trắng xác nhận cuộc điện đàm giữa hai nhà lãnh đạo.", ["Nhà Trắng"]),
    ("Trụ sở cơ quan tình báo Mossad nằm ngoài tầm bắn.", ["Mossad"]),
    ("UEFA quyết định phạt câu lạc bộ vì vi phạm luật công bằng tài chính.", ["UEFA"]),
    ("Lực lượng Vệ binh Cách mạng Hồi giáo Iran (IRGC) cho biết đã phóng thử tên lửa.",
     ["Lực lượng Vệ binh Cách mạng Hồi giáo Iran"]),
    ("Kênh Fox News và NBC News cùng đưa tin về cuộc bầu cử.", ["Fox News", "NBC News"]),
    ("Số liệu của Nielsen cho thấy sức mua giảm mạnh trong quý II.", ["Nielsen"]),
    ("Lãi suất tiết kiệm tại ACB và VIB cùng giảm 0,2 điểm phần trăm.", ["ACB", "VIB"]),
])
def test_a_body_of_world_news_or_a_bank_brand_is_named_alone(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Đội bóng giành vé dự vòng bảng UEFA Champions League mùa tới.",
    "Giải đấu FIFA World Cup năm sau có 48 đội tham dự.",
])
def test_a_contest_named_after_a_federation_is_no_body(text):
    assert names(text) == []


def test_a_body_complete_by_itself_takes_no_lower_case_words_after_it():
    assert names("Sau khi UEFA lên tiếng phản đối, FIFA cũng ra thông báo.") == ["UEFA", "FIFA"]


@pytest.mark.parametrize("text, expected", [
    ("Mặc dù chính phủ Israel siết chặt kiểm duyệt, hình ảnh vẫn lan truyền.", ["Chính phủ Israel"]),
    ("Dự luật được quốc hội Hàn Quốc thông qua hôm qua.", ["Quốc hội Hàn Quốc"]),
])
def test_a_foreign_government_written_in_lower_case_is_that_countrys(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Người dân đặt niềm tin vào chính phủ.",
    "Doanh nghiệp kiến nghị chính phủ Việt Nam gia hạn thuế.",
])
def test_a_government_in_lower_case_with_no_foreign_country_is_no_body(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Giá dầu tăng sau khi OPEC và các nước đồng minh quyết định giảm sản lượng.", ["OPEC"]),
    ("Theo IMF, kinh tế khu vực có thể tăng trưởng 5% trong năm nay.", ["IMF"]),
    ("Doanh nghiệp nộp đơn bảo hộ nhãn hiệu tại Mỹ và WIPO từ năm ngoái.", ["WIPO"]),
])
def test_an_intergovernmental_body_by_its_initials_is_a_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm ngoái Panasonic cũng tạm dừng một số nhà máy sản xuất đồ gia dụng.", ["Panasonic"]),
    ("Kế hoạch kinh tế của OpenAI tập trung vào hạ tầng dữ liệu.", ["OpenAI"]),
    ("Mẫu điện thoại dùng chip Snapdragon cao cấp nhất của Qualcomm.", ["Qualcomm"]),
])
def test_a_world_known_firm_named_bare_is_a_body(text, expected):
    assert names(text) == expected


def test_a_world_known_brand_after_a_product_noun_is_no_body():
    assert names("Anh mua một chiếc tivi Sony và một máy tính Dell tại cửa hàng.") == []


@pytest.mark.parametrize("text, expected", [
    ("Đoàn đã chúc mừng thành công Đại hội XIII của Đảng Cộng sản Việt Nam.", ["Đảng Cộng sản Việt Nam"]),
    ("Năm nay là dịp kỷ niệm ngày thành lập Đảng Cộng sản Lào và quan hệ hai nước.", ["Đảng Cộng sản Lào"]),
    ("Các nghị sĩ Đảng Dân chủ phản đối dự luật mà Đảng Cộng hòa đưa ra.", ["Đảng Dân chủ", "Đảng Cộng hòa"]),
])
def test_a_political_party_written_in_full_is_a_body(text, expected):
    assert names(text) == expected


def test_the_central_committee_keeps_its_party():
    assert names("Ông được bầu vào Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa XIII.") == [
        "Ban Chấp hành Trung ương Đảng"]


@pytest.mark.parametrize("text, expected", [
    ("Hải quân Philippines đã điều hai tàu tuần tra tới khu vực.", ["Hải quân Philippines"]),
    ("Người phát ngôn Không quân Hàn Quốc cho biết máy bay đã hạ cánh an toàn.", ["Không quân Hàn Quốc"]),
    ("Không quân và Hải quân Pháp cùng tham gia cuộc tập trận.", ["Hải quân Pháp"]),
    ("Lực lượng Nga tiếp tục tiến về phía tây.", []),
])
def test_a_countrys_armed_service_before_the_country_alone_is_a_body(text, expected):
    assert names(text) == expected
