"""The disposition record: a ruling this document makes."""

from __future__ import annotations

from typing import Optional

import attrs

from .._span import Span
from .._tuples import strings


@attrs.frozen(kw_only=True)
class Disposition:
    """One ruling on a motion, petition, application or appeal made by this document."""

    subject: str
    """``motion``, ``petition``, ``appeal`` or ``application``."""
    motion_type: Optional[str]
    """A ``motion_type`` of the contract vocabulary (``preliminary_injunction``, ``dismiss``, ...); ``None`` for appeals."""
    movant: Optional[str] = None
    """Who asked, as written ("plaintiffs", "American Oversight")."""
    ecf: tuple[str, ...] = attrs.field(default=(), converter=strings)
    """Docket entry numbers cited for the motion."""
    outcome: tuple[str, ...] = attrs.field(default=(), converter=strings)
    """Outcome words in document order: ``granted``, ``denied_as_moot``, ``reversed``, ..."""
    span: Span
    text: str
    """The sentence or line stating the ruling, exactly as in ``Opinion.text``."""
    page: Optional[int] = None
    cue: Optional[str] = None
    """Where the ruling was read: ``decretal``, ``list``, ``conclusion``, ``statement``, ``title`` or ``mandate``."""
