"""Caption and structure records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

import attrs

from .._document import ParseWarning, warning_tuple
from .._span import Span
from .._tuples import strings


@attrs.frozen(kw_only=True)
class Party:
    """A party named in the caption, with its role where printed."""

    name: str
    role: Optional[str] = None
    """``plaintiff``, ``defendant``, ``appellant``, ``appellee``, ``petitioner``, ``respondent``, ..."""


@attrs.frozen(kw_only=True)
class Section:
    """A heading of the opinion and the text it governs."""

    heading: str
    """The heading text as printed ("II. ANALYSIS", "A.")."""
    number: Optional[str]
    """The heading's own number or letter ("II", "A", "1"), where it has one."""
    level: int
    """Nesting depth, 1 for top-level headings."""
    span: Span
    """From the heading to the start of the next heading of the same or a higher level."""
    page: Optional[int] = None


@attrs.frozen(kw_only=True)
class OpinionPart:
    """One opinion within the document: syllabus, lead opinion, concurrence, dissent."""

    kind: str
    """``syllabus``, ``lead``, ``per_curiam``, ``concurrence``, ``dissent``, ``concurrence_in_part_dissent_in_part``, ``statement``."""
    authors: tuple[str, ...] = attrs.field(default=(), converter=strings)
    span: Span
    page: Optional[int] = None


def _parties(items: Iterable[Party]) -> tuple[Party, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Metadata:
    """Who, where and when: read off the caption, stamps and signature."""

    court: Optional[str] = None
    """Full court name: "United States District Court for the District of Columbia"."""
    court_id: Optional[str] = None
    """CourtListener court id (courts-db): "dcd", "cadc", "scotus"."""
    docket_numbers: tuple[str, ...] = attrs.field(default=(), converter=strings)
    case_name: Optional[str] = None
    parties: tuple[Party, ...] = attrs.field(default=(), converter=_parties)
    judges: tuple[str, ...] = attrs.field(default=(), converter=strings)
    date: Optional[str] = None
    """ISO date the document was filed or decided."""
    document_type: Optional[str] = None
    """``opinion``, ``memorandum_opinion``, ``memorandum_and_order``, ``order``, ``per_curiam_opinion``, ``judgment``, ``report_and_recommendation``, ``other``."""
    warnings: tuple[ParseWarning, ...] = attrs.field(default=(), converter=warning_tuple, eq=False)
    """What the reader should know about these fields (``date_from_stamp``); not part of the metadata JSON."""
