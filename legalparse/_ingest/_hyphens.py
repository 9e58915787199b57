"""Rejoin words hyphenated at a line end, and only those.

A hyphen at a line end is dropped only between two lowercase letters, and
only where the halves do not form a compound: not after a prefix that forms
compounds ("non-final", "self-help"), and not where both halves are words
and the joined form is none ("context-specific").  ``words.txt`` (built by
``tools/build_word_lists.py`` from court records) says what is a word.
Between digits ("283-288", "2000e-5", "19-cv") the hyphen stays and the
halves join without a space.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

# First halves after which a line-end hyphen is a real hyphen.
COMPOUND_PREFIXES = frozenset("""
    non self pre post anti co counter cross ex semi quasi multi inter intra extra ultra
    well ill long short full half part third first second one two three four five six seven
    eight nine ten so all high low mid under over out off on up court state county city
    district circuit case pro re de un sub super vice
    """.split())

_LAST_WORD = regex.compile(r"(\p{L}++)[-\ufffe\u2010\u00ad]$")
_FIRST_WORD = regex.compile(r"^\s*+(\p{Ll}\p{L}*+)")


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Lowercase words of court English (three letters or more)."""
    text = resources.files("legalparse._ingest").joinpath("words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def join_hyphenated(before: str, after: str) -> bool:
    """Whether the line-end hyphen of ``before`` joins ``after``'s first word.

    >>> join_hyphenated("the court af-", "firmed the judgment")
    True
    >>> join_hyphenated("a non-", "final order")
    False
    >>> join_hyphenated("a context-", "specific task")
    False
    >>> join_hyphenated("pages 283-", "288")
    False
    """
    m = _LAST_WORD.search(before)
    if not m:
        return False
    n = _FIRST_WORD.match(after)
    if not n:
        return False
    first_half = m.group(1)
    first, second = first_half.lower(), n.group(1).lower()
    words = known_words()
    if first + second in words:
        return True  # "Attain-der" in a quotation is "Attainder"
    if not first_half[-1].islower():
        return False
    if first in COMPOUND_PREFIXES:
        return False
    return not (len(first) >= 3 and len(second) >= 3 and first in words and second in words)
