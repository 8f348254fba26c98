"""Words of a sentence and the phrase trie: expansion, equality, longest match at a position."""

from newsmine.facts.words import PhraseTrie, Word, sentence_words


def test_words_keep_offsets_lower_case_and_compare_by_value():
    text = "Phó Chủ tịch UBND tỉnh Lai Châu dự."
    words = sentence_words(text, 0, len(text))
    assert [w.text for w in words[3:7]] == ["Ủy", "ban", "nhân", "dân"]
    assert {text[w.start:w.end] for w in words[3:7]} == {"UBND"} and all(w.abbreviation for w in words[3:7])
    assert [w.lower for w in words[:3]] == ["phó", "chủ", "tịch"]
    again = sentence_words(text, 0, len(text))
    assert again == words and len(set(words) | set(again)) == len(words)
    assert Word("Tỉnh", 0, 4) != Word("Tỉnh", 0, 4, abbreviation=True) and "Tỉnh" in repr(Word("Tỉnh", 0, 4))


def test_the_trie_finds_the_longest_phrase_at_a_position():
    trie = PhraseTrie([("sở y tế", "a"), ("sở", "b"), ("y tế dự phòng", "c")])
    words = [Word(w, 0, 0) for w in ["Giám", "đốc", "Sở", "Y", "tế", "dự", "phòng"]]
    assert trie.match(words, 2) == (3, "a")
    assert trie.match(words, 3) == (4, "c")
    assert trie.match(words, 0) is None and trie.match(words, 6) is None
    assert trie.match([Word("Sở", 0, 2), Word("Nội", 3, 6)], 0) == (1, "b")  # a prefix of a longer one
    assert trie.match_lowered(["sở", "y", "tế"], 0) == (3, "a") and trie.match_lowered(["y", "tế"], 0) is None
