"""Positioned characters grouped into text lines: the layout model of a PDF page.

The PDF reader turns each page into :class:`PageLines`; the layout stage
(``_layout``) decides which lines are furniture, body and footnotes.  Nothing
here knows PDFium, so the layout rules can be tested on hand-made lines.

Coordinates are PDF points with the origin at the page's top left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median
from typing import Optional


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


@dataclass
class Line:
    """Characters on one baseline, in stream order.

    Geometry is measured once and cached; call :meth:`touch` after changing ``chars``.
    """

    chars: list[Char] = field(default_factory=list)
    weight: int = 400
    """Font weight of the line's first letter (700 is bold)."""
    vertical: bool = False
    """Whether the text runs up or down the page (a margin stamp)."""
    _geometry: Optional[tuple[float, float, float, float, float, float]] = None
    _text: Optional[str] = None

    def touch(self) -> None:
        """Forget the measured geometry and text (after ``chars`` changed)."""
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
            for c in self.chars:
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
            bottoms = [c.bottom for c in self.chars
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
