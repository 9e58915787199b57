"""Properties: any text is read without raising, and every span slices back to its text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from legalparse._dispositions import find_dispositions, normalize_disposition
from legalparse._dispositions._extract import _mentions
from legalparse._document import Document

# Pieces of ruling language, so that generated texts reach the interesting paths.
PIECES = [
    "motion", "Motion", "motions", "application", "request", "petition", "to dismiss", "for summary judgment",
    "in limine", "to seal", "is", "are", "GRANTED", "DENIED", "granted in part", "denied as moot", "IN PART",
    "AFFIRMED.", "Reversed and remanded.", "The judgment", "is affirmed", "we reverse", "the Court GRANTS",
    "the Court DENIES", "IT IS HEREBY ORDERED that", "ORDERED:", "(ECF No. 12)", "[76]", "(Dkt. Nos. 169-170.)",
    "#101", "Plaintiff's", "Defendants’", "and", ",", ";", ":", ".", "(1)", "(a)", "\n", "\n\n", " ", "“", "”",
    '"', "ORDER GRANTING", "MOTION TO", "JUSTICE SMITH, dissenting.", "I would affirm", "if", "as to Count I",
    "without prejudice", "takes the motions under submission", "DEFERRED", "TERMINATED", "Writ Granted",
]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_any_text_reads_and_spans_slice_back(text):
    doc = Document(text=text, format="text")
    found = find_dispositions(doc)
    for d in found:
        assert 0 <= d.span.start <= d.span.end <= len(text)
        assert text[d.span.start : d.span.end] == d.text
        assert d.outcome
        assert d.subject in ("motion", "petition", "application", "appeal")
        assert (d.motion_type is None) == (d.subject == "appeal")


@settings(max_examples=200, deadline=None)
@given(texts)
def test_prepending_a_paragraph_shifts_every_ruling_read(text):
    prefix = "Preamble.\n\n"
    before = [(m.start, m.end, m.kind, m.outcome) for m in _mentions(text)]
    after = [(m.start - len(prefix), m.end - len(prefix), m.kind, m.outcome) for m in _mentions(prefix + text)]
    assert after == before


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_normalizer_takes_any_text(text):
    words = normalize_disposition(text)
    assert len(words) == len(set(words))
