"""Every document of the shared corpus reads cleanly (skipped where the corpus is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from legalparse._ingest import ingest
from legalparse._ingest._furniture import is_stamp

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DOCUMENTS = sorted(p for p in CORPUS.glob("*/*") if p.suffix in (".pdf", ".html", ".xml", ".txt")) if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not DOCUMENTS, reason="the shared corpus is not beside the checkout")

PAGE_OF = regex.compile(r"(?im)^\s*+(?:page\s++)?\d{1,4}\s++of\s++\d{1,4}\s*+$")
MARGIN_NUMBER = regex.compile(r"(?m)^(?:[1-9]|1\d|2[0-8])$")


@pytest.fixture(scope="module")
def documents() -> dict[str, object]:
    return {p.name: ingest(p.read_bytes(), source=p.name) for p in DOCUMENTS}


def test_every_corpus_document_reads(documents: dict[str, object]) -> None:
    assert len(documents) == len(DOCUMENTS) >= 130


def test_no_stamp_page_of_or_margin_number_lines_remain(documents: dict[str, object]) -> None:
    stamped = 0
    for name, doc in documents.items():
        if not any(is_stamp(line) for page in doc.pages for line in page.furniture):
            continue
        stamped += 1
        lines = doc.text.split("\n")
        assert not [ln for ln in lines if is_stamp(ln)], name
        assert not PAGE_OF.search(doc.text), name
        assert not MARGIN_NUMBER.search(doc.text), name
    assert stamped >= 35


def test_spans_and_pages_are_consistent(documents: dict[str, object]) -> None:
    for name, doc in documents.items():
        previous_end = 0
        for page in doc.pages:
            assert previous_end <= page.span.start <= page.span.end <= len(doc.text), name
            previous_end = page.span.end
        for note in doc.footnotes:
            assert doc.text[note.span.start : note.span.end] == note.text, name
            if doc.paged:
                assert doc.page_at(note.span.start) == note.page, name


def test_scanned_and_garbled_pages_are_reported_not_passed_on(documents: dict[str, object]) -> None:
    scan = documents["cadc_1997_ideal-electronic-security-v-intl-fidelity_scan-p1.pdf"]
    assert [w.code for w in scan.warnings] == ["scanned_page"] and scan.text == ""
    garbled = documents["nysd_2020_daniel-v-tm-protection_order-rule-60b_garbled-text.pdf"]
    assert {w.code for w in garbled.warnings} == {"garbled_text"}
    repaired = documents["cacd_2018_lust-v-animal-logic_redacted-order-re-summary-judgment_garbled-text.pdf"]
    assert {w.code for w in repaired.warnings} == {"garbled_text_repaired"}
    assert "UNITEDSTATESDISTRICTCOURT" in repaired.text.replace(" ", "")
