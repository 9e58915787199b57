"""``parse(..., timeout=)``: the parse runs in a child process that is killed past the limit."""

from __future__ import annotations

import ctypes
import io
import time
from pathlib import Path

import pytest

import legalparse
from legalparse import _parse
from legalparse._batch import Outcome, RenderOptions, Task

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PDF = FIXTURES / "api" / "ca10_2021_in-re-liebowitz_show-cause-order.pdf"
TEXT = FIXTURES / "api" / "cod_2026_adams-v-matrix-providers_courtroom-minutes-msj-granted.txt"


# Workers for the child process: top-level functions, so a ``spawn`` or fork-server child imports them.
def stuck_in_c(task: Task, options: RenderOptions) -> Outcome:
    """Never returns in time: blocks inside a C call that no Python signal handler interrupts."""
    ctypes.CDLL(None).sleep(120)
    return Outcome(index=task.index, path=task.path, name=task.name)


def test_a_parse_past_its_time_limit_is_killed_and_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_parse, "_child_worker", stuck_in_c)
    started = time.monotonic()
    with pytest.raises(legalparse.ParseTimeoutError) as caught:
        legalparse.parse(PDF, timeout=1.0)
    assert time.monotonic() - started < 30  # the worker start counts, the 120 s sleep does not
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.source == str(PDF) and "1 s" in caught.value.message
    with pytest.raises(legalparse.ParseTimeoutError) as caught:
        _parse.parse_bytes(PDF.read_bytes(), timeout=0.5)
    assert caught.value.source == "<bytes>"


def test_a_parse_within_its_limit_equals_the_parse_in_process() -> None:
    child = legalparse.parse_file(PDF, timeout=120)
    here = legalparse.parse_file(PDF)
    assert child == here
    assert child.to_json() == here.to_json()
    assert child.source.name == PDF.name and child.statutes == here.statutes
    text = TEXT.read_text(encoding="utf-8")
    assert legalparse.parse(io.StringIO(text), timeout=120) == legalparse.parse_text(text)


def test_an_error_in_the_child_is_raised_as_itself() -> None:
    with pytest.raises(legalparse.NotADocumentError) as caught:
        _parse.parse_bytes(b"\x00\x01\x02\x03" * 50, name="blob.bin", timeout=120)
    assert caught.value.source == "blob.bin" and "not a PDF" in caught.value.message


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), float("inf")])
def test_a_limit_must_be_a_positive_number_of_seconds(bad: float) -> None:
    with pytest.raises(ValueError, match="timeout"):
        legalparse.parse(PDF, timeout=bad)
