"""`newsmine extract`: pages → articles, bad pages recorded, republications linked."""

import json

import pytest
from click.testing import CliRunner

from extract_helpers import PARAGRAPHS, TITLE, page, paragraphs
from newsmine import duplicates, store
from newsmine.cli import cli
from newsmine.crawl.parse import CLASSIFIER_VERSION
from newsmine.extract import EXTRACTOR_VERSION, extract_pages

SOURCES = [
    {"key": "baothu", "name": "Báo Thử Nghiệm", "province": "Điện Biên", "home_url": "https://baothu.example/"},
    {"key": "tonghop", "name": "Tin Tổng Hợp", "province": None, "home_url": "https://tonghop.example/"},
]
STORY = PARAGRAPHS + [
    ("Ngoài nhà ở, huyện còn hỗ trợ 35 hộ xây bể chứa nước sinh hoạt và 60 hộ làm chuồng trại "
     "xa nhà, góp phần giữ vệ sinh môi trường trong các bản."),
]


@pytest.fixture
def db(tmp_path):
    database = store.open_db(tmp_path / "t.db")
    store.save_sources(database, SOURCES)
    store.ensure_classifier_version(database, CLASSIFIER_VERSION)  # pages as today's crawler stores them
    return database


def add_page(db, url, body, source="baothu", kind="article", status=200):
    store.save_page(db, {"url": url, "final_url": url, "status": status, "kind": kind, "source": source,
                         "content_type": "text/html; charset=utf-8",
                         "body": body.encode("utf-8") if isinstance(body, str) else body})


def article(db, url):
    cursor = db.execute("SELECT * FROM articles WHERE url = ?", [url])
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row)) if row else None


def test_article_page_becomes_an_article_row_with_captions(db):
    content = (paragraphs(PARAGRAPHS[:2]) + '<figure><img src="a.jpg"><figcaption>Nhà mới ở bản Sính Phình.'
               '</figcaption></figure>' + paragraphs(PARAGRAPHS[2:]))
    add_page(db, "https://baothu.example/a.html", page(content))
    summary = extract_pages(db)
    assert summary.extracted == 1 and not summary.failed
    row = article(db, "https://baothu.example/a.html")
    assert row["title"] == TITLE and row["source"] == "baothu" and row["province"] == "Điện Biên"
    assert row["published"] == "2024-03-14T10:20:00+07:00"
    assert row["page_url"] == "https://baothu.example/a.html" and row["extractor_version"] == EXTRACTOR_VERSION
    caption = db.execute('SELECT text, start, "end" FROM captions WHERE article_id = ?', [row["id"]]).fetchone()
    assert caption[0] == "Nhà mới ở bản Sính Phình." == row["text"][caption[1]:caption[2]]


def test_only_article_pages_fetched_with_success_are_extracted(db):
    add_page(db, "https://baothu.example/xa-hoi/", page(), kind="listing")
    add_page(db, "https://baothu.example/missing.html", page(), status=404)
    add_page(db, "https://baothu.example/a.html", page())
    assert extract_pages(db).extracted == 1


def test_a_second_run_skips_what_this_version_extracted(db):
    add_page(db, "https://baothu.example/a.html", page())
    extract_pages(db)
    again = extract_pages(db)
    assert (again.extracted, again.skipped) == (0, 1)
    assert extract_pages(db, force=True).extracted == 1
    assert store.count_rows(db)["articles"] == 1


@pytest.mark.parametrize("body, reason", [
    (b"", "empty page"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary content"),
    ("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>", "no article body"),
    (page(paragraphs() + "<p>" + "chữ " * 2_600_000 + "</p>"), "page too large"),
    (page(after='<div><h3>Tin liên quan</h3><a href="/tin.html">Bài khác</a></div>' * 20_000), "too many boxes"),
])
def test_bad_pages_are_recorded_with_a_reason_and_the_batch_goes_on(db, body, reason):
    add_page(db, "https://baothu.example/bad.html", body)
    add_page(db, "https://baothu.example/good.html", page())
    summary = extract_pages(db)
    assert summary.extracted == 1 and sum(summary.failed.values()) == 1
    stored = db.execute("SELECT reason, extractor_version FROM extract_errors WHERE page_url = ?",
                        ["https://baothu.example/bad.html"]).fetchone()
    assert reason in stored[0] and stored[1] == EXTRACTOR_VERSION
    assert article(db, "https://baothu.example/bad.html") is None


def test_a_page_over_the_time_limit_is_recorded_and_not_tried_again_by_this_version(db, monkeypatch):
    import time

    from newsmine.extract import stage

    real = stage.extract_article

    def slow_on_one(body, **kwargs):
        if kwargs.get("url", "").endswith("slow.html"):
            time.sleep(3)
        return real(body, **kwargs)

    monkeypatch.setattr(stage, "extract_article", slow_on_one)
    add_page(db, "https://baothu.example/slow.html", page())
    add_page(db, "https://baothu.example/good.html", page())
    summary = extract_pages(db, seconds_per_page=1)
    assert summary.extracted == 1 and summary.failed == {"time limit": 1}
    reason, = db.execute("SELECT reason FROM extract_errors WHERE page_url LIKE '%slow.html'").fetchone()
    assert reason == "time limit: longer than 1 s"
    again = extract_pages(db, seconds_per_page=1)
    assert again.extracted == 0 and not again.failed  # not retried until the extractor changes


def test_a_page_that_goes_bad_leaves_its_stored_article_as_it_was(db):
    url = "https://baothu.example/a.html"
    add_page(db, url, page())
    extract_pages(db)
    before = article(db, url)
    add_page(db, url, b"")
    summary = extract_pages(db, force=True)
    assert summary.failed["empty page"] == 1
    assert article(db, url) == before


def test_a_page_that_extracts_again_clears_its_error(db):
    url = "https://baothu.example/a.html"
    add_page(db, url, b"")
    extract_pages(db)
    add_page(db, url, page())
    extract_pages(db, force=True)
    assert store.count_rows(db)["extract_errors"] == 0 and article(db, url)


def test_source_hints_from_the_sources_table_are_applied(db):
    store.save_sources(db, [{**SOURCES[0], "hints": {"drop_css": [".quang-cao"]}}])
    ad = '<div class="quang-cao"><p>Quảng bá sản phẩm chè Shan tuyết của hợp tác xã, giá ưu đãi trong tháng này.</p></div>'
    add_page(db, "https://baothu.example/a.html", page(paragraphs(PARAGRAPHS[:2]) + ad + paragraphs(PARAGRAPHS[2:])))
    extract_pages(db)
    assert "Shan tuyết" not in article(db, "https://baothu.example/a.html")["text"]


def test_aggregator_articles_get_the_province_they_talk_about(db):
    body = [p.replace("huyện Tủa Chùa", "huyện Mường Ảng, tỉnh Điện Biên") for p in PARAGRAPHS]
    add_page(db, "https://tonghop.example/b.html", page(paragraphs(body), title="Điện Biên: nhà mới cho hộ nghèo"),
             source="tonghop")
    extract_pages(db)
    assert article(db, "https://tonghop.example/b.html")["province"] == "Điện Biên"


# -- republications ---------------------------------------------------------------------


def republished(origin_line="Theo Báo Thử Nghiệm", date="Thứ Sáu, 15/03/2024 | 07:00"):
    tail = f'<p style="text-align:right"><em>({origin_line})</em></p>' if origin_line else ""
    return page(paragraphs(STORY) + tail, date=date)


def test_republished_copy_links_to_the_article_of_the_outlet_it_names(db):
    add_page(db, "https://baothu.example/a.html", page(paragraphs(STORY)))
    add_page(db, "https://tonghop.example/copy.html", republished(), source="tonghop")
    summary = extract_pages(db)
    original = article(db, "https://baothu.example/a.html")
    copy = article(db, "https://tonghop.example/copy.html")
    assert copy["origin"] == "Báo Thử Nghiệm"
    assert copy["duplicate_of"] == original["id"] and original["duplicate_of"] is None
    assert summary.duplicates == 1


def test_the_named_outlet_is_the_original_even_when_published_later(db):
    add_page(db, "https://baothu.example/a.html", page(paragraphs(STORY), date="Thứ Bảy, 16/03/2024 | 09:00"))
    add_page(db, "https://tonghop.example/copy.html", republished(date="Thứ Sáu, 15/03/2024 | 07:00"),
             source="tonghop")
    extract_pages(db)
    assert article(db, "https://tonghop.example/copy.html")["duplicate_of"] == \
        article(db, "https://baothu.example/a.html")["id"]


def test_without_an_origin_the_earliest_copy_is_the_original(db):
    add_page(db, "https://tonghop.example/copy.html", republished(None, date="Thứ Sáu, 15/03/2024 | 07:00"),
             source="tonghop")
    add_page(db, "https://baothu.example/a.html", page(paragraphs(STORY), date="Thứ Năm, 14/03/2024 | 10:20"))
    extract_pages(db)
    assert article(db, "https://tonghop.example/copy.html")["duplicate_of"] == \
        article(db, "https://baothu.example/a.html")["id"]


def test_a_lightly_edited_copy_is_a_near_duplicate(db):
    edited = [p.replace("Sáng 14/3", "Ngày 14/3").replace("gặp nhiều khó khăn", "rất khó khăn") for p in STORY[:-1]]
    add_page(db, "https://baothu.example/a.html", page(paragraphs(STORY)))
    add_page(db, "https://tonghop.example/copy.html", page(paragraphs(edited), date="15/03/2024 07:00"),
             source="tonghop")
    extract_pages(db)
    assert article(db, "https://tonghop.example/copy.html")["duplicate_of"] is not None


def test_different_stories_are_not_linked(db):
    other = [("Chiều 20/3, Sở Y tế tỉnh tổ chức hội nghị triển khai chiến dịch tiêm vắc xin sởi cho "
             "khoảng 12.000 trẻ em tại các huyện vùng cao, hoàn thành trước tháng 5."),
             ("Theo kế hoạch, các trạm y tế xã sẽ tổ chức điểm tiêm lưu động tại bản, bảo đảm đủ vắc xin "
              "và dây chuyền lạnh; cán bộ y tế thôn bản đến từng nhà vận động."),
             ("Giám đốc Sở Y tế đề nghị chính quyền các xã phối hợp chặt chẽ, không để trẻ nào bị bỏ sót "
              "trong chiến dịch, nhất là ở các điểm trường lẻ.")]
    add_page(db, "https://baothu.example/a.html", page(paragraphs(STORY)))
    add_page(db, "https://baothu.example/b.html", page(paragraphs(other), title="Tiêm vắc xin sởi cho trẻ vùng cao"))
    extract_pages(db)
    assert db.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0] == 0


def test_linking_twice_changes_nothing(db):
    add_page(db, "https://baothu.example/a.html", page(paragraphs(STORY)))
    add_page(db, "https://tonghop.example/copy.html", republished(), source="tonghop")
    extract_pages(db)
    before = db.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall()
    duplicates.link_duplicates(db)
    assert db.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall() == before


def test_origin_matches_the_outlet_by_name_or_domain():
    names = duplicates._names("Báo Điện Biên Phủ") | duplicates._names("https://www.baodienbienphu.info.vn/")
    assert duplicates._names_outlet("Báo Điện Biên Phủ", names)
    assert duplicates._names_outlet("Báo Điện Biên Phủ điện tử", names)
    assert duplicates._names_outlet("baodienbienphu.info.vn", names)
    assert not duplicates._names_outlet("Báo Lai Châu", names)


# -- the command ------------------------------------------------------------------------


def test_extract_command_prints_a_summary_with_reasons(tmp_path):
    path = tmp_path / "c.db"
    db = store.open_db(path)
    store.save_sources(db, SOURCES)
    add_page(db, "https://baothu.example/a.html", page())
    add_page(db, "https://baothu.example/empty.html", b"")
    db.conn.close()
    result = CliRunner().invoke(cli, ["extract", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "extracted 1" in result.output and "failed 1" in result.output
    assert "empty page: 1" in result.output
    again = CliRunner().invoke(cli, ["extract", "--db", str(path)])
    assert "extracted 0" in again.output and "skipped 2" in again.output


def test_extract_command_has_help():
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert result.exit_code == 0 and "--db" in result.output and "--force" in result.output


def test_tags_are_stored_as_json(db):
    tags = '<div class="tags">Từ khóa: <a href="/tag/1">nhà ở</a> <a href="/tag/2">hộ nghèo</a></div>'
    add_page(db, "https://baothu.example/a.html", page(after=tags))
    extract_pages(db)
    assert json.loads(article(db, "https://baothu.example/a.html")["tags"]) == ["nhà ở", "hộ nghèo"]


def test_two_pages_of_one_article_are_extracted_once_per_version(db):
    url = "https://baothu.example/a.html"
    add_page(db, url, page())
    store.save_page(db, {"url": "https://baothu.example/r/1", "final_url": url, "status": 200,
                         "kind": "article", "source": "baothu", "body": page().encode()})
    assert extract_pages(db).extracted == 2
    again = extract_pages(db)
    assert again.extracted == 0 and store.count_rows(db)["articles"] == 1


def test_a_site_that_names_its_province_only_in_its_footer_gives_it(db):
    html = page().replace("Cơ quan ngôn luận của tỉnh Mẫu", "Cơ quan của Đảng bộ tỉnh Lai Châu")
    add_page(db, "https://tonghop.example/a.html", html, source="tonghop")
    extract_pages(db)
    assert article(db, "https://tonghop.example/a.html")["province"] == "Lai Châu"


def test_a_copy_with_no_province_takes_its_originals(db):
    add_page(db, "https://baothu.example/a.html", page(paragraphs(STORY)))
    add_page(db, "https://tonghop.example/copy.html", republished(), source="tonghop")
    extract_pages(db)
    assert article(db, "https://tonghop.example/copy.html")["province"] == "Điện Biên"


def test_pages_an_older_classifier_took_for_listings_are_looked_at_again_without_refetch(db):
    body = "<br>\n".join(p for p in STORY)
    portal = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><table><tr><td>"
              f"<div class='tieude'>{TITLE}</div></td></tr><tr><td class='noidung'>{body}</td></tr>"
              "</table></body></html>")
    add_page(db, "https://baothu.example/Pages/tin.aspx?ItemID=88", portal, kind="listing")
    add_page(db, "https://baothu.example/chuyen-muc/", "<html><body><ul><li><a href='/a.html'>Tin một hai ba bốn"
             "</a></li></ul></body></html>", kind="listing")
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('classifier_version', '1')")
    summary = extract_pages(db)
    assert summary.reclassified == 1 and summary.extracted == 1
    assert article(db, "https://baothu.example/Pages/tin.aspx?ItemID=88")["title"] == TITLE
    kinds = dict(db.execute("SELECT url, kind FROM pages").fetchall())
    assert kinds["https://baothu.example/chuyen-muc/"] == "listing"
    assert extract_pages(db).reclassified == 0  # once per classifier version
