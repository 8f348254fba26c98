"""The class-name patterns of selectors.py: answers kept per class string, the same as the
pattern's own search, in any case."""

from newsmine.extract.selectors import CAPTION_CLASS, FOOTER_CLASS, SAPO_CLASS, ClassNames


def test_a_class_string_is_answered_as_the_pattern_answers_it_in_any_case():
    for names in ("box-caption ", "PhotoNote anh-1", "Chu-Thich ", "noi-dung post-1", " ", "sapo-tin "):
        for pattern in (CAPTION_CLASS, SAPO_CLASS, FOOTER_CLASS):
            first, again = pattern.search(names), pattern.search(names)
            assert first == again == (pattern.pattern.search(names) is not None)
    assert CAPTION_CLASS.search("Image-Desc ") and not CAPTION_CLASS.search("tin-moi ")


def test_the_answers_kept_are_cleared_when_full():
    pattern = ClassNames("footer")
    for i in range(ClassNames.KEPT + 5):
        assert not pattern.search(f"post-{i}")
    assert len(pattern._answers) <= ClassNames.KEPT
    assert pattern.search("site-footer copyright")
