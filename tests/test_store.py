import sqlite_utils

from newsmine import store


def test_ensure_db_shape_creates_every_contract_table_and_is_idempotent(tmp_path):
    db = store.open_db(tmp_path / "a.db")
    store.ensure_db_shape(db)
    store.ensure_db_shape(db)
    names = set(db.table_names())
    for table in ["sources", "pages", "articles", "persons", "officials", "organizations",
                  "organization_mentions", "figures", "obstacles"]:
        assert table in names
    assert store.schema_version(db) == len(store.MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_contract_columns_exist():
    db = sqlite_utils.Database(memory=True)
    store.ensure_db_shape(db)
    contract = {
        "pages": ["url", "final_url", "status", "content_type", "fetched_at", "sha256", "source"],
        "articles": ["id", "url", "source", "title", "sapo", "published", "author", "origin",
                     "text", "province", "duplicate_of"],
        "officials": ["id", "article_id", "person_id", "name", "title", "organization",
                      "sentence", "start", "end", "version"],
        "organization_mentions": ["id", "article_id", "organization_id", "surface", "sentence",
                                  "start", "end", "version"],
        "figures": ["id", "article_id", "value", "unit", "item", "qualifier", "measure", "period",
                    "text", "sentence", "start", "end", "version"],
        "obstacles": ["id", "article_id", "text", "category", "sentence", "start", "end", "version"],
    }
    for table, columns in contract.items():
        assert set(columns) <= set(db[table].columns_dict), table


def test_folded_shadow_column_lets_accent_free_query_find_article():
    db = sqlite_utils.Database(memory=True)
    store.ensure_db_shape(db)
    row = {"id": 1, "url": "http://x/1", "title": "Chuyển đổi số tại Điện Biên", "text": "Đắk Lắk"}
    row["search_folded"] = store.folded_text("articles", row)
    db["articles"].insert(row)
    hits = db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", ['"dien bien"']
    ).fetchall()
    assert hits == [(1,)]
    assert db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'dak'").fetchone()[0] == 1


def test_foreign_keys_reject_fact_without_article(tmp_path):
    db = store.open_db(tmp_path / "fk.db")
    try:
        db.execute(
            "INSERT INTO figures (text, article_id, sentence, start, \"end\", version) VALUES ('x', 42, 's', 0, 1, 'v')"
        )
    except Exception as error:
        assert "FOREIGN KEY" in str(error)
    else:
        raise AssertionError("a fact row without its article was accepted")


def test_stable_id_is_stable_and_positive():
    assert store.stable_id("a", 1) == store.stable_id("a", 1)
    assert store.stable_id("a", 1) != store.stable_id("a", 2)
    assert 0 < store.stable_id("x") < 2**63


def test_count_rows_reports_zero_on_empty_database():
    db = sqlite_utils.Database(memory=True)
    store.ensure_db_shape(db)
    assert set(store.count_rows(db).values()) == {0}
