"""Bytes in, :class:`~legalparse._document.Document` out; no legal knowledge here.

Stages: detect the kind from the content (never the name), read it with the
matching reader (PDF, HTML/XML, plain text), clean the text.
"""

from __future__ import annotations

from typing import Optional

from .._document import Document
from .._errors import NotADocumentError
from .._limits import Limits
from ._detect import BINARY_KINDS, detect_format


def ingest(data: bytes, *, source: str, password: Optional[str] = None, limits: Limits = Limits(),
           ocr: str = "never") -> Document:
    """Read ``data`` (the whole file) into a :class:`Document`.

    ``ocr`` (``"auto"``, ``"never"``, ``"always"``) says which PDF pages are read by OCR.
    """
    kind = detect_format(data)
    if kind == "pdf":
        from ._pdf import read_pdf

        return read_pdf(data, source=source, password=password, limits=limits, ocr=ocr)
    if kind in ("html", "xml"):
        from ._markup import read_markup

        return read_markup(data, kind=kind, source=source, limits=limits)
    if kind == "text":
        from ._text import read_text_bytes

        return read_text_bytes(data, source=source, limits=limits)
    if not data.strip():
        raise NotADocumentError("the file is empty", source=source)
    binary = next((name for magic, name in BINARY_KINDS.items() if data.startswith(magic)), None)
    if binary:
        raise NotADocumentError(f"{binary}, not a document (legalparse reads PDF, HTML, XML and text)",
                                source=source)
    raise NotADocumentError(
        "not a PDF, HTML, XML or text document (unrecognized content)", source=source
    )


__all__ = ["detect_format", "ingest"]
