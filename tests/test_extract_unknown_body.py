"""extract_article on pages whose body block has a class trafilatura does not know: it then
gathers the page's paragraphs alone (the article's subheadings are lost), after the lines of a
footer block whose class it takes for a body's. Pages written for these tests."""

from extract_helpers import PARAGRAPHS, TITLE
from newsmine.extract import extract_article

SUBHEADINGS = ["Hỗ trợ vật liệu cho các bản xa", "Năm sau không còn nhà tạm"]
HEADLINE = "Điện Biên Đông khởi công cầu treo bản Phì Cao trước mùa lũ"


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
    teaser = f'<h3><a href="/xa-hoi/bai-1.html">{HEADLINE}</a></h3>'
    content = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>{teaser}<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>"
    article = extract_article(unknown_page(content))
    assert HEADLINE not in article.text
    assert body_lines(article) == PARAGRAPHS


def test_a_heading_closing_the_block_stays_out():
    content = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<h3>Bình luận của bạn đọc</h3>"
    article = extract_article(unknown_page(content))
    assert body_lines(article) == PARAGRAPHS


def test_a_footer_holding_a_block_read_as_a_body_stays_out():
    footer = ('<div class="footer"><div class="container"><div class="content">'
              '<p class="text">Tải ứng dụng đọc báo:</p><p class="bold">BÁO THỬ NGHIỆM ĐIỆN TỬ</p></div>'
              '<p class="text">Giấy phép số 12/GP-BTTTT. Tòa soạn: 8 Lê Lợi, phường Mường Thanh.</p></div></div>')
    content = (f"<p>{PARAGRAPHS[0]}</p><h2>{SUBHEADINGS[0]}</h2>"
               + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]))
    article = extract_article(unknown_page(content, after=footer))
    assert body_lines(article) == [PARAGRAPHS[0], SUBHEADINGS[0], *PARAGRAPHS[1:]]
