"""extract_article: text, title, sapo, captions, origin, boilerplate, normalisation, encodings."""

import unicodedata
from pathlib import Path

import pytest

from extract_helpers import PARAGRAPHS, SAPO, TITLE, page, paragraphs
from newsmine.extract import ExtractError, decode_html, extract_article, infer_province
from newsmine.textnorm import normalize_text

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def lines(article):
    return article.text.split("\n")


def fixture(name):
    return extract_article((FIXTURES / name).read_bytes())


# -- the text ---------------------------------------------------------------------------


def test_text_is_title_then_body_paragraphs_one_per_line():
    article = extract_article(page())
    assert lines(article) == [TITLE, *PARAGRAPHS]
    assert article.title == TITLE


def test_sapo_outside_the_content_is_the_second_line():
    html = page(before=f'<h2 class="sapo">{SAPO}</h2>')
    article = extract_article(html)
    assert article.sapo == SAPO
    assert lines(article)[:3] == [TITLE, SAPO, PARAGRAPHS[0]]


def test_bold_first_paragraph_is_the_sapo_and_is_not_repeated():
    html = page(f"<p><strong>{SAPO}</strong></p>" + paragraphs())
    article = extract_article(html)
    assert article.sapo == SAPO
    assert lines(article) == [TITLE, SAPO, *PARAGRAPHS]


def test_outlet_prefix_of_the_sapo_is_dropped():
    article = extract_article(page(before=f'<div class="sapo">(BTN) - {SAPO}</div>'))
    assert article.sapo == SAPO


def test_title_in_capitals_is_kept_as_written():
    title = "HUYỆN TỦA CHÙA BÀN GIAO 120 CĂN NHÀ CHO HỘ NGHÈO"
    assert extract_article(page(title=title)).title == title


def test_bullets_are_lines_beginning_with_a_dash():
    items = ["thiếu vốn đối ứng của ngân sách xã;", "đường vận chuyển vật liệu bị sạt lở."]
    html = page(paragraphs(PARAGRAPHS[:2]) + "<p>Những khó khăn chính:</p><ul>"
                + "".join(f"<li>{i}</li>" for i in items) + "</ul>" + paragraphs(PARAGRAPHS[2:]))
    text = lines(extract_article(html))
    assert [f"- {i}" for i in items] == text[4:6]


def test_table_layout_portal_reads_as_paragraphs(tmp_path):
    rows = "".join(f"<tr><td class='noidung'><p>{p}</p></td></tr>" for p in PARAGRAPHS)
    html = page(f"""<table width="100%"><tr><td class="left"><table><tr><td><a href="/">Trang chủ</a></td></tr></table></td>
      <td class="main"><table>{rows}</table></td></tr></table>""")
    assert lines(extract_article(html))[1:] == PARAGRAPHS


# -- captions ---------------------------------------------------------------------------

CAPTION = "Người dân xã Sính Phình nhận nhà mới."


def _captioned(picture):
    return page(paragraphs(PARAGRAPHS[:2]) + picture + paragraphs(PARAGRAPHS[2:]))


@pytest.mark.parametrize("picture", [
    f'<figure class="image"><img src="a.jpg" alt="ảnh"><figcaption>{CAPTION}</figcaption></figure>',
    f'<table class="image"><tr><td><img src="a.jpg"></td></tr><tr><td class="image_desc">{CAPTION}</td></tr></table>',
    f'<p style="text-align:center"><img src="a.jpg"></p><p style="text-align:center"><em>{CAPTION}</em></p>',
    f'<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">{CAPTION}</p></div>',
    f'<div type="Photo"><div><img src="a.jpg"></div><div class="PhotoCMS_Caption"><p>{CAPTION}</p></div></div>',
], ids=["figcaption", "image-table", "centred-italic", "wp-caption", "photo-block"])
def test_caption_stays_in_place_and_its_span_is_listed(picture):
    article = extract_article(_captioned(picture))
    assert lines(article) == [TITLE, *PARAGRAPHS[:2], CAPTION, *PARAGRAPHS[2:]]
    assert [article.text[s:e] for s, e in article.captions] == [CAPTION]


def test_caption_spans_hold_after_a_sapo():
    html = page(before=f'<h2 class="sapo">{SAPO}</h2>', content=_captioned(
        f'<figure><img src="a.jpg"><figcaption>{CAPTION}</figcaption></figure>'))
    article = extract_article(html)
    (start, end), = article.captions
    assert article.text[start:end] == CAPTION


def test_a_cover_picture_just_before_the_body_keeps_its_caption_at_the_top_of_the_body():
    cover = (f'<figure class="article__avatar"><img src="a.jpg"><figcaption>{CAPTION}</figcaption></figure>'
             '<div class="ad-slot" style="display:none"> </div>')
    html = (f'<html><head><title>{TITLE}</title></head><body><nav><a href="/">Trang chủ</a></nav>'
            f'<div class="article"><h1>{TITLE}</h1><h2 class="sapo">{SAPO}</h2>{cover}'
            f'<div class="article__body" itemprop="articleBody">{paragraphs()}</div></div>'
            '<footer><p>Báo Thử Nghiệm - Cơ quan ngôn luận của tỉnh Mẫu.</p></footer></body></html>')
    article = extract_article(html)
    assert lines(article) == [TITLE, SAPO, CAPTION, *PARAGRAPHS]
    assert [article.text[s:e] for s, e in article.captions] == [CAPTION]


def test_one_caption_after_a_row_of_pictures_stays_in_place():
    row = ('<div class="layout-image-3">' + "".join(f'<figure><img src="a{k}.jpg"></figure>' for k in range(3))
           + f"<figcaption> {CAPTION} </figcaption></div>")
    article = extract_article(_captioned(row))
    assert lines(article) == [TITLE, *PARAGRAPHS[:2], CAPTION, *PARAGRAPHS[2:]]
    assert [article.text[s:e] for s, e in article.captions] == [CAPTION]


def test_a_photo_story_of_a_sapo_and_captions_is_an_article():
    shots = ["Bãi đá ven suối Nậm Mu sau trận lũ quét đêm 12/8.",
             "Lực lượng xung kích xã Khoen On dọn bùn đất khỏi tuyến đường vào bản Ít.",
             "Ông Lò Văn Pâng, Chủ tịch UBND xã kiểm tra chiếc cầu treo bị nước cuốn trôi."]
    photos = "".join(f'<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="a{k}.jpg"></div>'
                     f'<figcaption class="PhotoCMS_Caption"><p>{shot}</p></figcaption></figure>'
                     for k, shot in enumerate(shots))
    article = extract_article(page(photos, before=f'<p class="sapo">{SAPO}</p>'))
    assert article.sapo == SAPO and lines(article) == [TITLE, SAPO, *shots]
    assert [article.text[s:e] for s, e in article.captions] == shots


def test_a_picture_without_caption_leaves_no_line():
    article = extract_article(_captioned('<figure><img src="a.jpg" alt="Ảnh minh họa"></figure>'))
    assert lines(article) == [TITLE, *PARAGRAPHS] and article.captions == []


# -- boilerplate ------------------------------------------------------------------------

RELATED = ["Mường Chà khánh thành trường học bán trú", "HỖ TRỢ 15 TỶ ĐỒNG CHO HỘ NGHÈO LÀM NHÀ",
           "Nậm Pồ trao 300 suất quà cho học sinh"]


def related_list(heading, tag="h3"):
    items = "".join(f'<li><a href="/xa-hoi/bai-{i}.html">{t}</a></li>' for i, t in enumerate(RELATED))
    return f'<div class="box"><{tag} class="box-title">{heading}</{tag}><ul>{items}</ul></div>'


def assert_clean(article, *unwanted):
    assert lines(article) == [TITLE, *PARAGRAPHS], article.text
    for text in unwanted:
        assert text not in article.text


@pytest.mark.parametrize("heading", ["Tin liên quan", "Các bài viết khác", "Xem thêm",
                                     "Tin cùng chuyên mục", "TIN LIÊN QUAN:", "Tin khác »"])
def test_related_article_box_after_the_article_is_dropped(heading):
    assert_clean(extract_article(page(after=related_list(heading))), *RELATED)


def test_related_box_inside_the_content_is_dropped_with_its_list():
    content = paragraphs(PARAGRAPHS[:2]) + related_list("Tin liên quan", "p") + paragraphs(PARAGRAPHS[2:])
    assert_clean(extract_article(page(content)), *RELATED)


def test_related_teasers_with_summaries_are_dropped():
    items = "".join(f'<div class="item"><a href="/b{i}.html"><img src="t.jpg"></a><h4><a href="/b{i}.html">{t}</a></h4>'
                    f"<p>Tóm tắt bài viết số {i} với vài con số như 25 tỷ đồng và 300 hộ dân.</p></div>"
                    for i, t in enumerate(RELATED))
    box = f'<section class="other"><div class="title">Các bài viết khác</div>{items}</section>'
    assert_clean(extract_article(page(after=box)), *RELATED, "Tóm tắt bài viết")


def test_see_also_line_inside_the_body_is_dropped():
    see_also = f'<p><strong>Xem thêm:</strong> <a href="/a.html">{RELATED[0]}</a></p>'
    html = page(paragraphs(PARAGRAPHS[:2]) + see_also + paragraphs(PARAGRAPHS[2:]))
    assert_clean(extract_article(html), RELATED[0])


def test_a_paragraph_that_is_only_a_link_to_another_article_is_dropped():
    link = f'<p><a href="/xa-hoi/khac.html"><strong>{RELATED[1]}</strong></a></p>'
    html = page(paragraphs(PARAGRAPHS[:2]) + link + paragraphs(PARAGRAPHS[2:]))
    assert_clean(extract_article(html), RELATED[1])


def test_related_box_in_a_table_layout_is_dropped():
    rows = "".join(f'<tr><td class="tin-khac">&#8226; <a href="/t{i}.aspx">{t}</a> <span>(12/03/2024)</span></td></tr>'
                   for i, t in enumerate(RELATED))
    box = f'<table><tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b><table>{rows}</table></td></tr></table>'
    assert_clean(extract_article(page(after=box)), *RELATED)


def test_most_read_and_newest_sidebars_and_the_menu_are_dropped():
    aside = related_list("Đọc nhiều") + related_list("Tin mới")
    assert_clean(extract_article(page(aside=aside)), *RELATED, "Trang chủ", "Thời sự")


def test_share_bar_is_dropped():
    share = ('<div class="share"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> '
             '<a href="/in/1">In bài</a></div>')
    html = page(paragraphs() + share)
    assert_clean(extract_article(html), "Facebook", "In bài")


def test_tags_are_kept_apart_from_the_text():
    tags = '<div class="tags">Từ khóa: <a href="/tag/nha-o">nhà ở</a>, <a href="/tag/ho-ngheo">hộ nghèo</a></div>'
    article = extract_article(page(after=tags))
    assert_clean(article, "Từ khóa")
    assert article.tags == ["nhà ở", "hộ nghèo"]


def test_comments_are_dropped():
    comments = """<section class="comments"><h3>Ý kiến bạn đọc (2)</h3>
      <div class="comment-item"><p><strong>Lò Văn Sáng</strong> <span>14/03/2024 12:10</span></p>
      <p class="comment-text">Chúc mừng bà con có nhà mới, mong huyện tiếp tục hỗ trợ.</p></div>
      <form><textarea></textarea><button>Gửi bình luận</button></form></section>"""
    assert_clean(extract_article(page(after=comments)), "Chúc mừng bà con", "Gửi bình luận")


def test_footer_is_dropped():
    assert_clean(extract_article(page()), "Địa chỉ", "Cơ quan ngôn luận")


def test_box_words_inside_a_sentence_are_kept():
    sentence = ("Bình luận về kết quả này, ông Dình cho rằng cần xem thêm nhu cầu của từng hộ "
                "trước khi thiết kế nhà, vì tin liên quan đến vốn vay còn chưa rõ.")
    article = extract_article(page(paragraphs([*PARAGRAPHS, sentence])))
    assert lines(article)[-1] == sentence


# -- origin and author ------------------------------------------------------------------


@pytest.mark.parametrize("line, origin", [
    ("Theo Báo Điện Biên Phủ", "Báo Điện Biên Phủ"),
    ("(Nguồn: TTXVN)", "TTXVN"),
    ("Nguồn: baodienbienphu.info.vn", "baodienbienphu.info.vn"),
    ("<em>(Theo Báo Lai Châu)</em>", "Báo Lai Châu"),
])
def test_attribution_line_is_the_origin_and_leaves_the_text(line, origin):
    article = extract_article(page(paragraphs() + f'<p style="text-align:right">{line}</p>'))
    assert article.origin == origin
    assert lines(article) == [TITLE, *PARAGRAPHS]


def test_attribution_at_the_end_of_the_last_paragraph_is_cut_off():
    last = PARAGRAPHS[-1] + " (Theo Báo Sơn La)"
    article = extract_article(page(paragraphs([*PARAGRAPHS[:-1], last])))
    assert article.origin == "Báo Sơn La"
    assert lines(article)[-1] == PARAGRAPHS[-1]


def test_signature_with_origin_gives_author_and_origin():
    article = extract_article(page(paragraphs() + '<p align="right"><b>Minh Anh (Theo Báo Yên Bái)</b></p>'))
    assert (article.author, article.origin) == ("Minh Anh", "Báo Yên Bái")
    assert lines(article) == [TITLE, *PARAGRAPHS]


@pytest.mark.parametrize("last", [
    "Theo báo cáo của Sở Xây dựng, toàn tỉnh còn khoảng 2.300 hộ đang ở nhà tạm cần được hỗ trợ.",
    "Theo Sở Xây dựng, toàn tỉnh còn khoảng 2.300 hộ đang ở nhà tạm.",
])
def test_a_last_sentence_that_opens_with_theo_is_not_an_origin(last):
    article = extract_article(page(paragraphs([*PARAGRAPHS, last])))
    assert article.origin is None
    assert lines(article)[-1] == last


def test_right_aligned_signature_is_the_author_and_leaves_the_text():
    article = extract_article(page(paragraphs() + '<p style="text-align: right;"><strong>Lò Hương</strong></p>'))
    assert article.author == "Lò Hương"
    assert lines(article) == [TITLE, *PARAGRAPHS]


def test_office_signature_is_the_author():
    article = extract_article(page(paragraphs() + '<p align="right"><b>Văn phòng UBND tỉnh</b></p>'))
    assert article.author == "Văn phòng UBND tỉnh" and lines(article) == [TITLE, *PARAGRAPHS]


@pytest.mark.parametrize("publisher", ['<meta name="author" content="Báo Thử Nghiệm">',
                                       '<meta name="author" content="baothunghiem.vn">',
                                       '<meta name="author" content="TapDoanMau.vn">',
                                       '<meta name="author" content="Thử Nghiệm">',
                                       '<meta name="author" content="Baothunghiem">'])
def test_the_publishers_own_name_is_not_an_author(publisher):
    person = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
              '"author": {"@type": "Person", "name": "Lò Thị Hoa"}}</script>')
    head = f'<meta property="og:site_name" content="Báo Thử Nghiệm">{publisher}{person}'
    article = extract_article(page(head=head), url="https://baothunghiem.vn/xa-hoi/bai-1.html")
    assert article.author == "Lò Thị Hoa"


@pytest.mark.parametrize("name, author", [("Lò Thị HoaTTXVN", "Lò Thị Hoa"), ("LÒ THỊ HUỲNH", "LÒ THỊ HUỲNH")])
def test_an_agency_glued_to_the_authors_name_in_the_metadata_is_cut_off(name, author):
    person = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
              f'"author": {{"@type": "Person", "name": "{name}"}}}}</script>')
    assert extract_article(page(head=person)).author == author


@pytest.mark.parametrize("outlet", ["Nông Thôn Ngày Nay", "Đại Đoàn kết", "Nhịp sống thị trường"])
def test_a_source_classed_line_of_a_bare_outlet_name_is_the_origin_not_the_author(outlet):
    credit = f'<div class="content_source"><p class="author">Theo Lò Văn Quý</p><p class="source">{outlet}</p></div>'
    head = '<meta property="article:author" content="Theo Lò Văn Quý">'
    article = extract_article(page(head=head, after=credit))
    assert (article.author, article.origin) == ("Lò Văn Quý", outlet)
    assert lines(article) == [TITLE, *PARAGRAPHS]


def test_an_outlet_line_without_the_authors_metadata_leaves_the_writer_as_author():
    credit = '<div class="content_source"><p class="author">Minh Khôi</p><p class="source">Nhịp sống thị trường</p></div>'
    article = extract_article(page(after=credit))
    assert (article.author, article.origin) == ("Minh Khôi", "Nhịp sống thị trường")


def test_a_source_classed_sentence_is_no_outlet():
    article = extract_article(page(after='<p class="source">Bài viết có sử dụng tư liệu của địa phương.</p>'))
    assert article.origin is None


def test_a_source_classed_photo_credit_is_no_origin():
    article = extract_article(page(after='<p class="source">Ảnh: TTXVN</p>'))
    assert article.origin is None and lines(article) == [TITLE, *PARAGRAPHS]


def test_photo_and_text_credit_line_is_the_author():
    article = extract_article(page(paragraphs() + "<p>Bài, ảnh: Quàng Thị Vân</p>"))
    assert article.author == "Quàng Thị Vân" and lines(article) == [TITLE, *PARAGRAPHS]


# -- normalisation ----------------------------------------------------------------------


def test_text_is_nfc_with_one_tone_placement():
    body = [("Xã Mường Hoà được hỗ trợ xây nhà; ông Lò Văn Thuỷ, Chủ tịch UBND xã cho biết "
            "người dân rất phấn khởi, ai cũng quí tấm lòng của các nhà hảo tâm."), *PARAGRAPHS[1:]]
    html = unicodedata.normalize("NFD", page(paragraphs(body)))
    article = extract_article(html)
    first = lines(article)[1]
    assert unicodedata.is_normalized("NFC", article.text)
    assert "Mường Hòa" in first and "Lò Văn Thủy" in first and "quí" in first


def test_zero_width_characters_and_non_breaking_spaces_are_removed():
    dirty = PARAGRAPHS[0].replace(" ", "\u00a0", 3).replace("UBND", "UB\u200bND")
    article = extract_article(page(paragraphs([dirty, *PARAGRAPHS[1:]])))
    assert lines(article)[1] == PARAGRAPHS[0]


def test_line_breaks_and_blank_lines_become_single_newlines():
    content = f"<p>{PARAGRAPHS[0]}<br><br>{PARAGRAPHS[1]}</p><p>&nbsp;</p>\n\n<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>"
    article = extract_article(page(content))
    assert lines(article) == [TITLE, *PARAGRAPHS]
    assert article.text == normalize_text(article.text)


# -- encodings --------------------------------------------------------------------------


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: precomposed where the code page has the letter, else base + tone."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(out)


def test_charset_declared_only_in_a_meta_tag():
    html = page(charset='<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    article = extract_article(_cp1258(html))
    assert lines(article) == [TITLE, *PARAGRAPHS]


def test_utf8_page_declared_latin1_in_the_header_is_read_as_utf8():
    body = page(charset="").encode("utf-8")
    assert extract_article(body, content_type="text/html; charset=ISO-8859-1").title == TITLE


def test_page_declared_utf8_but_written_in_windows_1258_is_still_read():
    html = page(charset='<meta charset="utf-8">')
    assert extract_article(_cp1258(html)).title == TITLE


def test_byte_order_mark_is_honoured():
    assert decode_html(b"\xef\xbb\xbf" + "<p>Điện Biên</p>".encode()) == "<p>Điện Biên</p>"


# -- hints ------------------------------------------------------------------------------


def test_hints_select_the_body_and_drop_named_boxes():
    promo = "Đặt mua báo in năm 2024 với nhiều ưu đãi cho bạn đọc vùng cao"
    content = f'<div class="promo"><p>{promo}, liên hệ phòng phát hành.</p></div>' + paragraphs()
    html = page(f'<div id="noi-dung">{content}</div>')
    article = extract_article(html, hints={"body_css": "#noi-dung", "drop_css": [".promo"]})
    assert lines(article) == [TITLE, *PARAGRAPHS] and promo not in article.text


# -- bad input --------------------------------------------------------------------------


@pytest.mark.parametrize("body, reason", [
    (b"", "empty page"),
    (b"   \n\t  ", "empty page"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "binary content"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary content"),
    ("<html><head><title>Trang chủ</title></head><body><nav><a href='/'>Trang chủ</a></nav></body></html>"
     .encode(), "no article body"),
    (b"just some plain words with no markup at all, not a web page", "not HTML"),
])
def test_pages_without_an_article_raise_with_a_reason(body, reason):
    with pytest.raises(ExtractError, match=reason):
        extract_article(body)


def test_a_ten_megabyte_page_is_refused():
    huge = page(paragraphs() + "<p>" + "chữ " * 2_600_000 + "</p>").encode("utf-8")
    assert len(huge) > 10_000_000
    with pytest.raises(ExtractError, match="page too large"):
        extract_article(huge)


def test_broken_html_with_an_article_still_extracts():
    html = page().replace("</p>", "").replace("</div>", "").replace("</article>", "")
    html = html[: html.index("<footer>")] + "<div><span><b>"
    article = extract_article(html)
    assert article.title == TITLE and PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text


# -- layouts of real outlets (fixtures) ----------------------------------------------------


def test_cms_with_photo_blocks_and_inline_related_box():
    article = fixture("cms_photo_blocks.html")
    assert article.title == "Mường Nhé: Khởi công cầu treo bản Nậm Là"
    assert article.sapo.startswith("Chiều 15/5, huyện Mường Nhé")
    assert article.published == "2024-05-15T14:20:00+07:00"
    assert [article.text[s:e] for s, e in article.captions] == [
        "Đại biểu thực hiện nghi thức khởi công cầu treo bản Nậm Là."]
    for leaked in ("Lũ cuốn trôi", "Nậm Pồ trao", "ĐIỆN BIÊN CÓ THÊM", "Thứ Hai, 03/06/2024", "Tags"):
        assert leaked not in article.text
    assert article.site_name == "Báo Biên Cương Thử Nghiệm" and article.tags == ["cầu treo", "Mường Nhé"]


def test_joomla_page_with_centred_captions_and_origin():
    article = fixture("joomla_centered_captions.html")
    assert article.title == "Tam Đường tổng kết vụ chè xuân"
    assert article.published == "2024-05-09T09:15:00+07:00"
    assert (article.author, article.origin) == ("Văn Khoa", "Báo Lai Châu")
    assert article.sapo.startswith("Vụ chè xuân năm nay")
    assert "Phong Thổ phát triển" not in article.text and "Văn Khoa" not in article.text
    assert [article.text[s:e] for s, e in article.captions] == ["Nông dân xã Bản Bo thu hái chè xuân."]


def test_portal_page_with_update_and_publication_times():
    article = fixture("portal_summary.html")
    assert article.title == "UBND TỈNH HỌP BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI"
    assert (article.published, article.updated) == ("2023-07-20T08:05:00+07:00", "2023-07-21T16:40:00+07:00")
    assert article.author == "Trung tâm Thông tin tỉnh"
    for leaked in ("CỔNG THÔNG TIN", "Các tin đã đưa", "diễn tập", "Cơ quan chủ quản"):
        assert leaked not in article.text


def test_wordpress_republication_names_its_origin():
    article = fixture("wordpress_republished.html")
    assert article.origin == "Báo Yên Bái" and article.author == "Thanh Xuân"
    assert article.published == "2024-02-27T10:10:00+07:00"
    assert article.canonical_url == "https://tinmiennui.example/kinh-te/yen-bai-que-ma-vung-trong/"
    for leaked in ("Xem thêm", "Quế Văn Yên vào mùa", "Giá quế tăng mạnh", "Bài trước", "Quế Yên Bái thơm",
                   "Lào Cai mở đường bay"):
        assert leaked not in article.text
    assert article.text.split("\n")[-1] == "Tỉnh đặt mục tiêu đến năm 2025 có 2.000 ha quế được cấp mã số vùng trồng."


# -- province -----------------------------------------------------------------------------


def test_province_is_guessed_from_the_names_an_article_mentions():
    assert infer_province("Yên Bái: quế được cấp mã vùng trồng", None,
                          "Tỉnh Yên Bái có 1.086 ha quế; Lào Cai cũng trồng quế.") == "Yên Bái"
    assert infer_province("Hội nghị trực tuyến", None, "Các tỉnh Sơn La và Lai Châu dự họp.") is None


def test_a_data_table_gives_one_line_per_row_with_cells_apart():
    table = ('<table class="data" border="1"><tr><th>Xã</th><th>Số nhà</th></tr>'
             "<tr><td>Sính Phình</td><td>32</td></tr><tr><td>Tả Phìn</td><td>28</td></tr></table>")
    article = extract_article(page(paragraphs(PARAGRAPHS[:2]) + table + paragraphs(PARAGRAPHS[2:])))
    assert lines(article)[3:6] == ["Xã | Số nhà", "Sính Phình | 32", "Tả Phìn | 28"]


def test_link_lines_behind_arrows_or_bullets_are_dropped():
    links = (f'<p>&gt;&gt; <a href="/y.html">{RELATED[0]}</a></p>'
             f'<p>&bull; <a href="/z.html">{RELATED[2]}</a></p>')
    html = page(paragraphs(PARAGRAPHS[:2]) + links + paragraphs(PARAGRAPHS[2:]))
    assert_clean(extract_article(html), RELATED[0], RELATED[2])


def test_related_table_floating_inside_the_content_is_dropped():
    rows = "".join(f'<tr><td><a href="/x{i}.html">{t}</a></td></tr>' for i, t in enumerate(RELATED))
    box = f'<table align="right" width="200"><tr><td><b>Tin liên quan</b></td></tr>{rows}</table>'
    html = page(paragraphs(PARAGRAPHS[:2]) + box + paragraphs(PARAGRAPHS[2:]))
    assert_clean(extract_article(html), *RELATED)


def test_paragraphs_separated_by_line_breaks_in_one_block():
    html = page('<div class="noidung">' + "<br><br>".join(PARAGRAPHS) + "</div>")
    assert lines(extract_article(html)) == [TITLE, *PARAGRAPHS]


def test_a_photo_credit_on_its_own_line_is_dropped():
    picture = f'<figure><img src="a.jpg"><figcaption>{CAPTION}</figcaption></figure><p><em>Ảnh: Minh Anh</em></p>'
    article = extract_article(_captioned(picture))
    assert lines(article) == [TITLE, *PARAGRAPHS[:2], CAPTION, *PARAGRAPHS[2:]]


def test_plain_text_input_loses_attribution_line_and_trailing_related_box():
    from newsmine.extract import clean_plain_text

    text = ("Huyện Tủa Chùa làm đường\nHuyện đã làm 12 km đường bê tông.\nNgười dân góp 300 ngày công.\n"
            "(Theo Báo Điện Biên Phủ)\nCác bài viết khác\nMường Nhé đón 500 khách du lịch")
    cleaned = clean_plain_text(text)
    assert cleaned == "Huyện Tủa Chùa làm đường\nHuyện đã làm 12 km đường bê tông.\nNgười dân góp 300 ngày công."


def test_plain_text_input_loses_an_attribution_at_the_end_of_a_line():
    from newsmine.extract import clean_plain_text

    # GOLD.md: an organisation named only in the source attribution is not annotated
    text = "Tỉnh đã hỗ trợ 500 hộ nghèo làm nhà mới.\nMinh Anh (Theo Báo Lao Động)"
    assert clean_plain_text(text) == "Tỉnh đã hỗ trợ 500 hộ nghèo làm nhà mới.\nMinh Anh"
    assert clean_plain_text("Giá lúa tăng 200 đồng/kg. (Theo TTXVN)") == "Giá lúa tăng 200 đồng/kg."
    assert clean_plain_text("Hội nghị (theo kế hoạch) diễn ra hai ngày.") == "Hội nghị (theo kế hoạch) diễn ra hai ngày."


def test_plain_text_input_has_html_entities_decoded():
    from newsmine.extract import clean_plain_text

    assert clean_plain_text("Tập đoàn T&amp;T Group đầu tư 100 tỷ đồng.") == "Tập đoàn T&T Group đầu tư 100 tỷ đồng."
