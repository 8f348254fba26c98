"""The fact pipeline: one door, offsets that hold, sentences that survive abbreviations, span groups,
rules on every fact, rejected candidates explained, facts in the store."""

import json

import pytest

from newsmine import store
from newsmine.annotate import annotate_articles
from newsmine.cli import cli
from newsmine.facts import FactsInputError, explain_facts, extract_facts
from newsmine.facts.pipeline import load_pipeline, run, run_as_annotated
from newsmine.facts.sentences import split_sentences


def annotate_doc(text, province=None, published=None):
    return run(load_pipeline(), text, province, published)


def test_doc_text_is_exactly_the_input_and_tokens_are_the_extractors_words():
    text = "Phó Chủ tịch UBND tỉnh  Lò Văn Tiến dự.\nHỘI NGHỊ TỔNG KẾT\n  Tỉnh có 1.234,5 ha chè."
    doc = annotate_doc(text, "Điện Biên")
    assert doc.text == text
    words = [t.text for t in doc if not t.is_space]
    assert "UBND" in words and "1.234,5" in words and "Tiến" in words


@pytest.mark.parametrize("text, expected", [
    ("Đoàn làm việc tại TP. Điện Biên Phủ. Ông A phát biểu.", 2),
    ("PGS.TS. Nguyễn Văn An trình bày. Hội thảo kết thúc.", 2),
    ("Các xã như Q. Ba Đình v.v. đều tham gia.", 1),
    ("TIÊU ĐỀ VIẾT HOA\nCâu thứ nhất. Câu thứ hai!", 3),
    ("Tỉnh ghi nhận 2 ca (TP. Điện Biên Phủ 1 ca, huyện Mường Ảng 1 ca). Ngành y tế vào cuộc.", 2),
    ("Đoàn thăm khu di tích “TP. Điện Biên Phủ xưa”. Các đại biểu dâng hương.", 2),
    # a name's initials go on before the bracket that tells of the person or a lower-case word
    ("Ông T.V.K. (45 tuổi, trú tại xã Mường Phăng) đến nhà cháu B.H. để đòi nợ. Công an xã vào cuộc.", 2),
    ("Hàng hóa trên là của bà L.T.M. Đội quản lý thị trường lập biên bản.", 2),
    # a page run into one line: a spaced dash before a capital opens an interview's turn or an item
    ("Chất lượng dạy học chưa đồng đều. - Ông dự đoán điểm chuẩn năm nay thế nào? Điểm sẽ tăng.", 3),
    ("Sở có Phòng Tổ chức cán bộ. - Văn phòng. - Thanh tra Sở.", 3),
    # but not before a number or a lower-case word, nor after a closing quote (its speaker)
    ("Dịp nghỉ lễ 30/4. - 1/5 là cao điểm du lịch.", 1),
    ("Chúng tôi sẽ cố gắng. - ông Hạnh nói.", 1),
    ("“Chúng tôi sẽ cố gắng.” – Bà Lan nhấn mạnh.", 1),
])
def test_sentence_boundaries_survive_abbreviations_and_headlines(text, expected):
    assert len(split_sentences(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a flattened page runs a sub-heading or a caption into the next sentence with no stop
    ("Giá lúa giảm mạnh Theo báo cáo của Sở Nông nghiệp, giá lúa giảm 10%.",
     ["Giá lúa giảm mạnh", "Theo báo cáo của Sở Nông nghiệp, giá lúa giảm 10%."]),
    ("Đường sá xuống cấp. Ảnh minh họa Tuy nhiên, xã còn thiếu vốn.",
     ["Đường sá xuống cấp.", "Ảnh minh họa", "Tuy nhiên, xã còn thiếu vốn."]),
    # an opener inside a name, after a capital or before one, or in a name's fixed words stays
    ("Quán bia trên phố Tạ Hiện đông khách.", ["Quán bia trên phố Tạ Hiện đông khách."]),
    ("Xã thuộc huyện Tuy Phước tổ chức lễ.", ["Xã thuộc huyện Tuy Phước tổ chức lễ."]),
    ("Viện có phòng Đào tạo và Sau đại học.", ["Viện có phòng Đào tạo và Sau đại học."]),
    ("Tổ chức Sáng kiến Theo dõi Tình hình Biển Đông công bố.", ["Tổ chức Sáng kiến Theo dõi Tình hình Biển Đông công bố."]),
    ("Tỉnh kỷ niệm 50 năm Ngày thống nhất đất nước.", ["Tỉnh kỷ niệm 50 năm Ngày thống nhất đất nước."]),
])
def test_a_sub_heading_glued_to_its_sentence_is_cut_off(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a photo's credit glued to the next sentence ends the caption; the sentence opens at an
    # opener or a title in the capitalised run, else at its last capitalised word
    ("Nông dân thu hoạch lúa. Ảnh: Minh Hải Theo Sở Nông nghiệp, năng suất giảm.",
     ["Nông dân thu hoạch lúa.", "Ảnh: Minh Hải", "Theo Sở Nông nghiệp, năng suất giảm."]),
    ("Cầu bị sạt lở - Ảnh: Văn Tú Ông Nguyễn Văn Bình cho biết xã thiếu vốn.",
     ["Cầu bị sạt lở - Ảnh: Văn Tú", "Ông Nguyễn Văn Bình cho biết xã thiếu vốn."]),
    ("Kho hàng bị cháy. Ảnh: Tư liệu Doanh nghiệp chưa có vốn làm lại.",
     ["Kho hàng bị cháy.", "Ảnh: Tư liệu", "Doanh nghiệp chưa có vốn làm lại."]),
    ("Lễ ký kết. Ảnh: Thu Hà - TTXVN Hai bên thống nhất mở rộng hợp tác.",
     ["Lễ ký kết.", "Ảnh: Thu Hà - TTXVN", "Hai bên thống nhất mở rộng hợp tác."]),
    ("Bờ kè ven sông. (Ảnh minh họa) Đoạn kè này bị sụt lún.",
     ["Bờ kè ven sông.", "(Ảnh minh họa)", "Đoạn kè này bị sụt lún."]),
    # a word, not a credit; a credits' line at the end of a story; a bracket inside a sentence
    ("Ảnh hưởng của bão làm Sở Xây dựng lo ngại.", ["Ảnh hưởng của bão làm Sở Xây dựng lo ngại."]),
    ("Ảnh: Bộ Quốc phòng, Reuters", ["Ảnh: Bộ Quốc phòng, Reuters"]),
    ("Ông Lâm (ảnh: bìa trái) phát biểu.", ["Ông Lâm (ảnh: bìa trái) phát biểu."]),
])
def test_a_photos_credit_glued_to_the_next_sentence_ends_the_caption(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


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


def test_the_door_gives_the_same_facts_as_the_pipeline():
    text = "Giám đốc Sở Y tế Lường Thị Hoa cho biết, toàn tỉnh còn thiếu 150 bác sĩ."
    facts = extract_facts(text, province="Sơn La")
    assert facts == annotate_doc(text, "Sơn La")._.facts
    assert [o.name for o in facts.officials] == ["Lường Thị Hoa"]


def test_the_pipeline_reads_old_style_tones_as_the_door_does():
    # "Uỷ ban", "hoà" and a no-break space: training and the ablation run the pipeline, so it must
    # see the text annotate sees, or it learns from and scores other facts than the stored ones
    text = "Phó Chủ tịch Uỷ ban nhân dân tỉnh Hoà Bình Quách Văn Hoà cho biết,\u00a0tỉnh còn thiếu 40 giáo viên."
    door = extract_facts(text, province="Hoà Bình")
    doc = run_as_annotated(load_pipeline(), text, "Hoà Bình")
    assert [o.organization for o in doc._.facts.officials] == [o.organization for o in door.officials]
    assert [o.organization for o in door.officials] == ["Ủy ban nhân dân tỉnh Hòa Bình"]
    assert [f.text for f in doc._.facts.figures] == [f.text for f in door.figures]


def test_every_fact_names_the_rule_that_made_it():
    text = ("Phó Chủ tịch UBND tỉnh Lò Văn Hùng cho biết, năm 2023 tỉnh chi 120 tỷ đồng cho giao thông, "
            "song nhiều tuyến đường còn thiếu kinh phí duy tu.")
    facts = extract_facts(text, province="Điện Biên")
    official, = facts.officials
    assert official.rule == "post name (posts.txt: Phó Chủ tịch)"
    assert any("abbreviations.tsv: UBND" in m.rule for m in facts.organizations)
    assert next(f.rule for f in facts.figures if f.unit == "VND").startswith("figure_units.tsv:")
    assert facts.obstacles[0].rule.startswith("obstacle_cues.tsv: thiếu; kept by obstacle_filter.json (p=")


def test_rejected_candidates_come_with_a_reason():
    text = "Theo Quyết định số 645/QĐ-UBND ngày 17/11/2023, năm 2024 huyện làm mới 3 cây cầu."
    facts, rejected = explain_facts(text, province="Lai Châu")
    reasons = {r.text: r.reason for r in rejected if r.kind == "figures"}
    assert reasons["17/11/2023"] == "a date"
    assert "a document number" in reasons.values()
    assert [f.value for f in facts.figures] == [3]


def test_rejections_are_not_collected_outside_explain():
    from newsmine.facts.trace import _collected

    extract_facts("Ngày 17/11/2023, tỉnh có 3 xã mới.")
    assert _collected.get() is None


@pytest.mark.parametrize("text, message", [
    ("   \n ", "no text"),
    ("Tỉnh có 3 huyện. " * 20_000, "too long"),
    ("\x00\x01\x02\ufffd\ufffd" * 200, "not text"),
])
def test_bad_input_is_one_clear_error(text, message):
    with pytest.raises(FactsInputError, match=message):
        extract_facts(text)


def test_explain_json_lists_facts_with_rules_and_rejected(capsys):
    sentence = ("Chủ tịch UBND huyện Mường Chà Vàng A Sình cho biết, ngày 3/5/2024 huyện có 1.200 hộ "
                "còn thiếu nước sinh hoạt.")
    with pytest.raises(SystemExit) as exit_:
        cli(["explain", sentence, "--json", "--province", "Điện Biên"], standalone_mode=True)
    assert exit_.value.code == 0
    out = json.loads(capsys.readouterr().out)
    kinds = {f["kind"] for f in out["facts"]}
    assert {"officials", "organizations", "figures", "obstacles"} <= kinds
    assert [f["figure_kind"] for f in out["facts"] if f["kind"] == "figures"] == ["level"]
    assert all(f["rule"] for f in out["facts"])
    assert {"kind": "figures", "text": "3/5/2024", "reason": "a date"} in out["rejected"]


def test_explain_refuses_bad_input_with_one_line(tmp_path):
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["explain", "-"], input="\x00\x01" * 50)
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "not text" in result.stderr


def test_annotate_writes_facts_with_offsets_and_rules_and_skips_up_to_date_articles(tmp_path):
    db = store.open_db(tmp_path / "n.db")
    text = ("Bí thư Huyện ủy Mường Nhé Giàng A Páo chủ trì hội nghị.\n"
            "Huyện còn thiếu 120 giáo viên mầm non; nhiều điểm trường chưa có điện lưới.")
    store.save_article(db, {"url": "http://demo/a", "title": "T", "text": text, "province": "Điện Biên"})
    summary = annotate_articles(db)
    assert summary.annotated == 1 and not summary.failed
    row = db.execute('SELECT name, start, "end", rule FROM officials').fetchone()
    assert row[0] == "Giàng A Páo" and text[row[1]:row[2]] == "Giàng A Páo" and row[3].startswith("post name")
    for start, end, fact in db.execute('SELECT start, "end", text FROM obstacles'):
        assert text[start:end] == fact
    for table in ("officials", "organization_mentions", "figures", "obstacles"):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE coalesce(rule, '') = ''").fetchone()[0] == 0
    assert annotate_articles(db).annotated == 0  # second run: nothing to do


def test_an_empty_article_fails_alone_and_stores_nothing(tmp_path):
    db = store.open_db(tmp_path / "e.db")
    store.save_article(db, {"url": "http://demo/empty", "title": "T", "text": " ", "province": "Sơn La"})
    store.save_article(db, {"url": "http://demo/ok", "title": "T", "text": "Tỉnh thiếu 20 giáo viên.",
                            "province": "Sơn La"})
    summary = annotate_articles(db)
    assert summary.annotated == 1
    assert list(summary.failed.values()) == ["FactsInputError: no text to annotate"]
    assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1


def test_odd_white_space_inside_a_word_keeps_the_text():
    text = "Nghị  quyết số 13 được ban hành.\u00a0Tỉnh\t\tcó 3 huyện."
    doc = annotate_doc(text)
    assert doc.text == text


def test_an_article_over_the_time_limit_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    import time

    import newsmine.annotate as annotate_module

    db = store.open_db(tmp_path / "t.db")
    store.save_article(db, {"url": "http://demo/slow", "title": "T", "text": "CHẬM", "province": "Sơn La"})
    store.save_article(db, {"url": "http://demo/ok", "title": "T", "text": "Tỉnh thiếu 20 giáo viên.",
                            "province": "Sơn La"})
    real = annotate_module.extract_facts

    def slow_on_one(text, **kwargs):
        if text == "CHẬM":
            time.sleep(3)
        return real(text, **kwargs)

    monkeypatch.setattr(annotate_module, "extract_facts", slow_on_one)
    summary = annotate_articles(db, seconds_per_article=1)
    assert summary.annotated == 1
    assert list(summary.failed.values()) == ["TimeLimitExceeded: longer than 1 s"]


def _facts_table(db):
    return {table: sorted(db.execute(f'SELECT article_id, start, "end", rule FROM {table}').fetchall())
            for table in ("officials", "organization_mentions", "figures", "obstacles")}


def test_two_jobs_store_the_same_facts_as_one(tmp_path):
    texts = [
        "Chủ tịch UBND huyện Tủa Chùa Vừ A Bằng cho biết, huyện còn thiếu 45 phòng học.",
        "Năm 2024, tỉnh giải ngân 1.250 tỷ đồng vốn đầu tư công, đạt 85%.",
        "Giám đốc Sở Xây dựng Lò Thị Mai nói nhiều tuyến đường bị sạt lở, hư hỏng nặng.",
        " ",
        "Huyện có 3.400 hộ nghèo; nhiều bản chưa có điện lưới quốc gia.",
    ]
    dbs = []
    for jobs in (1, 2):
        db = store.open_db(tmp_path / f"j{jobs}.db")
        for k, text in enumerate(texts):
            store.save_article(db, {"url": f"http://demo/{k}", "title": "T", "text": text, "province": "Điện Biên"})
        summary = annotate_articles(db, jobs=jobs)
        assert summary.annotated == 4 and len(summary.failed) == 1
        dbs.append(db)
    assert _facts_table(dbs[0]) == _facts_table(dbs[1])
    assert all(_facts_table(dbs[1]).values())


def test_predict_in_two_processes_keeps_the_order_of_the_gold_file(tmp_path):
    from newsmine.gold import read_gold
    from newsmine.predict import predict_records

    lines = [json.dumps({"id": f"a{k}", "text": f"Xã có {k + 2} thôn đặc biệt khó khăn.", "province": "Sơn La"},
                        ensure_ascii=False) for k in range(5)]
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(lines), "utf-8")
    articles = read_gold(path)
    assert list(predict_records(articles, jobs=2)) == list(predict_records(articles, jobs=1))
    assert [p["id"] for p in predict_records(articles, jobs=2)] == [f"a{k}" for k in range(5)]


def test_a_post_whose_last_word_opens_its_body_names_its_lexicon_entry():
    facts = extract_facts("Trưởng ban Tuyên giáo Huyện ủy Lò Văn Mạnh dự hội nghị.", province="Điện Biên")
    assert [o.rule for o in facts.officials] == ["post name (posts.txt: Trưởng ban)"]
