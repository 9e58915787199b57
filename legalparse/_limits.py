"""Bounds that keep one hostile or huge input from eating the machine."""

from __future__ import annotations

import attrs


@attrs.frozen(kw_only=True)
class Limits:
    """Size limits applied while reading a document; passing one raises ``LimitExceededError``.

    ``max_ocr_pages`` is the exception: pages past it are left out with their
    warning, and the rest of the document is kept.  The defaults fit every
    real court document seen so far with a wide margin.
    """

    max_bytes: int = 256 * 1024 * 1024
    """Largest input accepted, in bytes."""
    max_pages: int = 5000
    """Most pages read from one PDF."""
    max_text_chars: int = 40_000_000
    """Longest clean text produced."""
    max_stream_bytes: int = 256 * 1024 * 1024
    """Largest decompressed size of one PDF stream (decompression bombs pass it)."""
    max_ocr_pages: int = 500
    """Most pages of one PDF read by OCR (a few seconds each); later pages needing OCR are left out."""
