"""The DOM room's helpers over lxml elements, on small blocks written for the tests."""

from lxml import etree
from lxml.html import fragment_fromstring

from newsmine.extract.dom import links_reach, raw_text, text_of

MENU = fragment_fromstring(
    '<ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su/">Thời sự</a></li>'
    '<li>Hotline: 0215 3826 111</li></ul>')


def test_links_reach_counts_the_characters_of_link_text():
    linked = len("Trang chủ") + len("Thời sự")
    assert links_reach(MENU, linked)
    assert not links_reach(MENU, linked + 1)


def test_a_block_without_links_reaches_only_nothing():
    block = fragment_fromstring("<p>Huyện Mường Chà hỗ trợ 40 hộ dân di dời khỏi vùng sạt lở.</p>")
    assert links_reach(block, 0) and not links_reach(block, 1)


def test_raw_text_is_text_content_read_in_one_call():
    block = fragment_fromstring(
        "<div>Sáng 5/12, <b>UBND <i>huyện</i></b> Mường Tè<!-- quảng cáo --> họp &amp; bàn<br>giao "
        "<span>120 căn nhà</span>.<p>Ông <a href='/a'>Lò Văn Sơn</a> phát biểu.</p>đuôi</div>")
    for el in block.iter(etree.Element):  # (a comment's text is not the element's)
        assert raw_text(el) == el.text_content()
    assert raw_text(block.find("span")) == "120 căn nhà"  # (without the tail after it)


def test_text_of_a_leaf_and_of_a_block_of_inline_parts():
    assert text_of(fragment_fromstring("<span>\n  Huyện   Mường Tè\t</span>")) == "Huyện Mường Tè"
    assert text_of(fragment_fromstring("<p>Xã <b>Pa</b>Ủ, huyện <i>Mường Tè</i> </p>")) == "Xã Pa Ủ, huyện Mường Tè"
    assert text_of(fragment_fromstring("<p></p>")) == text_of(None) == ""
