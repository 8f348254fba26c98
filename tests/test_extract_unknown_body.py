"""extract_article on pages whose body block has a class trafilatura does not know: it then
gathers the page's paragraphs alone (the article's subheadings and lists are lost), after the lines of a
footer block whose class it takes for a body's, or reads a coarse block holding the boxes too (a
list of headlines under the article). Pages written for these tests."""

from extract_helpers import PARAGRAPHS, TITLE
from newsmine.extract import extract_article

SUBHEADINGS = ["Hỗ trợ vật liệu cho các bản xa", "Năm sau không còn nhà tạm"]
HEADLINES = ["Điện Biên Đông khởi công cầu treo bản Phì Cao trước mùa lũ",
             "Mường Nhé cấp 2.000 thẻ bảo hiểm y tế cho người dân tộc thiểu số",
             "Tuần Giáo sửa chữa 12 km đường liên xã sau sạt lở"]


def unknown_page(content: str, after: str = "") -> str:
    """An article page of a CMS whose class names trafilatura's body search does not know."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="wrap"><div class="detail-page"><h1 class="detail-title">{TITLE}</h1>
<div class="detail-time">14/03/2024 10:20</div>
<div class="detail-content">{content}</div>{after}</div></div></body></html>"""


def body_lines(article):
    return article.text.split("\n")[1:]


def test_subheadings_among_the_paragraphs_are_kept_in_place():
    content = (f"<p>{PARAGRAPHS[0]}</p><h2>{SUBHEADINGS[0]}</h2><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
               f"<h3><b>{SUBHEADINGS[1]}</b></h3><p>{PARAGRAPHS[3]}</p>")
    article = extract_article(unknown_page(content))
    assert body_lines(article) == [PARAGRAPHS[0], SUBHEADINGS[0], PARAGRAPHS[1], PARAGRAPHS[2],
                                   SUBHEADINGS[1], PARAGRAPHS[3]]


def test_a_heading_holding_a_link_is_no_subheading():
    teaser = f'<h3><a href="/xa-hoi/bai-1.html">{HEADLINES[0]}</a></h3>'
    content = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>{teaser}<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>"
    article = extract_article(unknown_page(content))
    assert HEADLINES[0] not in article.text
    assert body_lines(article) == PARAGRAPHS


def test_a_heading_closing_the_block_stays_out():
    content = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<h3>Bình luận của bạn đọc</h3>"
    article = extract_article(unknown_page(content))
    assert body_lines(article) == PARAGRAPHS


def test_a_list_among_the_paragraphs_keeps_its_items():
    items = ('<ul><li>Xã Sín Chải: 40 căn nhà mới đã bàn giao.</li>'
             '<li>Xã Trung Thu: 32 căn nhà đang xây, dự kiến xong trong tháng Tư.</li></ul>')
    content = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + items + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    article = extract_article(unknown_page(content))
    assert body_lines(article) == [*PARAGRAPHS[:2], "- Xã Sín Chải: 40 căn nhà mới đã bàn giao.",
                                   "- Xã Trung Thu: 32 căn nhà đang xây, dự kiến xong trong tháng Tư.",
                                   *PARAGRAPHS[2:]]


def main_page(content: str) -> str:
    """An article page whose whole main column (headline, body, boxes) is one <main> block."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><main class="main_content"><h1 class="detail-title">{TITLE}</h1>{content}</main></body></html>"""


def test_a_list_of_headlines_under_the_article_is_dropped():
    items = "".join(f'<li><article><a href="/tin-{i}.html">{h}</a></article></li>' for i, h in enumerate(HEADLINES))
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract_article(main_page(f'<div class="detail-content">{body}</div><ul class="list">{items}</ul>'))
    assert body_lines(article) == PARAGRAPHS


def test_a_list_item_with_words_beside_its_link_is_kept():
    items = ('<ul><li>Xã Sín Chải: <a href="/sin-chai.html">40 căn nhà mới cho hộ nghèo</a> đã bàn giao.</li>'
             '<li>Xã Trung Thu: 32 căn nhà đang xây, dự kiến xong trong tháng Tư.</li></ul>')
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + items + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    article = extract_article(main_page(f'<div class="detail-content">{body}</div>'))
    assert "- Xã Sín Chải: 40 căn nhà mới cho hộ nghèo đã bàn giao." in body_lines(article)


def test_a_footer_holding_a_block_read_as_a_body_stays_out():
    footer = ('<div class="footer"><div class="container"><div class="content">'
              '<p class="text">Tải ứng dụng đọc báo:</p><p class="bold">BÁO THỬ NGHIỆM ĐIỆN TỬ</p></div>'
              '<p class="text">Giấy phép số 12/GP-BTTTT. Tòa soạn: 8 Lê Lợi, phường Mường Thanh.</p></div></div>')
    content = (f"<p>{PARAGRAPHS[0]}</p><h2>{SUBHEADINGS[0]}</h2>"
               + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]))
    article = extract_article(unknown_page(content, after=footer))
    assert body_lines(article) == [PARAGRAPHS[0], SUBHEADINGS[0], *PARAGRAPHS[1:]]
