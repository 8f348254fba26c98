"""extract_article on hostile pages: work bounded by caps checked before any pass reads the page."""

import pytest

from extract_helpers import PARAGRAPHS, TITLE, page
from newsmine.extract import ExtractError, extract_article
from newsmine.extract.repairs import MAX_BOX_HEADINGS


def boxes(count: int, container: bool = False) -> str:
    """`count` related-article boxes, each a heading and a link, optionally in one container
    that also holds a paragraph which is not a link (so that no box climbs into it)."""
    items = "".join(f'<div class="box"><h3>Tin liên quan</h3><a href="/tin/{i}.html">Bài số {i} về hội nghị</a></div>'
                    for i in range(count))
    if container:
        return f'<div class="related">{items}<p>Mời bạn đọc gửi ý kiến về tòa soạn qua hộp thư.</p></div>'
    return items


def test_a_page_of_twenty_thousand_related_boxes_is_refused_with_its_reason():
    html = page(after=boxes(20_000))
    assert len(html.encode()) > 1_400_000
    with pytest.raises(ExtractError, match=f"too many boxes \\(over {MAX_BOX_HEADINGS} box headings\\)"):
        extract_article(html)


def test_one_box_over_the_limit_is_refused():
    with pytest.raises(ExtractError, match="too many boxes"):
        extract_article(page(after=boxes(MAX_BOX_HEADINGS + 1, container=True)))


@pytest.mark.parametrize("container", [False, True])
def test_an_article_with_as_many_boxes_as_the_limit_is_extracted(container):
    lines = extract_article(page(after=boxes(MAX_BOX_HEADINGS, container))).text.split("\n")
    assert lines[0] == TITLE and all(p in lines for p in PARAGRAPHS)


def test_boxes_up_to_the_limit_are_all_dropped():
    article = extract_article(page(after=boxes(MAX_BOX_HEADINGS)))
    assert "Tin liên quan" not in article.text and "Bài số" not in article.text


def test_words_of_a_heading_in_many_paragraphs_do_not_count_as_boxes():
    # Paragraphs that begin with a heading's first word ("Tin ...") are candidates only.
    content = "".join(f"<p>Tin vui cho bà con bản {i}: đường bê tông đã về tới đầu bản.</p>"
                      for i in range(3 * MAX_BOX_HEADINGS))
    article = extract_article(page(content))
    assert article.text.count("Tin vui cho bà con") == 3 * MAX_BOX_HEADINGS


def test_a_large_page_of_boxes_is_refused_before_its_metadata_is_read(monkeypatch):
    from newsmine.extract import metadata
    read = []
    monkeypatch.setattr(metadata, "page_metadata", lambda *args: read.append(args))
    with pytest.raises(ExtractError, match="too many boxes"):
        extract_article(page(after=boxes(2_000)))
    assert read == []
