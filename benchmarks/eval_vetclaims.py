#!/usr/bin/env python3
"""Score the holding scorer on the VetClaims BVA FindingSentence labels.

The Board of Veterans' Appeals decisions (LLTLab/VetClaims-JSON, MIT) label each
sentence of their PTSD part with a rhetorical role; a FindingSentence is the
tribunal's own determination, the closest public analogue of a holding sentence.
Only labelled sentences are scored (unlabelled ones are not negatives), as in the
cue-phrase baseline of the dataset notes (P 0.53 / R 0.42 / F1 0.47).

Two readings:
- ``sentence``: every labelled sentence is classified by the model's probability for
  the candidate sentence covering it (threshold ``--threshold``), like the baseline;
- ``reported``: only what ``find_holdings`` reports (its few best per decision).

  python benchmarks/eval_vetclaims.py [--data /work/shared/datasets/vetclaims_bva/decisions]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from legalparse._document import Document  # noqa: E402
from legalparse._holdings import find_holdings  # noqa: E402
from legalparse._holdings._features import candidates  # noqa: E402
from legalparse._holdings._scorer import shipped_model, sigmoid  # noqa: E402
from legalparse._holdings._sentences import sentence_spans  # noqa: E402

POSITIVE = "FindingSentence"


def labels_of(sentence: dict) -> set[str]:
    role = sentence.get("rhetRole", sentence.get("rhetClass"))
    return set(role) if isinstance(role, list) else {role}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/datasets/vetclaims_bva/decisions"))
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    model = shipped_model()
    sent = {"tp": 0, "fp": 0, "fn": 0}
    rep = {"tp": 0, "fp": 0, "fn": 0}
    labelled = 0
    for path in sorted(args.data.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data["text"]
        doc = Document(text=text, format="text")
        cands = candidates(text, sentence_spans(text), reportable_only=False)
        probs = [(c.span, sigmoid(model.logit(c))) for c in cands]
        reported = [h.span for h in find_holdings(doc)]
        cursor = 0
        for s in data["sentences"]:
            at = text.find(s["text"], cursor)
            if at < 0:
                at = text.find(s["text"])
            if at < 0:
                continue  # not verbatim in the text: cannot be placed
            cursor = at
            end = at + len(s["text"])
            labelled += 1
            gold = POSITIVE in labels_of(s)
            covering = [p for span, p in probs if span.start < end and at < span.end]
            pred = bool(covering) and max(covering) >= args.threshold
            said = any(span.start < end and at < span.end for span in reported)
            for tally, guess in ((sent, pred), (rep, said)):
                if guess and gold:
                    tally["tp"] += 1
                elif guess:
                    tally["fp"] += 1
                elif gold:
                    tally["fn"] += 1
    print(f"{labelled} labelled sentences placed in the text")
    for name, t in (("sentence", sent), ("reported", rep)):
        p, r, f = prf(t["tp"], t["fp"], t["fn"])
        print(f"{name:9} P={p:.3f} R={r:.3f} F1={f:.3f}  tp/fp/fn={t['tp']}/{t['fp']}/{t['fn']}   (cue-phrase baseline F1 0.47)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
