"""The spaCy pipeline over underthesea: offsets hold, sentences survive abbreviations, facts land in the store."""

import pytest

from newsmine import store
from newsmine.annotate import annotate_articles
from newsmine.facts.sentences import split_sentences
from newsmine.nlp import annotate_doc


def test_doc_text_is_exactly_the_input_and_tokens_are_vietnamese_words():
    text = "Phó Chủ tịch UBND tỉnh  Lò Văn Tiến dự.\nHỘI NGHỊ TỔNG KẾT\n  Tỉnh có 1.234,5 ha chè."
    doc = annotate_doc(text, "Điện Biên")
    assert doc.text == text
    assert "Chủ tịch" in [t.text for t in doc]
    assert "Lò Văn Tiến" in [t.text for t in doc]
    assert all(t.tag_ for t in doc if not t.is_space)


@pytest.mark.parametrize("text, expected", [
    ("Đoàn làm việc tại TP. Điện Biên Phủ. Ông A phát biểu.", 2),
    ("PGS.TS. Nguyễn Văn An trình bày. Hội thảo kết thúc.", 2),
    ("Các xã như Q. Ba Đình v.v. đều tham gia.", 1),
    ("TIÊU ĐỀ VIẾT HOA\nCâu thứ nhất. Câu thứ hai!", 3),
])
def test_sentence_boundaries_survive_abbreviations_and_headlines(text, expected):
    assert len(split_sentences(text)) == expected


def test_spacy_sentences_follow_the_splitter():
    text = "Ngày 5/3, TS. Lường Văn Khoa báo cáo. Tỉnh có 3 huyện nghèo."
    doc = annotate_doc(text, "Sơn La")
    assert [s.text for s in doc.sents] == ["Ngày 5/3, TS. Lường Văn Khoa báo cáo.", "Tỉnh có 3 huyện nghèo."]


def test_span_groups_are_written_for_each_fact_type():
    text = "Chủ tịch UBND tỉnh Quàng Văn Bình cho biết, nhiều bản còn thiếu nước sinh hoạt vào mùa khô."
    doc = annotate_doc(text, "Sơn La")
    assert [s.text for s in doc.spans["officials"]] == ["Quàng Văn Bình"]
    assert "UBND tỉnh" in [s.text for s in doc.spans["organizations"]]
    assert doc.spans["obstacles"]


def test_annotate_writes_facts_with_offsets_and_skips_up_to_date_articles(tmp_path):
    db = store.open_db(tmp_path / "n.db")
    text = ("Bí thư Huyện ủy Mường Nhé Giàng A Páo chủ trì hội nghị.\n"
            "Huyện còn thiếu 120 giáo viên mầm non; nhiều điểm trường chưa có điện lưới.")
    store.save_article(db, {"url": "http://demo/a", "title": "T", "text": text, "province": "Điện Biên"})
    summary = annotate_articles(db)
    assert summary.annotated == 1 and not summary.failed
    row = db.execute('SELECT name, start, "end" FROM officials').fetchone()
    assert row[0] == "Giàng A Páo" and text[row[1]:row[2]] == "Giàng A Páo"
    for start, end, fact in db.execute('SELECT start, "end", text FROM obstacles'):
        assert text[start:end] == fact
    assert annotate_articles(db).annotated == 0  # second run: nothing to do


def test_odd_white_space_inside_a_word_does_not_crash_the_tagger():
    text = "Nghị  quyết số 13 được ban hành.\u00a0Tỉnh\t\tcó 3 huyện."
    doc = annotate_doc(text)
    assert doc.text == text and all(t.tag_ for t in doc if not t.is_space)


def test_an_article_over_the_time_limit_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    import time

    import newsmine.annotate as annotate_module

    db = store.open_db(tmp_path / "t.db")
    store.save_article(db, {"url": "http://demo/slow", "title": "T", "text": "CHẬM", "province": "Sơn La"})
    store.save_article(db, {"url": "http://demo/ok", "title": "T", "text": "Tỉnh thiếu 20 giáo viên.",
                            "province": "Sơn La"})
    real = annotate_module.annotate_text

    def slow_on_one(text, *args):
        if text == "CHẬM":
            time.sleep(3)
        return real(text, *args)

    monkeypatch.setattr(annotate_module, "annotate_text", slow_on_one)
    summary = annotate_articles(db, seconds_per_article=1)
    assert summary.annotated == 1
    assert list(summary.failed.values()) == ["ArticleTimeout: longer than 1 s"]
