"""`make train`: the obstacle filter (facts/models/obstacle_filter.json) learned from the training
gold sets only: the demo gold, and the studied corpus sets (corpus-annotated, corpus-study to
corpus-study8) when ../shared/corpora exists; never dev, real-train or real-check (the
generalisation gap's sets, which so stay out-of-sample) nor corpus-fresh, nor corpus-study9 to
corpus-study29 (each annotated on the stop it was added, and kept unseen by the filter so that it
measures it on new text). corpus-study8 joined the training once it was studied; corpus-study9 to
-study11, studied since, were tried and left out (so trained, the filter lowered the then unseen
corpus-study11, and later dropped the same candidates as without them: README "The linguistic
layer"). corpus-study9 to -study15 (140 studied articles) were tried once more on 2026-12-06's
seventh stop and left out again: so trained (threshold 0.325 by cross-validation), the filter
scored real-check, corpus-fresh and corpus-study16 exactly as the shipped one and lost real-train
two obstacles (81/17/20 → 79/17/22). On 2026-12-07's fifth stop (c9a2126) two more training sets
were tried, scored with the sets unseen then (numbers only): the real team's own dev and real-train
(which the issue allows; the gap then reads them in-sample) lowered every unseen set (real-check
0.9213 → 0.9206, corpus-fresh 0.8529 → 0.8511, corpus-study22 0.8326 → 0.8308, corpus-study23 0.8523
→ 0.8512); all studied corpus sets through corpus-study21 (1,114 labelled candidates) left
corpus-fresh, -study22 and -study23 even, real-check 0.9213 → 0.9214 (one true and one false
obstacle more) and real-train 0.9614 → 0.9608: neither joined. Candidate features (the cue's lexicon file, a negated cue, a
cue naming its category, "còn", contrast, plan or speech words before the candidate, a digit, a
comparative, the sentence's length and place in the article, a list item, the category crossed
with length, place or speech) each moved the cross-validated F1 by under one candidate (0.6538 →
0.6518 .. 0.6545) and none raised the sets held out of training, so none joined
(docs/obstacles.md). filter42 (2026-12-08) added one, a personal pronoun among the
candidate's first words (`person`): retrained, it drops four false obstacles of studied sets held
out of training and one of an unseen set, and loses none; ten others (the candidate's own subject,
the cue first, a whole comma clause, its exact length, a digit, speech marks, words after the cue)
moved nothing or lost real-train (docs/obstacles-rounds.md, Stop 52, filter42).

Each rule candidate of a training article is labelled by the scorer's matching (1: it matches a
required gold obstacle, 0: it matches none; a match of an optional item teaches nothing). A
logistic model over `obstacles.model.features` is fitted at a fixed L2 strength (0.3), and the
threshold under which a candidate is dropped is half the best obstacles' micro-F1 of 5-fold
cross-validation over articles (an article and its republications share a fold), repeated over ten
fixed partitions (fold = crc32 of seed and article group) and averaged: keeping a candidate of
probability p raises the expected F1 F exactly when p > F/2, so on calibrated probabilities the
F1-optimal cut is F*/2 (filter36; the held-out ones are roughly so, and rather low than high
between 0.3 and 0.5, where few candidates lie: docs/obstacles.md). Until filter36 both
the strength (0.3, 1, 3 or 10) and the threshold were the argmax of one cross-validation (filter33:
the middle of the run of equal F1 around it), which jumped: the rule "tình trạng" (obstrecall35),
853 candidates for 852, made it pick 3.0 and 0.4175 and moved 26 cells, and leaving one training
article out (40 draws) moved a decision of the scored sets' candidates in 12 draws (99 candidates,
266 on 2,301 unannotated articles). The four strengths score within one candidate of each other
(mean of ten partitions 0.7325 at 0.3, 0.7314 at 1, 0.7318 at 3, 0.7314 at 10), so choosing among
them chose by noise; the argmax of the curve is where one held-out candidate falls, while F*/2 moves
0.0005 for 0.001 of F1. So chosen (threshold 0.36626), one draw in 40 moves a decision (one scored
candidate, none on the unannotated articles) and the "tình trạng" rule moves no decision of a
candidate in any scored set or the corpus (threshold 0.36689); training takes as long as before.
`--held-out` also scores each real training set under a model trained without it.
Deterministic: same data, same file."""

import argparse
import json
import zlib
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from .evaluate import match_items
from .facts.obstacles.events import is_event
from .facts.obstacles.model import MODEL_FILE, ObstacleModel, features
from .facts.pipeline import add_fact_components, blank, run_as_annotated
from .gold import read_gold
from .predict import gold_input_text
from .quality import CORPUS_SETS, corpus_annotated

# the sets outside the gap that rules may be studied on; dev and real-train stay out of training
# so that their scores, and the gap, stay out-of-sample
STUDIED_CORPUS_SETS = ("corpus-annotated", "corpus-study", "corpus-study2", "corpus-study3", "corpus-study4",
                       "corpus-study5", "corpus-study6", "corpus-study7", "corpus-study8")

FOLDS = 5
SEEDS = 10  # the 5-fold cross-validation is repeated over this many fixed partitions of the articles
STRENGTH = 0.3  # L2, fixed: the cross-validation cannot tell 0.3 from 3.0 (docs/obstacles.md, filter36)
# the thresholds (from 0.05 in steps of 0.0025) at which the cross-validated F1 is measured
FINE_THRESHOLDS = tuple(round(0.05 + 0.0025 * k, 4) for k in range(261))
MIN_COUNT = 2  # a feature seen once is noise


def training_sets(shared: Path, demo: Path) -> dict[str, list]:
    """The gold sets the filter may learn from, by name (never the gap's sets or corpus-fresh)."""
    sets = {"demo": list(read_gold(demo))} if demo.is_file() else {}
    for name, offsets in CORPUS_SETS:
        if name in STUDIED_CORPUS_SETS:
            extra = corpus_annotated(shared, offsets)
            if not isinstance(extra, str):
                sets[name] = list(extra)
    return sets


def _group(text: str) -> int:
    """The fold group of an article: a number from its headline, so that a republication (the
    demo's aggregator copies the paper's articles) falls in the same fold as the original."""
    headline = " ".join(text.strip().split("\n", 1)[0].lower().split())
    return zlib.crc32(headline.encode("utf-8"))


def candidates(articles) -> list[tuple[int, object, int | None]]:
    """(article group, rule candidate, label) for every obstacle the rules alone find; label None
    for a candidate matching an optional gold item; and the count of required gold items missed."""
    nlp = add_fact_components(blank(), obstacle_filter=False, echoes=False)
    rows, missed = [], 0
    for article in articles:
        text, published = gold_input_text(article)
        group = _group(text)
        found = [o for o in run_as_annotated(nlp, text, article.record.get("province"),
                                             published or article.record.get("published"))._.facts.obstacles
                 if not is_event(o)]  # the filter never sees events (obstacles/events.py)
        gold = article.record.get("obstacles", [])
        pairs = dict(match_items("obstacles", [{"text": o.text} for o in found], gold))
        for k, obstacle in enumerate(found):
            g = pairs.get(k)
            rows.append((group, obstacle, None if g is not None and gold[g].get("optional")
                         else int(g is not None)))
        matched = set(pairs.values())
        missed += sum(1 for j, g in enumerate(gold) if j not in matched and not g.get("optional"))
    return rows, missed


def fit(x, y: np.ndarray, strength: float) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2 logistic regression (bias not penalised), by L-BFGS from zero."""
    n = x.shape[1]

    def loss(theta):
        w, b = theta[:n], theta[n]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        value = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * strength * w @ w
        g = p - y
        return value, np.concatenate([x.T @ g + strength * w, [g.sum()]])

    result = optimize.minimize(loss, np.zeros(n + 1), jac=True, method="L-BFGS-B",
                               options={"maxiter": 500})
    return result.x[:n], float(result.x[n])


def _matrix(rows, vocabulary: dict[str, int]):
    data, cols, ptr = [], [], [0]
    for _, obstacle, _ in rows:
        found = sorted({vocabulary[f] for f in features(obstacle) if f in vocabulary})
        cols += found
        data += [1.0] * len(found)
        ptr.append(len(cols))
    return sparse.csr_matrix((data, cols, ptr), shape=(len(rows), len(vocabulary)))


def _vocabulary(rows) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, obstacle, _ in rows:
        for f in features(obstacle):
            counts[f] = counts.get(f, 0) + 1
    return {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}


def _f1(probabilities, labels, threshold: float, missed: int) -> float:
    kept = probabilities >= threshold
    tp = int(np.sum(kept & (labels == 1)))
    fp = int(np.sum(kept & (labels == 0)))
    fn = missed + int(np.sum(~kept & (labels == 1)))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _fold(group: int, seed: int) -> int:
    """The fold of an article's group in the seed-th partition (fixed: a hash of seed and group)."""
    return zlib.crc32(f"{seed}:{group}".encode("ascii")) % FOLDS


def cross_validate(rows, missed: int) -> tuple[float, dict]:
    """(threshold, F1 table): the obstacles' micro-F1 of the held-out folds at each threshold, the
    mean over `SEEDS` partitions of the articles into `FOLDS` folds, and the threshold half the best
    of them (`_plug_in`)."""
    labelled = [r for r in rows if r[2] is not None]
    labels = np.array([r[2] for r in labelled])
    table = dict.fromkeys((0.0,) + FINE_THRESHOLDS, 0.0)
    for seed in range(SEEDS):
        folds = np.array([_fold(r[0], seed) for r in labelled])
        held_out = np.zeros(len(labelled))
        for fold in range(FOLDS):
            train = [r for r, f in zip(labelled, folds) if f != fold]
            test = np.flatnonzero(folds == fold)
            vocabulary = _vocabulary(train)
            w, b = fit(_matrix(train, vocabulary), np.array([r[2] for r in train], float), STRENGTH)
            z = _matrix([labelled[k] for k in test], vocabulary) @ w + b
            held_out[test] = 1.0 / (1.0 + np.exp(-z))
        for threshold in table:
            table[threshold] += _f1(held_out, labels, threshold, missed) / SEEDS
    return _plug_in(table), table


def _plug_in(table: dict) -> float:
    """Half the best cross-validated F1: keeping a candidate of probability p raises the expected F1
    F exactly when p > F/2, so on calibrated probabilities the F1-optimal cut is F*/2 (Lipton et al.
    2014, "Thresholding classifiers to maximize F1"). It moves with the best F1 (by 0.0005 for 0.001),
    not with where one held-out candidate falls, as the argmax of the F1 curve does. 0.0 (no filter)
    when it scores under the rules alone."""
    threshold = round(max(table.values()) / 2, 5)
    return threshold if _f1_at(table, threshold) >= table[0.0] else 0.0


def _f1_at(table: dict, threshold: float) -> float:
    """The cross-validated F1 of a threshold (off the grid: of the grid's step below it)."""
    return table[max(t for t in table if t <= threshold)]


def _fitted(rows, missed: int) -> tuple[ObstacleModel, dict]:
    """The model fitted on all labelled rows, with L2 strength and threshold by cross-validation."""
    threshold, table = cross_validate(rows, missed)
    labelled = [r for r in rows if r[2] is not None]
    vocabulary = _vocabulary(labelled)
    w, b = fit(_matrix(labelled, vocabulary), np.array([r[2] for r in labelled], float), STRENGTH)
    weights = {f: float(w[k]) for f, k in vocabulary.items() if abs(w[k]) >= 1e-4}
    report = {"candidates": len(rows), "labelled": len(labelled),
              "positives": sum(r[2] for r in labelled), "missed_by_rules": missed,
              "strength": STRENGTH, "threshold": threshold,
              "cv_f1_rules_alone": round(table[0.0], 4), "cv_f1_best": round(max(table.values()), 4),
              "cv_f1_filtered": round(_f1_at(table, threshold), 4)}
    return ObstacleModel(weights, round(b, 5), threshold), report


def _held_out(data: dict, name: str) -> dict:
    """Obstacles F1 of one set, rules alone and filtered by a model trained on the other sets."""
    model, _ = _fitted([r for n, (rows, _) in data.items() if n != name for r in rows],
                       sum(m for n, (_, m) in data.items() if n != name))
    rows, missed = data[name]
    labelled = [r for r in rows if r[2] is not None]
    labels = np.array([r[2] for r in labelled])
    p = np.array([model.probability(o) for _, o, _ in labelled])
    return {"rules_alone": round(_f1(p, labels, 0.0, missed), 4),
            "filtered": round(_f1(p, labels, model.threshold, missed), 4)}


def train(shared: Path, demo: Path, held_out: bool = False) -> tuple[ObstacleModel, dict]:
    """The model from every training set; with `held_out`, also each corpus set's F1 under a model
    trained without it (the sets a model learnt from score in-sample)."""
    data = {name: candidates(articles) for name, articles in training_sets(shared, demo).items()}
    model, report = _fitted([r for rows, _ in data.values() for r in rows],
                            sum(m for _, m in data.values()))
    if held_out:
        report["held_out"] = {name: _held_out(data, name) for name in data if name != "demo"}
    return model, report


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default="../shared", type=Path, help="the folder holding gold/")
    parser.add_argument("--demo", default="corpus/demo/gold.jsonl", type=Path)
    parser.add_argument("--held-out", action="store_true",
                        help="also score each real training set under a model trained without it")
    parser.add_argument("--out", default=Path("src/newsmine/facts/models") / MODEL_FILE, type=Path)
    args = parser.parse_args(argv)
    model, report = train(args.shared, args.demo, held_out=args.held_out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.as_json(), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
