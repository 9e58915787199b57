"""The one exception hierarchy of legalparse.

::

    LegalparseError                      (Exception)
    ├── InputError                       (ValueError)   the input cannot be read as a document
    │   ├── InputNotFoundError           (FileNotFoundError)
    │   ├── NotADocumentError                           bytes that are no PDF, HTML, XML or text
    │   ├── CorruptDocumentError                        a PDF/XML that is damaged or truncated
    │   ├── EncryptedDocumentError                      a PDF that needs a password
    │   └── LimitExceededError                          a configured size or page limit was passed
    ├── ParseTimeoutError                (TimeoutError) the per-document time limit ran out
    └── OcrUnavailableError                             OCR was asked for but Tesseract is missing

Every error carries ``source`` (the file name or ``"<bytes>"``) and a one-line
message that says what failed and what to try.
"""

from __future__ import annotations


class LegalparseError(Exception):
    """Root of every error legalparse raises on purpose."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        if self.source:
            return f"{self.source}: {self.message}"
        return self.message

    @property
    def kind(self) -> str:
        """A short machine name for the error, e.g. ``"encrypted_document"``."""
        name = type(self).__name__.removesuffix("Error")
        out = []
        for i, ch in enumerate(name):
            if ch.isupper() and i:
                out.append("_")
            out.append(ch.lower())
        return "".join(out) or "legalparse"


class InputError(LegalparseError, ValueError):
    """The input cannot be read as a court document."""


class InputNotFoundError(InputError, FileNotFoundError):
    """The named file does not exist or is not a regular file."""


class NotADocumentError(InputError):
    """The bytes are not a PDF, HTML, XML or plain-text document."""


class CorruptDocumentError(InputError):
    """The document is damaged or truncated and cannot be read."""


class EncryptedDocumentError(InputError):
    """The PDF is encrypted and no (or a wrong) password was given."""


class LimitExceededError(InputError):
    """The document passes a configured limit (size, pages, text length)."""


class ParseTimeoutError(LegalparseError, TimeoutError):
    """Parsing the document took longer than the time limit."""


class OcrUnavailableError(LegalparseError):
    """OCR was asked for (``ocr="always"``) but Tesseract or ``pytesseract`` is not installed."""
