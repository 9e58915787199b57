"""Plain text in UTF-8, UTF-16 or Windows-1252/Latin-1."""

from __future__ import annotations

import regex

from .._document import Document, Page, ParseWarning
from .._errors import LimitExceededError
from .._limits import Limits
from .._span import Span
from ._clean import clean_chars

# Bytes that in cp1252 are typographic characters but in Latin-1 are C1 controls.
_CP1252_ONLY = set(range(0x80, 0xA0))


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; returns ``(text, encoding)``.

    UTF-8 is tried first (it rarely decodes text that is not UTF-8); then
    Windows-1252, which agrees with Latin-1 on "§" (0xA7) and "¶" (0xB6)
    and also reads the curly quotes and dashes courts' word processors write.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252: plain Latin-1
        return data.decode("latin-1"), "latin-1"


_BLANK_RUN = regex.compile(r"\n{3,}+")


def read_text(text: str, *, limits: Limits = Limits(), source: str = "<text>") -> Document:
    """A :class:`Document` from text; form feeds separate pages."""
    if len(text) > limits.max_text_chars:
        raise LimitExceededError(
            f"text of {len(text):,} characters exceeds the limit of {limits.max_text_chars:,}",
            source=source,
        )
    text = clean_chars(text)
    chunks = text.split("\f")
    paged = len(chunks) > 1
    parts: list[str] = []
    pages: list[Page] = []
    pos = 0
    for number, chunk in enumerate(chunks, start=1):
        chunk = _BLANK_RUN.sub("\n\n", chunk).strip("\n")
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(chunk)
        pages.append(Page(number=number, span=Span(pos, pos + len(chunk))))
        pos += len(chunk)
    return Document(text="".join(parts), format="text", pages=pages, paged=paged)


def read_text_bytes(data: bytes, *, source: str, limits: Limits = Limits()) -> Document:
    """A :class:`Document` from the bytes of a text file."""
    text, encoding = decode_text(data)
    doc = read_text(text, limits=limits, source=source)
    if encoding in ("cp1252", "latin-1"):
        import attrs

        note = ParseWarning(code="legacy_encoding", message=f"text decoded as {encoding} (not UTF-8)")
        doc = attrs.evolve(doc, warnings=doc.warnings + (note,))
    return doc
