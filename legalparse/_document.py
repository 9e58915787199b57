"""The clean document every extractor reads: text, pages, footnotes, provenance.

Ingest (PDF, HTML, XML, plain text) builds one :class:`Document`; nothing
after ingest changes it.  Offsets are into ``Document.text``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from typing import Optional

import attrs

from ._span import Span
from ._tuples import strings

BBox = tuple[float, float, float, float]
"""``(left, top, right, bottom)`` in PDF points, origin at the page's top left."""


@attrs.frozen(kw_only=True)
class Page:
    """One page of the source and the part of ``Opinion.text`` it produced.

    The page's body text comes first in its span, then its footnotes.
    """

    number: int
    """1-based page number in the file."""
    span: Span
    """Where the page's text (body, then footnotes) stands in ``Opinion.text``."""
    label: Optional[str] = None
    """The page number as printed or as star-paginated (``"596 U.S. 530"``), where known."""
    width: Optional[float] = None
    """Page width in PDF points (PDF input only)."""
    height: Optional[float] = None
    """Page height in PDF points (PDF input only)."""
    furniture: tuple[str, ...] = attrs.field(default=(), converter=strings)
    """Lines removed as page furniture: ECF stamps, running heads, page numbers, margin numbers."""
    extracted_by_ocr: bool = False
    """Whether the page's text came from OCR instead of a text layer."""
    has_text_layer: bool = True
    """Whether a usable text layer was found (a scanned or garbled page has none)."""


@attrs.frozen(kw_only=True)
class Footnote:
    """A footnote: its label, its text's span and page, and where its marker stands."""

    label: str
    """The footnote's number or symbol as printed ("1", "*", "†")."""
    span: Span
    """The footnote's text (without its label) in ``Opinion.text``."""
    text: str
    page: Optional[int] = None
    """1-based page the footnote's text starts on (``None`` for unpaged input)."""
    marker: Optional[Span] = None
    """The marker in the body that refers to this footnote, where found."""


@attrs.frozen(kw_only=True)
class ParseWarning:
    """Something the reader should know about the parse (a scanned page, a fallback date)."""

    code: str
    """Machine name: ``scanned_page``, ``garbled_text``, ``date_from_stamp``, ..."""
    message: str
    page: Optional[int] = None


def page_tuple(items: Iterable[Page]) -> tuple[Page, ...]:
    """A tuple of pages (the converter of every ``pages`` field)."""
    return tuple(items)


def footnote_tuple(items: Iterable[Footnote]) -> tuple[Footnote, ...]:
    """A tuple of footnotes (the converter of every ``footnotes`` field)."""
    return tuple(items)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def warning_tuple(items: Iterable[ParseWarning]) -> tuple[ParseWarning, ...]:
    """A tuple of warnings (the converter of every ``warnings`` field)."""
    return tuple(items)


def _line_boxes(items: Iterable[tuple[int, int, BBox]]) -> tuple[tuple[int, int, BBox], ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Document:
    """The output of ingest: one canonical text with a map back to its source."""

    text: str
    format: str
    """``pdf``, ``html``, ``xml`` or ``text``."""
    pages: tuple[Page, ...] = attrs.field(default=(), converter=page_tuple)
    footnotes: tuple[Footnote, ...] = attrs.field(default=(), converter=footnote_tuple)
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    warnings: tuple[ParseWarning, ...] = attrs.field(default=(), converter=warning_tuple)
    head_matter: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Tagged caption fields a structured source gives (CAP ``docketnumber``, Columbia ``<court>``)."""
    line_boxes: tuple[tuple[int, int, BBox], ...] = attrs.field(
        default=(), converter=_line_boxes, repr=False, eq=False
    )
    """Per text line of a PDF, in text order: ``(start, end, box)`` of the line on its page."""
    paged: bool = True
    """Whether page numbers refer to real pages (PDF, star-paginated HTML)."""
    _page_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _line_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_page_starts", tuple(p.span.start for p in self.pages))
        object.__setattr__(self, "_line_starts", tuple(b[0] for b in self.line_boxes))

    def page_at(self, offset: int) -> Optional[int]:
        """The 1-based page number the character at ``offset`` comes from (``None`` if unpaged)."""
        if not self.pages or not self.paged:
            return None
        if offset < 0 or offset > len(self.text):
            raise IndexError(f"offset {offset} is outside the text (length {len(self.text)})")
        i = bisect.bisect_right(self._page_starts, offset) - 1
        return self.pages[max(i, 0)].number

    def bbox_at(self, offset: int) -> Optional[BBox]:
        """The box of the line holding ``offset`` on its page, where the source gives one."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        if i >= 0:
            start, end, box = self.line_boxes[i]
            if start <= offset < end:
                return box
        return None
