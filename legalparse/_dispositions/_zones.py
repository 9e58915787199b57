"""Parts of a document whose decision words are not this document's rulings.

Separate opinions (a dissent's "I would affirm"), quotations, and documents
that are not decisions at all (proposed orders, clerk letters, briefs).
"""

from __future__ import annotations

import regex

# A heading or byline that opens a separate opinion.
_SEPARATE = regex.compile(
    r"(?m)^[ \t]*+(?:(?:CHIEF\s+)?JUSTICE\s+[A-Z][A-Za-z'’-]+|[A-Z][A-Za-z'’-]+,\s*(?:(?:Chief|Presiding|Senior)\s+)?"
    r"(?:C\.\s*J\.|P\.\s*J\.|JJ?\.|Judge|Justice|JUDGE|JUSTICE))"
    r",?\s*(?:with\s+whom\s[^\n]{0,160}?,\s*)?\(?(?:dissenting|concurring|dissents|concurs)\b"
    r"|(?m)^[ \t]*+(?:DISSENTING|CONCURRING)(?:\s+OPINION)?[ \t]*+$"
)
_PROPOSED = regex.compile(r"\[\s*PROPOSED\s*\]|\bPROPOSED\s+(?:FINAL\s+)?(?:ORDER|JUDGMENT)\b", regex.I)
_NOT_A_DECISION = regex.compile(
    r"\bDOCKETING\s+NOTICE\b|\bNOTICE\s+OF\s+DOCKETING\b|\bAPPEARANCE\s+OF\s+COUNSEL\b|\bENTRY\s+OF\s+APPEARANCE\b"
    r"|\bRESPECTFULLY\s+SUBMITTED\b|\bRespectfully\s+submitted\b|\bCase\s+Manager\b|\bDear\s+Counsel\b"
    r"|\bMEMORANDUM\s+OF\s+POINTS\s+AND\s+AUTHORITIES\b|\bSTATEMENT\s+OF\s+ISSUES\b",
)
_DECIDES = regex.compile(
    r"\bIT\s+IS\s+(?:SO\s+|HEREBY\s+|FURTHER\s+)?ORDERED\b|\bSO\s+ORDERED\b|\bIt\s+is\s+so\s+ordered\b"
    r"|\bthe\s+Court\s+(?:hereby\s+)?(?:GRANTS|DENIES)\b|\bBy\s+the\s+Court\b|\bPER\s+CURIAM\b|\bOPINION\b"
    r"|\bdelivered\s+the\s+opinion\b|\bJUDGMENT\b|\bMINUTES\b|\bORDER\b",
)


def separate_opinion_start(text: str, after: int = 0) -> int:
    """Where the first separate opinion (dissent, concurrence) begins; ``len(text)`` if none."""
    # Only past the first fifth: syllabi and bylines at the top name separate opinions too.
    floor = max(after, len(text) // 5)
    m = _SEPARATE.search(text, floor)
    return m.start() if m is not None else len(text)


_LISTING = regex.compile(
    r"\bLIST\s+OF\s+DECISIONS\b|\bDECISIONS\s+ANNOUNCED\b|\bNOTICE\s+OF\s+(?:DOCKET\s+ACTIVITY|ELECTRONIC\s+FILING)\b",
    regex.I,
)


def is_non_decision(text: str) -> bool:
    """Whether the document is a proposed order, clerk letter, brief or a court's list of decisions
    announced in other documents, rather than a decision."""
    head = text[:3000]
    if _PROPOSED.search(head) or _LISTING.search(head):
        return True
    if _NOT_A_DECISION.search(text) and not _DECIDES.search(text):
        return True
    return False


def inside_quotation(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a double quotation opened after ``start``."""
    segment = text[start:pos]
    opened = segment.count("“") - segment.count("”")
    if opened > 0:
        return True
    return segment.count('"') % 2 == 1
