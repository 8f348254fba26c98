"""Organisations: well-known international banks, carmakers, firms and football clubs written bare,
with no head and no cue (org_foreign_brands.txt, firms44), and what stays no body around them: a
player listed after a club, a person whose last name is a firm's, the closing line of sources."""

import pytest

from newsmine.facts.context import analyse, extract_organizations
from newsmine.facts.org_brands import written_with_legal_form


def names(text, province=None):
    return [m.name for m in extract_organizations(analyse(text), province)]


@pytest.mark.parametrize("text, expected", [
    # banks and carmakers a business article names with no cue
    ("Goldman Sachs và Wells Fargo đều tránh được khoản lỗ lớn trong quý vừa qua.",
     ["Goldman Sachs", "Wells Fargo"]),
    ("Năm ngoái, Geely bán ra hơn 1,3 triệu xe tại thị trường nội địa.", ["Geely"]),
    # clubs of a sport article
    ("Chelsea đã giành chiến thắng 2-0 trước Juventus ở lượt đi vòng bảng.", ["Chelsea", "Juventus"]),
])
def test_a_well_known_firm_or_club_written_bare_is_a_body(text, expected):
    assert sorted(names(text)) == sorted(expected)


def test_clubs_listed_after_a_known_club_are_bodies_but_not_its_players():
    text = ("Sau trận hòa, Arsenal, Everton và Brighton cùng có 40 điểm. "
            "Về phía Chelsea, Mason Rowley, Daniel Okafor lần lượt vào sân. Rowley chuyền để Okafor ghi bàn.")
    assert sorted(names(text)) == ["Arsenal", "Brighton", "Chelsea", "Everton"]


def test_a_player_named_with_a_particle_after_a_club_is_no_body():
    text = "Tiền đạo Lukas đang khoác áo Inter Milan và Kevin de Vries đang khoác áo Tottenham."
    assert "Kevin" not in names(text)


def test_a_well_known_name_as_the_tail_of_a_persons_name_is_no_body():
    assert names("Ngôi trường được thành lập năm 1781 bởi Samuel Disney tại Exeter.") == []


def test_sources_of_several_words_in_the_closing_line_are_left_out():
    text = ("Nhiều bệnh viện tại thủ đô đã quá tải trong tuần qua.\n\nThành Đạt\n"
            "Theo Straits Times, Reuters")
    assert names(text) == []



@pytest.mark.parametrize("text, expected", [
    # a club's suffix after the short name the article also writes: one club (orgjoin45)
    ("Chelsea, Arsenal và Tottenham Hotspur đều muốn có tiền vệ này. Tottenham trả giá cao nhất.",
     ["Arsenal", "Chelsea", "Tottenham Hotspur"]),
    ("Chelsea, Juventus và Real Madrid CF đều muốn có tiền vệ này. Real Madrid trả giá cao nhất.",
     ["Chelsea", "Juventus", "Real Madrid CF"]),
    # the well-known full name the short one opens
    ("Atletico Madrid đang dẫn đầu bảng xếp hạng. Tuần tới, Juventus và Atletico gặp nhau ở vòng bảng.",
     ["Atletico Madrid", "Juventus"]),
])
def test_a_short_name_beside_its_club_suffix_or_well_known_full_name_is_one_body(text, expected):
    assert sorted(set(names(text))) == expected


def test_a_brand_beside_a_subsidiarys_own_word_stays_a_second_body():
    assert written_with_legal_form("Siemens", {"Siemens", "Siemens Healthineers"}) == "Siemens"
    assert written_with_legal_form("Tottenham", {"Tottenham", "Tottenham Hotspur"}) == "Tottenham Hotspur"
