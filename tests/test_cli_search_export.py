"""`newsmine search` and `newsmine export` through click's test runner."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

import factsdb
from newsmine.cli import cli


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.db"
    factsdb.build(path).close()
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_search_without_diacritics_prints_fact_sentence_title_date_and_url(db_path):
    result = run("search", "dien bien", "--type", "figures", "--db", db_path)
    assert result.exit_code == 0, result.output
    assert "[figures] khoảng" not in result.output
    assert "433 tỷ đồng · kinh phí chuyển đổi số" in result.output
    assert "bố trí khoảng 433 tỷ đồng cho chuyển đổi số." in result.output
    assert "Điện Biên dành 433 tỷ đồng cho chuyển đổi số · 2022-03-10" in result.output
    assert factsdb.DIEN_BIEN_2022 in result.output
    assert factsdb.REPUBLISHED not in result.output


def test_search_json_ranks_exact_diacritics_first(db_path):
    result = run("search", "Đắk Lắk", "--json", "--db", db_path)
    page = json.loads(result.output)
    hits = page["results"]
    assert page["total"] == len(hits) and page["offset"] == 0 and page["more"] is False
    assert hits[0]["url"] == factsdb.DAK_LAK_EXACT and hits[0]["exact"] == 1
    assert factsdb.DAK_LAK_VARIANT in {h["url"] for h in hits}
    assert {"fact", "sentence", "article_title", "published", "url"} <= set(hits[0])


def test_search_csv_with_filters_and_limit(db_path):
    result = run("search", "lo van tien", "--type", "officials", "--province", "Điện Biên",
                 "--since", "2024", "--csv", "--db", db_path)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["fact"], r["detail"], r["published"]) for r in rows] == [
        ("Lò Văn Tiến", "Chủ tịch UBND tỉnh", "2024-01-15")]
    result = run("search", "tinh", "--json", "--limit", "1", "--db", db_path)
    assert len(json.loads(result.output)["results"]) == 1


def test_the_readmes_example_finds_only_that_official(db_path):
    result = run("search", "lo van tien", "--type", "officials", "--json", "--db", db_path)
    assert {h["fact"] for h in json.loads(result.output)["results"]} == {"Lò Văn Tiến"}


def test_text_output_says_how_many_and_offset_pages(db_path):
    result = run("search", "tinh", "--limit", "2", "--db", db_path)
    total = json.loads(run("search", "tinh", "--json", "--db", db_path).output)["total"]
    assert result.exit_code == 0 and total > 4
    assert result.output.splitlines()[-1] == f"2 of {total} results; --offset 2 for the next"
    assert result.output.startswith("1. [")
    result = run("search", "tinh", "--limit", "2", "--offset", "2", "--db", db_path)
    assert "\n3. [" in "\n" + result.output and f"3–4 of {total} results" in result.output
    first = json.loads(run("search", "tinh", "--json", "--limit", "2", "--db", db_path).output)
    second = json.loads(run("search", "tinh", "--json", "--limit", "2", "--offset", "2",
                            "--db", db_path).output)
    assert second["offset"] == 2 and second["total"] == first["total"]
    assert not {h["id"] for h in first["results"]} & {h["id"] for h in second["results"]}


def test_a_query_may_start_with_an_exclusion(db_path):
    result = run("search", "-chuyen dien bien", "--json", "--db", db_path)
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)["results"]
    assert hits and all("chuyển" not in h["sentence"] + (h["article_title"] or "") for h in hits
                        if h["type"] != "articles")


def test_figure_and_obstacle_filters(db_path):
    result = run("search", "dong", "--unit", "ty dong", "--min", "200", "--csv", "--db", db_path)
    assert [r["fact"] for r in csv.DictReader(io.StringIO(result.output))] == ["433 tỷ đồng"]
    result = run("search", "thieu", "--category", "nhân lực", "--json", "--db", db_path)
    assert [h["fact"] for h in json.loads(result.output)["results"]] == [
        "thiếu lao động có kỹ năng số"]


def test_a_long_query_is_cut_with_a_notice(db_path):
    result = run("search", "dien bien " + " ".join(["xa"] * 2000), "--db", db_path)
    assert "only the first 32 are searched" in result.output


@pytest.mark.parametrize("query", ['"dien bien', "dien*", "NEAR(dien bien", "dien AND", "(dien"])
def test_awkward_queries_just_work(db_path, query):
    result = run("search", query, "--db", db_path)
    assert result.exit_code == 0 and "Traceback" not in result.output


@pytest.mark.parametrize("query,message", [("*", "nothing to search for"),
                                           ('"', "nothing to search for"),
                                           ("NEAR(", "nothing to search for"),
                                           ("NOT dien", "only excludes words"),
                                           ("-dien", "only excludes words")])
def test_query_with_nothing_to_search_fails_in_one_line(db_path, query, message):
    result = run("search", query, "--db", db_path)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and message in result.output


@pytest.mark.parametrize("args", [["--limit", "-5"], ["--limit", "0"], ["--offset", "-1"],
                                  ["--min", "abc"], ["--max", ""], ["--type", "people"]])
def test_negative_or_invalid_values_are_usage_errors(db_path, args):
    result = run("search", "dien", *args, "--db", db_path)
    assert result.exit_code == 2 and "Invalid value" in result.output


@pytest.mark.parametrize("args,message", [
    (["--type", "officials", "--unit", "%"], "for figures"),
    (["--category", "vốn", "--type", "figures"], "for obstacles"),
    (["--since", "2023-13-01"], "--since '2023-13-01'"),
    (["--until", "last week"], "--until 'last week'"),
    (["--json", "--csv"], "exclude each other"),
])
def test_bad_options_fail_in_one_line(db_path, args, message):
    result = run("search", "dien", *args, "--db", db_path)
    assert result.exit_code == 1 and message in result.output
    assert result.output.count("\n") == 1


def test_search_export_and_serve_refuse_a_missing_database(tmp_path):
    for args in (["search", "x"], ["export", "--format", "csv"], ["serve"]):
        result = run(*args, "--db", tmp_path / "none.db")
        assert result.exit_code == 1 and "no such database" in result.output
        assert not (tmp_path / "none.db").exists()


def test_serve_refuses_a_corrupt_file_in_one_line_before_serving(tmp_path):
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(bytes(range(256)) * 20)
    result = run("serve", "--db", corrupt)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "not a usable SQLite database" in result.output
    assert "serving" not in result.output


def test_serve_refuses_a_port_in_use(db_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run("serve", "--db", db_path, "--port", taken.getsockname()[1])
    assert result.exit_code == 1 and "cannot listen" in result.output


def test_export_jsonl_has_provenance_and_leaves_out_duplicates(db_path):
    result = run("export", "--format", "jsonl", "--db", db_path)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {r["type"] for r in rows} == {"officials", "organizations", "figures", "obstacles"}
    assert len(rows) == 15  # 19 stored, 4 of them from the republication
    assert factsdb.REPUBLISHED not in {r["article_url"] for r in rows}
    for row in rows:
        assert {"article_url", "published", "sentence", "start", "end", "article_id"} <= set(row)
    figure = next(r for r in rows if r["type"] == "figures" and r["value"] == 433e9)
    assert figure["text"] == "433 tỷ đồng" and figure["published"] == "2022-03-10"
    assert figure["end"] - figure["start"] == len("433 tỷ đồng")


def test_export_csv_of_one_type_to_a_file(db_path, tmp_path):
    out = tmp_path / "figures.csv"
    result = run("export", "--type", "figures", "--format", "csv", "--out", out, "--db", db_path)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert sorted(r["text"] for r in rows) == ["120 tỷ đồng", "433 tỷ đồng", "65%", "hơn 1.200 hộ"]
    assert rows[0]["article_url"] == factsdb.DIEN_BIEN_2022
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_export_json_is_one_array_and_all_types_share_a_csv_header(db_path, tmp_path):
    result = run("export", "--format", "json", "--type", "obstacles", "--db", db_path)
    assert [r["category"] for r in json.loads(result.output)] == ["hạ tầng", "nhân lực", "vốn",
                                                                   "đất đai"]
    header = run("export", "--format", "csv", "--db", db_path).output.splitlines()[0].split(",")
    assert header[:2] == ["type", "id"] and {"name", "value", "category", "surface"} <= set(header)


def test_export_to_an_unwritable_place_fails_in_one_line(db_path, tmp_path):
    result = run("export", "--format", "csv", "--out", tmp_path / "no" / "dir.csv", "--db", db_path)
    assert result.exit_code == 1 and result.output.count("\n") == 1


def test_export_for_excel_has_a_bom_ids_as_text_and_dates_excel_reads(db_path, tmp_path):
    out = tmp_path / "figures.csv"
    result = run("export", "--type", "figures", "--excel", "--out", out, "--db", db_path)
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert all(r["id"].startswith('="') and r["id"].endswith('"') for r in rows)
    assert all(r["published"] == "" or len(r["published"]) <= 19 and "T" not in r["published"] for r in rows)
    values = {r["text"]: r["value"] for r in rows}
    assert values["433 tỷ đồng"] == "433000000000"


def test_export_refuses_two_formats_at_once(db_path):
    result = run("export", "--excel", "--format", "json", "--db", db_path)
    assert result.exit_code == 2 and "give one" in result.output


def test_export_keeps_the_articles_of_a_region_and_dates_asked_for(db_path):
    def exported(*filters):
        result = run("export", "--format", "jsonl", "--type", "figures", "--db", db_path, *filters)
        assert result.exit_code == 0, result.output
        return sorted((r["province"], r["published"], r["text"]) for r in map(json.loads, result.output.splitlines()))

    every = exported()
    assert exported("--province", "north-west") == [r for r in every if r[0] in ("Điện Biên", "Lai Châu")]
    assert exported("--province", "dak lak", "--since", "2023-07") == [
        r for r in every if r[0] == "Đắk Lắk" and r[1] >= "2023-07"]
    assert exported("--until", "2022") == [r for r in every if r[1] < "2023"] != []
    assert exported("--province", "Tây Nguyên", "--until", "2022") == []
    result = run("export", "--format", "jsonl", "--since", "2023-13", "--db", db_path)
    assert result.exit_code == 1 and "2023-13" in result.output and result.output.count("\n") == 1
