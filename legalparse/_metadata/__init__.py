"""Caption and structure: court, docket, parties, judges, date, type, sections, opinions."""

from __future__ import annotations

from .._document import Document
from ._metadata import Metadata, OpinionPart, Party, Section


def find_metadata(document: Document) -> Metadata:
    """The caption fields of ``document``; ``None``/empty where the document does not say."""
    return Metadata()


def find_sections(document: Document) -> tuple[Section, ...]:
    """The headings of ``document`` with their nesting, in document order."""
    return ()


def find_opinions(document: Document) -> tuple[OpinionPart, ...]:
    """The opinions the document holds (syllabus, lead, concurrences, dissents)."""
    return ()


__all__ = ["Metadata", "OpinionPart", "Party", "Section", "find_metadata", "find_opinions", "find_sections"]
