"""Scoring predictions against gold exactly as GOLD.md defines (matching, P/R/F1, secondary scores)."""

from collections import Counter

from .facts.lexicons import expand_abbreviations
from .gold import FACT_TYPES
from .textnorm import normalize_for_match, tokens

OBSTACLE_MIN_OVERLAP = 0.5
TITLE_MIN_OVERLAP = 0.6
VALUE_TOLERANCE = 0.005


def token_f1(a: str, b: str) -> float:
    """Token-overlap F1 of two texts in comparison form."""
    ta, tb = Counter(tokens(a or "")), Counter(tokens(b or ""))
    common = sum((ta & tb).values())
    if not common:
        return 1.0 if not ta and not tb else 0.0
    precision, recall = common / sum(ta.values()), common / sum(tb.values())
    return 2 * precision * recall / (precision + recall)


def _expanded(text: str) -> str:
    return normalize_for_match(expand_abbreviations(text or ""))


def _org_names(gold: dict) -> set[str]:
    names = [gold.get("name", "")] + list(gold.get("aliases") or [])
    return {normalize_for_match(n) for n in names} | {_expanded(n) for n in names}


def _values_equal(predicted, gold) -> bool:
    try:
        p, g = float(predicted), float(gold)
    except (TypeError, ValueError):
        return False
    return p == g if g == 0 else abs(p - g) <= VALUE_TOLERANCE * abs(g)


def match_score(kind: str, predicted: dict, gold: dict) -> float:
    """How well a prediction matches a gold item: 0 is no match; higher is better."""
    if kind == "officials":
        return float(normalize_for_match(predicted.get("name")) == normalize_for_match(gold.get("name")))
    if kind == "organizations":
        return float(_expanded(predicted.get("name")) in _org_names(gold))
    if kind == "figures":
        return float(
            predicted.get("unit") == gold.get("unit") and _values_equal(predicted.get("value"), gold.get("value"))
        )
    overlap = token_f1(predicted.get("text"), gold.get("text"))
    return overlap if overlap >= OBSTACLE_MIN_OVERLAP else 0.0


def _text_of(kind: str, item: dict) -> str:
    return item.get("title" if kind == "officials" else "name" if kind == "organizations" else "text") or ""


def match_items(kind: str, predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy matching: best match first, then most text overlap, then required gold."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            score = match_score(kind, p, g)
            if score > 0:
                overlap = token_f1(_text_of(kind, p), _text_of(kind, g))
                candidates.append((-score, -overlap, bool(g.get("optional")), i, j))
    candidates.sort()
    used_p, used_g, pairs = set(), set(), []
    for _, _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _secondary(kind: str, p: dict, g: dict) -> dict[str, float]:
    if kind == "officials":
        title = token_f1(expand_abbreviations(p.get("title") or ""), expand_abbreviations(g.get("title") or ""))
        org = _expanded(p.get("organization")) in _org_names({"name": g.get("organization") or ""})
        return {"title": float(title >= TITLE_MIN_OVERLAP), "organization": float(org)}
    if kind == "figures":
        return {
            "period": float((p.get("period") or None) == (g.get("period") or None)),
            "measure": token_f1(p.get("measure"), g.get("measure")),
        }
    if kind == "obstacles":
        return {"category": float(p.get("category") == g.get("category"))}
    return {}


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _prf(tp: int, fp: int, fn: int) -> dict:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(_ratio(2 * p * r, p + r), 4)}


def _judged(kind: str, gold: dict, predicted: dict):
    """The items of one type of one article as the scorer sees them: (predicted items, gold items,
    the matched pairs that count (a match of an optional gold item is neither right nor wrong),
    the predicted items matching nothing, the required gold items nothing matches)."""
    g_items, p_items = gold.get(kind) or [], predicted.get(kind) or []
    matched = match_items(kind, p_items, g_items)
    used_p, used_g = {i for i, _ in matched}, {j for _, j in matched}
    counted = [(i, j) for i, j in matched if not g_items[j].get("optional")]
    extra = [i for i in range(len(p_items)) if i not in used_p]
    missed = [j for j, g in enumerate(g_items) if j not in used_g and not g.get("optional")]
    return p_items, g_items, counted, extra, missed


def score(pairs: list[tuple[dict, dict]]) -> dict:
    """Score (gold record, predicted record) pairs; returns GOLD.md's JSON report."""
    counts = {k: Counter() for k in FACT_TYPES}
    secondary = {k: Counter() for k in FACT_TYPES}
    for gold, predicted in pairs:
        for kind in FACT_TYPES:
            p_items, g_items, counted, extra, missed = _judged(kind, gold, predicted)
            c = counts[kind]
            c["tp"] += len(counted)
            c["fp"] += len(extra)
            c["fn"] += len(missed)
            for i, j in counted:
                for name, value in _secondary(kind, p_items[i], g_items[j]).items():
                    secondary[kind][name] += value
    report = {"articles": len(pairs)}
    for kind in FACT_TYPES:
        c = counts[kind]
        entry = {**_prf(c["tp"], c["fp"], c["fn"]), "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
        for name, total in sorted(secondary[kind].items()):
            entry[name] = round(_ratio(total, c["tp"]), 4)
        for name in {"officials": ["title", "organization"], "figures": ["period", "measure"],
                     "obstacles": ["category"]}.get(kind, []):
            entry.setdefault(name, 0.0)
        report[kind] = entry
    total = Counter()
    for c in counts.values():
        total.update(c)
    report["overall"] = _prf(total["tp"], total["fp"], total["fn"])
    return report


def format_report(report: dict) -> str:
    """The eval table, then the closing `overall:` line."""
    head = f"{'type':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}  secondary"
    lines = [f"articles: {report['articles']}", head]
    for kind in FACT_TYPES:
        e = report[kind]
        extra = " ".join(f"{k}={e[k]:.2f}" for k in e if k not in {"P", "R", "F1", "tp", "fp", "fn"})
        lines.append(
            f"{kind:<15}{e['P']:>7.2f}{e['R']:>7.2f}{e['F1']:>7.2f}{e['tp']:>6}{e['fp']:>6}{e['fn']:>6}  {extra}"
        )
    o = report["overall"]
    lines.append(f"overall: P={o['P']:.2f} R={o['R']:.2f} F1={o['F1']:.2f}")
    return "\n".join(lines)


_SHOWN = {"officials": ("name", "title", "organization"), "organizations": ("name",),
          "figures": ("text", "unit", "measure", "period"), "obstacles": ("text", "category")}


def misses(pairs: list[tuple[dict, dict]]) -> list[dict]:
    """What the scorer counts against a prediction, article by article: each false positive
    (`extra`), each required gold item missed (`missed`), and each matched pair whose secondary
    score is short of right (`wrong`, with the scores: a measure under 0.5 token F1)."""
    found = []
    for gold, predicted in pairs:
        for kind in FACT_TYPES:
            p_items, g_items, counted, extra, missed = _judged(kind, gold, predicted)
            base = {"article": gold.get("id"), "kind": kind}
            found += [{**base, "miss": "extra", "predicted": _shown(kind, p_items[i])} for i in extra]
            found += [{**base, "miss": "missed", "gold": _shown(kind, g_items[j])} for j in missed]
            for i, j in counted:
                scores = _secondary(kind, p_items[i], g_items[j])
                short = {k: round(v, 2) for k, v in scores.items() if v < (0.5 if k == "measure" else 1.0)}
                if short:
                    found.append({**base, "miss": "wrong", "scores": short,
                                  "predicted": _shown(kind, p_items[i]), "gold": _shown(kind, g_items[j])})
    return found


def _shown(kind: str, item: dict) -> dict:
    return {k: item.get(k) for k in _SHOWN[kind] if item.get(k) is not None}


def format_misses(found: list[dict]) -> str:
    """One line a miss: article, kind, what is extra, missed or wrong, with the items."""
    lines = []
    for m in found:
        head = f"{m['article']}  {m['kind']:<13} {m['miss']:<6}"
        if m["miss"] == "wrong":
            lines.append(f"{head} {m['scores']}  predicted {m['predicted']}  gold {m['gold']}")
        else:
            lines.append(f"{head} {m.get('predicted') or m.get('gold')}")
    return "\n".join(lines)
