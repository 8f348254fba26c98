import json

from click.testing import CliRunner

from newsmine import store
from newsmine.cli import cli


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_stats_on_empty_database_lists_every_table_with_zero(tmp_path):
    store.open_db(tmp_path / "e.db").close()  # stats only reads: a writer creates the database
    result = run("stats", "--db", str(tmp_path / "e.db"))
    assert result.exit_code == 0
    lines = dict(line.split() for line in result.output.splitlines())
    for table in ["sources", "pages", "articles", "persons", "officials", "organizations",
                  "organization_mentions", "figures", "obstacles"]:
        assert lines[table] == "0"


def test_stats_on_a_file_that_is_not_sqlite_fails_in_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    result = run("stats", "--db", str(bad))
    assert result.exit_code != 0
    assert len(result.output.strip().splitlines()) == 1 and "error" in result.output


def write(tmp_path, lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_malformed_gold_bad_json_names_the_line(tmp_path):
    path = write(tmp_path, ['{"id": "a", "text": "x"}', "{not json"])
    result = run("eval", path)
    assert result.exit_code != 0
    assert "line 2" in result.output and len(result.output.strip().splitlines()) == 1


def test_malformed_gold_missing_id_and_missing_input(tmp_path):
    assert "missing 'id'" in run("eval", write(tmp_path, ['{"text": "x"}'])).output
    result = run("eval", write(tmp_path, ['{"id": "a"}']))
    assert result.exit_code != 0 and "exactly one of 'text' or 'html_path'" in result.output


def test_eval_json_has_every_type_and_overall(tmp_path):
    path = write(tmp_path, [json.dumps({"id": "a", "text": "Một câu.", "figures": []})])
    result = run("eval", path, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["articles"] == 1
    assert {"officials", "organizations", "figures", "obstacles", "overall"} <= set(report)


def test_predict_writes_one_gold_format_line_per_article(tmp_path):
    path = write(tmp_path, [json.dumps({"id": "a", "text": "Một."}), json.dumps({"id": "b", "text": "Hai."})])
    result = run("predict", path)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert all(set(line) >= {"officials", "organizations", "figures", "obstacles"} for line in lines)


def test_every_command_has_help():
    for name, command in cli.commands.items():
        assert command.help, name
        assert run(name, "--help").exit_code == 0


def test_predict_process_loads_neither_the_store_nor_trafilatura(tmp_path):
    """`predict` on plain texts starts with the fact engine only (not even spaCy's command
    line): its start-up is part of every whole-process run (bench: predict_vs_ner_process)."""
    import subprocess
    import sys

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, "
                                "cho biết năm nay tỉnh trồng 120 ha rừng."}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    script = ("import sys; from newsmine.cli import cli\n"
              "try:\n    cli(['predict', sys.argv[1], '--jobs', '1'])\n"
              "except SystemExit:\n    pass\n"
              "print(sorted(m for m in ('trafilatura', 'sqlite_utils', 'newsmine.store', 'htmldate',"
              " 'spacy.cli') if m in sys.modules))\n"
              "import spacy.cli\nprint(callable(spacy.cli.setup_cli))")
    result = subprocess.run([sys.executable, "-c", script, str(gold)], capture_output=True, text=True,
                            check=True)
    lines = result.stdout.splitlines()
    assert json.loads(lines[0])["id"] == "a"
    assert lines[-2:] == ["[]", "True"]  # spaCy's own command line still loads when asked for


def test_export_choices_are_the_store_export_types():
    from newsmine import search

    assert store.EXPORT_TYPES == search.FACT_TYPES


def test_eval_misses_lists_what_is_extra_missed_and_wrong(tmp_path):
    text = "Năm 2024, xã Nà Tấu trồng mới 120 ha cà phê. Ông Lò Văn Minh, Chủ tịch UBND xã Nà Tấu, dự lễ."
    gold = {"id": "a", "text": text, "province": "Điện Biên", "published": "2024-05-02",
            "officials": [{"name": "Lò Văn Minh", "title": "Chủ tịch Ủy ban nhân dân xã Nà Tấu",
                           "organization": "Sở Tài chính tỉnh Điện Biên"}],
            "organizations": [{"name": "Hội Nông dân tỉnh Điện Biên"}],
            "figures": [], "obstacles": []}
    path = write(tmp_path, [json.dumps(gold, ensure_ascii=False)])
    result = run("eval", path, "--misses", "--json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    found = {(m["kind"], m["miss"]) for m in listed}
    assert ("organizations", "missed") in found  # the gold body the text never names
    assert ("figures", "extra") in found  # 120 ha, which this gold leaves out
    wrong = [m for m in listed if m["miss"] == "wrong"]
    assert [m["scores"] for m in wrong] == [{"organization": 0.0}]  # the official found, his body not the gold's
    lines = run("eval", path, "--misses").output.splitlines()
    assert len(lines) == len(listed) and all(line.startswith("a ") for line in lines)


def test_explain_shows_the_category_shown_not_the_one_the_filter_reads():
    # the filter's own reading of a vehicle's damage (Obstacle.filter_category) is no fact field
    result = run("explain", "Cú va chạm trên quốc lộ 12 khiến 3 phương tiện hư hỏng nặng.", "--json")
    assert result.exit_code == 0, result.output
    obstacles = [f for f in json.loads(result.output)["facts"] if f["kind"] == "obstacles"]
    assert [f["category"] for f in obstacles] == ["other"]
    assert all("filter_category" not in f for f in obstacles)
