"""What every harness shares: the import under instrumentation and the one check.

The check parses the bytes with ``legalparse.parse`` and accepts a result or a
:class:`legalparse.LegalparseError` with a one-line message; anything else
(another exception, a crash, a hang caught by libFuzzer's ``-timeout``, memory
past ``-rss_limit_mb``) is a finding.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import sys
from typing import Any

import atheris

# The legalparse of this checkout, whatever else is installed.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

# Every module of legalparse, imported here so that it is instrumented
# (legalparse imports most of them lazily, on the first parse).
_SKIP = ("legalparse.dask", "legalparse.__main__")

with atheris.instrument_imports(include=["legalparse"]):
    import legalparse as _package

    for _info in pkgutil.walk_packages(_package.__path__, "legalparse."):
        if not _info.name.startswith(_SKIP):
            try:
                importlib.import_module(_info.name)
            except ImportError:  # a module for an extra that is not installed
                pass

import legalparse  # noqa: E402  (already imported, instrumented, above)

# Smaller limits than the defaults so that one input cannot take the run's
# memory: the fuzzer's inputs are small, and a limit passed is an accepted result.
LIMITS = legalparse.Limits(max_bytes=4 << 20, max_pages=200, max_text_chars=2_000_000,
                           max_stream_bytes=16 << 20)


# OCR (where legalparse has it and Tesseract is installed) takes seconds a page:
# off unless LEGALPARSE_FUZZ_OCR names a mode ("auto", "always").
OPTIONS: dict[str, Any] = {}
if "ocr" in inspect.signature(legalparse.parse).parameters:
    OPTIONS["ocr"] = os.environ.get("LEGALPARSE_FUZZ_OCR", "never")


def check(data: bytes) -> Any:
    """Parse ``data``; a result or a one-line ``LegalparseError`` passes, anything else raises."""
    try:
        op = legalparse.parse(data, limits=LIMITS, **OPTIONS)
    except legalparse.LegalparseError as exc:
        message = str(exc)
        if not message or "\n" in message:
            raise AssertionError(f"error message is not one line: {message!r}") from exc
        return None
    if not isinstance(op.text, str):
        raise AssertionError("parse returned no text")
    for page in op.pages:
        if not (0 <= page.span.start <= page.span.end <= len(op.text)):
            raise AssertionError(f"page span {page.span} outside the text of {len(op.text)} characters")
    # the output formats of the command line must take whatever the parse gave
    op.to_json()
    op.to_xml()
    return op


HERE = os.path.dirname(os.path.abspath(__file__))


def run(test_one_input: Any, *, name: str, custom_mutator: Any = None) -> None:
    """Start libFuzzer with the command line's arguments, filling in what is not given.

    Without a corpus folder, new inputs go to ``work/<name>/corpus`` (the
    checked-in ``seeds/<name>`` is read, never written); crashes, hangs and
    memory blow-ups land in ``work/<name>/crashes/``; the harness's dictionary
    and a 10 s per-input timeout are used unless given.  ``LEGALPARSE_FUZZ_WORK``
    moves ``work``.
    """
    argv = list(sys.argv)
    flags = [a.split("=", 1)[0] for a in argv[1:] if a.startswith("-")]
    work = os.path.join(os.environ.get("LEGALPARSE_FUZZ_WORK", os.path.join(HERE, "work")), name)
    if not any(not a.startswith("-") for a in argv[1:]):
        corpus = os.path.join(work, "corpus")
        os.makedirs(corpus, exist_ok=True)
        argv += [corpus, os.path.join(HERE, "seeds", name)]
    if "-artifact_prefix" not in flags:
        crashes = os.path.join(work, "crashes")
        os.makedirs(crashes, exist_ok=True)
        argv.append(f"-artifact_prefix={crashes}{os.sep}")
    dictionary = os.path.join(HERE, f"{name}.dict")
    if "-dict" not in flags and os.path.exists(dictionary):
        argv.append(f"-dict={dictionary}")
    if "-timeout" not in flags:
        argv.append("-timeout=10")
    if custom_mutator is not None:
        atheris.Setup(argv, test_one_input, custom_mutator=custom_mutator)
    else:
        atheris.Setup(argv, test_one_input)
    atheris.Fuzz()
