"""Statutory citations: find, parse, normalize, resolve short forms.

Stages of :func:`find_statutes`:

1. ``_parser.scan``: one pass of the head pattern, each cite read forward (``_patterns``,
   vocabulary in ``_vocabulary``);
2. ``_resolve.resolve``: short forms and ``Id.`` take their antecedent's code and title, with
   case citations in the same stream (``_cases``);
3. ``_normalize``: canonical cite and link; the frozen :class:`StatuteCitation` records.
"""

from __future__ import annotations

from .._span import Span
from ._cases import CaseCitation, find_cases
from ._citation import CitationForm, StatuteCitation
from ._normalize import canonical, url
from ._parser import Found, scan
from ._resolve import resolve

def _record(text: str, f: Found) -> StatuteCitation:
    section = f.section or ""
    return StatuteCitation(
        code=f.code or "",
        title=f.title,
        section=section,
        subsections=f.subsections,
        section_end=f.section_end,
        subsections_end=f.subsections_end,
        et_seq=f.et_seq,
        note=f.note,
        appendix=f.appendix,
        form=CitationForm(f.form),
        as_written=f.as_written,
        canonical=canonical(f.code or "", f.title, section, f.subsections, f.section_end,
                            f.subsections_end, f.et_seq, f.note, f.appendix),
        url=url(f.code or "", f.title, section, f.subsections),
        span=Span(f.start, f.end),
        text=text[f.start:f.end],
    )


def find_statutes(text: str) -> tuple[StatuteCitation, ...]:
    """Every statutory citation in ``text``, in document order (pages not set).

    Covers the U.S. Code (also as I.R.C. and named codes), C.F.R. and Treasury Regulations,
    Statutes at Large, Public Laws, the federal rules, the Constitution, sections of named Acts
    and the codes of the states, D.C. and Puerto Rico. Short forms and ``Id.`` are resolved.
    Never raises on odd input.

    >>> [c.canonical for c in find_statutes("See 5 U.S.C. §§ 552a(b), 706.")]
    ['5 U.S.C. § 552a(b)', '5 U.S.C. § 706']
    """
    if not isinstance(text, str) or not text:
        return ()
    try:
        found = resolve(text, scan(text))
    except Exception:  # never raise from an extractor; return nothing rather than a half result
        return ()
    out = []
    for f in found:
        if not f.code or not f.section or f.end <= f.start:
            continue
        try:
            out.append(_record(text, f))
        except (ValueError, TypeError):
            continue
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return tuple(out)


__all__ = ["CaseCitation", "CitationForm", "StatuteCitation", "find_cases", "find_statutes"]
