"""Dates as courts print them, read to ISO form."""

from __future__ import annotations

import datetime
from typing import Optional

import regex

from ._vocab import MONTHS

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DATE = regex.compile(
    rf"(?P<m>{_MONTH})\.?+\s{{0,3}}+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?+\s{{0,3}}+,?\s{{0,3}}+(?P<y>(?:1[6-9]|20)\d\d)(?!\d)"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?+(?:\s+day\s+of)?+\s{{1,3}}+(?P<m2>{_MONTH})\.?+,?\s{{1,3}}+(?P<y2>(?:1[6-9]|20)\d\d)(?!\d)"
    rf"|\b(?P<mn>\d{{1,2}})/(?P<dn>\d{{1,2}})/(?P<yn>\d{{4}}|\d\d)\b"
    rf"|\b(?P<yi>(?:1[6-9]|20)\d\d)-(?P<mi>\d{{1,2}})-(?P<di>\d{{1,2}})\b"
    rf"|\b(?P<di2>\d{{1,2}})-(?P<mi2>{_MONTH})-(?P<yi2>(?:1[6-9]|20)\d\d)\b",
    regex.IGNORECASE,
)
""""June 30, 2020", "Sept. 7, 2010", "4 December 2008", "06/30/20"."""


def _iso(year: int, month: int, day: int) -> Optional[str]:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(match: "regex.Match[str]") -> Optional[str]:
    """The ISO date a :data:`DATE` match names, or ``None`` when it is not a real date."""
    if match.group("m"):
        return _iso(int(match.group("y")), MONTHS[match.group("m").lower()[:3]], int(match.group("d")))
    if match.group("m2"):
        return _iso(int(match.group("y2")), MONTHS[match.group("m2").lower()[:3]], int(match.group("d2")))
    if match.group("yi"):
        return _iso(int(match.group("yi")), int(match.group("mi")), int(match.group("di")))
    if match.group("yi2"):
        return _iso(int(match.group("yi2")), MONTHS[match.group("mi2").lower()[:3]], int(match.group("di2")))
    year = int(match.group("yn"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    return _iso(year, int(match.group("mn")), int(match.group("dn")))


def first_date(text: str) -> Optional[str]:
    """The first date printed in ``text`` (ISO), if any."""
    for match in DATE.finditer(text):
        iso = parse_date(match)
        if iso:
            return iso
    return None
