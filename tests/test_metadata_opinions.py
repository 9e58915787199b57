"""Supreme Court slip opinions and preliminary prints split into their opinions.

Expected splits are read off each syllabus's closing line, e.g. Bowe v. United
States: "SOTOMAYOR, J., delivered the opinion of the Court ... JACKSON, J., filed
a concurring opinion. GORSUCH, J., filed a dissenting opinion ...".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from legalparse._ingest import ingest
from legalparse._metadata import find_metadata, find_opinions

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "metadata" / "scotus"
CORPUS = Path("/work/shared/corpus")

SLIPS = [
    ("scotus_2026_ellingburg-v-united-states_slip.pdf",
     [("syllabus", ()), ("lead", ("Kavanaugh",)), ("concurrence", ("Thomas",))]),
    ("scotus_2026_coney-island-auto-parts-v-burton_slip.pdf",
     [("syllabus", ()), ("lead", ("Alito",)), ("concurrence", ("Sotomayor",))]),
    ("scotus_2026_bowe-v-united-states_slip.pdf",
     [("syllabus", ()), ("lead", ("Sotomayor",)), ("concurrence", ("Jackson",)), ("dissent", ("Gorsuch",))]),
    ("scotus_2022_kemp-v-united-states_preliminary-print-596us528.pdf",
     [("syllabus", ()), ("lead", ("Thomas",)), ("concurrence", ("Sotomayor",)), ("dissent", ("Gorsuch",))]),
    ("scotus_2025_doe-v-dynamic-physical-therapy_preliminary-print-per-curiam.pdf",
     [("per_curiam", ())]),
    ("scotus_2013_fisher-v-university-of-texas_slip.txt",
     [("syllabus", ()), ("lead", ("Kennedy",)), ("concurrence", ("Scalia",)), ("concurrence", ("Thomas",)),
      ("dissent", ("Ginsburg",))]),
]
CORPUS_SLIPS = [
    ("pdf/scotus_2024_trump-v-united-states_slip.pdf",
     [("syllabus", ()), ("lead", ("Roberts",)), ("concurrence", ("Thomas",)), ("concurrence", ("Barrett",)),
      ("dissent", ("Sotomayor",)), ("dissent", ("Jackson",))]),
    ("pdf/scotus_2026_learning-resources-v-trump_slip.pdf",
     [("syllabus", ()), ("lead", ("Roberts",)), ("concurrence", ("Gorsuch",)), ("concurrence", ("Barrett",)),
      ("concurrence", ("Kagan",)), ("concurrence", ("Jackson",)), ("dissent", ("Thomas",)), ("dissent", ("Kavanaugh",))]),
    ("pdf/scotus_2013_tarrant-regional-water-v-herrmann_slip.pdf",
     [("syllabus", ()), ("lead", ("Sotomayor",))]),
]


def _check(path: Path, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    document = ingest(path.read_bytes(), source=path.name)
    parts = find_opinions(document)
    assert [(p.kind, p.authors) for p in parts] == expected
    for before, after in zip(parts, parts[1:]):
        assert before.span.end <= after.span.start
    assert all(0 <= p.span.start < p.span.end <= len(document.text) for p in parts)
    lead = [a for kind, authors in expected if kind == "lead" for a in authors]
    meta = find_metadata(document)
    assert list(meta.judges) == lead
    assert meta.court_id == "scotus"
    assert meta.document_type == ("per_curiam_opinion" if expected[0][0] == "per_curiam" else "opinion")


@pytest.mark.parametrize(("name", "expected"), SLIPS, ids=[s[0][:40] for s in SLIPS])
def test_slip_splits_into_its_opinions(name: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    _check(HERE / name, expected)


@pytest.mark.parametrize(("name", "expected"), CORPUS_SLIPS, ids=[s[0][4:44] for s in CORPUS_SLIPS])
def test_corpus_slip_splits_into_its_opinions(name: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip("the shared corpus is not present")
    _check(path, expected)


def test_lead_opinion_starts_at_its_opener() -> None:
    document = ingest((HERE / SLIPS[0][0]).read_bytes(), source=SLIPS[0][0])
    lead = next(p for p in find_opinions(document) if p.kind == "lead")
    block = document.text[lead.span.start : lead.span.start + 600]
    assert "JUSTICE KAVANAUGH delivered the opinion of the Court" in block


def test_circuit_opinions_whose_first_line_runs_on() -> None:
    # Calvary Chapel of Bangor v. Mills (1st Cir. 2020): each opinion's author line runs on into its text.
    from legalparse._document import Document

    text = (
        "Before Howard, Chief Judge, Selya and Barron, Circuit Judges.\n"
        "SELYA, Circuit Judge. This interlocutory appeal arises out of the chaotic early weeks of the pandemic.\n"
        "We dismiss the appeal for want of appellate jurisdiction.\n"
        "So Ordered.\n"
        "BARRON, Circuit Judge, concurring in part and concurring in the judgment. I agree that the denial "
        "of the temporary restraining order is not appealable.\n"
    )
    parts = find_opinions(Document(text=text, format="text"))
    assert [(p.kind, p.authors) for p in parts] == [("lead", ("Selya",)), ("concurrence", ("Barron",))]
    assert text[parts[0].span.start :].startswith("SELYA, Circuit Judge.")
