"""The parse result: one court document read into text and findings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Optional

import attrs

from ._document import BBox, Document, Footnote, Page, ParseWarning, footnote_tuple, page_tuple, warning_tuple
from ._dispositions import Disposition
from ._holdings import Holding
from ._metadata import Metadata, OpinionPart, Section
from ._span import Span
from ._statutes import CaseCitation, StatuteCitation


@attrs.frozen(kw_only=True)
class Source:
    """Where the document came from."""

    name: Optional[str]
    """The file name as given, ``"-"`` for standard input, ``None`` for text or bytes."""
    sha256: str
    """SHA-256 of the input bytes (of the UTF-8 text for :func:`parse_text`)."""
    format: str
    """``pdf``, ``html``, ``xml`` or ``text``."""
    page_count: Optional[int]


@attrs.frozen(kw_only=True)
class Location:
    """Where a character of ``Opinion.text`` comes from in the source."""

    offset: int
    """The offset into ``Opinion.text``."""
    page: Optional[int]
    """1-based page (``None`` for unpaged input)."""
    bbox: Optional[BBox]
    """``(left, top, right, bottom)`` in PDF points of the line holding it (PDF input only)."""


def _sections(items: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(items)


def _opinion_parts(items: Iterable[OpinionPart]) -> tuple[OpinionPart, ...]:
    return tuple(items)


def _statutes(items: Iterable[StatuteCitation]) -> tuple[StatuteCitation, ...]:
    return tuple(items)


def _dispositions(items: Iterable[Disposition]) -> tuple[Disposition, ...]:
    return tuple(items)


def _holdings(items: Iterable[Holding]) -> tuple[Holding, ...]:
    return tuple(items)


def _cases(items: Iterable[CaseCitation]) -> tuple[CaseCitation, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Opinion:
    """A court document read into clean text and structured findings.

    Every finding carries a ``span`` into :attr:`text` and the ``page`` it starts on.
    """

    source: Source
    text: str
    """The clean text: body text page by page, each page's footnotes after its body."""
    pages: tuple[Page, ...] = attrs.field(converter=page_tuple)
    footnotes: tuple[Footnote, ...] = attrs.field(converter=footnote_tuple)
    metadata: Metadata
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)
    opinions: tuple[OpinionPart, ...] = attrs.field(default=(), converter=_opinion_parts)
    statutes: tuple[StatuteCitation, ...] = attrs.field(default=(), converter=_statutes)
    dispositions: tuple[Disposition, ...] = attrs.field(default=(), converter=_dispositions)
    holdings: tuple[Holding, ...] = attrs.field(default=(), converter=_holdings)
    warnings: tuple[ParseWarning, ...] = attrs.field(default=(), converter=warning_tuple)
    cases: tuple[CaseCitation, ...] = attrs.field(default=(), converter=_cases)
    """Case citations (eyecite), when asked for with ``parse(..., cases=True)``; else empty."""
    document: Document = attrs.field(repr=False, eq=False)
    """The ingested document the findings were read from (internal detail; not serialized)."""

    def locate(self, offset: int) -> Location:
        """Where the character at ``offset`` of :attr:`text` stands: its page and, for PDFs, its line's box.

        Raises ``IndexError`` for an offset outside the text.

        >>> import legalparse
        >>> op = legalparse.parse_text("ORDER\fThe motion is denied.")
        >>> op.locate(op.text.index("denied")).page
        2
        """
        page = self.document.page_at(offset)
        return Location(offset=offset, page=page, bbox=self.document.bbox_at(offset))

    def page_at(self, offset: int) -> Optional[int]:
        """The 1-based page the character at ``offset`` of :attr:`text` comes from.

        ``None`` for unpaged input (plain text, HTML without page labels).
        Raises ``IndexError`` for an offset outside the text.
        """
        return self.document.page_at(offset)

    def bbox_at(self, offset: int) -> Optional[BBox]:
        """The box ``(left, top, right, bottom)`` in points of the line holding ``offset`` (PDF only)."""
        return self.document.bbox_at(offset)

    def slice(self, span: Span) -> str:
        """The text a span covers."""
        return self.text[span.start : span.end]

    def to_dict(self) -> dict[str, Any]:
        """The contract JSON object as Python data (see ``legalparse.schema()``)."""
        from ._serialize import opinion_to_dict

        return opinion_to_dict(self)

    def to_json(self, *, indent: Optional[int] = 2) -> str:
        """The contract JSON text; byte-identical for identical input."""
        from ._serialize import opinion_to_json

        return opinion_to_json(self, indent=indent)

    def to_xml(self) -> str:
        """The same content as XML (element names follow the JSON keys)."""
        from ._serialize import opinion_to_xml

        return opinion_to_xml(self)
