"""Who asked: the possessive before a request ("Defendants' Motion", "the City's motion")."""

from __future__ import annotations

from typing import Optional

import regex

# "<who>'s [up to three modifiers] motion": the possessive must end right before the head.
_POSSESSIVE = regex.compile(
    r"(?P<who>(?:[A-Z][\w.&,-]*+\s++|(?:the|of|and|de|la|del|for|&)\s++){0,7}?[A-Za-z][\w.&-]*?)"
    r"(?:['’]s\b|(?<=s)['’])\s++(?:[\w()\[\]-]+\s++){0,4}?$"
)
_ROLE = regex.compile(
    r"\b(?:the\s+)?(?:(?:moving|individual|federal|state|county|city|named)\s+)?"
    r"(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|movants?|government|"
    r"intervenors?|counter-?claimants?|debtors?|parties|party)\b",
    regex.I,
)
_OF = regex.compile(r"\s+(?i:of|by)\s+(?P<who>(?i:the\s+)?[\w.'’&-]+(?:\s+[A-Z][\w.'’&-]*){0,4})")
_FILED_BY = regex.compile(r"\b(?i:filed\s+by)\s+(?P<who>(?i:the\s+)?[\w'’.&-]+(?:,?\s+[A-Z][\w'’.&-]*){0,5})")
_STOP = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "court", "court's"})


def movant_before(text: str, head_start: int, floor: int) -> Optional[str]:
    """The possessive naming who filed the request whose head noun starts at ``head_start``."""
    window = text[max(floor, head_start - 120) : head_start]
    m = _POSSESSIVE.search(window)
    if m is None:
        return None
    who = " ".join(regex.split(r"[,;:.]\s", m.group("who"))[-1].split())
    words = who.split(" ")
    # keep the last name-like run: capitalized words, role nouns, "the"
    kept: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() or _ROLE.fullmatch(w) or (w.lower() in ("the", "of", "and", "de", "&") and kept):
            kept.append(w)
            continue
        break
    while kept and kept[-1].lower() in ("of", "and", "&", "de"):
        kept.pop()
    kept.reverse()
    if kept and kept[0].lower() in ("and", "of"):
        kept = kept[1:]
    name = " ".join(kept).strip(" ,")
    if not name or name.lower() in _STOP or name.lower().startswith(("court", "the court")):
        return None
    if name in ("IT", "It", "ORDERED", "Accordingly", "Therefore", "Thus"):
        return None
    return name


def movant_after(text: str, phrase_end: int, limit: int) -> Optional[str]:
    """"motion of petitioner", "motion ... filed by the Appellee, Anne Patten"."""
    window = text[phrase_end:limit]
    m = _FILED_BY.search(window)
    if m is not None:
        return " ".join(m.group("who").split()).rstrip(" ,.")
    return None


def movant_of(words: str) -> Optional[str]:
    """"Motion of petitioner for leave ..." -> "petitioner"."""
    m = _OF.match(words)
    if m is not None and _ROLE.search(m.group("who")):
        return " ".join(m.group("who").split())
    return None
