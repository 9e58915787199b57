"""Fuzz the HTML and XML reader: bytes through ``legalparse.parse``.

    python tools/fuzz/fuzz_markup.py -dict=tools/fuzz/markup.dict -max_len=16384 -timeout=10 -rss_limit_mb=2048
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _harness  # noqa: E402  (imports legalparse under instrumentation)
from _harness import check  # noqa: E402


def test_one_input(data: bytes) -> None:
    """One input, read as whatever its content is (mutants that stop being markup still count)."""
    check(data)


if __name__ == "__main__":
    _harness.run(test_one_input, name="markup")
