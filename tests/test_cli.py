"""``legalparse parse``: formats, inputs, exit codes and error lines (run in-process)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legalparse._cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "api"
PDF = FIXTURES / "cacd_2020_douglass-v-united-states_order-granting-sealing.pdf"
HTML = FIXTURES / "ny_2013_people-v-flowers_cap-casebody.html"
TXT = FIXTURES / "cod_2026_adams-v-matrix-providers_courtroom-minutes-msj-granted.txt"
XML = FIXTURES / "connsuperct_2003_fridge-v-hopkins-fridge_protective-order_columbia.xml"
DOCS = sorted(p for p in FIXTURES.iterdir() if p.is_file())


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    assert "Traceback" not in err.getvalue()
    return status, out.getvalue(), err.getvalue()


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    """Inputs that cannot be read, each for its own reason."""
    zero = tmp_path / "zero-bytes.pdf"
    zero.write_bytes(b"")
    png = tmp_path / "picture.pdf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02" + bytes(200))
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(PDF.read_bytes()[: PDF.stat().st_size // 3])
    return {"missing": tmp_path / "no-such-file.pdf", "zero": zero, "png": png, "truncated": truncated}


def test_one_file_gives_one_json_object() -> None:
    status, out, err = run("parse", str(TXT))
    assert status == 0 and err == ""
    result = json.loads(out)
    assert result["source"]["name"] == TXT.name and result["source"]["format"] == "text"
    assert "Motion for Summary" in result["text"]
    assert out.startswith("{\n  ")  # indented by default


def test_compact_json_is_one_line() -> None:
    status, out, _ = run("parse", str(TXT), "--compact")
    assert status == 0 and out.count("\n") == 1


def test_several_files_give_jsonl_in_input_order() -> None:
    order = [TXT, PDF, HTML, XML]
    status, out, err = run("parse", *map(str, order))
    assert status == 0
    names = [json.loads(line)["source"]["name"] for line in out.splitlines()]
    assert names == [p.name for p in order]
    assert err.startswith("legalparse: 4 parsed, 0 failed")


def test_a_directory_is_walked_in_sorted_order() -> None:
    status, out, _ = run("parse", str(FIXTURES))
    assert status == 0
    assert [json.loads(line)["source"]["name"] for line in out.splitlines()] == [p.name for p in DOCS]


def test_a_glob_is_expanded() -> None:
    status, out, _ = run("parse", str(FIXTURES / "*.pdf"), "--format", "jsonl")
    assert status == 0
    names = [json.loads(line)["source"]["name"] for line in out.splitlines()]
    assert names == sorted(p.name for p in DOCS if p.suffix == ".pdf")


def test_jsonl_for_one_file_is_one_line() -> None:
    status, out, _ = run("parse", str(HTML), "--format", "jsonl")
    assert status == 0 and out.count("\n") == 1 and json.loads(out)["source"]["format"] == "html"


def test_text_format_is_the_clean_text() -> None:
    import legalparse

    status, out, _ = run("parse", str(HTML), "--format", "text")
    assert status == 0
    assert out == legalparse.parse_file(HTML).text + "\n"


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    status, out, _ = run("parse", str(TXT), str(HTML), "-o", str(target))
    assert status == 0 and out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    status, _, err = run("parse", str(TXT), "-o", str(tmp_path / "no" / "such" / "dir" / "x.json"))
    assert status == 1 and err.count("\n") == 1 and "cannot write" in err


@pytest.mark.parametrize("kind", ["missing", "zero", "png", "truncated"])
def test_a_bad_input_is_one_line_and_exit_1(bad_inputs: dict[str, Path], kind: str) -> None:
    path = bad_inputs[kind]
    status, out, err = run("parse", str(path))
    assert status == 1
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"legalparse: {path}: ")
    assert len(lines[0]) > len(f"legalparse: {path}: ") + 5  # a reason is given


def test_bad_inputs_do_not_stop_the_batch(bad_inputs: dict[str, Path]) -> None:
    paths = [str(TXT), *(str(p) for p in bad_inputs.values()), str(HTML)]
    status, out, err = run("parse", *paths)
    assert status == 1
    objects = [json.loads(line) for line in out.splitlines()]
    assert len(objects) == len(paths)
    assert "error" not in objects[0] and "error" not in objects[-1]
    errors = objects[1:-1]
    assert [o["source"]["name"] for o in errors] == [p.name for p in bad_inputs.values()]
    kinds = {name: o["error"]["type"] for name, o in zip(bad_inputs, errors)}
    assert kinds["missing"] == "input_not_found"
    assert kinds["zero"] in ("not_a_document", "input")
    assert kinds["png"] == "not_a_document"
    assert kinds["truncated"] == "corrupt_document"
    assert all(o["error"]["message"] for o in errors)
    lines = err.splitlines()
    assert len(lines) == len(bad_inputs) + 1  # one per failure and the summary
    assert lines[-1].startswith("legalparse: 2 parsed, 4 failed")


@pytest.mark.parametrize("argv", [
    [],
    ["parse"],
    ["parse", str(TXT), "--format", "yaml"],
    ["parse", str(TXT), "--jobs", "0"],
    ["parse", str(TXT), "--jobs", "two"],
    ["parse", str(TXT), "--timeout", "-1"],
    ["parse", str(TXT), "--timeout", "nan"],
    ["parse", str(TXT), "--progress", "--no-progress"],
    ["frobnicate"],
], ids=["nothing", "no-files", "format", "jobs-0", "jobs-word", "timeout-negative", "timeout-nan",
        "progress-both", "command"])
def test_usage_errors_exit_2(argv: list[str]) -> None:
    status, out, err = run(*argv)
    assert status == 2
    assert out == ""
    assert "usage:" in err or "legalparse:" in err


def test_empty_directory_is_a_usage_error(tmp_path: Path) -> None:
    status, _, err = run("parse", str(tmp_path))
    assert status == 2 and err == "legalparse: no input files found\n"


def test_version_and_help_go_to_stdout() -> None:
    status, out, _ = run("--version")
    assert status == 0 and out.startswith("legalparse ")
    status, out, _ = run("parse", "--help")
    assert status == 0 and "--timeout" in out and "--jobs" in out


def test_schema_command_prints_the_schema() -> None:
    import legalparse

    status, out, _ = run("schema")
    assert status == 0 and json.loads(out) == legalparse.schema()


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    data = TXT.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, _ = run("parse", "-")
    assert status == 0
    result = json.loads(out)
    assert result["source"]["name"] == "-" and "GRANTED" in result["text"]


# --- as a user runs it ------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # Run the same package these tests import, wherever it is installed from.
    import legalparse

    package_root = str(Path(legalparse.__file__).parent.parent)
    env["PYTHONPATH"] = os.pathsep.join([package_root, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def test_python_m_legalparse_batch(bad_inputs: dict[str, Path]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "legalparse", "parse", str(TXT), str(bad_inputs["png"]), str(HTML),
         "--jobs", "2"],
        capture_output=True, text=True, env=_env(), timeout=120,
    )
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert len(lines) == 3 and json.loads(lines[1])["error"]["type"] == "not_a_document"
    errors = done.stderr.splitlines()
    assert errors[0] == f"legalparse: {bad_inputs['png']}: " + json.loads(lines[1])["error"]["message"]
    assert errors[-1].startswith("legalparse: 2 parsed, 1 failed")
    assert "Traceback" not in done.stderr and "\r" not in done.stderr  # no bar: stderr is a pipe


def test_python_m_legalparse_usage_error() -> None:
    done = subprocess.run([sys.executable, "-m", "legalparse", "parse", str(TXT), "--jobs", "-3"],
                          capture_output=True, text=True, env=_env(), timeout=60)
    assert done.returncode == 2 and done.stdout == "" and "--jobs" in done.stderr


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that takes any bytes")
def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"  # Latin-1 bytes in a name
    with open(raw, "wb") as fh:
        fh.write(TXT.read_bytes())
    missing = os.fsdecode(os.fsencode(str(tmp_path)) + b"/gon\xe9.pdf")
    out = io.BytesIO()
    text_out = io.TextIOWrapper(out, encoding="utf-8")  # strict, like a real stdout
    status = main(["parse", str(tmp_path), missing, "--format", "jsonl"], stdout=text_out,
                  stderr=io.StringIO())
    text_out.flush()
    assert status == 1
    first, second = (json.loads(line) for line in out.getvalue().decode("utf-8").splitlines())
    assert "GRANTED" in first["text"]
    assert second["error"]["type"] == "input_not_found"


_PREFIXES = [b"", b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", b"<html><body>", b"<?xml version='1.0'?><opinion>",
             b"\xef\xbb\xbf", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\xff\xfe"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(_PREFIXES), body=st.binary(max_size=300))
def test_any_bytes_give_a_result_or_one_error_line(tmp_path: Path, prefix: bytes, body: bytes) -> None:
    path = tmp_path / "input.pdf"
    path.write_bytes(prefix + body)
    status, out, err = run("parse", str(path), "--format", "jsonl")
    assert status in (0, 1)
    (line,) = out.splitlines()
    result = json.loads(line)
    if status == 0:
        assert err == "" and "error" not in result
    else:
        assert err.count("\n") == 1 and err.startswith(f"legalparse: {path}: ")
        assert result["error"]["type"] != "internal", result["error"]["message"]
