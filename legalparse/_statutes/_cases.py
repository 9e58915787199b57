"""Case citations in the same stream as statutes.

Two tools with one job each:

* :func:`case_positions`: a cheap local detector of where case (and record) citations stand,
  one linear regex pass, used only so that an ``Id.`` after a case is not read as a statute.
* :func:`find_cases`: eyecite's full case-citation finder, for the optional ``cases`` list.
  It is much slower than the statute scan and runs only when asked.
"""

from __future__ import annotations

from typing import Optional

import attrs
import regex

from .._span import Span

_CASE_RE = regex.compile(
    r"(?<![0-9A-Za-z§.])\d{1,4}[ \t\u00a0]{1,2}"
    r"(?:U\.[ \t]?S\.(?![ \t]?C)|S\.[ \t]?Ct\.|L\.[ \t]?Ed\.|F\.[ \t]?(?:Supp\.|App['’]x|2d|3d|4th)?|"
    r"(?:[A-Z][A-Za-z]{0,6}\.[ \t]?){1,4}(?:[23]d|4th)?|[A-Z][a-z]{1,8}\.?[ \t](?:App\.|Rptr\.)[ \t]?(?:[23]d)?)"
    r"[ \t\u00a0]{0,2}(?:\d{1,5}|_{2,})(?![0-9])"
    r"|\bv\.[ \t]"
    r"|(?:ECF|Dkt\.|Doc\.)[ \t]No|(?:App|J\.A|Tr|Compl|Br|R)\.[ \t](?:at[ \t])?\d"
    r"|\bsupra\b|¶|(?:Decl|Dep|Opp['’]n|Mot|Exh?|Reply|Ans|Mem)\.[ \t]"
)
"""A reporter cite ("531 U.S. 98", "770 N.W.2d 795"), a case name's "v.", a record cite."""

_STATUTE_REPORTERS = regex.compile(r"Stat\.|C\.[ \t]?F\.|U\.[ \t]?S\.[ \t]?C|Pub|Reg\.|Code|Cons|Gen\.|Rev\.|Comp\.|Ann\.|Laws")


def case_between(text: str, start: int, end: int) -> bool:
    """Whether a case or record citation stands in ``text[start:end]`` (checked for each ``Id.``)."""
    if end - start > 20_000:  # far apart: something else is surely cited in between
        return True
    for m in _CASE_RE.finditer(text, start, end):
        if not (m.group()[0].isdigit() and _STATUTE_REPORTERS.search(m.group())):
            return True
    return False


def case_positions(text: str) -> list[int]:
    """Offsets where a case or record citation stands (approximate, cheap)."""
    out = []
    for m in _CASE_RE.finditer(text):
        if m.group()[0].isdigit() and _STATUTE_REPORTERS.search(m.group()):
            continue
        out.append(m.start())
    return out


@attrs.frozen(kw_only=True)
class CaseCitation:
    """One case citation as eyecite finds it: ``531 U.S. 98``."""

    text: str
    """The cite exactly as it stands in the text."""
    span: Span
    reporter: Optional[str] = None
    volume: Optional[str] = None
    reporter_page: Optional[str] = None
    """The first page of the case in the reporter ("167" in ``365 U.S. 167``)."""
    page: Optional[int] = None
    """1-based page of the document the cite starts on (set by the pipeline)."""


def find_cases(text: str) -> tuple[CaseCitation, ...]:
    """Full case citations in ``text`` (eyecite ``get_citations``), in document order.

    >>> [c.text for c in find_cases("Monroe v. Pape, 365 U.S. 167 (1961).")]
    ['365 U.S. 167']
    """
    try:
        from eyecite import get_citations
        from eyecite.models import FullCaseCitation
    except Exception:  # eyecite missing: no cases rather than an error
        return ()
    import logging

    # eyecite logs a warning for each overlap it cannot classify; a library's users should not see them
    eyecite_log = logging.getLogger("eyecite")
    level = eyecite_log.level
    eyecite_log.setLevel(logging.ERROR)
    out = []
    try:
        for c in get_citations(text):
            if not isinstance(c, FullCaseCitation):
                continue
            start, end = c.span()  # type: ignore[no-untyped-call]
            if not (0 <= start <= end <= len(text)):
                continue
            groups = c.groups or {}
            out.append(CaseCitation(text=text[start:end], span=Span(start, end),
                                    reporter=groups.get("reporter"), volume=groups.get("volume"),
                                    reporter_page=groups.get("page")))
    except Exception:
        return tuple(out)
    finally:
        eyecite_log.setLevel(level)
    return tuple(out)
