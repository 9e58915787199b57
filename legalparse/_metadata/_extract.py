"""Caption and structure: court, docket, parties, judges, date, type, sections, opinions.

Sources, most trusted first: the tagged head matter of a structured source (CAP
casebody classes, Columbia and Fastcase XML elements), the caption at the head of
the text, the opinion openers and signature block, and the ECF stamps that ingest
moves into ``Page.furniture`` (read from the text too, where they are still there).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Optional

import regex

from .._document import Document, ParseWarning
from . import _caption, _court, _docket, _judges, _kind, _when
from ._lines import Line, caption_lines, document_lines, tail_lines
from ._metadata import Metadata, OpinionPart, Party, Section
from ._opinions import find_opinions as _find_opinions
from ._sections import find_sections as _find_sections
from ._stamp import Stamp, find_stamps

HEAD_KEYS: Mapping[str, tuple[str, ...]] = {
    "court": ("court", "CourtName", "court_name"),
    "docket": ("docketnumber", "docket", "DocketNumber", "docket_number", "DocketNumbers"),
    "date": ("decisiondate", "date", "DecisionDate", "decision_date"),
    "short_name": ("ShortName", "name_abbreviation", "reporter_caption"),
    "caption": ("parties", "caption", "PartyHeader", "name"),
    "author": ("author", "Author", "opinion_byline"),
}
"""The head-matter keys read for each field, most specific first."""

_ORDER_OF_COURT = regex.compile(r"\bOn\s++order\s++of\s++the\s++Court\b")
_SO_ORDERED = regex.compile(r"\bIT\s++IS\s++(?:SO\s++|HEREBY\s++|FURTHER\s++)?ORDERED\b|^\s*+ORDERED\b", regex.MULTILINE)


def _head(document: Document, field: str) -> tuple[str, ...]:
    head: dict[str, object] = {str(k).lower(): v for k, v in (document.head_matter or {}).items()}
    for key in HEAD_KEYS[field]:
        values = head.get(key.lower())
        if isinstance(values, str):  # a source may give one string where a tuple is expected
            values = (values,)
        if isinstance(values, (tuple, list)) and values:
            return tuple(" ".join(str(v).split()) for v in values if str(v).strip())
    return ()


def _court_id(document: Document, caption: list[Line], stamps: list[Stamp]) -> Optional[str]:
    for value in _head(document, "court"):
        court_id = _court.pick(_court.resolve(value))
        if court_id:
            return court_id
    head_text = document.text[:3000]
    court_id = _court.reporter_court(head_text)
    if court_id:
        return court_id
    for name in itertools.islice(_court.caption_court_strings(caption), 8):  # courts-db costs ~10 ms a name
        court_id = _court.pick(_court.resolve(name))
        if court_id:
            return court_id
    for line in (ln for page in document.pages for ln in page.furniture):
        court_id = _court.reporter_court(line)
        if court_id:
            return court_id
    for stamp in stamps:
        if stamp.district:
            court_id = _court.pick(_court.resolve(_court.USDC_DISTRICTS.format(stamp.district)))
            if court_id:
                return court_id
    return None


def _is_federal(court_id: Optional[str]) -> bool:
    if court_id is None:
        return True
    try:
        from courts_db import find_court_by_id

        found = find_court_by_id(court_id)
    except Exception:
        return True
    return not found or found[0].get("system") == "federal"


def _dockets(document: Document, caption: list[Line], stamps: list[Stamp], federal: bool) -> tuple[str, ...]:
    raw: list[str] = []
    for value in _head(document, "docket"):
        value = _PAGE_MARK.sub("", value)
        labels = list(_docket.LABEL.finditer(value))
        if not labels:
            raw.extend(_docket.split_list(value) or [value])
        for i, label in enumerate(labels):
            part = value[label.end() : labels[i + 1].start() if i + 1 < len(labels) else len(value)]
            if not label.group("lower"):
                raw.extend(_docket.split_list(part.strip()))
    if not raw:
        found = [
            (item, line)
            for item, lower, line, opens in _docket.labelled(caption)
            if not lower and (opens or not _is_prose(caption[line].text))
        ]
        if found:
            first, line = found[0]
            end = _caption_block_end(caption, line)
            shape = _docket.shape(first)
            raw = [d for d, at in found if (at < end or _TOGETHER.match(caption[at].text)) and _docket.shape(d) == shape]
    dockets = _docket.gather(raw, federal=federal)
    from_stamps = _docket.gather((s.docket for s in stamps), federal=federal)
    if not dockets:
        return from_stamps
    keys = {_docket.key(d) for d in dockets}
    missing = [s for s in from_stamps if _docket.key(s) not in keys]
    if missing and len(missing) == len(from_stamps):
        dockets = (missing[0],) + dockets  # the stamp names the case this paper was filed in
    out = []
    for d in dockets:
        fuller = [s for s in from_stamps if s != d and s.endswith(d) and ":" in s]
        out.append(fuller[0] if fuller else d)
    return tuple(dict.fromkeys(out))


_PROSE = regex.compile(r"(?<![\w.'’-])[a-z][a-z'’]++\b")


_PAGE_MARK = regex.compile(r"\s*+\b(?:[A-Z]{2,4}\s++)?Page\s++\d++\b")
"""A page number a reporter prints inside a tagged field ("No. CV 98 9409098 S CT Page 14567")."""


_TOGETHER = regex.compile(r"^Together\s++with\s++No", regex.IGNORECASE)
"""Supreme Court syllabus: 'Together with No. 25–250, Trump v. V.O.S. Selections, Inc., ...'."""


def _is_prose(text: str) -> bool:
    return len(text) > 60 and len(_PROSE.findall(text)) >= 8


def _caption_block_end(caption: list[Line], start: int = 0) -> int:
    """The index of the first line of running prose after ``start`` (the caption block ends there)."""
    for i in range(start + 1, min(len(caption), 60)):
        if _is_prose(caption[i].text):
            return i
    return 60


def _case_name(document: Document, caption: list[Line]) -> tuple[Optional[str], tuple[Party, ...]]:
    for field in ("short_name", "caption"):
        for value in _head(document, field):
            short = _caption.from_one_line(value, shorten=field == "caption")
            if short:
                return short, ()
    return _caption.find_parties(caption)


def _judges_of(document: Document, caption: list[Line], tail: list[Line], opinions: tuple[OpinionPart, ...]) -> tuple[str, ...]:
    if opinions and opinions[0].kind in ("per_curiam",) or (
        len(opinions) > 1 and opinions[0].kind == "syllabus" and opinions[1].kind == "per_curiam"
    ):
        return ()
    author: Optional[str] = None
    for value in _head(document, "author"):
        author = _judges.from_byline(value)
        if author:
            break
    if author is None:
        lead = next((o for o in opinions if o.kind == "lead" and o.authors), None)
        if lead is not None:
            author = lead.authors[0]
    if author is None:
        author = _judges.opener_author(document.text)
    if author is None:
        head_end = min(len(document.text), 15000)
        author = _judges.author_line(document_lines(document, 0, head_end)[:400])
    signed = _judges.signer(tail)
    if author and signed and _judges.same_judge(author, signed) and len(signed) > len(author):
        author = signed
    return (author,) if author else ((signed,) if signed else ())


def _filed_stamp(document: Document) -> Optional[str]:
    """The date of a clerk's "FILED / March 16, 2022" stamp that ingest set aside as page furniture."""
    for page in document.pages[:2]:
        stamp_lines = [Line(0, 0, text.strip()) for text in page.furniture if text.strip()]
        stamp_lines = [ln for ln in stamp_lines if not _STAMP_LINE.search(ln.text)]  # ECF headers are the fallback
        iso = _when.from_caption(stamp_lines)
        if iso:
            return iso
    return None


_STAMP_LINE = regex.compile(r"\bDocument\s*+:?\s*+[\w-]++|\bPage\s*+:?\s*+\d++\s++of\b|\bPageID\b", regex.IGNORECASE)


def _date_of(document: Document, caption: list[Line], tail: list[Line], stamps: list[Stamp]) -> tuple[Optional[str], tuple[ParseWarning, ...]]:
    head = _head(document, "date")
    if head:
        iso = _when.from_head(head)
        if iso:
            return iso, ()
    docket_field = " ".join(_head(document, "docket"))
    if docket_field:  # some CAP cases tag the decision date as the docket number ("Feb. 24 2011.")
        iso = _when.first_date(regex.sub(r"(\d{1,2})\s++(\d{4})", r"\1, \2", docket_field))
        if iso:
            return iso, ()
    iso = _when.from_caption(caption) or _when.signed(tail) or _when.standalone(caption) or _filed_stamp(document)
    if iso:
        return iso, ()
    for stamp in stamps:
        if stamp.date:
            warning = ParseWarning(
                code="date_from_stamp",
                message=f"no decision or signature date printed; the ECF filing date {stamp.date} is given",
                page=stamp.page,
            )
            return stamp.date, (warning,)
    return None, ()


def _document_type(document: Document, caption: list[Line], opinions: tuple[OpinionPart, ...], judges: tuple[str, ...]) -> Optional[str]:
    kinds = [o.kind for o in opinions if o.kind != "syllabus"]
    if kinds and kinds[0] == "per_curiam":
        return "per_curiam_opinion"
    titled = _kind.title_kind(caption)
    if titled:
        return titled
    if _ORDER_OF_COURT.search(document.text[:4000]):
        return "order"
    if kinds or _head(document, "author"):
        return "opinion"
    if _SO_ORDERED.search(document.text):
        return "order"
    return "opinion" if judges else None


def find_metadata(document: Document) -> Metadata:
    """The caption fields of ``document``; ``None``/empty where the document does not say.

    Example: the caption "UNITED STATES DISTRICT COURT / DISTRICT OF NEW JERSEY ...
    Civ. No. 3:18-cv-16281(BRM)(TJB)" gives ``court_id`` "njd" and ``docket_numbers``
    ("3:18-cv-16281",).
    """
    try:
        return _find_metadata(document)
    except Exception:  # an extractor never fails the parse: odd input gives empty fields
        return Metadata()


def _find_metadata(document: Document) -> Metadata:
    caption = caption_lines(document)
    tail = tail_lines(document)
    stamps = find_stamps(document)
    court_id = _court_id(document, caption, stamps)
    dockets = _dockets(document, caption, stamps, _is_federal(court_id))
    case_name, parties = _case_name(document, caption)
    opinions = _find_opinions(document)
    judges = _judges_of(document, caption, tail, opinions)
    date, warnings = _date_of(document, caption, tail, stamps)
    return Metadata(
        court=_court.court_name(court_id) if court_id else None,
        court_id=court_id,
        docket_numbers=dockets,
        case_name=case_name,
        parties=parties,
        judges=judges,
        date=date,
        document_type=_document_type(document, caption, opinions, judges),
        warnings=warnings,
    )


def find_sections(document: Document) -> tuple[Section, ...]:
    """The headings of ``document`` with their nesting, in document order."""
    try:
        return _find_sections(document)
    except Exception:  # an extractor never fails the parse
        return ()


def find_opinions(document: Document) -> tuple[OpinionPart, ...]:
    """The opinions the document holds (syllabus, lead, concurrences, dissents)."""
    try:
        return _find_opinions(document)
    except Exception:  # an extractor never fails the parse
        return ()


__all__ = ["Metadata", "OpinionPart", "Party", "Section", "find_metadata", "find_opinions", "find_sections"]
