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


@dataclass
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
    """Characters on one baseline, in stream order."""

    chars: list[Char] = field(default_factory=list)
    weight: int = 400
    """Font weight of the line's first letter (700 is bold)."""
    vertical: bool = False
    """Whether the text runs up or down the page (a margin stamp)."""
    _size: Optional[float] = None

    @property
    def text(self) -> str:
        return "".join(c.ch for c in self.chars)

    def _boxed(self) -> list[Char]:
        return [c for c in self.chars if not c.ch.isspace() and c.right > c.left]

    @property
    def left(self) -> float:
        boxed = self._boxed()
        return min(c.left for c in boxed) if boxed else 0.0

    @property
    def right(self) -> float:
        boxed = self._boxed()
        return max(c.right for c in boxed) if boxed else 0.0

    @property
    def top(self) -> float:
        boxed = self._boxed()
        return min(c.top for c in boxed) if boxed else 0.0

    @property
    def bottom(self) -> float:
        boxed = self._boxed()
        return max(c.bottom for c in boxed) if boxed else 0.0

    @property
    def size(self) -> float:
        """Typical character height: the median over letters and digits."""
        if self._size is None:
            heights = [c.height for c in self.chars if c.ch.isalnum() and c.height > 0]
            if not heights:
                heights = [c.height for c in self.chars if not c.ch.isspace() and c.height > 0]
            self._size = median(heights) if heights else 0.0
        return self._size

    @property
    def baseline(self) -> float:
        """Bottom of the line's full-size characters."""
        size = self.size
        bottoms = [c.bottom for c in self.chars if c.ch.isalnum() and c.height >= 0.85 * size]
        return median(bottoms) if bottoms else self.bottom


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
