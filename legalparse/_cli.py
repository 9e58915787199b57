"""``legalparse``: the command line.

    legalparse parse FILE [FILE ...] [--format json|jsonl|xml|text] [-o PATH]
    legalparse inspect FILE --page N -o page.png

Exit status: 0 when every input parsed, 1 when at least one failed (each
failure is one line on stderr), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Optional

from ._errors import LegalparseError
from ._version import __version__

_DOC_SUFFIXES = (".pdf", ".html", ".htm", ".xml", ".txt", ".text")


class _UsageError(Exception):
    pass


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="legalparse",
        description="Read US court opinions (PDF, HTML, XML, text) into structured data.",
    )
    ap.add_argument("--version", action="version", version=f"legalparse {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="parse documents and print JSON, JSONL, XML or clean text")
    p.add_argument("inputs", nargs="+", metavar="FILE",
                   help="files, directories (read recursively) or glob patterns; - for standard input")
    p.add_argument("--format", "-f", choices=("json", "jsonl", "xml", "text"),
                   help="output format (default: json for one input, jsonl for several)")
    p.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of standard output")
    p.add_argument("--password", help="password of encrypted PDFs")
    p.add_argument("--compact", action="store_true", help="JSON on one line (json format)")

    i = sub.add_parser("inspect", help="draw a PDF page with what the parser found on it")
    i.add_argument("input", metavar="FILE")
    i.add_argument("--page", type=int, default=1, help="1-based page number (default 1)")
    i.add_argument("-o", "--output", metavar="PNG", required=True, help="where to write the picture")
    i.add_argument("--resolution", type=int, default=100, help="dots per inch (default 100)")
    return ap


def _expand(inputs: Sequence[str]) -> list[str]:
    """Files named, found under directories, or matched by globs, in the order given."""
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
        elif os.path.isdir(item):
            found = []
            for root, dirs, files in os.walk(item):
                dirs.sort()
                found += [os.path.join(root, f) for f in sorted(files)
                          if f.lower().endswith(_DOC_SUFFIXES) and not f.startswith(".")]
            out += found
        elif not os.path.exists(item) and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            out += [m for m in matches if os.path.isfile(m)] or [item]
        else:
            out.append(item)
    return out


def _parse_one(path: str, password: Optional[str]):  # type: ignore[no-untyped-def]
    from ._parse import parse, parse_bytes

    if path == "-":
        return parse_bytes(sys.stdin.buffer.read(), name="-", password=password)
    return parse(path, password=password)


def _error_object(path: str, exc: LegalparseError) -> dict[str, object]:
    return {
        "source": {"name": os.path.basename(path) if path != "-" else "-"},
        "error": {"type": exc.kind, "message": exc.message},
    }


def _render(opinion, fmt: str, compact: bool) -> str:  # type: ignore[no-untyped-def]
    if fmt == "json":
        return opinion.to_json(indent=None if compact else 2) + "\n"
    if fmt == "jsonl":
        return opinion.to_json(indent=None) + "\n"
    if fmt == "xml":
        return opinion.to_xml()
    # text: the clean text, a form feed between pages
    pages = opinion.pages
    if len(pages) > 1 and opinion.document.paged:
        return "\f".join(opinion.text[p.span.start : p.span.end] for p in pages) + "\n"
    return opinion.text + "\n"


def _run_parse(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    paths = _expand(args.inputs)
    if not paths:
        raise _UsageError("no input files found")
    fmt = args.format or ("json" if len(paths) == 1 else "jsonl")
    if fmt == "json" and len(paths) > 1:
        fmt = "jsonl"
    failed = 0
    for path in paths:
        try:
            opinion = _parse_one(path, args.password)
        except LegalparseError as exc:
            failed += 1
            err.write(f"legalparse: {path}: {exc.message}\n")
            if fmt == "jsonl":
                out.write(json.dumps(_error_object(path, exc), ensure_ascii=False) + "\n")
            continue
        except Exception as exc:  # a bug must not stop the batch or print a traceback
            failed += 1
            err.write(f"legalparse: {path}: internal error ({type(exc).__name__}: {exc}); please report it\n")
            if fmt == "jsonl":
                out.write(json.dumps({"source": {"name": os.path.basename(path)},
                                      "error": {"type": "internal", "message": str(exc)}}) + "\n")
            continue
        out.write(_render(opinion, fmt, args.compact))
        out.flush()
    if len(paths) > 1:
        err.write(f"legalparse: {len(paths) - failed} parsed, {failed} failed\n")
    return 1 if failed else 0


def _run_inspect(args: argparse.Namespace, err: IO[str]) -> int:
    from ._inspect import draw_page

    try:
        draw_page(args.input, page=args.page, output=args.output, resolution=args.resolution)
    except LegalparseError as exc:
        err.write(f"legalparse: {exc}\n")
        return 1
    return 0


def main(argv: Optional[Sequence[str]] = None, *, stdout: Optional[IO[str]] = None,
         stderr: Optional[IO[str]] = None) -> int:
    """Run the command line; returns the exit status."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    ap = _build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        ap.print_help(err)
        return 2
    try:
        if args.command == "parse":
            if args.output:
                try:
                    fh = open(args.output, "w", encoding="utf-8")
                except OSError as exc:
                    err.write(f"legalparse: {args.output}: cannot write ({exc.strerror})\n")
                    return 1
                with fh:
                    return _run_parse(args, fh, err)
            return _run_parse(args, out, err)
        return _run_inspect(args, err)
    except _UsageError as exc:
        err.write(f"legalparse: {exc}\n")
        return 2
    except KeyboardInterrupt:
        err.write("legalparse: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
