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


@pytest.mark.parametrize("query", ["*", '"', "NEAR(", "NOT dien", "OR", "  ", "()"])
def test_query_without_words_is_a_search_error(query):
    with pytest.raises(search.SearchError, match="nothing to search for"):
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


@pytest.mark.parametrize("query", ['"dien bien', "dien*", "dien AND", "-dien", "dien:bien", "^dien",
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
