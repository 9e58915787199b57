"""Holdings: sentences in which the court decides, with a calibrated confidence.

Steps:

1. scope: the lead opinion's text (no syllabus, no concurrence or dissent);
2. split it into sentences (:mod:`._sentences`, one regex pass);
3. give each sentence its features: cue phrases (:mod:`._cues`), position, section;
4. weigh them with the shipped logistic model and keep the best few (:mod:`._scorer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Optional

import regex

from .._document import Document
from .._span import Span
from .._statutes._citation import StatuteCitation
from ._features import candidates
from ._holding import Holding
from ._scope import PAGE_MARK, body_spans, lead_spans, stitched_sentences
from ._scorer import Model, select, shipped_model

_LABEL = regex.compile(rf"(?:\u00b6[ \t]?+\d{{1,4}}+\.?+|{PAGE_MARK})[ \t\n]++(?=\S)")
"""A paragraph number ("¶ 52.") or star-page marker ("[*31]") opening a sentence: a label, not the court's words."""

NEAR = 40
"""A statute this many characters outside a holding still counts as cited by it."""


def _opinion_parts(document: Document) -> tuple[Any, ...]:
    try:
        from .._metadata import find_opinions

        return tuple(find_opinions(document))
    except Exception:  # the structure reader is optional here: fall back to rules
        return ()


def find_holdings(
    document: Document,
    statutes: Sequence[StatuteCitation] = (),
    *,
    model: Optional[Model] = None,
) -> tuple[Holding, ...]:
    """The holding sentences of the lead opinion of ``document``, in document order.

    Args:
        document: the ingested document.
        statutes: the document's statute citations; a holding lists the indexes of those
            within or right beside it.
        model: weights to use instead of the shipped ones.

    Returns:
        At most a few :class:`Holding` records; none for documents that decide nothing.

    >>> from legalparse._document import Document
    >>> doc = Document(text="Plaintiffs argue the rule applies. We hold that it does not apply.", format="text")
    >>> [h.text for h in find_holdings(doc)]
    ['We hold that it does not apply.']
    """
    try:
        return _find(document, tuple(statutes), model or shipped_model())
    except (ValueError, IndexError, TypeError, AttributeError, RecursionError):
        return ()


def _find(document: Document, statutes: tuple[StatuteCitation, ...], model: Model) -> tuple[Holding, ...]:
    text = document.text
    parts = body_spans(lead_spans(document, _opinion_parts(document)), document.footnotes)
    sentences, reading = stitched_sentences(text, parts)
    starts = [s.span.start for s in statutes]
    chosen = select(candidates(text, sentences, starts, reading), model)
    holdings = []
    for candidate, confidence in chosen:
        span = _without_label(text, candidate.span)
        cited = tuple(
            i for i, s in enumerate(statutes) if span.start - NEAR <= s.span.start and s.span.end <= span.end + NEAR
        )
        holdings.append(
            Holding(span=span, text=span.slice(text), confidence=round(confidence, 4), statutes=cited)
        )
    return tuple(holdings)


def _without_label(text: str, span: Span) -> Span:
    """``span`` past a paragraph number or page marker that opens it."""
    m = _LABEL.match(text, span.start, span.end)
    return Span(m.end(), span.end) if m is not None else span


__all__ = ["Holding", "find_holdings"]
