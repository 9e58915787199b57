"""Statutory citations: find, parse, normalize, resolve short forms."""

from __future__ import annotations

from ._citation import CitationForm, StatuteCitation


def find_statutes(text: str) -> tuple[StatuteCitation, ...]:
    """Every statutory citation in ``text``, in document order (pages not set)."""
    return ()


__all__ = ["CitationForm", "StatuteCitation", "find_statutes"]
