"""Caption and structure: court, docket, parties, judges, date, type, sections, opinions.

The records are imported at once; the readers (:mod:`._extract`, which load
courts-db and compile patterns) load on first use, so ``import legalparse``
stays fast.
"""

from __future__ import annotations

from typing import Any

from ._metadata import Metadata, OpinionPart, Party, Section

_LAZY = {"find_metadata", "find_opinions", "find_sections", "HEAD_KEYS"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import _extract

        return getattr(_extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Metadata", "OpinionPart", "Party", "Section", "find_metadata", "find_opinions", "find_sections"]
