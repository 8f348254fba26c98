"""Publication dates: every Vietnamese form, labels, zones, and which date wins."""

import pytest

from extract_helpers import page, paragraphs
from newsmine.extract import extract_article
from newsmine.extract.metadata import HAS_DATE
from newsmine.vndates import find_dates, parse_iso


@pytest.mark.parametrize("text, iso", [
    ("Thứ Sáu, 17/11/2023 - 08:30", "2023-11-17T08:30:00+07:00"),
    ("17/11/2023 | 08:30", "2023-11-17T08:30:00+07:00"),
    ("Ngày 17 tháng 11 năm 2023", "2023-11-17"),
    ("Thứ năm, 17 Tháng 11 2023 08:30", "2023-11-17T08:30:00+07:00"),
    ("17-11-2023 08:30 (GMT+7)", "2023-11-17T08:30:00+07:00"),
    ("17.11.2023 8h30", "2023-11-17T08:30:00+07:00"),
    ("08:30 17/11/2023", "2023-11-17T08:30:00+07:00"),
    ("Cập nhật lúc 15:10 ngày 17/11/2023", "2023-11-17T15:10:00+07:00"),
    ("2023-11-17T08:30:00", "2023-11-17T08:30:00+07:00"),
    ("Thứ 6, 17/11/2023 10:05 PM", "2023-11-17T22:05:00+07:00"),
])
def test_each_date_form_gives_iso_8601_in_vietnam_time(text, iso):
    assert [m.iso() for m in find_dates(text)] == [iso]


def test_a_given_zone_is_converted_to_vietnam_time():
    assert find_dates("17/11/2023 01:30 (GMT+0)")[0].iso() == "2023-11-17T08:30:00+07:00"
    assert parse_iso("2023-11-17T01:30:00Z").iso() == "2023-11-17T08:30:00+07:00"


def test_labels_say_which_date_is_which():
    found = find_dates("Ngày đăng: 08/12/2023 | Cập nhật: 09/12/2023 18:05")
    assert [(m.iso(), m.kind) for m in found] == [("2023-12-08", "published"),
                                                  ("2023-12-09T18:05:00+07:00", "updated")]


def test_impossible_dates_are_ignored():
    assert find_dates("31/02/2023") == []


def published(date_line, **kw):
    return extract_article(page(date=date_line, **kw)).published


@pytest.mark.parametrize("line, iso", [
    ("Thứ Sáu, 17/11/2023 - 08:30", "2023-11-17T08:30:00+07:00"),
    ("17/11/2023 | 08:30", "2023-11-17T08:30:00+07:00"),
    ("Ngày 17 tháng 11 năm 2023", "2023-11-17"),
    ("17-11-2023 08:30 (GMT+7)", "2023-11-17T08:30:00+07:00"),
    ("Ngày đăng: 17/11/2023", "2023-11-17"),
])
def test_date_line_of_the_page_is_the_publication_date(line, iso):
    assert published(line) == iso


def test_publication_date_wins_over_the_update_date():
    assert published("Cập nhật: 18/11/2023 15:10 | Đăng lúc: 17/11/2023 08:30") == "2023-11-17T08:30:00+07:00"
    assert published("Ngày đăng: 17/11/2023 08:30 - Cập nhật: 18/11/2023 15:10") == "2023-11-17T08:30:00+07:00"


def test_update_date_is_kept_apart():
    article = extract_article(page(date="Ngày đăng: 17/11/2023 08:30 - Cập nhật: 18/11/2023 15:10"))
    assert article.updated == "2023-11-18T15:10:00+07:00"


def test_update_time_does_not_lend_its_time_to_a_bare_publication_date():
    assert published("Ngày đăng: 17/11/2023 | Cập nhật: 17/11/2023 18:05") == "2023-11-17"


def test_update_date_is_used_when_it_is_the_only_date():
    assert published("Cập nhật: 18/11/2023 15:10") == "2023-11-18T15:10:00+07:00"


def test_metadata_date_is_used_when_the_page_shows_none():
    head = '<meta property="article:published_time" content="2023-11-17T08:30:00+07:00">'
    assert published("", head=head) == "2023-11-17T08:30:00+07:00"


def test_todays_date_in_the_top_bar_does_not_beat_the_article_date():
    html = page(date="Thứ Sáu, 17/11/2023 - 08:30").replace(
        "<header>", '<div class="topbar">Thứ Hai, 20/05/2024</div><header>')
    assert extract_article(html).published == "2023-11-17T08:30:00+07:00"


def test_dates_of_related_articles_do_not_count():
    after = ('<div class="box"><h3>Tin liên quan</h3><ul><li><a href="/a.html">Huyện Tủa Chùa '
             'khởi công nhà cho hộ nghèo</a> (02/11/2023)</li></ul></div>')
    assert published("", after=after, head='<meta name="pubdate" content="2023-11-17">') == "2023-11-17"


def test_htmldate_is_the_last_resort():
    head = '<link rel="canonical" href="https://baothu.example/2023/11/17/nha-cho-ho-ngheo.html">'
    assert published("", head=head) == "2023-11-17"


def test_date_line_leaves_the_text():
    article = extract_article(page(date="Thứ Sáu, 17/11/2023 - 08:30 | Minh Anh",
                                   before="", content=None))
    assert "17/11/2023" not in article.text


@pytest.mark.parametrize("line", ["Ngày đăng: 17/11/2099 08:30", "Ngày đăng: 17/11/1899"])
def test_a_date_no_news_page_can_have_is_no_date_rather_than_a_guess(line):
    assert published(line) != "2099-11-17T08:30:00+07:00" and not (published(line) or "").startswith("1899")


def test_a_plausible_date_wins_over_an_impossible_one():
    assert published("Ngày đăng: 17/11/2099 | Cập nhật: 18/11/2023 15:10") == "2023-11-18T15:10:00+07:00"


def test_a_date_line_in_a_list_or_a_table_is_content_and_stays():
    schedule = ("<ul><li><span>15/04/2024 | Xã Sín Chải</span></li></ul>"
                "<table><tr><td><span>20/04/2024 | Xã Tả Phìn</span></td><td>27 hộ</td></tr></table>")
    article = extract_article(page(paragraphs() + schedule))
    assert "15/04/2024" in article.text and "20/04/2024" in article.text


def test_a_date_line_deep_in_the_body_leaves_the_text():
    nested = "<div><div><small>Thứ Năm, 14/03/2024 | 10:20</small></div></div>"
    article = extract_article(page(paragraphs()[:200] + nested + paragraphs()))
    assert "10:20" not in article.text


@pytest.mark.parametrize("text, holds", [
    ("Thứ Hai, 3 / 6 / 2024 | Minh Anh", True), ("Cập nhật 2024-06-03 09:15", True),
    ("NGÀY 3 THÁNG 6", True), ("Ngày 3 tháng sáu", True), ("Số 12/2024/NQ-HĐND", False),
    ("Năm 1895-03-01 và 2150-01-01", False), ("Mười hai tấn lúa", False),
])
def test_has_date_finds_where_a_date_may_stand(text, holds):
    assert bool(HAS_DATE.search(text)) is holds
