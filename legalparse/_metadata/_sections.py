"""Section headings and their nesting."""

from __future__ import annotations

from .._document import Document
from ._metadata import Section


def find_sections(document: Document) -> tuple[Section, ...]:
    return ()
