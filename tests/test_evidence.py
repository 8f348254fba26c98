"""The page behind every fact (/-/evidence/{article_id}) and the cells of the fact tables, in
Datasette's test client: a stored page shown inert and offline, the fact marked."""

import asyncio
import re
import sqlite3

import lxml.html
import pytest

import factsdb
from newsmine import store
from newsmine.serve import make_datasette
from newsmine.serve.plugin import cells

PAGE_URL, HOSTILE_PAGE, TEXT = factsdb.PAGE_URL, factsdb.HOSTILE_PAGE, factsdb.PAGE_TEXT
FACT_START, FACT_END = factsdb.PAGE_FACT


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    path = tmp_path_factory.mktemp("evidence") / "evidence.db"
    db = factsdb.build(path)
    article_id = factsdb.add_stored_page(db)
    db.close()
    served = make_datasette(path)
    served.article_id = article_id
    return served


def fetch(ds, path):
    return asyncio.run(ds.client.get(path))


def evidence(ds, article_id, start=FACT_START, end=FACT_END):
    return fetch(ds, f"/-/evidence/{article_id}?start={start}&end={end}")


def test_a_stored_page_is_shown_with_nothing_that_runs_or_loads(ds):
    response = evidence(ds, ds.article_id)
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "base-uri 'none'" in policy
    assert "unsafe" not in policy and "img-src 'none'" in policy
    html = response.text
    for banned in ("alert", "evil.test", "onload", "onclick", "onerror", "javascript:", "<iframe",
                   "<object", "<form", "<input", "<base", "<link", "<meta http-equiv", "<svg",
                   "<img", "style=", "127.0.0.1:9"):
        assert banned not in html, banned
    nonce = re.search(r"'nonce-([^']+)'", policy)[1]
    assert re.findall(r"<script[^>]*>", html) == [f'<script nonce="{nonce}">']
    assert "[ảnh / image: Lớp ghép ở bản Huổi Só]" in html  # an image becomes its alt text
    assert "Xem thêm" in html and "Bài cũ" in html  # a link keeps its words, not its target


def test_the_fact_is_marked_where_the_page_says_it_and_the_url_is_text(ds):
    html = evidence(ds, ds.article_id).text
    marks = re.findall(r"<mark[^>]*>([^<]*)</mark>", html)
    assert "".join("".join(marks).split()) == "145giáoviêntiểuhọc"  # in <em> and after it
    first = html.index('<mark id="newsmine-fact">')
    assert html.rindex("vẫn thiếu", 0, first) > html.index("tuyển thêm")  # the second one
    assert html.count('id="newsmine-fact"') == 1
    assert f"<code>{PAGE_URL}</code>" in html and f'href="{PAGE_URL}"' not in html
    assert "scrollIntoView" in html


def test_an_article_without_a_stored_page_shows_its_text_with_the_fact_marked(ds):
    rows = asyncio.run(ds.client.get(
        "/newsmine/figures_by_article.json?_shape=objects&text=120+t%E1%BB%B7+%C4%91%E1%BB%93ng")).json()["rows"]
    row = rows[0]
    html = evidence(ds, row["article_id"], row["start"], row["end"]).text
    assert '<mark id="newsmine-fact">120 tỷ đồng</mark>' in html
    assert "the page was not stored" in html


def test_unknown_articles_and_bad_offsets_are_refused_with_a_message(ds):
    for path in ("/-/evidence/123", "/-/evidence/abc"):
        response = fetch(ds, path)
        assert response.status_code == 404
        assert "no article with id" in response.text
    response = evidence(ds, ds.article_id, 0, len(TEXT) + 1)
    assert response.status_code == 400 and f"0 to {len(TEXT)} characters" in response.text
    assert evidence(ds, ds.article_id, 5, 5).status_code == 400
    response = fetch(ds, f"/-/evidence/{ds.article_id}?start=5")
    assert response.status_code == 400 and "whole numbers" in response.text
    response = fetch(ds, f"/-/evidence/{ds.article_id}")
    assert response.status_code == 200 and "<mark" not in response.text  # the page, nothing marked


def test_a_row_without_offsets_marks_its_fact_by_its_words(ds):
    html = fetch(ds, "/newsmine/search?q=giao+vien&type=figures").text
    link = re.search(r'href="(/-/evidence/\d+\?fact=[^"]+)"', html)[1].replace("&amp;", "&")
    marked = fetch(ds, link).text
    assert re.search(r'<mark id="newsmine-fact">145 giáo viên</mark>', marked)


def test_every_fact_row_links_to_the_page_behind_it(ds):
    link = f"/-/evidence/{ds.article_id}?start={FACT_START}&amp;end={FACT_END}#newsmine-fact"
    for table in ("figures_by_article", "figures"):
        assert link in fetch(ds, f"/newsmine/{table}?_search=giao+vien").text, table
    html = fetch(ds, "/newsmine/official_posts").text
    assert f'href="{factsdb.DIEN_BIEN_2022}"' not in html  # the site may be gone: as text
    assert f'<span class="newsmine-url" title="{factsdb.DIEN_BIEN_2022}">{factsdb.DIEN_BIEN_2022}<' in html
    assert re.search(r'href="/-/evidence/\d+\?start=\d+&amp;end=\d+#newsmine-fact">Điện Biên', html)


def test_an_article_row_links_to_its_stored_page(ds):
    html = fetch(ds, f"/newsmine/articles/{ds.article_id}").text
    assert f'<a href="/-/evidence/{ds.article_id}">Điện Biên còn thiếu giáo viên tiểu học</a>' in html


def test_fact_tables_read_as_a_person_writes(ds):
    html = fetch(ds, "/newsmine/figures_by_article").text
    assert ">433 tỷ đồng<" in html and ">145 người<" in html
    assert "433000000000" not in html.replace('title="433000000000.0"', "")
    html = fetch(ds, "/newsmine/organizations").text
    assert '<ul class="newsmine-aliases"><li>' in html and '["' not in html
    html = fetch(ds, "/newsmine/official_posts").text
    assert re.search(r'<a href="/newsmine/persons/\d+" title="\d+">người / person</a>', html)


def test_values_categories_and_cells(tmp_path):
    assert cells.format_value(287e9, "VND") == "287 tỷ đồng"
    assert cells.format_value(1.5e12, "VND") == "1.500 tỷ đồng"
    assert cells.format_value(2.5e6, "USD") == "2,5 triệu USD"
    assert cells.format_value(12.5, "percent") == "12,5 %"
    assert cells.format_value(1200, "count", "hộ") == "1.200 hộ"
    assert cells.format_value(1234567, "person") == "1.234.567 người"
    assert cells.format_value(None, "VND") is None
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT 'human_resources' AS category, '[\"UBND\", \"<b>\"]' AS aliases").fetchone()
    assert cells.render(row, row["category"], "category", "obstacles", "newsmine", None) == (
        store.CATEGORY_LABELS["human_resources"])
    assert "nhân lực" in store.CATEGORY_LABELS["human_resources"]
    assert str(cells.render(row, row["aliases"], "aliases", "organizations", "newsmine", None)) == (
        '<ul class="newsmine-aliases"><li>UBND</li><li>&lt;b&gt;</li></ul>')


def test_a_page_wrapped_in_one_form_keeps_its_text_and_marks_the_fact():
    from newsmine.serve.plugin import snapshot

    page = ("<html><body><form id='aspnetForm' action='/x'><input name='__VIEWSTATE'>"
            "<div><p>Năm 2023, tỉnh chi <b>5 tỷ</b> đồng cho đường giao thông.</p></div>"
            "</form></body></html>").encode()
    body = snapshot.clean(snapshot.parse(page, "utf-8"))
    assert snapshot.mark(body, "5 tỷ đồng", "Năm 2023, tỉnh chi ")
    html = lxml.html.tostring(body, encoding="unicode")
    assert "<form" not in html and "<input" not in html and "đường giao thông" in html
    assert re.findall(r"<mark[^>]*>([^<]*)</mark>", html) == ["5 tỷ", "đồng"]
