"""Vocabulary tables: every entry's example runs, and real disposition phrases normalize."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from legalparse._dispositions import disposition_subject, normalize_disposition
from legalparse._dispositions._ecf import ECF, numbers
from legalparse._dispositions._motions import MOTION_TYPES, classify
from legalparse._dispositions._outcomes import ABBREVIATIONS, TOKEN, VERBS

LABELS = Path(__file__).parent.parent / "fixtures" / "dispositions" / "juriscraper_dispositions_labels.tsv"


@pytest.mark.parametrize("verb,example", [(v, e) for v, _, e in VERBS], ids=[v for v, _, _ in VERBS])
def test_each_outcome_verb_has_a_working_example(verb, example):
    found = [next(k for k, x in m.groupdict().items() if x) for m in TOKEN.finditer(example)]
    assert verb in found


@pytest.mark.parametrize("pattern,words,example", ABBREVIATIONS, ids=[a for a, _, _ in ABBREVIATIONS])
def test_each_abbreviation_has_a_working_example(pattern, words, example):
    assert set(words) <= set(normalize_disposition(example))


@pytest.mark.parametrize(
    "kind,example", [(k, e) for k, _, e in MOTION_TYPES], ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MOTION_TYPES)]
)
def test_each_motion_type_has_a_working_example(kind, example):
    assert classify(example) == kind


@pytest.mark.parametrize(
    "text,expected",
    [
        ("(ECF No. 30)", ["30"]),
        ("(Dkt. Nos. 169-170.)", ["169", "170"]),
        ("[76] Defendant's Motion", ["76"]),
        ("MOTION #142.01 MOTION FOR SUMMARY JUDGMENT", ["142.01"]),
        ("(Doc. No. 200)", ["200"]),
        ("[256, 264]", ["256", "264"]),
        ("the 28 Motion for a Preliminary Injunction", ["28"]),
        ("(See ECF No. 24-3.)", ["24"]),
    ],
    ids=["ecf-no", "dkt-range", "bracket", "connecticut-hash", "doc-no", "bracket-list", "bare-before-motion", "attachment"],
)
def test_docket_numbers(text, expected):
    got = [n for m in ECF.finditer(text) for n in numbers(m)]
    assert got == expected


def _labels() -> list[tuple[str, tuple[str, ...], str]]:
    with LABELS.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [(r["string"], tuple(o for o in r["outcome"].split(",") if o), r["subject"]) for r in rows]


def test_labelled_court_dispositions_normalize():
    """324 distinct disposition strings published by 51 courts, each labelled by hand."""
    rows = _labels()
    assert len(rows) == 324
    exact = sum(normalize_disposition(s) == outs and (disposition_subject(s) or "") == subj for s, outs, subj in rows)
    assert exact / len(rows) >= 0.95, f"{exact}/{len(rows)} exact"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Affirmed in Part, Reversed in Part, and Remanded", ("affirmed_in_part", "reversed_in_part", "remanded")),
        ("Affrimed", ("affirmed",)),
        ("REVERSED AND REMANDED IN PART AND AFFIRMED IN PART", ("reversed_in_part", "remanded", "affirmed_in_part")),
        ("Writ Granted; Judgment Reversed.", ("granted", "reversed")),
        ("PETITION DENIED AND MOTION OVERRULED AS MOOT", ("denied", "denied_as_moot")),
        ("Upon Remand from the Supreme Court – trial court correctly refused to admit videotape", ()),
        ("Motion to Dismiss Denied; Judgment Affirmed", ("denied", "affirmed")),
        ("Original judgment reversed, amended judgment vacated, and case remanded for resentencing",
         ("reversed", "vacated", "remanded")),
        ("Affirmed. Hunter, J., concurring in part and dissenting in part.", ("affirmed",)),
        ("OPINION REVERSING AND REMANDING", ("reversed", "remanded")),
        ("Appeal Held in Abeyance and Limited Remand to Circuit Court", ("held_in_abeyance", "remanded")),
    ],
    ids=["affirm-reverse-remand", "misspelt", "in-part-reaches-back", "writ", "overruled-moot", "remand-noun",
         "to-dismiss", "amended-adjective", "separate-opinion-note", "title-gerunds", "abeyance"],
)
def test_normalize_examples(text, expected):
    assert normalize_disposition(text) == expected


def test_normalize_never_raises_on_odd_input():
    assert normalize_disposition("") == ()
    assert normalize_disposition(None) == ()  # type: ignore[arg-type]
