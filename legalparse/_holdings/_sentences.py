"""Split opinion text into sentences in one regex-driven pass.

Legal prose is full of periods that end nothing: "42 U.S.C. § 1983", "Smith v. Jones",
"Fed. R. Civ. P. 12(b)(6)", "See, e.g.,", "12 F.3d 4 (2d Cir. 1994)", "Dkt. No. 12".
One pattern finds every place a sentence *could* end; each is then kept or dropped by
looking only at the token before it (bounded look-back), so the cost is linear in the
text.  Line breaks end a sentence only where the line before is a heading-like short
line, an all-capitals line, or ends in a colon: wrapped PDF lines do not.
"""

from __future__ import annotations

import regex

from .._span import Span
from ._abbreviations import ABBREVIATIONS, LINE_FINAL, NUMBERED

_BOUNDARY = regex.compile(
    r"""
    (?<![.?!])(?P<stop>[.?!]++[\"'\u201d\u2019)\]]{0,3}+)  # end punctuation (a run read once, from its start) and closing quotes
    (?P<note>\d{1,3}+)?+                               # a footnote marker glued on: "rights.1"
    (?:[ \t\u00a0\u00ad]++(?:\r?\n)?+|\r?\n)[ \t\u00a0\n\r]*+  # the gap: some white space
    (?=[\"'\u201c\u2018(\[]{0,2}+(?:[\p{Lu}\d\u00a7]|\u00b6[ \t]?+\d{1,4}+\.?+[ \t]++\p{Lu}))  # the next sentence opens ("¶ 99 The", "¶ 17. As": a numbered paragraph)
    | (?P<rule>(?<=[.?!:][\"'\u201d\u2019)\]]{0,3}+[ \t]*+)\n[ \t]*+(?:\*[ \t]*+){3,}+(?=\n|[\"'\u201c(]?+\p{Lu}))
                                                       # "* * *" opening a line after a sentence: a section break
                                                       # (stars inside a line are an ellipsis: "convicted * * * may file")
    | (?P<blank>\n[ \t\u00a0\r]*+\n[\s]*+)             # a blank line: always a break
    | (?P<line>\n)                                     # a line break: decided by the line
    """,
    regex.VERBOSE,
)

_OPENS = regex.compile(r"[\"'\u201c\u2018(\[]{0,2}+(?:[\p{Lu}\d\u00a7]|\u00b6[ \t]?+\d{1,4}+\.?+[ \t]++\p{Lu})")
_PARAGRAPH_NUMBER = regex.compile(r"[ \t]*+\u00b6[ \t]?+\d{1,4}+")
_PIN_PARAGRAPH = regex.compile(r"\u00b6[ \t]?+\d{1,4}+\.")
_CONTINUED = regex.compile(r"(?:,|\b[Ii]d\.)[ \t]*+$")
"""A line ending where a citation goes on: a comma or "Id."."""
_TOKEN = regex.compile(r"[^\s(\[\"\u201c\u2018]{1,41}+", regex.REVERSE)
"""The word before a period, read backwards; an apostrophe inside it stays ("Dep't."), one opening it goes."""
_CITATION_NEXT = regex.compile(r"(?:\p{Lu}{2,}+\b|\p{Lu}\.|\d|\u00a7)")
"""What follows an all-capitals abbreviation inside a citation: another one, a number or a section sign."""
_NUMBER_NEXT = regex.compile(r"(?:\d|[IVXL]{1,6}+\b)")
_INITIAL = regex.compile(r"(?:\p{Lu}|[IVX]{1,4}+)\.")
_INNER_DOT = regex.compile(r"\p{L}\.\p{L}|\p{L}\.\d++\p{L}")  # "U.S.C.", "N.C.App.", "F.3d"; not "565.253."
_HEADING_END = regex.compile(r"[^,;(\-\u2013\u2014&/]$")
_LOWER = regex.compile(r"\p{Ll}")
_LETTERS = regex.compile(r"\p{L}")

MAX_SHORT_LINE = 50
"""A line this short that does not end in a continuation mark is a heading or label."""


def _opens_paragraph(text: str, stop: int) -> bool:
    """Whether the period at ``stop`` follows a paragraph number opening its line ("¶ 17. As to …").

    Such a number does not end a sentence; a pin cite does ("Id. ¶ 12."), also one
    wrapped onto a new line after a comma or "Id." ("2011 VT 5,\n¶ 12.").
    """
    newline = text.rfind("\n", max(0, stop - 40), stop)
    if newline < 0 and stop > 40:
        return False
    if not _PARAGRAPH_NUMBER.fullmatch(text, newline + 1, stop):
        return False
    if newline < 0:
        return True
    line_start = text.rfind("\n", max(0, newline - 200), newline) + 1
    return _CONTINUED.search(text, line_start, newline) is None


def _abbreviation_before(text: str, stop: int, after: int) -> bool:
    """Whether the period at ``stop`` closes an abbreviation rather than a sentence (the next text starts at ``after``)."""
    m = _TOKEN.match(text, max(0, stop - 40), stop + 1)  # read backwards from the period
    if m is None:
        return False
    token = m.group().lstrip("'")
    if token in NUMBERED:
        return _NUMBER_NEXT.match(text, after) is not None
    if token in ABBREVIATIONS or token.lower() in ("e.g.", "i.e.", "cf.", "etc."):
        return True
    if token.isupper() and token.capitalize() in ABBREVIATIONS:  # "WIS. STAT. § 704.90", not "received by VA. After"
        return _CITATION_NEXT.match(text, after) is not None
    if _INITIAL.fullmatch(token):
        return True
    return _INNER_DOT.search(token) is not None


def _ends_line(text: str, stop: int, m: "regex.Match[str]") -> bool:
    """Whether an abbreviation that can close a name ("Inc.") closes the sentence: a line ends after it."""
    if "\n" not in m.group():
        return False
    token = _TOKEN.match(text, max(0, stop - 40), stop + 1)
    if token is not None and token.group().lstrip("'") in LINE_FINAL:
        return True
    line = text[text.rfind("\n", max(0, stop - 400), stop) + 1 : stop]
    if _NUMERAL_LINE.fullmatch(line):
        return True  # a part's number on its own line: "V."
    # a judge's line: "RICHARD A. DAMIANI, J.", "SMITH, C.J." (not a caption's "UNITED STATES V.")
    return _SIGNATURE.search(line) is not None and len(_LETTERS.findall(line, 0, 60)) >= 3 and _LOWER.search(line) is None


def _line_breaks(text: str, newline: int) -> bool:
    """Whether the single line break at ``newline`` ends a sentence."""
    if not _OPENS.match(text, newline + 1):
        return False
    start = text.rfind("\n", max(0, newline - 400), newline) + 1
    line = text[start:newline].strip()
    if not line:
        return True
    if line.endswith(":"):
        return True
    if len(line) <= MAX_SHORT_LINE and _HEADING_END.search(line):
        return True
    if _title_line(text, start, line):
        return True
    return len(_LETTERS.findall(line, 0, 60)) >= 3 and _LOWER.search(line) is None


_SIGNATURE = regex.compile(r",[ \t]*+(?:\p{Lu}\.[ \t]?+){0,2}+\p{Lu}$")
_NUMERAL_LINE = regex.compile(r"[ \t]*+(?:[IVXL]{1,6}+|[A-Z]|\d{1,2}+)")
"""A line holding only a part's number before its period ("V.", "B.", "3.")."""
_LONG_WORD = regex.compile(r"[\p{L}][\p{L}\u2019']{3,}+")
_PARAGRAPH_END = regex.compile(r"[.:?!][\"'\u201d\u2019)\]]{0,3}+[ \t]*+$")


def _title_line(text: str, start: int, line: str) -> bool:
    """A title-case line opening a paragraph ("Concluded Proceedings Involving Patents Not Asserted in this Case")."""
    if len(line) > 160 or not _HEADING_END.search(line) or line.endswith(".") or ";" in line or " v. " in line:
        return False  # a wrapped citation is not a title
    words = _LONG_WORD.findall(line)
    capital = sum(1 for w in words if w[0].isupper())
    if capital < 3 or capital < 0.75 * len(words):
        return False
    if start == 0:
        return True
    before = text.rfind("\n", max(0, start - 401), start - 1) + 1
    return _PARAGRAPH_END.search(text, before, start - 1) is not None or not text[before : start - 1].strip()


def sentence_spans(text: str, start: int = 0, end: "int | None" = None) -> tuple[Span, ...]:
    """Spans of the sentences of ``text[start:end]``, trimmed of surrounding white space.

    >>> t = "See 42 U.S.C. § 1983. We hold that it applies. Id. at 5."
    >>> [s.slice(t) for s in sentence_spans(t)]
    ['See 42 U.S.C. § 1983.', 'We hold that it applies.', 'Id. at 5.']
    """
    end = len(text) if end is None else min(end, len(text))
    spans: list[Span] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group("stop") is not None:
            stop_at = m.start("stop")
            if text[stop_at] == "." and _abbreviation_before(text, stop_at, m.end()) and not _ends_line(text, stop_at, m):
                continue
            if text[stop_at] == "." and _opens_paragraph(text, stop_at):
                continue
            if _PIN_PARAGRAPH.match(text, m.end()) and (
                "\n" not in m.group() or _CONTINUED.search(text, max(0, stop_at - 200), stop_at + 1)
            ):
                continue  # "Id. ¶ 12.": a pin cite, not a paragraph opening
            if m.group("note") and not text[stop_at - 1 : stop_at].isalpha() and stop_at > 0 and text[stop_at - 1].isdigit():
                continue  # "3.5 The": a decimal, not a footnote marker
            close = m.end("note") if m.group("note") else m.end("stop")
        elif m.group("blank") is not None or m.group("rule") is not None:
            close = m.start()
        else:
            if not _line_breaks(text, m.start()):
                continue
            close = m.start()
        _add(text, begin, close, spans)
        begin = m.end()
    _add(text, begin, end, spans)
    return tuple(spans)


def _add(text: str, begin: int, close: int, spans: list[Span]) -> None:
    while begin < close and text[begin].isspace():
        begin += 1
    while close > begin and text[close - 1].isspace():
        close -= 1
    if close > begin:
        spans.append(Span(begin, close))
