"""Agreement between two independent annotations of the same articles, measured with the project's
scorer (GOLD.md): annotator 1 is the gold, annotator 2's items are the predictions.

An optional item of annotator 2 says "either reading is fine", so by default it is left out of the
predictions (a required item of annotator 1 that only an optional item of annotator 2 covers is then
a miss); `keep_optional=True` scores all of annotator 2's items. Only the articles both annotated
are scored. `python -m newsmine.agreement` prints the table for corpus/gold-offsets/annotated.jsonl
against second-pass.jsonl, both directions, and with `--newsmine` newsmine against each annotator."""

import argparse
import json
from collections import Counter
from pathlib import Path

from .evaluate import format_report, match_items, score, token_f1
from .gold import FACT_TYPES, GoldError
from .gold_offsets import read_offset_gold

OFFSETS = Path("corpus/gold-offsets")
FIRST, SECOND = OFFSETS / "annotated.jsonl", OFFSETS / "second-pass.jsonl"
SAME_SPAN = 0.9  # token-overlap F1 from which two obstacle spans count as the same (a leading word apart)


def as_predictions(record: dict, keep_optional: bool = False) -> dict:
    """An annotation used as predictions: its items, the optional ones left out unless kept."""
    return {kind: [item for item in record.get(kind) or [] if keep_optional or not item.get("optional")]
            for kind in FACT_TYPES}


def shared_ids(first: list[dict], second: list[dict]) -> list[str]:
    """The ids both annotations hold, in the second's order."""
    ids = {record["id"] for record in first}
    return [record["id"] for record in second if record["id"] in ids]


def agreement(first: list[dict], second: list[dict], keep_optional: bool = False) -> dict:
    """GOLD.md's report of `second` scored against `first` on the articles both annotated."""
    by_id = {record["id"]: record for record in first}
    pairs = [(by_id[record["id"]], as_predictions(record, keep_optional))
             for record in second if record["id"] in by_id]
    if not pairs:
        raise GoldError("the two annotations share no article")
    return score(pairs)


def _status(item: dict) -> str:
    return "optional" if item.get("optional") else "required"


def _overlaps(item: dict, others: list[dict]) -> bool:
    """Whether most words of `item` lie in one of `others` or one of them mostly in it."""
    words = set(item["text"].lower().split())
    for other in others:
        theirs = set(other["text"].lower().split())
        if len(words & theirs) >= 0.5 * min(len(words), len(theirs)):
            return True
    return False


def obstacle_differences(first: dict, second: dict) -> list[tuple[str, str, str]]:
    """The obstacles of one article, compared item by item (all items, optional ones included):
    (class, annotator 1's item, annotator 2's item), an empty text where one has none. Classes:
    "same"; "span" (matched, token overlap below SAME_SPAN); "status" (one required, the other optional);
    "category" (both required, other category); "only 1" / "only 2" (no match), with
    "+overlap" when the item still shares most words with an item of the other annotator
    (one item against several, or another mention of the same obstacle)."""
    one, two = first.get("obstacles") or [], second.get("obstacles") or []
    rows = []
    for i, j in match_items("obstacles", two, one):
        a, b = one[j], two[i]
        kinds = [name for name, differs in (
            ("span", token_f1(a["text"], b["text"]) < SAME_SPAN), ("status", _status(a) != _status(b)),
            ("category", a.get("category") != b.get("category") and _status(a) == _status(b) == "required"),
        ) if differs]
        rows.append(("+".join(kinds) or "same", a["text"], b["text"]))
    matched_one = {j for _, j in match_items("obstacles", two, one)}
    matched_two = {i for i, _ in match_items("obstacles", two, one)}
    for number, items, others, seen in ((1, one, two, matched_one), (2, two, one, matched_two)):
        for k, item in enumerate(items):
            if k not in seen:
                tag = f"only {number} ({_status(item)})" + ("+overlap" if _overlaps(item, others) else "")
                rows.append((tag, item["text"] if number == 1 else "", item["text"] if number == 2 else ""))
    return rows


def difference_counts(first: list[dict], second: list[dict]) -> Counter:
    """How many obstacle pairs or lone items fall in each class of `obstacle_differences`."""
    by_id = {record["id"]: record for record in first}
    return Counter(row[0] for record in second if record["id"] in by_id
                   for row in obstacle_differences(by_id[record["id"]], record))


def _records(path: Path, corpora: Path) -> list[dict]:
    return [article.record for article in read_offset_gold(path, corpora)]


def run(first: Path, second: Path, corpora: Path, newsmine: bool = False) -> dict:
    """The agreement reports (and newsmine's scores against each annotator when asked)."""
    one, two = _records(first, corpora), _records(second, corpora)
    ids = set(shared_ids(one, two))
    one = [record for record in one if record["id"] in ids]
    reports = {"annotator 2 vs annotator 1": agreement(one, two),
               "annotator 2 (optional items kept) vs annotator 1": agreement(one, two, True),
               "annotator 1 vs annotator 2": agreement(two, one),
               "obstacle differences": dict(sorted(difference_counts(one, two).items()))}
    if newsmine:
        from .gold import GoldArticle
        from .predict import predict_records

        predicted = list(predict_records([GoldArticle(r, first.parent) for r in one]))
        for name, gold in (("annotator 1", one), ("annotator 2", two)):
            by_id = {record["id"]: record for record in gold}
            reports[f"newsmine vs {name}"] = score([(by_id[p["id"]], p) for p in predicted])
    return reports


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--first", type=Path, default=FIRST, help="annotator 1 (the gold), offsets")
    parser.add_argument("--second", type=Path, default=SECOND, help="annotator 2, offsets")
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--newsmine", action="store_true", help="also score newsmine against each")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args(argv)
    try:
        reports = run(args.first, args.second, args.corpora, args.newsmine)
    except GoldError as error:
        raise SystemExit(f"error: {error}") from None
    if args.json:
        print(json.dumps(reports, ensure_ascii=False))
        return
    for name, report in reports.items():
        if name == "obstacle differences":
            print(f"== {name} (pairs or lone items per class)")
            print("\n".join(f"{count:>4}  {kind}" for kind, count in report.items()) + "\n")
        else:
            print(f"== {name}\n{format_report(report)}\n")


if __name__ == "__main__":
    main()
