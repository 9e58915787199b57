"""Holdings: sentences in which the court decides, with a calibrated confidence.

The record is imported at once; the reader (:mod:`._extract`) and its model
load on first use, so ``import legalparse`` stays fast.
"""

from __future__ import annotations

from typing import Any

from ._holding import Holding

_LAZY = {"find_holdings", "NEAR"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import _extract

        return getattr(_extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Holding", "find_holdings"]
