"""The date a document was decided, filed or signed."""

from __future__ import annotations

from typing import Optional

import regex

from ._dates import DATE, first_date, parse_date

__all__ = ["first_date", "from_caption", "from_head", "signed", "standalone"]
from ._lines import Line

_LABELLED = regex.compile(
    r"(?P<label>\bDecided|\bOpinion\s++Filed|\bDate\s++Filed|\bFiled|\bEntered|\bDate\s++of\s++(?:Decision|Order|Filing)|\bDate|\bDecision\s++Date|\bIssued|\bRendered|\bRelease\s++Date)"
    r"\s*+:?\s*+(?:on\s++)?(?=\S)",
    regex.IGNORECASE,
)
_RANK = {"decided": 0, "opinion filed": 1, "filed": 2, "date filed": 2, "entered": 2, "issued": 2, "rendered": 1}
_SIGNED = regex.compile(
    r"\b(?:dated|signed|entered|so\s++ordered|ordered)\b[^\n]{0,40}?(?:this\s++)?"
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s++day\s++of\s++(?P<m>[A-Z][a-z]{2,8}),?\s++(?P<y>\d{4})|(?=[A-Z][a-z]{2,8}\.?\s++\d|\d{1,2}/))",
    regex.IGNORECASE,
)
_BLANK_DATE = regex.compile(r"^(?:dated|date|signed|entered)\s*+:?[\s_]*+$", regex.IGNORECASE)
"""A date line left blank for the judge's hand ("DATED: ______"); the stamped date follows below."""
_BRACKETED = regex.compile(r"^\[(?P<date>[A-Z][a-z]{2,8}\.?\s++\d{1,2},\s*+\d{4})\]$")
_NOT_DECISION = regex.compile(r"\b(?:argued|heard|submitted|reargued|born|dob)\b", regex.IGNORECASE)


def _date_after(text: str, pos: int) -> Optional[str]:
    m = DATE.match(text, pos)
    return parse_date(m) if m else None


def from_head(values: tuple[str, ...]) -> Optional[str]:
    """The decision date of a tagged date field ("Heard Feb. 16, 2011.Decided March 21, 2011.")."""
    best: Optional[tuple[int, str]] = None
    for value in values:
        for m in _LABELLED.finditer(value):
            iso = _date_after(value, m.end())
            rank = _RANK.get(" ".join(m.group("label").lower().split()), 3)
            if iso and (best is None or rank < best[0]):
                best = (rank, iso)
        if best is None and not _NOT_DECISION.search(value):
            iso = first_date(value)
            if iso:
                best = (4, iso)
    if best is None:
        for value in values:
            iso = first_date(value)
            if iso:
                return iso
    return best[1] if best else None


def _label_stands(text: str, m: "regex.Match[str]") -> bool:
    """Whether a date label heads its line or column, or carries a colon ("Date: ..."), not prose."""
    if ":" in m.group(0) or m.start() == 0 or m.group("label")[0].isupper():
        return True
    before = text[: m.start()]
    return before.endswith(("  ", ") ", "—", "–", ". ", "]")) or before.rstrip().endswith((")", ":", "—"))


def from_caption(caption: list[Line], limit: int = 60) -> Optional[str]:
    """A date the caption labels as the decision or filing date, or prints alone on a line."""
    best: Optional[tuple[int, int, str]] = None
    for i, ln in enumerate(caption[:limit]):
        text = ln.text
        for m in _LABELLED.finditer(text):
            iso = _date_after(text, m.end())
            if iso and _label_stands(text, m):
                rank = _RANK.get(" ".join(m.group("label").lower().split()), 3)
                if best is None or (rank, i) < best[:2]:
                    best = (rank, i, iso)
        b = _BRACKETED.match(text)
        if b:
            iso = first_date(b.group("date"))
            if iso and (best is None or (1, i) < best[:2]):
                best = (1, i, iso)
        if text.upper() in ("FILED", "ENTERED", "DECIDED") and i + 1 < len(caption):
            iso = first_date(caption[i + 1].text)
            if iso and (best is None or (2, i) < best[:2]):
                best = (2, i, iso)
    return best[2] if best else None


def standalone(caption: list[Line], limit: int = 40) -> Optional[str]:
    """A date printed alone on a caption line ("September 14, 2007.")."""
    for ln in caption[:limit]:
        m = DATE.fullmatch(ln.text.rstrip(". "))
        if m:
            iso = parse_date(m)
            if iso:
                return iso
    return None


def signed(tail: list[Line]) -> Optional[str]:
    """The date of the signature block ("Dated: May 22, 2020", "this 5th day of August, 2016")."""
    found: Optional[str] = None
    for i, ln in enumerate(tail):
        if _BLANK_DATE.match(ln.text):
            for nxt in tail[i + 1 : i + 5]:
                iso = first_date(nxt.text)
                if iso:
                    found = iso
                    break
            continue
        m = _SIGNED.search(ln.text)
        if not m:
            continue
        iso = None
        if m.group("d"):
            iso = first_date(f"{m.group('m')} {m.group('d')}, {m.group('y')}")
        else:
            iso = _date_after(ln.text, m.end())
            if iso is None:
                for nxt in tail[i + 1 : i + 4]:
                    iso = first_date(nxt.text)
                    if iso:
                        break
        if iso:
            found = iso
    return found
