"""legalparse: structured, trustworthy data from US court opinions.

>>> import legalparse
>>> op = legalparse.parse_text("The MOU does not violate 26 U.S.C. § 6103(i)(2).")
>>> op.text[:7]
'The MOU'

Public names are listed in ``__all__``; everything in an underscore module is private.
"""

from __future__ import annotations

from ._dispositions import Disposition
from ._document import Footnote, Page, ParseWarning
from ._errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    InputError,
    InputNotFoundError,
    LegalparseError,
    LimitExceededError,
    NotADocumentError,
    OcrUnavailableError,
    ParseTimeoutError,
)
from ._holdings import Holding
from ._limits import Limits
from ._metadata import Metadata, OpinionPart, Party, Section
from ._opinion import Location, Opinion, Source
from ._parse import extract_statutes, parse, parse_file, parse_text
from ._schema import schema
from ._span import Span
from ._statutes import CitationForm, StatuteCitation
from ._version import SCHEMA_VERSION, __version__


# Public names that moved or were renamed: old name -> (new name, version deprecated).
# A deprecated name keeps working for at least one minor release (docs/compatibility.md).
_DEPRECATED: dict[str, tuple[str, str]] = {}


def __getattr__(name: str) -> object:
    if name in _DEPRECATED:
        import warnings

        new, version = _DEPRECATED[name]
        warnings.warn(f"legalparse.{name} is deprecated since {version}; use legalparse.{new}",
                      DeprecationWarning, stacklevel=2)
        return globals()[new]
    raise AttributeError(f"module 'legalparse' has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "CitationForm",
    "CorruptDocumentError",
    "Disposition",
    "EncryptedDocumentError",
    "Footnote",
    "Holding",
    "InputError",
    "InputNotFoundError",
    "LegalparseError",
    "LimitExceededError",
    "Limits",
    "Location",
    "Metadata",
    "NotADocumentError",
    "OcrUnavailableError",
    "Opinion",
    "OpinionPart",
    "Page",
    "ParseTimeoutError",
    "ParseWarning",
    "Party",
    "Section",
    "Source",
    "Span",
    "StatuteCitation",
    "__version__",
    "extract_statutes",
    "parse",
    "parse_file",
    "parse_text",
    "schema",
]
