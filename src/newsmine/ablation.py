"""The ablation: fact scores on real text and annotate speed, with and without each linguistic
layer (underthesea's word segmentation, POS tags, named entities) in front of the rules."""

import json
import time
from collections.abc import Callable

from spacy.language import Language

from .evaluate import score
from .facts.pipeline import add_fact_components, blank, run_as_annotated
from .gold import read_gold
from .predict import predict_record

SETS = ("dev", "real-train", "real-check")


def _with_layers(*layers: str, segment: bool = False, obstacle_filter: bool = True,
                 echoes: bool = True) -> Callable[[], Language]:
    def build() -> Language:
        from .nlp.language import segmented

        nlp = segmented(blank()) if segment else blank()
        for layer in layers:
            nlp.add_pipe(layer)
        return add_fact_components(nlp, obstacle_filter=obstacle_filter, echoes=echoes)

    return build


# name → builder; the first is the annotate path, the baseline of the speed ratios
CONFIGURATIONS = {
    "rules + learned obstacle filter (annotate path)": _with_layers(),
    "+ underthesea word segmentation": _with_layers(segment=True),
    "+ segmentation and POS tags": _with_layers("newsmine_pos", segment=True),
    "+ NER person names": _with_layers("newsmine_ner"),
    # the learned obstacle filter (facts/obstacles/model.py) learns from the demo and the studied
    # corpus sets, never from these three: what it adds here is out-of-sample
    "rules alone, without the obstacle filter": _with_layers(obstacle_filter=False),
    "without dropping an obstacle told again": _with_layers(echoes=False),
}


def measure(nlp: Language, articles) -> tuple[dict, float]:
    """(eval report, seconds spent in the fact pipeline) of `nlp` on gold articles."""
    spent = 0.0

    def annotate(text, province, published):
        nonlocal spent
        began = time.perf_counter()
        doc = run_as_annotated(nlp, text, province, published)
        spent += time.perf_counter() - began
        return doc._.facts

    report = score([(a.record, predict_record(a, annotate)) for a in articles])
    return report, spent


def run_ablation(gold_sets: dict, as_json: bool = False) -> dict:
    sets = {name: read_gold(path) for name, path in gold_sets.items() if name in SETS}
    rows = {}
    for name, build in CONFIGURATIONS.items():
        nlp = build()
        measure(nlp, [a for articles in sets.values() for a in articles[:2]])  # models, before timing
        results = {s: measure(nlp, articles) for s, articles in sets.items()}
        rows[name] = {"F1": {s: r["overall"]["F1"] for s, (r, _) in results.items()},
                      "by_type": {s: {k: r[k]["F1"] for k in ("officials", "organizations", "figures",
                                                               "obstacles")} for s, (r, _) in results.items()},
                      "seconds": round(sum(t for _, t in results.values()), 2)}
    fastest = rows[next(iter(CONFIGURATIONS))]["seconds"]
    for row in rows.values():
        row["speed_vs_rules"] = round(fastest / row["seconds"], 2) if row["seconds"] else None
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return rows
    print(f"| layers | {' | '.join(f'{s} F1' for s in sets)} | {' | '.join(f'{s} obstacles F1' for s in sets)} "
          "| annotate speed vs the annotate path |")
    print(f"|---|{'---|' * (2 * len(sets))}---|")
    for name, row in rows.items():
        cells = " | ".join(f"{row['F1'][s]:.3f}" for s in sets)
        obstacles = " | ".join(f"{row['by_type'][s]['obstacles']:.3f}" for s in sets)
        print(f"| {name} | {cells} | {obstacles} | {row['speed_vs_rules']:.2f}× |")
    return rows
