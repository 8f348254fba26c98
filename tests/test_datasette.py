"""Datasette in process (its test client) on the small test database."""

import asyncio
import re

import pytest
import sqlite_utils
from datasette_dashboards import replace_opts_in_query

import factsdb
from newsmine import store
from newsmine.serve import load_metadata, make_datasette

HIDDEN = {"meta", "annotations", "pages", "crawls", "crawl_errors", "extract_errors", "captions"}


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    path = tmp_path_factory.mktemp("ds") / "any-name.db"
    factsdb.build(path).close()
    return make_datasette(path)


def get(ds, path):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, (path, response.text[:500])
    return response


def rows(ds, path):
    """The rows of a table, view or canned query page, as dicts."""
    base, _, query = path.partition("?")
    return get(ds, f"{base}.json?{query}&_shape=objects").json()["rows"]


def test_every_table_view_and_column_is_described_in_both_languages():
    db = sqlite_utils.Database(memory=True)
    store.ensure_db_shape(db)
    tables = load_metadata()["databases"]["newsmine"]["tables"]
    names = [t for t in db.table_names() if "_fts" not in t] + db.view_names()
    for name in names:
        assert name in tables, f"describe table {name} in newsmine/serve/metadata.yaml"
        assert " / " in tables[name]["description"], name
        described = tables[name].get("columns", {})
        for column in db[name].columns_dict:
            assert " / " in described.get(column, ""), (
                f"describe {name}.{column} (Vietnamese / English) in newsmine/serve/metadata.yaml")


def test_database_page_lists_canned_queries_and_hides_internal_tables(ds):
    data = get(ds, "/newsmine.json").json()
    hidden = {t["name"] for t in data["tables"] if t["hidden"]}
    assert HIDDEN <= hidden
    assert {"articles_fts", "figures_fts", "figures_fts_data"} <= hidden
    visible = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert {"articles", "officials", "figures", "obstacles", "organization_mentions"} <= visible
    queries = {q["name"] for q in data["queries"]}
    assert queries == {"search", "official_history", "figures_on_topic", "obstacle_counts",
                       "articles_mentioning", "figure_conflicts", "organization_across_renames"}
    html = get(ds, "/newsmine").text
    assert "Tìm kiếm / Search" in html


def test_the_home_page_leads_with_the_fact_tables_and_the_questions(ds):
    response = asyncio.run(ds.client.get("/"))
    assert response.status_code == 302 and response.headers["location"] == "/newsmine"
    assert [d["name"] for d in get(ds, "/-/databases.json").json()] == ["newsmine"]
    html = get(ds, "/newsmine").text
    order = ["Dữ kiện / Facts", "Cán bộ và chức vụ / Officials", "Số liệu / Figures",
             "Khó khăn, vướng mắc / Obstacles", "Truy vấn sẵn", "Tìm kiếm / Search",
             "Biểu đồ / Charts", "Các bảng khác", 'name="sql"']
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert 'href="/newsmine/figures_by_article"' in html
    assert ">pages<" not in html  # internal: only behind "internal tables"


def test_metadata_title_and_column_descriptions_are_served(ds):
    data = get(ds, "/-/metadata.json").json()
    assert "newsmine" in data["title"]
    html = get(ds, "/newsmine/figures").text
    assert "Nội dung đo / what is measured" in html


def test_default_facets_on_fact_views(ds):
    facets = get(ds, "/newsmine/obstacles_by_article.json").json()["facet_results"]
    assert set(facets) == {"category_label", "province", "year"}
    counts = {r["value"]: r["count"] for r in facets["province"]["results"]}
    assert counts == {"Điện Biên": 2, "Đắk Lắk": 1, "Lai Châu": 1}  # the republication left out
    facets = get(ds, "/newsmine/figures_by_article.json").json()["facet_results"]
    assert {"province", "unit", "year"} <= set(facets)
    assert {"province", "source"} <= set(get(ds, "/newsmine/articles.json").json()["facet_results"])


def test_table_search_on_a_view_is_accent_insensitive(ds):
    found = rows(ds, "/newsmine/official_posts?_search=dak+lak")
    assert [r["name"] for r in found] == ["Y Ngông Niê"]


def test_canned_search_ranks_exact_diacritics_first_and_highlights(ds):
    found = rows(ds, "/newsmine/search?q=%C4%90%E1%BA%AFk+L%E1%BA%AFk")  # Đắk Lắk
    assert found[0]["url"] == factsdb.DAK_LAK_EXACT and found[0]["exact"] == 1
    assert found[-1]["url"] == factsdb.DAK_LAK_VARIANT
    html = get(ds, "/newsmine/search?q=dien+bien&type=figures").text
    assert "<mark>433 tỷ đồng</mark>" in html
    assert f'<span class="newsmine-url" title="{factsdb.DIEN_BIEN_2022}">' in html
    assert re.search(r'<a href="/-/evidence/\d+\?fact=433[^"]*">Điện Biên dành 433 tỷ đồng', html)


def test_canned_search_with_a_blank_or_broken_query_shows_nothing(ds):
    assert rows(ds, "/newsmine/search") == []
    assert rows(ds, "/newsmine/search?q=%22NEAR(*") == []


def test_official_history_lists_posts_over_time(ds):
    found = rows(ds, "/newsmine/official_history?name=lo+van+tien")
    assert [(r["title"], r["published"]) for r in found] == [
        ("Phó Chủ tịch UBND tỉnh", "2022-03-10"), ("Chủ tịch UBND tỉnh", "2024-01-15")]
    assert found[0]["url"] == factsdb.DIEN_BIEN_2022
    assert "<mark>Lò Văn Tiến</mark>" in get(ds, "/newsmine/official_history?name=lo+van+tien").text


def test_figures_on_topic_by_measure_words_province_and_dates(ds):
    found = rows(ds, "/newsmine/figures_on_topic?measure=von+dau+tu&province=dien+bien")
    assert [r["text"] for r in found] == ["120 tỷ đồng"]
    found = rows(ds, "/newsmine/figures_on_topic?measure=truc+tuyen")
    assert [r["text"] for r in found] == ["hơn 1.200 hộ", "65%"]
    found = rows(ds, "/newsmine/figures_on_topic?measure=truc+tuyen&since=2023-06-21&until=2023-12")
    assert [r["text"] for r in found] == ["65%"]
    assert rows(ds, "/newsmine/figures_on_topic?measure=von+dau+tu&province=lai+chau") == []


def test_obstacle_counts_by_category_and_province(ds):
    found = rows(ds, "/newsmine/obstacle_counts")
    assert {(r["province"], r["category"], r["obstacles"]) for r in found} == {
        ("Điện Biên", "hạ tầng", 1), ("Điện Biên", "vốn", 1), ("Đắk Lắk", "nhân lực", 1),
        ("Lai Châu", "đất đai", 1)}
    assert len(rows(ds, "/newsmine/obstacle_counts?province=dak+lak")) == 1


def test_articles_mentioning_an_organisation_by_name_or_abbreviation(ds):
    found = rows(ds, "/newsmine/articles_mentioning?organization=so+tai+chinh")
    assert [r["url"] for r in found] == [factsdb.DIEN_BIEN_2024]
    found = rows(ds, "/newsmine/articles_mentioning?organization=ubnd+dien+bien")
    assert [r["url"] for r in found] == [factsdb.DIEN_BIEN_2022]  # not its republication
    html = get(ds, "/newsmine/articles_mentioning?organization=so+thong+tin").text
    assert "<mark>Sở Thông tin và Truyền thông Đăk Lăk</mark>" in html


def test_a_body_is_followed_across_the_2025_reorganisation(ds):
    successors = {r["name"]: r for r in rows(ds, "/newsmine/organization_successors")}
    renamed = successors["Sở Thông tin và Truyền thông tỉnh Đắk Lắk"]
    assert (renamed["successor"], renamed["since"]) == ("Sở Khoa học và Công nghệ tỉnh Đắk Lắk", "2025-03-01")
    assert "Sở Tài chính tỉnh Điện Biên" not in successors  # not renamed
    found = rows(ds, "/newsmine/organization_across_renames?organization=so+khoa+hoc+va+cong+nghe+dak+lak")
    assert [r["organization"] for r in found] == ["Sở Thông tin và Truyền thông tỉnh Đắk Lắk"]
    assert rows(ds, "/newsmine/organization_across_renames?organization=") == []


def test_fact_tables_show_the_evidence_highlighted_and_escaped(ds):
    html = get(ds, "/newsmine/obstacles").text
    assert "<mark>thiếu quỹ đất tái định cư</mark>" in html
    assert re.search(r"<mark>[^<]*</mark>", html)


def chart_rows(ds, chart, **options):
    """A chart's rows as the dashboards plugin gets them: [[ ... ]] kept only when its
    parameter is given, the given parameters in the query string."""
    charts = load_metadata()["plugins"]["datasette-dashboards"]["overview"]["charts"]
    sql = replace_opts_in_query(charts[chart]["query"], options)
    response = asyncio.run(ds.client.get("/newsmine.json", params={
        "sql": sql, **options, "_shape": "objects"}))
    assert response.status_code == 200, response.text[:500]
    return response.json()["rows"]


def filter_options(ds, name, **options):
    """The values a dashboard filter offers."""
    query = load_metadata()["plugins"]["datasette-dashboards"]["overview"]["filters"][name]["query"]
    sql = replace_opts_in_query(query, options)
    response = asyncio.run(ds.client.get("/newsmine.json", params={
        "sql": sql, **options, "_shape": "arrays"}))
    return [row[0] for row in response.json()["rows"]]


def test_charts_dashboard_renders_with_its_queries(ds):
    html = get(ds, "/-/dashboards/overview").text
    assert "Khó khăn theo nhóm và tỉnh" in html and "vega" in html.lower()
    found = chart_rows(ds, "figures-over-time", measure="vốn đầu tư công", province="dien bien")
    assert [(r["text"], r["value"], r["unit"]) for r in found] == [("120 tỷ đồng", 120, "tỷ đồng")]
    found = chart_rows(ds, "obstacles-by-province")
    assert sum(r["obstacles"] for r in found) == 4


def test_a_chart_shows_one_measure_picked_from_a_list_in_one_unit(ds):
    measures = filter_options(ds, "measure")
    assert {"kinh phí chuyển đổi số", "vốn đầu tư công"} <= set(measures)
    assert filter_options(ds, "measure", province="lai chau") == []
    assert chart_rows(ds, "figures-over-time", measure="dau tu") == []  # picked, not matched
    for measure in measures:
        units = {r["unit"] for r in chart_rows(ds, "figures-over-time", measure=measure)}
        assert len(units) == 1, (measure, units)
    assert filter_options(ds, "unit", measure="vốn đầu tư công") == ["VND"]
    assert chart_rows(ds, "figures-over-time", measure="vốn đầu tư công", unit="%") == []


def test_every_page_exports_what_it_shows_for_excel(ds):
    import csv
    import io

    response = asyncio.run(ds.client.get(
        "/newsmine/figures_by_article.excel?province=%C4%90i%E1%BB%87n+Bi%C3%AAn&_size=1"))
    assert response.status_code == 200
    assert 'filename="figures_by_article.csv"' in response.headers["content-disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf") and b"\r\n" in response.content
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert sorted(r["text"] for r in rows) == ["120 tỷ đồng", "433 tỷ đồng"]  # two pages of one
    assert all(r["id"].startswith('="') and r["article_id"].startswith('="') for r in rows)
    assert {r["value"] for r in rows} == {"120000000000", "433000000000"}
    html = get(ds, "/newsmine/obstacles_by_article").text
    assert 'href="/newsmine/obstacles_by_article.excel"' in html


def test_a_database_with_older_views_is_refused_in_one_line_until_a_writer_upgrades_it(tmp_path):
    from newsmine.serve import ServeError

    path = tmp_path / "older.db"
    db = factsdb.build(path)
    db.execute("DROP VIEW obstacles_by_article")
    db.execute("CREATE VIEW obstacles_by_article AS SELECT id, text, category FROM obstacles")
    db.execute("UPDATE meta SET value = 'an-older-shape' WHERE key = 'shape'")  # as older code left it
    db.conn.commit()
    db.close()
    with pytest.raises(ServeError, match="views are older.*newsmine extract"):
        make_datasette(path)
    store.open_db(path).close()  # any writer brings the views up to date
    assert get(make_datasette(path), "/newsmine/obstacles_by_article")


def test_the_database_is_served_read_only(ds):
    response = asyncio.run(ds.client.get("/newsmine.json", params={
        "sql": "DELETE FROM articles", "_shape": "objects"}))
    assert response.status_code == 400


def test_an_immutable_database_serves_the_same_search(tmp_path):
    path = tmp_path / "frozen.db"
    factsdb.build(path).close()
    frozen = make_datasette(path, immutable=True)
    assert [r["fact"] for r in rows(frozen, "/newsmine/search?q=cao+toc&type=obstacles")] == [
        "thiếu quỹ đất tái định cư"]


def test_plain_datasette_on_a_built_database_has_the_plugin_and_canned_queries(tmp_path):
    """The plugin is registered by entry point: `datasette newsmine.db` is `newsmine serve`."""
    import json
    import subprocess
    import sys

    from datasette.app import Datasette

    listed = subprocess.run([sys.executable, "-m", "datasette", "plugins"], check=True,
                            capture_output=True, text=True)
    assert "newsmine" in {p["name"] for p in json.loads(listed.stdout)}
    path = tmp_path / "newsmine.db"
    factsdb.build(path).close()
    plain = Datasette(files=[str(path)])  # no metadata, no plugin registered by hand
    found = rows(plain, "/newsmine/search?q=dien+bien")
    assert found and all("newsmine_fold" not in str(r) for r in found)
    assert "<mark>" in get(plain, "/newsmine/search?q=dien+bien&type=figures").text


def test_the_conflicts_query_runs_with_and_without_a_province(ds):
    assert isinstance(rows(ds, "/newsmine/figure_conflicts?province="), list)
    assert rows(ds, "/newsmine/figure_conflicts?province=khong+co+tinh+nay") == []
