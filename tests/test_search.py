import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factsdb
from newsmine import search, store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return factsdb.build(tmp_path_factory.mktemp("search") / "s.db")


def test_query_words_are_quoted_so_fts_operators_are_plain_text():
    assert search.fts_query("dien bien") == '("dien" AND "bien")'
    assert search.fts_query('NEAR(dien "bien') == '("dien" AND "bien")'
    assert search.fts_query("Điện Biên", ["search_folded"]) == 'search_folded : ("dien" AND "bien")'
    assert search.fts_query("dien OR lai NOT chau") == '(("dien") OR ("lai" NOT "chau"))'
    assert search.fts_query("chuyen*") == '("chuyen"*)'


@pytest.mark.parametrize("query", ["*", '"', "NEAR(", "OR", "  ", "()"])
def test_query_without_words_is_a_search_error(query):
    with pytest.raises(search.SearchError, match="nothing to search for"):
        search.fts_query(query)


@pytest.mark.parametrize("query", ["NOT giao", "-giao", "-giao NOT vien"])
def test_a_query_of_exclusions_alone_says_so(query):
    with pytest.raises(search.SearchError, match="only excludes words: add a word"):
        search.fts_query(query)


def test_find_span_ignores_case_and_accents_but_prefers_the_exact_text():
    sentence = "Tỉnh ĐIỆN BIÊN và tỉnh Điện Biên"
    assert search.find_span(sentence, "Điện Biên") == (23, 32)
    assert search.find_span(sentence, "dien bien") == (5, 14)
    assert search.find_span(sentence, "lai chau") is None


def test_highlight_spans_cut_the_sentence_around_the_fact():
    pieces = search.highlight_spans("Tỉnh bố trí 433 tỷ đồng.", "433 tỷ đồng")
    assert pieces == [("Tỉnh bố trí ", False), ("433 tỷ đồng", True), (".", False)]
    assert search.highlight_spans("Không có.", "xyz") == [("Không có.", False)]


def test_has_words_matches_folded_words_in_any_order():
    assert search.has_words("Vốn đầu tư công", "dau tu von")
    assert not search.has_words("Vốn đầu tư công", "von vay")
    assert search.has_words("chuyển đổi số", "chuyen*")


def test_accent_free_query_finds_dien_bien(db):
    hits = store.search_facts(db, "dien bien")
    assert {h["url"] for h in hits} == {factsdb.DIEN_BIEN_2022, factsdb.DIEN_BIEN_2024}
    assert {"officials", "organizations", "articles"} <= {h["type"] for h in hits}


def test_dak_lak_finds_both_spellings_and_exact_diacritics_rank_first(db):
    assert {h["url"] for h in store.search_facts(db, "dak lak")} == {
        factsdb.DAK_LAK_EXACT, factsdb.DAK_LAK_VARIANT}
    hits = store.search_facts(db, "Đắk Lắk")
    assert hits[0]["url"] == factsdb.DAK_LAK_EXACT and hits[0]["exact"] == 1
    assert hits[-1]["url"] == factsdb.DAK_LAK_VARIANT and hits[-1]["exact"] == 0
    exact = [h["exact"] for h in hits]
    assert exact == sorted(exact, reverse=True)


def test_republished_articles_never_appear(db):
    for query in ["dien bien", "433 ty dong", "ha tang vien thong"]:
        assert factsdb.REPUBLISHED not in {h["url"] for h in store.search_facts(db, query)}


def test_type_province_and_dates_filter(db):
    hits = store.search_facts(db, "lo van tien", kind="officials")
    assert [h["detail"] for h in hits] and {h["type"] for h in hits} == {"officials"}
    assert store.search_facts(db, "lo van tien", province="lai chau") == []
    assert len(store.search_facts(db, "lo van tien", kind="officials", province="DIEN BIEN")) == 2
    hits = store.search_facts(db, "lo van tien", kind="officials", since="2023", until="2024-01-15")
    assert [h["detail"] for h in hits] == ["Chủ tịch UBND tỉnh"]
    assert store.search_facts(db, "lo van tien", kind="officials", until="2022-03") != []


def test_article_hits_carry_a_passage_and_the_matched_words(db):
    hits = store.search_facts(db, "cao toc", kind="articles")
    assert hits[0]["url"] == factsdb.LAI_CHAU
    assert hits[0]["fact"] == "cao tốc" and "cao tốc" in hits[0]["sentence"]


def test_limit_caps_the_results(db):
    assert len(store.search_facts(db, "tinh", limit=2)) == 2


@pytest.mark.parametrize("query", ['"dien bien', "dien*", "dien AND", "dien-", "dien:bien", "^dien",
                                   "(dien", "dien)", "a OR", "{title}: dien", "NEAR(dien bien, 2)"])
def test_awkward_queries_run_without_fts_errors(db, query):
    assert isinstance(store.search_facts(db, query), list)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab đĐế*"():^-+{}NEAROTD, ')), max_size=20))
def test_any_query_gives_results_or_a_search_error(tmp_path_factory, query):
    db = _shared_db(tmp_path_factory)
    try:
        assert isinstance(store.search_facts(db, query), list)
    except search.SearchError:
        pass


_DB = {}


def _shared_db(tmp_path_factory):
    if "db" not in _DB:
        _DB["db"] = factsdb.build(tmp_path_factory.mktemp("fuzz") / "f.db")
    return _DB["db"]


def test_fts_indexes_are_not_rebuilt_when_the_shape_is_unchanged(db):
    before = db.execute("SELECT sql FROM sqlite_master WHERE name = 'figures_fts'").fetchone()
    store.ensure_db_shape(db)
    assert "remove_diacritics 0" in before[0]
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'figures_fts'").fetchone() == before
    assert db.execute("SELECT count(*) FROM figures_fts WHERE figures_fts MATCH 'dong'").fetchone()[0]


def test_an_index_with_the_old_tokenizer_is_rebuilt_with_its_rows(tmp_path):
    db = factsdb.build(tmp_path / "old.db")
    db["figures"].enable_fts(store.FTS_COLUMNS["figures"], create_triggers=True, replace=True)
    assert "remove_diacritics" not in db["figures_fts"].schema
    store.ensure_db_shape(db)
    assert "remove_diacritics 0" in db["figures_fts"].schema
    assert [h["fact"] for h in store.search_facts(db, "433", kind="figures")] == ["433 tỷ đồng"]


def test_a_decomposed_or_old_style_query_still_counts_as_exact(db):
    import unicodedata

    for query in [unicodedata.normalize("NFD", "Đắk Lắk"), "Đắk Lắk"]:
        assert store.search_facts(db, query)[0]["exact"] == 1
    assert search.fts_query("hoà", folded=False) == '("hòa")'


# Ranking and filters, on a database of its own: officials whose sentences hold the words of
# another's name, a phrase and the same words scattered, figures in several units.
@pytest.fixture(scope="module")
def ranked(tmp_path_factory):
    db = store.open_db(tmp_path_factory.mktemp("ranked") / "r.db")
    t = ("Chủ tịch UBND tỉnh Lò Văn Tiến kiểm tra vùng sạt lở ở huyện Tủa Chùa. "
         "Giám đốc Sở Tài chính Quàng Văn Hùng cho biết tiền hỗ trợ sau sạt lở đã được chuyển, "
         "đoàn văn công tỉnh cũng tới thăm bà con.")
    factsdb.add(db, "https://r.test/1", "Kiểm tra vùng sạt lở", t, "Điện Biên", "2024-08-02",
                "r", factsdb.Facts(officials=[
                    factsdb.official(t, "Lò Văn Tiến", "Chủ tịch UBND tỉnh", "UBND tỉnh Điện Biên"),
                    factsdb.official(t, "Quàng Văn Hùng", "Giám đốc Sở Tài chính", "Sở Tài chính")]))
    t = ("Huyện còn thiếu giáo viên tiếng Anh. Trường được giao thêm 12 phòng học, do thiếu "
         "kinh phí nên việc khởi công chậm. Lớp học nhờ ở nhà văn hóa, giáo án viết tay.")
    factsdb.add(db, "https://r.test/2", "Trường vùng cao thiếu giáo viên", t, "Lai Châu",
                "2023-09-05", "r", factsdb.Facts(
                    obstacles=[factsdb.obstacle(t, "thiếu giáo viên tiếng Anh", "nhân lực"),
                               factsdb.obstacle(t, "thiếu kinh phí", "vốn")],
                    figures=[factsdb.figure(t, "12 phòng học", 12, "phòng học", "số phòng học được giao")]))
    t = ("Năm 2023 tỉnh giải ngân 250 tỷ đồng vốn đầu tư công, đạt 85% kế hoạch. "
         "Kinh phí cho giáo viên hợp đồng là 18 tỷ đồng, bằng 7% tổng chi của ngành.")
    factsdb.add(db, "https://r.test/3", "Giải ngân vốn đầu tư công", t, "Lai Châu", "2023-12-20",
                "r", factsdb.Facts(figures=[
                    factsdb.figure(t, "250 tỷ đồng", 250e9, "VND", "vốn đầu tư công giải ngân"),
                    factsdb.figure(t, "85%", 0.85, "%", "tỷ lệ giải ngân vốn đầu tư công"),
                    factsdb.figure(t, "18 tỷ đồng", 18e9, "VND", "kinh phí cho giáo viên hợp đồng"),
                    factsdb.figure(t, "7%", 0.07, "%", "tỷ lệ trong tổng chi của ngành")]))
    return db


def test_officials_are_found_by_name_not_by_words_scattered_in_their_sentence(ranked):
    hits = store.search_facts(ranked, "lo van tien", kind="officials")
    assert [h["fact"] for h in hits] == ["Lò Văn Tiến"]
    assert [h["fact"] for h in store.search_facts(ranked, "tai chinh", kind="officials")] == [
        "Quàng Văn Hùng"]  # by the post


def test_a_match_in_the_facts_own_field_ranks_above_one_in_its_sentence(ranked):
    hits = store.search_facts(ranked, "giao vien", kind="figures")
    assert hits[0]["fact"] == "18 tỷ đồng" and hits[0]["in_field"] == 1
    assert [(h["fact"], h["in_field"]) for h in hits[1:]] == [("7%", 0)]  # in the sentence only


def test_words_together_rank_above_the_same_words_scattered(ranked):
    hits = store.search_facts(ranked, "giao vien")
    phrase = [i for i, h in enumerate(hits) if "giáo viên" in (h["sentence"] or "")]
    scattered = [i for i, h in enumerate(hits) if "giáo viên" not in (h["sentence"] or "")]
    assert phrase and max(phrase) < min(scattered or [len(hits)])
    # the second sentence holds "giao" and "vien" far apart (được giao … văn hóa … viết): no match
    assert "12 phòng học" not in {h["fact"] for h in hits}


@pytest.mark.parametrize("query", ["giao NOT vien", "giao -vien", "-vien giao"])
def test_exclusions_leave_out_accented_forms(ranked, query):
    hits = store.search_facts(ranked, query)
    assert hits and all("viên" not in (h["sentence"] or "") + (h["fact"] or "") for h in hits)


def test_total_and_offset_page_through_every_match(ranked):
    first = store.search_page(ranked, "tinh", limit=2)
    assert first.total > 2 and len(first.results) == 2 and not first.more
    rest = store.search_page(ranked, "tinh", limit=100, offset=2)
    assert rest.total == first.total and len(rest.results) == first.total - 2
    ids = [h["id"] for h in first.results + rest.results]
    assert len(set(ids)) == len(ids)
    assert store.search_page(ranked, "tinh", offset=999).results == []


def test_figures_by_unit_and_value_in_that_unit(ranked):
    hits = store.search_facts(ranked, "dau tu", unit="ty dong")
    assert {h["fact"] for h in hits} == {"250 tỷ đồng"}
    hits = store.search_facts(ranked, "ty dong", unit="tỷ đồng", minimum=20)
    assert [h["fact"] for h in hits] == ["250 tỷ đồng"]
    hits = store.search_facts(ranked, "ty dong", kind="figures", unit="VND", maximum=20e9)
    assert [h["fact"] for h in hits] == ["18 tỷ đồng"]
    assert [h["fact"] for h in store.search_facts(ranked, "giai ngan", unit="%")] == ["85%"]


def test_obstacles_by_category(ranked):
    assert [h["fact"] for h in store.search_facts(ranked, "thieu", category="von")] == [
        "thiếu kinh phí"]
    assert [h["fact"] for h in store.search_facts(ranked, "thieu", category="Nhân lực")] == [
        "thiếu giáo viên tiếng Anh"]


@pytest.mark.parametrize("args,message", [
    ({"kind": "officials", "unit": "%"}, "for figures"),
    ({"kind": "figures", "category": "vốn"}, "for obstacles"),
    ({"limit": 0}, "limit '0'"),
    ({"offset": -1}, "offset '-1'"),
    ({"since": "2023-02-30"}, "since '2023-02-30'"),
])
def test_bad_parameters_are_one_line_search_errors(ranked, args, message):
    with pytest.raises(search.SearchError, match=message):
        store.search_page(ranked, "tinh", **args)


def test_the_web_search_answers_bad_parameters_with_a_message(ranked):
    params = {"q": "tinh", "type": "people", "province": "", "since": "", "until": "",
              "limit": "", "offset": "", "unit": "", "min": "", "max": "", "category": ""}
    for key, value, message in [("type", "people", "type 'people': one of officials"),
                                ("limit", "-5", "limit '-5'"), ("since", "last year", "since")]:
        rows = ranked.execute(store.SEARCH_SQL, {**params, "type": "", key: value}).fetchall()
        assert len(rows) == 1 and rows[0][0] == "error" and message in rows[0][1]
    assert len(ranked.execute(store.SEARCH_SQL, {**params, "type": "figures"}).fetchall()) == 2


def test_a_long_query_is_cut_to_its_first_words_with_a_notice(ranked):
    long = "lo van tien " + " ".join(f"tu{i}" for i in range(2000))
    assert "only the first 32" in search.query_notice(long)
    assert search.query_notice("lo van tien") is None
    assert sum(len(t.words) for g in search.parse_query(long) for t in g) == 32
    assert store.search_facts(ranked, "lo van tien OR " + "x " * 5000, kind="officials")


def test_filter_tokens_follow_an_articles_province_date_and_republication(ranked):
    assert store.search_facts(ranked, "lo van tien", kind="officials", province="dien bien")
    ranked.execute("UPDATE articles SET province = 'Sơn La', published = '2025-01-02' "
                   "WHERE url = 'https://r.test/1'")
    assert not store.search_facts(ranked, "lo van tien", kind="officials", province="dien bien")
    assert store.search_facts(ranked, "lo van tien", kind="officials", province="son la",
                              since="2025", until="2025-01-02")
    other = ranked.execute("SELECT id FROM articles WHERE url = 'https://r.test/2'").fetchone()[0]
    ranked.execute("UPDATE articles SET duplicate_of = ? WHERE url = 'https://r.test/1'", [other])
    assert not store.search_facts(ranked, "lo van tien")
    ranked.execute("UPDATE articles SET duplicate_of = NULL, province = 'Điện Biên', "
                   "published = '2024-08-02' WHERE url = 'https://r.test/1'")
    assert store.search_facts(ranked, "lo van tien", kind="officials", province="Điện Biên")


_days = st.dates(min_value=__import__("datetime").date(1999, 1, 1),
                 max_value=__import__("datetime").date(2031, 12, 31))
_bound = st.one_of(st.none(), _days.flatmap(lambda d: st.sampled_from(
    [d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]])))


@settings(max_examples=300, deadline=None)
@given(_days, _bound, _bound)
def test_date_tokens_match_the_same_dates_as_comparing_the_text(day, since, until):
    published = day.isoformat()
    tokens = set(search.filter_tokens(published=published).split())
    covered = bool(tokens & set(search.date_tokens(since, until))) if since or until else True
    expected = ((not since or published >= since)
                and (not until or published[:len(until)] <= until))
    assert covered == expected


def test_a_fact_inserted_without_its_search_columns_gets_its_filter_tokens(ranked):
    article = ranked.execute("SELECT id FROM articles WHERE url = 'https://r.test/3'").fetchone()[0]
    ranked.execute("INSERT INTO obstacles (id, article_id, text, category, sentence, start, [end], "
                   "version) VALUES (7, ?, 'thiếu máy móc', 'thiết bị', 'Xã thiếu máy móc.', 0, 1, 't')",
                   [article])
    row = ranked.execute("SELECT search_filters FROM obstacles WHERE id = 7").fetchone()[0]
    assert row.split() == ["plaichau", "e202", "y2023", "q20234", "m202312", "t2023122",
                           "d20231220", "cthietbi"]
    ranked.execute("DELETE FROM obstacles WHERE id = 7")


def test_field_words_are_their_own_tokens_folded_and_as_written():
    assert search.field_tokens("Lò Văn Tiến") == "qflo qfvan qftien qelò qevăn qetiến"
    assert search.is_accent_free("dien bien") and not search.is_accent_free("Điện Biên")


def test_search_indexes_in_many_pieces_are_merged_into_one(tmp_path):
    db = factsdb.build(tmp_path / "m.db")
    segments = "SELECT count(DISTINCT segid) FROM figures_fts_idx"
    assert db.execute(segments).fetchone()[0] > 1  # one or more a transaction
    assert "figures_fts" in store.tidy_search_indexes(db, max_segments=1)
    assert db.execute(segments).fetchone()[0] == 1
    assert store.tidy_search_indexes(db, max_segments=1) == []
    assert [h["fact"] for h in store.search_facts(db, "433", kind="figures")] == ["433 tỷ đồng"]
