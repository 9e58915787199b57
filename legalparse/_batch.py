"""Parse many documents, in worker processes if asked, and hand back results in input order.

Stages of a batch:

1. every input becomes a :class:`Task` (its index in the input order, its path,
   and the bytes when it was read from standard input);
2. :func:`work` parses one task and renders it in the output format, or
   describes the failure; it is a top-level function so a ``spawn`` worker can
   import it;
3. :func:`run_batch` runs the tasks in this process (one job, no time limit)
   or in worker processes, each task under the time limit: a worker that
   overruns is killed, even inside a C library call, and replaced;
4. results are released to the caller strictly in input order, so the output
   does not depend on the number of jobs.

:func:`run_one` runs a single task the same way for ``parse(..., timeout=)``,
with :func:`parse_opinion` handing back the :class:`Opinion` itself.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, Optional, Union

import attrs

from ._errors import LegalparseError, ParseTimeoutError

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from ._limits import Limits
    from ._opinion import Opinion

FORMATS = ("json", "jsonl", "xml", "text")
INTERNAL = "internal"
"""Error type of a failure that is a defect of legalparse, not of the input."""


@attrs.frozen(kw_only=True)
class Task:
    """One input of a batch."""

    index: int
    """Position in the input order (0-based)."""
    path: str
    """The path as given, ``"-"`` for standard input."""
    data: Optional[bytes] = None
    """The input bytes when they do not come from ``path`` (standard input)."""
    is_text: bool = False
    """Whether ``data`` is UTF-8 text to read as plain text (:func:`~legalparse.parse_text`)."""

    @property
    def name(self) -> str:
        """The name a result reports, as ``source.name`` of a parse does."""
        return "-" if self.path == "-" else os.path.basename(self.path)


@attrs.frozen(kw_only=True)
class RenderOptions:
    """How each document is parsed and written."""

    format: str = "jsonl"
    """``json``, ``jsonl``, ``xml`` (one element, no declaration) or ``text``."""
    compact: bool = False
    """JSON on one line in the ``json`` format."""
    password: Optional[str] = None
    """Password for encrypted PDFs."""
    cases: bool = False
    """Also list case citations (``--cases``)."""
    ocr: str = "auto"
    """Which PDF pages are read by OCR: ``auto``, ``never`` or ``always`` (``--ocr``)."""
    limits: Optional["Limits"] = None
    """Size limits of each parse (the defaults when ``None``)."""


@attrs.frozen(kw_only=True)
class Outcome:
    """What became of one task: rendered output, or an error type and message."""

    index: int
    path: str
    name: str
    output: Optional[str] = None
    error_type: Optional[str] = None
    """A :attr:`LegalparseError.kind` (``"parse_timeout"``, ``"not_a_document"``) or ``"internal"``."""
    error_message: Optional[str] = None
    value: Any = None
    """What an API worker hands back: the parsed :class:`Opinion`, or the exception the parse raised."""

    @property
    def ok(self) -> bool:
        return self.error_type is None


Worker = Callable[[Task, RenderOptions], Outcome]


def render(opinion: "Opinion", options: RenderOptions) -> str:
    """``opinion`` as text in the output format, ending in a newline."""
    fmt = options.format
    if fmt == "json":
        return opinion.to_json(indent=None if options.compact else 2) + "\n"
    if fmt == "jsonl":
        return opinion.to_json(indent=None) + "\n"
    if fmt == "xml":
        return opinion.to_xml()
    from ._serialize import scrub_surrogates

    # text: the clean text, a form feed between pages
    pages = opinion.pages
    if len(pages) > 1 and opinion.document.paged:
        text = "\f".join(opinion.text[p.span.start : p.span.end] for p in pages)
    else:
        text = opinion.text
    return scrub_surrogates(text) + "\n"


def work(task: Task, options: RenderOptions) -> Outcome:
    """Parse and render one task; never raises for a bad input or a defect."""
    from ._parse import parse_bytes, parse_file

    try:
        if task.data is not None:
            opinion = parse_bytes(task.data, name=task.path, password=options.password, cases=options.cases,
                                  ocr=options.ocr, limits=options.limits or _default_limits())
        else:
            opinion = parse_file(task.path, password=options.password, cases=options.cases, ocr=options.ocr,
                                 limits=options.limits)
        output = render(opinion, options)
    except LegalparseError as exc:
        return Outcome(index=task.index, path=task.path, name=task.name,
                       error_type=exc.kind, error_message=exc.message)
    except Exception as exc:  # a defect must not stop the batch or print a traceback
        return Outcome(index=task.index, path=task.path, name=task.name, error_type=INTERNAL,
                       error_message=f"internal error ({type(exc).__name__}: {exc}); please report it")
    return Outcome(index=task.index, path=task.path, name=task.name, output=output)


def _default_limits() -> "Limits":
    from ._limits import Limits

    return Limits()


def parse_opinion(task: Task, options: RenderOptions) -> Outcome:
    """Parse one task for the API and hand back the :class:`Opinion` itself (or the exception raised).

    ``task.data`` holds the document's bytes and ``task.path`` the name to report it by
    (empty for none); ``task.is_text`` says the bytes are UTF-8 text for
    :func:`~legalparse.parse_text`.
    """
    import pickle

    from ._parse import parse_bytes, parse_text

    value: Any
    try:
        assert task.data is not None
        limits = options.limits or _default_limits()
        if task.is_text:
            value = parse_text(task.data.decode("utf-8", errors="surrogatepass"), limits=limits,
                               cases=options.cases)
        else:
            value = parse_bytes(task.data, name=task.path or None, password=options.password, limits=limits,
                                cases=options.cases, ocr=options.ocr)
    except Exception as exc:  # handed to the caller, who raises it
        value = exc
        try:
            pickle.dumps(exc)
        except Exception:
            value = RuntimeError(f"internal error ({type(exc).__name__}: {exc}); please report it")
    return Outcome(index=task.index, path=task.path, name=task.name, value=value)


def run_one(task: Task, options: RenderOptions, *, timeout: float, worker: Worker = parse_opinion) -> Outcome:
    """Run one task in a worker process under ``timeout`` seconds (killed past it, even inside C)."""
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    outcomes = _in_workers([task], options, jobs=1, timeout=timeout, worker=worker)
    try:
        return next(outcomes)
    finally:
        outcomes.close()


def timeout_outcome(task: Task, seconds: float) -> Outcome:
    """The result of a task whose worker ran out of time."""
    err = ParseTimeoutError(f"parsing took longer than the time limit of {seconds:g} s", source=task.path)
    return Outcome(index=task.index, path=task.path, name=task.name,
                   error_type=err.kind, error_message=err.message)


def _crash_outcome(task: Task, exitcode: Optional[int]) -> Outcome:
    if exitcode is None:
        how = "no exit status"
    elif exitcode < 0:
        how = f"signal {-exitcode}"
    else:
        how = f"exit status {exitcode}"
    return Outcome(index=task.index, path=task.path, name=task.name, error_type=INTERNAL,
                   error_message=f"internal error (the worker process died with {how}); please report it")


_WARM_UP_TEXT = (
    "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\nMEMORANDUM OPINION\n\n"
    "The motion to dismiss, ECF No. 12, is GRANTED. The Court concludes that the agreement "
    "does not violate 26 U.S.C. § 6103(i)(2). See Smith v. Jones, 123 F.3d 456 (D.C. Cir. 1999).\n"
)


def warm_up() -> None:
    """Load what the first parse would load (tables, citation data), before any clock starts."""
    try:
        from ._parse import parse_text

        parse_text(_WARM_UP_TEXT)
    except Exception:  # a failure here shows again, reported, on the first real document
        pass


def _worker_loop(conn: Connection, worker: Worker, options: RenderOptions) -> None:
    """Body of a worker process: say ready, then parse tasks until told to stop.

    The worker leads a process group of its own, so that ending it also ends
    what it started (a Tesseract run on a page).
    """
    if hasattr(os, "setpgid"):
        try:
            os.setpgid(0, 0)
        except OSError:
            pass
    try:
        warm_up()
        conn.send(None)
        while True:
            task = conn.recv()
            if task is None:
                return
            conn.send(worker(task, options))
    except (KeyboardInterrupt, EOFError, BrokenPipeError):
        return


def _context() -> Any:
    """Where POSIX offers it, a fork server that loaded the pipeline once; else ``spawn``.

    Both start workers from a clean single-threaded process, so the worker function
    must be importable by name (a top-level function), as for ``spawn``.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["legalparse._preload"])
        return ctx
    return multiprocessing.get_context("spawn")


class _Slot:
    """One worker process and the task it is on."""

    def __init__(self, ctx: Any, worker: Worker, options: RenderOptions) -> None:
        self.conn, child = multiprocessing.Pipe(duplex=True)
        self.process: BaseProcess = ctx.Process(
            target=_worker_loop, args=(child, worker, options), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False
        self.task: Optional[Task] = None
        self.deadline: Optional[float] = None

    def give(self, task: Task, timeout: Optional[float], clock: Callable[[], float]) -> None:
        self.conn.send(task)
        self.task = task
        self.deadline = clock() + timeout if timeout is not None else None

    def _kill_group(self) -> None:
        """Kill the worker and the processes it started (its process group), where POSIX allows."""
        pid = self.process.pid
        try:
            if pid and hasattr(os, "killpg") and os.getpgid(pid) == pid:
                os.killpg(pid, signal.SIGKILL)
                return
        except OSError:
            pass
        self.process.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self._kill_group()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(2)
        if self.process.is_alive():
            self._kill_group()
            self.process.join(2)
        self.conn.close()


def _in_process(tasks: Sequence[Task], options: RenderOptions, worker: Worker) -> Iterator[Outcome]:
    for task in tasks:
        yield worker(task, options)


def _in_workers(
    tasks: Sequence[Task],
    options: RenderOptions,
    *,
    jobs: int,
    timeout: Optional[float],
    worker: Worker,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[Outcome, None, None]:
    ctx = _context()
    pending = deque(tasks)
    done: dict[int, Outcome] = {}
    order = [t.index for t in tasks]
    emitted = 0
    # Keep at most this many results waiting for a slow predecessor, to bound memory.
    window = max(64, 8 * jobs)
    slots: list[_Slot] = []
    try:
        for _ in range(min(jobs, len(tasks))):
            slots.append(_Slot(ctx, worker, options))
        while emitted < len(order):
            for slot in slots:
                if slot.ready and slot.task is None and pending and pending[0].index < order[emitted] + window:
                    slot.give(pending.popleft(), timeout, clock)
            deadlines = [s.deadline for s in slots if s.deadline is not None]
            wait_for = max(min(deadlines) - clock(), 0.0) if deadlines else None
            ready = wait([s.conn for s in slots] + [s.process.sentinel for s in slots], wait_for)
            for i, slot in enumerate(list(slots)):
                finished: Optional[Outcome] = None
                if slot.conn in ready or slot.process.sentinel in ready:
                    try:
                        if slot.conn.poll():
                            message = slot.conn.recv()
                            if message is None:
                                slot.ready = True
                                continue
                            finished = message
                        elif not slot.process.is_alive():
                            raise EOFError
                        else:
                            continue
                    except (EOFError, OSError):
                        if slot.task is None and not slot.ready:
                            raise RuntimeError("a worker process could not start") from None
                        slot.process.join(2)  # reap it, so its exit status is known
                        finished = _crash_outcome(slot.task, slot.process.exitcode) if slot.task else None
                        slot.kill()
                        slots[i] = _Slot(ctx, worker, options)
                elif slot.task is not None and slot.deadline is not None and clock() >= slot.deadline:
                    finished = timeout_outcome(slot.task, timeout or 0.0)
                    slot.kill()
                    slots[i] = _Slot(ctx, worker, options)
                if finished is not None:
                    done[finished.index] = finished
                    if slots[i] is slot:
                        slot.task = None
                        slot.deadline = None
            while emitted < len(order) and order[emitted] in done:
                yield done.pop(order[emitted])
                emitted += 1
    finally:
        for slot in slots:
            if slot.task is None and slot.ready:
                slot.stop()
            else:
                slot.kill()


def run_batch(
    tasks: Iterable[Task],
    options: RenderOptions = RenderOptions(),
    *,
    jobs: int = 1,
    timeout: Optional[float] = None,
    worker: Worker = work,
) -> Iterator[Outcome]:
    """Parse every task, yielding one :class:`Outcome` per task in input order.

    Args:
        tasks: the inputs, each with its position in the input order.
        options: output format and parse options.
        jobs: worker processes; ``1`` without a ``timeout`` parses in this process.
        timeout: seconds one document may take; past it the worker is killed and the
            document gets a ``parse_timeout`` error.
        worker: the function that parses one task (a top-level function, so that a
            ``spawn`` worker process can import it).
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    task_list = list(tasks)
    if jobs == 1 and timeout is None:
        return _in_process(task_list, options, worker)
    return _in_workers(task_list, options, jobs=jobs, timeout=timeout, worker=worker)


def make_tasks(paths: Sequence[str], stdin: Optional[Union[bytes, Callable[[], bytes]]] = None) -> list[Task]:
    """One task per path, in order; ``"-"`` reads standard input (once)."""
    tasks: list[Task] = []
    stdin_data: Optional[bytes] = None
    for i, path in enumerate(paths):
        if path == "-":
            if stdin_data is None:
                stdin_data = stdin() if callable(stdin) else (stdin or b"")
            tasks.append(Task(index=i, path=path, data=stdin_data))
        else:
            tasks.append(Task(index=i, path=path))
    return tasks
