"""Positioned characters grouped into text lines: the layout model of a PDF page.

The PDF reader turns each page into :class:`PageLines`; the layout stage
(``_layout``) decides which lines are furniture, body and footnotes.  Nothing
here knows PDFium, so the layout rules can be tested on hand-made lines.

Coordinates are PDF points with the origin at the page's top left.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from statistics import median
from typing import Optional


LABEL_CHARS = "*†‡§¶"
"""Characters that label footnotes besides digits."""


@dataclass(slots=True)
class Char:
    """One character with its loose box (font ascent to descent)."""

    ch: str
    left: float
    top: float
    right: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def center_y(self) -> float:
        return (self.top + self.bottom) / 2


class Line:
    """Characters on one baseline, in stream order.

    Geometry is measured once and cached; call :meth:`touch` after changing ``chars``.
    A finished line is packed (:meth:`pack`): its text and measured geometry stay,
    and the character boxes are kept, as one flat array, only where the layout
    stage reads them: a line that opens with a possible footnote label or holds
    a small digit or label mark (a footnote marker).  ``chars`` unpacks a line;
    one packed without boxes gets boxes spread evenly over the line.
    """

    __slots__ = ("_chars", "_boxes", "_text", "_geometry", "weight", "vertical")

    def __init__(self, chars: Optional[list[Char]] = None, weight: int = 400, vertical: bool = False) -> None:
        self._chars: Optional[list[Char]] = chars if chars is not None else []
        self._boxes: Optional[array[float]] = None
        self._text: Optional[str] = None
        self._geometry: Optional[tuple[float, float, float, float, float, float]] = None
        self.weight = weight
        """Font weight of the line's first letter (700 is bold)."""
        self.vertical = vertical
        """Whether the text runs up or down the page (a margin stamp)."""

    def __repr__(self) -> str:
        return f"Line({self.text!r}, weight={self.weight}, vertical={self.vertical})"

    @property
    def chars(self) -> list[Char]:
        """The characters (unpacked on first use after :meth:`pack`)."""
        if self._chars is None:
            text, boxes = self._text or "", self._boxes
            if boxes is not None:
                self._chars = [Char(ch, boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3])
                               for i, ch in enumerate(text)]
            else:  # packed without boxes: spread the line's box over its characters
                left, top, right, bottom = self._measure()[:4]
                step = (right - left) / len(text) if text else 0.0
                self._chars = [Char(ch, left + i * step, top, left + (i + 1) * step, bottom)
                               for i, ch in enumerate(text)]
            self._boxes = None
        return self._chars

    @property
    def light(self) -> bool:
        """Packed without character boxes (no label or marker to measure)."""
        return self._chars is None and self._boxes is None

    @property
    def count(self) -> int:
        """How many characters the line holds (without unpacking it)."""
        return len(self._chars) if self._chars is not None else len(self._text or "")

    def pack(self, keep_boxes: bool = False) -> None:
        """Keep the text and the measured geometry, and the character boxes where they are read.

        ``keep_boxes`` keeps every line's boxes (a page whose text may need
        re-decoding, which measures the line again).
        """
        chars = self._chars
        if chars is None:
            return
        text = self.text
        if len(text) != len(chars):
            return  # a character of more than one code point: the text no longer indexes the boxes
        size = self._measure()[4]
        if keep_boxes or self._reads_boxes(chars, size):
            boxes = array("d")
            extend = boxes.extend
            for c in chars:
                extend((c.left, c.top, c.right, c.bottom))
            self._boxes = boxes
        self._text = text
        self._chars = None

    @staticmethod
    def _reads_boxes(chars: list[Char], size: float) -> bool:
        """Whether the layout stage may read this line's character boxes (labels and markers)."""
        first = next((c for c in chars if c.ch != " "), None)
        if first is None or first.ch.isdigit() or first.ch in LABEL_CHARS:
            return True
        small = 0.9 * size
        return any((c.ch.isdigit() or c.ch in LABEL_CHARS) and c.bottom - c.top < small for c in chars)

    def touch(self) -> None:
        """Forget the measured geometry and text (after ``chars`` changed)."""
        self.chars  # noqa: B018 - a packed line unpacks before its text is forgotten
        self._geometry = None
        self._text = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join([c.ch for c in self.chars])
        return self._text

    def _measure(self) -> tuple[float, float, float, float, float, float]:
        if self._geometry is None:
            left = top = float("inf")
            right = bottom = float("-inf")
            heights: list[float] = []
            others: list[float] = []
            chars = self.chars
            for c in chars:
                if c.right <= c.left or c.ch == " ":
                    continue
                if c.left < left:
                    left = c.left
                if c.right > right:
                    right = c.right
                if c.top < top:
                    top = c.top
                if c.bottom > bottom:
                    bottom = c.bottom
                (heights if c.ch.isalnum() else others).append(c.bottom - c.top)
            if right == float("-inf"):
                left = top = right = bottom = 0.0
            sizes = heights or others
            size = median(sizes) if sizes else 0.0
            bottoms = [c.bottom for c in chars
                       if c.ch.isalnum() and c.right > c.left and c.bottom - c.top >= 0.85 * size]
            baseline = median(bottoms) if bottoms else bottom
            self._geometry = (left, top, right, bottom, size, baseline)
        return self._geometry

    @property
    def left(self) -> float:
        return self._measure()[0]

    @property
    def top(self) -> float:
        return self._measure()[1]

    @property
    def right(self) -> float:
        return self._measure()[2]

    @property
    def bottom(self) -> float:
        return self._measure()[3]

    @property
    def size(self) -> float:
        """Typical character height: the median over letters and digits."""
        return self._measure()[4]

    @property
    def baseline(self) -> float:
        """Bottom of the line's full-size characters."""
        return self._measure()[5]


@dataclass
class PageLines:
    """The lines of one page with the page's size and how its text layer looks."""

    number: int
    width: float
    height: float
    lines: list[Line]
    unicode_map_error: bool = False
    """PDFium found glyphs its fonts could not map to Unicode."""
    image_objects: int = 0
    """How many image objects the page draws (a scanned page is one big image)."""
    extracted_by_ocr: bool = False
    """The lines were read by OCR from the page's image, not from its text layer."""
    furniture_lines: list[Line] = field(default_factory=list)
    """Lines the layout stage set aside as furniture (filled in by it)."""
