"""What the passes read: the page's classed elements listed once for every pass that looks
for a class, and what trafilatura is handed, the repaired page without the parts that cannot
change its reading (the textless tags of <head>), checked against its reading of the whole page."""

from copy import deepcopy
from types import SimpleNamespace

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, fromstring, tostring
from trafilatura.utils import load_html

from extract_helpers import page
from newsmine.extract.core import _body_scope, _options
from newsmine.extract.decode import parse_html
from newsmine.extract.dom import classed
from newsmine.extract.metadata import (
    _canonical,
    _itemprop_published,
    _ld_scripts,
    _time_pubdate,
    find_title,
    keywords,
    meta_dates,
    read_head,
    section,
    site_name,
)
from newsmine.extract.province import _home_logos, publisher_province
from newsmine.extract.repairs import drop_boxes, mark_bylines, mark_captions

HEAD = ('<meta name="description" content="Tủa Chùa bàn giao nhà"><meta property="og:title" content="Nhà mới">'
        '<link rel="canonical" href="https://baothu.vn/nha-moi-123.html"><link rel="stylesheet" href="/a.css">'
        '<base href="https://baothu.vn/">')
# A short page under a long menu: trafilatura's text covers little of the page, so it reads it
# again for recall and with justext, which reads the <title> too.
SHORT = (f"<html><head><title>Bà con bản Mù nhận nhà mới</title>{HEAD}</head><body><div class='menu'><ul>"
         + "".join(f"<li><a href='/muc-{k}/'>Chuyên mục tin tức vùng cao số {k}</a></li>" for k in range(60))
         + "</ul></div><div class='noi-dung'><p>Bà con bản Mù phấn khởi nhận nhà mới trước mùa mưa năm nay, "
         "sau bốn tháng cùng bộ đội biên phòng dựng nhà.</p></div></body></html>")


def _text(tree) -> str:
    doc = trafilatura.bare_extraction(tree, options=_options("https://baothu.vn/nha-moi-123.html"))
    return doc.text if doc is not None else ""


def test_the_head_keeps_its_title_and_loses_its_textless_tags():
    tree = fromstring(page(head=HEAD))
    scope = _body_scope(tree, None)
    head = scope.find("head")
    assert scope is tree and [el.tag for el in head] == ["title"]


def test_trafilatura_reads_the_page_without_those_tags_as_with_them():
    for html in (page(head=HEAD), SHORT):
        whole = fromstring(html)
        assert _text(_body_scope(deepcopy(whole), None)) == _text(whole)


CHROME = ("<html><head><title>Xã Mù bàn giao nhà mới</title></head><body><div class='wrap'>"
          "<p class='tieu-de'>Xã Mù bàn giao nhà mới cho hộ nghèo</p>"
          "<p>Sáng 3/4, xã Mù bàn giao 12 căn nhà mới cho các hộ nghèo của bản.</p>"
          "<div class='img-desc'>Bà con nhận nhà mới</div><p style='text-align:right'>Minh Anh</p>"
          "<span itemprop='headline'>Xã Mù bàn giao nhà</span></div>"
          "<footer>Cơ quan của Đảng bộ tỉnh Lai Châu</footer></body></html>")


def test_the_classed_list_holds_every_element_a_class_style_or_footer_test_can_pick():
    tree = fromstring(CHROME)
    tags = [el.tag for el, _ in classed(tree)]
    assert tags == ["div", "p", "div", "p", "span", "footer"]


def test_the_passes_read_the_same_with_the_list_as_over_the_whole_tree():
    first, second = fromstring(CHROME), fromstring(CHROME)
    marked = classed(second)
    assert find_title(first, None)[0] == find_title(second, None, marked)[0] == "Xã Mù bàn giao nhà mới cho hộ nghèo"
    assert publisher_province(first, None) == publisher_province(second, None, marked) == "Lai Châu"
    mark_captions(first)
    mark_captions(second, marked)
    mark_bylines(first)
    mark_bylines(second, marked)
    assert tostring(first) == tostring(second) and b"nm-caption" in tostring(first) and b"nm-byline" in tostring(first)


HEADED = ('<html><head><title>Xã Mù bàn giao nhà mới - Báo Thử</title>'
          '<meta property="og:site_name" content="Báo Thử"><meta name="keywords" content="nhà ở, hộ nghèo">'
          '<meta property="article:published_time" content="2024-04-03T08:15:00+07:00">'
          '<script type="application/ld+json">{"dateModified": "2024-04-04T09:00:00+07:00",'
          ' "articleSection": "Xã hội"}</script></head><body><h1>Xã Mù bàn giao nhà mới</h1></body></html>')


def test_the_head_read_once_gives_each_reader_what_it_reads_alone():
    tree = fromstring(HEADED)
    head = read_head(tree)
    assert meta_dates(tree, head) == meta_dates(tree)
    assert [m.iso() for m in meta_dates(tree, head)[1]] == ["2024-04-04T09:00:00+07:00"]
    assert keywords(tree, head) == keywords(tree) == ["nhà ở", "hộ nghèo"]
    assert site_name(tree, None, head) == site_name(tree, None) == "Báo Thử"
    meta = SimpleNamespace(sitename="Báo Thử", categories=[])
    assert section(tree, meta, None, head) == section(tree, meta) == "Xã hội"


PARSED = [
    page(),
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>Bản Mù có điện lưới quốc gia.</p></body></html>',
    "<!DOCTYPE html>\n<html/>\n<body><p>Bản Mù có điện.</p><form><input name='q'><label>Tìm</label></form></body>",
    "<p>Bản Mù có điện.</p>",
    "chỉ là chữ, không có thẻ nào",
]


def test_the_page_is_parsed_as_trafilatura_parses_it():
    for html in PARSED:
        ours, theirs = parse_html(html), load_html(html)
        assert (ours is None) == (theirs is None)
        if ours is not None:
            assert tostring(ours) == tostring(theirs)
            assert all(isinstance(el, HtmlElement) for el in ours.iter(etree.Element))


def test_cue_lines_are_found_from_the_top_down_at_any_depth():
    tree = fromstring(
        "<html><body><div class='noi-dung'><p>Hội nghị khai mạc lúc 8 giờ: đông đủ đại biểu dự.</p>"
        "<div><section><p><b>Xem thêm:</b> <a href='/a.html'>Bản Mù đón điện lưới quốc gia về tận nhà</a></p>"
        "</section></div><ul><li>Tin liên quan: <a href='/b.html'>Xã Mù làm đường bê tông về bản</a></li></ul>"
        "<div>Từ khóa: <a href='/tag/nha-o'>nhà ở</a>, <a href='/tag/dien'>điện</a></div></div></body></html>")
    tags = []
    drop_boxes(tree, [], tags)
    assert tree.text_content() == "Hội nghị khai mạc lúc 8 giờ: đông đủ đại biểu dự."
    assert tags == ["nhà ở", "điện"]


def test_only_blocks_holding_a_link_are_read_as_cue_lines():
    tree = fromstring(
        "<html><body><div><p>Tin liên quan: bà con bản Pa Vây Sử đã nhận gạo cứu đói.</p>"
        "<p>Xem thêm: <span><em><a href='/c.html'>Huyện Phong Thổ mở lớp dạy nghề đan lát</a></em></span></p>"
        "</div></body></html>")
    drop_boxes(tree, [], [])
    assert tree.text_content() == "Tin liên quan: bà con bản Pa Vây Sử đã nhận gạo cứu đói."


WALKED = (
    '<html><head><link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://baothu.vn/a-1.html">'
    '<link rel="canonical"><script type="application/ld+json">{"datePublished": "2024-03-14T08:00:00+07:00"}</script>'
    '<script>var x = 1;</script><script type="application/ld+json">{"dateModified": "2024-03-15"}</script></head>'
    '<body><a href="/"><img alt="Báo Thử Nghiệm Lai Châu" src="/logo.png"></a><a href="/the-thao/"><img alt="Thể thao"></a>'
    '<div class="meta"><time pubdate datetime="2024-03-14T08:00">14/3</time><time datetime="2024-03-16">16/3</time>'
    '<span itemprop="datePublished" datetime="2024-03-14">14/3/2024</span><span itemprop="datePublished">x</span></div>'
    '<a href="/"><span><img alt="Trang chủ"></span></a><p>Bản Mù có điện lưới quốc gia.</p></body></html>')


def test_the_page_wide_readings_find_what_their_xpaths_find():
    tree = fromstring(WALKED)
    assert _ld_scripts(tree) == tree.xpath('//script[@type="application/ld+json"]/text()') and len(_ld_scripts(tree)) == 2
    assert _canonical(tree) == tree.xpath('//link[@rel="canonical"]/@href') == ["https://baothu.vn/a-1.html"]
    assert (_itemprop_published(tree) == _itemprop_published(tree, classed(tree))
            == tree.xpath('//*[@itemprop="datePublished"]/@datetime') == ["2024-03-14"])
    assert _time_pubdate(tree) == tree.xpath("//time[@pubdate]/@datetime") == ["2024-03-14T08:00"]
    assert _home_logos(tree) == tree.xpath('//a[@href="/"]//img') and len(_home_logos(tree)) == 2
