"""One item per distinct obstacle (GOLD.md): a later statement that tells again an obstacle the
article already gave is dropped after the learned filter (obstacles/echoes.py), by a step of its own."""

from newsmine.facts import extract_facts
from newsmine.facts.obstacles.echoes import echoes, without_echoes
from newsmine.facts.obstacles.model import ObstacleModel

ARTICLE = ("Sáng 12/3, đoàn công tác của tỉnh kiểm tra tuyến đường liên xã Tân Phong - Bình Minh.\n"
           "Tuyến đường liên xã Tân Phong - Bình Minh xuống cấp nghiêm trọng sau nhiều năm sử dụng, "
           "mặt đường bong tróc.\n"
           "“Tuyến đường đã xuống cấp rất nghiêm trọng”, ông Lê Văn Tâm, Chủ tịch UBND xã Tân Phong, "
           "nói.")


def test_a_later_telling_with_the_same_content_words_echoes_the_earlier():
    earlier = "kho lạnh của hợp tác xã thiếu điện, hàng trăm tấn vải không kịp bảo quản"
    assert echoes("kho lạnh đã thiếu điện", earlier)
    assert not echoes("kho lạnh thiếu nước", earlier)  # a word of its own in five: a new finding
    assert echoes("thiếu điện", "kho lạnh thiếu điện")  # two content words suffice
    assert not echoes("điện", earlier)  # one content word is too little to judge


def test_a_new_number_or_a_negation_is_no_echo():
    earlier = "hơn 300 hộ dân thiếu nước sinh hoạt"
    assert echoes("300 hộ dân thiếu nước", earlier)
    assert not echoes("thêm 120 hộ dân thiếu nước sinh hoạt", earlier)  # a new count
    assert not echoes("không thiếu nước", earlier)  # "không" counts as a content word


def test_without_echoes_keeps_the_first_and_fuller_telling():
    class O:
        def __init__(self, text):
            self.text = text
    items = [O("trạm bơm Đồng Cao hư hỏng nặng, không đủ nước tưới cho 50 ha lúa"),
             O("trạm bơm Đồng Cao đã hư hỏng nặng"), O("kênh mương bị bồi lấp")]
    assert [o.text for o in without_echoes(items)] == [items[0].text, items[2].text]


def test_the_article_gives_a_retold_obstacle_once(monkeypatch):
    from newsmine.facts import steps

    keep_all = ObstacleModel({}, bias=5.0, threshold=0.5, name="all.json")
    monkeypatch.setattr(steps, "load_model", lambda: keep_all)
    texts = [o.text for o in extract_facts(ARTICLE).obstacles]
    assert len(texts) == 1 and "Tân Phong - Bình Minh xuống cấp nghiêm trọng" in texts[0]


def test_the_echo_step_is_its_own_component_and_the_filter_s_training_runs_without_it():
    from newsmine.facts.pipeline import add_fact_components, blank, run

    def obstacles(nlp):
        return [o.text for o in run(nlp, ARTICLE)._.facts.obstacles]

    told_once = obstacles(add_fact_components(blank(), obstacle_filter=False))
    told_twice = obstacles(add_fact_components(blank(), obstacle_filter=False, echoes=False))
    assert len(told_once) == 1 and len(told_twice) == 2  # the ablation can weigh the step alone
