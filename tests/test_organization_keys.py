"""One body, one organizations row: the names articles write differently of one body (case,
tone marks, inner punctuation, "và") share facts.identity.organization_key, in new rows and,
by a migration step, in the rows of an older database."""

import json

from newsmine import store
from newsmine.facts.identity import organization_key
from newsmine.facts.records import Facts, OrganizationMention
from newsmine.store.common import stable_id
from test_store_access import database_at


def test_spellings_of_one_body_share_a_key_and_other_bodies_do_not():
    assert organization_key("Ủy ban nhân dân thành phố Hà Nội") == organization_key(
        "Ủy ban Nhân dân Thành phố Hà Nội")
    assert organization_key("Vụ Giáo dục đại học – Bộ Giáo dục và Đào tạo") == organization_key(
        "Vụ Giáo dục đại học, Bộ Giáo dục và Đào tạo")
    assert organization_key("Học viện Báo chí & Tuyên truyền") == organization_key(
        "Học viện Báo chí và Tuyên truyền")
    assert organization_key("Sở Y tế tỉnh Lai Châu") != organization_key("Sở Y tế tỉnh Điện Biên")
    assert organization_key("Công ty Habeco") != organization_key("Công ty Sabeco")


def _mention(db, url, name, surface):
    text = f"Đại diện {surface} cho biết đã họp."
    article_id = store.save_article(db, {"url": url, "title": "T", "text": text})
    start = text.index(surface)
    store.save_facts(db, article_id, Facts(organizations=[
        OrganizationMention(name, surface, start, start + len(surface), text)]), "test-1")


def test_two_articles_spelling_one_body_differently_make_one_row(tmp_path):
    db = store.open_db(tmp_path / "k.db")
    _mention(db, "http://x/1", "Ủy ban nhân dân thành phố Hà Nội", "UBND thành phố Hà Nội")
    _mention(db, "http://x/2", "Ủy ban Nhân dân Thành phố Hà Nội", "UBND Thành phố Hà Nội")
    rows = db.execute("SELECT id, name, aliases FROM organizations").fetchall()
    assert len(rows) == 1
    assert rows[0][1] == "Ủy ban nhân dân thành phố Hà Nội"  # the first name seen stays
    assert "Ủy ban Nhân dân Thành phố Hà Nội" in json.loads(rows[0][2])
    assert {r[0] for r in db.execute("SELECT organization_id FROM organization_mentions")} == {rows[0][0]}
    # another body stays its own row
    _mention(db, "http://x/3", "Ủy ban nhân dân thành phố Hải Phòng", "UBND thành phố Hải Phòng")
    assert store.count_rows(db)["organizations"] == 2


def test_the_migration_merges_an_older_databases_rows_of_one_body(tmp_path):
    path = tmp_path / "old.db"
    old = database_at(path, store.MIGRATIONS.index("organization_keys"))
    old["articles"].insert({"id": 1, "url": "http://a/1", "text": "x"})
    names = [("Vietjet", ["Vietjet Air"], 2), ("VietJet", [], 1), ("Bamboo Airways", [], 1)]
    mention = 0
    for name, aliases, count in names:  # as an older newsmine keyed them: by the name itself
        org_id = stable_id("organization", name)
        old["organizations"].insert({"id": org_id, "name": name, "aliases": json.dumps(aliases)})
        for _ in range(count):
            mention += 1
            old["organization_mentions"].insert({
                "id": mention, "organization_id": org_id, "surface": name, "article_id": 1,
                "sentence": name, "start": 0, "end": len(name), "version": "v"})
    old.close()
    db = store.open_db(path)
    rows = {r[1]: (r[0], json.loads(r[2])) for r in db.execute("SELECT id, name, aliases FROM organizations")}
    assert set(rows) == {"Vietjet", "Bamboo Airways"}  # the spelling most mentioned names the body
    assert set(rows["Vietjet"][1]) == {"VietJet", "Vietjet Air"}
    assert rows["Vietjet"][0] == stable_id("organization", organization_key("VietJet"))
    moved = db.execute("SELECT organization_id, count(*) FROM organization_mentions GROUP BY 1").fetchall()
    assert dict(moved) == {rows["Vietjet"][0]: 3, rows["Bamboo Airways"][0]: 1}
    assert store.count_rows(db)["organization_mentions"] == 4  # no mention lost
    hits = db.execute("SELECT count(*) FROM organizations_fts WHERE organizations_fts MATCH 'vietjet'").fetchone()[0]
    assert hits == 1
