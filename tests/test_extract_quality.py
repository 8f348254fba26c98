"""The extraction floors on the demo corpus (issue 5's targets), and the measure itself."""

from pathlib import Path

import pytest

from newsmine.extract_quality import check, leaked_lines, measure, similarity

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "demo" / "gold.jsonl"


@pytest.mark.skipif(not GOLD.is_file(), reason="no demo corpus")
def test_demo_corpus_meets_the_extraction_targets():
    report = measure(GOLD)
    assert report["totals"]["pages"] >= 45
    assert check(report["totals"]) == []


def test_similarity_is_one_for_the_same_text_after_normalisation():
    assert similarity("Hoà Bình\n\nxã", "Hòa Bình\nxã") == 1.0
    assert similarity("một hai ba", "bốn năm sáu") < 0.5


def test_leaked_lines_are_page_pieces_outside_the_article():
    fragments = {"Tin liên quan", "Khai mạc kỳ họp", "Chia sẻ bài viết"}
    leaked = leaked_lines("Khai mạc kỳ họp\nTin liên quan", "Khai mạc kỳ họp", fragments)
    assert leaked == ["Tin liên quan"]
