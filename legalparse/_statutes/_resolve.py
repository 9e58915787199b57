"""Short forms and ``Id.``: give each the code and title of its antecedent.

A bare "§ 6103(i)" or "section 6103" takes, in this order:

1. the latest earlier full cite of the same section (any code);
2. the code the document declares for bare sections ("all section references are to the
   Internal Revenue Code");
3. the latest earlier full statutory cite (a regulation-shaped section prefers the latest
   C.F.R. part with the same number);
4. a later full cite of the same section;
5. the state whose court wrote the document (a bare "§ 565.253" in a Missouri opinion).

Otherwise it is left out: a short form with no antecedent is more often some other document's
section ("Section 4.2 of the MOU") than a statute.

``Id.`` takes the citation right before it in the stream of statute *and case* citations
(see ``_cases.case_positions``); after a case it is not a statute.
A bare "Rule 12(b)(6)" is a federal rule only where the document applies the federal rules.
"""

from __future__ import annotations

from typing import Optional

import attrs
import regex

from ._regexcache import _compile, _finditer, _fullmatch, _match, _search, _sub

from ._cases import case_between
from ._parser import Found
from ._vocabulary import STATE_CODES, STATE_NAMES

_DECLARED = regex.compile(
    r"(?:[Ss]ection|§|statutory)\s+references\s+(?:herein\s+)?are\s+to\s+(?:the\s+)?"
    r"(?:(?P<irc>Internal\s+Revenue\s+Code)|[Tt]itle\s+(?P<title>\d{1,2})|(?P<usc>\d{1,2})\s+U\.\s?S\.\s?C\.)"
)
_RULES_NOT_FEDERAL = regex.compile(
    r"Rule\s+references\s+are\s+to\s+the\s+(?!Federal)|Tax\s+Court\s+Rules\s+of\s+Practice"
)
_COURT_STATE = regex.compile(
    r"(?:Supreme\s+Court|Court\s+of\s+Appeals?|Superior\s+Court|Appellate\s+Court|Appellate\s+Division|"
    r"Court\s+of\s+Criminal\s+Appeals|Commonwealth\s+Court)\s+of\s+(?:the\s+State\s+of\s+)?(?P<a>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"|(?P<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:Supreme|Superior|Appellate|Circuit)\s+Court"
    r"|(?:In\s+the\s+)?(?P<c>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+Court\s+of\s+Appeals?"
)

_STATE_NAMES = STATE_NAMES

_STATUTE_CODES_EXCLUDED = ("Stat.", "Pub. L.", "U.S. Const.", "Fed. R. Civ. P.", "Fed. R. App. P.",
                           "Fed. R. Crim. P.", "Fed. R. Evid.", "Fed. R. Bankr. P.")
_STATE_CODE_NAMES = frozenset(s.code for s in STATE_CODES)


def _court_state(text: str) -> Optional[str]:
    head = text[:4000]
    if _search(r"United\s+States\s+(?:District\s+Court|Court\s+of\s+Appeals|Tax\s+Court|Bankruptcy)|"
                    r"Supreme\s+Court\s+of\s+the\s+United\s+States|UNITED\s+STATES\s+(?:DISTRICT|COURT)", head):
        return None
    for m in _COURT_STATE.finditer(head):
        name = m.group("a") or m.group("b") or m.group("c")
        for candidate in (name, name.split()[0] if name else None):
            if candidate in _STATE_NAMES:
                return _STATE_NAMES[candidate]
    return None


def _declared(text: str) -> Optional[tuple[str, str]]:
    m = _DECLARED.search(text)
    if not m:
        return None
    if m.group("irc"):
        return ("U.S.C.", "26")
    return ("U.S.C.", m.group("title") or m.group("usc"))


def _is_statute(f: Found) -> bool:
    return f.section is not None and f.code is not None and f.code not in _STATUTE_CODES_EXCLUDED and f.kind == "section"


def _shape(section: Optional[str]) -> tuple[bool, ...]:
    """Which separators a section number has: "35-26" and "52-216a" share a shape, "1983" not."""
    s = section or ""
    return tuple(c in s for c in "-.:/")


def _is_act(f: Found) -> bool:
    return f.code not in _STATE_CODE_NAMES and f.code not in ("U.S.C.", "C.F.R.") and "." not in (f.code or ".")


def _looks_regulatory(section: str, cfr_part: str) -> bool:
    return "." in section and section.split(".")[0] == cfr_part


def resolve(text: str, found: list[Found]) -> list[Found]:
    """Short forms and ids with their antecedent's code and title; unresolvable ones dropped."""
    declared = _declared(text) if "references" in text else None
    state = None
    rules_federal = not (("Rule" in text and "references" in text or "Tax Court" in text)
                         and _RULES_NOT_FEDERAL.search(text))
    has_constitution = "Constitution" in text or "Const" in text
    rule_codes = [f for f in found if f.kind in ("rule", "rule-context") and f.code]
    named_code_titles = [f for f in found if f.kind == "code-context" or (f.code == "U.S.C." and f.as_written
                         and _search(r"I\.\s?R\.\s?C|Internal|Bankruptcy|IRC", f.as_written or ""))]
    full_by_section: dict[str, list[Found]] = {}
    for f in found:
        if f.form == "full" and _is_statute(f) and f.section:
            full_by_section.setdefault(f.section, []).append(f)
    last_by_shape: dict[tuple[bool, ...], Found] = {}

    families: dict[str, int] = {}
    for r in rule_codes:
        families[r.code or ""] = families.get(r.code or "", 0) + 1
    usc_full = [f for f in found if f.form == "full" and f.code == "U.S.C." and f.section and f.kind == "section"]
    out: list[Found] = []
    last_statute: Optional[Found] = None
    last_cfr: Optional[Found] = None
    last_any: Optional[Found] = None  # for Id.
    state_looked = False
    for f in found:
        if f.kind in ("rule-context", "code-context", "id-page"):
            continue
        if f.kind == "act":
            f = _act_codified(f, usc_full)
        if f.form == "full":
            out.append(f)
            if _is_statute(f):
                if f.code == "C.F.R.":
                    last_cfr = f
                elif not _is_act(f):
                    last_statute = f
                    last_by_shape[_shape(f.section)] = f
            last_any = f
            continue
        if f.form == "id":
            prev = last_any
            if prev is None:
                continue
            if case_between(text, prev.end, f.start):
                continue  # a case (or record) citation stands between: Id. is not a statute
            section = f.section or prev.section
            subs = f.subsections if f.section else (continue_subs(prev.subsections, f.subsections) if f.kind == "id-subs" else prev.subsections)
            new = attrs.evolve(f, code=prev.code, title=prev.title, section=section, subsections=subs,
                               kind=prev.kind, as_written=None,
                               section_end=f.section_end if f.section else (None if f.kind == "id-subs" else prev.section_end))
            out.append(new)
            last_any = new
            continue
        # short forms
        if f.kind == "rule":
            code = _rule_code(f, rule_codes, rules_federal, families)
            if code is None:
                continue
            new = attrs.evolve(f, code=code)
            out.append(new)
            last_any = new
            continue
        if f.kind == "const":
            if not _search(r"Constitution|U\.\s?S\.\s?Const", text):
                continue
            out.append(f)
            last_any = f
            continue
        code, title = None, None
        if f.code_ref:
            if named_code_titles:
                before = [c for c in named_code_titles if c.start < f.start] or named_code_titles
                code, title = "U.S.C.", before[-1].title
            elif declared:
                code, title = declared
        if code is None:
            cites = full_by_section.get(f.section or "", ())
            i = _bisect(cites, f.start)
            if i > 0:
                code, title = cites[i - 1].code, cites[i - 1].title
        if code is None and declared:
            code, title = declared
        if code is None and last_cfr is not None and _looks_regulatory(f.section or "", last_cfr.section.split(".")[0]):  # type: ignore[union-attr]
            code, title = last_cfr.code, last_cfr.title
        if code is None and last_statute is not None:
            alike = last_by_shape.get(_shape(f.section))
            if alike is not None:
                code, title = alike.code, alike.title
            elif not any(_shape(f.section)):
                code, title = last_statute.code, last_statute.title
        if code is None:
            later = full_by_section.get(f.section or "", ())
            if later:
                code, title = later[0].code, later[0].title
        if code is None:
            if not state_looked:
                state, state_looked = _court_state(text), True
            if state and any(_shape(f.section)):  # a bare "§ 19" is too often some other paper's
                code, title = state, None
        if code is None:
            continue
        new = attrs.evolve(f, code=code, title=title)
        out.append(new)
        last_any = new
    return out


def _act_codified(f: Found, usc_full: list[Found]) -> Found:
    """ "§ 1912(f) of the ICWA" where the document cites 25 U.S.C. § 1912 is that U.S.C. section
    (Act section numbers like "§ 706" of the Civil Rights Act differ from their codified ones)."""
    for c in usc_full:
        if c.section == f.section:
            return attrs.evolve(f, code="U.S.C.", title=c.title, kind="section")
    return attrs.evolve(f, kind="section")


def _bisect(cites: "list[Found] | tuple[Found, ...]", start: int) -> int:
    lo, hi = 0, len(cites)
    while lo < hi:
        mid = (lo + hi) // 2
        if cites[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo


def continue_subs(previous: tuple[str, ...], tail: tuple[str, ...]) -> tuple[str, ...]:
    """``id. at (c)`` after § 1988(b) is (c); after (b)(1), "(2)" is (b)(2)."""
    from ._parser import continue_path

    return continue_path(previous, tail)


def _rule_code(f: Found, rule_codes: list[Found], rules_federal: bool, families: dict[str, int]) -> Optional[str]:
    """The federal rules a bare "Rule 12(b)(6)" belongs to: the family cited with that number,
    else the family the document cites most; none where the document applies no federal rules."""
    if not rules_federal or not rule_codes:
        return None
    if f.rule_family:
        return f.rule_family
    same = [r for r in rule_codes if r.section == f.section]
    before_same = [r for r in same if r.start < f.start]
    if before_same:
        return before_same[-1].code
    if same:
        return same[0].code
    return max(families.items(), key=lambda kv: kv[1])[0]
