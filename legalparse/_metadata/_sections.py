"""Section headings and their nesting.

A heading is a short line that starts with a numbering mark ("II.", "A.", "1.",
"(a)", a bare roman numeral as the Supreme Court prints it) or is one of the
words opinions use as headings ("BACKGROUND", "DISCUSSION", "CONCLUSION").
Nesting follows the order in which numbering styles first appear: the first
style met is level 1, a new style under it level 2, and so on, as a reader
infers it.  A numbered heading is taken only where it continues its sibling's
sequence (II after I, B after A) or starts one (I, A, 1, a).
"""

from __future__ import annotations

from typing import NamedTuple, Optional

import regex

from .._document import Document
from .._span import Span
from ._lines import Line, document_lines
from ._metadata import Section

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

HEADING_WORDS: tuple[tuple[str, str], ...] = (
    # (pattern, example)
    (r"(?:factual\s++and\s++procedural\s++|procedural\s++|factual\s++|relevant\s++)?(?:background|history)", "FACTUAL BACKGROUND"),
    (r"discussion|analysis|introduction|conclusion|conclusions?\s++of\s++law|findings\s++of\s++fact", "DISCUSSION"),
    (r"(?:legal\s++|applicable\s++)?standards?(?:\s++of\s++review)?|standard\s++of\s++review|jurisdiction", "LEGAL STANDARD"),
    (r"facts|statement\s++of\s++(?:the\s++)?(?:facts|case)|procedural\s++posture|order|decision|disposition|summary", "FACTS"),
)
"""Unnumbered headings: a line that is one of these words and nothing else."""
_WORDS = regex.compile(r"^(?:" + "|".join(p for p, _ in HEADING_WORDS) + r")[.:]?$", regex.IGNORECASE)

_NUMBERED = regex.compile(
    r"^(?P<mark>(?P<roman>[IVXL]{1,6}+)|(?P<upper>[A-Z])|(?P<digit>\d{1,2}+)|(?P<lower>[a-z])|(?P<lroman>[ivx]{1,5}+))"
    r"(?P<punct>\.|\))\s*+(?P<title>.{0,150}+)$"
)
_PARENS = regex.compile(r"^\((?P<mark>(?P<digit>\d{1,2}+)|(?P<lower>[a-z])|(?P<upper>[A-Z])|(?P<lroman>[ivx]{1,5}+))\)\s*+(?P<title>.{0,150}+)$")
_BARE = regex.compile(r"^(?P<mark>(?P<roman>[IVXL]{1,6}+)|(?P<upper>[A-Z]))$")
_SENTENCE_END = regex.compile(r"[,;]$|\b(?:and|or|the|of|to|a|an|in|that|is|was)$")


class _Candidate(NamedTuple):
    line: Line
    style: Optional[str]
    mark: Optional[str]
    value: int


def _roman(text: str) -> int:
    total, prev = 0, 0
    for ch in reversed(text.lower()):
        value = _ROMAN_VALUES.get(ch, 0)
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def _is_title(title: str) -> bool:
    """Whether the text after a numbering mark reads as a heading, not as a numbered paragraph."""
    if not title:
        return True
    if len(title) > 110:
        return False
    words = [w for w in regex.findall(r"[A-Za-z][\w'’-]*+", title)]
    if not words or title.isupper():
        return True
    small = {"of", "the", "and", "or", "to", "a", "an", "in", "on", "for", "by", "at", "with", "under", "v", "from", "as", "is", "not", "re"}
    capitalized = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    if capitalized / len(words) >= 0.75 and words[0][0].isupper():
        return not title.endswith(",")
    return len(words) <= 8 and not title.endswith(".") and not _SENTENCE_END.search(title) and words[0][0].isupper()


_QUICK = regex.compile(
    r"[IVXL]{1,6}+[.)]?+(?:\s|$)|[A-Z][.)]?+(?:\s|$)|\d{1,2}+[.)]|[a-z][.)]|[ivx]{1,5}+[.)]|\(|(?i:"
    + "|".join(p for p, _ in HEADING_WORDS)
    + ")"
)
"""One cheap test every heading passes, so running prose is set aside at once."""


def _candidate(line: Line) -> Optional[_Candidate]:
    text = line.text
    if len(text) > 160 or not _QUICK.match(text):
        return None
    for pattern, paren in ((_NUMBERED, False), (_PARENS, True)):
        m = pattern.match(text)
        if not m or not _is_title(m.group("title").strip()):
            continue
        groups = m.groupdict()
        style = next(g for g in ("roman", "upper", "digit", "lower", "lroman") if groups.get(g))
        mark = m.group("mark")
        if style == "roman" and len(mark) == 1 and mark not in "IVX":
            style = "upper"
        value = _roman(mark) if style in ("roman", "lroman") else (int(mark) if style == "digit" else ord(mark.lower()) - 96)
        if paren:
            style = "paren-" + style
        elif m.group("punct") == ")":
            style = style + ")"
        return _Candidate(line, style, mark, value)
    m = _BARE.match(text)
    if m:
        style = "roman" if m.group("roman") else "upper"
        mark = m.group("mark")
        return _Candidate(line, style, mark, _roman(mark) if style == "roman" else ord(mark.lower()) - 96)
    if _WORDS.match(text) and (text.isupper() or text.istitle()):
        return _Candidate(line, None, None, 0)
    return None


def find_sections(document: Document) -> tuple[Section, ...]:
    """The headings of ``document`` with their nesting, in document order."""
    text = document.text
    if not text:
        return ()
    accepted: list[tuple[Line, Optional[str], int]] = []
    stack: list[str] = []
    last_value: dict[str, int] = {}
    from ._opinions import find_openers, find_opinions

    boundaries = sorted(op.start for op in find_openers(document))
    syllabus = next((p.span for p in find_opinions(document) if p.kind == "syllabus"), None)
    lines_ = document_lines(document)
    next_boundary = 0
    for index, line in enumerate(lines_):
        if syllabus is not None and syllabus.start <= line.start < syllabus.end:
            continue  # the reporter's summary numbers its points; they are not the opinion's parts
        if next_boundary < len(boundaries) and line.start >= boundaries[next_boundary]:
            while next_boundary < len(boundaries) and line.start >= boundaries[next_boundary]:
                next_boundary += 1
            stack, last_value = [], {}  # each opinion numbers its own parts
        cand = _candidate(line)
        if cand is None:
            continue
        if cand.style is None:
            stack = ["word"]
            last_value.clear()
            accepted.append((line, None, 1))
            continue
        style = cand.style
        # "I." after "H." is a letter, and "I." opening a list is a roman numeral
        if style == "roman" and cand.mark == "I" and last_value.get("upper") == 8 and "upper" in stack:
            style, value = "upper", 9
        else:
            value = cand.value
        if style == "upper" and cand.mark in ("V", "X") and last_value.get("roman", 0) + 1 == _roman(cand.mark) and "roman" in stack:
            style, value = "roman", _roman(cand.mark)
        if style in stack:
            if last_value.get(style, 0) + 1 != value:
                continue
            del stack[stack.index(style) + 1 :]
        else:
            if value > (2 if style == "roman" else 1):  # a lost "I" line still lets "II" open the list
                continue
            stack.append(style)
        for deeper in [s for s in last_value if s not in stack]:
            del last_value[deeper]
        last_value[style] = value
        accepted.append((line, cand.mark, len(stack)))
    ends = [len(text)] * len(accepted)
    open_: list[int] = []  # sections still open, innermost last
    for i, (line, _, level) in enumerate(accepted):
        while open_ and accepted[open_[-1]][2] >= level:
            ends[open_.pop()] = line.start
        open_.append(i)
    sections: list[Section] = []
    by_start = {ln.start: i for i, ln in enumerate(lines_)}
    for i, (line, mark, level) in enumerate(accepted):
        heading = line.text
        following = by_start.get(line.start, -1) + 1
        if 0 < following < len(lines_) and regex.search(r"(?:\b[a-z]++|-)$", heading) and len(lines_[following].text) < 90:
            heading = heading + " " + lines_[following].text  # a heading wrapped onto a second line
        sections.append(Section(heading=heading, number=mark, level=level, span=Span(line.start, ends[i])))
    return tuple(sections)
