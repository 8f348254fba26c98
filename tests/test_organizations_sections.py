"""A round-up's bare provincial body takes its section's province (org_sections.Sections)."""

from newsmine.facts.steps import run_plain


def _names(text: str, province: str | None = None) -> list[str]:
    return [o.name for o in run_plain(text, province).organizations]


def test_a_body_written_with_its_province_opens_a_section():
    text = ("Ngày 3/5, huyện Tân Lạc đã tổ chức ra quân kiểm tra các cơ sở kinh doanh dịch vụ.\n"
            "Cũng trong ngày, UBND thành phố Cần Thơ có công văn khẩn về phòng chống dịch.\n"
            "Giao Sở Y tế chủ trì, hướng dẫn các quận, huyện lập chốt kiểm soát tại bến xe.")
    names = _names(text, "Hòa Bình")
    assert "Sở Y tế thành phố Cần Thơ" in names
    assert "Sở Y tế tỉnh Hòa Bình" not in names


def test_a_lead_with_a_province_and_a_comma_opens_a_section():
    text = ("Tỉnh Nam Định tạm dừng các lễ hội trong dịp nghỉ lễ.\n"
            "Nghệ An, UBND tỉnh cũng quyết định dừng bắn pháo hoa tại các điểm du lịch.")
    names = _names(text, "Nam Định")
    assert "Ủy ban nhân dân tỉnh Nghệ An" in names
    assert "Ủy ban nhân dân tỉnh Nam Định" not in names


def test_the_articles_province_named_again_closes_the_section():
    text = ("Sở Y tế tỉnh Phú Yên cho biết đã cách ly 20 người trở về từ vùng dịch.\n"
            "Tại tỉnh Gia Lai, lực lượng chức năng kiểm soát chặt các chốt.\n"
            "Sở Y tế đề nghị người dân khai báo y tế trung thực.")
    names = _names(text, "Gia Lai")
    assert "Sở Y tế tỉnh Gia Lai" in names


def test_a_paragraph_naming_the_articles_province_opens_none():
    text = ("Công an tỉnh Sóc Trăng tổ chức trao quà cho trẻ em. Đoàn Công an tỉnh Cà Mau đến thăm, "
            "sau đó Hội Phụ nữ Công an tỉnh trao 20 suất học bổng.")
    names = _names(text, "Sóc Trăng")
    assert "Hội Phụ nữ Công an tỉnh Sóc Trăng" in names
