"""Weigh candidate features into a probability and choose the few holdings to report.

The weights are a small logistic model fitted by ``tools/holdings/train.py`` on
annotated opinions and shipped as ``weights.json``: per feature one number, a bias,
a calibration of the chosen sentences' confidence, and the selection rule
(how many sentences at most, above which probabilities).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from collections.abc import Sequence
from typing import Any

import attrs

from ._features import FEATURES, Candidate


@attrs.frozen(kw_only=True)
class Model:
    """Weights, calibration and selection rule."""

    weights: dict[str, float] = attrs.field(eq=False)
    bias: float
    first_threshold: float = 0.5
    """The best candidate of a document is reported when its probability reaches this."""
    next_threshold: float = 0.5
    """Further candidates are reported when their probability reaches this."""
    max_holdings: int = 3
    margin: float = math.inf
    """Further candidates are reported only within this many log-odds of the document's best."""
    few_candidates: int = 0
    """In a document with at most this many candidates (a short order), every candidate at
    ``first_threshold`` or above is reported (up to ``max_holdings``), without the margin."""
    calibration: tuple[float, float, float, float] = (1.0, 0.0, 0.0, 0.0)
    """Confidence of a reported sentence: sigmoid(a * logit + b * is_first + c + d * crowding)."""

    def logit(self, candidate: Candidate) -> float:
        """The model's log-odds that ``candidate`` is a holding."""
        f = candidate.features
        return self.bias + sum(w * f.get(name, 0.0) for name, w in self.weights.items())


def sigmoid(x: float) -> float:
    """The logistic function, safe for large arguments."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def model_from_dict(data: dict[str, Any]) -> Model:
    """A :class:`Model` from the JSON form ``tools/holdings/train.py`` writes."""
    weights = {k: float(v) for k, v in data.get("weights", {}).items() if k in FEATURES}
    cal = list(data.get("calibration") or (1.0, 0.0, 0.0)) + [0.0]
    return Model(
        weights=weights,
        bias=float(data.get("bias", 0.0)),
        first_threshold=float(data.get("first_threshold", 0.5)),
        next_threshold=float(data.get("next_threshold", 0.5)),
        max_holdings=int(data.get("max_holdings", 3)),
        margin=float(data["margin"]) if data.get("margin") is not None else math.inf,
        few_candidates=int(data.get("few_candidates") or 0),
        calibration=(float(cal[0]), float(cal[1]), float(cal[2]), float(cal[3])),
    )


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model shipped with the package."""
    raw = resources.files(__package__).joinpath("weights.json").read_text(encoding="utf-8")
    return model_from_dict(json.loads(raw))


SAME_POINT = 0.8
"""Share of the shorter sentence's content words that two reported sentences may not have in common."""


def restates(words: "frozenset[str] | set[str]", seen: "Sequence[frozenset[str] | set[str]]") -> bool:
    """Whether a sentence with ``words`` restates one already chosen (introduction and conclusion say it twice)."""
    content = {w for w in words if len(w) > 3}
    for other in seen:
        theirs = {w for w in other if len(w) > 3}
        if content and theirs and len(content & theirs) >= SAME_POINT * min(len(content), len(theirs)):
            return True
    return False


def crowding(logits: Sequence[float], threshold: float) -> float:
    """log(1 + the number of a document's candidates at ``threshold`` or above).

    Where many sentences read like holdings, each reported one is less surely the one a
    reader would mark: the confidence is scaled down with it.
    """
    return math.log1p(sum(1 for x in logits if sigmoid(x) >= threshold))


def pick(
    logits: Sequence[float],
    words: Sequence["frozenset[str] | set[str]"],
    *,
    max_holdings: int,
    first_threshold: float,
    next_threshold: float,
    margin: float = math.inf,
    few_candidates: int = 0,
) -> list[int]:
    """Indexes of the sentences to report, best first: the selection rule.

    ``logits`` are the model's log-odds of a document's reportable candidates and
    ``words`` their words.  The best is reported at ``first_threshold``, the next ones
    at ``next_threshold`` and within ``margin`` log-odds of the best; in a short order
    (at most ``few_candidates``) every candidate at ``first_threshold`` is, without the
    margin; a sentence restating one already chosen is skipped.  Training chooses the
    rule's numbers with this same function.
    """
    order = sorted(range(len(logits)), key=lambda i: -logits[i])
    if len(order) <= few_candidates:  # a short order: what reads as a holding likely is one
        next_threshold, margin = first_threshold, math.inf
    chosen: list[int] = []
    seen: list["frozenset[str] | set[str]"] = []
    for i in order:
        if len(chosen) >= max_holdings or sigmoid(logits[i]) < (next_threshold if chosen else first_threshold):
            break
        if chosen and logits[i] < logits[order[0]] - margin:
            break  # well below the document's best: a weaker sentence of reasoning
        if restates(words[i], seen):
            continue  # the same holding restated (introduction and conclusion): report it once
        seen.append(words[i])
        chosen.append(i)
    return chosen


def select(candidates: list[Candidate], model: Model) -> list[tuple[Candidate, float]]:
    """The candidates to report, each with its calibrated confidence, in text order."""
    # a sentence with no decision cue at all (no finding, no outcome, no "therefore") is never reported
    reportable = [c for c in candidates if c.features.get("decision_cue", 1.0)]
    logits = [model.logit(c) for c in reportable]
    chosen = pick(
        logits, [c.words for c in reportable],
        max_holdings=model.max_holdings, first_threshold=model.first_threshold,
        next_threshold=model.next_threshold, margin=model.margin, few_candidates=model.few_candidates,
    )
    a, b, c, d = model.calibration
    crowd = crowding(logits, model.next_threshold)
    confidence = {i: sigmoid(a * logits[i] + b * (rank == 0) + c + d * crowd) for rank, i in enumerate(chosen)}
    return [(reportable[i], confidence[i]) for i in sorted(chosen)]
