"""Dispositions: which motion, whose, its ECF number, and what the court did."""

from __future__ import annotations

from .._document import Document
from ._disposition import Disposition


def find_dispositions(document: Document) -> tuple[Disposition, ...]:
    """Every ruling ``document`` makes, in document order."""
    return ()


__all__ = ["Disposition", "find_dispositions"]
