"""Docket entry numbers: "ECF No. 28", "(Dkt. Nos. 169-170)", "[76]", "#142.01", "Doc. 200"."""

from __future__ import annotations

import regex

ECF = regex.compile(
    r"(?:\b(?:ECF|Dkt|Docket|Doc|D\.\s?E|DE)\.?\s*+(?:(?:Entry|Entries)\s+)?(?:Nos?\.?\s*+|#\s*+)?"
    r"(?P<list>\d{1,5}(?:[-–]\n?\d{1,3})?(?:\s*+(?:,|&|and|,\s*and)\s*+(?:(?:ECF|Dkt|Doc)\.?\s*+(?:No\.?\s*+)?)?\d{1,5}(?:[-–]\n?\d{1,3})?){0,12})"
    r"|\[\s*(?P<bracket>\d{1,5}(?:\s*,\s*\d{1,5}){0,6})\s*\]"
    r"|(?<![\w&])(?<!\b(?:MILs?|Nos?\.?|[Ll]imine|NO\.?)\s?)#\s*(?P<hash>\d{1,5}(?:\.\d{1,3})?)"
    r"|(?<=\b(?:the|granting|denying|on|re:?)\s)(?P<bare>\d{1,4})\s+(?=(?:[A-Z][a-z]+\s+){0,3}Motion\b))",
    regex.I,
)
_NUMBER = regex.compile(r"\d{1,5}(?:[-–]\n?\d{1,3})?")


def numbers(match: "regex.Match[str]") -> list[str]:
    """The docket numbers one reference cites; a range "169-170" is each number of it.

    An attachment ("26-2": entry 26, exhibit 2) stays as its entry's number.
    """
    if match.group("bracket"):
        return [n.strip() for n in match.group("bracket").split(",")]
    for group in ("hash", "bare"):
        if match.group(group):
            return [match.group(group)]
    found: list[str] = []
    for m in _NUMBER.finditer(match.group("list") or ""):
        parts = regex.split(r"[-–]\n?", m.group(0))
        if len(parts) == 2:
            a, b = int(parts[0]), int(parts[1])
            if a < b <= a + 12:
                found.extend(str(n) for n in range(a, b + 1))
                continue
            found.append(parts[0])
            continue
        found.append(parts[0])
    return list(dict.fromkeys(found))


def groups(match: "regex.Match[str]", plural: bool) -> list[tuple[str, ...]]:
    """The requests one reference cites: a bracket list "[256, 264]" is one request's entries;
    "ECF Nos. 226, 228" after a plural noun is one request per number."""
    nums = numbers(match)
    if plural and not match.group("bracket"):
        return [(n,) for n in nums]
    return [tuple(nums)] if nums else []


def references(text: str, start: int, end: int) -> list[tuple[int, list[str]]]:
    """Every docket reference between ``start`` and ``end``: (offset, numbers)."""
    return [(m.start(), numbers(m)) for m in ECF.finditer(text, start, end)]
