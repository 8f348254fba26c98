"""Organisations: papers and broadcasters cited as sources in the body (GOLD.md counts them),
found by the verb they report with ("… đưa tin", "… dẫn lời") or the noun before them ("phóng
viên của …", "trang tin …"); and clubs of a country's league ("các CLB Anh"), no one club."""

import pytest

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Bắc Ninh"):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    ("Harbor Ledger đưa tin, cảng biển lớn nhất khu vực đã đóng cửa hai ngày vì bão.", ["Harbor Ledger"]),
    ("Hôm 3/5, Morvale Herald dẫn lời một quan chức y tế cho biết số ca mắc đang giảm.", ["Morvale Herald"]),
])
def test_a_paper_reporting_is_a_source(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Khi phóng viên của Dunmore Gazette đến hiện trường, đám cháy đã được dập tắt.", ["Dunmore Gazette"]),
    ("Tuy nhiên, trang tin Quillfeed đã kiểm tra dữ liệu bị rò rỉ và xác nhận là thật.", ["Quillfeed"]),
])
def test_a_paper_after_its_reporter_or_its_noun_is_a_source(text, expected):
    assert names(text) == expected


def test_a_reporting_verb_after_a_vietnamese_subject_adds_nothing():
    assert names("Người dân địa phương đưa tin về vụ việc cho chính quyền xã.") == []


@pytest.mark.parametrize("text", [
    "Các CLB Anh đã rút khỏi giải đấu mới chỉ sau hai ngày.",
    "Hai CLB Tây Ban Nha vẫn đang cân nhắc việc tham gia.",
    "Các CLB Đức và Pháp phản đối kế hoạch của ban tổ chức.",
])
def test_clubs_of_a_country_are_no_one_club(text):
    assert names(text) == []


def test_a_club_named_by_its_city_stays():
    assert names("CLB Hải Phòng giành chiến thắng 2-0 trên sân nhà Lạch Tray.") == ["Câu lạc bộ Hải Phòng"]


def test_initials_after_a_body_a_post_names_are_its_alias():
    # the post's capitals before the body are no longer name's first words: "UNHX" is its alias
    from pathlib import Path

    from newsmine.gold import GoldArticle
    from newsmine.predict import predict_records
    text = ("Sáng nay, Bộ trưởng đã tiếp Tổng Giám đốc Tổ chức Y tế Thế giới (WHO) tại Hà Nội. "
            "Bộ trưởng đề nghị WHO tiếp tục hỗ trợ vắc xin cho các tỉnh miền núi.")
    record = next(iter(predict_records([GoldArticle({"id": "x", "text": text, "published": None}, Path("."))], jobs=1)))
    assert [(o["name"], o["aliases"]) for o in record["organizations"]] == \
        [("Tổ chức Y tế Thế giới", ["WHO"])]


@pytest.mark.parametrize("text, expected", [
    ("Tiền vệ Marco Vellani của Grevona đã rời sân vì chấn thương ở phút 30.", ["Grevona"]),
    ("Trận này, thủ môn Dario Leskan của Halvorsk cản phá thành công hai quả phạt đền.", ["Halvorsk"]),
])
def test_a_player_of_a_foreign_club_names_the_club(text, expected):
    assert names(text) == expected


def test_a_player_of_a_country_names_no_club():
    assert names("Tiền đạo Marco Vellani của Italia ghi bàn thắng duy nhất.") == []
