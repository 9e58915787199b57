"""The package type-checks under ``mypy --strict`` (the ``typecheck`` extra)."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is in the typecheck extra")

ROOT = Path(__file__).resolve().parents[1]


def test_package_is_clean_under_mypy_strict(tmp_path: Path) -> None:
    stdout, stderr, status = mypy_api.run([
        "--config-file", str(ROOT / "pyproject.toml"),
        "--strict",
        "--cache-dir", str(tmp_path / "cache"),
        str(ROOT / "legalparse"),
    ])
    assert status == 0, stdout + stderr
    assert "Success" in stdout


def test_typed_constructors_reject_wrong_element_types(tmp_path: Path) -> None:
    """The records' sequence fields are typed by element, not as bare iterables."""
    sample = tmp_path / "use_records.py"
    sample.write_text(
        "import legalparse\n"
        "span = legalparse.Span(0, 1)\n"
        "ok = legalparse.Disposition(subject='x', motion_type='dismiss', outcome=['granted'],\n"
        "                            ecf=['12'], span=span, text='x')\n"
        "bad = legalparse.Holding(span=span, text='x', confidence=0.5, statutes=['1'])\n"
    )
    stdout, _stderr, status = mypy_api.run([
        "--strict", "--cache-dir", str(tmp_path / "cache"), "--no-error-summary", str(sample)])
    assert status == 1
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, stdout
    assert "use_records.py:5:" in errors[0] and 'expected "int"' in errors[0], stdout
