"""What trafilatura is handed: the repaired page without the parts that cannot change its
reading (the textless tags of <head>), checked against its reading of the whole page."""

from copy import deepcopy

import trafilatura
from lxml.html import fromstring

from extract_helpers import page
from newsmine.extract.core import _body_scope, _options

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
