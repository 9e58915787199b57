"""The holdings sentence splitter: legal abbreviations, headings, line breaks; spans slice back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legalparse._holdings._abbreviations import ABBREVIATIONS, LINE_FINAL
from legalparse._holdings._sentences import sentence_spans


def split(text: str) -> list[str]:
    return [s.slice(text) for s in sentence_spans(text)]


CASES = [
    pytest.param(
        "The Court concludes that the MOU does not violate 26 U.S.C. § 6103(i)(2). Plaintiffs argue otherwise.",
        ["The Court concludes that the MOU does not violate 26 U.S.C. § 6103(i)(2).", "Plaintiffs argue otherwise."],
        id="usc-mid-sentence",
    ),
    pytest.param(
        "See Smith v. Jones, 12 F.3d 4, 6 (2d Cir. 1994). We agree.",
        ["See Smith v. Jones, 12 F.3d 4, 6 (2d Cir. 1994).", "We agree."],
        id="case-cite-v-f3d-cir",
    ),
    pytest.param(
        "Id. at 678. The complaint fails.",
        ["Id. at 678.", "The complaint fails."],
        id="id-at",
    ),
    pytest.param(
        "Iqbal, 556 U.S. at 678. Id. The complaint fails.",
        ["Iqbal, 556 U.S. at 678.", "Id.", "The complaint fails."],
        id="bare-id-is-its-own-sentence",
    ),
    pytest.param(
        "Defendants move under Fed. R. Civ. P. 12(b)(6). The motion is denied.",
        ["Defendants move under Fed. R. Civ. P. 12(b)(6).", "The motion is denied."],
        id="federal-rule",
    ),
    pytest.param(
        "Courts have so held. See, e.g., Acme Inc. v. Bolt Corp., 1 F. Supp. 2 (D.N.J. 1990). We do too.",
        ["Courts have so held.", "See, e.g., Acme Inc. v. Bolt Corp., 1 F. Supp. 2 (D.N.J. 1990).", "We do too."],
        id="eg-inc-corp-supp",
    ),
    pytest.param(
        "The motion, Dkt. No. 12, is denied. No. 21-50498 is affirmed.",
        ["The motion, Dkt. No. 12, is denied.", "No. 21-50498 is affirmed."],
        id="dkt-no",
    ),
    pytest.param(
        "In Grutter v. Bollinger, 539 U. S. 306, the Court upheld the plan. We do not.",
        ["In Grutter v. Bollinger, 539 U. S. 306, the Court upheld the plan.", "We do not."],
        id="spaced-us-reporter",
    ),
    pytest.param(
        "the Cooks had standing to sue for violations of WIS. STAT. § 704.90 under the statute. We agree.",
        ["the Cooks had standing to sue for violations of WIS. STAT. § 704.90 under the statute.", "We agree."],
        id="capitals-wis-stat",
    ),
    pytest.param(
        "Does the MOU violate the Code? It does not.",
        ["Does the MOU violate the Code?", "It does not."],
        id="question-and-answer",
    ),
    pytest.param(
        "He said, “the plea was voluntary.” We agree.",
        ["He said, “the plea was voluntary.”", "We agree."],
        id="closing-quote",
    ),
    pytest.param(
        "II. DISCUSSION\nThe Court finds that no bond is required.",
        ["II. DISCUSSION", "The Court finds that no bond is required."],
        id="heading-line",
    ),
    pytest.param(
        "The Summary further provided:\nSupplemental Life. Approvals are guaranteed.",
        ["The Summary further provided:", "Supplemental Life.", "Approvals are guaranteed."],
        id="colon-before-block-quote",
    ),
    pytest.param(
        "Standard submitted its offer to the City, which included responses to a questionnaire and\nThe City accepted.",
        ["Standard submitted its offer to the City, which included responses to a questionnaire and\nThe City accepted."],
        id="long-wrapped-line-does-not-break",
    ),
    pytest.param(
        "She pleaded guilty in violation of § 565.253. There is no dispute.",
        ["She pleaded guilty in violation of § 565.253.", "There is no dispute."],
        id="section-number-ends-sentence",
    ),
    pytest.param(
        "See 303 S.E.2d 592, 63 N.C.App. 14. We agree.",
        ["See 303 S.E.2d 592, 63 N.C.App. 14.", "We agree."],
        id="reporters-with-inner-periods",
    ),
    pytest.param(
        "Mr. Bordelon guaranteed the loan. Therefore, we find that Mr. Bordelon was at risk.",
        ["Mr. Bordelon guaranteed the loan.", "Therefore, we find that Mr. Bordelon was at risk."],
        id="mr",
    ),
    pytest.param(
        "Instead, we conclude that Hensley articulates the correct analysis for the circuit court to employ in determining "
        "a reasonable attorney fee when there are successful and unsuccessful claims.\n\u00b6 99 The circuit court applied "
        "the correct standard.",
        ["Instead, we conclude that Hensley articulates the correct analysis for the circuit court to employ in determining "
         "a reasonable attorney fee when there are successful and unsuccessful claims.",
         "\u00b6 99 The circuit court applied the correct standard."],
        id="numbered-paragraph",
    ),
    pytest.param(
        "The claim is moot. Id. ¶ 12. We agree.",
        ["The claim is moot.", "Id. ¶ 12.", "We agree."],
        id="pin-cite-paragraph-is-not-a-new-sentence",
    ),
    pytest.param(  # DeGraff v. Burnett, 2007 VT 95
        "Rather it informed the direction of that distance.\n\u00b6 17. As to the allowable use of the easement, the court explained it.",
        ["Rather it informed the direction of that distance.",
         "\u00b6 17. As to the allowable use of the easement, the court explained it."],
        id="numbered-paragraph-with-a-period",
    ),
    pytest.param(  # State v. Lewis (Conn. Super. 2007): the judge's line heads the decision
        "RICHARD A. DAMIANI, J.\nAfter hearing, this court agrees with the State of Connecticut.",
        ["RICHARD A. DAMIANI, J.", "After hearing, this court agrees with the State of Connecticut."],
        id="signature-line-ends-at-its-line",
    ),
    pytest.param(  # Tarrant Regional Water Dist. v. Herrmann, slip op.
        "Tarrant’s Commerce Clause argument founders on this point.\n* * * The Red River Compact does not pre-empt "
        "Oklahoma’s water statutes.",
        ["Tarrant’s Commerce Clause argument founders on this point.",
         "The Red River Compact does not pre-empt Oklahoma’s water statutes."],
        id="section-stars-are-a-break",
    ),
    pytest.param(  # West v. United States (D.C. 2014): a part's numeral on its own line
        "We remand.\nV.\nAppellant asserts, the government concedes, and we agree that the convictions merge.",
        ["We remand.", "V.", "Appellant asserts, the government concedes, and we agree that the convictions merge."],
        id="part-numeral-line-is-its-own",
    ),
    pytest.param(  # an Ohio-style ellipsis inside a quotation is not a section break
        'R.C. 2953.21(A)(1) provides: "Any person who has been convicted * * * may file a petition." We hold it applies.',
        ['R.C. 2953.21(A)(1) provides: "Any person who has been convicted * * * may file a petition."',
         "We hold it applies."],
        id="stars-inside-a-quotation-are-an-ellipsis",
    ),
    pytest.param(
        "See State v. Smith, 2011 VT 5,\n\u00b6 12. The jury convicted him.",
        ["See State v. Smith, 2011 VT 5,\n\u00b6 12.", "The jury convicted him."],
        id="wrapped-pin-cite-paragraph-closes-its-citation",
    ),
    pytest.param(
        "The painting hangs in the Museum of Modern Art. We hold that the claim fails.",
        ["The painting hangs in the Museum of Modern Art.", "We hold that the claim fails."],
        id="art-ends-a-sentence-before-a-word",
    ),
    pytest.param(
        "UNITED STATES V.\nJOHN DOE, Defendant.",
        ["UNITED STATES V.\nJOHN DOE, Defendant."],
        id="caption-v-is-not-a-signature",
    ),
    pytest.param(  # a BVA decision: "VA." is Veterans Affairs, not Virginia in an all-capitals citation
        "The claim was received by VA. After careful review of the evidence, the Board finds it timely.",
        ["The claim was received by VA.", "After careful review of the evidence, the Board finds it timely."],
        id="capitals-abbreviation-ends-before-a-word",
    ),
    pytest.param(
        "See WIS. STAT. § 704.90(12). We agree.",
        ["See WIS. STAT. § 704.90(12).", "We agree."],
        id="capitals-citation-runs-on",
    ),
    pytest.param(
        "The motion is granted.\nConcluded Proceedings Involving Finjan\u2019s Patents Not Asserted in this Case\n"
        "Finjan argues that evidence regarding proceedings involving patents not asserted in this case is irrelevant.",
        ["The motion is granted.", "Concluded Proceedings Involving Finjan\u2019s Patents Not Asserted in this Case",
         "Finjan argues that evidence regarding proceedings involving patents not asserted in this case is irrelevant."],
        id="title-case-heading",
    ),
    pytest.param(
        "See Heikkila v. North Star Trucking, Inc., 474 Mich. 1080, 712 N.W.2d 153 (2006); Lewis v. St. John\n"
        "Hosp., 474 Mich. 1089 (2006).",
        ["See Heikkila v. North Star Trucking, Inc., 474 Mich. 1080, 712 N.W.2d 153 (2006); Lewis v. St. John\n"
         "Hosp., 474 Mich. 1089 (2006)."],
        id="wrapped-citation-is-not-a-heading",
    ),
    pytest.param(
        "Decided Sept. 7, 2010.\n\nSTROUD, Judge.",
        ["Decided Sept. 7, 2010.", "STROUD, Judge."],
        id="blank-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_splits(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("abbreviation", "example"), sorted(ABBREVIATIONS.items()), ids=sorted(ABBREVIATIONS))
def test_abbreviation_does_not_end_the_sentence(abbreviation: str, example: str) -> None:
    assert abbreviation in example
    assert split(example) == [example]


@pytest.mark.parametrize(("abbreviation", "example"), sorted(LINE_FINAL.items()), ids=sorted(LINE_FINAL))
def test_name_closing_abbreviation_ends_a_line(abbreviation: str, example: str) -> None:
    first, second = example.split("\n")
    assert first.endswith(abbreviation)
    assert split(example) == [first, second]


def test_range_of_text() -> None:
    text = "Preamble. We hold that it applies. Tail."
    start = text.index("We")
    spans = sentence_spans(text, start, text.index("Tail"))
    assert [s.slice(text) for s in spans] == ["We hold that it applies."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Id.v§?!\n“”\"')(12CU S*¶,AV")), max_size=200))
def test_spans_slice_back_in_order(text: str) -> None:
    spans = sentence_spans(text)
    last = 0
    for span in spans:
        piece = span.slice(text)
        assert piece and piece == piece.strip()
        assert span.start >= last
        last = span.end
    assert "".join(text.split()) == "".join("".join(s.slice(text).split()) for s in spans)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    for span in sentence_spans(text):
        assert 0 <= span.start < span.end <= len(text)
