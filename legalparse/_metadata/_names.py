"""Names as reporters print them: title case for all-caps captions, short party names."""

from __future__ import annotations

from typing import Optional

import regex

from ._vocab import ACRONYMS, ORGANIZATION_WORDS, SMALL_WORDS, STATE_NAMES

_WORD = regex.compile(r"[^\s]++")
_CUT = regex.compile(
    r",?\s++(?:et\s++al\b\.?+|et\s++ux\b\.?+|individually\b|in\s++(?:his|her|their|its)\s++(?:official|individual|capacity)"
    r"|as\s++(?:the\s++)?(?:[A-Z]\w*+\s++){0,3}+(?:of|for)\b|d/?b/?a\b|a/?k/?a\b|f/?k/?a\b|formerly\b|on\s++behalf\b|doing\s++business)"
    r"|\s*+;|,\s++an?\s++(?=[A-Za-z])|\s++\(.*+$",
    regex.IGNORECASE,
)
_COMMA_KEEP = regex.compile(
    r",\s*+(?=(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Corp|Co|P\.\s?C|N\.\s?A|LLP|L\.\s?L\.\s?P|L\.\s?P|LP|PLLC|S\.\s?C|Jr|Sr|II|III|IV)\b\.?)",
    regex.IGNORECASE,
)
_MARKER = regex.compile(r"(?:(?<=[A-Za-z.,])\d{1,2}|\s*+[*†‡]++|\s++\d)\s*+$")
_SUFFIX = regex.compile(r"^(?:jr|sr|ii|iii|iv|esq)\.?+$", regex.IGNORECASE)
_PARTICLES = frozenset("st. st de del della la le van von der den di da du mac o'".split())
_NAME_WORD = regex.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’.\-]*+$")


def is_caps(word: str) -> bool:
    """Whether a word is printed in capitals ("McCRIMMON" counts)."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return bool(letters) and letters[0].isupper() and len(word) == 1
    lower = sum(1 for c in letters if c.islower())
    return lower == 0 or (lower == 1 and word[:2] == "Mc" and len(letters) > 3)


def _title_word(word: str, first: bool) -> str:
    bare = word.strip(".,;:()'\"’")
    if bare.upper() in ACRONYMS and bare.isupper():
        return word
    low = word.lower()
    if not first and low in SMALL_WORDS:
        return low
    if regex.match(r"^mc[a-z]", low):
        return "Mc" + _title_word(word[2:], True)
    if regex.fullmatch(r"(?:jr|sr)\.?+,?", low):
        return low[0].upper() + low[1:]
    out = []
    up = True
    segment = 0
    for ch in low:
        out.append(ch.upper() if up and ch.isalpha() else ch)
        if ch.isalpha():
            up = False
            segment += 1
        if ch in "-/(" or (ch == "." and segment == 1):  # "Petro-Lubricant", initials "J.W."
            up = True
        if not ch.isalpha():
            segment = 0
        if ch in "'’" and len(out) == 2:  # O'Brien, D'Amato
            up = True
    return "".join(out)


def title_case(text: str) -> str:
    """Title case for a name printed in capitals; a name in mixed case is left as printed."""
    words = text.split()
    if not words:
        return text
    caps = [is_caps(w) for w in words if any(c.isalpha() for c in w)]
    if caps and not any(caps):
        return " ".join(words)
    return " ".join(_title_word(w, i == 0) if is_caps(w) else w for i, w in enumerate(words))


def is_organization(name: str) -> bool:
    """Whether a party name is an organization, a government or an office (kept whole)."""
    words = [w.strip(".,;:()").lower() for w in name.split()]
    return any(w in ORGANIZATION_WORDS or w + "." in ORGANIZATION_WORDS for w in words) or len(words) > 5


def surname(name: str) -> Optional[str]:
    """The surname of a person's name ("Geoffrey N. FIEGER" → "FIEGER", "Vanessa St. Pierre" → "St. Pierre")."""
    words = [w.strip(",") for w in name.split() if not _SUFFIX.match(w.strip(","))]
    if not words or not all(_NAME_WORD.match(w) for w in words):
        return None
    long_words = [w for w in words if len(w.strip(".")) > 1]
    caps = [is_caps(w) for w in long_words]
    if any(caps) and not all(caps):
        first = words.index(long_words[caps.index(True)])
        return " ".join(words[first:])
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def short_party(text: str) -> str:
    """A party as a reporter shortens it: a person's surname, an organization's name."""
    name = " ".join(text.split()).strip(" ,.;:")
    name = regex.sub(r"^(?:the|THE)\s++(?=[A-Z]{3})", "", name)
    name = _MARKER.sub("", name)  # footnote marker on a name ("BORDELON,1", "Flowers *")
    m = _CUT.search(name)
    if m and m.start() > 0:
        name = name[: m.start()]
    for comma in regex.finditer(",", name):
        keep = _COMMA_KEEP.match(name, comma.start())
        if not keep:
            name = name[: comma.start()]
            break
    name = name.strip(" ,.;:")
    if regex.search(r"\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|Dept|INC|CO|CORP|LTD|JR|SR)$", name):
        name += "."
    low = name.lower().rstrip(".")
    if regex.fullmatch(r"(?:the\s+)?state(?:\s+of\s+.+)?", low) and (low.endswith("state") or low.split(" of ", 1)[-1] in STATE_NAMES):
        return "State"
    if regex.fullmatch(r"(?:the\s+)?people(?:\s+of\s+the\s+state\s+of\s+.+)?", low):
        return "People"
    if regex.fullmatch(r"(?:the\s+)?commonwealth(?:\s+of\s+.+)?", low):
        return "Commonwealth"
    if regex.fullmatch(r"(?:the\s+)?united\s+states(?:\s+of\s+america)?", low):
        return "United States"
    if regex.fullmatch(r"commissioner\s+of\s+internal\s+revenue", low):
        return "Commissioner"
    if not is_organization(name):
        persons = regex.split(r"\s++(?:and|AND|&)\s++", name)
        first = persons[0]
        last = surname(first) if len(first.split()) > 1 else None
        if last:
            return title_case(last)
    return title_case(name)
