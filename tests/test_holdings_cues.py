"""Every cue and veto of the holding scorer fires on the sentence it ships with."""

from __future__ import annotations

import pytest

from legalparse._holdings._cues import COMPILED, COMPILED_VETOES, CUES, VETOES


@pytest.mark.parametrize(("cue", "compiled"), list(zip(CUES, COMPILED)), ids=[c.name for c in CUES])
def test_cue_fires_on_its_example(cue, compiled) -> None:
    name, pattern = compiled
    assert name == cue.name
    assert pattern.search(cue.example), cue.example


@pytest.mark.parametrize(("veto", "compiled"), list(zip(VETOES, COMPILED_VETOES)), ids=[v.name for v in VETOES])
def test_veto_fires_on_its_example(veto, compiled) -> None:
    assert compiled[1].search(veto.example), veto.example


def test_names_are_unique() -> None:
    names = [c.name for c in CUES] + [v.name for v in VETOES]
    assert len(names) == len(set(names))


CUE_MISSES = [
    # (cue, a real sentence it must not fire on, why)
    ("hold", "Under these circumstances, we believe that any holding that the NC DOT regulations adopted pursuant to "
             "N.C. Gen.Stat. § 136-18(10) supersede Wood must come from our Supreme Court.", "'holding' is a noun here"),
    ("hold", "In particular, it does not present a developed argument to show that its motion to dismiss the Cooks' "
             "claims for conversion and statutory theft was incorrectly denied if we hold that the Cooks were authorized "
             "to store their property in the leased space.", "a condition, not a ruling"),
    ("conclude", "Accordingly, the Court must determine whether each of the theories Finjan seeks to exclude were "
                 "properly disclosed in Cisco’s invalidity contentions.", "a question framed"),
    ("find", "The Court of Appeals held petitioner could challenge only whether the decision to reintroduce race "
             "as a factor in admissions was made in good faith.", "another court's words"),
    ("connective", "The district court thus dismissed the complaint.", "'thus' inside the sentence"),
    ("argument", "The court finds that there was no attorney-client relationship between BSI and the City.", "the court speaking"),
    ("other_court", "We conclude that Congress plainly did not intend to mandate a particular burden of proof for the "
                    "showing required in 25 U.S.C. § 1912(d).", "the court's own conclusion"),
    ("find", "If the court finds the ward in substantial compliance, it may dismiss the petition.", "a condition"),
    ("hold", "If this Court holds that the statute applies, the claim survives.", "a condition"),
    ("hold", "If we were to accept appellant's reading and hold that the statute applies, the result would be absurd.",
     "a condition"),
    ("hold", "Defendant asks that we overrule Smith and hold that the statute applies.", "a party's request"),
    ("outcome", "The claims were appropriately dismissed by the court below.", "'appropriately' is not 'appropriate'"),
]


CUE_HITS = [
    # (cue, a real sentence it must fire on by the branch named)
    ("outcome", "The amount that the respondents seek to recover in attorneys’ fees is facially unreasonable.",
     "an adverb before the outcome"),
    ("outcome", "In the case at hand, the court's remedial orders were justified and appropriately tailored.", "'were'"),
    ("hold", "We view the Restatement's position on this issue as contained in 552A to be persuasive and hold that "
             "contributory negligence constitutes a valid special defense.", "'and hold that' far from the subject"),
    ("conclude", "In the face of this history, we decline to strain the parenthetical reference in § 410(b)(4)(B).",
     "'decline' decides"),
]


@pytest.mark.parametrize(("name", "sentence", "why"), CUE_HITS, ids=[f"{n}-{w[:20]}" for n, _, w in CUE_HITS])
def test_cue_fires_by_its_branch(name: str, sentence: str, why: str) -> None:
    assert dict(COMPILED)[name].search(sentence), why


@pytest.mark.parametrize(("name", "sentence", "why"), CUE_MISSES, ids=[f"{n}-{w[:20]}" for n, _, w in CUE_MISSES])
def test_cue_does_not_fire_on_look_alike(name: str, sentence: str, why: str) -> None:
    pattern = dict(COMPILED)[name]
    assert not pattern.search(sentence), why


LOOK_ALIKES = [
    # (the veto that must catch it, a real sentence that reads like a holding but is not)
    ("party_argument", "St. Pierre contends that the district court erred by finding that the City could not act as an agent of Standard."),
    ("standard_of_review", "We review a district court's dismissal of a complaint for failure to state a claim de novo."),
    ("rule_statement", "Summary judgment is appropriate where there is no genuine dispute as to any material fact."),
    ("opens_with_quotation", "“A preliminary injunction is an extraordinary remedy never awarded as of right.”"),
    ("citation_sentence", "See Iqbal, 556 U.S. at 678."),
    ("other_court_said", "In Grutter, the Court held that the admissions program at issue there was narrowly tailored."),
    ("framing", "Accordingly, the Court must determine whether each of the theories Finjan seeks to exclude were properly disclosed."),
    ("left_undecided", "Assuming without deciding that the statute applies, the claim may still fail."),
    ("separate_voice", "I note that Justice Markman has properly decided not to participate in this case."),
    ("testimony", "[Q:] You went back four days later and picked Jason White's photograph out of a lineup; did you not?"),
    ("testimony", "Q. Did you see the defendant that night?"),
    ("left_undecided", "We decline to address appellant's remaining arguments."),
    ("left_undecided", "Therefore, this memorandum of decision only addresses the validity of a defense of contributory negligence."),
    ("framing", "Thus, the question before us is whether the filing of the Claim, by itself, was sufficient to commence a proceeding."),
    ("dated_history", "On February 21, 2020, the Court ordered Plaintiff to show cause why the claims should not be dismissed."),
    ("party_pronoun_argues", "Consequently, he concludes he did not lie to the State and that he was entitled to immunity."),
    # Finjan v. Cisco (N.D. Cal. 2020): a party's invalidity contention, quoted after the court's "Accordingly"
    ("party_argument", "Accordingly, Cisco explained, “[u]nder this overly broad interpretation of the Asserted Claims, each Asserted "
                       "Claim of the ’844 Patent is invalid for lack of written description and is not enabled.”"),
]


@pytest.mark.parametrize(("veto", "sentence"), LOOK_ALIKES, ids=[f"{v}-{s[:30]}" for v, s in LOOK_ALIKES])
def test_look_alikes_are_vetoed(veto: str, sentence: str) -> None:
    assert dict(COMPILED_VETOES)[veto].search(sentence)


DECIDING = [
    # real holdings: each passes the decision gate and no veto
    "We conclude that 25 U.S.C. § 1912(f) applies even though the child has been placed outside the parental home before the TPR proceeding is filed.",
    "The court finds that there was no attorney-client relationship between BSI and the City.",
    "Accordingly, she has failed to state a claim under the Texas Insurance Code or the DTPA.",
    "We conclude the trial judge did not abuse his discretion in finding a sufficient chain of custody existed to allow admission of the drug evidence.",
    "The Court concludes that the Court of Appeals did not hold the University to the demanding burden of strict scrutiny articulated in Grutter.",
    # and holdings worded without "we conclude"
    "Appellant asserts, the government concedes, and we agree that appellant's convictions for possession of PCP and "
    "possession of liquid PCP were both based on the same vial of PCP recovered during the search of his vehicle.",
    "Although we disagree with the judge's determination that mootness required the dismissal of the counterclaim, "
    "we nevertheless find the dismissal to have been properly entered, as defendant lacked standing.",
    "We think the entire Act was intended to apply to the Postal Service.",
    "In the case at hand, the court's remedial orders were justified and appropriately tailored to the violations.",
    "This court lacks the subject matter jurisdiction to entertain this pro se motion to correct an \"illegal disposition.\"",
    "Plaintiff has met his burden to warrant sealing his motion for reconsideration and supporting documents.",
    "Therefore, the Court will apply California law to the resolution of this privilege dispute.",
    "A. Plaintiff lacks standing to pursue injunctive relief.",  # a lettered part, not a transcript's answer
    "Because the order does not address plaintiff's retaliation claim, we vacate and remand for the court to rule on it.",
    "Appellant contends that the search violated 42 U.S.C. § 1983, and we agree that it did.",
    "We view the Restatement's position on this issue as contained in 552A to be persuasive and hold that "
    "contributory negligence constitutes a valid special defense to a negligent misrepresentation claim.",
    "The amount that the respondents seek to recover in attorneys’ fees—well over $1 million—is facially "
    "unreasonable and will be reduced substantially.",
    "Counsel was previously awarded $5,500 in fees pursuant to the EAJA; as such, the § 406(b) award will be offset by $5,500.",
]


@pytest.mark.parametrize("sentence", DECIDING, ids=[s[:40] for s in DECIDING])
def test_holdings_are_weighed_and_not_vetoed(sentence: str) -> None:
    from legalparse._holdings._cues import ANY_DECISION, ANY_VETO

    assert ANY_DECISION.search(sentence)
    assert not ANY_VETO.search(sentence)
