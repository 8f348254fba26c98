"""The ranked search (store.SEARCH_SQL) against a plain reference on a small generated
database: each tier's full-text matches read in full, ranked and paged in Python."""

import pytest
from bench.bench_search import build

from newsmine import search, store
from newsmine.store import queries
from newsmine.store.schema import search_match

# Queries of every shape: broad and narrow words, accents, phrases, OR, exclusions, prefixes.
QUERIES = ["dien bien", "tinh", "chu tich ubnd", "Điện Biên", "sở tài chính", '"von dau tu"',
           "lo van OR giang", "dien -bien", "thi*", "nguyen thi lan", "ca phe", "cau pho dinh",
           "ty dong", "Lò Văn", "2022"]
FILTERS = [{}, {"kind": "officials"}, {"kind": "articles"}, {"kind": "figures"},
           {"province": "lai chau"}, {"since": "2021-03", "until": "2023-06-15"},
           {"province": "Điện Biên", "since": "2020"}, {"limit": 7, "offset": 30},
           {"limit": 300}, {"offset": 5000},
           {"kind": "figures", "unit": "ha", "minimum": 100, "maximum": 1500},
           {"kind": "obstacles", "category": "vốn"}]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = build(tmp_path_factory.mktemp("reference") / "r.db", 3000)["db"]
    with db.conn:  # a few republications, which no search finds
        db.execute("UPDATE articles SET duplicate_of = (SELECT max(b.id) FROM articles b "
                   "WHERE b.id < articles.id) WHERE id IN (SELECT id FROM articles "
                   "WHERE id % 7 = 0 AND id > 1 LIMIT 12)")
    return db


def _in_range(db, rowid, f) -> bool:
    factor = store.search.unit_of(f["unit"])[1] if f.get("unit") else 1
    value = db.execute("SELECT value FROM figures WHERE id = ?", [rowid]).fetchone()[0]
    return (f.get("minimum") is None or value >= f["minimum"] * factor) and (
        f.get("maximum") is None or value <= f["maximum"] * factor)


def reference(db, q, f):
    """(type, id, rank) of the page, the total and whether a tier was cut at its depth."""
    limit, offset = f.get("limit", 20), f.get("offset", 0)
    depth = max(queries.SEARCH_DEPTH, limit + offset)
    best, more = {}, False
    for kind in store.SEARCH_TYPES:
        if f.get("kind", kind) != kind:
            continue
        table = queries._SEARCH_TABLE[kind]
        for tier in queries._FIELD_TIERS.get(kind, queries._TIERS):
            match = search_match(q, tier, table, f.get("province"), f.get("since"),
                                 f.get("until"), f.get("unit"), f.get("category"))
            ids = [r for (r,) in db.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts "
                                           "MATCH ? ORDER BY rowid", [match])]
            if kind == "figures" and ("minimum" in f or "maximum" in f):
                ids = [r for r in ids if _in_range(db, r, f)]
            more = more or len(ids) > depth
            column = "search_field" if tier in ("exact_field", "together", "field") else (
                "search_folded")
            number = queries._TIERS.index(tier)
            for rowid in ids[:depth + 1]:  # the row that tells a tier was cut counts too
                (length,) = db.execute(f"SELECT length({column}) FROM {table} WHERE id = ?",
                                       [rowid]).fetchone()
                key = number + 0.5 * length / (length + 200.0)
                best[kind, rowid] = min(key, best.get((kind, rowid), key))
    ranked = sorted(best.items(), key=lambda item: (item[1], item[0][1]))
    return [(k, i, key) for (k, i), key in ranked[offset:offset + limit]], len(best), more


@pytest.mark.parametrize("q", QUERIES)
def test_the_ranked_search_gives_the_references_page_total_and_more(db, q):
    for f in FILTERS:
        page = store.search_page(db, q, **f)
        expected, total, more = reference(db, q, f)
        got = [(h["type"], h["id"], h["rank"]) for h in page.results]
        assert got == expected, (q, f)
        if got or not f.get("offset"):  # past the last page the total is counted again
            assert (page.total, page.more) == (total, more), (q, f)
        assert all(h["exact"] == (h["rank"] < 2) for h in page.results)


def test_the_reference_sees_capped_tiers_and_empty_pages(db):
    """The cases the comparison must cover are there: a tier cut at its depth, a page past
    the end, and a query that finds nothing."""
    assert reference(db, "tinh", {})[2]
    assert reference(db, "tinh", {"offset": 5000})[0] == []
    assert reference(db, "cau pho dinh", {})[1] == 0


def test_a_passage_is_the_first_sentence_with_every_word_else_the_first_with_the_most():
    text = ("Sáng nay, huyện Mường Chà tổ chức hội nghị.\n\n  Đoàn công tác của Sở Y tế đến xã. "
            "Sở Y tế tỉnh Điện Biên hỗ trợ xã Sa Lông. Sở Y tế tỉnh Điện Biên cũng thăm bản.")
    assert search.passage(text, "so y te dien bien") == (
        "Sở Y tế tỉnh Điện Biên hỗ trợ xã Sa Lông.")
    assert search.passage(text, "so y te lai chau") == "Đoàn công tác của Sở Y tế đến xã."
    assert search.passage(text, "-xa") == "Sáng nay, huyện Mường Chà tổ chức hội nghị."
    assert search.passage(" \n ", "so y te") == ""


def test_a_search_connection_gets_a_page_cache_for_its_indexes(db):
    store.search_facts(db, "dien bien")
    (size,) = db.execute("PRAGMA cache_size").fetchone()
    assert -size * 1024 == store.connect.SEARCH_CACHE_MIB * 2**20
