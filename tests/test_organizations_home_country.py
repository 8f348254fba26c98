"""Organisations: a foreign firm written after its noun, its trade and its home country ("hãng
viễn thông Mỹ Verizon", "công ty Đài Loan Quanta Computer"): the country closes the description,
the capitalised run after it is the firm, even a run that reads as a person's name; not after
"cơ quan", whose chief's name follows the country as often."""

from newsmine.facts.context import analyse, extract_organizations


def names(text, province="Bình Dương"):
    return {m.name for m in extract_organizations(analyse(text), province)}


def test_a_firm_after_its_trade_and_country():
    text = "Lô linh kiện đầu tiên do công ty điện tử Nhật Bản Korvaki cung cấp đã về tới Bình Dương."
    assert "Korvaki" in names(text)


def test_a_firm_after_its_country_alone():
    text = "Nhà máy mới được xây cho tập đoàn Hàn Quốc Dunmore Heavy từ đầu năm 2023."
    assert "Dunmore Heavy" in names(text)


def test_a_firm_whose_name_reads_as_a_persons():
    text = "Hợp đồng cung cấp khung thép được ký với hãng xây dựng Mỹ Quenton Martin vào tháng 5."
    assert "Quenton Martin" in names(text)


def test_an_agency_and_its_chief_stay_apart():
    text = "Giám đốc cơ quan hàng hải Đài Loan Weiming Chao cho biết tàu đã rời cảng."
    assert "Weiming Chao" not in names(text)
