"""The document type named by the caption's title line."""

from __future__ import annotations

from typing import Optional

import regex

from ._lines import Line, cells
from ._vocab import DOCUMENT_TITLES

TITLES = tuple((regex.compile(rf"^(?:{p})(?!\w)", regex.IGNORECASE), kind, ex) for p, kind, ex in DOCUMENT_TITLES)
_NOT_TITLE = regex.compile(r"\b(?:is|are|was|were|be|been|has|have|this|that|it|shall|will|may|would|under|pursuant)\b", regex.IGNORECASE)


_VERSION = regex.compile(
    r"^(?:\*++\s*+)?(?:(?:first|second|third)\s++)?(?:amended|redacted|corrected|revised|sealed|unsealed|supplemental)\b\**+\s*+",
    regex.IGNORECASE,
)
"""A version word before the title: '**AMENDED** CIVIL MINUTES - GENERAL', 'REDACTED ORDER'."""
_SPACED = regex.compile(r"(?:[A-Z]\s){2,12}+[A-Z]")


def _is_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters or len(text) > 200:
        return False
    upper = sum(1 for c in letters if c.isupper()) / len(letters)
    if len(text) > 90:
        return upper > 0.9  # a long title is printed in capitals
    return upper > 0.6 or text.istitle()


def title_kind(caption: list[Line], limit: int = 50) -> Optional[str]:
    """The document type of the first title line in the caption."""
    for ln in caption[:limit]:
        for cell in cells(ln.text) or [ln.text]:
            cell = _VERSION.sub("", cell.strip(" *:"))
            if _SPACED.fullmatch(cell):
                cell = cell.replace(" ", "")  # "O R D E R"
            if not _is_heading(cell) or _NOT_TITLE.search(cell.lower()) and not cell.isupper():
                continue
            for pattern, kind, _ in TITLES:
                if pattern.match(cell):
                    return kind
    return None
