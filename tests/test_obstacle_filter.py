"""The learned obstacle filter: its features, the spaCy component, the shipped model, `make train`."""

import json

from newsmine.facts import explain_facts, extract_facts
from newsmine.facts.obstacles import obstacles_in_sentence
from newsmine.facts.obstacles.model import ObstacleModel, features, load_model
from newsmine.facts.pipeline import ObstacleFilter, add_fact_components, blank, load_pipeline, run
from newsmine.facts.records import Facts, Obstacle
from newsmine.train_obstacles import FINE_THRESHOLDS, _fold, _plug_in, train, training_sets

SENTENCE = "Tuy nhiên, nhiều tuyến đường liên xã xuống cấp nghiêm trọng, thiếu kinh phí sửa chữa."


def _obstacle(text, rule="obstacle_cues.tsv: xuống cấp"):
    return Obstacle(text=text, category="infrastructure", start=SENTENCE.find(text),
                    end=SENTENCE.find(text) + len(text), sentence=SENTENCE, rule=rule)


def test_features_name_the_category_length_and_place_not_the_cue_nor_the_words():
    found = features(_obstacle("nhiều tuyến đường liên xã xuống cấp nghiêm trọng"))
    assert found == sorted(["cat:infrastructure", "len:2", "inside", "part"])
    whole = Obstacle(text="Cầu treo bản Nà Hỳ xuống cấp", category="infrastructure", start=0, end=28,
                     sentence="Cầu treo bản Nà Hỳ xuống cấp.", rule="obstacle_cues.tsv: xuống cấp")
    assert {"opens", "whole", "len:1"} <= set(features(whole))


def test_filter_drops_unlikely_candidates_and_names_the_model_on_the_rest():
    model = ObstacleModel({"cat:funding": -3.0, "cat:infrastructure": 2.0}, bias=0.0, threshold=0.5,
                          name="test.json")
    nlp = add_fact_components(blank(), obstacle_filter=False)
    doc = run(nlp, SENTENCE)
    assert len(doc._.facts.obstacles) == 2  # the rules alone find both parts
    doc = ObstacleFilter(model)(doc)
    assert [o.text for o in doc._.facts.obstacles] == ["nhiều tuyến đường liên xã xuống cấp nghiêm trọng"]
    assert "kept by test.json (p=0.88)" in doc._.facts.obstacles[0].rule
    assert [s.text for s in doc.spans["obstacles"]] == ["nhiều tuyến đường liên xã xuống cấp nghiêm trọng"]


def test_shipped_model_loads_from_the_package_and_runs_in_the_annotate_path():
    model = load_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "newsmine_obstacle_filter" in load_pipeline().pipe_names
    facts = extract_facts("Nhiều tuyến đường giao thông nông thôn của xã bị sạt lở sau mưa lớn kéo dài.")
    assert all("obstacle_filter.json" in o.rule for o in facts.obstacles)


def test_a_dropped_candidate_is_explained(monkeypatch):
    from newsmine.facts import steps

    strict = ObstacleModel({}, bias=-5.0, threshold=0.5)
    monkeypatch.setattr(steps, "load_model", lambda: strict)  # extract_facts runs the steps
    facts, rejected = explain_facts(SENTENCE)
    assert facts.obstacles == []
    assert any("learned filter" in r.reason for r in rejected)


def _article(k, text, obstacles):
    return {"id": f"bai-{k}", "text": text, "published": f"2024-05-0{k % 9 + 1}",
            "province": "Sơn La", "officials": [], "organizations": [], "figures": [],
            "obstacles": [{"text": t, "category": c} for t, c in obstacles]}


def _write_sets(root):
    lines = {
        "dev": [_article(1, "Xã còn thiếu giáo viên mầm non. Đường vào bản bị sạt lở.",
                         [("thiếu giáo viên mầm non", "human_resources"), ("Đường vào bản bị sạt lở", "natural")])],
        "real-train": [_article(k, f"Thôn {k} thiếu nước sinh hoạt vào mùa khô. Huyện đề nghị tháo gỡ vướng mắc.",
                                [("thiếu nước sinh hoạt vào mùa khô", "infrastructure")]) for k in range(2, 9)],
        "real-check": [_article(99, "Chợ phiên thiếu điện chiếu sáng.", [("thiếu điện chiếu sáng", "infrastructure")])],
    }
    (root / "gold").mkdir()
    for name, articles in lines.items():
        (root / "gold" / f"{name}.jsonl").write_text(
            "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")


def test_training_reads_only_the_training_sets_and_is_deterministic(tmp_path):
    _write_sets(tmp_path)
    demo = tmp_path / "demo.jsonl"  # the sets of the gap (dev, real-train, real-check) are never read
    demo.write_text((tmp_path / "gold" / "real-train.jsonl").read_text(encoding="utf-8")
                    + (tmp_path / "gold" / "dev.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    sets = training_sets(tmp_path, demo)
    assert sorted(sets) == ["demo"] and len(sets["demo"]) == 8
    first, report = train(tmp_path, demo, held_out=True)
    second, _ = train(tmp_path, demo)
    assert first.as_json() == second.as_json()
    assert report["candidates"] >= 8 and 0.0 <= first.threshold < 1.0
    assert report["held_out"] == {}  # no studied corpus set without ../shared/corpora


def test_the_filter_reads_the_damage_as_the_cue_tells_it():
    # a vehicle's damage is shown `other` but weighed as the damage the cue tells (infrastructure)
    text = "Cú va chạm khiến 3 phương tiện hư hỏng nặng"
    found = obstacles_in_sentence(text, 0, len(text))
    assert [(o.category, o.filter_category) for o in found] == [("other", "infrastructure")]
    assert "cat:infrastructure" in features(found[0])
    assert "filter_category" not in Facts(obstacles=found).as_gold()["obstacles"][0]


def test_the_threshold_is_half_the_best_cross_validated_f1_wherever_the_best_lies():
    # where on the plateau the best threshold lies is one held-out candidate's doing; F*/2 is not
    table = {t: 0.73 if 0.3125 <= t <= 0.3575 else 0.72 for t in (0.0,) + FINE_THRESHOLDS}
    assert _plug_in(table) == 0.365
    table[0.3425] = 0.7312  # one held-out candidate more moves the argmax, and the cut by 0.0006
    assert _plug_in(table) == 0.3656
    flat = {t: 0.72 - (0.01 if t > 0.3 else 0.0) for t in (0.0,) + FINE_THRESHOLDS}
    assert _plug_in(flat) == 0.0  # a cut that scores under the rules alone is no filter


def test_the_repeated_partitions_keep_an_article_group_in_one_fold_and_differ_by_seed():
    groups = range(200)
    assert all(0 <= _fold(g, s) < 5 for g in groups for s in range(10))
    assert [_fold(g, 0) for g in groups] != [_fold(g, 1) for g in groups]
    assert [_fold(g, 3) for g in groups] == [_fold(g, 3) for g in groups]


def test_a_personal_pronoun_among_the_first_words_marks_a_person_telling_what_befell_them():
    def told(text):
        sentence = f"Ông Tư kể, {text}."
        return Obstacle(text=text, category="other", start=sentence.find(text),
                        end=sentence.find(text) + len(text), sentence=sentence,
                        rule="obstacle_cues.tsv: không thể")
    speaker = told("chúng tôi không thể về quê ăn Tết")
    village = told("bà con thôn Lũng không thể về quê ăn Tết")
    assert "person" in features(speaker) and "person" not in features(village)
    assert "person" in features(told("em không thể đến lớp"))  # the first words only: not "cho tôi"
    assert "person" not in features(told("đường lên bản sạt lở nên không thể chở hàng cho tôi"))
    model = load_model()
    assert model.weights.get("person", 0.0) < 0
    assert model.probability(speaker) < model.probability(village)
