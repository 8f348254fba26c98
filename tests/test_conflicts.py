"""Conflicting figures: one measure, unit, province and period, two values, two articles."""

from pathlib import Path

import pytest

from newsmine import store
from newsmine.facts.measures import measure_key
from newsmine.facts.records import Facts, Figure

DEMO = Path(__file__).resolve().parent.parent / "corpus" / "demo"


def _article(db, url, sentence, value, measure, period="2024", province="Sơn La", duplicate_of=None,
             published="2025-02-01"):
    article_id = store.save_article(db, {"url": url, "title": "T", "text": sentence, "province": province,
                                         "published": published, "duplicate_of": duplicate_of})
    figure = Figure(value=value, unit="VND", text=sentence, start=0, end=len(sentence), measure=measure,
                    period=period, sentence=sentence, rule="test")
    store.save_facts(db, article_id, Facts(figures=[figure]), "v", province)
    return article_id


@pytest.fixture
def db(tmp_path):
    return store.open_db(tmp_path / "c.db")


def test_two_papers_with_two_values_for_one_measure_conflict(db):
    _article(db, "http://a/1", "Tỉnh thu ngân sách 1.200 tỷ đồng.", 1.2e12, "tổng thu ngân sách nhà nước")
    _article(db, "http://b/1", "Tỉnh thu ngân sách 1.260 tỷ đồng.", 1.26e12, "Tổng thu ngân sách nhà nước.")
    pair, = store.figure_conflicts(db)
    assert {pair["value_1"], pair["value_2"]} == {1.2e12, 1.26e12} and pair["republication"] == 0
    assert pair["sentence_1"] != pair["sentence_2"]


@pytest.mark.parametrize("second", [
    {"value": 1.203e12},                                    # within 0.5 %: the same figure
    {"period": "2023"},                                     # another period
    {"province": "Lai Châu"},                               # another province
    {"measure": "tổng chi ngân sách nhà nước"},             # another measure
])
def test_figures_that_differ_in_anything_but_the_value_do_not_conflict(db, second):
    _article(db, "http://a/1", "x", 1.2e12, "tổng thu ngân sách nhà nước")
    _article(db, "http://b/1", "y", **{"value": 1.26e12, "measure": "tổng thu ngân sách nhà nước", **second})
    assert store.figure_conflicts(db) == []


@pytest.mark.parametrize("published", ["2023-12-08", "2024-10-02"])
def test_a_plan_before_the_period_or_a_count_during_it_is_no_conflicting_report(db, published):
    _article(db, "http://a/1", "x", 2.85e12, "tổng thu ngân sách nhà nước", published=published)
    _article(db, "http://b/1", "y", 2.18e12, "tổng thu ngân sách nhà nước")
    assert store.figure_conflicts(db) == []


@pytest.mark.parametrize("period, end", [
    ("2024", "2024-12-31"), ("2023-Q1", "2023-03-31"), ("2024-02", "2024-02-29"),
    ("2021-2025", "2025-12-31"), ("2024-13", None), ("", None), (None, None),
])
def test_the_end_of_a_period(period, end):
    from newsmine.facts.measures import period_end

    assert period_end(period) == end


def test_a_measure_that_names_nothing_never_conflicts(db):
    assert measure_key("tăng so với cùng kỳ") is None
    _article(db, "http://a/1", "x", 1.2e12, "tăng so với cùng kỳ")
    _article(db, "http://b/1", "y", 1.3e12, "tăng so với cùng kỳ")
    assert store.figure_conflicts(db) == []


def test_a_figure_matched_by_its_own_copy_is_no_conflict(db):
    first = _article(db, "http://a/1", "x", 1.2e12, "vốn đã giải ngân")
    second = _article(db, "http://b/1", "y", 1.2e12, "vốn đã giải ngân")
    extra = Figure(value=9e11, unit="VND", text="y", start=0, end=1, measure="vốn đã giải ngân", period="2024")
    facts = Facts(figures=[Figure(value=1.2e12, unit="VND", text="y", start=0, end=1,
                                  measure="vốn đã giải ngân", period="2024"), extra])
    store.save_facts(db, second, facts, "v", "Sơn La")
    assert first != second and store.figure_conflicts(db) == []


def test_a_republication_that_changed_a_number_conflicts_without_a_period(db):
    original = _article(db, "http://a/1", "x", 14.7e9, "tổng thiệt hại ban đầu", period=None)
    _article(db, "http://b/1", "y", 15e9, "tổng thiệt hại ban đầu", period=None, duplicate_of=original)
    _article(db, "http://c/1", "z", 16e9, "tổng thiệt hại ban đầu", period=None)  # another event, maybe
    pair, = store.figure_conflicts(db)
    assert pair["republication"] == 1 and (pair["value_1"], pair["value_2"]) == (14.7e9, 15e9)


@pytest.mark.slow
@pytest.mark.skipif(not (DEMO / "sites").is_dir(), reason="no demo sites in this checkout")
def test_the_demo_holds_three_planted_conflicts_and_every_fact_has_a_rule(tmp_path):
    from click.testing import CliRunner

    from newsmine.cli import cli
    from newsmine.demo import run_demo

    db_path = tmp_path / "demo.db"
    run_demo(db_path, echo=lambda *_: None)
    db = store.open_db(db_path)
    pairs = store.figure_conflicts(db)
    assert sorted((p["text_1"], p["text_2"]) for p in pairs) == [
        ("95,8 tỷ đồng", "98,5 tỷ đồng"), ("hơn 287 tỷ đồng", "hơn 278 tỷ đồng"),
        ("khoảng 14,7 tỷ đồng", "gần 15 tỷ đồng")]
    for table in ("officials", "organization_mentions", "figures", "obstacles"):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE coalesce(rule, '') = ''").fetchone()[0] == 0
    output = CliRunner().invoke(cli, ["conflicts", "--db", str(db_path)]).output
    assert "thu tiền sử dụng đất" in output and "(a republication)" in output
