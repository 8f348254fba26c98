"""The page's metadata: the parts of trafilatura's reading the extract stage uses (title, author,
URL, site name, tags) read as trafilatura reads them, without the parts it does not use."""

import pytest
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from extract_helpers import page, paragraphs
from newsmine.extract import extract_article, metadata

URL = "https://baothunghiem.vn/kinh-te/bai-1.html"

# Ways a page names its author that trafilatura's author reader finds, and a page that has none.
AUTHOR_MARKUP = [
    '<p class="author">Lò Văn Thắng</p>',
    '<div class="article-author"><span class="author-name">Quàng Thị Mai</span></div>',
    '<span class="byline">Theo Tòng Văn Hải</span>',
    '<a rel="author" href="/tac-gia/ha-linh">Hà Linh</a>',
    '<div id="authorBox"><strong>Cầm Thị Hoa</strong></div>',
    '<span itemprop="author"><span itemprop="name">Vì Văn Sơn</span></span>',
    '<div class="news-writer">Lường Minh Tú</div>',
    '<div class="tac-gia">Mùa A Páo</div>',  # (a Vietnamese class name trafilatura does not read)
    # blocks its author reader prunes first (dates, times, sidebars) in or around the name
    '<div class="author">Điêu Chính Tới <time>14/03/2024</time></div>',
    '<div class="sidebar"><p class="author">Lò Thị Thu</p></div><p class="author">Hà Văn Lự</p>',
    '<div class="date"><span class="author-name">Sầm Văn Bình</span></div>',
    "",
]


@pytest.mark.parametrize("markup", AUTHOR_MARKUP)
def test_metadata_is_trafilaturas_reading_of_the_parts_used(markup):
    html = page(paragraphs() + markup, head='<meta name="keywords" content="nhà ở, hộ nghèo">'
                '<link rel="canonical" href="https://baothunghiem.vn/kinh-te/bai-1.html">')
    ours = metadata.page_metadata(load_html(html), URL, html)
    theirs = extract_metadata(load_html(html), default_url=URL)
    for part in ("title", "author", "url", "sitename", "tags"):
        assert getattr(ours, part) == getattr(theirs, part), part


def test_the_author_reader_is_not_run_on_a_page_without_author_markup(monkeypatch):
    def copy_the_page(tree):
        raise AssertionError("trafilatura's author reader ran")

    monkeypatch.setattr(metadata, "extract_author", copy_the_page)
    html = page(paragraphs() + '<p class="nguon">Báo Thử Nghiệm</p>')
    assert metadata.page_metadata(load_html(html), URL, html).author is None


@pytest.mark.parametrize(("markup", "copied"), [('<p class="author">Lò Văn Thắng</p>', False),
                                               ('<p class="author">Lò Văn Thắng <time>14/3</time></p>', True),
                                               ('<div class="sidebar"><p class="author">Lò Văn Thắng</p></div>', True)])
def test_the_page_is_copied_for_the_author_reader_only_when_it_prunes_around_the_author(markup, copied, monkeypatch):
    calls = []
    monkeypatch.setattr(metadata, "extract_author", lambda tree: calls.append(tree) or "Lò Văn Thắng")
    html = page(paragraphs() + markup)
    assert metadata.page_metadata(load_html(html), URL, html).author == "Lò Văn Thắng"
    assert bool(calls) == copied


def test_an_author_named_only_by_the_pages_markup_is_the_articles_author():
    article = extract_article(page(before='<div class="meta-author"><a href="/tac-gia/1">Hoàng Châu</a></div>'))
    assert article.author == "Hoàng Châu"


def test_the_section_falls_back_to_the_category_link_of_the_post_meta():
    meta = '<div class="entry-meta"><a href="https://baothunghiem.vn/category/nong-nghiep/">Nông nghiệp</a></div>'
    assert extract_article(page(before=meta), url=URL).section == "Nông nghiệp"


@pytest.mark.parametrize("links", ['<a href="/tag/nha-o.html">Nhà ở</a><a href="/tag/ho-ngheo.html">Hộ nghèo</a>',
                                   '<a href="/chu-de/nha-o.html">Nhà ở</a>'])
def test_tags_without_a_keywords_tag_are_trafilaturas_tag_links(links):
    html = page(paragraphs(), after=f'<div class="tags">{links}</div>')
    ours = metadata.page_metadata(load_html(html), URL, html).tags
    assert ours == extract_metadata(load_html(html), default_url=URL).tags
    assert ours == (["Nhà ở", "Hộ nghèo"] if "/tag/" in links else [])
