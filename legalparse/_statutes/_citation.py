"""The statute-citation record."""

from __future__ import annotations

import enum
from typing import Iterable, Optional

import attrs

from .._span import Span


def _parts(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _optional_parts(value: Optional[Iterable[str]]) -> Optional[tuple[str, ...]]:
    return None if value is None else tuple(value)


class CitationForm(str, enum.Enum):
    """How a citation is written: in full, as a short form, or as ``id.``."""

    FULL = "full"
    SHORT = "short"
    ID = "id"


@attrs.frozen(kw_only=True)
class StatuteCitation:
    """One occurrence of a statutory (or rule, regulation, constitutional) citation.

    ``5 U.S.C. §§ 552a(b), 706`` yields two citations.
    """

    code: str
    """Canonical code: ``"U.S.C."`` (also for ``I.R.C.``), ``"C.F.R."``, ``"Fed. R. Civ. P."``, a state code's Bluebook abbreviation, or a named Act."""
    title: Optional[str]
    """Title ("26"), Stat. volume, Pub. L. Congress; ``None`` where the code has none or a short form has no antecedent."""
    section: str
    """Section as printed without the § sign: "6103", "552a", "301.6103(i)-1"; a rule's number."""
    subsections: tuple[str, ...] = attrs.field(default=(), converter=_parts)
    """Parenthesized parts without parentheses, case kept: ``(i)(2)(A)`` → ("i", "2", "A")."""
    section_end: Optional[str] = None
    """End of a section range (``§§ 6103–6105`` → "6105")."""
    subsections_end: Optional[tuple[str, ...]] = attrs.field(default=None, converter=_optional_parts)
    """End of a subsection range (``(i)(1)–(3)`` → ("i", "3"))."""
    et_seq: bool = False
    note: bool = False
    """True where "note" follows the section (``8 U.S.C. § 1231 note``)."""
    appendix: bool = False
    """True for a title's appendix (``50 U.S.C. app. § 5``)."""
    form: CitationForm = CitationForm.FULL
    as_written: Optional[str] = None
    """The code as the document wrote it: "I.R.C.", "Internal Revenue Code", "U. S. C."."""
    canonical: str = ""
    """Normalized cite: "26 U.S.C. § 6103(i)(2)"."""
    url: Optional[str] = None
    """A link to the provision's text (Cornell LII, govinfo), where one is known."""
    span: Span
    text: str
    """The cite exactly as it stands in ``Opinion.text``."""
    page: Optional[int] = None
