"""Golden clean text of real court documents, one folder each under fixtures/ingest/.

Each folder holds ``source.*`` (a corpus document) and ``expected.txt``: the
clean text with a form feed between pages, then a line ``=== footnotes`` and
one line per footnote (``label<TAB>page<TAB>first 70 characters``).  The
expected files were written by the library and then read against the rendered
pages (see fixtures/ingest/README.md for what was checked); set
LEGALPARSE_UPDATE_GOLDENS=1 to rewrite them after a reviewed change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from legalparse._ingest import ingest

ROOT = Path(__file__).parent.parent / "fixtures" / "ingest"
CASES = sorted(p for p in ROOT.iterdir() if p.is_dir() and any(p.glob("source.*")))


def render(folder: Path) -> str:
    source = next(folder.glob("source.*"))
    doc = ingest(source.read_bytes(), source=source.name)
    pages = "\f".join(doc.text[p.span.start : p.span.end] for p in doc.pages)
    notes = "\n".join(f"{n.label}\t{n.page}\t{n.text[:70]}" for n in doc.footnotes)
    return f"{pages}\n=== footnotes\n{notes}\n"


@pytest.mark.parametrize("folder", CASES, ids=[p.name for p in CASES])
def test_clean_text_matches_golden(folder: Path) -> None:
    got = render(folder)
    expected_path = folder / "expected.txt"
    if os.environ.get("LEGALPARSE_UPDATE_GOLDENS") or not expected_path.exists():
        expected_path.write_text(got, encoding="utf-8")
        if not os.environ.get("LEGALPARSE_UPDATE_GOLDENS"):
            pytest.fail(f"wrote a new golden file {expected_path}; review it")
    assert got == expected_path.read_text(encoding="utf-8")


def test_there_are_golden_documents_of_every_kind() -> None:
    kinds = {next(p.glob("source.*")).suffix for p in CASES}
    assert {".pdf", ".html", ".xml", ".txt"} <= kinds
    assert len(CASES) >= 12
