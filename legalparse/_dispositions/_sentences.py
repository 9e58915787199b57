"""Candidate sentences: one cheap scan for decision words, then the sentence around each hit."""

from __future__ import annotations

from collections.abc import Iterator

import regex

PREFILTER = regex.compile(
    r"(?<![\w-])(?:grant|den[iy]|affirm|affrim|affrm|revers|vacat|remand|dismiss|modifi|amended|withdrawn|"
    r"terminat|defer|abeyance|moot|overrul|sustain|made\s+permanent|quash|set\s+aside|recalled|allowed|"
    r"under\s+submission|under\s+advisement|reserve[sd])",
    regex.I,
)
# Words whose period does not end a sentence.
_ABBREVIATIONS = frozenset(
    "drs messrs mmes jr sr figs no nos dkt doc v vs inc co corp ltd llc l j jj c.j u.s fed r p civ crim app ct cir supp f mr ms mrs dr st "
    "e.g i.e cf id al etc n pp p art amend cl ch sec ann stat gen rev code reg regs admin dep't dept comm'n "
    "ass'n univ mem op opp'n br decl ex hr'g tr sess cong ord att'y attys mot pet resp cal n.y d.c "
    "s.d n.d e.d w.d m.d c.d seq para ex. s.e n.e n.w s.w so a.2d a.3d".split()
)
_BOUNDARY = regex.compile(r"(?:[.!?][\"”’')\]]*+(?=\s)|\n[ \t]*+\n|(?<=:)[ \t]*+\n(?=[ \t]*+[A-Z\[(]))")
_WORD_BEFORE = regex.compile(r"([\w.'’]+)$")
_WINDOW = 1500
_INITIALS = regex.compile(r"(?:[a-z]\.){1,3}[a-z]?")


def _is_boundary(text: str, m: "regex.Match[str]") -> bool:
    s = m.group(0)
    if s.startswith(("\n", " ", "\t")) or s == "" or not s[0] in ".!?":
        return True
    w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if w is None:
        return True
    word = w.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    if _INITIALS.fullmatch(word):
        return False
    nxt = text[m.end() : m.end() + 3].lstrip()
    return not nxt[:1].islower()


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence (or list item, or heading) holding ``pos``: half-open bounds."""
    start = max(0, pos - _WINDOW)
    for reach in (250, 700, _WINDOW):
        lo = max(0, pos - reach)
        found = -1
        for m in _BOUNDARY.finditer(text, lo, pos):
            if _is_boundary(text, m):
                found = m.end()
        if found >= 0:
            start = found
            break
        if lo == 0:
            start = 0
            break
    hi = min(len(text), pos + _WINDOW)
    end = hi
    for m in _BOUNDARY.finditer(text, pos, hi):
        if _is_boundary(text, m):
            end = m.end() if text[m.start()] in ".!?" else m.start()
            break
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def candidate_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Each sentence holding a decision word, once, in document order."""
    last_end = -1
    for m in PREFILTER.finditer(text):
        if m.start() < last_end:
            continue
        start, end = sentence_around(text, m.start())
        if end <= m.start():
            end = min(len(text), m.end())
        start = max(start, last_end) if last_end > start else start
        last_end = end
        yield start, end
