"""Words whose ligature glyph lost its Unicode mapping: "affrmed" for "affirmed".

Some typesetters draw "fi", "fl", "ff", "ffi", "ffl" as single glyphs that
map to their first letter only.  ``ligature_words.tsv`` (built by
``tools/build_ligature_words.py`` from court records) maps each such broken
form to its word; a document is repaired only when several broken forms show
that its ligatures dropped, so a real word is never rewritten elsewhere.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

_WORD = regex.compile(r"\p{L}++")

# Broken forms that are English words too; rewritten only in a document that lost its ligatures.
_AMBIGUOUS = {"fled": "filed", "fling": "filing", "fles": "files", "fnd": "find", "fnds": "finds"}


@lru_cache(maxsize=1)
def ligature_table() -> dict[str, str]:
    """Broken form → word, lowercase."""
    text = resources.files("legalparse._ingest").joinpath("ligature_words.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            broken, _, word = line.partition("\t")
            table[broken] = word
    return table


def count_broken(text: str) -> int:
    """How many words of ``text`` are broken ligature forms that are no words."""
    table = ligature_table()
    return sum(1 for w in _WORD.findall(text) if w.lower() in table)


def repair_ligatures(text: str) -> str:
    """``text`` with broken ligature words restored, keeping their capitalization.

    >>> repair_ligatures("The Eleventh Circuit affrmed. Specifcally, he fled a motion.")
    'The Eleventh Circuit affirmed. Specifically, he filed a motion.'
    """
    table = ligature_table()

    def fix(m: "regex.Match[str]") -> str:
        word = m.group(0)
        low = word.lower()
        full = table.get(low) or _AMBIGUOUS.get(low)
        if full is None:
            return word
        if word.isupper() and len(word) > 1:
            return full.upper()
        if word[0].isupper():
            return full[0].upper() + full[1:]
        return full

    return _WORD.sub(fix, text)
