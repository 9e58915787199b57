"""Dispositions: which motion, whose, its ECF number, and what the court did.

Stages:

1. skip documents that decide nothing (proposed orders, clerk letters, briefs);
2. one scan for decision words ("granted", "AFFIRMED", "ORDERED", ...) picks the
   candidate sentences (separate opinions excluded);
3. each sentence is read for rulings in the court's voice (:mod:`._rulings`);
4. mentions of one request merge into one entry, appellate mentions into one
   judgment (:mod:`._merge`); docket numbers come from the sentence or, where
   it has none, from the place the document names the request with its number.
"""

from __future__ import annotations

from .._document import Document
from .._span import Span
from ._disposition import Disposition
from ._merge import index_requests, merge_appeals, merge_requests
from ._normalize import disposition_subject, normalize_disposition
from ._rulings import Mention, rulings_in
from ._sentences import candidate_sentences
from ._zones import is_non_decision, separate_opinion_start


def _mentions(text: str) -> list[Mention]:
    limit = separate_opinion_start(text)
    found: list[Mention] = []
    for start, end in candidate_sentences(text):
        if start >= limit:
            break
        found.extend(rulings_in(text, start, min(end, limit)))
    return found


def find_dispositions(document: Document) -> tuple[Disposition, ...]:
    """Every ruling ``document`` makes, in document order.

    Args:
        document: the ingested document.

    Returns:
        One :class:`Disposition` per motion, petition or application decided
        (per docket number where several are), and one for the judgment on
        review; ``page`` is left ``None`` (the pipeline sets it).

    >>> from legalparse._document import Document
    >>> [d.outcome for d in find_dispositions(Document(text="The judgment is AFFIRMED.", format="text"))]
    [('affirmed',)]
    """
    try:
        return _find(document.text)
    except Exception:  # an extractor never raises on odd input
        return ()


def _find(text: str) -> tuple[Disposition, ...]:
    if not text or is_non_decision(text):
        return ()
    mentions = _mentions(text)
    if not mentions:
        return ()
    index = index_requests(text)
    found: list[Disposition] = []
    for best, outcome, ecf, movant, kind in merge_requests(mentions, index):
        found.append(
            Disposition(
                subject=best.subject,
                motion_type=kind,
                movant=movant,
                ecf=ecf,
                outcome=outcome,
                span=Span(best.start, best.end),
                text=text[best.start : best.end],
                cue=best.cue,
            )
        )
    for best, outcome in merge_appeals(mentions):
        found.append(
            Disposition(
                subject="appeal",
                motion_type=None,
                movant=None,
                ecf=(),
                outcome=outcome,
                span=Span(best.start, best.end),
                text=text[best.start : best.end],
                cue=best.cue,
            )
        )
    found.sort(key=lambda d: d.span.start)
    return tuple(found)


__all__ = ["Disposition", "disposition_subject", "find_dispositions", "normalize_disposition"]
