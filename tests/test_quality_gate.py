"""The quality gate: the whole chain (HTML extraction, then NLP) on the demo corpus must score at
least the floors pinned in tests/quality_floors.json, exactly as `newsmine eval` scores it."""

import json
from pathlib import Path

import pytest

from newsmine.evaluate import score
from newsmine.gold import read_gold
from newsmine.predict import predict_record

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "demo" / "gold.jsonl"
FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report():
    articles = read_gold(GOLD)
    return score([(a.record, predict_record(a)) for a in articles])


@pytest.mark.slow
@pytest.mark.parametrize("kind", [k for k in FLOORS if not k.startswith("_")])
def test_demo_scores_stay_above_their_floors(report, kind):
    for measure, floor in FLOORS[kind].items():
        assert report[kind][measure] >= floor, f"{kind} {measure} {report[kind][measure]:.3f} < floor {floor}"
