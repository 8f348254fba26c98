"""What the site's own furniture says about an article: its publisher's province (footer) and
its section (breadcrumb), found by class or id whatever their case."""

from extract_helpers import page
from newsmine.extract import extract_article

FOOT = ('<div class="Site-FOOTER"><p>Báo Sông Núi - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam '
        'tỉnh Lai Châu</p></div>')


def test_the_publishers_province_is_read_from_a_footer_named_in_capitals():
    article = extract_article(page(after=FOOT))
    assert article.publisher_province == "Lai Châu"


def test_a_footer_element_names_the_publishers_province():
    html = page().replace("Cơ quan ngôn luận của tỉnh Mẫu", "Cơ quan của Đảng bộ tỉnh Điện Biên")
    assert extract_article(html).publisher_province == "Điện Biên"


def test_no_footer_no_province_of_the_publisher():
    html = page().replace("<footer>", "<div>").replace("</footer>", "</div>")
    assert extract_article(html).publisher_province is None


def test_the_section_is_the_last_link_of_a_breadcrumb_named_in_capitals():
    crumbs = ('<ul id="BreadCrumb"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te/">Kinh tế</a></li>'
              '<li><a href="/kinh-te/nong-nghiep/">Nông nghiệp</a></li></ul>')
    assert extract_article(page(before=crumbs)).section == "Nông nghiệp"


def test_a_national_papers_newsroom_city_is_no_province_of_its_articles():
    owned = ('<div class="footer"><p>Báo Mẫu Tin - Cơ quan chủ quản: Bộ Nông nghiệp và Môi trường. '
             'Tòa soạn: 12 phố Mẫu, quận Ba Đình, Hà Nội</p></div>')
    assert extract_article(page(after=owned)).publisher_province is None
    central = FOOT.replace("Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lai Châu",
                           "Cơ quan Trung ương của Đảng Cộng sản Việt Nam. Địa chỉ: Hà Nội")
    assert extract_article(page(after=central)).publisher_province is None


def test_a_paper_owned_by_a_provinces_committee_keeps_its_province():
    owned = ('<div class="footer"><p>Báo Mẫu Núi - Cơ quan chủ quản: Ủy ban nhân dân '
             'tỉnh Điện Biên. Tòa soạn: Hà Nội, Điện Biên</p></div>')
    assert extract_article(page(after=owned)).publisher_province == "Điện Biên"
