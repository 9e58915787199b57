"""Dispositions: which motion, whose, its ECF number, and what the court did.

The record is imported at once; the extractor (:mod:`._extract`, whose
patterns take a moment to compile) loads on first use, so ``import
legalparse`` stays fast.
"""

from __future__ import annotations

from typing import Any

from ._disposition import Disposition

_LAZY = {"disposition_subject", "find_dispositions", "normalize_disposition"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import _extract

        return getattr(_extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Disposition", "disposition_subject", "find_dispositions", "normalize_disposition"]
