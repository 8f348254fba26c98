"""The fact steps run without spaCy (facts.steps): the same facts and rejections as the spaCy
pipeline, and annotating a text does not import spaCy."""

import subprocess
import sys

from newsmine.facts import explain_facts
from newsmine.facts.pipeline import load_pipeline, run
from newsmine.facts.trace import collecting

ARTICLE = (
    "SƠN LA TỔNG KẾT NĂM\n"
    "Sáng 12/1, UBND tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2024. "
    "Phó Chủ tịch UBND tỉnh Đặng Ngọc Hậu chủ trì; dự có Giám đốc Sở Nông nghiệp và Môi trường "
    "Lò Văn Tuấn, đại diện Ban Quản lý dự án đầu tư xây dựng tỉnh.\n"
    "Năm qua, tổng thu ngân sách trên địa bàn đạt 6.850 tỷ đồng, tăng 8% so với năm trước; "
    "toàn tỉnh trồng mới 1.200 ha cây ăn quả.\n"
    "Tuy nhiên, nhiều tuyến đường liên xã ở huyện Sốp Cộp xuống cấp nghiêm trọng, một số dự án "
    "chậm tiến độ do vướng mặt bằng, thiếu vốn đối ứng.\n"
    "Ông Hậu đề nghị các sở, ngành tháo gỡ khó khăn, đẩy nhanh giải ngân vốn đầu tư công."
)


def _pipeline(text, province, published):
    with collecting() as rejected:
        facts = run(load_pipeline(), text, province, published)._.facts
    return facts, rejected


def test_the_steps_find_what_the_pipeline_finds_and_reject_the_same():
    facts, rejected = explain_facts(ARTICLE, province="Sơn La", published="2025-01-12")
    assert facts.officials and facts.organizations and facts.figures and facts.obstacles and rejected
    assert (facts, rejected) == _pipeline(ARTICLE, "Sơn La", "2025-01-12")
    for text, province in [(ARTICLE, None), (ARTICLE.split("\n", 2)[2], "Sơn La")]:
        assert explain_facts(text, province=province) == _pipeline(text, province, None)


def test_annotating_a_text_does_not_import_spacy():
    code = ("import sys; from newsmine.facts import extract_facts; "
            f"facts = extract_facts({ARTICLE!r}, province='Sơn La'); "
            "print(len(facts.officials) > 0, 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]


def test_the_lexicons_are_loaded_before_workers_are_forked():
    from newsmine import workers
    from newsmine.facts.lexicons import vietnamese_words
    from newsmine.facts.places import gazetteer
    from newsmine.facts.words import _abbreviations

    loaders = (vietnamese_words, gazetteer, _abbreviations)
    for loader in loaders:
        loader.cache_clear()
    with workers.worker_pool(2) as pool:
        assert [loader.cache_info().currsize for loader in loaders] == [1, 1, 1]
        assert list(pool.map(len, ["Sơn La", "Lai Châu"])) == [6, 8]
