"""The shared lexicons (newsmine/lexicons/): boilerplate.tsv is one list of box headings read by
the extract stage and the fact stage; a malformed row names its file and line."""

import pytest

from newsmine import lexicons
from newsmine.extract import box_headings
from newsmine.extract.cues import key, tag_headings


def test_every_boilerplate_row_has_a_known_kind_and_no_row_repeats():
    rows = lexicons.boilerplate(*lexicons.BOILERPLATE_KINDS)
    assert rows and {kind for kind, _ in rows} == set(lexicons.BOILERPLATE_KINDS)
    assert len({(kind, key(text)) for kind, text in rows}) == len(rows)


def test_the_fact_stage_headings_are_headings_the_extractor_removes():
    from newsmine.facts.figures import _lexicons

    facts = _lexicons()
    assert facts.headings and {key(h) for h in facts.headings} <= box_headings()
    assert facts.attributions == tuple(text for _, text in lexicons.boilerplate("attribution"))
    assert tag_headings() <= box_headings() and "từ khóa" in tag_headings()


@pytest.mark.parametrize("row, message", [
    ("heading Tin liên quan", "expected KIND<TAB>text"),
    ("related\tTin liên quan", "expected KIND<TAB>text"),
    ("heading\t", "expected KIND<TAB>text"),
])
def test_a_malformed_boilerplate_row_names_its_line(monkeypatch, tmp_path, row, message):
    (tmp_path / "boilerplate.tsv").write_text(f"# header\nbox\tBình luận\n{row}\n", "utf-8")
    monkeypatch.setattr(lexicons.resources, "files", lambda package: tmp_path)
    lexicons._boilerplate_rows.cache_clear()
    try:
        with pytest.raises(ValueError, match=f"boilerplate.tsv:3: {message}"):
            lexicons.boilerplate("heading")
    finally:
        monkeypatch.undo()
        lexicons._boilerplate_rows.cache_clear()
