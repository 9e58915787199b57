"""Character-level cleaning shared by every reader."""

from __future__ import annotations

from typing import Optional

import regex

# Ligature code points as fonts emit them; expanded so words are searchable.
LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u0132": "IJ", "\u0133": "ij",
}

# Spaces of every width become one plain space; invisible marks go.
_SPACE_LIKE = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_TRANSLATE: dict[int, Optional[str]] = {ord(c): " " for c in _SPACE_LIKE}
_TRANSLATE.update({ord(k): v for k, v in LIGATURES.items()})
_TRANSLATE.update({ord(c): None for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\x00"})
_TRANSLATE.update({c: " " for c in range(1, 32) if chr(c) not in "\t\n\f"})
_TRANSLATE[ord("\t")] = " "
_TRANSLATE[ord("\v")] = "\n"  # a word processor's manual line break
_TRANSLATE[ord("\r")] = None  # line ends are normalized before translation

_TRAILING_SPACE = regex.compile(r"[ ]++(?=\n)")


def clean_chars(text: str) -> str:
    """Unify line ends, spaces and ligatures; drop invisible characters and controls.

    >>> clean_chars("e\ufb03cient\u00a0§\u00a06103\r\n")
    'efficient § 6103\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TRANSLATE)
    return _TRAILING_SPACE.sub("", text)
