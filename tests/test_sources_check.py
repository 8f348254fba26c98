"""`newsmine sources --check`: the registry checked offline, one line per problem."""

import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmine.cli import cli
from newsmine.crawl import worker
from newsmine.sources import check_registry, load_sources

ROOT = Path(__file__).resolve().parents[1]
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def test_the_shipped_registry_passes_every_check():
    assert check_registry() == []
    result = CliRunner().invoke(cli, ["sources", "--check"])
    assert result.exit_code == 0, result.output
    assert "no problem" in result.output


def test_every_current_source_of_the_shipped_registry_has_evidence():
    current = [s for s in load_sources() if s.status == "current"]
    assert current and all(s.evidence for s in current)
    papers = [s for s in current if s.kind == "paper"]
    # most current papers have an article URL pattern and a body selector from the evidence
    assert sum("article_pattern" in s.hints for s in papers) >= 25
    assert sum("body_css" in s.hints for s in papers) >= 30
    # issue 18's bar: at least 20 current sources name a feed or a sitemap the evidence gives
    assert sum(bool(s.feeds or s.sitemaps) for s in current) >= 20


GOOD = f"""\
- key: good
  name: Good
  province: P
  home_url: https://good.vn/
  confidence: high
  hints: {{article_pattern: '-\\d+\\.html$', body_css: 'div.body', drop_css: ['.ads', 'div:has(> .x)']}}
  evidence: ['someone/crawler@{COMMIT}:sites/good.yml']
"""

BROKEN = GOOD + f"""\
- key: nofacts
  name: No facts
  province: P
  home_url: https://nofacts.vn/
  confidence: low
  evidence: []
- key: badurls
  name: Bad URLs
  province: P
  home_url: https://badurls.vn/
  feeds: ['ftp://badurls.vn/rss']
  confidence: medium
  evidence: ['https://example.org/page']
- key: badhints
  name: Bad hints
  province: P
  home_url: https://badhints.vn/
  confidence: medium
  hints: {{article_pattern: '-(\\d+\\.html$', body_css: 'div..body', drop_css: ['p:nope(1)'],
          hosts: ['not a host']}}
  evidence: ['a crawler I remember']
- key: twin
  name: Same host as good
  province: P
  home_url: https://www.good.vn/
  confidence: medium
  evidence: ['someone/crawler@{COMMIT}:sites/twin.yml']
- key: oldpaper
  name: Old paper
  province: P
  former_province: Q
  status: archive
  home_url: https://oldpaper.vn/
  confidence: medium
- key: orphan
  name: Orphan
  province: P
  former_province: R
  status: archive
  successor: nosuchkey
  home_url: https://orphan.vn/
  confidence: medium
"""


def _write(tmp_path, entries):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n" + entries, encoding="utf-8")
    return path


def test_a_clean_registry_passes(tmp_path):
    path = _write(tmp_path, GOOD)
    assert check_registry(path) == []
    result = CliRunner().invoke(cli, ["sources", "--check", "--registry", str(path)])
    assert result.exit_code == 0 and "1 sources (1 current), 1 with evidence" in result.output


def test_a_broken_registry_fails_with_one_line_per_problem(tmp_path):
    path = _write(tmp_path, BROKEN)
    result = CliRunner().invoke(cli, ["sources", "--check", "--registry", str(path)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    expected = [
        "badurls: not an http(s) URL: ftp://badurls.vn/rss",
        "nofacts: current source without evidence (confidence low",
        "badhints: hints.article_pattern '-(\\\\d+\\\\.html$' does not compile",
        "badhints: hints.body_css 'div..body' does not parse",
        "badhints: hints.drop_css 'p:nope(1)' does not parse",
        "badhints: hints.hosts 'not a host' is not a host name",
        "badhints: evidence 'a crawler I remember' is neither owner/repo@commit:path",
        "twin: host good.vn is also good's",
        "oldpaper: archive without a successor",
        "orphan: successor 'nosuchkey' is no key of the registry",
    ]
    for want in expected:
        assert sum(want in line for line in lines) == 1, (want, lines)
    assert len(lines) == len(expected)
    assert all(line.startswith(f"{path}: ") for line in lines)
    assert not any(line.split(": ")[1] == "good" for line in lines)


def test_entries_that_do_not_load_are_reported_not_raised(tmp_path):
    path = _write(tmp_path, GOOD + "- key: Bad Key\n  name: X\n  province: P\n  home_url: x\n"
                  "  confidence: sure\n- name: nameless\n")
    problems = check_registry(path)
    assert any("key 'Bad Key' is not a unique lower-case slug" in p for p in problems)
    assert any("confidence must be one of high, medium, low" in p for p in problems)
    assert any("entry 3: missing key" in p for p in problems)
    assert check_registry(tmp_path / "absent.yaml") == [f"{tmp_path / 'absent.yaml'}: registry not found"]


def test_the_user_agent_names_the_repository_of_pyproject():
    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    agent = worker.user_agent(None)
    assert agent.startswith("newsmine/") and f"(+{urls['Repository']};" in agent
    assert worker.user_agent("https://example.org/contact").count("https://example.org/contact") == 1


def test_the_repository_url_comes_from_the_installed_metadata_first(monkeypatch):
    class Meta:
        def get_all(self, name):
            return ["Homepage, https://example.org/", "Repository, https://example.org/repo"]

    class Dist:
        metadata = Meta()

    monkeypatch.setattr("importlib.metadata.distribution", lambda name: Dist())
    assert worker.project_url() == "https://example.org/repo"


@pytest.mark.parametrize("kind", ["paper", "portal"])
def test_sources_can_be_listed_by_kind(kind):
    result = CliRunner().invoke(cli, ["sources", "--kind", kind, "--json"])
    assert result.exit_code == 0 and result.output.strip()
