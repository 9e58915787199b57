"""Disposition wording -> contract outcome words, for short disposition strings.

Courts publish dispositions as short phrases ("Affirmed in Part, Reversed in
Part, and Remanded", "Writ Granted; Judgment Reversed.", "Affrimed").
:func:`normalize_disposition` reads such a phrase into the contract's outcome
words; :func:`disposition_subject` says what was decided.
"""

from __future__ import annotations

from typing import Optional

import attrs
import regex

from ._outcomes import ABBREVIATION, ABBREVIATIONS, APPELLATE_VERBS, TOKEN, Token, _distribute_in_part, _token_from

# A verb right after one of these words is not a ruling of this phrase:
# "Motion to Dismiss Denied", "had affirmed", "Upon Remand from ...".
_BLOCKERS = frozenset(
    "had has have was were been being be would could should might may to not did upon on after "
    "pending for will can".split()
)
_WORD_BEFORE = regex.compile(r"([A-Za-z]+)[\s,]*$")
_TITLE_PREFIX = regex.compile(r"^(?:MEMORANDUM|OPINION|ORDER|JUDGMENT|DECISION)\b[A-Z ,]*$")
_OBJECT_IN_PART = regex.compile(r"\s+the\s+[^;.,]{1,50}?\s+judgment\s+in\s+part\b", regex.I)

_PETITION = regex.compile(r"\b(?:petition|writ|habeas|HC\s+relief|certiorari|rehearing)\b", regex.I)
_APPLICATION = regex.compile(r"\bapplication\b", regex.I)
_MOTION = regex.compile(r"\b(?:motion|request)\b", regex.I)
_APPEAL = regex.compile(r"\bappeal\b", regex.I)
_NOT_APPEAL = regex.compile(r"\b(?:opposition|motion|request|application|complaint|claims?)\b", regex.I)


def phrase_tokens(text: str) -> list[Token]:
    """Decision tokens of a disposition phrase that state its ruling."""
    found: list[Token] = []
    for m in TOKEN.finditer(text):
        tok = _token_from(text, m, len(text))
        before = text[: m.start()]
        w = _WORD_BEFORE.search(before[-40:])
        if w is not None and w.group(1).lower() in _BLOCKERS:
            continue
        if tok.form == "ing" and not tok.in_part and not _TITLE_PREFIX.match(before.lstrip()):
            continue
        if tok.form in ("es", "base") and not tok.in_part and tok.verb in ("affirm", "reverse", "vacate"):
            if _OBJECT_IN_PART.match(text, tok.end):
                tok = attrs.evolve(tok, in_part=True)
        found.append(tok)
    _distribute_in_part(text, found)
    return found


def normalize_disposition(text: str) -> tuple[str, ...]:
    """The contract outcome words a disposition phrase states, in order, each once.

    >>> normalize_disposition("Affirmed in Part, Reversed in Part, and Remanded")
    ('affirmed_in_part', 'reversed_in_part', 'remanded')
    >>> normalize_disposition("Affrimed")
    ('affirmed',)
    """
    if not isinstance(text, str):
        return ()
    words: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for m in ABBREVIATION.finditer(text):
        for pattern, outs, _ in ABBREVIATIONS:
            if regex.fullmatch(pattern, m.group(0), regex.I):
                words.extend((m.start(), o) for o in outs)
        taken.append((m.start(), m.end()))
    for tok in phrase_tokens(text):
        if any(a <= tok.start < b for a, b in taken):
            continue
        words.append((tok.start, tok.outcome))
    words.sort(key=lambda w: w[0])
    seen: list[str] = []
    for _, o in words:
        if o not in seen:
            seen.append(o)
    return tuple(seen)


def disposition_subject(text: str) -> Optional[str]:
    """``appeal``, ``petition``, ``application`` or ``motion``: what the phrase decides.

    >>> disposition_subject("Discretionary Application Denied")
    'application'
    """
    outs = normalize_disposition(text)
    if not outs:
        return None
    if any(o.split("_")[0] in ("affirmed", "reversed", "vacated", "remanded") for o in outs):
        return "appeal"
    if _PETITION.search(text):
        return "petition"
    if _APPEAL.search(text) or "modified" in outs:
        return "appeal"
    if _APPLICATION.search(text):
        return "application"
    if _MOTION.search(text):
        return "motion"
    if "dismissed" in outs and not _NOT_APPEAL.search(text):
        return "appeal"
    return None


__all__ = ["APPELLATE_VERBS", "disposition_subject", "normalize_disposition", "phrase_tokens"]
