"""What page furniture looks like: ECF stamps, page numbers, running heads."""

from __future__ import annotations

import regex

# CM/ECF header stamps in their district and appellate forms:
#   Case 2:19-cv-12345-BRM-JAD Document 33 Filed 06/30/20 Page 3 of 9 PageID: 412
#   Case: 19-1234    Document: 00117  Page: 3    Date Filed: 01/03/2013  Entry ID: 5700
#   USCA Case #24-5123  Document #2051234  Filed: 04/26/2024  Page 3 of 9
#   Appellate Case: 20-1234  Document: 010110462922  Date Filed: 01/11/2021  Page: 1
#   Appellate Case: 22-1801  Page: 1  Date Filed: 01/19/2023  Entry ID: 5237514
#   USCA4 Appeal: 17-2218  Doc: 17  Filed: 10/31/2017  Pg: 1 of 1
_STAMP = regex.compile(
    r"""(?ix)
    ^\W{0,3}+(?:USCA\d{0,2}+\s++|Appellate\s++)?(?:Case|Appeal)(?:\s*+(?:No\.|[:#])\s*+|\s++)[\w:\-./ ]{3,50}?\s++
    (?:Doc(?:ument)?|Dkt|ECF|Page|Pg)\b.{0,80}?
    (?:Filed|Date\s++Filed|Entered|Page|Pg)\b
    """
)
_STAMP_TAIL = regex.compile(
    r"(?i)\b(?:Page(?:ID)?\s*+[:#]?\s*+\d++(?:\s++of\s++\d++)?|Pg\s*+:?\s*+\d++|Filed\s*+:?\s*+\d{1,2}/\d{1,2}/\d{2,4})"
)
_PAGE_NUMBER = regex.compile(
    r"""(?ix)
    ^(?:
        [-–—]?\s*+\d{1,4}\s*+[-–—]?                       # 3   - 3 -
      | (?:page|pg\.?)\s*+\d{1,4}(?:\s*+(?:of|/)\s*+\d{1,4})?   # Page 3 of 9
      | \d{1,4}\s*+(?:of|/)\s*+\d{1,4}                    # 3 of 9
      | (?-i:[ivxlc]{1,7})                                # roman page numbers (front matter)
      | [A-Z]{1,3}-\d{1,3}                                # A-3 appendix pages
    )\s*+$
    """
)
_DIGITS = regex.compile(r"\d++")
_SPACES = regex.compile(r"\s++")


def is_stamp(text: str) -> bool:
    """Whether a line is a CM/ECF filing stamp.

    >>> is_stamp("Case 2:19-cv-12345-BRM-JAD Document 33 Filed 06/30/20 Page 3 of 9 PageID: 412")
    True
    """
    if len(text) > 220:
        return False
    return bool(_STAMP.search(text)) and bool(_STAMP_TAIL.search(text))


def is_page_number(text: str) -> bool:
    """Whether a line holds only a page number ("3", "- 3 -", "Page 3 of 9")."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def normalize_for_repeat(text: str) -> str:
    """A line's text with numbers and spacing made uniform, to spot running heads."""
    text = _DIGITS.sub("#", text.strip()[:300].lower())
    text = regex.sub(r"_{2,}+", "_", text)  # blanks for a page number not yet assigned: "___" or "____"
    return _SPACES.sub(" ", text)[:120]


_CLERK_STAMP = regex.compile(
    r"(?i)^(?=.{0,120}$).*\bFILED\b[\s:]*+(?:\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2,8}\.?\s++\d{1,2},\s*+\d{4})\b.*\bClerk\b"
)


def is_clerk_stamp(text: str) -> bool:
    """Whether a line is a clerk's filed stamp ("... FILED March 16, 2022 Lyle W. Cayce Clerk").

    >>> is_clerk_stamp("United States Court of Appeals Fifth Circuit FILED March 16, 2022 Lyle W. Cayce Clerk")
    True
    """
    return bool(_CLERK_STAMP.match(text))


SENTENCE_END = regex.compile(r"[.:;?!\"”’)\]]$")
"""A line that ends a sentence (or a quotation or parenthesis closing one)."""
