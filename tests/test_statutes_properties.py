"""Properties of the statute extractor that hold for any text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legalparse._statutes import find_statutes

# Pieces of real citations, so that generated text is full of near-misses, not only noise.
PIECES = [
    "26 U.S.C. ", "§ ", "§§ ", "6103", "(i)", "(2)", "(A)", " (West 2017)", ", ", " and ", " to ",
    "Id. ", "id. at ", "section ", "Sec. ", "Fed. R. Civ. P. ", "Rule ", "12(b)(6)", "N.C. Gen. Stat. ",
    "14-306.4", "C.F.R. ", "301.6231(a)(3)-1", " et seq.", " note", "Pub. L. No. ", "93-579", " Stat. ",
    "of title 42", " of the Internal Revenue Code", "U.S. Const. art. I, § 9, cl. 3", "v. ", "531 U.S. 98",
    "\n", "-\n", "\u2013", "(", ")", ". ", "G.L. c. 127, ", "730 ILCS ", "150/1", "Wis. Stat. ", "704.90(6)(a)7.",
]

citation_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40).map("".join)
anything = st.one_of(st.text(max_size=300), citation_like)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(anything)
def test_arbitrary_text_never_raises_and_spans_round_trip(text: str) -> None:
    for c in find_statutes(text):
        assert 0 <= c.span.start <= c.span.end <= len(text)
        assert text[c.span.start:c.span.end] == c.text
        assert c.code and c.section


@SETTINGS
@given(citation_like, st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_prepending_a_paragraph_only_shifts_spans(text: str, prefix: str) -> None:
    # A paragraph break isolates the cite from the prefix, as a new paragraph does in an opinion.
    prefix = prefix + "\n\n"
    before = find_statutes(text)
    after = find_statutes(prefix + text)
    shifted = [(c.span.start + len(prefix), c.span.end + len(prefix), c.canonical) for c in before]
    assert [(c.span.start, c.span.end, c.canonical) for c in after][-len(shifted) or len(after):] == shifted or \
        _only_context_differs(before, after, len(prefix))


def _only_context_differs(before: tuple, after: tuple, delta: int) -> bool:
    """A prefix may supply an antecedent or a declared code (that is context), never move a cite."""
    spans_before = {(c.span.start + delta, c.span.end + delta) for c in before}
    spans_after = {(c.span.start, c.span.end) for c in after if c.span.start >= delta}
    return spans_before <= spans_after or spans_after <= spans_before


@SETTINGS
@given(anything)
def test_deterministic(text: str) -> None:
    assert find_statutes(text) == find_statutes(text)


def test_prepending_plain_text_keeps_every_finding() -> None:
    text = "Tax records. 26 U.S.C. § 6103(a). One exception, § 6103(i)(2), applies. Id. § 6103(i)(2)."
    base = find_statutes(text)
    for prefix in ("", "x", "The Court writes.\n\n", "§\n\n", "1 2 3 (a) (b)\n\n"):
        moved = find_statutes(prefix + text)
        assert [(c.span.start - len(prefix), c.canonical, c.form) for c in moved] == \
            [(c.span.start, c.canonical, c.form) for c in base]
