"""Docket numbers: found in the caption, the stamp or the tagged head matter, and normalized.

Federal district numbers take the form office:year-type-number ("1:25-cv-00677"); judge
initials and magistrate suffixes are dropped.  Appellate ("24-5123"), Tax Court
("19031-13") and state forms ("2007AP2077", "ED108783", "CV 96 131435") are kept as
printed, with dashes made plain and the closing period dropped.
"""

from __future__ import annotations

from typing import Iterable, Optional

import regex

from ._lines import Line, cells

_DISTRICT = regex.compile(
    r"(?:(?P<office>\d{1,2})\s?+:\s?+)?(?P<year>\d{2})\s?+-\s?+(?P<type>[A-Za-z]{1,4}+)\s?+-\s?+(?P<num>\d{1,6}+)"
    r"(?![\d/])"
)
"""'3:18-cv-16281(BRM)(TJB)', '8:16-cv-1261 DOC (KESx)', '2:20-SW-908 DB'."""

_MINUTES_FORM = regex.compile(r"(?P<type>CV|CR)\s++(?P<year>\d{2})-(?P<num>\d{3,6})\b", regex.IGNORECASE)
"""Central District of California minutes: 'CV 16-06794 AB (JCx)'."""

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})

LABEL = regex.compile(
    r"(?<![\w.])(?P<lower>(?:USDC|D\.\s?C\.|DC|COA|BIA|Trial\s++Court|Lower\s++Court|L\.\s?T\.|Agency|Circuit\s++Court|Superior\s++Court|Bankr(?:uptcy)?\.?|Appeal)\s++)?"
    r"(?:(?:Civil|Civ\.|Criminal|Crim\.|Misc\.|Adv\.|Adversary|Case|Action|Docket|Cause|Index|Appeal|Proceeding|Petition|Claim)\s++)*+"
    r"(?:Nos?\.|NOS?\.|Number|Numbers|No:|Nos:|#)\s{0,3}+:?\s{0,3}+"
    r"|(?<![\w.])(?:Case|Docket|Civil\s++Action|Civil\s++Case)\s{0,3}+:\s{0,3}+",
    regex.IGNORECASE,
)
_ITEM = regex.compile(
    r"(?P<item>(?:[A-Z]{1,4}+[-\s]?+)?\d[\w:]*+(?:(?:\s?+[-–—]\s?+|\s(?=\d{2,}|[A-Z]{1,3}\b)|/(?=\d{2}(?![\w-])))[\w:]++){0,5}+)"
)
_SEPARATOR = regex.compile(r"\s{0,3}+(?:,|/(?!\d{2}(?![\w-]))|&|and|;)\s{0,3}+(?:Nos?\.\s{0,3}+)?", regex.IGNORECASE)
_TRAILING_JUDGE = regex.compile(r"(?:[\s-]++\(?[A-Z]{2,4}+x?\)?)++$")
_NOT_DOCKET = regex.compile(
    r"^\d$|^(?:1[6-9]|20)\d\d$|^\d{1,2}/\d{1,2}|^\d{4}-\d{2}-\d{2}$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\.?\s",
    regex.IGNORECASE,
)


def normalize(raw: str, *, federal: bool = True) -> Optional[str]:
    """One docket number in its court's normal form, or ``None`` when it is not one.

    ``federal`` is false for a court known not to be a federal court, whose numbers
    ("12-CF-1657") are kept as printed.
    """
    text = " ".join(raw.translate(_DASHES).split()).strip(" .,;:()[]")
    text = regex.sub(r"^(?:Nos?\.|Case|Docket|Civ\.|Civil|Action|#)\s*+:?\s*+", "", text, flags=regex.I)
    if not text or not any(c.isdigit() for c in text):
        return None
    m = _DISTRICT.match(text)
    if m and federal and m.group("type").isalpha():
        office = f"{int(m.group('office'))}:" if m.group("office") else ""
        num = m.group("num").zfill(5)
        return f"{office}{m.group('year')}-{m.group('type').lower()}-{num}"
    m = _MINUTES_FORM.match(text)
    if m and federal:
        return f"{m.group('year')}-{m.group('type').lower()}-{m.group('num').zfill(5)}"
    if regex.fullmatch(r"\d{2}-\d{1,6}(?:[-\s][A-Z]{1,4})*", text):
        return regex.sub(r"[-\s][A-Z]{1,4}$", "", text) if regex.search(r"-\d+[-\s][A-Z]{2,4}$", text) else text
    if _NOT_DOCKET.search(text):
        return None
    return text


def split_list(text: str, *, most: int = 20) -> list[str]:
    """The docket numbers of one label ("Nos. 96-7169/96-7186", "Nos. 133961 and 133962")."""
    found: list[str] = []
    pos = 0
    while pos < len(text) and len(found) < most:
        m = _ITEM.match(text, pos)
        if not m:
            break
        item = m.group("item").strip()
        found.append(item)
        pos = m.end()
        sep = _SEPARATOR.match(text, pos)
        if not sep or sep.end() == pos:
            break
        pos = sep.end()
    return found


def labelled(caption: list[Line], limit: int = 60) -> list[tuple[str, bool, int, bool]]:
    """Docket numbers that follow a label in the caption: (number, names a lower court, line, label opens the line)."""
    found: list[tuple[str, bool, int, bool]] = []
    for i, ln in enumerate(caption[:limit]):
        for cell in cells(ln.text) or [ln.text]:
            for m in LABEL.finditer(cell):
                if len(found) >= 50:
                    return found
                window = max(0, m.start() - 120)  # what stands just before the label
                if _NOT_CASE_NUMBER.search(cell, window, m.start()):
                    continue  # "ECF No. 12", "Motion in Limine No. 1", "Exhibit No. 3"
                if _CITED_CASE.search(cell, window, m.start()) and not _REFERENCE.match(cell):
                    continue  # "Cabrera v. Dream Team Tavern Corp., No. 12-CV-06323": a cited case's number
                rest = cell[m.end() : m.end() + 400]
                if _NUMBER_START.match(rest) is None:
                    continue
                lower = bool(m.group("lower")) or _lower_context(caption, i, cell[window:], m.start() - window)
                for item in split_list(rest.lstrip()):
                    found.append((item, lower, i, not cell[: m.start()].strip()))
    return found


_NUMBER_START = regex.compile(r"\s*+(?:\d|[A-Z]{1,4}+[-\s]?\d)")


_NOT_CASE_NUMBER = regex.compile(
    r"\b(?:ECF|Dkt\.?|Doc\.?|Docket\s++Entry|Entry|Exhibit|Exh?\.|Limine|Motion|Rule|Claim|Patent|Resolution|Ordinance|Count"
    r"|Item|Application|Form|Page|Order|Opinion|Bill|Act|Law|Amendment|Proposition|Measure|Policy|Contract|Agreement|Invoice|Account|Serial|Registration|Tax\s++Map|Lot|Book)\s*+$",
    regex.IGNORECASE,
)
_REFERENCE = regex.compile(r"^(?:re|in\s++re|subject)\s*+:", regex.IGNORECASE)
_CITED_CASE = regex.compile(r"\bv\.\s[^;:]{1,80}?,\s*+$")
_LOWER_CONTEXT = regex.compile(
    r"appeal\s++from|\bcounty\b|circuit\s++court\s++of|district\s++court\s++for|u\.?s\.?d\.?c|trial\s++court|usdc",
    regex.IGNORECASE,
)


def _lower_context(caption: list[Line], index: int, cell: str, start: int) -> bool:
    """Whether a docket label stands under a lower court's name ("Appeal from the Circuit Court of ...")."""
    if _LOWER_CONTEXT.search(cell[:start]):
        return True
    if start > 0:
        return False
    for prev in caption[max(0, index - 2) : index]:
        parts = cells(prev.text)
        two_columns = len(parts) > 1 or regex.match(r"^[:)\]§]\s", prev.text) is not None
        if two_columns and parts and _LOWER_CONTEXT.search(parts[-1]):
            return True
        if regex.match(r"(?:on\s++)?appeal\s++from\b", prev.text, regex.I):
            return True
    return False


def key(docket: str) -> tuple[str, ...]:
    """The numbers of a docket that identify the case (year and serial), for comparing two forms."""
    groups = regex.findall(r"\d++", docket.split(":", 1)[-1])
    return tuple(g.lstrip("0") or "0" for g in groups[:2])


def shape(docket: str) -> str:
    """The form of a docket number, to tell a case's own numbers from others ("99-9999")."""
    return regex.sub(r"[A-Za-z]++", "a", regex.sub(r"\d++", "9", docket))


def gather(candidates: Iterable[str], *, federal: bool = True) -> tuple[str, ...]:
    """Normalized, de-duplicated docket numbers in order."""
    out: list[str] = []
    for raw in candidates:
        norm = normalize(raw, federal=federal)
        if norm and norm not in out:
            out.append(norm)
    return tuple(out)
