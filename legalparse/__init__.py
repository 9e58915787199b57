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
