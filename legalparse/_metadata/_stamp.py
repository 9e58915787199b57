"""ECF header stamps: the docket number and filing date CM/ECF prints on every page.

The stamps are read from ``Page.furniture`` (where ingest puts the lines it removes)
and, for text that still carries them, from the text itself.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

import regex

from .._document import Document
from ._dates import DATE, parse_date

STAMP = regex.compile(
    r"\bCase\s{0,3}+(?:No\.\s{0,3}+)?:?\s{0,3}+(?P<docket>[0-9][\w:]*+(?:-[\w]++){0,6}),?"
    r"\s{1,12}+(?:Document|Doc\.?|Dkt\.?)\s{0,3}+:?\s{0,3}+[\w-]{1,20}+,?\s{1,12}+"
    r"(?:Page\s{0,3}+:?\s{0,3}+\d{1,5}+\s{1,12}+)?(?:(?:Date\s{1,3}+)?Filed\s{0,3}+:?\s{0,3}+)?"
    r"(?P<date>\d{1,2}/\d{1,2}/\d{2,4})",
    regex.IGNORECASE,
)
"""'Case 2:19-cv-12345-BRM-JAD Document 33 Filed 06/30/20 Page 3 of 9 PageID: 412',
'Case: 12-2209 Document: 00116475093 Page: 1 Date Filed: 01/03/2013 Entry ID: 5700979',
'Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2'."""

USDC = regex.compile(r"\bUSDC\s{1,3}+(?P<district>[A-Z][a-z]++(?:\s[A-Z][a-z]++)?)")
"""The court named in a District of Colorado stamp: '... filed 06/25/26 USDC Colorado pg 1 of 2'."""


class Stamp(NamedTuple):
    """What an ECF stamp says."""

    docket: str
    date: Optional[str]
    district: Optional[str]
    page: Optional[int]


def _scan(text: str, page: Optional[int]) -> list[Stamp]:
    found: list[Stamp] = []
    if "ase" not in text:
        return found
    for match in STAMP.finditer(text):
        date_match = DATE.fullmatch(match.group("date"))
        iso = parse_date(date_match) if date_match else None
        usdc = USDC.search(text, match.end(), match.end() + 40)
        found.append(Stamp(match.group("docket"), iso, usdc.group("district") if usdc else None, page))
    return found


def find_stamps(document: Document) -> list[Stamp]:
    """Every ECF stamp in the page furniture, then in the text."""
    stamps: list[Stamp] = []
    for page in document.pages:
        for line in page.furniture:
            stamps.extend(_scan(line, page.number))
    if not stamps:
        stamps.extend(_scan(document.text, None))
    return stamps
