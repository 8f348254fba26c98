"""Extraction on real pages with reference texts, next to trafilatura's defaults (on a page
written for the test in the same format as ../shared/pages)."""

import json

from newsmine.real_pages import format_pages, measure_pages

PARAGRAPHS = [f"Đoạn {k}: huyện đã hoàn thành việc sửa chữa các tuyến đường liên xã bị hư hỏng sau mùa mưa lũ "
              "năm nay, bảo đảm đi lại thuận lợi cho người dân và học sinh." for k in range(6)]


def test_body_title_and_date_are_scored_for_both_extractors(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (f"<html><head><title>Sửa đường liên xã</title>"
            f"<meta property='article:published_time' content='2024-10-02T08:00:00+07:00'></head>"
            f"<body><nav><a href='/'>Trang chủ</a></nav><article><h1>Sửa đường liên xã</h1>{body}</article>"
            f"<footer>Bản quyền thuộc về tòa soạn. Ghi rõ nguồn khi phát hành lại thông tin.</footer></body></html>")
    (tmp_path / "001.html").write_text(page, encoding="utf-8")
    truth = {"id": "001", "site": "x.vn", "url": "https://x.vn/a", "title": "Sửa đường liên xã",
             "published": "2024-10-02", "text": "\n\n".join(PARAGRAPHS), "captions": []}
    (tmp_path / "truth.jsonl").write_text(json.dumps(truth, ensure_ascii=False) + "\n", encoding="utf-8")
    report = measure_pages(tmp_path)
    ours = report["pages"][0]["newsmine"]
    assert ours["similarity"] > 0.95 and ours["title"] and ours["date"]
    assert set(report["totals"]) == {"newsmine", "trafilatura"}
    assert "newsmine: body similarity mean" in format_pages(report)
