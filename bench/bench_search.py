"""Search latency on a generated database: accent-free queries through the folded FTS indexes
(`store.search_facts`, what `newsmine search` and Datasette's search run) next to a plain LIKE
scan of the same rows' folded text, in the same run; plus the build time and size.

    python -m bench.bench_search [--facts 1000000] [--repeat 5] [--db PATH] [--keep]
    BENCH_FACTS=200000 make bench
"""

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from newsmine import store

# Words for generated sentences, written for this benchmark. A few provinces and names repeat
# often and most are rare, as in real news, so the queries range from broad to narrow.
PROVINCES = ["Điện Biên", "Lai Châu", "Sơn La", "Đắk Lắk", "Lào Cai", "Hà Giang", "Yên Bái",
             "Tuyên Quang", "Cao Bằng", "Bắc Kạn", "Lạng Sơn", "Hòa Bình", "Gia Lai", "Kon Tum",
             "Đắk Nông", "Lâm Đồng", "Quảng Trị", "Thừa Thiên Huế", "Cà Mau", "An Giang"]
SURNAMES = ["Lò", "Quàng", "Vừ", "Giàng", "Sùng", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
            "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Cầm", "Lường"]
MIDDLE = ["Văn", "Thị", "A", "Đức", "Minh", "Hữu", "Thanh", "Ngọc", "Quang", "Xuân"]
GIVEN = ["Tiến", "Thắng", "Chứ", "Dình", "Hùng", "Lan", "Hương", "Sính", "Pó", "Mai", "Tuấn",
         "Hải", "Phong", "Thu", "Nhân", "Bình", "Khánh", "Sơn", "Dũng", "Tính"]
POSTS = ["Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy", "Giám đốc Sở Tài chính",
         "Giám đốc Sở Y tế", "Phó Giám đốc Sở Giáo dục và Đào tạo", "Chủ tịch UBND huyện"]
ORGS = ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn",
        "Ban Quản lý dự án", "Sở Thông tin và Truyền thông", "Ủy ban MTTQ tỉnh", "Sở Y tế"]
MEASURES = ["vốn đầu tư công", "kinh phí chuyển đổi số", "diện tích trồng cà phê",
            "số hộ thoát nghèo", "sản lượng lúa", "doanh thu du lịch", "kinh phí giải phóng mặt bằng",
            "số học sinh đến trường", "tổng mức đầu tư dự án đường cao tốc"]
UNITS = [("tỷ đồng", 1e9), ("ha", 1), ("hộ", 1), ("tấn", 1), ("%", 0.01), ("lượt khách", 1)]
OBSTACLES = [("thiếu vốn đầu tư", "vốn"), ("giải phóng mặt bằng còn chậm", "đất đai"),
             ("hạ tầng giao thông xuống cấp", "hạ tầng"), ("thiếu nhân lực có trình độ", "nhân lực"),
             ("thủ tục hành chính còn rườm rà", "thủ tục"), ("mưa lũ gây sạt lở", "thiên tai")]
QUERIES = ["dien bien", "dak lak", "chuyen doi so", "von dau tu cong", "lo van tien",
           "giai phong mat bang", "so tai chinh", "ha tang giao thong", "cau pho dinh", "ca phe"]
# "+ province": the same search filtered to one province, which ranks every match (store/queries.py).
FILTER_PROVINCE = "lai chau"
FACTS_PER_ARTICLE = 10  # 3 officials, 2 organisation mentions, 3 figures, 2 obstacles


def skewed(rng, items):
    """An item, the first ones far more often (roughly Zipf)."""
    return items[min(int(rng.paretovariate(1.2)) - 1, len(items) - 1)]


def generate(n_facts: int, seed: int = 8):
    """Rows per table for about `n_facts` facts, each fact's sentence in its article's text."""
    rng = random.Random(seed)
    rows = {t: [] for t in ["articles", "officials", "organization_mentions", "figures",
                            "obstacles"]}
    next_id = iter(range(1, 10**12))
    organizations = {name: i for i, name in enumerate(ORGS, 1)}
    for a in range(max(1, n_facts // FACTS_PER_ARTICLE)):
        province = skewed(rng, PROVINCES)
        published = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentences, facts = [], []
        for _ in range(3):
            name = f"{skewed(rng, SURNAMES)} {rng.choice(MIDDLE)} {skewed(rng, GIVEN)}"
            post = rng.choice(POSTS)
            s = f"{post} {province} {name} đã chủ trì buổi làm việc với các sở, ngành."
            facts.append(("officials", {"name": name, "title": post,
                                        "organization": f"UBND tỉnh {province}"}, name, s))
            sentences.append(s)
        for _ in range(2):
            org = rng.choice(ORGS)
            s = f"{org} tỉnh {province} được giao rà soát và báo cáo kết quả trước cuối quý."
            facts.append(("organization_mentions", {"surface": org,
                                                    "organization_id": organizations[org]}, org, s))
            sentences.append(s)
        for _ in range(3):
            measure = skewed(rng, MEASURES)
            unit, scale = rng.choice(UNITS)
            number = rng.randint(2, 2000)
            text = f"{number} {unit}"
            s = f"Năm {published[:4]}, {measure} của tỉnh {province} đạt {text}."
            facts.append(("figures", {"value": number * scale, "unit": unit, "measure": measure,
                                      "text": text, "period": published[:4]}, text, s))
            sentences.append(s)
        for _ in range(2):
            text, category = rng.choice(OBSTACLES)
            s = f"Tuy nhiên, tại nhiều huyện của {province}, {text}."
            facts.append(("obstacles", {"text": text, "category": category}, text, s))
            sentences.append(s)
        body = " ".join(sentences)
        article_id = next(next_id)
        article = {"id": article_id, "url": f"https://bench.test/{a}", "source": "bench",
                   "title": f"Tin {province} số {a}", "published": published, "text": body,
                   "province": province}
        rows["articles"].append({**article, "search_folded": store.folded_text("articles", article)})
        for table, fields, surface, sentence in facts:
            start = body.index(surface, body.index(sentence))
            row = {"id": next(next_id), "article_id": article_id, **fields, "sentence": sentence,
                   "start": start, "end": start + len(surface), "version": "bench"}
            row["search_folded"] = store.folded_text(table, row)
            rows[table].append(row)
    return rows, organizations


def build(path: Path, n_facts: int) -> dict:
    """A fresh database of about n_facts facts at `path`; returns timings and counts."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    rows, organizations = generate(n_facts)
    t1 = time.perf_counter()
    db = store.open_db(path)
    with db.conn:
        db["organizations"].insert_all(
            [{"id": i, "name": name, "aliases": "[]", "search_folded": store.folded_text(
                "organizations", {"name": name})} for name, i in organizations.items()])
        for table, table_rows in rows.items():  # the FTS triggers index every row
            db[table].insert_all(table_rows, batch_size=2000)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    t2 = time.perf_counter()
    facts = sum(len(r) for t, r in rows.items() if t != "articles")
    return {"db": db, "generate_s": t1 - t0, "insert_s": t2 - t1, "facts": facts,
            "articles": len(rows["articles"]), "bytes": path.stat().st_size}


def like_scan(db, query: str) -> int:
    """Rows whose folded text holds every word of the query: a full scan, no index."""
    words = [f"%{w}%" for w in query.split()]
    where = " AND ".join("search_folded LIKE ?" for _ in words)
    return sum(db.execute(f"SELECT count(*) FROM [{t}] a WHERE {where}"
                          + (" AND duplicate_of IS NULL" if t == "articles" else ""),
                          words).fetchone()[0]
               for t in store.FACT_TABLES + ["articles"])


def fts_count(db, query: str) -> int:
    """The same rows through the folded FTS indexes."""
    match = store.search.fts_query(query, ["search_folded"])
    return sum(db.execute(f"SELECT count(*) FROM [{t}_fts] WHERE [{t}_fts] MATCH ?",
                          [match]).fetchone()[0]
               for t in store.FACT_TABLES + ["articles"])


def timed(function, repeat):
    samples, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = function()
        samples.append((time.perf_counter() - t) * 1000)
    return samples, result


def percentile(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=int(os.environ.get("BENCH_FACTS", "1000000")))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args, _ = parser.parse_known_args(argv)
    folder = tempfile.TemporaryDirectory(prefix="newsmine-bench-")
    path = args.db or Path(folder.name) / "bench.db"
    try:
        built = build(path, args.facts)
        db = built["db"]
        print(f"built {built['facts']:,} facts in {built['articles']:,} articles: "
              f"generate {built['generate_s']:.1f} s, insert + index {built['insert_s']:.1f} s, "
              f"size {built['bytes'] / 2**20:.0f} MiB ({path})")
        ranked, counted, scanned, filtered, broad = [], [], [], [], []
        print(f"{'query':<22}{'matches':>9}{'LIKE rows':>11}{'ranked top 20 ms':>18}"
              f"{'FTS count ms':>14}{'LIKE scan ms':>14}{'+ province ms':>15}")
        for query in QUERIES:
            store.search_facts(db, query)  # warm the page cache once per query
            r, _ = timed(lambda q=query: store.search_facts(db, q, limit=20), args.repeat)
            c, n_fts = timed(lambda q=query: fts_count(db, q), args.repeat)
            s, n_like = timed(lambda q=query: like_scan(db, q), args.repeat)
            p, _ = timed(lambda q=query: store.search_facts(db, q, province=FILTER_PROVINCE),
                         args.repeat)
            ranked += r
            if n_fts >= built["facts"] // 10:  # a broad query: a tenth of all facts match
                broad += r
            counted += c
            scanned += s
            filtered += p
            print(f"{query:<22}{n_fts:>9,}{n_like:>11,}{statistics.median(r):>18.1f}"
                  f"{statistics.median(c):>14.1f}{statistics.median(s):>14.1f}"
                  f"{statistics.median(p):>15.1f}")
        print(f"{'p50 / p95 ms':<22}{'':>20}"
              f"{percentile(ranked, 50):>9.1f} /{percentile(ranked, 95):>6.1f}"
              f"{percentile(counted, 50):>7.1f} /{percentile(counted, 95):>5.1f}"
              f"{percentile(scanned, 50):>7.0f} /{percentile(scanned, 95):>5.0f}"
              f"{percentile(filtered, 50):>7.0f} /{percentile(filtered, 95):>5.0f}")
        db.close()
        metrics = {"search_facts": built["facts"], "search_p95_ms": round(percentile(ranked, 95), 1),
                   "search_province_p95_ms": round(percentile(filtered, 95), 1),
                   "search_broad_p95_ms": round(percentile(broad or ranked, 95), 1),
                   "search_like_scan_p95_ms": round(percentile(scanned, 95), 1)}
        if args.keep and args.db is None:
            kept = Path(tempfile.gettempdir()) / "newsmine-bench.db"
            path.replace(kept)
            print(f"kept {kept}")
    finally:
        folder.cleanup()
    return metrics


if __name__ == "__main__":
    main()
