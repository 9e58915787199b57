"""The authoring judge: opinion openers, author lines, signature blocks."""

from __future__ import annotations

from typing import Optional

import regex

from ._lines import Line
from ._names import is_caps, title_case
from ._vocab import JUDGE_TITLES

_NAME = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.\-]*+(?:\s{1,2}+[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.\-]*+){0,4}+(?:,?\s++(?:Jr|Sr|JR|SR)\.?+|\s++(?:II|III|IV))?+"
_SHORT_TITLE = (
    r"(?:J\.\s?A\.\s?D\.|S\.\s?J\.|J\.(?!J)|C\.\s?J\.|P\.\s?J\.|D\.\s?J\.|U\.S\.D\.J\.|U\.S\.M\.J\.|Judge|JUDGE|Justice|JUSTICE|Chief\s++Judge|CHIEF\s++JUDGE"
    r"|(?:Associate|Senior|Presiding|Acting|Chief|Special|Retired)\s++(?:Judge|Justice)|(?:ASSOCIATE|SENIOR|PRESIDING|ACTING)\s++(?:JUDGE|JUSTICE)"
    r"|(?:United\s++States\s++|Senior\s++|Chief\s++)?(?:District|Circuit|Magistrate|Bankruptcy)\s++Judge"
    r"|(?:UNITED\s++STATES\s++|SENIOR\s++|CHIEF\s++)?(?:DISTRICT|CIRCUIT|MAGISTRATE|BANKRUPTCY)\s++JUDGE|Vice\s++Chancellor|Chancellor)"
)
AUTHOR_LINE = regex.compile(
    rf"^(?:\*{{1,3}}+\d{{1,5}}+\s*+)?(?:[^\s¶]{{0,2}}+¶\s*+\d{{1,3}}+\.?+\s*+)?(?:(?:Opinion\s++(?:of\s++the\s++Court\s++)?by|OPINION\s++(?:OF\s++THE\s++COURT\s++)?BY)\s*+:?\s*+)?"
    rf"(?:Hon\.\s++)?(?P<name>{_NAME}),\s*+{_SHORT_TITLE}(?:,?\s*+\(?(?:concurring|dissenting)[^.:()]{{0,60}}\)?)?\s*+(?:[.:]|$)"
)
"""'MARTINOTTI, DISTRICT JUDGE', 'GUSTAFSON, Judge:', '¶ 1. VERGERONT, J.', 'Ramos, D.J.:'"""
TITLE_FIRST = regex.compile(
    rf"^(?:\*{{1,3}}+\d{{1,5}}+\s*+)?(?:Mr\.\s++|MR\.\s++)?(?:(?:Chief\s++|CHIEF\s++)?(?:Justice|JUSTICE|Judge|JUDGE)|Opinion\s++by\s++(?:Judge|Justice)?|Before\s*+:)\s++(?P<name>{_NAME})\s*+[.:]?$"
)
"""'Justice BEATTY.', 'JUDGE CHARLOTTE N. SWEENEY'."""
OPENER = regex.compile(
    r"^\s*+(?:MR\.\s++|Mr\.\s++)?(?:CHIEF\s++|Chief\s++)?(?:JUSTICE|Justice)\s++(?P<name>[A-Z][A-Za-z'’\-]++)\s++(?:delivered|announced)\s++the\s++(?:opinion|judgment)"
    r"|^\s*+(?P<name2>[A-Z][A-Za-z'’\-]++),\s++(?:C\.\s?)?J\.,\s++delivered\s++the\s++opinion",
    regex.MULTILINE,
)
"""'JUSTICE KAVANAUGH delivered the opinion of the Court.', 'KAVANAUGH, J., delivered the opinion'."""
PRESENT = regex.compile(rf"\bPresent\s*+:\s*+The\s++Honorable\s++(?P<name>{_NAME})", regex.IGNORECASE)
"""Civil minutes: 'Present: The Honorable ANDRÉ BIROTTE JR., United States District Judge'."""
PER_CURIAM = regex.compile(r"^\s*+(?:PER\s++CURIAM|Per\s++Curiam)\s*+[.:*]*+\s*+$", regex.MULTILINE)
_SIGNER_PREFIX = regex.compile(
    r"^(?:(?:dated|date|signed|entered|so\s+ordered)\b[^A-Z]*+(?:(?:[A-Z][a-z]{2,8}\.?+\s++\d{1,2},?\s++\d{4})|[\d/]++)?\s*+)?"
    r"(?:/s/\s*+|s/\s*+)?(?:hon\.\s*+|honorable\s++|the\s++honorable\s++)?",
    regex.IGNORECASE,
)
_TITLES = sorted(JUDGE_TITLES, key=len, reverse=True)
_NOT_NAME = regex.compile(
    r"\b(?:court|clerk|district|states|ordered|dated|date|judge|justice|page|case|document|filed|by|the|of|attorneys?|counsel)\b",
    regex.IGNORECASE,
)


_NAME_COMMA_TITLE = regex.compile(
    rf"^(?:/s/\s*+)?(?P<name>{_NAME}),\s*+(?:Judge|JUDGE|Justice|JUSTICE|(?:United\s+States\s+)?(?:District|Magistrate|Circuit)\s+Judge)\s*+$"
)
"""A signature on one line: 'James M. Dowd, Judge'."""


def clean_name(raw: str) -> Optional[str]:
    """A judge's name as printed, title-cased when printed in capitals; ``None`` if it is not a name."""
    name = " ".join(raw.replace("/s/", " ").split()).strip(" ,.:;")
    name = regex.sub(r"^(?:Hon\.|Honorable|HON\.|HONORABLE)\s++", "", name)
    if not name or len(name) > 60 or _NOT_NAME.search(name) or any(c.isdigit() for c in name):
        return None
    words = name.split()
    if not all(regex.match(r"^[A-Za-zÀ-ÿ'’.\-,]+$", w) for w in words):
        return None
    if name.endswith(("Jr", "Sr", "JR", "SR")):
        name += "."
    return title_case(name) if all(is_caps(w) or len(w.strip(".,")) <= 2 for w in words) else name


def _is_title(text: str) -> bool:
    low = " ".join(text.lower().replace(",", " ").split())
    return any(low == t or low.startswith(t + " ") and len(low) < len(t) + 20 for t in _TITLES) and "clerk" not in low


def signer(tail: list[Line]) -> Optional[str]:
    """The name over the last judge's title line of a signature block."""
    for i in range(len(tail) - 1, -1, -1):
        text = tail[i].text
        same = _NAME_COMMA_TITLE.match(text)
        if same:
            name = clean_name(same.group("name"))
            if name:
                return name
        if not _is_title(text):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            candidate = _SIGNER_PREFIX.sub("", tail[j].text)
            candidate = regex.sub(r"^.*?/s/\s*+", "", candidate)
            name = clean_name(candidate)
            if name and len(name.split()) >= 2:
                return name
    return None


def opener_author(text: str) -> Optional[str]:
    """The author named by a Supreme Court opener ("JUSTICE KAVANAUGH delivered the opinion")."""
    m = OPENER.search(text)
    if not m:
        return None
    return title_case(m.group("name") or m.group("name2"))


def author_line(lines_: list[Line]) -> Optional[str]:
    """The judge an author line names ("MARTINOTTI, DISTRICT JUDGE", "Justice BEATTY.")."""
    for ln in lines_:
        text = ln.text
        m = AUTHOR_LINE.match(text) or TITLE_FIRST.match(text)
        if m:
            name = clean_name(m.group("name"))
            if name:
                return name
        m = PRESENT.search(text)
        if m:
            name = clean_name(m.group("name"))
            if name:
                return name
    return None


def from_byline(text: str) -> Optional[str]:
    """The judge of a tagged author line ("Justice BEATTY.", "¶ 1. VERGERONT, J.", "RICHARD A. DAMIANI, J.")."""
    text = " ".join(text.split())
    m = AUTHOR_LINE.match(text) or TITLE_FIRST.match(text)
    if m:
        return clean_name(m.group("name"))
    m = OPENER.match(text)
    if m:
        return title_case(m.group("name") or m.group("name2"))
    m = regex.match(rf"^(?:[^\s¶]{{0,2}}+¶\s*+\d+\.?+\s*+)?(?P<name>{_NAME})[.,:]?\s*+(?:J\.|Judge|Justice)?[.:]?$", text)
    if m and not PER_CURIAM.match(text):
        return clean_name(m.group("name"))
    return None


def same_judge(a: str, b: str) -> bool:
    """Whether two printed names share a surname."""
    first, second = _surname_words(a), _surname_words(b)
    return bool(first) and first == second


def _surname_words(name: str) -> list[str]:
    return list(regex.findall(r"[a-zà-ÿ]+", regex.sub(r"\b(?:jr|sr|ii|iii)\b\.?", "", name.lower()))[-1:])
