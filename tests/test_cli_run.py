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
    assert counts["articles"] == 15  # the portal's 15 articles
    assert counts["officials"] and counts["figures"] and counts["obstacles"] and counts["organization_mentions"]
