"""Where the court's own opinion stands: past any syllabus, before any separate opinion.

Holdings come from the lead (or per curiam) opinion only.  Where the structure
reader names opinion parts, its spans are used; otherwise the text is cut by rule:
a Supreme Court style "delivered the opinion of the Court" line ends the syllabus,
and the first "NAME, J., concurring/dissenting" heading line ends the lead opinion.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from .._document import Document
from .._span import Span
from ._sentences import sentence_spans

LEAD_KINDS = frozenset({"lead", "per_curiam", "majority", "opinion", "plurality"})
"""Opinion-part kinds whose sentences may hold."""

OPINION_START = regex.compile(
    r"^[ \t]*+(?:(?:(?:CHIEF|Chief)[ \t]++)?(?:JUSTICE|Justice)[ \t]++\p{Lu}[\p{L}'\u2019\-]{1,30}+|\p{Lu}[\p{L}'\u2019\-]{1,30}+,[ \t]*+(?:C\.[ \t]?)?J\.,?)"
    r"[ \t]++delivered[ \t]++the[ \t]++opinion[ \t]++(?:of|for)[ \t]++(?:the|a[ \t]++unanimous)[ \t]++Court|^[ \t]*+PER[ \t]++CURIAM\b",
    regex.MULTILINE,
)
# "JUSTICE THOMAS, with whom JUSTICE GORSUCH joins, concurring." / "THOMAS, J., dissenting." /
# "MARKMAN, J., states as follows:" (a Justice's own statement appended to an order)
_SEPARATE = regex.compile(
    r"^[ \t]*+(?:(?:(?:CHIEF|Chief)[ \t]++)?(?:JUSTICE|Justice)[ \t]++)?\p{Lu}[\p{L}'\u2019\-.]{1,30}+(?:[ \t]++\p{Lu}[\p{L}'\u2019\-.]{1,30}+){0,2}+,"
    r"(?:[ \t]*+with[ \t]++whom[^\n,]{1,120}+,)?+"
    r"(?:[ \t]*+(?:(?:C\.[ \t]?)?J\.,[ \t]*+|(?:(?:Chief|Circuit|District|Senior|Associate|Presiding)[ \t]++)?(?:Judge|Justice),[ \t]*+)?"
    r"(?:concurring|dissenting|concurs|dissents|states[ \t]++as[ \t]++follows)\b"
    r"(?:[ \t,]++(?:in|part|the|judgment|result|and|concurring|dissenting|dissents|states|as|follows|from|denial|of|certiorari))*+"
    r"[ \t]*+[.:]?+[\d*\u2020]{0,3}+[ \t]*+$"
    r"|[ \t]*+(?:(?:C\.[ \t]?)?J\.,|(?:(?:Chief|Circuit|District|Senior|Associate|Presiding)[ \t]++)?(?:Judge|Justice),)[ \t]*+"
    r"(?:concurring|dissenting)(?:[ \t,]++(?:in|part|the|judgment|result|and|concurring|dissenting))*+[.:][ \t]++\p{Lu})"
    r"|^[ \t]*+\p{Pd}?[ \t]*+(?:Concurring|Dissenting)[ \t]++Opinion[ \t]++Follows\b",
    regex.MULTILINE,
)
"""A separate opinion's first line: its author and kind, alone on the line or, after the author's title, running
on into its text ("BARRON, Circuit Judge, concurring in part and concurring in the judgment. I agree ..."), or a
reporter's "— Concurring Opinion Follows —".  Prose about a separate opinion ("Justice Scalia, dissenting in
Morrison v. Olson, warned ...") is neither."""
_SYLLABUS = regex.compile(r"^[ \t]*+Syllabus[ \t]*+$", regex.MULTILINE)


def lead_spans(document: Document, parts: Iterable[Any] = ()) -> tuple[Span, ...]:
    """Spans of ``document.text`` that belong to the lead opinion, in order."""
    text = document.text
    chosen = [p.span for p in parts if getattr(p, "kind", None) in LEAD_KINDS]
    if chosen:
        return tuple(_before_separate(text, span) for span in sorted(chosen))
    start = 0
    syllabus = _SYLLABUS.search(text, 0, min(len(text), 20_000))
    if syllabus is not None:
        opening = OPINION_START.search(text, syllabus.end())
        if opening is not None:
            start = opening.start()
    separate = _SEPARATE.search(text, start)
    end = separate.start() if separate is not None else len(text)
    return (Span(start, end),)


def _before_separate(text: str, span: Span) -> Span:
    """``span`` up to the first separate opinion or statement heading inside it."""
    separate = _SEPARATE.search(text, span.start, span.end)
    return Span(span.start, separate.start()) if separate is not None and separate.start() > span.start else span


def body_spans(parts: Iterable[Span], footnotes: Iterable[Any]) -> tuple[Span, ...]:
    """``parts`` with the footnote texts cut out (a footnote printed mid-sentence splits it)."""
    notes = sorted((f.span.start, f.span.end) for f in footnotes)
    out: list[Span] = []
    for part in parts:
        start = part.start
        for a, b in notes:
            if b <= start or a >= part.end:
                continue
            if a > start:
                out.append(Span(start, a))
            start = max(start, b)
        if start < part.end:
            out.append(Span(start, part.end))
    return tuple(out)


_NOTE_LABEL = regex.compile(r"(?<!\s)\s++\d{1,3}+$")
_CLOSED = regex.compile(r"[.?!:;][\"'\u201d\u2019)\]]{0,3}+\d{0,3}+$")
PAGE_MARK = r"\[\*\d{1,4}+\]"
"""A star-page marker: the page that begins there ("[*31] $550,000, which ...")."""
_OPENING_PAGE_MARK = regex.compile(rf"^{PAGE_MARK}[ \t]*+")


def stitched_sentences(text: str, parts: Iterable[Span]) -> tuple[list[Span], dict[int, str]]:
    """The sentences of ``parts``, a sentence cut by a footnote block joined back together.

    Returns the spans (a joined sentence spans the footnote between its halves) and,
    by index, the words to read for each joined sentence (its halves without the note).
    """
    spans: list[Span] = []
    reading: dict[int, str] = {}
    open_end = False
    for part in parts:
        pieces = list(sentence_spans(text, part.start, part.end))
        tail = _OPENING_PAGE_MARK.sub("", pieces[0].slice(text)) if pieces else ""
        if tail and spans and open_end and not tail[0].isupper():
            first, second = spans[-1], pieces.pop(0)
            head = _NOTE_LABEL.sub("", reading.get(len(spans) - 1, first.slice(text)))  # "... by\n13": the note's number
            reading[len(spans) - 1] = head + " " + tail
            spans[-1] = Span(first.start, second.end)
        spans.extend(pieces)
        open_end = bool(spans) and spans[-1].end >= part.end - 1 and not _CLOSED.search(spans[-1].slice(text))
    return spans, reading
