"""Lines of the caption region, with the column furniture of pleading paper taken off."""

from __future__ import annotations

import bisect
import itertools
from typing import Iterator, NamedTuple

import regex

from .._document import Document

CAPTION_CHARS = 6000
"""How far into the text the caption is looked for."""

_LINE = regex.compile(r"[^\n]*+")
_NOISE = regex.compile(r"[\s\d:;)(|_*.\-–—]*+")
_COLUMN_SPLIT = regex.compile(r"(?:\s++[:)\]§](?=\s|$)|\s{3,}+|\t)\s*+|^[:)\]§](?=\s|$)\s*+")


class Line(NamedTuple):
    """One line of the text: where it starts and ends, and its text stripped."""

    start: int
    end: int
    text: str
    indent: int = 0
    """Columns of blank before the text (kept by plain-text sources, 0 for most PDFs)."""


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The non-blank lines of ``text[start:end]`` with their offsets (text stripped)."""
    stop = len(text) if end is None else min(end, len(text))
    pos = start
    while pos < stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        raw = text[pos:line_end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield Line(pos + lead, pos + lead + len(stripped), stripped, lead)
        pos = line_end + 1


def is_noise(text: str) -> bool:
    """Whether a line holds only pleading-paper line numbers, rules or column marks."""
    return _NOISE.fullmatch(text) is not None


def document_lines(document: Document, start: int = 0, end: int | None = None) -> list[Line]:
    """The printed lines of ``document.text[start:end]``.

    A PDF's text may join its lines into paragraphs; its line boxes still tell
    where each printed line was and how far from the left edge it stood.
    """
    stop = len(document.text) if end is None else min(end, len(document.text))
    if not document.line_boxes:
        return list(lines(document.text, start, stop))
    found: list[Line] = []
    text = document.text
    boxes = document.line_boxes
    first = max(0, bisect.bisect_right([b[0] for b in boxes], start) - 1) if start else 0
    for line_start, line_end, box in itertools.islice(boxes, first, None):
        if line_start >= stop:
            break
        if line_end <= start:
            continue
        for ln in lines(text, max(line_start, start), min(line_end, stop)):
            found.append(Line(ln.start, ln.end, ln.text, int(box[0] / 6)))
    return found


def caption_lines(document: Document, limit: int = CAPTION_CHARS) -> list[Line]:
    """The meaningful lines at the head of the document (line numbers and rules skipped)."""
    return [ln for ln in document_lines(document, 0, limit) if not is_noise(ln.text)]


def first_cell(text: str) -> str:
    """The left column of a two-column caption line ("RASOOL McCRIMMON, : Plaintiff," → name)."""
    parts = _COLUMN_SPLIT.split(text, maxsplit=1)
    return parts[0].strip(" :") if parts else text


def cells(text: str) -> list[str]:
    """All columns of a caption line."""
    return [c.strip(" :") for c in _COLUMN_SPLIT.split(text) if c.strip(" :")]


def tail_lines(document: Document, chars: int = 5000) -> list[Line]:
    """The meaningful lines at the end of the document, where signatures stand."""
    start = max(0, len(document.text) - chars)
    return [ln for ln in document_lines(document, start) if not is_noise(ln.text)]
