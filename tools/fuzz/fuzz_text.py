"""Fuzz the plain-text reader: bytes through ``legalparse.parse``, and as a str through ``parse_text``.

    python tools/fuzz/fuzz_text.py -dict=tools/fuzz/text.dict -max_len=8192 -timeout=10 -rss_limit_mb=2048
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _harness  # noqa: E402  (imports legalparse under instrumentation)
from _harness import check, legalparse  # noqa: E402


def test_one_input(data: bytes) -> None:
    """One input: as bytes (encoding and kind detected), and, when it is UTF-8, as text."""
    check(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    try:
        op = legalparse.parse_text(text, limits=_harness.LIMITS)
    except legalparse.LegalparseError as exc:
        if "\n" in str(exc):
            raise AssertionError(f"error message is not one line: {exc!s}") from exc
        return
    if not isinstance(op.text, str):
        raise AssertionError("parse_text returned no text")


if __name__ == "__main__":
    _harness.run(test_one_input, name="text")
