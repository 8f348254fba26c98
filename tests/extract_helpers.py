"""Small article pages for the extraction tests, written for them (invented people and figures)."""

PARAGRAPHS = [
    ("Sáng 14/3, UBND huyện Tủa Chùa tổ chức bàn giao 120 căn nhà mới cho các hộ nghèo tại năm xã "
     "vùng cao, sau bốn tháng khởi công."),
    ("Mỗi căn nhà có diện tích từ 40 đến 60 mét vuông, được hỗ trợ 50 triệu đồng từ nguồn vốn chương "
     "trình mục tiêu quốc gia giảm nghèo bền vững; phần còn lại do các gia đình tự đóng góp công lao động."),
    ("Ông Giàng A Dình, Chủ tịch UBND huyện cho biết, việc vận chuyển vật liệu lên các bản xa gặp nhiều "
     "khó khăn do đường đất trơn trượt trong mùa mưa, có nơi phải dùng sức người gùi từng bao xi măng."),
    ("Thời gian tới, huyện tiếp tục rà soát các hộ còn ở nhà tạm, nhà dột nát để đề xuất tỉnh hỗ trợ "
     "trong năm sau, phấn đấu không còn hộ nghèo nào phải ở nhà tạm."),
]
TITLE = "Tủa Chùa bàn giao 120 căn nhà cho hộ nghèo"
SAPO = "Các hộ nghèo ở năm xã vùng cao của huyện Tủa Chùa đã có nhà mới trước mùa mưa."


def paragraphs(items=None) -> str:
    return "\n".join(f"<p>{p}</p>" for p in (PARAGRAPHS if items is None else items))


def page(content: str | None = None, *, title: str = TITLE, head: str = "", before: str = "",
         after: str = "", aside: str = "", date: str = "Thứ Năm, 14/03/2024 | 10:20",
         charset: str = '<meta charset="utf-8">') -> str:
    """A newspaper article page: menu, headline, date line, content, boxes after it, footer."""
    content = paragraphs() if content is None else content
    date_line = f'<div class="meta"><span class="time">{date}</span></div>' if date else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head>{charset}<title>{title} - Báo Thử Nghiệm</title>{head}</head>
<body>
<header><a class="logo" href="/">Báo Thử Nghiệm</a>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su/">Thời sự</a></li>
<li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/xa-hoi/">Xã hội</a></li></ul></nav></header>
<main><div class="col-main"><article>
<h1 class="title">{title}</h1>
{date_line}
{before}
<div class="content">
{content}
</div>
{after}
</article></div>
<aside class="col-side">{aside}</aside></main>
<footer><p>Báo Thử Nghiệm - Cơ quan ngôn luận của tỉnh Mẫu.</p>
<p>Địa chỉ: số 9 đường Thử, phường Kiểm, thành phố Mẫu. Điện thoại: 0200 000 000.</p></footer>
</body></html>"""
