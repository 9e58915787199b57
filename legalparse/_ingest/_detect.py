"""Tell a PDF, HTML, XML or text document from its first bytes."""

from __future__ import annotations

import regex

_MARKUP_START = regex.compile(rb"\A(?:\xef\xbb\xbf)?\s*+<", regex.ASCII)
_HTML_HINT = regex.compile(rb"<(?:!doctype\s++html|html|head|body)\b", regex.IGNORECASE)
_FIRST_TAG = regex.compile(rb"<([A-Za-z][\w:.-]{0,40})")
# Elements an HTML fragment may open with (CAP casebody starts with <section>)
_HTML_TAGS = frozenset(b"""
    a article aside b blockquote body br center div em font h1 h2 h3 h4 h5 h6 head header html
    i li main meta nav ol p pre section span strong table title u ul
    """.split())
_XML_DECL = regex.compile(rb"\A(?:\xef\xbb\xbf)?\s*+<\?xml\b")

# Magic numbers of binary formats that are certainly not court text.
BINARY_KINDS = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image", b"MM\x00*": "a TIFF image", b"BM": "a BMP image",
    b"PK\x03\x04": "a ZIP archive (or a Word .docx)", b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an Office document (.doc)", b"\x7fELF": "a program",
    b"%!PS": "a PostScript file",
}
"""Signatures of binary files that are no document legalparse reads, with what they are."""
_BINARY_MAGIC = tuple(BINARY_KINDS)


def detect_format(data: bytes) -> str:
    """``pdf``, ``html``, ``xml``, ``text`` or ``unknown``.

    >>> detect_format(b"%PDF-1.7 ...")
    'pdf'
    """
    head = data[:4096]
    # PDF readers accept the header anywhere in the first kilobyte.
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if not head.strip():
        return "unknown"
    if head.startswith(_BINARY_MAGIC):
        return "unknown"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with its byte-order mark: markup or text, told from the decoded start
        return _markup_kind(head.decode("utf-16", errors="replace").encode("utf-8")) or "text"
    kind = _markup_kind(head)
    if kind:
        return kind
    if _looks_like_text(head):
        return "text"
    return "unknown"


def _markup_kind(head: bytes) -> str | None:
    """``html`` or ``xml`` when ``head`` (UTF-8 or ASCII-compatible) starts with markup."""
    if not _MARKUP_START.match(head):
        return None
    if _XML_DECL.match(head) and not regex.search(rb"<(?:!doctype\s++html|html)\b", head, regex.IGNORECASE):
        return "xml"
    if _HTML_HINT.search(head):
        return "html"
    first = _FIRST_TAG.search(head)
    if first and first.group(1).lower() in _HTML_TAGS:
        return "html"
    return "xml"


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with its byte-order mark
    nuls = head.count(0)
    # vertical tabs are word processors' line breaks, 0x1A the DOS end-of-file mark: text, not controls
    controls = sum(1 for b in head if b < 32 and b not in (0, 9, 10, 11, 12, 13, 26))
    # a few stray NULs (bad exports) leave text text; binaries have many NULs and controls
    return nuls <= len(head) // 10 and controls <= len(head) // 100
