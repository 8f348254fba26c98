"""Search latency on a generated database: accent-free queries through the folded FTS indexes
(`store.search_facts`, what `newsmine search` and Datasette's search run), plain and with a
province, a date range or a type, next to a plain LIKE scan of the same rows' folded text, in
the same run; plus the build time and size. Classes: ranked (every query), broad (over a tenth
of the facts match), selective (under 1 %), province, date, type.

    python -m bench.bench_search [--facts 1000000] [--repeat 5] [--db PATH [--reuse]] [--keep]
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
# "+ province": the same search filtered to one province.
FILTER_PROVINCE = "lai chau"
SINCE, UNTIL = "2023-03", "2024-06-15"  # "+ dates": the same search between two dates
TYPES = ["officials", "organizations", "figures", "obstacles", "articles"]  # "+ type": one kind each
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
        # every search column filled as the app's writers fill them (store.with_folded), so
        # that each tier reads the index a real database gives it
        rows["articles"].append(store.with_folded("articles", article))
        for table, fields, surface, sentence in facts:
            start = body.index(surface, body.index(sentence))
            row = {"id": next(next_id), "article_id": article_id, **fields, "sentence": sentence,
                   "start": start, "end": start + len(surface), "version": "bench"}
            also = surface if table == "organization_mentions" else ""  # the body's name
            rows[table].append(store.with_folded(table, row, article, also=also))
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
            [store.with_folded("organizations", {"id": i, "name": name, "aliases": "[]"})
             for name, i in organizations.items()])
        for table, table_rows in rows.items():  # the FTS triggers index every row
            db[table].insert_all(table_rows, batch_size=2000)
    store.tidy_search_indexes(db)  # as `newsmine annotate` does after a run
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    t2 = time.perf_counter()
    facts = sum(len(r) for t, r in rows.items() if t != "articles")
    return {"db": db, "generate_s": t1 - t0, "insert_s": t2 - t1, "facts": facts,
            "articles": len(rows["articles"]), "bytes": path.stat().st_size}


def reuse(path: Path) -> dict:
    """An existing bench database, opened (and migrated) as the search commands would see it."""
    t0 = time.perf_counter()
    db = store.open_db(path)
    store.tidy_search_indexes(db)  # as `newsmine annotate` does after a run
    facts = sum(db[t].count for t in store.FACT_TABLES)
    return {"db": db, "generate_s": 0.0, "insert_s": time.perf_counter() - t0, "facts": facts,
            "articles": db["articles"].count, "bytes": path.stat().st_size}


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
    """Milliseconds per call, on the clock and on a core (the thread's CPU time: on a loaded
    machine the clock also counts the waits for a core), and the last call's result."""
    samples, cpu, result = [], [], None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.thread_time()
        result = function()
        samples.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    return samples, cpu, result


def percentile(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=int(os.environ.get("BENCH_FACTS", "1000000")))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--no-like", dest="like", action="store_false",
                        help="leave out the LIKE scan (the slow baseline)")
    parser.add_argument("--reuse", action="store_true",
                        help="search the database at --db as it is if it exists (built by an "
                             "earlier run with --db); it is migrated to this code's schema")
    args, _ = parser.parse_known_args(argv)
    folder = tempfile.TemporaryDirectory(prefix="newsmine-bench-")
    path = args.db or Path(folder.name) / "bench.db"
    try:
        built = reuse(path) if args.reuse and args.db and path.exists() else build(path, args.facts)
        db = built["db"]
        print(f"built {built['facts']:,} facts in {built['articles']:,} articles: "
              f"generate {built['generate_s']:.1f} s, insert + index {built['insert_s']:.1f} s, "
              f"size {built['bytes'] / 2**20:.0f} MiB ({path})")
        samples = {c: [] for c in ("ranked", "broad", "selective", "province", "date", "type",
                                   "count", "like")}
        cpu = {c: [] for c in samples}
        print(f"{'query':<22}{'matches':>9}{'ranked ms':>11}{'+ province':>12}{'+ dates':>9}"
              f"{'+ type':>8}{'FTS count':>11}{'LIKE scan':>11}")
        for number, query in enumerate(QUERIES):
            store.search_facts(db, query)  # warm the page cache once per query
            kind = TYPES[number % len(TYPES)]
            times = {
                "ranked": lambda q=query: store.search_facts(db, q, limit=20),
                "province": lambda q=query: store.search_facts(db, q, province=FILTER_PROVINCE),
                "date": lambda q=query: store.search_facts(db, q, since=SINCE, until=UNTIL),
                "type": lambda q=query, k=kind: store.search_facts(db, q, kind=k),
                "count": lambda q=query: fts_count(db, q),
                "like": (lambda q=query: like_scan(db, q)) if args.like else None,
            }
            row = {}
            for name, function in times.items():
                if function is not None:
                    taken, on_core, result = timed(function, args.repeat)
                    samples[name] += taken
                    cpu[name] += on_core
                    row[name] = statistics.median(taken)
                    row["matches"] = result if name == "count" else row.get("matches")
            for kind in (samples, cpu):
                if row["matches"] >= built["facts"] // 10:  # broad: a tenth of all facts match
                    kind["broad"] += kind["ranked"][-args.repeat:]
                elif row["matches"] < built["facts"] // 100:  # a selective one: under 1 %
                    kind["selective"] += kind["ranked"][-args.repeat:]
            print(f"{query:<22}{row['matches']:>9,}{row['ranked']:>11.1f}{row['province']:>12.1f}"
                  f"{row['date']:>9.1f}{row['type']:>8.1f}{row['count']:>11.1f}"
                  f"{row.get('like', float('nan')):>11.0f}")
        print("p50 / p95 ms: " + ", ".join(
            f"{name} {percentile(values, 50):.1f} / {percentile(values, 95):.1f}"
            for name, values in samples.items() if values))
        print("on a core, p50 / p95 ms: " + ", ".join(
            f"{name} {percentile(values, 50):.1f} / {percentile(values, 95):.1f}"
            for name, values in cpu.items() if values))
        db.close()
        metrics = {"search_facts": built["facts"]}
        for name, key in [("ranked", "search_p95_ms"), ("province", "search_province_p95_ms"),
                          ("broad", "search_broad_p95_ms"), ("selective", "search_selective_p95_ms"),
                          ("date", "search_date_p95_ms"), ("type", "search_type_p95_ms"),
                          ("like", "search_like_scan_p95_ms")]:
            if samples[name]:
                metrics[key] = round(percentile(samples[name], 95), 1)
                metrics[key.replace("_p95_ms", "_cpu_p95_ms")] = round(percentile(cpu[name], 95), 1)
        if args.keep and args.db is None:
            kept = Path(tempfile.gettempdir()) / "newsmine-bench.db"
            path.replace(kept)
            print(f"kept {kept}")
    finally:
        folder.cleanup()
    return metrics


if __name__ == "__main__":
    main()
