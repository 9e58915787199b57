"""The holding record."""

from __future__ import annotations

from typing import Optional

import attrs

from .._span import Span
from .._tuples import integers


@attrs.frozen(kw_only=True)
class Holding:
    """A sentence in which the court resolves a legal question in the case."""

    span: Span
    text: str
    confidence: float
    """Calibrated probability (0..1) that a careful reader would mark this sentence a holding."""
    statutes: tuple[int, ...] = attrs.field(default=(), converter=integers)
    """Indexes into ``Opinion.statutes`` of the citations the holding rests on."""
    page: Optional[int] = None
