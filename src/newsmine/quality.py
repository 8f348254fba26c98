"""`make eval` and `make ablation`: the fact scores on every gold set, next to underthesea's NER
alone, the generalisation gap, and what each linguistic layer adds on real text.

The generalisation gap is the mean overall F1 on the sets the rules are developed on (dev and
real-train) minus the overall F1 on real-check, which nobody reads the misses of. The sets of
articles of ../shared/corpora annotated as offsets in corpus/gold-offsets/ (CORPUS_SETS:
`corpus-annotated`, `corpus-fresh`, `corpus-study`, `corpus-study2`, `corpus-study3`,
`corpus-study4` to `corpus-study8`, then `corpus-study9` to `corpus-study29`) are scored and printed
too, after the others and outside the gap; all but corpus-fresh and the newest sets (corpus-study28
and corpus-study29, unseen the stop they were annotated) may be studied, those only read as numbers."""

import argparse
import json
from pathlib import Path

from .evaluate import format_report, score
from .gold import GoldError, read_gold
from .gold_offsets import read_offset_gold
from .predict import gold_input_text, predict_records
from .workers import default_jobs

DEVELOPED_ON = ("dev", "real-train")
THERMOMETER = "real-check"
CORPUS_SETS = (("corpus-annotated", Path("corpus/gold-offsets/annotated.jsonl")),
               ("corpus-fresh", Path("corpus/gold-offsets/fresh.jsonl")),
               ("corpus-study", Path("corpus/gold-offsets/study.jsonl")),
               ("corpus-study2", Path("corpus/gold-offsets/study2.jsonl")),
               ("corpus-study3", Path("corpus/gold-offsets/study3.jsonl")),
               ("corpus-study4", Path("corpus/gold-offsets/study4.jsonl")),
               ("corpus-study5", Path("corpus/gold-offsets/study5.jsonl")),
               ("corpus-study6", Path("corpus/gold-offsets/study6.jsonl")),
               ("corpus-study7", Path("corpus/gold-offsets/study7.jsonl")),
               ("corpus-study8", Path("corpus/gold-offsets/study8.jsonl")),
               ("corpus-study9", Path("corpus/gold-offsets/study9.jsonl")),
               ("corpus-study10", Path("corpus/gold-offsets/study10.jsonl")),
               ("corpus-study11", Path("corpus/gold-offsets/study11.jsonl")),
               ("corpus-study12", Path("corpus/gold-offsets/study12.jsonl")),
               ("corpus-study13", Path("corpus/gold-offsets/study13.jsonl")),
               ("corpus-study14", Path("corpus/gold-offsets/study14.jsonl")),
               ("corpus-study15", Path("corpus/gold-offsets/study15.jsonl")),
               ("corpus-study16", Path("corpus/gold-offsets/study16.jsonl")),
               ("corpus-study17", Path("corpus/gold-offsets/study17.jsonl")),
               ("corpus-study18", Path("corpus/gold-offsets/study18.jsonl")),
               ("corpus-study19", Path("corpus/gold-offsets/study19.jsonl")),
               ("corpus-study20", Path("corpus/gold-offsets/study20.jsonl")),
               ("corpus-study21", Path("corpus/gold-offsets/study21.jsonl")),
               ("corpus-study22", Path("corpus/gold-offsets/study22.jsonl")),
               ("corpus-study23", Path("corpus/gold-offsets/study23.jsonl")),
               ("corpus-study24", Path("corpus/gold-offsets/study24.jsonl")),
               ("corpus-study25", Path("corpus/gold-offsets/study25.jsonl")),
               ("corpus-study26", Path("corpus/gold-offsets/study26.jsonl")),
               ("corpus-study27", Path("corpus/gold-offsets/study27.jsonl")),
               ("corpus-study28", Path("corpus/gold-offsets/study28.jsonl")),
               ("corpus-study29", Path("corpus/gold-offsets/study29.jsonl")))
CORPUS_GOLD = CORPUS_SETS[0][1]


def gold_sets(shared: Path) -> dict[str, Path]:
    """The gold sets that exist: the demo's, then the shared real ones."""
    sets = {"demo": Path("corpus/demo/gold.jsonl")}
    sets.update({name: shared / "gold" / f"{name}.jsonl" for name in ("dev", "real-train", "real-check")})
    return {name: path for name, path in sets.items() if path.is_file()}


def baseline_report(articles) -> dict:
    """The eval report of underthesea's NER alone on gold articles."""
    from .nlp.baseline import baseline_prediction

    return score([(a.record, baseline_prediction(gold_input_text(a)[0])) for a in articles])


def evaluate_set(path: Path) -> dict:
    """The eval report of one gold file, with `baseline_underthesea_ner`."""
    return evaluate_articles(read_gold(path))


def corpus_annotated(shared: Path, offsets: Path = CORPUS_GOLD):
    """The gold articles of one offsets set (corpus-annotated by default), or the one-line reason
    they are missing."""
    if not offsets.is_file():
        return f"no {offsets}"
    try:
        return read_offset_gold(offsets, shared / "corpora")
    except GoldError as error:
        return str(error)


def evaluate_articles(articles) -> dict:
    """The eval report of gold articles, with `baseline_underthesea_ner`."""
    predicted = predict_records(articles, jobs=default_jobs())
    report = score([(a.record, p) for a, p in zip(articles, predicted)])
    report["baseline_underthesea_ner"] = baseline_report(articles)
    return report


def gap(overall_f1: dict[str, float]) -> float | None:
    """Mean overall F1 on the development sets minus overall F1 on real-check."""
    developed = [overall_f1[name] for name in DEVELOPED_ON if name in overall_f1]
    if not developed or THERMOMETER not in overall_f1:
        return None
    return round(sum(developed) / len(developed) - overall_f1[THERMOMETER], 4)


def _summary_line(name: str, report: dict) -> str:
    cells = " ".join(f"{kind[:5]}={report[kind]['F1']:.2f}" for kind in
                     ("officials", "organizations", "figures", "obstacles"))
    base = report.get("baseline_underthesea_ner", {}).get("overall", {}).get("F1")
    tail = f"  (underthesea NER alone {base:.2f})" if base is not None else ""
    return f"{name:<16} overall F1={report['overall']['F1']:.3f}  {cells}{tail}"


def _print_set(name: str, source, report: dict) -> None:
    print(f"== {name}: {source}")
    print("baseline: underthesea.ner alone")
    print(format_report(report["baseline_underthesea_ner"]))
    print("newsmine")
    print(format_report(report))
    print()


def run_eval(shared: Path, as_json: bool = False) -> dict:
    reports = {}
    for name, path in gold_sets(shared).items():
        reports[name] = evaluate_set(path)
        if not as_json:
            _print_set(name, path, reports[name])
    for name, offsets in CORPUS_SETS:
        extra = corpus_annotated(shared, offsets)
        if not isinstance(extra, str):
            reports[name] = evaluate_articles(extra)
            if not as_json:
                _print_set(name, f"{offsets} on {shared / 'corpora'} (outside the gap)", reports[name])
        elif not as_json:
            print(f"== {name}: skipped ({extra})\n")
    result = {"sets": reports, "gap": gap({n: r["overall"]["F1"] for n, r in reports.items()})}
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for name, report in reports.items():
            print(_summary_line(name, report))
        if result["gap"] is not None:
            print(f"generalisation gap (mean of {' and '.join(DEVELOPED_ON)} minus {THERMOMETER}): "
                  f"{result['gap']:+.3f}")
    return result


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default="../shared", type=Path, help="the folder holding gold/")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    parser.add_argument("--ablation", action="store_true", help="the ablation table instead")
    args = parser.parse_args(argv)
    if args.ablation:
        from .ablation import run_ablation

        run_ablation(gold_sets(args.shared), as_json=args.json)
    else:
        run_eval(args.shared, as_json=args.json)


if __name__ == "__main__":
    main()
