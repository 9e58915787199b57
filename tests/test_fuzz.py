"""Fuzzing in the suite: every saved regression input replayed, and a short run of each harness.

The replay needs nothing but legalparse: each file of ``fixtures/fuzz/regressions``
must give a result or one ``LegalparseError`` within a time and memory bound,
in a process of its own so a hang or a crash fails the test instead of the suite.
The short runs need atheris and are skipped without it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REGRESSIONS = ROOT / "fixtures" / "fuzz" / "regressions"
XFAIL = REGRESSIONS / "xfail.tsv"
EXPECT = REGRESSIONS / "expect.tsv"
FUZZ = ROOT / "tools" / "fuzz"

# Time and memory one regression input may take (the inputs are all small).
SECONDS = 30
PEAK_MB = 1024

_REPLAY = """
import json, resource, sys, time
import legalparse
for path in sys.argv[1:]:
    print(json.dumps({"start": path}), flush=True)
    data = open(path, "rb").read()
    start = time.monotonic()
    try:
        op = legalparse.parse(data)
        out = {"result": "ok", "chars": len(op.text)}
    except legalparse.LegalparseError as exc:
        out = {"result": "error", "kind": exc.kind, "message": str(exc)}
    except BaseException as exc:
        out = {"result": "exception", "message": f"{type(exc).__name__}: {exc}"}
    out["path"] = path
    out["seconds"] = time.monotonic() - start
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out), flush=True)
"""


def _fixture_files() -> list[Path]:
    return sorted(p for p in REGRESSIONS.iterdir() if p.is_file() and p.suffix not in (".tsv", ".md"))


@pytest.fixture(scope="module")
def replayed() -> dict[str, dict[str, object]]:
    """Every regression input parsed in one separate process: ``file name -> outcome``.

    A hang stops that process at the time bound; the input it was on is reported
    as a timeout and the inputs after it as not run.
    """
    files = _fixture_files()
    limit = SECONDS * 2 + 2 * len(files)
    try:
        proc = subprocess.run([sys.executable, "-c", _REPLAY, *map(str, files)], capture_output=True,
                              text=True, timeout=limit, cwd=ROOT)
        stdout, stderr, code = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout or b""
        stdout = out.decode() if isinstance(out, bytes) else out
        stderr, code = "", None
    results: dict[str, dict[str, object]] = {}
    current = None
    for line in stdout.splitlines():
        row = json.loads(line)
        if "start" in row:
            current = Path(row["start"]).name
            results[current] = {"result": "timeout" if code is None else "crashed", "stderr": stderr[-3000:]}
        else:
            results[Path(row["path"]).name] = row
    return results


def _known_failures() -> dict[str, str]:
    """``file name -> reason`` for regressions whose fix is still to come (a strict xfail each)."""
    if not XFAIL.exists():
        return {}
    out = {}
    for line in XFAIL.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition("\t")
            out[name.strip()] = reason.strip()
    return out


def _regression_files() -> list[object]:
    known = _known_failures()
    params = []
    for path in _fixture_files():
        marks = [pytest.mark.xfail(strict=True, reason=known[path.name])] if path.name in known else []
        params.append(pytest.param(path, id=path.name, marks=marks))
    return params


def _expectations() -> list[tuple[str, str, str]]:
    """``(file name, format, text the result must hold)`` for regressions that once lost text."""
    rows = []
    for line in EXPECT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, fmt, text = line.split("\t")
            rows.append((name, fmt, text))
    return rows


def test_every_listed_regression_names_a_fixture() -> None:
    names = {p.name for p in REGRESSIONS.iterdir()}
    assert set(_known_failures()) <= names
    assert {name for name, _, _ in _expectations()} <= names


@pytest.mark.parametrize("name,fmt,text", _expectations(), ids=[row[0] for row in _expectations()])
def test_regression_input_keeps_its_text(name: str, fmt: str, text: str) -> None:
    import legalparse

    op = legalparse.parse((REGRESSIONS / name).read_bytes())
    assert op.source.format == fmt
    assert text in op.text, op.text[:500]
    assert "<" not in op.text


@pytest.mark.parametrize("path", _regression_files())
def test_regression_input_ends_with_a_result_or_an_error(path: Path, replayed: dict[str, dict[str, object]]) -> None:
    assert path.stat().st_size < 256 * 1024, "regression fixtures stay small; build big inputs in the test"
    out = replayed.get(path.name, {"result": "not run"})
    assert out["result"] in ("ok", "error"), out
    assert float(out["seconds"]) < SECONDS, out
    assert float(out["peak_mb"]) < PEAK_MB, out
    if out["result"] == "error":
        message = str(out["message"])
        assert message and "\n" not in message, out


HARNESSES = ["fuzz_pdf.py", "fuzz_markup.py", "fuzz_text.py"]


@pytest.mark.parametrize("harness", HARNESSES)
def test_short_fuzz_run_finds_nothing(harness: str, tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    name = harness.removeprefix("fuzz_").removesuffix(".py")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    runs = 1000
    cmd = [sys.executable, str(FUZZ / harness), f"-runs={runs}", "-max_total_time=6", "-seed=1",
           "-timeout=10", "-rss_limit_mb=2048", "-max_len=65536", f"-artifact_prefix={tmp_path}{os.sep}",
           str(corpus), str(FUZZ / "seeds" / name)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90, cwd=ROOT)
    log = proc.stderr
    crashes = [p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-", "leak-"))]
    assert proc.returncode == 0 and not crashes, f"{harness} found {crashes}:\n{log[-4000:]}"
    assert "Done " in log, log[-2000:]
