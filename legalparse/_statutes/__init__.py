"""Statutory citations: find, parse, normalize, resolve short forms.

The records are imported at once; the grammar (:mod:`._extract`, whose
patterns take a moment to compile) loads on first use, so ``import
legalparse`` stays fast.
"""

from __future__ import annotations

from typing import Any

from ._cases import CaseCitation
from ._citation import CitationForm, StatuteCitation

_LAZY = {"find_cases", "find_statutes"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import _extract

        return getattr(_extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CaseCitation", "CitationForm", "StatuteCitation", "find_cases", "find_statutes"]
