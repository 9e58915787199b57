"""The parse pipeline.

Stages, in order:

1. read the input bytes (path, bytes or file object) and hash them;
2. ``ingest``: detect the kind from the content and read it into a clean :class:`Document`;
3. extractors, each a function of the document: metadata and structure, statutes,
   dispositions, holdings (which refer to the statutes);
4. give every finding the page it starts on, and gather warnings.
"""

from __future__ import annotations

import hashlib
import io
import os
from typing import IO, Any, Optional, TypeVar, Union

import attrs

from ._document import Document, ParseWarning
from ._errors import InputError, InputNotFoundError, LegalparseError, LimitExceededError, ParseTimeoutError
from ._limits import Limits
from ._opinion import Opinion, Source

Input = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes], IO[str]]

_T = TypeVar("_T")


def read_source(source: Input, *, limits: Limits) -> tuple[bytes, Optional[str]]:
    """The bytes of ``source`` and the name to report it by."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = None
    elif isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        name = path
        if not os.path.exists(path):
            raise InputNotFoundError("no such file", source=path)
        if not os.path.isfile(path):
            raise InputNotFoundError("not a regular file", source=path)
        try:
            size = os.path.getsize(path)
            if size > limits.max_bytes:
                raise LimitExceededError(
                    f"file of {size:,} bytes exceeds the limit of {limits.max_bytes:,}", source=path
                )
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise InputError(f"cannot read the file ({exc.strerror or exc})", source=path) from exc
    elif hasattr(source, "read"):
        name = getattr(source, "name", None)
        name = name if isinstance(name, str) else None
        raw = source.read(limits.max_bytes + 1)
        data = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
    else:
        raise TypeError(f"cannot parse a {type(source).__name__}; give a path, bytes or a file object")
    if len(data) > limits.max_bytes:
        raise LimitExceededError(
            f"input exceeds the limit of {limits.max_bytes:,} bytes", source=name or "<bytes>"
        )
    return data, name


def _with_page(finding: _T, document: Document) -> _T:
    span = getattr(finding, "span")
    return attrs.evolve(finding, page=document.page_at(span.start))  # type: ignore[misc]


def analyze(document: Document, source: Source, *, cases: bool = False) -> Opinion:
    """Run every extractor over an ingested document (case citations only when ``cases``)."""
    from ._dispositions import find_dispositions
    from ._holdings import find_holdings
    from ._metadata import find_metadata, find_opinions, find_sections
    from ._statutes import find_statutes

    metadata = find_metadata(document)
    sections = tuple(_with_page(s, document) for s in find_sections(document))
    opinions = tuple(_with_page(o, document) for o in find_opinions(document))
    statutes = tuple(_with_page(s, document) for s in find_statutes(document.text))
    dispositions = tuple(_with_page(d, document) for d in find_dispositions(document))
    holdings = tuple(_with_page(h, document) for h in find_holdings(document, statutes))
    case_cites: tuple[Any, ...] = ()
    if cases:
        from ._statutes import find_cases

        case_cites = tuple(_with_page(c, document) for c in find_cases(document.text))
    warnings: list[ParseWarning] = list(document.warnings)
    warnings.extend(getattr(metadata, "warnings", ()))
    return Opinion(
        source=source,
        text=document.text,
        pages=document.pages,
        footnotes=document.footnotes,
        metadata=metadata,
        sections=sections,
        opinions=opinions,
        statutes=statutes,
        dispositions=dispositions,
        holdings=holdings,
        warnings=tuple(warnings),
        cases=case_cites,
        document=document,
    )




def _check_options(ocr: str, timeout: Optional[float]) -> None:
    from ._ingest._ocr import OCR_MODES

    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be 'auto', 'never' or 'always', not {ocr!r}")
    if timeout is not None and not (timeout > 0 and timeout != float("inf")):
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")


def _in_child(data: bytes, *, name: Optional[str], text: bool, password: Optional[str], limits: Limits,
              cases: bool, ocr: str, timeout: float) -> Opinion:
    """Parse in a worker process, killed when it passes ``timeout`` seconds."""
    from ._batch import RenderOptions, Task, run_one

    label = name or "<bytes>"
    options = RenderOptions(password=password, cases=cases, ocr=ocr, limits=limits)
    outcome = run_one(Task(index=0, path=name or "", data=data, is_text=text), options, timeout=timeout,
                      worker=_child_worker or _default_child_worker())
    if isinstance(outcome.value, Opinion):
        return outcome.value
    if isinstance(outcome.value, BaseException):
        raise outcome.value
    if outcome.error_type == "parse_timeout":
        raise ParseTimeoutError(outcome.error_message or "parsing took longer than its time limit", source=label)
    raise RuntimeError(outcome.error_message or "internal error (the worker process failed); please report it")


def _default_child_worker() -> Any:
    from ._batch import parse_opinion

    return parse_opinion


_child_worker: Any = None
"""The worker run in the child process (:func:`legalparse._batch.parse_opinion`; replaceable in tests)."""


def parse_bytes(
    data: bytes,
    *,
    name: Optional[str] = None,
    password: Optional[str] = None,
    limits: Limits = Limits(),
    cases: bool = False,
    ocr: str = "auto",
    timeout: Optional[float] = None,
) -> Opinion:
    """Parse the bytes of a document (kind detected from the content); options as for :func:`parse`."""
    from ._ingest import ingest

    _check_options(ocr, timeout)
    if timeout is not None:
        return _in_child(bytes(data), name=name, text=False, password=password, limits=limits, cases=cases,
                         ocr=ocr, timeout=timeout)
    label = name or "<bytes>"
    try:
        document = ingest(data, source=label, password=password, limits=limits, ocr=ocr)
    except LegalparseError:
        raise
    except RecursionError as exc:
        from ._errors import CorruptDocumentError

        raise CorruptDocumentError("structure nested too deeply to read", source=label) from exc
    except MemoryError as exc:
        raise LimitExceededError("ran out of memory while reading", source=label) from exc
    return analyze(document, source_of(document, data, name), cases=cases)


def source_of(document: Document, data: bytes, name: Optional[str]) -> Source:
    """Where a parse came from: the file's name, the input's digest, its format and page count."""
    return Source(
        name=os.path.basename(name) if name else None,
        sha256=hashlib.sha256(data).hexdigest(),
        format=document.format,
        page_count=len(document.pages) if document.paged else None,
    )


def parse(source: Input, *, password: Optional[str] = None, limits: Optional[Limits] = None,
          cases: bool = False, ocr: str = "auto", timeout: Optional[float] = None) -> Opinion:
    """Parse a court document: a path, bytes, or a binary or text file object.

    Args:
        source: a path, the document's bytes, or a file object.
        password: the password of an encrypted PDF.
        limits: size limits (:class:`Limits`); the defaults fit any real opinion.
        cases: also list the case citations (``Opinion.cases``, read with eyecite;
            this roughly doubles the time of a parse).
        ocr: which PDF pages are read by OCR (the ``ocr`` extra and Tesseract):
            ``"auto"`` the pages without a usable text layer (scanned or garbled),
            ``"never"`` none, ``"always"`` every page.
        timeout: seconds the parse may take; it then runs in a child process that
            is killed past the limit (``None``: in this process, no limit).

    Raises:
        LegalparseError: the input is missing, unreadable, encrypted, not a document,
            or passes a limit; ``ParseTimeoutError`` past ``timeout``;
            ``OcrUnavailableError`` for ``ocr="always"`` without Tesseract.
    """
    _check_options(ocr, timeout)
    limits = limits or Limits()
    if isinstance(source, (io.TextIOBase,)) or (
        hasattr(source, "read") and isinstance(getattr(source, "encoding", None), str)
        and not isinstance(source, (io.BufferedIOBase, io.RawIOBase))
    ):
        text = source.read()
        if isinstance(text, str):
            if timeout is not None:
                return _in_child(text.encode("utf-8", errors="surrogatepass"), name=None, text=True,
                                 password=None, limits=limits, cases=cases, ocr=ocr, timeout=timeout)
            return parse_text(text, limits=limits, cases=cases)
    data, name = read_source(source, limits=limits)
    return parse_bytes(data, name=name, password=password, limits=limits, cases=cases, ocr=ocr, timeout=timeout)


def parse_file(
    path: Union[str, "os.PathLike[str]"],
    *,
    password: Optional[str] = None,
    limits: Optional[Limits] = None,
    cases: bool = False,
    ocr: str = "auto",
    timeout: Optional[float] = None,
) -> Opinion:
    """Parse the file at ``path`` (kind detected from its content, not its name); see :func:`parse`."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"parse_file() takes a path, not {type(path).__name__}")
    return parse(path, password=password, limits=limits, cases=cases, ocr=ocr, timeout=timeout)


def parse_text(text: str, *, limits: Optional[Limits] = None, cases: bool = False) -> Opinion:
    """Parse plain text (the text is taken as it is; form feeds separate pages)."""
    from ._ingest._text import read_text

    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes a str, not {type(text).__name__}")
    limits = limits or Limits()
    document = read_text(text, limits=limits)
    source = Source(
        name=None,
        sha256=hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest(),
        format="text",
        page_count=len(document.pages) if document.paged else None,
    )
    return analyze(document, source, cases=cases)


def extract_statutes(text: str) -> tuple[Any, ...]:
    """Every statutory citation in ``text`` (offsets into ``text`` as given)."""
    from ._statutes import find_statutes

    if not isinstance(text, str):
        raise TypeError(f"extract_statutes() takes a str, not {type(text).__name__}")
    return tuple(find_statutes(text))

