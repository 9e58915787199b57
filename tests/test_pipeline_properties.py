"""Properties of the whole parse on arbitrary and real-looking text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import legalparse

LEGAL_BITS = st.sampled_from([
    "26 U.S.C. § 6103(i)(2)", "Id. § 7213", "The motion to dismiss (ECF No. 30) is GRANTED.",
    "IT IS HEREBY ORDERED", "§§ 552a(b), 706", "\f", "\n", " ", "(", ")", "§", "¶", "v.", "AFFIRMED.",
    "The Court concludes that the MOU does not violate § 6103.", "Case 1:25-cv-00677-DLF Document 33",
    "—", "“", "”", "Fed. R. Civ. P. 12(b)(6)", "1.", "I.", "A.", "*", "\u00ad", "\ufb01", "\x00",
])
TEXT = st.lists(st.one_of(LEGAL_BITS, st.text(max_size=20)), max_size=40).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans_of(op: legalparse.Opinion) -> list[tuple[str, legalparse.Span, str]]:
    found = []
    for group in (op.statutes, op.dispositions, op.holdings, op.sections):
        for item in group:
            found.append((type(item).__name__, item.span, getattr(item, "text", None)))
    for note in op.footnotes:
        found.append(("Footnote", note.span, note.text))
    return found


@SETTINGS
@given(TEXT)
def test_parse_text_never_raises_and_spans_slice_back(text: str) -> None:
    try:
        op = legalparse.parse_text(text)
    except legalparse.LegalparseError:
        return
    for kind, span, item_text in spans_of(op):
        assert 0 <= span.start <= span.end <= len(op.text), kind
        if item_text is not None:
            assert op.text[span.start : span.end] == item_text, kind


@SETTINGS
@given(TEXT)
def test_every_offset_maps_to_a_page(text: str) -> None:
    op = legalparse.parse_text(text + "\f" + text)
    for offset in range(0, len(op.text) + 1, max(1, len(op.text) // 25)):
        page = op.page_at(offset)
        assert page is not None and 1 <= page <= len(op.pages)
        if offset < len(op.text) and op.text[offset] != "\n":
            span = op.pages[page - 1].span
            assert span.start <= offset <= span.end


@SETTINGS
@given(TEXT)
def test_parsing_is_deterministic(text: str) -> None:
    assert legalparse.parse_text(text).to_json() == legalparse.parse_text(text).to_json()


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_a_result_or_a_legalparse_error(data: bytes) -> None:
    try:
        op = legalparse.parse(data)
    except legalparse.LegalparseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(op.text, str)
