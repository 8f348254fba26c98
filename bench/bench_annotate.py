"""Annotation speed and memory: sentences per second through the whole NLP pipeline (all four
extractors) next to `underthesea.ner` alone on the same sentences, in the same run, on one
core; the same two as whole processes (`newsmine predict --jobs 1` against a script calling
`underthesea.ner` sentence by sentence, start-up and model loading included); then resident
memory sampled while annotating many articles (it must stay flat). Each clock ratio has a twin
in CPU time (`annotate_vs_ner_cpu`, `predict_vs_ner_process_cpu`) and `--jobs 2`'s speed-up the
bound its CPU times allow on two free cores (`annotate_jobs_scaling_cpu_bound`): on a shared
machine the clock ratios swing with what else runs.

    python -m bench.bench_annotate [--corpus FILE.jsonl] [--sentences 600] [--articles 2000]
        [--process-articles 84] [--jobs-articles 300]
    BENCH_CORPUS=../shared/corpora/unc-dantri-2020.jsonl make bench

Texts: a JSON-lines corpus with a "text" (or "expected_text") field per line; by default the
real corpus in ../shared/corpora when present, else the demo corpus's article texts.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = [ROOT.parent / "shared" / "corpora" / "unc-dantri-2020.jsonl", ROOT / "corpus" / "demo" / "gold.jsonl"]


def load_texts(path: Path) -> list[str]:
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            text = record.get("text") or record.get("expected_text")
            if text:
                texts.append(text)
    return texts


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(argv=None) -> dict:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=os.environ.get("BENCH_CORPUS"))
    parser.add_argument("--sentences", type=int, default=int(os.environ.get("BENCH_SENTENCES", "600")))
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", "2000")))
    parser.add_argument("--jobs-articles", type=int, default=int(os.environ.get("BENCH_JOBS_ARTICLES", "300")))
    parser.add_argument("--process-articles", type=int,
                        default=int(os.environ.get("BENCH_PROCESS_ARTICLES", "84")))
    args = parser.parse_args(argv if argv is not None else [])
    path = Path(args.corpus) if args.corpus else next(p for p in CANDIDATES if p.exists())
    texts = load_texts(path)

    from underthesea import ner

    from newsmine.facts import extract_facts
    from newsmine.facts.sentences import split_sentences

    def annotate_text(text):
        return extract_facts(text) if text.strip() else None

    # the same sentences for both: whole articles until the sentence budget is used
    chosen, sentences = [], []
    for text in texts:
        spans = split_sentences(text)
        chosen.append(text)
        sentences.extend(text[s:e] for s, e in spans)
        if len(sentences) >= args.sentences:
            break
    annotate_text(chosen[0])  # warm caches (lexicons, gazetteer, models)
    ner(sentences[0])
    start, cpu = time.perf_counter(), time.process_time()
    for text in chosen:
        annotate_text(text)
    ours, ours_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    for sentence in sentences:
        ner(sentence)
    theirs, theirs_cpu = time.perf_counter() - start, time.process_time() - cpu
    ours, theirs = len(sentences) / ours, len(sentences) / theirs
    print(f"corpus: {path} ({len(chosen)} articles, {len(sentences)} sentences)")
    print(f"newsmine pipeline (4 extractors): {ours:8.1f} sentences/s")
    print(f"underthesea.ner alone:             {theirs:8.1f} sentences/s")
    # CPU time leaves out the waits for a core, which swing with what else runs on the machine
    print(f"ratio: {ours / theirs:.2f}x ({theirs_cpu / ours_cpu:.2f}x in CPU time; target >= 10x)")

    samples = []
    start = time.perf_counter()
    for k in range(args.articles):
        annotate_text(texts[k % len(texts)])
        if (k + 1) % max(1, args.articles // 5) == 0:
            samples.append((k + 1, rss_mb()))
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory while annotating {args.articles} articles ({args.articles / elapsed:.1f} articles/s): "
          + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in samples) + f"; peak {peak:.0f} MB")
    growth = samples[-1][1] - samples[0][1]
    print(f"growth from first to last sample: {growth:+.1f} MB")
    scaling, scaling_bound = jobs_scaling(texts[:args.jobs_articles])
    processes = process_comparison(texts[:args.process_articles])
    return {"annotate_sentences_per_s": round(ours, 1), "annotate_vs_ner": round(ours / theirs, 2),
            "annotate_vs_ner_cpu": round(theirs_cpu / ours_cpu, 2),
            "annotate_articles_per_s": round(args.articles / elapsed, 1), "annotate_jobs_scaling": scaling,
            "annotate_jobs_scaling_cpu_bound": scaling_bound,
            "annotate_peak_rss_mb": round(peak), "annotate_rss_growth_mb": round(growth, 1), **processes}


NER_SCRIPT = """
import json, sys
from underthesea import ner
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        ner(json.loads(line))
"""


def _timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of a child process, which must succeed."""
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime


def process_comparison(texts: list[str]) -> dict:
    """Whole processes on the same texts: `newsmine predict --jobs 1` on them as a gold-format
    file, and a script that loads underthesea and runs `ner` on each of their sentences."""
    from newsmine.extract import clean_plain_text
    from newsmine.facts.sentences import split_sentences

    with tempfile.TemporaryDirectory() as tmp:
        gold, sentences = Path(tmp) / "texts.jsonl", Path(tmp) / "sentences.jsonl"
        gold.write_text("".join(json.dumps({"id": f"t{k}", "text": text}, ensure_ascii=False) + "\n"
                                for k, text in enumerate(texts)), encoding="utf-8")
        count = 0
        with sentences.open("w", encoding="utf-8") as out:
            for text in map(clean_plain_text, texts):
                for start, end in split_sentences(text):
                    if text[start:end].strip():
                        out.write(json.dumps(text[start:end], ensure_ascii=False) + "\n")
                        count += 1
        theirs = _timed([sys.executable, "-c", NER_SCRIPT, str(sentences)])
        ours = _timed([sys.executable, "-m", "newsmine.cli", "predict", str(gold), "--jobs", "1"])
    print(f"whole processes, {len(texts)} articles ({count} sentences): newsmine predict --jobs 1 "
          f"{ours[0]:.1f} s ({ours[1]:.1f} s CPU), a script of underthesea.ner {theirs[0]:.1f} s "
          f"({theirs[1]:.1f} s CPU): {theirs[0] / ours[0]:.2f}x ({theirs[1] / ours[1]:.2f}x in CPU time; "
          "target >= 8x)")
    return {"predict_vs_ner_process": round(theirs[0] / ours[0], 2),
            "predict_vs_ner_process_cpu": round(theirs[1] / ours[1], 2)}


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its waited-for children so far."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def jobs_scaling(texts: list[str]) -> tuple[float, float]:
    """Seconds of `annotate --jobs 1` over `--jobs 2` on the same articles, each into a fresh
    database; and the speed-up their CPU times allow on two free cores: the CPU of one job over
    the larger of half the CPU of two (parent and workers) and the parent's own (its writes are
    serial). On a shared machine the clock ratio swings with what else runs; the bound does not."""
    from newsmine import store
    from newsmine.annotate import annotate_articles

    seconds, cpu = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in (1, 2):
            db = store.open_db(Path(tmp) / f"jobs{jobs}.db")
            for k, text in enumerate(texts):
                store.save_article(db, {"url": f"http://bench/{k}", "title": "T", "text": text})
            before, started = _cpu(), time.perf_counter()
            annotate_articles(db, jobs=jobs)
            seconds[jobs] = time.perf_counter() - started
            cpu[jobs] = tuple(b - a for a, b in zip(before, _cpu(), strict=True))
            db.close()
    bound = sum(cpu[1]) / max(sum(cpu[2]) / 2, cpu[2][0])
    print(f"annotate {len(texts)} articles into a database: --jobs 1 {seconds[1]:.1f} s, "
          f"--jobs 2 {seconds[2]:.1f} s, speed-up {seconds[1] / seconds[2]:.2f}x; CPU --jobs 1 "
          f"{sum(cpu[1]):.1f} s, --jobs 2 {cpu[2][0]:.1f} s in the parent + {cpu[2][1]:.1f} s in "
          f"the workers: {bound:.2f}x on two free cores")
    return round(seconds[1] / seconds[2], 2), round(bound, 2)


if __name__ == "__main__":
    main()
