"""Refuse PDFs whose compressed streams inflate past a limit (decompression bombs).

PDFium inflates a page's content streams whole, so a 200 KB stream of zeros
becomes 200 MB of memory.  Before PDFium sees the file, every zlib stream is
inflated here in bounded chunks and only counted; the first one to pass
``Limits.max_stream_bytes`` stops the read.
"""

from __future__ import annotations

import zlib

import regex

from .._errors import LimitExceededError

_STREAM_START = regex.compile(rb"stream\r?\n")
_CHUNK = 1 << 20


def check_stream_sizes(data: bytes, limit: int, *, source: str) -> None:
    """Raise :class:`LimitExceededError` if a zlib stream of ``data`` inflates past ``limit`` bytes."""
    view = memoryview(data)
    for m in _STREAM_START.finditer(data):
        start = m.end()
        if start + 2 > len(data):
            break
        cmf, flg = data[start], data[start + 1]
        if cmf & 0x0F != 8 or (cmf << 8 | flg) % 31:
            continue  # not a zlib stream (images, raw data)
        inflater = zlib.decompressobj()
        produced = 0
        pos = start
        try:
            while not inflater.eof and pos < len(data):
                chunk = view[pos : pos + _CHUNK]
                pos += len(chunk)
                out = inflater.decompress(chunk, _CHUNK)
                produced += len(out)
                while inflater.unconsumed_tail and produced <= limit and not inflater.eof:
                    tail = inflater.unconsumed_tail
                    out = inflater.decompress(tail, _CHUNK)
                    produced += len(out)
                    if not out and len(inflater.unconsumed_tail) >= len(tail):
                        break  # no progress: leave this stream to PDFium
                if produced > limit:
                    raise LimitExceededError(
                        f"a compressed stream inflates past {limit:,} bytes (a decompression bomb?); "
                        "raise Limits.max_stream_bytes to read it", source=source)
                if inflater.unused_data or inflater.eof:
                    break
        except zlib.error:
            continue
