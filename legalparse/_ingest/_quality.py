"""Is a page's text layer usable? Scanned pages and garbled fonts are not."""

from __future__ import annotations

import regex

from ._lines import Line, PageLines

# The commonest English words; running text has many of them, garbage has none.
COMMON_WORDS = frozenset("""
    the of and to a in that is for on be as by with it this not or are was at from
    an have has had which court its his her their they he she we our any all under
    such if may shall would been were no but there these other will upon than so
    plaintiff defendant motion order case state united states section law act
    """.split())

_WORD = regex.compile(r"[\p{L}']++")


def text_quality(text: str) -> tuple[float, float, int]:
    """``(letter share of visible characters, common-word share of words, word count)``."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return 0.0, 0.0, 0
    letters = sum(1 for ch in visible if ch.isalpha())
    words = [w.lower() for w in _WORD.findall(text)]
    common = sum(1 for w in words if w in COMMON_WORDS)
    return letters / len(visible), (common / len(words) if words else 0.0), len(words)


def reads_as_prose(lines: list[Line]) -> bool:
    """A quick test for the common case: a fifth or more of the page's first 300 words are the commonest words."""
    _letters, common, words = text_quality(" ".join(ln.text for ln in lines[:30])[:3000])
    return words >= 60 and common >= 0.2


def assess_page(page: PageLines, body: list[Line]) -> tuple[bool, str]:
    """``(usable, reason)``: ``scanned_page`` without a text layer, ``garbled_text`` for garbage."""
    lines = body
    text = " ".join(ln.text for ln in lines)
    visible = sum(1 for ch in text if not ch.isspace())
    if visible < 15:
        if page.image_objects:
            return False, "scanned_page"
        return True, ""  # a blank page, or one with a stray mark
    letter_share, common_share, words = text_quality(text)
    if english_score(text) >= 0.4 and letter_share >= 0.6:
        return True, ""
    if visible >= 40 and (letter_share < 0.45 or (words >= 25 and common_share < 0.02)):
        return False, "garbled_text"
    if page.unicode_map_error and words >= 10 and common_share < 0.06:
        return False, "garbled_text"
    return True, ""


# Fonts embedded without a ToUnicode map often number their glyphs in
# character order, so the text layer reads as the text shifted by a constant
# ("81,7('67$7(6" is "UNITED STATES" less 29).  Typographic marks of such fonts
# come out of PDFium as these Latin-1 characters.
_SHIFTED_MARKS = {"³": "“", "´": "”", "µ": "‘", "¶": "’", "±": "–", "²": "—"}


def _shift_table(shift: int) -> dict[int, str]:
    table = {ord(k): v for k, v in _SHIFTED_MARKS.items()}
    for code in range(0x80):
        if chr(code) not in " \n" and 0x20 <= code + shift < 0x7F:
            table[code] = chr(code + shift)
    return table


_SHIFT_TABLES = {shift: _shift_table(shift) for shift in range(1, 48)}


def unshift(text: str, shift: int) -> str:
    """``text`` with every ASCII character moved up by ``shift`` code points."""
    return text.translate(_SHIFT_TABLES[shift] if shift in _SHIFT_TABLES else _shift_table(shift))


# The commonest letter pairs of English prose: about half the pairs of real
# text are among them, whatever its spacing; shifted garbage has few.
_COMMON_BIGRAMS = frozenset("""
    th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le
    ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur
    """.split())


_PAIR = regex.compile(r"(?=([a-z]{2}))")


def english_score(text: str) -> float:
    """Share of adjacent letter pairs that are common English pairs (0..1)."""
    pairs = _PAIR.findall(text.lower())
    if len(pairs) < 20:
        return 0.0
    return sum(1 for p in pairs if p in _COMMON_BIGRAMS) / len(pairs)


def find_shift(text: str, hint: int = 0) -> int:
    """The constant glyph shift that turns ``text`` into readable English, or 0.

    ``hint``, a shift that decoded another page of the document, is tried first.
    """
    sample = text[:4000]
    if sum(1 for ch in sample if not ch.isspace()) < 200:
        return 0  # too little text to tell a decoding from chance
    base = english_score(sample)
    if hint and english_score(unshift(sample, hint)) >= 0.4:
        return hint
    best, best_score = 0, 0.0
    for shift in range(1, 48):
        score = english_score(unshift(sample, shift))
        if score > best_score:
            best, best_score = shift, score
    return best if best_score >= 0.4 and best_score > base + 0.15 else 0
