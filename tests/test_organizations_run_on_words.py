"""A name does not run on into the clause after it: a lone syllable of an inner phrase
("thành", "một", "thường": organizations._inner_run) and an adverb or "gồm" between a body and
its verb (post_stops.txt)."""

from newsmine.facts.steps import run_plain


def _names(text: str, province: str | None = None) -> list[str]:
    return [o.name for o in run_plain(text, province).organizations]


def test_a_verb_after_a_schools_name_is_no_part_of_it():
    text = "Năm nay, huyện đã nâng cấp trường Tân Lập thành 2 cấp học để học sinh không phải đi xa."
    assert "Trường Tân Lập thành" not in _names(text)


def test_a_numeral_after_a_connector_opens_the_clause():
    text = "Sở đã họp với Phòng Giáo dục và Đào tạo một số quận về kế hoạch tuyển sinh."
    assert not any(n.endswith(" một") for n in _names(text))


def test_a_one_member_company_keeps_its_inner_phrase():
    text = "Công ty TNHH một thành viên Thủy lợi Bắc Hà đã ký hợp đồng nạo vét kênh."
    assert "Công ty Trách nhiệm hữu hạn một thành viên Thủy lợi Bắc Hà" in _names(text)


def test_an_adverb_closes_a_boards_field():
    text = "Ban chỉ đạo Nhà nước về Du lịch cũng đề nghị các tỉnh đẩy mạnh quảng bá."
    assert "Ban chỉ đạo Nhà nước về Du lịch" in _names(text)


def test_a_list_of_members_is_no_part_of_a_company():
    text = "Đại hội bầu Kiểm soát viên Công ty gồm Ông Trần Văn Tú và bà Lê Thị Hoa."
    assert not any("gồm" in n for n in _names(text))
