#!/usr/bin/env python3
"""Fit the holding scorer's weights and selection rule; write ``legalparse/_holdings/weights.json``.

Data: ``fixtures/holdings/train/<name>.txt`` (a document's clean text) and
``<name>.json`` (``{"holdings": [text | {"text", "optional"}]}``, the annotated
holdings). A candidate sentence is a positive when it matches an annotated holding
the way the project's scorer matches them (token overlap >= 0.7 of the holding and
>= 0.3 of the sentence); optional holdings count as positives for fitting.

Method: L2-regularised logistic regression (plain gradient descent, no dependencies);
the selection rule (at most K sentences, a threshold for the first and the rest) and
the confidence calibration are chosen on leave-one-document-out predictions, so the
figures printed estimate unseen documents.

  python tools/holdings/train.py [--data DIR] [--write] [--l2 1.0]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from legalparse._document import Document, Footnote  # noqa: E402
from legalparse._span import Span  # noqa: E402
from legalparse._statutes import find_statutes  # noqa: E402
from legalparse._holdings._features import FEATURES, candidates  # noqa: E402
from legalparse._holdings._scope import body_spans, lead_spans, stitched_sentences  # noqa: E402
from legalparse._holdings import _scorer  # noqa: E402
from legalparse._holdings._scorer import crowding, sigmoid  # noqa: E402


class Part(NamedTuple):
    """An opinion part as the structure reader names it (kind and span)."""

    kind: str
    span: Span


def tokens(text: str) -> list[str]:
    text = re.sub(r"-\s+", "", str(text).lower())
    return re.findall(r"[a-z0-9§]+", text)


def matches(gold: str, pred: str) -> bool:
    g, p = Counter(tokens(gold)), Counter(tokens(pred))
    if not g or not p:
        return False
    common = sum((g & p).values())
    return common / sum(g.values()) >= 0.7 and common / sum(p.values()) >= 0.3


COMPACT = (
    "court_decides", "opener", "outcome", "lookalike", "hedge", "bare_decretal", "procedural",
    "question", "short", "long", "last_fifth", "first_tenth", "in_background", "in_standard",
    "in_conclusion", "after_heading", "before_heading", "paragraph_end", "decides_outcome",
    "opener_outcome", "because", "negation", "we_court", "argument", "case_cite", "quotation",
    "statute", "decides_early", "decides_statute", "length_of_opinion", "paragraph_start",
    "evaluative", "past_outcome", "reasoned_decretal", "discusses_case", "modal_rule", "lead_in", "restated", "concludes_section", "opens_conclusion", "narrative", "line_number", "opener_late",
    "own_voice", "decides_scarce", "echoes_syllabus",
)
"""The features the shipped model weighs: cue families rather than single cues, so that
26 annotated documents can fit them without learning their accidents."""

USED = COMPACT

OPTIONAL_LABEL = 1.0
"""The target of a sentence matching only an optional (second-tier) holding."""

FIXED = {"answered_question": 2.0}
"""Weights set by hand where the annotated documents hold too few examples to fit one:
ANNOTATION.md names the question-and-short-answer form ("Does the MOU violate the
Code? It does not.") a holding."""


def load(data: Path) -> list[dict]:
    """Every document: its candidates' feature rows, labels, and gold holdings."""
    docs = []
    for meta in sorted(data.glob("*.json")):
        text = meta.with_suffix(".txt").read_text(encoding="utf-8")
        record = json.loads(meta.read_text(encoding="utf-8"))
        gold = [h if isinstance(h, dict) else {"text": h} for h in record["holdings"]]
        notes = [Footnote(label="", span=Span(a, b), text=text[a:b]) for a, b in record.get("footnotes", [])]
        doc = Document(text=text, format="text", footnotes=notes)
        opinion_parts = [Part(kind, Span(a, b)) for kind, a, b in record.get("parts", [])]
        parts = body_spans(lead_spans(doc, opinion_parts), doc.footnotes)
        sents, reading = stitched_sentences(text, parts)
        cands = candidates(text, sents, [c.span.start for c in find_statutes(text)], reading, reportable_only=False)
        rows, labels, which, shown, gate, words = [], [], [], [], [], []
        for c in cands:
            sentence = c.span.slice(text)
            hit = [i for i, g in enumerate(gold) if matches(g["text"], sentence)]
            rows.append([c.features.get(n, 0.0) if n in USED or n in FIXED else 0.0 for n in FEATURES])
            required = any(not gold[g].get("optional") for g in hit)
            labels.append(1.0 if required else OPTIONAL_LABEL if hit else 0.0)
            which.append(hit)
            shown.append(sentence)
            gate.append(bool(c.features.get("decision_cue", 1.0)))
            words.append(set(c.words))
        docs.append({"name": meta.stem, "source": record.get("source", data.name), "rows": rows, "labels": labels, "which": which, "gold": gold, "sentences": shown, "gate": gate, "words": words})
    return docs


def fit(rows: list[list[float]], labels: list[float], l2: float, iterations: int = 60) -> tuple[list[float], float]:
    """L2-regularised logistic regression by Newton's method, positives reweighted (holdings are rare)."""
    import numpy as np  # a tool dependency only; the package reads plain JSON

    x = np.hstack([np.asarray(rows, dtype=float), np.ones((len(rows), 1))])
    fixed = np.zeros(x.shape[1])
    for name, weight in FIXED.items():
        fixed[FEATURES.index(name)] = weight
    offset = x @ fixed  # weights set by hand are held, and the others fitted around them
    x[:, fixed != 0] = 0.0
    y = np.asarray(labels, dtype=float)
    pos = max(y.sum(), 1.0)
    sample = np.where(y > 0, min(POSITIVE_WEIGHT, (len(y) - pos) / pos), 1.0)
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w + offset)))
        grad = x.T @ (sample * (p - y)) + penalty * w
        hess = (x * (sample * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    w = w + fixed
    return [float(v) for v in w[:-1]], float(w[-1])


POSITIVE_WEIGHT = 10.0
"""Most weight a holding sentence gets relative to another sentence (they are rare)."""


def logit(w: list[float], b: float, x: list[float]) -> float:
    return b + sum(wi * xi for wi, xi in zip(w, x))


def choose(
    scores: list[float], k: int, t1: float, t2: float, gate: "list[bool] | None" = None, words_of: "list | None" = None,
    margin: float = math.inf, few: int = 0,
) -> list[int]:
    """The indexes the shipped selection rule (``_scorer.pick``) reports, best first."""
    kept = [i for i in range(len(scores)) if gate is None or gate[i]]
    words = [set(words_of[i]) if words_of else set() for i in kept]
    picked = _scorer.pick([scores[i] for i in kept], words, max_holdings=k, first_threshold=t1, next_threshold=t2,
                          margin=margin, few_candidates=few)
    return [kept[j] for j in picked]


def evaluate(
    docs: list[dict], scores: list[list[float]], k: int, t1: float, t2: float, margin: float = math.inf, few: int = 0
) -> dict:
    """Precision, recall, F1 as the project scorer counts them (optional holdings neither help nor hurt)."""
    tp = fp = fn = top_right = top_n = 0
    for doc, sc in zip(docs, scores):
        picked = choose(sc, k, t1, t2, doc["gate"], doc["words"], margin, few)
        used: set[int] = set()
        for rank, i in enumerate(picked):
            free = [g for g in doc["which"][i] if g not in used]
            req = [g for g in free if not doc["gold"][g].get("optional")]
            if req:
                used.add(req[0])
                tp += 1
            elif free:
                used.add(free[0])
            else:
                fp += 1
            if rank == 0:
                top_n += 1
                top_right += bool(free)
        fn += sum(1 for g, h in enumerate(doc["gold"]) if not h.get("optional") and g not in used)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "P": p, "R": r, "F1": f, "top1": top_right / top_n if top_n else 0.0, "top_n": top_n}


def cross_scores(docs: list[dict], l2: float) -> list[list[float]]:
    """Leave-one-document-out logits."""
    out = []
    for i, doc in enumerate(docs):
        rest = [d for j, d in enumerate(docs) if j != i]
        w, b = fit_docs(rest, l2)
        out.append([logit(w, b, x) for x in doc["rows"]])
    return out


def fit_docs(docs: list[dict], l2: float) -> tuple[list[float], float]:
    """Fit on every candidate of ``docs``."""
    return fit([x for d in docs for x in d["rows"]], [y for d in docs for y in d["labels"]], l2)


GRID_K = (1, 2, 3, 4, 5)
GRID_MARGIN = (1.0, 1.5, 2.0, 2.5, 3.0, math.inf)
GRID_T = tuple(x / 20 for x in range(4, 20))


PRECISION_FLOOR = 0.85
"""Precision a reader expects of the reported sentences: the rule maximises F1 among those reaching it."""


def pick_rule(docs: list[dict], scores: list[list[float]]) -> tuple[int, float, float, float, dict]:
    """The selection rule, among those whose F1 is within 0.02 of the best.

    Of these, where some reach ``PRECISION_FLOOR``, the one of them with the highest F1,
    then the highest precision, then the fewest sentences; where none does, the most
    precise (every extra sentence is a false positive to a reader).
    """
    results = []
    for k in GRID_K:
        for t1 in GRID_T:
            for t2 in GRID_T:
                for margin in GRID_MARGIN if k > 1 else (math.inf,):
                    if t2 >= t1:
                        results.append((k, t1, t2, margin, evaluate(docs, scores, k, t1, t2, margin)))
    def then(r: tuple) -> tuple:  # fewer sentences, a higher first threshold, a narrower margin
        return (-r[0], r[1], -r[3])

    best_f1 = max(r[-1]["F1"] for r in results)
    precise = [r for r in results if r[-1]["P"] >= PRECISION_FLOOR and r[-1]["F1"] >= best_f1 - 0.02]
    if precise:
        k, t1, t2, margin, m = max(precise, key=lambda r: (round(r[-1]["F1"], 3), round(r[-1]["P"], 3), *then(r)))
    else:
        k, t1, t2, margin, m = precision_first(results, then)
    return k, t1, t2, margin, m


def precision_first(results: list, then: Any) -> Any:
    """Among ``results`` (tuples ending in their figures) whose F1 is within 0.02 of the best,
    the most precise, ties broken by ``then(result)`` (larger wins)."""
    best_f1 = max(r[-1]["F1"] for r in results)
    near = [r for r in results if r[-1]["F1"] >= best_f1 - 0.02]
    return max(near, key=lambda r: (round(r[-1]["P"], 3), *then(r)))


GRID_FEW = (0, 4, 6, 8, 10, 12, 16, 20)


def pick_few(docs: list[dict], scores: list[list[float]], k: int, t1: float, t2: float, margin: float) -> tuple[int, dict]:
    """The short-order size: up to how many candidates a document reports all those at ``t1``.

    Chosen as the rule is (precision first among F1 within 0.02 of the best), then the smallest.
    """
    results = [(few, evaluate(docs, scores, k, t1, t2, margin, few)) for few in GRID_FEW]
    return precision_first(results, lambda r: (-r[0],))


MIN_SLOPE = 0.2
"""Least weight of the logit in the confidence, so that confidences order a document's holdings as
the model ranks them (at 0 the fit makes them nearly equal). With the best sentence's weight also held
at 0 or above, the held-out Brier score is 0.107 against 0.101 left free."""


def calibrate(
    docs: list[dict], scores: list[list[float]], k: int, t1: float, t2: float, margin: float = math.inf, few: int = 0
) -> tuple[tuple[float, float, float, float], float]:
    """Platt scaling of the reported sentences' confidence; returns it and its Brier score.

    Inputs: the logit (its weight kept at ``MIN_SLOPE`` or above, so that a higher score
    means a higher confidence), whether the sentence is the document's best, a bias, and
    how crowded the document's top is (log of 1 + its candidates at ``t2`` or above: where
    many sentences read like holdings, each reported one is less surely an annotated one).
    """
    xs, ys = [], []
    for doc, sc in zip(docs, scores):
        crowd = crowding([s for s, g in zip(sc, doc["gate"]) if g], t2)
        for rank, i in enumerate(choose(sc, k, t1, t2, doc["gate"], doc["words"], margin, few)):
            xs.append((sc[i], 1.0 if rank == 0 else 0.0, crowd))
            ys.append(1.0 if doc["which"][i] else 0.0)
    a, bf, c, d = 1.0, 0.0, 0.0, 0.0
    for _ in range(5000):
        ga = gbf = gc = gd = 0.0
        for (s, first, crowd), y in zip(xs, ys):
            g = sigmoid(a * s + bf * first + c + d * crowd) - y
            ga += g * s
            gbf += g * first
            gc += g
            gd += g * crowd
        n = max(len(xs), 1)
        a = max(MIN_SLOPE, a - 0.1 * (ga / n + 0.01 * (a - 1.0)))  # confidence rises with the score
        bf = max(0.0, bf - 0.1 * (gbf / n + 0.01 * bf))  # the best sentence is never less sure than the next
        c -= 0.1 * (gc / n + 0.01 * c)
        d -= 0.1 * (gd / n + 0.01 * d)
    brier = sum((sigmoid(a * s + bf * f + c + d * m) - y) ** 2 for (s, f, m), y in zip(xs, ys)) / max(len(xs), 1)
    return (a, bf, c, d), brier


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="+", default=[ROOT / "fixtures" / "holdings" / "train"],
                    help="folders of training documents (refresh.py's output); figures are printed for each source too")
    ap.add_argument("--out", type=Path, default=ROOT / "legalparse" / "_holdings" / "weights.json")
    ap.add_argument("--l2", type=float, default=16.0)
    ap.add_argument("--test", type=Path, nargs="*", default=[ROOT / "fixtures" / "holdings" / "test"],
                    help="folders of documents never trained on: the fitted model and rule are scored on them")
    ap.add_argument("--write", action="store_true", help="write the weights file")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)

    docs = [doc for folder in args.data for doc in load(folder)]
    n_pos = sum(sum(d["labels"]) for d in docs)
    print(f"{len(docs)} documents, {sum(len(d['rows']) for d in docs)} candidates, {n_pos:.0f} positive")
    cv = cross_scores(docs, args.l2)
    k, t1, t2, margin, m = pick_rule(docs, cv)
    few, m = pick_few(docs, cv, k, t1, t2, margin)
    cal, brier = calibrate(docs, cv, k, t1, t2, margin, few)
    print(f"leave-one-document-out: k={k} t1={t1:.2f} t2={t2:.2f} margin={margin} few={few}  P={m['P']:.3f} R={m['R']:.3f} F1={m['F1']:.3f} "
          f"tp/fp/fn={m['tp']}/{m['fp']}/{m['fn']} top1={m['top1']:.3f} of {m['top_n']}  Brier={brier:.3f}")
    w, b = fit_docs(docs, args.l2)
    full = [[logit(w, b, x) for x in d["rows"]] for d in docs]
    mf = evaluate(docs, full, k, t1, t2, margin, few)
    print(f"refit on all (in-sample): P={mf['P']:.3f} R={mf['R']:.3f} F1={mf['F1']:.3f} top1={mf['top1']:.3f}")
    sources = sorted({d["source"] for d in docs})
    for source in sources if len(sources) > 1 else ():
        pick = [i for i, d in enumerate(docs) if d["source"] == source]
        held = evaluate([docs[i] for i in pick], [cv[i] for i in pick], k, t1, t2, margin, few)
        ins = evaluate([docs[i] for i in pick], [full[i] for i in pick], k, t1, t2, margin, few)
        print(f"  {source} ({len(pick)} documents): held-out P={held['P']:.3f} R={held['R']:.3f} F1={held['F1']:.3f} "
              f"tp/fp/fn={held['tp']}/{held['fp']}/{held['fn']} | in-sample P={ins['P']:.3f} R={ins['R']:.3f} F1={ins['F1']:.3f} "
              f"tp/fp/fn={ins['tp']}/{ins['fp']}/{ins['fn']}")
    tests = [doc for folder in args.test if folder.is_dir() for doc in load(folder)]
    if tests:
        scored = [[logit(w, b, x) for x in d["rows"]] for d in tests]
        mt = evaluate(tests, scored, k, t1, t2, margin, few)
        print(f"test, never trained on ({len(tests)} documents): P={mt['P']:.3f} R={mt['R']:.3f} F1={mt['F1']:.3f} "
              f"tp/fp/fn={mt['tp']}/{mt['fp']}/{mt['fn']} top1={mt['top1']:.3f} of {mt['top_n']}")
    if args.verbose:
        for name, wi in sorted(zip(FEATURES, w), key=lambda t: -abs(t[1])):
            print(f"  {name:20} {wi:+.3f}")
        print(f"  {'bias':20} {b:+.3f}")
    if args.write:
        model = {
            "weights": {name: round(FIXED.get(name, wi), 4) for name, wi in zip(FEATURES, w)},
            "bias": round(b, 4),
            "max_holdings": k,
            "first_threshold": t1,
            "next_threshold": t2,
            "margin": margin if math.isfinite(margin) else None,
            "few_candidates": few,
            "calibration": [round(x, 4) for x in cal],
            "trained_on": f"{len(docs)} annotated documents ({', '.join(sorted({d['source'] for d in docs}))})",
            "cross_validated": {key: (round(v, 4) if isinstance(v, float) else v) for key, v in m.items()} | {"brier": round(brier, 4)},
        }
        args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
