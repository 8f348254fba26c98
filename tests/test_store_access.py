"""One writer, many readers: read-only commands never change or create a database, writers
shape it once in one transaction, and a file that is not newsmine's is left alone."""

import hashlib
import re
import sqlite3
import stat
import threading

import pytest
import sqlite_utils
from click.testing import CliRunner

import factsdb
from newsmine import store
from newsmine.cli import cli
from newsmine.facts.records import Facts, Official
from newsmine.store import schema

READ_COMMANDS = {
    "stats": ["stats"],
    "search": ["search", "dien bien"],
    "export": ["export", "--format", "csv"],
    "explain": ["explain", "--article", "{article}"],
    "conflicts": ["conflicts", "--json"],
}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_state(path):
    """The schema cookie (bumped by every CREATE or DROP) and sqlite_master, read aside."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return (conn.execute("PRAGMA schema_version").fetchone()[0],
                conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall())
    finally:
        conn.close()


def database_at(path, version, views=False):
    """A database as an older newsmine left it: its first `version` steps, search indexes,
    the views when asked, and no migrations ledger."""
    db = sqlite_utils.Database(path)
    store.ensure_functions(db.conn)  # a step may call them
    with store.transaction(db):
        for _, script in store.STEPS[:version]:
            if callable(script):
                script(db)
                continue
            for statement in script.split(";"):
                if statement.strip():
                    db.execute(statement)
        db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", [str(version)])
        for table, columns in store.FTS_COLUMNS.items():  # those its tables had
            columns = [c for c in columns if c in db[table].columns_dict]
            db[table].enable_fts(columns, create_triggers=True, tokenize=store.FTS_TOKENIZE)
        for name, sql in store.VIEWS.items() if views else ():
            db.execute(f"CREATE VIEW {name} AS {sql}")
    db.enable_wal()
    return db


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("access") / "built.db"
    factsdb.build(path).close()
    return path


@pytest.fixture
def read_only_copy(built, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(built.read_bytes())
    copy.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return copy


@pytest.mark.parametrize("command", list(READ_COMMANDS))
def test_a_read_only_copy_serves_every_read_command_unchanged(read_only_copy, command):
    article = sqlite3.connect(read_only_copy).execute("SELECT min(id) FROM articles").fetchone()[0]
    before = digest(read_only_copy)
    args = [a.format(article=article) for a in READ_COMMANDS[command]]
    result = run(*args, "--db", read_only_copy)
    assert result.exit_code == 0, result.output
    assert result.output.strip() or command == "conflicts"  # the small database has none
    assert digest(read_only_copy) == before


def test_a_reader_connection_refuses_writes(built):
    db = store.open_db(built, readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("DELETE FROM articles")
    db.close()


def test_datasette_serves_a_read_only_copy(read_only_copy):
    import asyncio

    from newsmine.serve import make_datasette

    ds = make_datasette(read_only_copy)
    response = asyncio.run(ds.client.get("/newsmine/official_posts.json?_shape=objects"))
    assert response.status_code == 200, response.text[:300]
    assert "Lò Văn Tiến" in {r["name"] for r in response.json()["rows"]}


@pytest.mark.parametrize("command", list(READ_COMMANDS))
def test_a_missing_path_is_one_line_and_creates_nothing(tmp_path, command):
    path = tmp_path / "missing" / "dir" / "x.db"
    args = [a.format(article=1) for a in READ_COMMANDS[command]]
    result = run(*args, "--db", path)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "no such database" in result.output
    assert not (tmp_path / "missing").exists()


def test_a_reader_on_a_missing_path_creates_nothing(tmp_path):
    with pytest.raises(store.StoreError, match="no such database"):
        store.open_db(tmp_path / "nowhere" / "x.db", readonly=True)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("readonly", [False, True], ids=["writer", "reader"])
def test_a_sqlite_file_of_another_program_is_refused_untouched(tmp_path, readonly):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('mine')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(store.StoreError, match="not a newsmine database"):
        store.open_db(path, readonly=readonly)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database at all, but long enough to have a header of sorts\n" * 20)
    before = digest(path)
    with pytest.raises(store.StoreError, match="not a usable SQLite database"):
        store.open_db(path)
    assert digest(path) == before


def test_the_cli_refuses_a_foreign_database_in_one_line(tmp_path):
    path = tmp_path / "other.db"
    sqlite_utils.Database(path)["notes"].insert({"body": "mine"})
    result = run("stats", "--db", path)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "not a newsmine database" in result.output


def test_a_readers_open_leaves_the_schema_unchanged(built):
    before = schema_state(built)
    store.open_db(built, readonly=True).close()
    assert schema_state(built) == before


def test_a_writers_open_of_a_current_database_leaves_the_schema_unchanged(built):
    before = schema_state(built)
    store.open_db(built).close()
    assert schema_state(built) == before


def test_a_current_database_from_before_the_ledger_is_left_as_it_is(tmp_path):
    path = tmp_path / "current.db"
    database_at(path, store.SCHEMA_VERSION, views=True).close()
    before = schema_state(path)
    db = store.open_db(path)
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert "_sqlite_migrations" not in db.table_names()
    db.close()
    assert schema_state(path) == before


def test_an_older_database_is_migrated_by_a_writer_to_the_current_version(tmp_path):
    path = tmp_path / "v2.db"
    database_at(path, 2).close()
    db = store.open_db(path)
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert "rule" in db["figures"].columns_dict and "site_name" in db["articles"].columns_dict
    ledger = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert ledger == store.MIGRATIONS
    assert set(store.VIEWS) <= set(db.view_names())


def test_a_failed_migration_leaves_the_older_version_intact(tmp_path):
    path = tmp_path / "v3.db"
    db = database_at(path, 3)
    db.execute("ALTER TABLE obstacles ADD COLUMN rule TEXT")  # the last ALTER of step 4 will fail
    db.close()
    with pytest.raises(store.StoreError, match="failed .duplicate column.*left as it was"):
        store.open_db(path)
    db = sqlite_utils.Database(path)
    assert store.schema_version(db) == 3
    assert "rule" not in db["officials"].columns_dict  # step 4's first ALTER rolled back
    assert not set(store.VIEWS) & set(db.view_names())


def test_a_reader_reads_an_older_database_missing_only_additive_steps_as_it_is(tmp_path,
                                                                              monkeypatch):
    monkeypatch.setattr(schema, "READABLE_WITHOUT", set(store.MIGRATIONS[3:]))
    path = tmp_path / "v3.db"
    db = database_at(path, 3)
    db.execute("INSERT INTO articles (id, url, text) VALUES (1, 'http://x/1', 'Điện Biên mới.')")
    db.close()
    before = schema_state(path)
    result = run("stats", "--db", path)  # (search reads the columns of step search_columns)
    assert result.exit_code == 0, result.output
    assert re.search(r"^articles +1$", result.output, re.MULTILINE)
    assert schema_state(path) == before


def test_a_reader_refuses_a_database_without_the_measure_keys_it_reads(tmp_path):
    path = tmp_path / "v4.db"
    database_at(path, 4).close()
    with pytest.raises(store.StoreError, match="version 4 is older than this newsmine's.*extract"):
        store.open_db(path, readonly=True)


@pytest.mark.parametrize("readonly", [False, True], ids=["writer", "reader"])
def test_a_newer_database_is_refused(tmp_path, readonly):
    path = tmp_path / "new.db"
    database_at(path, 4).execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(store.StoreError, match="newer than this newsmine"):
        store.open_db(path, readonly=readonly)


def test_a_writer_uses_wal_and_waits_for_the_write_lock(tmp_path):
    db = store.open_db(tmp_path / "w.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == store.connect.WRITER_BUSY_SECONDS * 1000


def test_readers_and_a_writer_in_threads_on_one_file_lose_nothing(tmp_path):
    path = tmp_path / "shared.db"
    store.open_db(path).close()
    articles, errors, reads = 40, [], {0: [], 1: []}
    done = threading.Event()

    def write():
        try:
            db = store.open_db(path)
            for i in range(articles):
                text = f"Chủ tịch UBND tỉnh Lò Văn Tiến {i} chủ trì hội nghị."
                article_id = store.save_article(db, {"url": f"http://x/{i}", "title": f"T{i}",
                                                     "text": text, "province": "Điện Biên"})
                name = f"Lò Văn Tiến {i}"
                start = text.index(name)
                facts = Facts(officials=[Official(name, "Chủ tịch", "UBND tỉnh", start,
                                                  start + len(name), text)])
                store.save_facts(db, article_id, facts, "v1", province="Điện Biên")
            db.close()
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(f"writer: {error!r}")
        finally:
            done.set()

    def read(reader):
        while not done.is_set() or len(reads[reader]) < 3:
            try:
                db = store.open_db(path, readonly=True)
                n = db.execute("SELECT count(*) FROM official_posts").fetchone()[0]
                store.search_facts(db, "lo van tien", limit=5)
                db.close()
                reads[reader].append(n)
            except Exception as error:  # noqa: BLE001 - reported by the assertion below
                errors.append(f"reader: {error!r}")
                return

    threads = [threading.Thread(target=write)]
    threads += [threading.Thread(target=read, args=(reader,)) for reader in reads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(seen == sorted(seen) for seen in reads.values())  # whole transactions, in order
    counts = store.count_rows(store.open_db(path, readonly=True))
    assert counts["articles"] == articles and counts["officials"] == articles


def test_sql_functions_bound_their_input():
    """Anyone may call newsmine's SQL functions from Datasette's SQL box: a huge text is cut
    to MAX_SQL_TEXT, huge search words to MAX_SQL_QUERY, and a blob gives NULL."""
    import sqlite3

    from newsmine.search import MAX_TERMS
    from newsmine.store.schema import MAX_SQL_QUERY, MAX_SQL_TEXT, ensure_functions

    conn = sqlite3.connect(":memory:")
    ensure_functions(conn)
    huge = "replace(hex(zeroblob(:n)), '00', :unit)"
    folded, = conn.execute(f"SELECT newsmine_fold({huge})", {"n": MAX_SQL_TEXT, "unit": "Đệ"}).fetchone()
    assert folded == "de" * (MAX_SQL_TEXT // 2)
    query = conn.execute(f"SELECT newsmine_match({huge})", {"n": 50_000, "unit": "lúa "}).fetchone()[0]
    assert query.count("lua") == min(MAX_SQL_QUERY // len("lúa "), MAX_TERMS)  # cut twice
    sentence = "Sản lượng lúa của Điện Biên đạt 200 nghìn tấn."
    assert conn.execute(f"SELECT newsmine_surface(:s, {huge})",
                        {"s": sentence, "n": 50_000, "unit": '"dien bien" '}).fetchone()[0] == "Điện Biên"
    assert conn.execute("SELECT newsmine_fold(zeroblob(10)), newsmine_words(x'00', 'a')").fetchone() == (
        None, None)
