"""Batches: worker processes, input order, per-document time limits, crashes, progress bar."""

from __future__ import annotations

import ctypes
import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from legalparse._batch import Outcome, RenderOptions, Task, make_tasks, run_batch, work
from legalparse._cli import main
from legalparse._progress import ProgressBar, is_terminal

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "fixtures"
API = FIXTURES / "api"
TXT = API / "cod_2026_adams-v-matrix-providers_courtroom-minutes-msj-granted.txt"
HTML = API / "ny_2013_people-v-flowers_cap-casebody.html"
SUFFIXES = (".pdf", ".html", ".htm", ".xml", ".txt")


# Workers for the tests.  Top-level functions, so a ``spawn`` worker process can import them.

def stuck_in_c(task: Task, options: RenderOptions) -> Outcome:
    """Parses normally, except that a file named ``stuck*`` blocks inside a C call."""
    if os.path.basename(task.path).startswith("stuck"):
        ctypes.CDLL(None).sleep(120)  # libc sleep(3): no Python signal handler can interrupt it
    return work(task, options)


def starts_a_child_and_sticks(task: Task, options: RenderOptions) -> Outcome:
    """A file named ``stuck*`` starts a long child process (as OCR starts Tesseract), notes its pid, and blocks."""
    if os.path.basename(task.path).startswith("stuck"):
        child = subprocess.Popen(["sleep", "120"])
        Path(task.path + ".child").write_text(str(child.pid))
        ctypes.CDLL(None).sleep(120)
    return work(task, options)


def crashes(task: Task, options: RenderOptions) -> Outcome:
    """Parses normally, except that a file named ``crash*`` kills its worker process."""
    if os.path.basename(task.path).startswith("crash"):
        os._exit(3)
    if os.path.basename(task.path).startswith("killed"):
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel ends a process out of memory
    return work(task, options)


def slow_first(task: Task, options: RenderOptions) -> Outcome:
    """The first task finishes last, so results arrive out of order."""
    if task.index == 0:
        time.sleep(1.0)
    return work(task, options)


def _run(*argv: str, worker=work) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, worker=worker)
    assert "Traceback" not in err.getvalue()
    return status, out.getvalue(), err.getvalue()


def _fixture_files() -> list[str]:
    """The documents this suite keeps for itself (PDF, HTML, XML, text) and the sample PDF."""
    files = [p for p in (FIXTURES / "api").iterdir() if p.suffix.lower() in SUFFIXES]
    return sorted(str(p) for p in files) + [str(FIXTURES / "samples" / "njd_2020_mccrimmon-v-johnson_opinion-motion-to-dismiss.pdf")]


@pytest.mark.parametrize("fmt", ["jsonl", "xml", "text"])
def test_two_jobs_write_the_same_bytes_as_one(tmp_path: Path, fmt: str) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    files = _fixture_files()
    files = files[:3] + [str(bad)] + files[3:]
    one = _run("parse", *files, "--format", fmt, "--jobs", "1")
    two = _run("parse", *files, "--format", fmt, "--jobs", "2")
    assert one[0] == two[0] == 1
    assert one[1] == two[1]
    assert one[1].encode("utf-8") == two[1].encode("utf-8")


def test_results_keep_input_order_when_they_finish_out_of_order() -> None:
    files = [str(TXT), str(HTML), str(TXT)]
    status, out, _ = _run("parse", *files, "--jobs", "2", worker=slow_first)
    assert status == 0
    assert [json.loads(line)["source"]["name"] for line in out.splitlines()] == [TXT.name, HTML.name, TXT.name]


def test_timeout_kills_a_document_stuck_in_c_and_the_batch_goes_on(tmp_path: Path) -> None:
    stuck = tmp_path / "stuck.txt"
    stuck.write_bytes(TXT.read_bytes())
    started = time.monotonic()
    status, out, err = _run("parse", str(TXT), str(stuck), str(HTML), "--timeout", "5", "--jobs", "2",
                            worker=stuck_in_c)
    assert time.monotonic() - started < 60
    assert status == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["source"]["name"] for line in lines] == [TXT.name, "stuck.txt", HTML.name]
    assert lines[1]["error"]["type"] == "parse_timeout"
    assert "error" not in lines[0] and "error" not in lines[2]
    errors = err.splitlines()
    assert errors[0] == f"legalparse: {stuck}: parsing took longer than the time limit of 5 s"
    assert errors[-1].startswith("legalparse: 2 parsed, 1 failed (1 timed out)")


def test_timeout_with_one_job_still_uses_a_worker(tmp_path: Path) -> None:
    stuck = tmp_path / "stuck.txt"
    stuck.write_bytes(b"x")
    status, out, err = _run("parse", str(stuck), str(TXT), "--timeout", "5", worker=stuck_in_c)
    assert status == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["error"]["type"] == "parse_timeout" and "error" not in second


def test_a_worker_that_dies_fails_only_its_document(tmp_path: Path) -> None:
    crash = tmp_path / "crash.txt"
    crash.write_bytes(TXT.read_bytes())
    killed = tmp_path / "killed.txt"
    killed.write_bytes(TXT.read_bytes())
    status, out, err = _run("parse", str(crash), str(TXT), str(killed), str(HTML), "--jobs", "2",
                            worker=crashes)
    assert status == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [("error" in line) for line in lines] == [True, False, True, False]
    assert lines[0]["error"]["type"] == "internal" and "exit status 3" in lines[0]["error"]["message"]
    assert lines[2]["error"]["type"] == "internal" and "signal 9" in lines[2]["error"]["message"]
    errors = err.splitlines()
    assert errors[0].startswith(f"legalparse: {crash}: internal error")
    assert errors[1].startswith(f"legalparse: {killed}: internal error")
    assert errors[-1].startswith("legalparse: 2 parsed, 2 failed")


def test_run_batch_api_in_process_and_in_workers() -> None:
    tasks = make_tasks([str(TXT), str(HTML)])
    here = list(run_batch(tasks, RenderOptions(format="jsonl")))
    there = list(run_batch(tasks, RenderOptions(format="jsonl"), jobs=2))
    assert [o.output for o in here] == [o.output for o in there]
    assert all(o.ok for o in here)
    with pytest.raises(ValueError):
        run_batch(tasks, jobs=0)
    with pytest.raises(ValueError):
        run_batch(tasks, timeout=0)


def test_standard_input_is_read_once_for_every_dash() -> None:
    calls = []

    def read() -> bytes:
        calls.append(1)
        return b"Some text."

    tasks = make_tasks(["-", "a.txt", "-"], stdin=read)
    assert calls == [1]
    assert [t.data for t in tasks] == [b"Some text.", None, b"Some text."]
    assert [t.name for t in tasks] == ["-", "a.txt", "-"]


# --- the progress bar ----------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Console(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_bar_line_counts_rate_and_eta() -> None:
    clock, console = FakeClock(), Console()
    bar = ProgressBar(4, console, clock=clock, width=8)
    assert bar.line() == "[........]  0/4    0%"
    clock.now += 2.0
    bar.advance()
    assert bar.line() == "[##......]  1/4   25%  0.5 doc/s  eta 0:06"
    clock.now += 2.0
    bar.advance(failed=True)
    assert bar.line() == "[####....]  2/4   50%  0.5 doc/s  eta 0:04  1 failed"


def test_bar_redraws_at_most_every_interval_and_clears_itself() -> None:
    clock, console = FakeClock(), Console()
    bar = ProgressBar(100, console, clock=clock, width=10, interval=0.5)
    bar.advance()          # first advance draws
    clock.now += 0.1
    bar.advance()          # too soon: no redraw
    assert console.getvalue().count("\r") == 1
    clock.now += 0.5
    bar.advance()
    assert console.getvalue().count("\r") == 2
    assert console.getvalue().endswith("\r[..........]  3/100    3%  5.0 doc/s  eta 0:19")
    bar.close()
    assert console.getvalue().endswith("\r" + " " * len(bar.line()) + "\r")


def test_cli_draws_the_bar_on_a_terminal_only() -> None:
    console = Console()
    out = io.StringIO()
    status = main(["parse", str(TXT), str(HTML)], stdout=out, stderr=console)
    assert status == 0
    assert "\r[" in console.getvalue() and "2/2  100%" in console.getvalue()
    assert console.getvalue().rstrip("\n").rsplit("\r", 1)[-1].startswith("legalparse: 2 parsed")
    assert "\r" not in out.getvalue()
    piped = io.StringIO()
    main(["parse", str(TXT), str(HTML)], stdout=io.StringIO(), stderr=piped)
    assert "\r" not in piped.getvalue()
    forced = io.StringIO()
    main(["parse", str(TXT), str(HTML), "--progress"], stdout=io.StringIO(), stderr=forced)
    assert "\r[" in forced.getvalue()
    quiet = Console()
    main(["parse", str(TXT), str(HTML), "--no-progress"], stdout=io.StringIO(), stderr=quiet)
    assert "\r" not in quiet.getvalue()


def test_bar_and_results_on_one_terminal_do_not_run_into_each_other() -> None:
    screen = Console()
    status = main(["parse", str(TXT), str(HTML), str(TXT)], stdout=screen, stderr=screen)
    assert status == 0
    lines = screen.getvalue().split("\n")
    # what a terminal shows of each line: the text after its last carriage return
    shown = [line.rsplit("\r", 1)[-1] for line in lines if line.strip(" \r")]
    assert [json.loads(line)["source"]["name"] for line in shown[:3]] == [TXT.name, HTML.name, TXT.name]
    assert shown[3].startswith("legalparse: 3 parsed, 0 failed")
    assert "\r[" in screen.getvalue()


def test_is_terminal_on_odd_streams() -> None:
    assert not is_terminal(io.StringIO())
    assert is_terminal(Console())

    class Closed(io.StringIO):
        def isatty(self) -> bool:
            raise ValueError("I/O operation on closed file")

    assert not is_terminal(Closed())


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_bar_on_a_real_pseudo_terminal() -> None:
    import legalparse

    controller, terminal = pty.openpty()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(legalparse.__file__).parent.parent), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    proc = subprocess.Popen(
        [sys.executable, "-m", "legalparse", "parse", str(TXT), str(HTML), str(TXT)],
        stdout=subprocess.PIPE, stderr=terminal, env=env,
    )
    os.close(terminal)
    seen = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    stdout, _ = proc.communicate(timeout=30)
    os.close(controller)
    assert proc.returncode == 0
    assert b"\r[" in seen and b"3/3  100%" in seen
    assert b"legalparse: 3 parsed, 0 failed" in seen
    assert len(stdout.splitlines()) == 3 and b"\r" not in stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses ps and /proc")
def test_sigterm_ends_the_workers_too(tmp_path: Path) -> None:
    import legalparse

    stuck = tmp_path / "stuck.txt"
    stuck.write_bytes(b"x")
    script = (
        "import sys, test_batch\n"
        "from legalparse._cli import main\n"
        f"sys.exit(main(['parse', {str(stuck)!r}, {str(TXT)!r}, '--jobs', '2'], worker=test_batch.stuck_in_c))\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).parent), str(Path(legalparse.__file__).parent.parent), env.get("PYTHONPATH", "")]
    ).rstrip(os.pathsep)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, start_new_session=True)
    try:
        # let the workers start and take their documents (one of them blocks in C)
        deadline = time.monotonic() + 60
        children: list[int] = []
        while time.monotonic() < deadline and len(children) < 2:
            time.sleep(0.5)
            children = _descendants(proc.pid)
        time.sleep(2)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 143
        assert b"legalparse: terminated" in err and b"Traceback" not in err
        time.sleep(1)
        alive = [pid for pid in _descendants_of_session(proc.pid) if _is_running(pid)]
        assert alive == []
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def _descendants(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    found = [int(p) for p in out.split()]
    return found + [d for child in found for d in _descendants(child)]


def _descendants_of_session(sid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "-s", str(sid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _is_running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
def test_a_timeout_also_ends_what_the_worker_started(tmp_path: Path) -> None:
    stuck = tmp_path / "stuck.txt"
    stuck.write_bytes(TXT.read_bytes())
    status, out, _err = _run("parse", str(stuck), str(TXT), "--timeout", "4", worker=starts_a_child_and_sticks)
    assert status == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["error"]["type"] == "parse_timeout" and "error" not in lines[1]
    child = int((tmp_path / "stuck.txt.child").read_text())
    deadline = time.monotonic() + 10
    while _is_running(child) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _is_running(child)
