"""An old provincial portal (tests/fixtures/extract/old_portal_*.html, written for these tests):
one layout table, the body as text and <br> in a <td>, the headline in a <div>, no article
metadata but the date line "Cập nhật: 10:00 | 10/12/2017", a PDF attachment, every page one
ASP.NET script told apart by its query string. Its article pages are articles, its listings
listings, and the article comes out whole and clean."""

from pathlib import Path

import pytest

from newsmine.crawl.parse import parse_html
from newsmine.extract import extract_article

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
ARTICLE = (FIXTURES / "old_portal_article.html").read_bytes()
LISTING = (FIXTURES / "old_portal_listing.html").read_bytes()


@pytest.mark.parametrize("url", ["http://tinhmau.gov.vn/Pages/TinTuc/ChiTiet.aspx?ItemID=3302",
                                 "http://tinhmau.gov.vn/Default.aspx?tabid=74&ctl=detail&mid=412"])
def test_the_article_page_is_an_article_whatever_its_url(url):
    assert parse_html(ARTICLE, url, "text/html").kind == "article"


@pytest.mark.parametrize("url", ["http://tinhmau.gov.vn/Pages/TinTuc/DanhSach.aspx?CatID=2&page=2",
                                 "http://tinhmau.gov.vn/Pages/TinTuc/ChiTiet.aspx?ItemID=3299"])
def test_the_listing_of_teasers_is_a_listing_whatever_its_url(url):
    assert parse_html(LISTING, url, "text/html").kind == "listing"


def test_the_listing_links_to_its_articles_and_next_page():
    links = {link.url for link in parse_html(LISTING, "http://tinhmau.gov.vn/Pages/TinTuc/DanhSach.aspx?CatID=2&page=2",
                                             "text/html").links}
    assert "http://tinhmau.gov.vn/Pages/TinTuc/ChiTiet.aspx?ItemID=3298" in links
    assert "http://tinhmau.gov.vn/Pages/TinTuc/DanhSach.aspx?CatID=2&page=3" in links


def test_the_article_comes_out_with_its_title_date_sapo_caption_and_author():
    article = extract_article(ARTICLE, url="http://tinhmau.gov.vn/Pages/TinTuc/ChiTiet.aspx?ItemID=3302")
    lines = article.text.split("\n")
    assert lines[0] == article.title == "Huyện Khuổi Lầy làm mới 14 km đường liên xã"
    assert article.published == "2017-12-10T10:00:00+07:00"
    assert article.sapo == lines[1] and lines[1].startswith("Sau tám tháng thi công")
    assert lines[2].startswith("Tuyến đường dài 14 km") and lines[-1].startswith("Năm tới, huyện")
    assert [article.text[s:e] for s, e in article.captions] == ["Tuyến đường liên xã mới thông xe qua xóm Pác Bó."]
    assert len(lines) == 6 and article.author == "Hà Minh Nguyệt" and article.fallback is None


@pytest.mark.parametrize("boilerplate", ["Tệp đính kèm", ".pdf", "In trang", "Các tin khác", "sơ kết công tác giảm nghèo",
                                         "CHUYÊN MỤC", "TIN MỚI", "Cơ quan chủ quản", "Cập nhật", "Hà Minh Nguyệt"])
def test_nothing_around_the_article_leaks_into_its_text(boilerplate):
    assert boilerplate not in extract_article(ARTICLE).text
