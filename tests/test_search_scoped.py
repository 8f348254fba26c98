"""A search filtered by province reads the words scoped by province (search_scoped), which a
migration step adds to older databases and triggers keep in step with the article."""

import pytest

import factsdb
from newsmine import search, store
from newsmine.textnorm import fold
from test_store_access import database_at


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return factsdb.build(tmp_path_factory.mktemp("scoped") / "s.db")


def test_scoped_words_are_each_distinct_word_once_behind_the_province():
    words = search.scoped_words("Điện Biên", "ubnd tinh dien bien tinh", "qfchu qftich qechủ")
    assert words.split() == ["s8xdienbien" + w for w in
                             ["ubnd", "tinh", "dien", "bien", "chu", "tich"]]
    assert search.scoped_words(None, "ubnd tinh", "") == ""
    assert search.scoped_expression("dien bien -ubnd OR lak*", "Đắk Lắk") == (
        'search_scoped : (("s6xdaklakdien" AND "s6xdaklakbien") OR ("s6xdaklaklak"*))')


@pytest.mark.parametrize("query", ["dien bien", "ubnd tinh", "tinh -ubnd", "Điện Biên",
                                   "lo van tien", "so tai OR lak", "ti*", "433 ty dong",
                                   "dien_bien", "_ OR tinh"])
def test_a_province_filter_keeps_the_same_hits_in_the_same_order(db, query):
    every = store.search_facts(db, query, limit=1000)
    provinces = {h["province"] for h in every if h["province"]}
    assert provinces, query
    for province in provinces | {"Cà Mau"}:
        filtered = store.search_facts(db, query, province=fold(province).upper(), limit=1000)
        assert [(h["type"], h["id"]) for h in filtered] == [
            (h["type"], h["id"]) for h in every if fold(h["province"] or "") == fold(province)]


def _official(db, fact_id: int, article_id: int, name: str, sentence: str) -> None:
    db["officials"].insert({"id": fact_id, "article_id": article_id, "name": name,
                            "title": "Chủ tịch UBND tỉnh", "sentence": sentence, "start": 0,
                            "end": len(name), "version": "v",
                            "search_folded": fold(f"{name} Chủ tịch UBND tỉnh {sentence}"),
                            "search_field": search.field_tokens(f"{name} Chủ tịch UBND tỉnh")})


def test_the_migration_scopes_the_words_of_an_older_database(tmp_path):
    path = tmp_path / "old.db"
    old = database_at(path, store.MIGRATIONS.index("scoped_words"))
    for article_id, province in ((1, "Điện Biên"), (2, "Lai Châu")):
        old["articles"].insert({"id": article_id, "url": f"http://a/{article_id}", "text": "x",
                                "province": province, "published": "2024-05-02"})
        _official(old, article_id * 10, article_id, "Lò Văn Tiến", "Ông Lò Văn Tiến dự họp.")
    old.close()
    db = store.open_db(path)
    assert "s8xdienbientien" in db.execute("SELECT search_scoped FROM officials WHERE id = 10"
                                           ).fetchone()[0].split()
    assert db.execute("SELECT count(DISTINCT segid) FROM officials_fts_idx").fetchone()[0] == 1
    hits = store.search_facts(db, "lo van tien", kind="officials", province="dien bien")
    assert [h["article_id"] for h in hits] == [1]
    # an article moved to another province takes its facts' scoped words along
    db.execute("UPDATE articles SET province = 'Sơn La' WHERE id = 1")
    assert store.search_facts(db, "lo van tien", kind="officials", province="dien bien") == []
    hits = store.search_facts(db, "lo van tien", kind="officials", province="son la")
    assert [h["article_id"] for h in hits] == [1]
    # a fact written without its scoped words gets them from its article
    _official(db, 21, 2, "Giàng A Chứ", "Ông Giàng A Chứ phát biểu.")
    hits = store.search_facts(db, "giang a chu", kind="officials", province="lai chau")
    assert [h["article_id"] for h in hits] == [2]


def test_the_migration_writes_the_dates_in_every_size(tmp_path):
    path = tmp_path / "old.db"
    old = database_at(path, store.MIGRATIONS.index("scoped_words"))
    old["articles"].insert({"id": 1, "url": "http://a/1", "text": "x", "province": "Lai Châu",
                            "published": "2024-06-12"})
    _official(old, 10, 1, "Lò Văn Tiến", "Ông Lò Văn Tiến dự họp.")
    # as an older newsmine wrote it: the year, month and day alone
    old.execute("UPDATE officials SET search_filters = 'plaichau y2024 m202406 d20240612'")
    old.close()
    db = store.open_db(path)
    for table in ("articles", "officials"):
        tokens = db.execute(f"SELECT search_filters FROM {table}").fetchone()[0].split()
        assert {"e202", "y2024", "q20242", "m202406", "t2024062", "d20240612"} <= set(tokens)
    hits = store.search_facts(db, "lo van tien", kind="officials", since="2024-04", until="2024-06-15")
    assert [h["id"] for h in hits] == [10]
