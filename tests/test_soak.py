"""A short soak (the CI version of `make soak`): Datasette, a search loop, `annotate --force`
and a crawl + extract of the demo sites on one database at once lose nothing and fail nowhere."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if not (ROOT / "corpus" / "demo" / "sites").is_dir():
    pytest.skip("no demo sites in this checkout", allow_module_level=True)
sys.path.insert(0, str(ROOT))
from bench.soak import soak


@pytest.mark.slow
def test_every_stage_at_once_loses_nothing(tmp_path):
    report = soak(20, tmp_path)
    for name in ("web", "search", "annotate", "crawl"):
        assert report[name]["done"] >= 1, name
        assert report[name]["errors"] == 0, (name, report[name]["examples"])
    assert report["articles_before"] > 0
    assert report["articles_lost"] == 0
    assert report["articles_unannotated"] == 0
