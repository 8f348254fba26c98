"""The kind of a figure (level, change, target, share): read from its sentence, stored in a
column added by a migration step, and kept apart by the conflicts query and the chart."""

import asyncio

import pytest
import sqlite_utils

from newsmine import store
from newsmine.facts.figures import extract_figures
from newsmine.facts.records import Facts, Figure
from test_store_access import database_at


def kinds(sentence: str, published: str = "2024-05-02") -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract_figures(sentence, published=published)]


@pytest.mark.parametrize("sentence, expected", [
    ("Toàn huyện có 235 phòng học bị hư hỏng.", [("235 phòng học", "level")]),
    ("Dự án có tổng vốn đầu tư 650 tỷ đồng.", [("650 tỷ đồng", "level")]),
    ("Giá vé tăng lên 35.000 đồng/lượt.", [("35.000 đồng/lượt", "level")]),
])
def test_a_figure_that_states_an_amount_is_a_level(sentence, expected):
    assert kinds(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Thu ngân sách tăng 7% so với cùng kỳ năm 2023.", [("7%", "change")]),
    ("Số ca mắc giảm 30 ca so với tuần trước.", [("30 ca", "change")]),
    ("Tốc độ tăng trưởng kinh tế đạt 7,5%.", [("7,5%", "change")]),
])
def test_a_figure_after_tang_or_giam_or_a_growth_rate_is_a_change(sentence, expected):
    assert kinds(sentence) == expected


def test_the_two_ends_of_a_rise_from_one_value_to_another_are_not_changes():
    assert [k for _, k in kinds("Tỷ lệ che phủ rừng tăng từ 40% năm 2015 lên 45%.")] == ["share", "share"]


@pytest.mark.parametrize("sentence, expected", [
    ("Tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 90%.", [("90%", "target")]),
    ("Theo kế hoạch, huyện trồng mới 500 ha rừng.", [("500 ha", "target")]),
    ("Đến năm 2030, thu nhập bình quân đạt 5.000 USD.", [("5.000 USD", "target")]),
])
def test_a_goal_or_a_plan_is_a_target(sentence, expected):
    assert kinds(sentence) == expected


def test_a_year_already_past_makes_no_target():
    assert kinds("Đến năm 2020, thu nhập bình quân đạt 2.000 USD.") == [("2.000 USD", "level")]


@pytest.mark.parametrize("sentence, expected", [
    ("Tỷ lệ hộ nghèo còn 3,2%.", [("3,2%", "share")]),
    ("Thu ngân sách đạt 2.660 tỷ đồng, bằng 52,4% kế hoạch.",
     [("2.660 tỷ đồng", "level"), ("52,4% kế hoạch", "share")]),
    ("Huyện đã hoàn thành 15/15 chỉ tiêu.", [("15/15 chỉ tiêu", "share")]),
])
def test_a_percentage_or_a_ratio_is_a_share(sentence, expected):
    assert kinds(sentence) == expected


def _save(db, url, value, kind, period="2024"):
    sentence = f"Tổng thu ngân sách {value} đồng."
    article_id = store.save_article(db, {"url": url, "title": "T", "text": sentence, "province": "Sơn La",
                                         "published": "2025-02-01"})
    figure = Figure(value=value, unit="VND", text=sentence, start=0, end=len(sentence),
                    measure="tổng thu ngân sách", period=period, kind=kind, sentence=sentence, rule="test")
    store.save_facts(db, article_id, Facts(figures=[figure]), "v", "Sơn La")


def test_the_kind_is_stored_exported_and_shown_in_the_figure_view(tmp_path):
    db = store.open_db(tmp_path / "k.db")
    _save(db, "http://a/1", 1.2e12, "target")
    assert [r["kind"] for r in store.export_facts(db, "figures")] == ["target"]
    assert db.execute("SELECT kind FROM figures_by_article").fetchall() == [("target",)]


def test_a_target_and_a_level_of_one_measure_are_no_conflict(tmp_path):
    db = store.open_db(tmp_path / "k.db")
    _save(db, "http://a/1", 1.2e12, "target")
    _save(db, "http://b/1", 1.26e12, "level")
    assert store.figure_conflicts(db) == []
    _save(db, "http://c/1", 1.3e12, "level")
    pair, = store.figure_conflicts(db)
    assert pair["kind"] == "level"


def test_the_migration_adds_the_kind_and_reads_a_change_from_the_direction(tmp_path):
    path = tmp_path / "old.db"
    old = database_at(path, store.MIGRATIONS.index("figure_kinds"))
    old["articles"].insert({"id": 1, "url": "http://a/1", "text": "x"})
    for figure_id, direction in ((1, None), (2, "up")):
        old["figures"].insert({"id": figure_id, "article_id": 1, "value": 7, "unit": "percent",
                               "direction": direction, "text": "7%", "sentence": "x", "start": 0,
                               "end": 2, "version": "v"})
    old.close()
    db = store.open_db(path)
    assert db.execute("SELECT id, kind FROM figures ORDER BY id").fetchall() == [(1, "level"), (2, "change")]
    assert isinstance(db, sqlite_utils.Database)


def test_the_figures_chart_draws_one_kind_at_a_time(tmp_path):
    from datasette_dashboards import replace_opts_in_query  # the plugin's own expansion

    from newsmine.serve import load_metadata, make_datasette

    path = tmp_path / "k.db"
    db = store.open_db(path)
    _save(db, "http://a/1", 1.2e12, "target")
    _save(db, "http://b/1", 1.26e12, "level")
    db.close()
    chart = load_metadata()["plugins"]["datasette-dashboards"]["overview"]["charts"]["figures-over-time"]
    ds = make_datasette(path)
    found = {}
    for kind in ("", "target"):
        options = {"measure": "tổng thu ngân sách", "unit": "", "kind": kind}
        sql = replace_opts_in_query(chart["query"], options)
        rows = asyncio.run(ds.client.get("/newsmine.json", params={
            "sql": sql, **options, "_shape": "objects"})).json()["rows"]
        found[kind] = [r["kind"] for r in rows]
    assert found == {"": ["level"], "target": ["target"]}
