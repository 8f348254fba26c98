"""extract_article on boxes set among the article: teasers of other articles inside the body, a
promotion after the author's signature, a box heading in the menu that must not take the
article with it (pages written for these tests)."""

from extract_helpers import PARAGRAPHS, TITLE, page, paragraphs
from newsmine.extract import extract_article
from newsmine.extract.core import _guarded
from newsmine.extract.lines import Line

OTHER = ["Điện Biên Đông khởi công cầu treo bản Phì Cao", "Mường Nhé cấp 2.000 thẻ bảo hiểm y tế"]


def teaser(i, headline):
    return (f'<div class="inner-article"><a href="/xa-hoi/bai-{i}.html"><img src="t{i}.jpg"></a>'
            f'<h4 class="title"><a href="/xa-hoi/bai-{i}.html">{headline}</a></h4>'
            f'<p class="summary">Bài tóm tắt số {i}: huyện đã giải ngân 12 tỷ đồng cho 40 hộ dân.</p></div>')


def body_lines(article):
    return article.text.split("\n")[1:]


def test_teasers_inside_the_body_are_dropped():
    content = paragraphs(PARAGRAPHS[:2]) + teaser(1, OTHER[0]) + teaser(2, OTHER[1]) + paragraphs(PARAGRAPHS[2:])
    article = extract_article(page(content))
    assert body_lines(article) == PARAGRAPHS
    assert "Bài tóm tắt" not in article.text


def test_a_paragraph_opening_with_a_link_is_no_teaser():
    linked = ('<div><a href="/nguoi/giang-a-dinh.html">Ông Giàng A Dình, Chủ tịch UBND huyện</a> '
              'cho biết huyện sẽ rà soát lại danh sách các hộ còn ở nhà tạm trước tháng Sáu.</div>')
    article = extract_article(page(paragraphs(PARAGRAPHS[:2]) + linked + paragraphs(PARAGRAPHS[2:])))
    assert "rà soát lại danh sách" in article.text


PROMO = ('<div class="template"><span class="bold">Cài ứng dụng Sổ tay cư dân</span><br>'
         'Ứng dụng giúp người dân nhận thông báo của phường về lịch cắt điện, tiêm chủng.<br>'
         '<a href="https://example.org/app">Tải cho điện thoại</a><br>'
         'Sau khi cài, hãy cho phép ứng dụng gửi thông báo.</div>')


def test_a_promotion_after_the_signature_is_dropped_and_the_signature_is_the_author():
    content = paragraphs() + "<p><strong>Minh Khôi</strong></p>" + teaser(1, OTHER[0]) + PROMO
    article = extract_article(page(content))
    assert body_lines(article) == PARAGRAPHS
    assert article.author == "Minh Khôi"


def test_a_bold_name_at_the_top_keeps_the_body_after_it():
    content = "<p><strong>Minh Khôi</strong></p>" + "".join(f"<div>{p}</div>" for p in PARAGRAPHS)
    article = extract_article(page(content))
    assert all(p in article.text for p in PARAGRAPHS)


def test_a_box_heading_in_the_menu_does_not_take_the_article_with_it():
    menu = ('<div class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/ban-doc/">Bạn đọc</a>'
            '<ul><li>Chia sẻ</li><li><a href="/tho/">Thơ</a></li></ul></li></ul></div>')
    links = "".join(f'<a href="/x{i}.html">Chuyên mục {i}</a> ' for i in range(40))
    column = (f'<div class="column"><div class="share">{links}</div><div class="detail">'
              f'<h1>{TITLE}</h1><div class="content">{paragraphs()}</div></div></div>')
    html = (f"<html><head><title>{TITLE}</title></head><body><div class='container'>{menu}{column}"
            "</div></body></html>")
    article = extract_article(html)
    assert body_lines(article) == PARAGRAPHS and article.fallback is None  # the repairs' own text


def test_the_guardrail_keeps_a_body_that_trafilaturas_text_holds_with_boxes_more():
    boxes = "".join(f"<div><p>{'Quảng cáo ứng dụng điện thoại cho bạn đọc. ' * 8}{i}</p></div>" for i in range(4))
    html = f"<html><body><article><h1>{TITLE}</h1>{paragraphs(PARAGRAPHS[:2])}{boxes}</article></body></html>"
    meta = type("Page", (), {"title": TITLE, "meta": type("Meta", (), {"author": None})})
    ours = ([Line(p, "body") for p in PARAGRAPHS[:2]], None, None)
    lines, _, _, why = _guarded(html, None, meta, ours)
    assert why is None and lines is ours[0]


def test_a_bold_subheading_inside_the_body_keeps_the_blocks_after_it():
    more = ["Xã Sín Chải có 32 hộ được hỗ trợ, nhiều nhất trong huyện, tiếp đến là xã Tả Phìn với 27 hộ.",
            "Các hộ còn lại sẽ được bàn giao nhà trước ngày 30/4 theo kế hoạch của huyện."]
    content = (paragraphs() + "<p><strong>Tủa Chùa</strong></p>" + "".join(f"<div>{m}</div>" for m in more)
               + "<p>Kết quả sẽ được báo cáo lên tỉnh trong tháng tới.</p>")
    article = extract_article(page(content))
    assert all(m in article.text for m in more)


def test_a_teaser_led_by_a_headline_link_in_a_heading_without_a_picture_is_dropped():
    item = (f'<div class="item"><h3><a href="/xa-hoi/bai-3.html">{OTHER[0]}</a></h3>'
            '<span>Huyện đã hoàn thành 80% khối lượng cầu.</span></div>')
    article = extract_article(page(paragraphs(PARAGRAPHS[:2]) + item + paragraphs(PARAGRAPHS[2:])))
    assert body_lines(article) == PARAGRAPHS


def test_a_signature_styled_bold_or_set_right_closes_the_body():
    for signature in ('<p style="font-weight: bold">Minh Khôi</p>', '<p align="right">Minh Khôi</p>'):
        article = extract_article(page(paragraphs() + signature + PROMO))
        assert body_lines(article) == PARAGRAPHS and article.author == "Minh Khôi", signature
