"""``legalparse``: the command line.

    legalparse parse FILE|DIR|GLOB [...] [--format json|jsonl|xml|text] [-o PATH]
                     [--jobs N] [--timeout SECONDS] [--ocr auto|never|always]
                     [--progress|--no-progress]
    legalparse schema
    legalparse inspect FILE --page N -o page.png     (where the drawing module is installed)

Exit status: 0 when every input parsed, 1 when at least one failed (each
failure is one line ``legalparse: FILE: reason`` on stderr and, in JSONL, an
error object), 2 for a usage error.  Results are written in input order
whatever the number of jobs.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import IO, Any, Optional

from ._batch import FORMATS, Outcome, RenderOptions, Worker, make_tasks, run_batch, work
from ._errors import LegalparseError
from ._ingest._ocr import OCR_MODES
from ._progress import ProgressBar, is_terminal
from ._version import __version__

_DOC_SUFFIXES = (".pdf", ".html", ".htm", ".xml", ".txt", ".text")
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


class _UsageError(Exception):
    pass


class _Terminated(Exception):
    """SIGTERM arrived: stop, and let the batch end its worker processes on the way out."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Terminated()


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text}")
    return value


def _build_parser(out: IO[str], err: IO[str]) -> argparse.ArgumentParser:
    class _ArgumentParser(argparse.ArgumentParser):
        """argparse that writes help to ``out`` and usage errors to ``err``."""

        def _print_message(self, message: str, file: Any = None) -> None:
            if message:
                (out if file is sys.stdout else err).write(message)

    ap = _ArgumentParser(
        prog="legalparse",
        description="Read US court opinions (PDF, HTML, XML, text) into structured data.",
    )
    ap.add_argument("--version", action="version", version=f"legalparse {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="parse documents and print JSON, JSONL, XML or clean text")
    p.add_argument("inputs", nargs="+", metavar="FILE",
                   help="files, directories (read recursively) or glob patterns; - for standard input")
    p.add_argument("--format", "-f", choices=FORMATS,
                   help="output format (default: json for one input, jsonl for several)")
    p.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of standard output")
    p.add_argument("--password", help="password of encrypted PDFs")
    p.add_argument("--cases", action="store_true",
                   help="also list case citations (read with eyecite; about doubles the time)")
    p.add_argument("--ocr", choices=OCR_MODES, default="auto",
                   help="read PDF pages by OCR (the ocr extra and Tesseract): auto, the pages without "
                        "a usable text layer (default); never; always, every page")
    p.add_argument("--compact", action="store_true", help="JSON on one line (json format)")
    p.add_argument("-j", "--jobs", type=_positive_int, default=1, metavar="N",
                   help="parse in N worker processes (default 1: in this process)")
    p.add_argument("--timeout", type=_positive_seconds, metavar="SECONDS",
                   help="time limit per document; a document past it is stopped and reported "
                        "as parse_timeout (runs each document in a worker process)")
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="draw a progress bar on stderr (default: when stderr is a terminal)")
    bar.add_argument("--no-progress", dest="progress", action="store_false",
                     help="never draw a progress bar")

    sub.add_parser("schema", help="print the JSON Schema of the output")

    if importlib.util.find_spec("legalparse._inspect") is not None:
        i = sub.add_parser("inspect", help="draw a PDF page with what the parser found on it")
        i.add_argument("input", metavar="FILE")
        i.add_argument("--page", type=int, default=1, help="1-based page number (default 1)")
        i.add_argument("-o", "--output", metavar="PNG", required=True, help="where to write the picture")
        i.add_argument("--resolution", type=int, default=100, help="dots per inch (default 100)")
        i.add_argument("--ocr", choices=OCR_MODES, default="auto",
                       help="read pages by OCR as parse does: auto (default), never, always")
    return ap


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Files named, found under directories, or matched by globs, in the order given.

    Directories are walked in sorted order and give the files with a document
    suffix; a pattern that matches nothing (or a missing file) is kept as it is,
    so it is reported as not found.
    """
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs.sort()
                out += [os.path.join(root, f) for f in sorted(files)
                        if f.lower().endswith(_DOC_SUFFIXES) and not f.startswith(".")]
        elif not os.path.exists(item) and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            out += [m for m in matches if os.path.isfile(m)] or [item]
        else:
            out.append(item)
    return out


def error_object(outcome: Outcome) -> dict[str, object]:
    """The JSONL object for a failed input."""
    return {
        "source": {"name": outcome.name},
        "error": {"type": outcome.error_type, "message": outcome.error_message},
    }


class _Writer:
    """Writes outcomes in the chosen format; several XML documents share one root."""

    def __init__(self, out: IO[str], fmt: str, several: bool) -> None:
        self.out = out
        self.fmt = fmt
        self.several = several

    def begin(self) -> None:
        if self.fmt == "xml":
            self.out.write(_XML_DECLARATION)
            if self.several:
                self.out.write("<legalparse_batch>\n")

    def write(self, outcome: Outcome) -> None:
        if outcome.output is not None:
            self.out.write(outcome.output)
        elif self.fmt == "jsonl":
            from ._serialize import dumps

            self.out.write(dumps(error_object(outcome)) + "\n")
        elif self.fmt == "xml" and self.several:
            from ._serialize import error_to_xml

            self.out.write(error_to_xml(error_object(outcome)))
        self.out.flush()

    def end(self) -> None:
        if self.fmt == "xml" and self.several:
            self.out.write("</legalparse_batch>\n")
        self.out.flush()


def _run_parse(
    args: argparse.Namespace,
    out: IO[str],
    err: IO[str],
    *,
    worker: Worker,
    clock: Callable[[], float],
) -> int:
    paths = expand_inputs(args.inputs)
    if not paths:
        raise _UsageError("no input files found")
    several = len(paths) > 1
    fmt = args.format or ("jsonl" if several else "json")
    if fmt == "json" and several:
        fmt = "jsonl"
    if args.ocr == "always":
        from ._ingest._ocr import unavailable

        missing = unavailable()
        if missing:
            err.write(f"legalparse: --ocr always: {missing}\n")
            return 1
    tasks = make_tasks(paths, stdin=lambda: sys.stdin.buffer.read())
    options = RenderOptions(format=fmt, compact=args.compact, password=args.password, cases=args.cases,
                            ocr=args.ocr)
    show_bar = is_terminal(err) if args.progress is None else args.progress
    bar = ProgressBar(len(tasks), err, clock=clock) if show_bar and several else None
    # Results written to the same terminal as the bar would run into it: clear it first.
    clear_for_output = bar is not None and is_terminal(out)
    writer = _Writer(out, fmt, several)
    started = clock()
    failed = timed_out = 0
    writer.begin()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        for outcome in run_batch(tasks, options, jobs=args.jobs, timeout=args.timeout, worker=worker):
            if bar and (clear_for_output or not outcome.ok):
                bar.close()
            if not outcome.ok:
                failed += 1
                timed_out += outcome.error_type == "parse_timeout"
                err.write(f"legalparse: {outcome.path}: {outcome.error_message}\n")
            writer.write(outcome)
            if bar:
                bar.advance(failed=not outcome.ok)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if bar:
            bar.close()
    writer.end()
    if several:
        extra = f" ({timed_out} timed out)" if timed_out else ""
        err.write(f"legalparse: {len(tasks) - failed} parsed, {failed} failed{extra} "
                  f"in {clock() - started:.1f} s\n")
    return 1 if failed else 0


def _run_inspect(args: argparse.Namespace, err: IO[str]) -> int:
    try:
        from ._inspect import draw_page  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        err.write("legalparse: inspect is not available in this installation\n")
        return 1
    try:
        draw_page(args.input, page=args.page, output=args.output, resolution=args.resolution, ocr=args.ocr)
    except LegalparseError as exc:
        err.write(f"legalparse: {exc}\n")
        return 1
    return 0


def main(
    argv: Optional[Sequence[str]] = None,
    *,
    stdout: Optional[IO[str]] = None,
    stderr: Optional[IO[str]] = None,
    worker: Worker = work,
    clock: Callable[[], float] = time.monotonic,
) -> int:
    """Run the command line; returns the exit status.

    ``stdout``/``stderr`` default to the process's streams; ``worker`` (a top-level
    function parsing one task) and ``clock`` can be replaced, for tests.
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    ap = _build_parser(out, err)
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        if exc.code not in (0, None):
            return 2
        return 0
    if args.command is None:
        ap.print_help(err)
        return 2
    try:
        if args.command == "schema":
            from ._schema import schema

            out.write(json.dumps(schema(), indent=2, ensure_ascii=False) + "\n")
            return 0
        if args.command == "inspect":
            return _run_inspect(args, err)
        if args.output:
            try:
                fh = open(args.output, "w", encoding="utf-8", newline="\n")
            except OSError as exc:
                err.write(f"legalparse: {args.output}: cannot write ({exc.strerror})\n")
                return 1
            with fh:
                return _run_parse(args, fh, err, worker=worker, clock=clock)
        return _run_parse(args, out, err, worker=worker, clock=clock)
    except _UsageError as exc:
        err.write(f"legalparse: {exc}\n")
        return 2
    except KeyboardInterrupt:
        err.write("legalparse: interrupted\n")
        return 130
    except _Terminated:
        err.write("legalparse: terminated\n")
        return 143
    except BrokenPipeError:
        # The reader went away (``legalparse parse ... | head``); stop quietly.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 1
    except (OSError, RuntimeError) as exc:
        err.write(f"legalparse: {exc}\n")
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
