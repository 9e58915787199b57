"""Whole documents: the rulings each one makes, and none for documents that decide nothing.

Expected entries were read from the documents themselves (fixtures/dispositions/).
Each entry is (group, motion_type, sorted outcomes, a docket number that must be cited or None).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from legalparse._dispositions import find_dispositions
from legalparse._ingest import ingest

FIXTURES = Path(__file__).parent.parent / "fixtures" / "dispositions"
CORPUS = FIXTURES / "corpus"
CENTRO = FIXTURES / "centro"


def _rulings(path: Path) -> list[tuple[str, object, tuple[str, ...], tuple[str, ...]]]:
    doc = ingest(path.read_bytes(), source=path.name)
    found = find_dispositions(doc)
    for d in found:
        assert doc.text[d.span.start : d.span.end] == d.text
        assert d.page is None
    assert [d.span.start for d in found] == sorted(d.span.start for d in found)
    return [("appeal" if d.subject == "appeal" else "request", d.motion_type, tuple(sorted(d.outcome)), d.ecf)
            for d in found]


def _matches(found, expected) -> bool:
    left = list(found)
    for group, kind, outs, number in expected:
        hit = next((f for f in left if f[:3] == (group, kind, outs) and (number is None or number in f[3])), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


DOCUMENTS = {
    # The motivating case, in documents written to the shape of its public passages (LEADS.md).
    "centro/memorandum_opinion_pi_denied.txt": [("request", "preliminary_injunction", ("denied",), "28")],
    "centro/order_pi_denied.txt": [("request", "preliminary_injunction", ("denied",), "28")],
    "centro/minute_order_intervention_unsealing.txt": [
        ("request", "intervene", ("denied",), "40"),
        ("request", "seal", ("denied_in_part", "granted_in_part"), "33"),
    ],
    # Real documents from the corpus.
    "corpus/cod_2026_adams-v-matrix-providers_courtroom-minutes-msj-granted.txt": [
        ("request", "summary_judgment", ("granted",), "76"),
        ("request", "summary_judgment", ("granted",), "77"),
        ("request", "other", ("denied",), None),
        ("request", "other", ("denied",), None),
    ],
    "corpus/mich_2007_fieger-v-cox_cap-casebody.html": [
        ("request", "leave_to_appeal", ("denied",), None),
        ("request", "recusal", ("denied",), None),
    ],
    "corpus/sc_2011_state-v-hatcher_cap-casebody.html": [("appeal", None, ("reversed",), None)],
    "corpus/ca5_2022_st-pierre-v-standard-insurance.pdf": [("appeal", None, ("affirmed",), None)],
    "corpus/cacd_2019_marshall-v-northrop-grumman_order-denying-defendants-applications-to-seal.pdf": [
        ("request", "seal", ("denied",), "169"),
        ("request", "seal", ("denied",), "171"),
    ],
    "corpus/cacd_2019_marshall-v-northrop-grumman_order-denying-plaintiffs-application-to-seal.pdf": [
        ("request", "seal", ("denied_without_prejudice",), "188"),
    ],
    "corpus/cand_2020_finjan-v-cisco_order-on-motions-in-limine.pdf": [
        ("request", "in_limine", ("denied_in_part", "granted_in_part", "held_in_abeyance"), "527"),
        ("request", "in_limine", ("denied_in_part", "granted_in_part"), "528"),
        ("request", "in_limine", ("denied_in_part", "granted_in_part"), "529"),
        ("request", "in_limine", ("denied",), "531"),
        ("request", "in_limine", ("held_in_abeyance",), "534"),
        ("request", "in_limine", ("denied_in_part", "granted_in_part"), "535"),
        ("request", "in_limine", ("denied_in_part", "granted_in_part"), "536"),
        ("request", "in_limine", ("terminated",), "537"),
    ],
    "corpus/nysd_2021_sweigert-v-goodman_order-denying-judicial-notice-motions.pdf": [
        ("request", "other", ("denied",), n) for n in ("226", "228", "229", "237", "238", "247")
    ],
}

NEGATIVE = [
    "corpus/ca2_2017_nfl-management-council-v-nflpa_docketing-notice.pdf",
    "corpus/ca3_2017_mielo-v-steak-n-shake_clerk-letter.pdf",
    "corpus/ca8_2017_beavers-v-midland_designation-of-issues.pdf",
    "corpus/ca9_2020_zepeda-rivas-v-jennings_motion-to-stay.pdf",
    "corpus/cacd_2018_in-re-vizio_proposed-order-preliminary-approval-settlement.pdf",
]


@pytest.mark.parametrize("name,expected", DOCUMENTS.items(), ids=[Path(n).stem[:60] for n in DOCUMENTS])
def test_document_rulings(name, expected):
    found = _rulings(FIXTURES / name)
    assert _matches(found, expected), found


@pytest.mark.parametrize("name", NEGATIVE, ids=[Path(n).stem[:60] for n in NEGATIVE])
def test_documents_that_decide_nothing(name):
    assert _rulings(FIXTURES / name) == []


def test_minutes_taking_motions_under_submission_one_entry_per_docket_number():
    found = _rulings(CORPUS / "cacd_2019_gray-v-hudson_civil-minutes-mils-taken-under-submission.pdf")
    numbers = [f[3] for f in found]
    assert all(f[:3] == ("request", "in_limine", ("held_in_abeyance",)) for f in found)
    assert ("328",) in numbers and ("351",) in numbers
    assert len(numbers) == len(set(numbers)) >= 15


CORPUS_ROOT = Path(__file__).parent.parent.parent / "shared" / "corpus"
SHARED = Path("/work/shared/corpus") if Path("/work/shared/corpus").is_dir() else CORPUS_ROOT


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared corpus is not present")
def test_whole_corpus_never_raises_and_spans_hold():
    for path in sorted(p for p in SHARED.rglob("*") if p.is_file() and p.suffix in (".pdf", ".html", ".xml", ".txt")):
        if path.name == "LEADS.md":
            continue
        try:
            doc = ingest(path.read_bytes(), source=path.name)
        except Exception:
            continue  # unreadable input is ingest's business
        for d in find_dispositions(doc):
            assert doc.text[d.span.start : d.span.end] == d.text
            assert d.outcome
