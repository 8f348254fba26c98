"""A small newsmine database for the search, export and Datasette tests: six articles written
for these tests, from three provinces over three years, one of them a republication."""

from newsmine import store
from newsmine.facts.records import Facts, Figure, Obstacle, Official, OrganizationMention

DIEN_BIEN_2022 = "https://baodienbien.test/chuyen-doi-so-2022"
DIEN_BIEN_2024 = "https://baodienbien.test/giai-ngan-von-2024"
DAK_LAK_EXACT = "https://baodaklak.test/ca-phe-so"
DAK_LAK_VARIANT = "https://daklak.test/thu-tuc-truc-tuyen"
REPUBLISHED = "https://tintaybac.test/dien-bien-chuyen-doi-so"
LAI_CHAU = "https://laichau.test/mat-bang-cao-toc"


def _span(text, surface):
    start = text.index(surface)
    return start, start + len(surface)


def _sentence(text, surface):
    """The sentence of `text` that holds `surface` (sentences end with '. ')."""
    start = text.rfind(". ", 0, text.index(surface))
    start = 0 if start < 0 else start + 2
    end = text.find(". ", start)
    return text[start:] if end < 0 else text[start:end + 1]


def official(text, name, title, organization):
    return Official(name, title, organization, *_span(text, name), _sentence(text, name))


def mention(text, name, surface):
    return OrganizationMention(name, surface, *_span(text, surface), _sentence(text, surface))


def figure(text, surface, value, unit, measure, **extra):
    return Figure(value, unit, surface, *_span(text, surface), measure=measure,
                  sentence=_sentence(text, surface), **extra)


def obstacle(text, surface, category):
    return Obstacle(surface, category, *_span(text, surface), sentence=_sentence(text, surface))


def add(db, url, title, text, province, published, source, facts, duplicate_of=None):
    article_id = store.save_article(db, {
        "url": url, "title": title, "text": text, "province": province, "published": published,
        "source": source, "duplicate_of": duplicate_of})
    store.save_facts(db, article_id, facts, "test-1", province=province)
    return article_id


def build(path):
    """Create the test database at `path` and return it open."""
    db = store.open_db(path)
    t = ("Phó Chủ tịch UBND tỉnh Lò Văn Tiến cho biết năm 2022 tỉnh Điện Biên bố trí khoảng "
         "433 tỷ đồng cho chuyển đổi số. Tuy nhiên, hạ tầng viễn thông ở vùng cao còn thiếu, "
         "nhiều thôn chưa có sóng di động.")
    facts_2022 = Facts(
        officials=[official(t, "Lò Văn Tiến", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Điện Biên")],
        organizations=[mention(t, "Ủy ban nhân dân tỉnh Điện Biên", "UBND tỉnh")],
        figures=[figure(t, "433 tỷ đồng", 433e9, "VND", "kinh phí chuyển đổi số",
                        qualifier="khoảng", period="2022")],
        obstacles=[obstacle(t, "hạ tầng viễn thông ở vùng cao còn thiếu", "hạ tầng")],
    )
    first = add(db, DIEN_BIEN_2022, "Điện Biên dành 433 tỷ đồng cho chuyển đổi số", t,
                "Điện Biên", "2022-03-10", "baodienbien", facts_2022)
    # The same story republished by another outlet: linked, never counted twice.
    add(db, REPUBLISHED, "Điện Biên dành 433 tỷ đồng cho chuyển đổi số", t, "Điện Biên",
        "2022-03-11", "tintaybac", facts_2022, duplicate_of=first)

    t = ("Chủ tịch UBND tỉnh Lò Văn Tiến yêu cầu Sở Tài chính sớm giải ngân 120 tỷ đồng vốn "
         "đầu tư công. Việc giải ngân vốn đầu tư công ở một số huyện còn chậm.")
    add(db, DIEN_BIEN_2024, "Điện Biên đôn đốc giải ngân vốn đầu tư công", t, "Điện Biên",
        "2024-01-15", "baodienbien", Facts(
            officials=[official(t, "Lò Văn Tiến", "Chủ tịch UBND tỉnh", "UBND tỉnh Điện Biên")],
            organizations=[mention(t, "Sở Tài chính tỉnh Điện Biên", "Sở Tài chính")],
            figures=[figure(t, "120 tỷ đồng", 120e9, "VND", "vốn đầu tư công")],
            obstacles=[obstacle(t, "giải ngân vốn đầu tư công ở một số huyện còn chậm", "vốn")],
        ))

    t = ("Tỉnh Đắk Lắk có hơn 1.200 hộ trồng cà phê được hỗ trợ bán hàng qua sàn thương mại "
         "điện tử. Nhiều hợp tác xã ở Đắk Lắk vẫn thiếu lao động có kỹ năng số.")
    add(db, DAK_LAK_EXACT, "Cà phê Đắk Lắk lên sàn thương mại điện tử", t, "Đắk Lắk",
        "2023-06-20", "baodaklak", Facts(
            figures=[figure(t, "hơn 1.200 hộ", 1200, "hộ", "số hộ trồng cà phê bán hàng trực tuyến",
                            qualifier="hơn")],
            obstacles=[obstacle(t, "thiếu lao động có kỹ năng số", "nhân lực")],
        ))

    # The older spelling "Đăk Lăk": found by "dak lak", ranked after "Đắk Lắk" for "Đắk Lắk".
    t = ("Giám đốc Sở Thông tin và Truyền thông Đăk Lăk Y Ngông Niê cho biết 65% thủ tục hành "
         "chính đã được giải quyết trực tuyến.")
    add(db, DAK_LAK_VARIANT, "Đăk Lăk đẩy mạnh dịch vụ công trực tuyến", t, "Đắk Lắk",
        "2023-07-01", "daklak", Facts(
            officials=[official(t, "Y Ngông Niê", "Giám đốc Sở Thông tin và Truyền thông",
                                "Sở Thông tin và Truyền thông tỉnh Đắk Lắk")],
            organizations=[mention(t, "Sở Thông tin và Truyền thông tỉnh Đắk Lắk",
                                   "Sở Thông tin và Truyền thông Đăk Lăk")],
            figures=[figure(t, "65%", 0.65, "%", "tỷ lệ thủ tục hành chính giải quyết trực tuyến")],
        ))

    t = ("Ban Quản lý dự án tỉnh Lai Châu cho biết việc giải phóng mặt bằng đường nối cao tốc "
         "còn vướng do thiếu quỹ đất tái định cư.")
    add(db, LAI_CHAU, "Lai Châu gỡ vướng mặt bằng đường nối cao tốc", t, "Lai Châu",
        "2024-05-05", "laichau", Facts(
            organizations=[mention(t, "Ban Quản lý dự án tỉnh Lai Châu", "Ban Quản lý dự án")],
            obstacles=[obstacle(t, "thiếu quỹ đất tái định cư", "đất đai")],
        ))
    return db


PAGE_URL = "https://baodienbien.test/thieu-giao-vien"
# A stored page as a hostile or careless site might serve it: every way of running or loading
# something, and a fact's text split over an inline element, said twice (the second is the fact).
HOSTILE_PAGE = """<html><head><title>Thiếu giáo viên</title><script>alert('head')</script>
<link rel="stylesheet" href="http://evil.test/a.css">
<meta http-equiv="refresh" content="0;url=http://evil.test/">
<base href="http://evil.test/"><style>body { background: url(http://evil.test/bg.png) }</style>
</head><body onload="alert('load')">
<h1>Điện Biên còn thiếu giáo viên tiểu học</h1>
<p>Năm ngoái, tỉnh tuyển thêm 145 giáo viên tiểu học.</p>
""" + "<p>Các trường bán trú được sửa lại phòng ở và bếp ăn trước năm học mới.</p>\n" * 30 + """
<p onclick="alert('click')">Năm nay, các xã vùng cao vẫn thiếu <em>145 giáo viên</em> tiểu học.</p>
<img src="http://evil.test/x.png" onerror="alert('img')" alt="Lớp ghép ở bản Huổi Só">
<iframe src="http://evil.test/frame"></iframe><svg><script>alert('svg')</script></svg>
<object data="http://evil.test/x.swf"></object><form action="http://evil.test/"><input name="q"></form>
<a href="javascript:alert('link')">Xem thêm</a> <a href="http://127.0.0.1:9/dead">Bài cũ</a>
<p style="background:url(http://evil.test/p.png)">Hết.</p>
""" + "<p>Tỉnh đề nghị bố trí thêm biên chế cho ngành giáo dục.</p>\n" * 30 + "</body></html>"
PAGE_TEXT = ("Điện Biên còn thiếu giáo viên tiểu học\nNăm ngoái, tỉnh tuyển thêm 145 giáo viên tiểu học.\n"
             + "Các trường bán trú được sửa lại phòng ở và bếp ăn trước năm học mới.\n" * 30
             + "Năm nay, các xã vùng cao vẫn thiếu 145 giáo viên tiểu học.\nHết.\n"
             + "Tỉnh đề nghị bố trí thêm biên chế cho ngành giáo dục.\n" * 29
             + "Tỉnh đề nghị bố trí thêm biên chế cho ngành giáo dục.")
PAGE_FACT = (PAGE_TEXT.rindex("145 giáo viên tiểu học"),
             PAGE_TEXT.rindex("145 giáo viên tiểu học") + len("145 giáo viên tiểu học"))


def add_stored_page(db) -> int:
    """Store HOSTILE_PAGE as a fetched page, its article and the figure "145 giáo viên tiểu
    học" (at PAGE_FACT); returns the article id."""
    store.save_page(db, {"url": PAGE_URL, "final_url": PAGE_URL, "status": 200, "kind": "article",
                         "content_type": "text/html; charset=utf-8", "encoding": "utf-8",
                         "body": HOSTILE_PAGE.encode("utf-8"), "fetched_at": "2024-03-01T08:00:00"})
    article_id = store.save_article(db, {
        "url": PAGE_URL, "page_url": PAGE_URL, "title": "Điện Biên còn thiếu giáo viên tiểu học",
        "text": PAGE_TEXT, "province": "Điện Biên", "published": "2024-03-01", "source": "baodienbien"})
    start, end = PAGE_FACT
    sentence = "Năm nay, các xã vùng cao vẫn thiếu 145 giáo viên tiểu học."
    store.save_facts(db, article_id, Facts(figures=[Figure(
        145, "person", PAGE_TEXT[start:end], start, end, measure="giáo viên còn thiếu",
        sentence=sentence)]), "test-1", province="Điện Biên")
    return article_id
