"""The court: read off the caption, the ECF stamp and the reporter line, resolved with courts-db."""

from __future__ import annotations

import functools
from typing import Iterable, Optional

import regex

from ._lines import Line, first_cell

_COURT_WORD = regex.compile(r"\b(?:court|tribunal|board\s+of|commission|appellate\s+division)\b", regex.IGNORECASE)
_CONTINUATION = regex.compile(
    r"(?:for\s++the\b|of\s|district\s++of\b|(?:north|south|east|west|middle|central)\w{0,8}+\s++district\b"
    r"|\w{1,12}+\s++circuit\b|(?:eastern|western|northern|southern|middle|central)\b|judicial\s++district\b"
    r"|appellate\s++division|division\b)",
    regex.IGNORECASE,
)
_NOT_THIS_COURT = regex.compile(
    r"(?:on\s++)?appeal(?:ed)?+\s++from|certiorari|on\s++(?:writ|petition|remand)|from\s++the\b|petition\s++for"
    r"|review\s++of|transferred\s++from|\bthis\s++court|\bthe\s++court\b|court['’]s|before\s|lower\s++court"
    r"|trial\s++court|\bclerk\b|rules?\s++of|cite\s++as|courthouse",
    regex.IGNORECASE,
)
_IN_THE = regex.compile(r"^(?:in\s++the\s++|before\s++the\s++)", regex.IGNORECASE)
_REPORTER_LINES: tuple[tuple[str, str, str], ...] = (
    # (pattern, court id, example)
    (r"\bT\.\s?C\.\s++(?:Memo\.|Summary\s++Opinion)", "tax", "T.C. Memo. 2020-26"),
    (r"\bUNITED\s++STATES\s++TAX\s++COURT\b", "tax", "UNITED STATES TAX COURT"),
    (r"\bSUPREME\s++COURT\s++OF\s++(?:THE\s++)?UNITED\s++STATES\b", "scotus", "SUPREME COURT OF THE UNITED STATES"),
    (r"^\(Slip\s++Opinion\)|Cite\s++as:\s++\d{1,3}+\s++U\.\s?S\.", "scotus", "Cite as: 607 U. S. ____ (2026)"),
    (r"OFFICIAL\s++REPORTS\s++OF\s++THE\s++SUPREME\s++COURT", "scotus", "OFFICIAL REPORTS OF THE SUPREME COURT"),
)
REPORTER_LINES = tuple((regex.compile(p, regex.IGNORECASE | regex.MULTILINE), cid, ex) for p, cid, ex in _REPORTER_LINES)
"""Lines that name the court by its reporter or its own print ("T.C. Memo. 2020-26")."""

USDC_DISTRICTS = "United States District Court for the District of {}"
"""What a District of Colorado stamp ("USDC Colorado") stands for."""


@functools.lru_cache(maxsize=512)
def resolve(name: str) -> tuple[str, ...]:
    """The courts-db ids a court name matches, children preferred over parents."""
    try:
        from courts_db import find_court
    except ImportError:  # pragma: no cover - courts-db is a declared dependency
        return ()
    text = _IN_THE.sub("", " ".join(name.split())).strip(" .,;:")
    if len(text) < 8 or len(text) > 200:
        return ()
    bankruptcy = "bankrupt" in text.lower()
    try:
        ids = find_court(text, bankruptcy=bankruptcy)
        if not ids:
            ids = find_court(text, bankruptcy=bankruptcy, allow_partial_matches=True)
    except Exception:  # courts-db regexes are data from outside; never let them raise here
        return ()
    return tuple(sorted(ids))


@functools.lru_cache(maxsize=256)
def court_name(court_id: str) -> Optional[str]:
    """courts-db's full name for an id."""
    try:
        from courts_db import find_court_by_id

        found = find_court_by_id(court_id)
    except Exception:
        return None
    return found[0].get("name") if found else None


def caption_court_strings(caption: list[Line]) -> Iterable[str]:
    """Court names printed in the caption, joined with their continuation lines, top first."""
    cells = [first_cell(ln.text) for ln in caption[:60]]
    full = [ln.text for ln in caption[:60]]
    for i, cell in enumerate(cells):
        for text in dict.fromkeys((cell, full[i])):
            if not _COURT_WORD.search(text) or len(text) > 140 or _NOT_THIS_COURT.search(text):
                continue
            joined = text
            for nxt in full[i + 1 : i + 3]:
                if _CONTINUATION.match(nxt) and len(nxt) < 80:
                    joined += " " + nxt
                else:
                    break
            if i and regex.match(r"(?:in\s++the\s++)?united\s++states\s++court\s++of\s++appeals\s*+$", text, regex.I) is None:
                prev = full[i - 1]
                if regex.fullmatch(r"(?:in\s++the\s++)?united\s++states|in\s++the", prev, regex.I):
                    joined = prev + " " + joined
            yield joined
            if joined != text:
                yield text


def reporter_court(text: str) -> Optional[str]:
    """A court id named by a reporter line or the court's own print."""
    for pattern, court_id, _ in REPORTER_LINES:
        if pattern.search(text):
            return court_id
    return None


def pick(ids: tuple[str, ...]) -> Optional[str]:
    """One id from several matches: a single match, or the shortest (the general court)."""
    if not ids:
        return None
    return ids[0] if len(ids) == 1 else sorted(ids, key=lambda i: (len(i), i))[0]
