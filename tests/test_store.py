import sqlite3

import pytest
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
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute(
            "INSERT INTO figures (text, article_id, sentence, start, \"end\", version) VALUES ('x', 42, 's', 0, 1, 'v')"
        )


def test_stable_id_is_stable_and_positive():
    assert store.stable_id("a", 1) == store.stable_id("a", 1)
    assert store.stable_id("a", 1) != store.stable_id("a", 2)
    assert 0 < store.stable_id("x") < 2**63


def test_count_rows_reports_zero_on_empty_database():
    db = sqlite_utils.Database(memory=True)
    store.ensure_db_shape(db)
    assert set(store.count_rows(db).values()) == {0}


def test_save_facts_replaces_an_articles_facts_and_keeps_offsets(tmp_path):
    from newsmine.facts.records import Facts, Figure, Official, OrganizationMention

    db = store.open_db(tmp_path / "f.db")
    text = "Phó Chủ tịch UBND tỉnh Lò Văn Tiến cho biết tỉnh bố trí 433 tỷ đồng."
    article_id = store.save_article(db, {"url": "http://x/a", "title": "T", "text": text, "province": "Điện Biên"})
    start = text.index("Lò Văn Tiến")
    fig = text.index("433 tỷ đồng")
    facts = Facts(
        officials=[Official("Lò Văn Tiến", "Phó Chủ tịch Ủy ban nhân dân tỉnh Điện Biên",
                            "Ủy ban nhân dân tỉnh Điện Biên", start, start + 11, text)],
        organizations=[OrganizationMention("Ủy ban nhân dân tỉnh Điện Biên", "UBND tỉnh", 13, 22, text)],
        figures=[Figure(433e9, "VND", "433 tỷ đồng", fig, fig + 11, sentence=text)],
    )
    store.save_facts(db, article_id, facts, "test-1", province="Điện Biên")
    store.save_facts(db, article_id, facts, "test-1", province="Điện Biên")  # twice: same rows
    counts = store.count_rows(db)
    assert counts["officials"] == 1 and counts["figures"] == 1 and counts["persons"] == 1
    row = db.execute('SELECT start, "end" FROM officials').fetchone()
    assert text[row[0]:row[1]] == "Lò Văn Tiến"
    aliases = db.execute("SELECT aliases FROM organizations").fetchone()[0]
    assert "UBND tỉnh" in aliases
    hits = db.execute("SELECT count(*) FROM officials_fts WHERE officials_fts MATCH 'tien'").fetchone()[0]
    assert hits == 1


def _save_official(db, url, province, published, name, title, organization):
    from newsmine.facts.records import Facts, Official

    text = f"{title} {name} phát biểu tại hội nghị."
    article_id = store.save_article(db, {"url": url, "title": "T", "text": text, "province": province,
                                         "published": published})
    start = text.index(name)
    store.save_facts(db, article_id, Facts(officials=[Official(name, title, organization, start,
                                                                start + len(name), text)]),
                     "test-1", province=province)


def test_one_person_across_articles_provinces_merged_in_2025_and_spellings(tmp_path):
    db = store.open_db(tmp_path / "p.db")
    _save_official(db, "http://x/1", "Hà Giang", "2024-05-01", "Nguyễn Văn Sơn",
                   "Giám đốc Sở Tài nguyên và Môi trường tỉnh Hà Giang", "Sở Tài nguyên và Môi trường tỉnh Hà Giang")
    _save_official(db, "http://x/2", "Tuyên Quang", "2025-09-01", "Nguyễn Văn Sơn",
                   "Giám đốc Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
                   "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang")
    _save_official(db, "http://x/3", "Tuyên Quang", "2025-10-01", "Nguyễn văn Sơn",
                   "Giám đốc Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
                   "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang")
    _save_official(db, "http://x/4", "Lai Châu", "2025-10-01", "Nguyễn Văn Sơn",
                   "Phó Chủ tịch Ủy ban nhân dân tỉnh Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu")
    assert db.execute("SELECT count(*) FROM persons").fetchone()[0] == 2  # Lai Châu's is another man
    cursor = db.execute(store.CANNED_SQL["official_history"], {"name": "nguyen van son"})
    columns = [d[0] for d in cursor.description]
    by_person = {}
    for row in (dict(zip(columns, r)) for r in cursor):
        by_person.setdefault(row["person_id"], []).append((row["published"], row["url"], row["title"]))
    assert sorted(len(posts) for posts in by_person.values()) == [1, 3]
    followed = max(by_person.values(), key=len)
    assert [url for _, url, _ in followed] == ["http://x/1", "http://x/2", "http://x/3"]  # each post, its article
    assert followed[0][2] == "Giám đốc Sở Tài nguyên và Môi trường tỉnh Hà Giang"


def test_a_central_official_is_one_person_whatever_province_the_article_is_about(tmp_path):
    db = store.open_db(tmp_path / "c.db")
    _save_official(db, "http://x/1", "Điện Biên", "2024-05-01", "Trần Văn Thuấn", "Thứ trưởng Bộ Y tế", "Bộ Y tế")
    _save_official(db, "http://x/2", "Lai Châu", "2024-06-01", "Trần Văn Thuấn", "Thứ trưởng Bộ Y tế", "Bộ Y tế")
    _save_official(db, "http://x/3", "Hà Nội", "2024-07-01", "Lê Thị Hà",
                   "Giám đốc Sở Y tế tỉnh Quảng Nam", "Sở Y tế tỉnh Quảng Nam")
    persons = dict(db.execute("SELECT name, province FROM persons").fetchall())
    assert persons == {"Trần Văn Thuấn": None, "Lê Thị Hà": "Quảng Nam"}
