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


def test_a_phrase_ends_before_a_word_only_within_reach_and_by_its_longest_match():
    trie = PhraseTrie([("xe", "xe"), ("xe điện", "xe điện")])
    words = sentence_words("mua xe điện VinFast mới", 0, len("mua xe điện VinFast mới"))
    assert trie.ends_before(words, 3, 2)  # "xe điện" ends right before "VinFast"
    assert not trie.ends_before(words, 3, 1)  # it starts two words back
    assert not trie.ends_before(words, 2, 2)  # "xe" is read as "xe điện", which does not end there


def test_two_words_glued_where_the_text_lost_a_space_are_read_apart():
    text = "Giám đốc Sở Y tế Trần Văn Tâmcho biết, ÔngLê Văn Hải và Hà Nộikhoảng."
    words = sentence_words(text, 0, len(text))
    texts = [w.text for w in words]
    assert texts[texts.index("Tâm"):texts.index("Tâm") + 3] == ["Tâm", "cho", "biết"]
    assert texts[texts.index("Ông"):texts.index("Ông") + 2] == ["Ông", "Lê"]
    assert texts[texts.index("Nội"):texts.index("Nội") + 2] == ["Nội", "khoảng"]
    assert {text[w.start:w.end] for w in words} >= {"Tâm", "cho", "Ông", "Lê", "Nội", "khoảng"}


def test_a_foreign_or_vietnamese_word_that_ends_like_a_glued_word_stays_whole():
    text = "Cầu thủ Jadon Sancho và Echo Park, ông Lê Thanh Long cho biết."
    assert [w.text for w in sentence_words(text, 0, len(text))][2:7] == ["Jadon", "Sancho", "và", "Echo", "Park"]
    text = "Ông Vũ Văn Khoa Thuận Hoàng dự."
    assert [w.text for w in sentence_words(text, 0, len(text))][1:6] == ["Vũ", "Văn", "Khoa", "Thuận", "Hoàng"]
