"""cues.has_phrase: whether a clause's words name a phrase of a lexicon."""

import pytest

from newsmine.facts.obstacles.cues import has_phrase
from newsmine.facts.words import sentence_words


def _words(text):
    return sentence_words(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "Hợp tác xã chưa có kinh nghiệm, nhiều thành viên bỏ đi",  # a comma right after the phrase
    "Hợp tác xã chưa có kinh nghiệm quản lý vốn",
    "chưa có kinh nghiệm",
])
def test_a_phrase_is_named_with_or_without_a_comma_after_it(text):
    assert has_phrase(_words(text), ("chưa có kinh nghiệm",))


@pytest.mark.parametrize("text", [
    "Hợp tác xã chưa có kinh nghiệmx nào",  # inside a longer word
    "Hợp tác xã chưa có nhiều kinh nghiệm",
    "Hợp tác xã có kinh nghiệm, đã làm tốt",
])
def test_a_phrase_not_written_whole_is_not_named(text):
    assert not has_phrase(_words(text), ("chưa có kinh nghiệm",))
