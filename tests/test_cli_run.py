"""`newsmine run`: the whole chain on one demo site served locally."""

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmine import store
from newsmine.cli import cli

DEMO = Path(__file__).resolve().parent.parent / "corpus" / "demo"


@pytest.mark.slow
@pytest.mark.skipif(not (DEMO / "sites").is_dir(), reason="no demo sites in this checkout")
def test_run_crawls_extracts_and_annotates_a_site(tmp_path):
    sys.path.insert(0, str(DEMO))
    from serve import start_demo_servers

    urls, stop = start_demo_servers("127.0.0.1", 0, log=None)
    try:
        db_path = tmp_path / "run.db"
        result = CliRunner().invoke(cli, ["run", urls[1], "--db", str(db_path), "--delay", "0"])
    finally:
        stop()
    assert result.exit_code == 0, result.output
    counts = store.count_rows(store.open_db(db_path))
    assert counts["articles"] == 16  # the portal's 16 articles
    assert counts["officials"] and counts["figures"] and counts["obstacles"] and counts["organization_mentions"]


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.slow
@pytest.mark.skipif(not (DEMO / "sites").is_dir(), reason="no demo sites in this checkout")
def test_run_all_goes_on_past_a_site_that_is_down_and_fails_in_the_end(tmp_path):
    import json

    sys.path.insert(0, str(DEMO))
    from serve import start_demo_servers

    urls, stop = start_demo_servers("127.0.0.1", 0, log=None)
    down = f"http://127.0.0.1:{_closed_port()}/"
    registry, all_up = tmp_path / "sources.yaml", tmp_path / "up.yaml"
    entries = [("demo-bien", urls[0] + "/"), ("demo-down", down), ("demo-chau", urls[1] + "/")]
    lines = [f"- {{key: {key}, name: {key}, province: Lai Châu, home_url: '{url}', confidence: high}}\n"
             for key, url in entries]
    registry.write_text("sources:\n" + "".join(lines) + "- {key: demo-old, name: old, province: Lai Châu,"
                        " status: archive, successor: demo-chau, home_url: 'http://127.0.0.1:9/',"
                        " confidence: low}\n", encoding="utf-8")
    all_up.write_text("sources:\n" + lines[0] + lines[2], encoding="utf-8")
    db_path = tmp_path / "all.db"
    try:
        args = ["run", "--all", "--registry", str(registry), "--db", str(db_path), "--delay", "0",
                "--max-pages", "20", "--jobs", "1"]
        table = CliRunner().invoke(cli, args)
        again = CliRunner().invoke(cli, [*args, "--json"])
        up = CliRunner().invoke(cli, [*args[:3], str(all_up), *args[4:]])
    finally:
        stop()
    assert up.exit_code == 0, up.output  # every site reached: the same table, and success
    assert up.stdout.splitlines()[-1].startswith("2 of 2 sources ok")
    assert table.exit_code == 1, table.output
    lines = table.stdout.splitlines()
    assert lines[0].split()[:2] == ["source", "status"]
    rows = {line.split()[0]: line.split()[1] for line in lines[1:4]}
    assert rows == {"demo-bien": "ok", "demo-down": "FAILED", "demo-chau": "ok"}  # archive not run
    assert any(line.startswith("failed: demo-down: site not reached") for line in lines)
    assert lines[-1].startswith("2 of 3 sources ok")
    counts = store.count_rows(store.open_db(db_path))
    assert counts["articles"] > 0 and counts["officials"]
    # the second run is incremental and says the same in JSON
    assert again.exit_code == 1
    summary = json.loads(again.stdout)
    assert (summary["ok"], summary["failed"]) == (2, 1)
    by_key = {s["key"]: s for s in summary["sources"]}
    assert not by_key["demo-down"]["ok"] and "site not reached" in by_key["demo-down"]["error"]
    assert by_key["demo-chau"]["ok"] and by_key["demo-chau"]["requests"] > 0


def test_run_needs_a_source_or_all():
    assert CliRunner().invoke(cli, ["run"]).exit_code == 2
    assert CliRunner().invoke(cli, ["run", "x", "--all"]).exit_code == 2
