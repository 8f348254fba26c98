"""The guardrail: a short body the repairs kept is compared with trafilatura's own reading of the
untouched page, whose text is used (and the reason recorded) when it is much longer."""

from types import SimpleNamespace

from newsmine.extract.core import TRUSTED_BODY, _guarded, _options
from newsmine.extract.lines import Line

PARAGRAPH = ("Sáng nay, Ủy ban nhân dân huyện tổ chức hội nghị sơ kết công tác giải phóng mặt bằng các "
             "dự án giao thông trọng điểm, với sự tham dự của đại diện các xã có dự án đi qua. ")
PAGE = ("<html><head><title>Sơ kết giải phóng mặt bằng</title></head><body><main><article>"
        + "".join(f"<p>{PARAGRAPH} Đoạn {k}.</p>" for k in range(8))
        + "</article></main><div class='binh-luan'><p>Gửi bình luận</p></div></body></html>")
META = SimpleNamespace(title="Sơ kết giải phóng mặt bằng", meta=SimpleNamespace(author=None))


def test_a_short_wrong_block_gives_way_to_trafilaturas_text_and_says_why():
    ours = ([Line("Gửi bình luận", "body"), Line("Cần nhập đầy đủ Email", "body")], None, None)
    lines, _, _, why = _guarded(PAGE, None, META, ours)
    assert sum(len(line.text) for line in lines) > 5 * len(PARAGRAPH)
    assert why.startswith("the repairs kept 34 characters of body, trafilatura's defaults")


def test_a_body_as_long_as_trafilaturas_is_kept():
    ours = ([Line(f"{PARAGRAPH} Đoạn {k}.", "body") for k in range(6)], None, None)
    lines, _, _, why = _guarded(PAGE, None, META, ours)
    assert why is None and lines is ours[0]


def test_a_long_body_is_trusted_without_a_second_reading():
    ours = ([Line("x" * TRUSTED_BODY, "body")], None, None)
    lines, _, _, why = _guarded("<html>not even read</html>", None, META, ours)
    assert why is None and lines is ours[0]


def test_a_short_body_beside_links_only_is_not_read_a_second_time(monkeypatch):
    menu = "".join(f"<li><a href='/muc-{k}/'>Chuyên mục thời sự địa phương số {k}</a></li>" for k in range(40))
    page = (f"<html><head><title>Sơ kết</title></head><body><ul>{menu}</ul><article>"
            f"<p>{PARAGRAPH}</p></article></body></html>")
    readings = []
    monkeypatch.setattr("newsmine.extract.core.trafilatura.bare_extraction",
                        lambda *args, **kwargs: readings.append(kwargs))
    ours = ([Line(PARAGRAPH.strip(), "body")], None, None)
    lines, _, _, why = _guarded(page, None, META, ours)
    assert readings == [] and why is None and lines is ours[0]


def test_a_short_body_beside_other_prose_is_read_a_second_time(monkeypatch):
    readings = []
    monkeypatch.setattr("newsmine.extract.core.trafilatura.bare_extraction",
                        lambda *args, **kwargs: readings.append(kwargs))
    ours = ([Line("Gửi bình luận", "body")], None, None)
    _guarded(PAGE, None, META, ours)
    assert len(readings) == 1


def test_prose_in_the_footer_and_aside_is_no_reason_for_a_second_reading(monkeypatch):
    furniture = f"<aside><p>{PARAGRAPH}</p></aside><footer>" + f"<p>{PARAGRAPH} Tòa soạn.</p>" * 4 + "</footer>"
    page = (f"<html><head><title>Sơ kết</title></head><body><article><p>{PARAGRAPH}</p></article>"
            f"{furniture}</body></html>")
    readings = []
    monkeypatch.setattr("newsmine.extract.core.trafilatura.bare_extraction",
                        lambda *args, **kwargs: readings.append(kwargs))
    ours = ([Line(PARAGRAPH.strip(), "body")], None, None)
    assert _guarded(page, None, META, ours)[3] is None and readings == []


def test_a_body_held_only_in_json_ld_is_read_a_second_time():
    body = " ".join(f"{PARAGRAPH} Đoạn {k}." for k in range(8))
    page = ("<html><head><title>Sơ kết giải phóng mặt bằng</title><script type='application/ld+json'>"
            f'{{"@type": "NewsArticle", "articleBody": "{body}"}}</script></head><body><main>'
            "<p>Đang tải nội dung bài viết</p></main></body></html>")
    ours = ([Line("Đang tải nội dung bài viết", "body")], None, None)
    lines, _, _, why = _guarded(page, None, META, ours)
    assert why is not None and "Đoạn 7" in " ".join(line.text for line in lines)


def test_a_long_caption_of_ours_counts_as_text_trafilatura_may_read_as_body(monkeypatch):
    caption = ("Lãnh đạo huyện cùng cán bộ các xã kiểm tra tiến độ thi công tuyến đường liên xã, đoạn qua "
               "bản Huổi Lóng, nơi người dân đã tự nguyện hiến hơn hai nghìn mét vuông đất để làm đường. ") * 2
    page = (f"<html><head><title>Sơ kết</title></head><body><article><p>{PARAGRAPH}</p>"
            f"<figure><img src='/a.jpg'><figcaption>{caption}</figcaption></figure></article></body></html>")
    readings = []
    monkeypatch.setattr("newsmine.extract.core.trafilatura.bare_extraction",
                        lambda *args, **kwargs: readings.append(kwargs))
    ours = ([Line(PARAGRAPH.strip(), "body"), Line(caption.strip(), "caption")], None, None)
    _guarded(page, None, META, ours)
    assert len(readings) == 1


def test_each_reading_by_trafilatura_has_its_own_pages_address():
    first = _options("https://baothunghiem.vn/bai-1.html")
    assert (first.url, first.fast) == ("https://baothunghiem.vn/bai-1.html", False)
    assert _options(None).url is None and _options(None, fast=True).fast
