"""Agreement between two annotations of the same articles, scored by GOLD.md's rules, and the
item-by-item comparison of their obstacles. The records here are written for these tests."""

import json
from pathlib import Path

import pytest

from newsmine.agreement import (
    FIRST,
    SECOND,
    agreement,
    as_predictions,
    difference_counts,
    obstacle_differences,
    run,
)
from newsmine.gold import GoldError

REPO = Path(__file__).parent.parent
CORPORA = REPO.parent / "shared" / "corpora"


def record(id_, obstacles, **facts):
    return {"id": id_, "officials": facts.get("officials", []),
            "organizations": facts.get("organizations", []), "figures": facts.get("figures", []),
            "obstacles": obstacles}


FLOOD = {"text": "mưa lớn kéo dài làm sạt lở 3 điểm trên tỉnh lộ 436", "category": "natural"}
MACHINES = {"text": "thiếu máy xúc nên tiến độ thông tuyến còn chậm", "category": "infrastructure"}
DEBT = {"text": "nhà thầu còn nợ lương công nhân nhiều tháng", "category": "funding"}
BODY = {"name": "Ủy ban nhân dân huyện Tân Lạc", "aliases": ["UBND huyện Tân Lạc"]}


def test_optional_items_leave_the_predictions_unless_kept():
    second = record("a", [FLOOD, {**MACHINES, "optional": True}])
    assert as_predictions(second)["obstacles"] == [FLOOD]
    assert len(as_predictions(second, keep_optional=True)["obstacles"]) == 2


def test_identical_annotations_agree_fully_and_a_missing_item_costs_recall():
    first = [record("a", [FLOOD, MACHINES], organizations=[BODY])]
    assert agreement(first, first)["overall"]["F1"] == 1.0
    report = agreement(first, [record("a", [FLOOD], organizations=[{"name": "UBND huyện Tân Lạc"}])])
    assert report["organizations"]["F1"] == 1.0  # an abbreviated name still matches the canonical one
    assert report["obstacles"]["R"] == 0.5 and report["obstacles"]["P"] == 1.0


def test_only_shared_articles_are_scored_and_none_shared_is_an_error():
    first = [record("a", [FLOOD]), record("b", [MACHINES])]
    assert agreement(first, [record("a", [FLOOD])])["articles"] == 1
    with pytest.raises(GoldError):
        agreement(first, [record("c", [FLOOD])])


def test_obstacle_differences_name_each_class():
    short = {"text": "thiếu máy xúc nên tiến độ chậm", "category": "infrastructure"}
    first = record("a", [FLOOD, {**MACHINES, "optional": True}, DEBT])
    second = record("a", [{**FLOOD, "category": "other"}, short,
                          {"text": "giá vật liệu tăng cao", "category": "market", "optional": True}])
    rows = obstacle_differences(first, second)
    assert sorted(kind for kind, _, _ in rows) == [
        "category", "only 1 (required)", "only 2 (optional)", "span+status"]
    assert ("only 1 (required)", DEBT["text"], "") in rows
    assert difference_counts([first], [second, record("z", [DEBT])])["category"] == 1


def test_a_lone_item_that_repeats_another_is_marked_as_overlapping():
    first = record("a", [{"text": "đám cháy vẫn đang bùng phát mạnh", "category": "other"}])
    second = record("a", [{"text": "đám cháy tại xưởng tái chế ở thôn Ao, xã Minh Hải, huyện Văn Lâm "
                                    "vẫn đang bùng phát mạnh vào tối qua", "category": "other"}])
    kinds = sorted(kind for kind, _, _ in obstacle_differences(first, second))
    assert kinds == ["only 1 (required)+overlap", "only 2 (required)+overlap"]


def test_the_second_pass_takes_every_other_line_of_the_first_then_its_first_ten():
    first = [json.loads(line) for line in (REPO / FIRST).read_text(encoding="utf-8").splitlines()]
    second = [json.loads(line) for line in (REPO / SECOND).read_text(encoding="utf-8").splitlines()]
    chosen = [(x["corpus"], x["id"], x["sha256"]) for x in first[0::2][:10]]
    assert [(x["corpus"], x["id"], x["sha256"]) for x in second] == chosen


@pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora")
def test_the_shipped_annotations_are_rebuilt_and_scored_against_each_other():
    reports = run(REPO / FIRST, REPO / SECOND, CORPORA)
    forward = reports["annotator 2 vs annotator 1"]
    assert forward["articles"] == 10
    assert all(0.0 <= forward[kind]["F1"] <= 1.0 for kind in ("officials", "obstacles", "overall"))
    assert forward["officials"]["tp"] + forward["officials"]["fn"] > 0
    assert sum(reports["obstacle differences"].values()) >= forward["obstacles"]["tp"]
