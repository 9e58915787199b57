"""Plain text in UTF-8, UTF-16 or Windows-1252/Latin-1."""

from __future__ import annotations

import regex

from .._document import Document, Page, ParseWarning
from .._errors import LimitExceededError
from .._limits import Limits
from .._span import Span
from ._clean import clean_chars
from ._furniture import is_page_number, is_stamp, normalize_for_repeat
from ._furniture import SENTENCE_END as _SENTENCE_END
from ._hyphens import join_hyphenated

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
_INNER_SPACES = regex.compile(r"[ ]{2,}+")


def _furniture_lines(pages: list[list[str]]) -> list[set[int]]:
    """Indexes of header/footer lines to drop, per page: stamps, page numbers, running heads."""
    def edge(lines: list[str]) -> list[int]:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        return filled[:3] + filled[-3:]

    counts: dict[str, int] = {}
    for lines in pages:
        for key in {normalize_for_repeat(lines[i]) for i in edge(lines)}:
            counts[key] = counts.get(key, 0) + 1
    repeated = {k for k, n in counts.items() if k and n >= (2 if len(pages) <= 6 else 3)}
    drops: list[set[int]] = []
    for lines in pages:
        out = set()
        heads = [i for i in edge(lines) if len(pages) > 1 and normalize_for_repeat(lines[i]) in repeated]
        if len(heads) <= 3:  # a page whose every line recurs is a duplicated page, not running heads
            out.update(heads)
        filled = sum(1 for ln in lines if ln.strip())
        for i in edge(lines):
            text = _INNER_SPACES.sub(" ", lines[i].strip())
            if is_stamp(text) or (filled >= 3 and is_page_number(text)):
                out.add(i)  # a page number only where there is a page around it
        for i, line in enumerate(lines):
            # a filing stamp inside the text marks a page break lost in conversion
            if "ocument" in line and is_stamp(_INNER_SPACES.sub(" ", line.strip())):
                out.add(i)
                nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
                if nxt is not None and is_page_number(_INNER_SPACES.sub(" ", lines[nxt].strip())):
                    out.add(nxt)
        drops.append(out)
    return drops


def _reflow(lines: list[str]) -> str:
    """Join hard-wrapped lines into paragraphs; leave unwrapped text as it is."""
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    if not lengths:
        return ""
    wrap = lengths[(len(lengths) * 9) // 10]
    if wrap > 160 or len(lengths) < 3:
        # not hard-wrapped: one paragraph a line
        return "\n".join(_INNER_SPACES.sub(" ", ln.strip()) for ln in lines if ln.strip())
    out: list[str] = []
    prev: str = ""
    prev_indent = 0
    for raw in lines:
        if not raw.strip():
            if out and out[-1] != "\n":
                out.append("\n")
            prev = ""
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        text = _INNER_SPACES.sub(" ", raw.strip())
        if prev:
            short = len(prev.rstrip()) + prev_indent < 0.75 * wrap
            new_para = (short and _SENTENCE_END.search(prev) is not None) or short and len(prev) < 0.5 * wrap \
                or (indent > prev_indent + 2 and _SENTENCE_END.search(prev) is not None)
            if new_para:
                out.append("\n")
            elif join_hyphenated(prev, text):
                out[-1] = out[-1][:-1]
            elif not (prev.endswith(("-", "–", "—", "/")) and prev[-2:-1].isalnum()):
                out.append(" ")
        out.append(text)
        prev, prev_indent = text, indent
    return "".join(out).strip("\n")


def read_text(text: str, *, limits: Limits = Limits(), source: str = "<text>") -> Document:
    """A :class:`Document` from text; form feeds separate pages, hard-wrapped lines are rejoined."""
    if len(text) > limits.max_text_chars:
        raise LimitExceededError(
            f"text of {len(text):,} characters exceeds the limit of {limits.max_text_chars:,}",
            source=source,
        )
    text = clean_chars(text)
    chunks = text.split("\f")
    paged = len(chunks) > 1
    page_lines = [chunk.split("\n") for chunk in chunks]
    drops = _furniture_lines(page_lines)
    parts: list[str] = []
    pages: list[Page] = []
    pos = 0
    for number, (lines, drop) in enumerate(zip(page_lines, drops), start=1):
        furniture = tuple(_INNER_SPACES.sub(" ", lines[i].strip()) for i in sorted(drop))
        kept = [ln for i, ln in enumerate(lines) if i not in drop]
        body = _BLANK_RUN.sub("\n\n", _reflow(kept))
        if parts:
            parts.append("\n")
            pos += 1
        parts.append(body)
        pages.append(Page(number=number, span=Span(pos, pos + len(body)), furniture=furniture))
        pos += len(body)
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
