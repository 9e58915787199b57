"""The opinions a document holds: syllabus, lead opinion, concurrences, dissents.

Openers are the lines that begin an opinion: "JUSTICE THOMAS, with whom JUSTICE
ALITO joins, dissenting.", "PER CURIAM.", "BEATTY, J.:", "Justice BEATTY.",
"STROUD, Judge.", "MARKMAN, J., states as follows:"; CAP casebody HTML tags each
opinion with its type and author, which the head matter carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, Optional

import regex

from .._document import Document
from .._span import Span
from ._metadata import OpinionPart
from ._names import title_case

_JUSTICE = r"(?:MR\.\s++|Mr\.\s++)?(?:CHIEF\s++|Chief\s++)?(?:JUSTICE|Justice)\s++(?P<name>[A-Z][A-Za-z'’\-]++)"
_KIND = (
    r"(?P<kind>delivered\s++the\s++opinion|announced\s++the\s++judgment|concurring\s++in\s++part\s++and\s++dissenting\s++in\s++part"
    r"|dissenting\s++in\s++part\s++and\s++concurring\s++in\s++part|concurring(?:\s++in\s++(?:the\s++)?(?:judgment|result|part))?+"
    r"|dissenting(?:\s++in\s++part)?+|respecting\s++the\s++denial|statement\s++respecting|states\s++as\s++follows|filed\s++a\s++(?:concurring|dissenting))"
)
SCOTUS_OPENER = regex.compile(
    rf"^[ \t]*+{_JUSTICE}(?:,\s++with\s++whom\s++[^\n]{{0,200}}?(?:\n[^\n]{{0,200}}?){{0,2}}?\s++joins?(?:\s++as\s++to\s++[^,\n]{{1,80}}(?:\n[^,\n]{{1,80}})?)?,)?,?\s++{_KIND}",
    regex.MULTILINE,
)
"""'JUSTICE KAVANAUGH delivered the opinion of the Court.', 'JUSTICE SOTOMAYOR, with whom JUSTICE KAGAN and
JUSTICE JACKSON join, dissenting.'"""
STATE_OPENER = regex.compile(
    rf"^[ \t]*+(?:¶\s*+1\.?+\s*+)?(?:Opinion\s++(?:by\s++)?)?(?!Before\b)(?P<name>[A-Z][A-Za-z'’\-]++(?:\s++[A-Z][A-Za-z'’\-]++)?),\s++"
    rf"(?:C\.\s?J\.|P\.\s?J\.|J\.|Justice|Judge|Chief\s++Justice|Presiding\s++Judge|Associate\s++Judge|Senior\s++Judge|Circuit\s++Judge|District\s++Judge)"
    rf"(?:(?:(?:\s*+\(|,\s*+){_KIND}[^\n]{{0,80}}?)?[.:)]?[ \t]*+$|,\s*+{_KIND}(?:[ \t,]++(?:in|part|the|judgment|result|and|concurring|dissenting))*+[.:][ \t]++(?=\p{{Lu}})|(?<=Circuit\s++Judge|District\s++Judge)\.[ \t]++(?=\p{{Lu}}))",
    regex.MULTILINE,
)
"""'MARKMAN, J., states as follows:', 'THOMAS, J., dissenting.', 'STROUD, Judge.', 'SELYA, Circuit Judge.',
'BARRON, Circuit Judge, concurring in part and concurring in the judgment. I agree ...' (runs on into its text)"""
TITLE_OPENER = regex.compile(
    r"^[ \t]*+(?:Chief\s++)?(?:Justice|Judge)\s++(?P<name>[A-Z][A-Za-z'’\-]++)[.:]?[ \t]*+(?:,[ \t]*+" + _KIND + r"[^\n]{0,60})?$",
    regex.MULTILINE,
)
"""'Justice BEATTY.'"""
PER_CURIAM = regex.compile(r"^[ \t]*+(?:PER\s++CURIAM|Per\s++Curiam)\s*+[.:*]*+[ \t]*+$", regex.MULTILINE)
SYLLABUS = regex.compile(r"^[ \t]*+Syllabus[ \t]*+$", regex.MULTILINE)
_HEADER = regex.compile(r"^[ \t]*+SUPREME\s++COURT\s++OF\s++THE\s++UNITED\s++STATES[ \t]*+$", regex.MULTILINE)
_DATE_LINE = regex.compile(r"\[[A-Z][a-z]{2,8}\.?\s++\d{1,2},\s*+\d{4}\][ \t]*+$", regex.MULTILINE)


class Opener(NamedTuple):
    start: int
    kind: str
    author: Optional[str]


def kind_of(words: Optional[str], first: bool) -> str:
    """The opinion kind named by an opener's words."""
    text = " ".join((words or "").lower().split())
    if not text or text.startswith(("delivered", "announced")):
        return "lead" if first or text else "lead"
    if "concurring in part and dissenting" in text or "dissenting in part and concurring" in text:
        return "concurrence_in_part_dissent_in_part"
    if text.startswith("dissenting") or "dissenting" in text:
        return "dissent"
    if text.startswith("concurring") or "concurring" in text:
        return "concurrence"
    return "statement"


def _block_start(text: str, pos: int) -> int:
    """Where an opinion's block begins: its 'SUPREME COURT OF THE UNITED STATES' header, if near."""
    window = max(0, pos - 1200)
    headers = list(_HEADER.finditer(text, window, pos))
    return headers[-1].start() if headers else pos


def _drop_before_lead(openers: list[Opener]) -> list[Opener]:
    """Openers before the lead opinion are the reporter's summary lines, not opinions."""
    for i, op in enumerate(openers):
        if op.kind == "lead":
            return openers[i:]
    return openers


def _scotus_openers(text: str) -> list[Opener]:
    found: list[Opener] = []
    for m in SCOTUS_OPENER.finditer(text):
        before = text[max(0, m.start() - 400) : m.start()]
        previous = before.rstrip()
        last_line = previous.rsplit("\n", 1)[-1]
        lead = m.group("kind").lower().startswith(("delivered", "announced"))
        if not (lead or _DATE_LINE.search(before) or "PER CURIAM" in before or _HEADER.search(before)
                or previous.endswith((".", "]", ":", "*")) or len(last_line) < 60):
            continue
        found.append(Opener(_block_start(text, m.start()), kind_of(m.group("kind"), not found), title_case(m.group("name"))))
    return found


def _state_openers(text: str, start: int) -> list[Opener]:
    found: list[Opener] = []
    for pattern in (STATE_OPENER, TITLE_OPENER):
        for m in pattern.finditer(text, start):
            words = m.group("kind")
            line = m.group(0).strip()
            if len(line) > 120:
                continue
            found.append(Opener(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), kind_of(words, False), title_case(m.group("name"))))
    found.sort()
    out: list[Opener] = []
    for op in found:
        if out and op.start - out[-1].start < 2:
            continue
        out.append(op)
    if out and out[0].kind == "statement":
        out[0] = out[0]._replace(kind="lead")  # the first author line opens the lead opinion
    return [o if i == 0 or o.kind != "lead" else o._replace(kind="statement") for i, o in enumerate(out)]


_BYLINES = (("opinion_byline", "lead"), ("concurrence_byline", "concurrence"), ("dissent_byline", "dissent"))
"""Columbia XML tags each opinion's byline with its kind."""


def _from_bylines(document: Document, head: Mapping[str, tuple[str, ...]]) -> list[Opener]:
    from ._judges import from_byline

    found: list[Opener] = []
    for key, kind in _BYLINES:
        pos = 0
        for byline in head.get(key, ()):
            line = " ".join(str(byline).split())
            idx = document.text.find(line, pos)
            if idx < 0:
                continue
            pos = idx + 1
            if kind == "lead" and PER_CURIAM.match(line):
                found.append(Opener(idx, "per_curiam", None))
            else:
                found.append(Opener(idx, kind, from_byline(line)))
    found.sort()
    if found and found[0].kind not in ("lead", "per_curiam") and not any(o.kind in ("lead", "per_curiam") for o in found):
        found.insert(0, Opener(0, "lead", None))
    return found


def _from_head(document: Document, head: Mapping[str, tuple[str, ...]]) -> list[Opener]:
    types = list(head.get("opinion_type", ()) or head.get("opinion_types", ()))
    authors = list(head.get("author", ()))
    if not types:
        return _from_bylines(document, head)
    text = document.text
    found: list[Opener] = []
    pos = 0
    for i, kind in enumerate(types):
        author_text = authors[i] if i < len(authors) else None
        start = None
        name = None
        if author_text:
            idx = text.find(author_text.strip(), pos)
            if idx < 0:
                idx = text.find(" ".join(author_text.split()[:2]), pos)
            if idx >= 0:
                start = idx
            from ._judges import from_byline

            name = from_byline(author_text)
        if start is None:
            if i == 0:
                start = 0
            else:
                continue
        found.append(Opener(start, {"majority": "lead", "concurrence": "concurrence", "dissent": "dissent", "per_curiam": "per_curiam"}.get(kind, kind or "lead"), name))
        pos = start + 1
    return found


_LAST: list[tuple[Document, list[Opener]]] = []
"""The last document's openers: metadata, sections and opinions all ask for them."""


def find_openers(document: Document) -> list[Opener]:
    """The opener of each opinion in the document, in order."""
    last = _LAST[0] if _LAST else None  # one read, so another thread's document is never mistaken for this one
    if last is not None and last[0] is document:
        return list(last[1])
    found = _find_openers(document)
    _LAST[:] = [(document, found)]
    return list(found)


def _find_openers(document: Document) -> list[Opener]:
    text = document.text
    openers = _from_head(document, document.head_matter)
    if openers:
        return openers
    openers = _drop_before_lead(_scotus_openers(text))
    pc = PER_CURIAM.search(text)
    if pc and (not openers or pc.start() < openers[0].start):
        if not openers or openers[0].kind != "lead":
            openers.insert(0, Opener(_block_start(text, pc.start()), "per_curiam", None))
    if openers:
        return openers
    return _state_openers(text, 0)


def find_opinions(document: Document) -> tuple[OpinionPart, ...]:
    """The syllabus and opinions of ``document`` with their authors and spans."""
    text = document.text
    if not text:
        return ()
    openers = find_openers(document)
    parts: list[OpinionPart] = []
    syllabus = SYLLABUS.search(text, 0, min(len(text), 4000))
    if openers and syllabus and syllabus.start() < openers[0].start:
        parts.append(OpinionPart(kind="syllabus", authors=(), span=Span(syllabus.start(), openers[0].start)))
    for i, op in enumerate(openers):
        end = openers[i + 1].start if i + 1 < len(openers) else len(text)
        if end <= op.start:
            continue
        parts.append(OpinionPart(kind=op.kind, authors=(op.author,) if op.author else (), span=Span(op.start, end)))
    return tuple(parts)
