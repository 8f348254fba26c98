"""A province filter may name a region ("Tây Bắc", "north-west") or several provinces: searches,
canned queries and conflicts then keep the articles of each of its provinces."""

import pytest

import factsdb
from newsmine import search, store
from newsmine.lexicons import entries
from newsmine.serve import make_datasette
from newsmine.textnorm import fold
from test_datasette import chart_rows, filter_options, rows

NORTH_WEST = ("Lai Châu", "Điện Biên", "Sơn La", "Hòa Bình", "Lào Cai", "Yên Bái")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return factsdb.build(tmp_path_factory.mktemp("regions") / "r.db")


@pytest.mark.parametrize("typed", ["Tây Bắc", "tay bac", "TÂY BẮC BỘ", "north-west", "Northwest"])
def test_a_region_is_named_in_vietnamese_or_english_with_or_without_diacritics(typed):
    assert search.provinces_of(typed) == NORTH_WEST


def test_a_list_of_provinces_or_one_province_names_those():
    assert search.provinces_of("Lai Châu, Điện Biên") == ("Lai Châu", "Điện Biên")
    assert search.provinces_of("dien bien") == ("dien bien",)
    assert search.in_provinces("Điện Biên", "dien bien")
    assert search.in_provinces("Điện Biên", "north west")
    assert not search.in_provinces("Đắk Lắk", "Tây Bắc")
    assert not search.in_provinces(None, "Tây Bắc")


def test_each_province_lies_in_one_of_the_eight_regions():
    provinces = {fold(line.split("\t")[0]) for line in entries("provinces.tsv")}
    eight = [r for r in search.regions() if r[0] != "Trung du và miền núi phía Bắc"]
    assert len(eight) == 8
    placed = [fold(p) for _, _, members in eight for p in members]
    renamed = {fold("Huế"), fold("Hồ Chí Minh")}  # the names two merged provinces took in 2025
    assert sorted(set(placed) - renamed) == sorted(provinces)
    assert len(placed) == len(set(placed))


def test_a_region_filter_keeps_the_hits_of_its_provinces(db):
    every = store.search_facts(db, "tinh", limit=1000)
    assert {h["province"] for h in every} >= {"Điện Biên", "Lai Châu", "Đắk Lắk"}
    for region, members in (("Tây Bắc", {"Điện Biên", "Lai Châu"}), ("Tây Nguyên", {"Đắk Lắk"})):
        hits = store.search_facts(db, "tinh", province=region, limit=1000)
        assert [(h["type"], h["id"]) for h in hits] == [
            (h["type"], h["id"]) for h in every if h["province"] in members]
    listed = store.search_facts(db, "tinh", province="lai chau, dak lak", limit=1000)
    assert {h["province"] for h in listed} == {"Lai Châu", "Đắk Lắk"}


def test_canned_queries_read_a_region_too(db):
    sql = f"SELECT DISTINCT a.province FROM articles a WHERE {store.queries.ARTICLE_FILTERS}"
    rows = db.execute(sql, {"province": "north-west", "since": "", "until": ""}).fetchall()
    assert sorted(r[0] for r in rows) == ["Lai Châu", "Điện Biên"]
    assert store.figure_conflicts(db, province="Tây Nguyên") == store.figure_conflicts(db, province="Đắk Lắk")


def test_the_web_search_charts_and_dashboard_filter_take_a_region(tmp_path):
    factsdb.build(tmp_path / "r.db").close()
    ds = make_datasette(tmp_path / "r.db")
    found = rows(ds, "/newsmine/search?q=tinh&province=tay+bac")
    assert found and {r["province"] for r in found} == {"Điện Biên", "Lai Châu"}
    assert {r["province"] for r in chart_rows(ds, "obstacles-by-province", province="north-west")} == {
        "Điện Biên", "Lai Châu"}
    assert filter_options(ds, "province") == [  # the provinces, then the regions holding any
        "Lai Châu", "Điện Biên", "Đắk Lắk", "Tây Bắc Bộ", "Trung du và miền núi phía Bắc", "Tây Nguyên"]
