"""The scorer on small hand-made gold/prediction pairs, one matching rule per test."""

import pytest

from newsmine.evaluate import format_report, match_items, score, token_f1


def only(kind, gold_items, predicted_items):
    return score([({kind: gold_items}, {kind: predicted_items})])[kind]


def test_officials_match_on_equal_names_after_normalisation():
    e = only("officials", [{"name": "Lò Văn Tiến", "title": "Phó Chủ tịch UBND tỉnh Điện Biên"}],
             [{"name": "lò  văn tiến", "title": "Phó Chủ tịch Ủy ban nhân dân tỉnh Điện Biên"}])
    assert (e["tp"], e["fp"], e["fn"]) == (1, 0, 0)
    assert e["title"] == 1.0  # abbreviations expanded on both sides


def test_officials_with_different_names_do_not_match():
    e = only("officials", [{"name": "Lò Văn Tiến"}], [{"name": "Lò Văn Tiên"}])
    assert (e["tp"], e["fp"], e["fn"]) == (0, 1, 1)


def test_organization_matches_expanded_prediction_or_alias():
    gold = [{"name": "Ủy ban nhân dân tỉnh Điện Biên", "aliases": ["UBND tỉnh"]}]
    assert only("organizations", gold, [{"name": "UBND tỉnh Điện Biên"}])["tp"] == 1
    assert only("organizations", gold, [{"name": "UBND tỉnh"}])["tp"] == 1
    assert only("organizations", gold, [{"name": "HĐND tỉnh Điện Biên"}])["tp"] == 0


def test_figures_match_same_unit_and_value_within_half_percent():
    gold = [{"value": 1000, "unit": "household"}]
    assert only("figures", gold, [{"value": 1004, "unit": "household"}])["tp"] == 1
    assert only("figures", gold, [{"value": 1006, "unit": "household"}])["tp"] == 0
    assert only("figures", gold, [{"value": 1000, "unit": "person"}])["tp"] == 0


def test_obstacles_need_token_f1_of_half():
    gold = [{"text": "thiếu hụt hạ tầng viễn thông", "category": "infrastructure"}]
    # 3 common tokens of 4 and 5: P=3/4 R=3/5 → F1=0.667
    e = only("obstacles", gold, [{"text": "thiếu hụt hạ tầng điện", "category": "infrastructure"}])
    assert e["tp"] == 1 and e["category"] == 1.0
    assert only("obstacles", gold, [{"text": "thiếu vốn", "category": "funding"}])["tp"] == 0


def test_token_f1_by_hand():
    assert token_f1("a b c d", "a b e") == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))


def test_optional_gold_item_is_neither_right_nor_wrong():
    gold = [{"text": "gặp nhiều khó khăn", "optional": True}, {"text": "thiếu vốn đầu tư"}]
    e = only("obstacles", gold, [{"text": "gặp nhiều khó khăn"}])
    assert (e["tp"], e["fp"], e["fn"]) == (0, 0, 1)
    e = only("obstacles", gold, [])
    assert (e["tp"], e["fp"], e["fn"]) == (0, 0, 1)


def test_greedy_matching_is_one_to_one_and_best_first():
    gold = [{"text": "thiếu vốn đầu tư hạ tầng"}, {"text": "thiếu vốn"}]
    predicted = [{"text": "thiếu vốn"}]
    # the prediction is an exact match for the second gold item, only a partial for the first
    assert match_items("obstacles", predicted, gold) == [(0, 1)]


def test_equal_matches_prefer_more_text_overlap_then_required_gold():
    gold = [{"value": 1, "unit": "VND", "text": "1 tỷ đồng", "optional": True},
            {"value": 1, "unit": "VND", "text": "1 tỷ đồng"}]
    assert match_items("figures", [{"value": 1, "unit": "VND", "text": "1 tỷ đồng"}], gold) == [(0, 1)]
    gold = [{"value": 5, "unit": "percent", "text": "5% hộ nghèo"}, {"value": 5, "unit": "percent", "text": "5%"}]
    assert match_items("figures", [{"value": 5, "unit": "percent", "text": "5%"}], gold) == [(0, 1)]


def test_micro_average_over_articles_and_overall_by_hand():
    a1 = ({"officials": [{"name": "A"}, {"name": "B"}], "figures": [{"value": 3, "unit": "ha"}]},
          {"officials": [{"name": "A"}], "figures": [{"value": 3, "unit": "ha"}, {"value": 9, "unit": "ha"}]})
    a2 = ({"officials": [{"name": "C"}]}, {"officials": [{"name": "C"}, {"name": "D"}]})
    report = score([a1, a2])
    assert report["articles"] == 2
    o = report["officials"]
    assert (o["tp"], o["fp"], o["fn"]) == (2, 1, 1)
    assert o["P"] == pytest.approx(2 / 3, abs=1e-4) and o["R"] == pytest.approx(2 / 3, abs=1e-4)
    # overall: tp=3, fp=2, fn=1 → P=0.6, R=0.75, F1=2/3
    assert report["overall"]["P"] == pytest.approx(0.6)
    assert report["overall"]["R"] == pytest.approx(0.75)
    assert report["overall"]["F1"] == pytest.approx(2 / 3, abs=1e-4)


def test_secondary_scores_on_matched_pairs_only():
    gold = [{"value": 53, "unit": "percent", "period": "2022", "measure": "tỷ lệ hồ sơ trực tuyến"},
            {"value": 82, "unit": "percent", "period": "2022"}]
    predicted = [{"value": 53, "unit": "percent", "period": "2022", "measure": "tỷ lệ hồ sơ"},
                 {"value": 1, "unit": "percent", "period": "2021"}]
    e = only("figures", gold, predicted)
    assert e["period"] == 1.0
    # 4 of 4 predicted tokens, 4 of 6 gold tokens: F1 = 2 * 1 * (2/3) / (5/3) = 0.8
    assert e["measure"] == pytest.approx(0.8, abs=1e-4)


def test_report_ends_with_overall_line():
    text = format_report(score([({}, {})]))
    assert text.splitlines()[-1] == "overall: P=0.00 R=0.00 F1=0.00"
