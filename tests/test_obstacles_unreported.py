"""Obstacles: cue words that report no difficulty in GOLD.md's sense (a star's troubles in show
business)."""

from newsmine.facts import extract_facts

STAR = (
    "Nữ diễn viên Hoàng Thu Lam hé lộ quãng thời gian khó khăn\n\n"
    "Nữ diễn viên Hoàng Thu Lam vừa chia sẻ về những năm tháng vất vả khi mới vào nghề. "
    "Cô từng bị chê diễn xuất thiếu chiều sâu trong bộ phim đầu tay. "
    "Khi đó, người đẹp sinh năm 1990 phải đối mặt với áp lực tài chính vì chưa có vai diễn lớn. "
    "Cuộc hôn nhân đầu tiên của cô cũng đổ vỡ sau hai năm chung sống. "
    "Hiện nữ diễn viên sống cùng con gái tại một căn hộ ở quận 7. "
    "Người hâm mộ mong cô sớm trở lại màn ảnh."
)

FESTIVAL = (
    "Lễ hội hoa ban bị hoãn vì mưa lớn\n\n"
    "UBND huyện Điện Biên Đông cho biết, mưa lớn kéo dài khiến tuyến đường vào bản Na Son bị sạt "
    "lở nghiêm trọng. Nhiều hộ dân thiếu nước sinh hoạt do đường ống bị cuốn trôi. "
    "Đêm nhạc với sự tham gia của ca sĩ Minh Hằng được lùi sang tháng sau. "
    "Huyện đang huy động lực lượng khắc phục hậu quả. "
    "Kinh phí sửa chữa đường còn thiếu khoảng 2 tỷ đồng."
)


def test_a_stars_troubles_are_no_obstacles():
    assert extract_facts(STAR).obstacles == []


def test_a_singer_named_once_leaves_the_provinces_troubles():
    texts = [o.text for o in extract_facts(FESTIVAL).obstacles]
    assert any("sạt" in t for t in texts)
    assert any("thiếu nước" in t for t in texts)

