"""Lexicons are data with a format: a header, NFC, columns; a malformed line names file and line.
The annotator version follows the code and the lexicons."""

import unicodedata

import pytest

from newsmine.facts import lexicons
from newsmine.facts.lexicons import LexiconError, check_lexicons, lexicon_files


def test_every_shipped_lexicon_is_well_formed():
    check_lexicons()


@pytest.mark.parametrize("path", lexicon_files(), ids=lambda f: f.name)
def test_no_lexicon_repeats_an_entry(path):
    entries = [" ".join(line.split()) for line in path.read_text("utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    repeated = sorted({e for e in entries if entries.count(e) > 1})
    assert not repeated, f"{path.name}: {repeated}"


def _with_lexicon(monkeypatch, tmp_path, name, content):
    folder = tmp_path / "lexicons"
    folder.mkdir()
    (folder / name).write_text(content, "utf-8")

    class Files:
        def joinpath(self, *parts):
            return tmp_path.joinpath(*parts)

    monkeypatch.setattr(lexicons.resources, "files", lambda package: Files())
    lexicons.load_list.cache_clear()
    lexicons.load_table.cache_clear()


@pytest.mark.parametrize("name, content, message", [
    ("x.tsv", "# header\nUBND\tỦy ban nhân dân\nHĐND Hội đồng nhân dân\n", "x.tsv:3: expected TAB"),
    ("x.txt", "no header\nSở\n", "x.txt:1: no header"),
    ("x.txt", "# header\nSở\n" + unicodedata.normalize("NFD", "Bộ") + "\n", "x.txt:3: not in Unicode NFC"),
])
def test_a_malformed_line_names_its_file_and_line(monkeypatch, tmp_path, name, content, message):
    _with_lexicon(monkeypatch, tmp_path, name, content)
    load = lexicons.load_table if name.endswith(".tsv") else lexicons.load_list
    with pytest.raises(LexiconError, match=message):
        load(name)
    lexicons.load_list.cache_clear()
    lexicons.load_table.cache_clear()


def test_a_lexicon_in_sections_is_cut_at_its_marker_lines(monkeypatch, tmp_path):
    _with_lexicon(monkeypatch, tmp_path, "s.txt", "# header\nhãng\ncông ty\n-- firms listed --\ndoanh nghiệp\n"
                  "-- adverbs --\n")
    assert lexicons.load_sections("s.txt") == (("hãng", "công ty"), ("doanh nghiệp",), ())
    lexicons.load_list.cache_clear()
    lexicons.load_sections.cache_clear()


def test_the_annotator_version_is_a_digest_of_code_and_lexicons(monkeypatch):
    from newsmine import facts

    before = facts.annotator_version()
    assert before.startswith("facts-") and before == facts.ANNOTATOR_VERSION
    real_read = type(lexicon_files()[0]).read_bytes

    def edited(self):
        data = real_read(self)
        return data + b"\n# edited\n" if self.name == "posts.txt" else data

    monkeypatch.setattr(type(lexicon_files()[0]), "read_bytes", edited)
    facts.annotator_version.cache_clear()
    try:
        assert facts.annotator_version() != before
    finally:
        monkeypatch.undo()
        facts.annotator_version.cache_clear()
    assert facts.annotator_version() == before
