"""The caption's parties and the short case name a reporter would print."""

from __future__ import annotations

from typing import Optional

import html

import regex

from ._lines import Line, cells, first_cell
from ._metadata import Party
from ._names import short_party, title_case
from ._vocab import PARTY_ROLES

_ROLE_WORD = "|".join(p for p, _ in PARTY_ROLES)
ROLE_TAIL = regex.compile(
    rf"[,.\s]*+\b(?P<roles>(?:(?:cross|counter|third[-\s]party)[-\s]?)?(?:{_ROLE_WORD})(?:\s*+(?:[-–—,/]|and)\s*+(?:(?:cross|counter|third[-\s]party)[-\s]?)?(?:{_ROLE_WORD})?)*+)\s*+[,.;:]?[^\w]{{0,3}}$",
    regex.IGNORECASE,
)
"""'Plaintiff, Appellant,', 'Petitioners-Appellants,', 'Defendants—Appellees.'"""
_ROLE_ONLY = regex.compile(rf"^[\s,.]*+(?:{_ROLE_WORD})(?:\s*+(?:[-–—,/]|and)\s*+(?:{_ROLE_WORD}))*+\s*+[,.;:]?$", regex.I)
_VERSUS_LINE = regex.compile(r"^(?:v\.?+|vs\.?+|versus|against|-\s*+v\s*+-|-\s*+against\s*+-?)$", regex.IGNORECASE)
_VERSUS_END = regex.compile(r"\s++(?:v\.?+|vs\.?+|versus|-\s*+against\s*+-?)$", regex.IGNORECASE)
_VERSUS_START = regex.compile(r"^(?:v\.?+|vs\.?+|versus|-\s*+against\s*+-?)\s++", regex.IGNORECASE)
_VERSUS_IN = regex.compile(r"\s++(?:v\.|vs\.|v|versus)\s++")
_IN_RE = regex.compile(r"^(?:in\s++re\b:?+|in\s++the\s++matter\s++of\b|matter\s++of\b|ex\s++parte\b)", regex.IGNORECASE)
_LABELS = regex.compile(r"^(?:short\s++title|case\s++(?:name|title)|title|caption|re)\s*+:\s*+(?P<name>.+)$", regex.IGNORECASE)
_STOP = regex.compile(
    r"\b(?:court|district|circuit|division|case|docket|civil\s+action|attorneys?\s+for|counsel|order|opinion|"
    r"memorandum|judgment|present|honorable|before|appeal\s+from|certiorari|filed|argued|decided|submitted|parties|counsel"
    r"|bureau|appeals\s+board|tribunal|syllabus|publication|unpublished|(?:non-?)?precedential)\b|\b(?:nos?|hon)\.|_{3,}|^\*|^\[|^\(?\d{1,4}+[-–]\d++\)?[.,]?$",
    regex.IGNORECASE,
)
_CAPS_THEN_MIXED = regex.compile(r"^(?P<party>(?:[A-Z][A-Z0-9.&'’,\-]++\s++){2,8}+)(?=[A-Z][a-z]++\s++[A-Z][a-z])")
_CAPS_ONLY = regex.compile(r"[^a-z]++")
_CAPS_START = regex.compile(r"^[A-Z][A-Z0-9.&'’\-]++(?:\s|,|$)")
_COURT_LINE = regex.compile(r"\bcourt\b|appeal\s++from|certiorari|\bterm\b", regex.IGNORECASE)
_DATED = regex.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\.?\s++\d{1,2},\s*+\d{4}|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
_STAR_PAGE = regex.compile(r"^(?:\[\*{1,3}+\d{1,5}+\]|\*{1,3}+\d{1,5}+)\s*+")
"""A star-page mark glued to a caption line ("[*1]The People of the State of New York")."""
_ABBREVIATED_END = regex.compile(r"(?:\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|Assn|Ass'n|L\.L\.C|N\.A|al|[A-Z])\.|,)$", regex.IGNORECASE)
_TRAIL_CITE = regex.compile(r",\s*+(?:No\.|Nos\.|\d).*+$|\s*+\((?:[A-Z][a-z]{2}\.?|\d).*\)\s*+$")


def role_of(text: str) -> Optional[str]:
    """The first role word in a caption fragment ("Plaintiff, Appellant," → "plaintiff")."""
    m = regex.search(rf"\b(?:{_ROLE_WORD})\b", text, regex.IGNORECASE)
    if not m:
        return None
    word = m.group(0).lower()
    for pattern, role in PARTY_ROLES:
        if regex.fullmatch(pattern, word):
            return role
    return None


def _strip_role(text: str) -> tuple[str, Optional[str]]:
    m = ROLE_TAIL.search(text)
    if m and m.start() > 0:
        return text[: m.start()].strip(" ,;:"), role_of(m.group("roles"))
    return text.strip(" ,;:"), None


_CASE_PREFIX = regex.compile(r"^(?:(?:Case|Docket)\s++)?(?:Nos?\.|Number)\s*+:?\s*+[\w:.-]++,?\s*+", regex.IGNORECASE)


def from_one_line(text: str, *, shorten: bool = True) -> Optional[str]:
    """A short case name from a one-line caption ("ELLINGBURG v. UNITED STATES", "Place v. City of Waterbury, No. CV...").

    ``shorten`` is false for a caption a reporter has already shortened, which is only title-cased.
    """
    text = html.unescape(" ".join(text.split()))
    text = _CASE_PREFIX.sub("", _TRAIL_CITE.sub("", text)).strip(" .,")
    text = regex.sub(r"(?<=\S)(?=v\.[A-Z])|(?<=\bv\.)(?=[A-Z])", " ", text)  # "Respondent,v.BLEEKER"
    parts = _VERSUS_IN.split(text, maxsplit=1)
    if len(parts) != 2 and not regex.search(r"[a-z]", text):  # a caption in capitals: "HUGHES, INC. V. KRISTOPHER"
        parts = regex.split(r"\s++(?:V|VS)\.\s++", text, maxsplit=1)
    if len(parts) != 2:
        if _IN_RE.match(text) and len(text) < 150:
            return _with_period(title_case(_strip_role(text)[0]))
        return None
    left, right = (_strip_role(p)[0] for p in parts)
    if not left or not right or not _name_like(left) or not _name_like(right):
        return None
    if not shorten:
        return f"{title_case(left).rstrip('.')} v. {_with_period(title_case(right).rstrip(','))}"
    return f"{short_party(left)} v. {short_party(right)}"


def _with_period(name: str) -> str:
    """The closing period of an abbreviation or initial the caption's own period absorbed ("In re J.W.")."""
    return name + "." if regex.search(r"(?:\b[A-Z]|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros))$", name) else name


_LOWER_WORD = regex.compile(r"(?<![\w.'’-])[a-z][a-z'’]++\b")
_NAME_SMALL = frozenset("of the and at for in on by to de del la du da von van a an or et al ex rel dba as".split())


def _name_like(text: str) -> bool:
    """Whether a caption side reads as a name, not as a sentence of the opinion."""
    lower = [w for w in _LOWER_WORD.findall(text) if w not in _NAME_SMALL]
    return len(lower) <= 3 and len(text) < 1500


def _side(lines_: list[str], upward: bool, indents: Optional[list[int]] = None) -> tuple[str, Optional[str]]:
    taken: list[str] = []
    role: Optional[str] = None
    base: Optional[int] = None
    for n, text in enumerate(lines_[:6]):
        text = _STAR_PAGE.sub("", text)
        if indents is not None and n < len(indents) and not _ROLE_ONLY.match(text):
            if base is not None and indents[n] > base + 20:
                continue
            if base is None:
                base = indents[n]
        if n == 0 and len(text) > 120 and len(text) < 1500 and not _STOP.search(text[:60]):
            stripped, r = _strip_role(text)
            return stripped, r
        if _ROLE_ONLY.match(text):
            role = role or role_of(text)
            if taken or not upward:
                if not upward:
                    break
                continue
            continue
        if _STOP.search(text) or len(text) > 120 or _CITATION.search(text) or regex.fullmatch(r"\(?\d{4}\)?", text) or _DATED.search(text):
            break
        if upward and taken and text.endswith(".") and not _ABBREVIATED_END.search(text):
            break  # a sentence or block above the caption
        stripped, r = _strip_role(text)
        role = role or r
        caps = _CAPS_THEN_MIXED.match(stripped)
        if caps:  # a party in capitals beside counsel's names in mixed case, the columns run together
            stripped = caps.group("party").strip(" ,")
        elif taken and not upward and _CAPS_ONLY.fullmatch(taken[-1]) and not _CAPS_START.match(stripped):
            break
        if stripped:
            taken.append(stripped)
        if r and not upward:
            break
    if upward:
        taken.reverse()
    return " ".join(taken), role


_CAPS_INLINE = regex.compile(r"^(?:\d{1,4}+\s++)?(?P<name>[^a-z]{2,80}?\s(?:v\.|vs\.)\s[^a-z].{1,80}?)(?:\s++\d{1,4})?$")
"""A short caption printed on one line in capitals: 'ELLINGBURG v. UNITED STATES'."""
_CITATION = regex.compile(r"\d++\s++(?:U\.\s?S\.|F\.|S\.\s?Ct\.|[A-Z][a-z]*+\.\s?\d?d)\s++\d")


_TITLE_NO_COLON = regex.compile(r"^Title\s++(?P<name>.{3,200}?\s(?:v|V|vs|VS)\.?\s.{2,200})$")
"""Civil minutes print 'Title' with no colon: 'Title Thomas J. Kennis v. Metropolitan West Asset Management'."""


def _labelled(texts: list[str], i: int) -> Optional[str]:
    m = _LABELS.match(texts[i]) or _TITLE_NO_COLON.match(texts[i])
    if not m and texts[i].startswith("Title ") and texts[i].endswith(",") and i + 1 < len(texts):
        m = _TITLE_NO_COLON.match(texts[i] + " " + first_cell(texts[i + 1]))  # the title runs onto a second line
    if not m:
        return None
    name = first_cell(m.group("name"))
    nxt = texts[i + 1] if i + 1 < len(texts) else ""
    if nxt and ":" not in nxt and len(nxt) < 60 and (_VERSUS_END.search(name) or regex.search(r"\bv\.\s++\S+$", name)):
        name += " " + first_cell(nxt)
    return from_one_line(name)


def _around_versus(firsts: list[str], i: int, indents: list[int]) -> Optional[tuple[str, Optional[str], str, Optional[str]]]:
    cell = firsts[i]
    up = list(reversed(firsts[max(0, i - 6) : i]))
    up_indents = list(reversed(indents[max(0, i - 6) : i]))
    if _VERSUS_LINE.match(cell):
        left, lrole = _side(up, upward=True, indents=up_indents)
        right, rrole = _side(firsts[i + 1 : i + 7], upward=False, indents=indents[i + 1 : i + 7])
    elif _VERSUS_END.search(cell) and i + 1 < len(firsts):
        left, lrole = _side(up[:5], upward=True, indents=up_indents[:5])
        head, hrole = _strip_role(_VERSUS_END.sub("", cell))
        if _COURT_LINE.search(head):
            return None
        left = (left + " " + head).strip() if head else left
        lrole = lrole or hrole
        right, rrole = _side(firsts[i + 1 : i + 7], upward=False, indents=indents[i + 1 : i + 7])
    elif _VERSUS_START.match(cell) and i > 0:
        left, lrole = _side(up, upward=True, indents=up_indents)
        right, rrole = _side([_VERSUS_START.sub("", cell)] + firsts[i + 1 : i + 6], upward=False, indents=indents[i : i + 6])
    else:
        return None
    if not left or not right or not _name_like(left) or not _name_like(right):
        return None
    return left, lrole, right, rrole


def _in_re(texts: list[str], i: int) -> Optional[str]:
    if not _IN_RE.match(texts[i]) or len(texts[i]) > 120:
        return None
    name = first_cell(texts[i])
    for nxt in texts[i + 1 : i + 4]:
        left = first_cell(nxt)
        if not left or _STOP.search(left) or regex.search(r"\d{2}-", left) or _ROLE_ONLY.match(left):
            break
        name += " " + left
    return title_case(name.strip(" ,"))


def find_parties(caption: list[Line]) -> tuple[Optional[str], tuple[Party, ...]]:
    """The short case name and the parties from the caption lines, where a caption is found."""
    texts = [ln.text for ln in caption[:70]]
    firsts = [first_cell(t) for t in texts]
    indents = [ln.indent for ln in caption[:70]]
    for i, text in enumerate(texts):
        short = _labelled(texts, i)
        if short:
            return short, ()
        m = _CAPS_INLINE.match(text)
        if m and not _CITATION.search(text) and not _STOP.search(m.group("name")):
            short = from_one_line(m.group("name"))
            if short:
                return short, ()
        found = _around_versus(firsts, i, indents)
        if found:
            left, lrole, right, rrole = found
            parties = (Party(name=left, role=lrole), Party(name=right, role=rrole))
            return f"{short_party(left)} v. {short_party(right)}", parties
        if i < 40:
            short = _in_re(texts, i)
            if short:
                return short, ()
    return None, ()
