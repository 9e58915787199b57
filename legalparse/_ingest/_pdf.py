"""PDF reader (provisional: whole-page text from PDFium)."""

from __future__ import annotations

from typing import Optional

from .._document import Document, Page
from .._errors import CorruptDocumentError, EncryptedDocumentError, LimitExceededError
from .._limits import Limits
from .._span import Span
from ._clean import clean_chars


def read_pdf(data: bytes, *, source: str, password: Optional[str] = None, limits: Limits = Limits()) -> Document:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedDocumentError("the PDF is encrypted; give its password (--password)", source=source) from exc
        raise CorruptDocumentError(f"cannot open the PDF ({exc})", source=source) from exc
    try:
        n = len(pdf)
        if n > limits.max_pages:
            raise LimitExceededError(f"{n:,} pages exceed the limit of {limits.max_pages:,}", source=source)
        parts: list[str] = []
        pages: list[Page] = []
        pos = 0
        for i in range(n):
            page = pdf[i]
            tp = page.get_textpage()
            text = clean_chars(tp.get_text_range()).strip("\n")
            if parts:
                parts.append("\n\n")
                pos += 2
            parts.append(text)
            pages.append(Page(number=i + 1, span=Span(pos, pos + len(text)), width=page.get_width(), height=page.get_height()))
            pos += len(text)
            tp.close()
            page.close()
    finally:
        pdf.close()
    return Document(text="".join(parts), format="pdf", pages=pages)
