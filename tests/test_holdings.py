"""Holdings: real holding sentences are reported, their look-alikes are not; scope; documents."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from legalparse._document import Document, Footnote
from legalparse._holdings import find_holdings
from legalparse._holdings._scope import body_spans, lead_spans, stitched_sentences
from legalparse._span import Span
from legalparse._statutes import find_statutes

TRAIN = Path(__file__).parent.parent / "fixtures" / "holdings" / "train"

# A neutral sentence of background so that each case reads as a (tiny) opinion.
BACKGROUND = "The facts are not in dispute and the parties have fully briefed the issues."

HOLDINGS = [
    pytest.param("We conclude that 25 U.S.C. § 1912(f) applies even though the child has been placed outside the parental home before the TPR proceeding is filed.", id="we-conclude-statute"),
    pytest.param("The court finds that there was no attorney-client relationship between BSI and the City.", id="court-finds"),
    pytest.param("Accordingly, she has failed to state a claim under the Texas Insurance Code or the DTPA.", id="accordingly-failed-to-state"),
    pytest.param("Thus, her breach of contract claim also fails.", id="thus-claim-fails"),
    pytest.param("We conclude the trial judge did not abuse his discretion in finding a sufficient chain of custody existed to allow admission of the drug evidence.", id="no-abuse-of-discretion"),
    pytest.param("The court concludes the documents do reflect trade secrets.", id="court-concludes"),
    pytest.param("But we see no reason to limit Rule 60(b)(1) to “obvious” legal mistakes, as the Government proposes.", id="we-see-no-reason"),
    pytest.param("Accordingly, we are persuaded that Mr. Bordelon was personally liable, not protected against loss, and ultimately at risk under the Many Loan during 2008.", id="we-are-persuaded"),
    pytest.param("Therefore, this Court will not dismiss Plaintiff’s official capacity claims against the Moving Defendants for prospective injunctive relief.", id="court-will-not-dismiss"),
    pytest.param("The Court has reviewed Cisco’s invalidity contentions and is satisfied that Cisco’s invalidly theories under 35 U.S.C. § 101 were sufficiently disclosed.", id="satisfied-after-review"),
    pytest.param("Further, the motion is predicated on the erroneous notion that disqualification of a Justice of the Michigan Supreme Court is governed by the disqualification procedure set forth in MCR 2.003.", id="erroneous-notion"),
    pytest.param("In sum, nothing in the text, structure, or history of Rule 60(b) persuades us to narrowly interpret the otherwise broad term “mistake” to exclude judicial errors of law.", id="nothing-persuades-us"),
    pytest.param("ORDERED: Claim three is dismissed for failure to exhaust administration remedies as to Defendant Matrix Providers Inc.", id="ordered-with-reason"),
]

LOOK_ALIKES = [
    pytest.param("Plaintiffs argue that the MOU violates section 6103 because it permits disclosure of return information.", id="party-argument"),
    pytest.param("St. Pierre contends that the district court erred by finding that the City could not act as a common-law agent of Appellees.", id="party-contends"),
    pytest.param("So, in Kemp's view, his motion challenging the District Court's timeliness ruling was cognizable under Rule 60(b)(6).", id="party-view"),
    pytest.param("We review a district court’s dismissal of a complaint for failure to state a claim de novo.", id="standard-of-review"),
    pytest.param("Summary judgment is appropriate where there is no genuine dispute as to any material fact and the movant is entitled to judgment as a matter of law.", id="rule-statement"),
    pytest.param("“A preliminary injunction is an extraordinary remedy never awarded as of right.”", id="quoted-rule"),
    pytest.param("In Grutter, the Court held that the University of Michigan Law School’s admissions program was narrowly tailored.", id="other-case-held"),
    pytest.param("See Iqbal, 556 U.S. at 678.", id="citation-sentence"),
    pytest.param("The district court issued a judgment in favor of Appellees and dismissed St. Pierre’s suit.", id="case-history"),
    pytest.param("The motion to unseal is GRANTED.", id="bare-decretal-line"),
    pytest.param("For the reasons stated on the record at the Conference and discussed above, the Court orders as follows:", id="decretal-lead-in"),
    pytest.param("Accordingly, the Court must determine whether each of the theories Finjan seeks to exclude were properly disclosed.", id="question-framed"),
    pytest.param("Assuming without deciding that the statute applies, the claim would still fail.", id="assuming-without-deciding"),
    pytest.param("I note that Justice Markman has properly decided not to participate in this case.", id="separate-voice"),
    pytest.param("Thus, defendant Duke Energy's first argument is that the regulations as alleged by plaintiff do not apply to the subject utility pole.", id="argument-is-that"),
    pytest.param("In denying a motion to disqualify, the court in Moss v.Coughlin, supra, found that the issues involved in pursuing a negligence action were not so patently clear.", id="court-in-case-found"),
    pytest.param("It then concluded that St. Pierre failed to state any viable claims against Appellees under the Texas Insurance Code or the DTPA.", id="it-concluded"),
    pytest.param("The Joint Status Report must be filed no later than Wednesday, June 5, 2019.", id="filing-directive"),
    pytest.param("Presently pending is Moving Defendants Steve Johnson, Sean Patterson, and Amy Emrich’s motion to dismiss Plaintiff’s complaint.", id="pending-motion"),
    pytest.param("In addition, when a defendant does not make the required restitution payments, the court may modify the terms of his supervised release or probation.", id="conditional-rule"),
    pytest.param("Under § 1997e(e), however, in order to bring a claim for mental or emotional injury suffered while in custody, a prisoner must allege physical injury.", id="in-order-to-rule"),
    pytest.param("Our ruling today does not mean that a restitution statute can never be civil.", id="ruling-does-not-mean"),
    pytest.param("As noted above, the parties do not challenge, and the Court therefore does not consider, the correctness of that determination.", id="court-does-not-consider"),
    pytest.param("We frst explain why Rule 60(b)(1) covers all mistakes of law made by a judge, and then address why the Government's and Kemp's contrary interpretations of “mistake” do not persuade us.", id="roadmap"),
    pytest.param("The Commissioner disagrees, arguing that Mr. Bordelon’s basis did not increase in 2011.", id="party-disagrees"),
]


def texts(text: str) -> list[str]:
    return [h.text for h in find_holdings(Document(text=text, format="text"))]


@pytest.mark.parametrize("sentence", HOLDINGS)
def test_holding_is_reported(sentence: str) -> None:
    assert sentence in texts(f"{BACKGROUND} {sentence}")


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_look_alike_is_not_reported(sentence: str) -> None:
    holding = "We conclude the trial judge did not abuse his discretion in admitting the drug evidence."
    found = texts(f"{BACKGROUND}\n{sentence}\n{holding}")
    assert sentence not in found
    assert holding in found


def test_question_and_short_answer_are_one_holding() -> None:
    text = f"{BACKGROUND} Does the MOU violate the Code? It does not. The parties may confer."
    assert "Does the MOU violate the Code? It does not." in texts(text)


def test_question_followed_by_its_source_is_not_answered() -> None:
    # Bordelon v. Commissioner (T.C. Memo. 2020-26): the question is a test, the citation its source.
    question = (
        "We ask: If there are no funds to repay the debt and all of the assets of the activity or business are "
        "worthless, to whom would the creditor look for repayment?"
    )
    from legalparse._holdings._features import candidates
    from legalparse._holdings._sentences import sentence_spans

    text = f"{BACKGROUND} {question} See id."
    (candidate,) = [c for c in candidates(text, sentence_spans(text)) if "We ask" in c.span.slice(text)]
    assert candidate.span.slice(text) == question
    assert candidate.features["answered_question"] == 0.0


SLIP = """Syllabus
Held: Restitution under the MVRA is plainly criminal punishment for purposes of the Ex Post Facto Clause.
KAVANAUGH, J., delivered the opinion for a unanimous Court.
JUSTICE KAVANAUGH delivered the opinion of the Court.
The Government argues that restitution is civil. We conclude that restitution under the MVRA is criminal punishment.
JUSTICE THOMAS, with whom JUSTICE GORSUCH joins, concurring.
Accordingly, I would hold that the Clauses reach every retroactive punishment, and we conclude that history supports it.
"""


def test_syllabus_and_separate_opinions_are_out_of_scope() -> None:
    found = texts(SLIP)
    assert found == ["We conclude that restitution under the MVRA is criminal punishment."]
    (span,) = lead_spans(Document(text=SLIP, format="text"))
    assert SLIP[span.start :].startswith("KAVANAUGH, J., delivered")
    assert SLIP[span.end :].startswith("JUSTICE THOMAS")


def test_opinion_parts_from_the_structure_reader_are_used() -> None:
    class Part:
        def __init__(self, kind: str, span: Span) -> None:
            self.kind, self.span = kind, span

    text = "Lead text. Dissent text."
    parts = [Part("lead", Span(0, 10)), Part("dissent", Span(11, 24))]
    assert lead_spans(Document(text=text, format="text"), parts) == (Span(0, 10),)


def test_statements_inside_a_lead_part_are_cut_off() -> None:
    # Fieger v. Cox (Mich. 2007): the order and the Justices' statements come as one part.
    class Part:
        def __init__(self, kind: str, span: Span) -> None:
            self.kind, self.span = kind, span

    text = (
        "The pending motion asserts no new basis for recusal.\n"
        "MICHAEL F. CAVANAGH, J., states as follows:\n"
        "This method is insufficient and inadequate to meet the due process rights of parties and their counsel.\n"
    )
    (span,) = lead_spans(Document(text=text, format="text"), [Part("lead", Span(0, len(text)))])
    assert text[span.start : span.end].rstrip().endswith("recusal.")


def test_footnotes_are_cut_out() -> None:
    text = "We conclude that the\n1 See id. at 5.\nclaim fails."
    note = Footnote(label="1", span=Span(21, 36), text=text[21:36])
    assert text[21:36] == "1 See id. at 5."
    assert body_spans((Span(0, len(text)),), (note,)) == (Span(0, 21), Span(36, len(text)))


def stitch(text: str, note_from: str, note_to: str) -> tuple[list[Span], dict[int, str]]:
    """``stitched_sentences`` of ``text`` with one footnote from ``note_from`` up to ``note_to`` cut out."""
    start, end = text.index(note_from), text.index(note_to)
    note = Footnote(label="", span=Span(start, end), text=text[start:end])
    return stitched_sentences(text, body_spans((Span(0, len(text)),), (note,)))


def test_sentence_broken_by_footnotes_is_joined() -> None:
    # St. Pierre v. Standard Insurance (5th Cir. 2022): a page's footnote stands between the halves.
    text = (
        "She cites no common law to support this contention, however, because there is no such law. Thus, the\n"
        "2 St. Pierre submits various pre-Insurance Code cases.\n"
        "district court properly concluded that the City did not act as an agent for Appellees under common law.\n"
    )
    spans, reading = stitch(text, "2 St.", "district")
    joined = spans[-1]
    assert joined.start == text.index("Thus") and text[joined.end - 4 : joined.end] == "law."
    assert reading[len(spans) - 1] == (
        "Thus, the district court properly concluded that the City did not act as an agent for Appellees under common law."
    )


def test_sentence_running_on_to_the_next_page_is_read_without_its_page_marker() -> None:
    # Bordelon v. Commissioner (T.C. Memo. 2020-26): footnote 13 ends a page; the sentence goes on after "[*31]".
    text = (
        "Thus, we are persuaded that when Mr. Bordelon guaranteed the loan in 2011, it became a recourse obligation to\n"
        "Mr. Bordelon and increased his basis in Kilgore LLC by\n13\n"
        "13 The Commissioner argued that Mr. Bordelon failed to show that the loan was outstanding in 2011.\n"
        "[*31] $550,000, which then allowed him to deduct the same amount in Kilgore LLC losses carried forward from 2008.\n"
    )
    spans, reading = stitch(text, "13 The", "[*31]")
    assert len(spans) == 1 and spans[0].start == 0
    assert " ".join(reading[0].split()) == (
        "Thus, we are persuaded that when Mr. Bordelon guaranteed the loan in 2011, it became a recourse obligation to"
        " Mr. Bordelon and increased his basis in Kilgore LLC by $550,000, which then allowed him to deduct the same"
        " amount in Kilgore LLC losses carried forward from 2008."
    )


def test_a_page_marker_before_a_new_sentence_does_not_join_it() -> None:
    text = (
        "The Commissioner disagrees, and the question is close. Thus, we are persuaded\n"
        "13 The Commissioner argued otherwise.\n"
        "[*31] The Bordelons are entitled to the deductions.\n"
    )
    spans, reading = stitch(text, "13 The", "[*31]")
    assert reading == {}
    assert spans[-1].slice(text).startswith("[*31] The Bordelons")


def test_a_sentence_stating_the_syllabus_point_echoes_it() -> None:
    # Ellingburg v. United States (2026): the syllabus's "Held:" and the opinion's own words for it.
    from legalparse._holdings._features import echoes, syllabus_points

    document, _ = load("scotus_2026_ellingburg-v-united-states_slip")
    points = syllabus_points(document.text)
    assert points and {"restitution", "criminal", "punishment", "mvra"} <= points[0]

    def words(sentence: str) -> frozenset[str]:
        return frozenset(w.lower() for w in regex.findall(r"[\p{L}\d\u00a7]++", sentence))

    assert echoes(words("When viewed as a whole, then, the MVRA makes abundantly clear that restitution is criminal punishment."), points)
    assert not echoes(words("At the sentencing proceeding where restitution is ordered, the Government, not the victim, "
                            "is the party adverse to the defendant."), points)
    # Tarrant Regional Water Dist. v. Herrmann (2013): the syllabus numbers two points; a short point is not
    # echoed by a sentence naming its subject
    tarrant = (TRAIN.parent / "test" / "scotus_2013_tarrant-regional-water-v-herrmann_slip.txt").read_text(encoding="utf-8")
    first, second = syllabus_points(tarrant)
    assert {"compact", "oklahoma", "water", "statutes"} <= first and {"commerce", "clause", "afoul"} <= second
    assert echoes(words("Nor do Oklahoma\u2019s laws run afoul of the Commerce Clause."), (first, second))
    (short,) = syllabus_points("Held:\n1. The Compact does not pre-empt the Oklahoma water statutes. Pp. 9\u201322.\n")
    assert echoes(words("The Red River Compact does not pre-empt Oklahoma\u2019s water statutes."), (short,))
    assert not echoes(words("Oklahoma\u2019s statutes were enacted in 1972."), (short,))


def test_candidates_carry_the_syllabus_echo() -> None:
    # Ellingburg: the opinion's restatement of the "Held:" point is marked, a sentence of its reasoning is not.
    from legalparse._holdings._features import candidates

    document, _ = load("scotus_2026_ellingburg-v-united-states_slip")
    sentences, reading = stitched_sentences(document.text, body_spans(lead_spans(document), document.footnotes))
    echo = {c.span.slice(document.text): c.features["echoes_syllabus"]
            for c in candidates(document.text, sentences, [], reading, reportable_only=False)}
    assert echo["When viewed as a whole, then, the MVRA makes abundantly clear that restitution is criminal punishment."] == 1.0
    assert any(v == 0.0 for v in echo.values())
    assert 0 < sum(echo.values()) < len(echo) / 4


@pytest.mark.parametrize(
    "text",
    [
        "The Court of Appeals upheld the University's admissions plan. We conclude that the plan fails strict scrutiny.",
        "The trial court held: the lease is void. We conclude that the lease is void.",
        "We conclude that the lease is void.",
    ],
    ids=["upheld", "lower-case-court-held", "no-syllabus"],
)
def test_only_the_reporters_held_is_a_syllabus_point(text: str) -> None:
    from legalparse._holdings._features import candidates, syllabus_points
    from legalparse._holdings._sentences import sentence_spans

    assert syllabus_points(text) == ()
    assert all(c.features["echoes_syllabus"] == 0.0 for c in candidates(text, sentence_spans(text)))


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        # Cook v. Public Storage (Wis. Ct. App. 2008) numbers its paragraphs
        ("\u00b6 89 ", "In summary, we conclude that the exculpatory clause does not apply and that the $5,000 "
                       "limitation on liability clause is unenforceable with respect to the Cooks' claims."),
        ("\u00b6 52. ", "We conclude that 25 U.S.C. \u00a7 1912(f) applies even though Vaughn has been living with "
                        "foster parents for several years."),
    ],
    ids=["paragraph-number", "paragraph-number-with-period"],
)
def test_a_paragraph_number_is_not_part_of_the_holding(label: str, sentence: str) -> None:
    text = f"{BACKGROUND}\n{label}{sentence}\n"
    (holding,) = [h for h in find_holdings(Document(text=text, format="text")) if sentence[:20] in h.text]
    assert holding.text == sentence
    assert text[holding.span.start : holding.span.end] == holding.text


def test_a_point_stated_twice_apart_is_marked_restated() -> None:
    # In re Vaughn R. (Wis. Ct. App. 2009): the introduction and the analysis state the same conclusion.
    from legalparse._holdings._features import candidates
    from legalparse._holdings._sentences import sentence_spans

    first = (
        "We conclude that 25 U.S.C. § 1912(f) applies in this case even though Vaughn was placed with a foster family "
        "at the time this action was filed and had been living there for at least three years."
    )
    second = "We conclude that 25 U.S.C. § 1912(f) applies even though Vaughn has been living with foster parents for several years."
    filler = (
        "The County did not call a tribal witness. The jury was not instructed on remedial efforts. "
        "No party objected to the special verdict form. Mahan did not testify about tribal customs."
    )
    text = f"{first} {filler} {second} We agree that the hearing was not continued."
    found = {c.span.slice(text): c.features["restated"] for c in candidates(text, sentence_spans(text))}
    assert found[first] == found[second] == 1.0
    assert found["We agree that the hearing was not continued."] == 0.0


# McCrimmon v. Johnson (D.N.J. 2020): the court sets out a cited case's outcome, then its own.
PRECEDENT_CAPTION = "MCCRIMMON v. JOHNSON\nOPINION\n" + "The facts are set out below. " * 70
PRECEDENT_CITED = "See Allah v. Al-Hafeez, 226 F.3d 247, 250 (3d Cir. 2000). "


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Accordingly, Allah\u2019s claims for compensatory damages are barred by \u00a7 1997e(e) and were appropriately dismissed.", False),
        ("Therefore, like Allah, this Court will dismiss without prejudice Plaintiff\u2019s claim for compensatory damages.", True),
        ("Accordingly, McCrimmon\u2019s claims for compensatory damages were appropriately dismissed.", True),
    ],
)
def test_a_cited_cases_outcome_is_not_a_candidate(sentence: str, kept: bool) -> None:
    from legalparse._holdings._features import candidates
    from legalparse._holdings._sentences import sentence_spans

    text = PRECEDENT_CAPTION + PRECEDENT_CITED + sentence
    found = [c.span.slice(text) for c in candidates(text, sentence_spans(text))]
    assert (sentence in found) is kept


@pytest.mark.parametrize(
    ("voice", "other"),
    [
        # Mosteller v. Duke Energy (N.C. Ct. App. 2010): a panel says "we".
        ("Accordingly, we hold that the trial court properly dismissed plaintiff's claims.",
         # Fisher v. University of Texas (2013), where the Court also says "we"
         "The Court concludes that the Court of Appeals did not hold the University to the demanding burden of strict scrutiny."),
        # Place v. Waterbury (Conn. Super. 1996): a trial judge says "the court".
        ("The court finds that there was no attorney-client relationship between BSI and the City.",
         # State v. Hatcher (S.C. 2011)
         "We conclude the trial judge did not abuse his discretion in finding a sufficient chain of custody existed."),
    ],
)
def test_deciding_in_the_documents_own_voice_is_marked(voice: str, other: str) -> None:
    from legalparse._holdings._features import candidates
    from legalparse._holdings._sentences import sentence_spans

    text = f"{voice} {voice} {other}"  # the voice most deciding sentences use is the document's own
    found = {c.span.slice(text): c.features for c in candidates(text, sentence_spans(text))}
    assert found[voice]["own_voice"] == 1.0
    assert found[other]["own_voice"] == 0.0


def test_statutes_near_a_holding_are_indexed() -> None:
    text = f"{BACKGROUND} We conclude that 25 U.S.C. § 1912(f) applies to the proceeding."
    statutes = find_statutes(text)
    (holding,) = find_holdings(Document(text=text, format="text"), statutes)
    assert holding.statutes
    for i in holding.statutes:
        assert holding.span.start - 40 <= statutes[i].span.start < holding.span.end


# ---------------------------------------------------------------- annotated documents


def _tokens(text: str) -> list[str]:
    return regex.findall(r"[a-z0-9§]+", regex.sub(r"-\s+", "", text.lower()))


def matches(gold: str, pred: str) -> bool:
    """Token overlap >= 0.7 of the annotated holding and >= 0.3 of the prediction (the project scorer's rule)."""
    g, p = Counter(_tokens(gold)), Counter(_tokens(pred))
    common = sum((g & p).values())
    return bool(g and p) and common / sum(g.values()) >= 0.7 and common / sum(p.values()) >= 0.3


def load(name: str) -> tuple[Document, list[str]]:
    text = (TRAIN / f"{name}.txt").read_text(encoding="utf-8")
    record = json.loads((TRAIN / f"{name}.json").read_text(encoding="utf-8"))
    notes = [Footnote(label="", span=Span(a, b), text=text[a:b]) for a, b in record.get("footnotes", [])]
    gold = [h if isinstance(h, str) else h["text"] for h in record["holdings"]]
    return Document(text=text, format="text", footnotes=notes), gold


@pytest.mark.parametrize(
    "name",
    [
        "ca2_2017_nfl-management-council-v-nflpa_docketing-notice",
        "ca1_2013_transamerica-v-rodrigues_order-consolidating-appeals",
    ],
    ids=["docketing-notice", "clerk-order"],
)
def test_documents_that_decide_nothing_have_no_holdings(name: str) -> None:
    document, gold = load(name)
    assert gold == []
    assert find_holdings(document) == ()


@pytest.mark.parametrize(
    ("name", "second"),
    [
        (
            "cacd_2016_consumerinfo-v-leon_order-granting-preliminary-injunction",
            "A preliminary injunction is warranted because Experian has established a likelihood of success",
        ),
    ],
    ids=["preliminary-injunction-order"],
)
def test_a_short_order_reports_every_likely_holding(name: str, second: str) -> None:
    # A short order has few candidates: a second ruling is reported without the margin to the best.
    document, _ = load(name)
    assert any(h.text.startswith(second) for h in find_holdings(document, find_statutes(document.text)))


def test_most_confident_holding_is_usually_an_annotated_one() -> None:
    right = reporting = 0
    for path in sorted(TRAIN.glob("*.txt")):
        document, gold = load(path.stem)
        holdings = find_holdings(document, find_statutes(document.text))
        for h in holdings:
            assert document.text[h.span.start : h.span.end] == h.text
            assert 0.0 <= h.confidence <= 1.0
        if holdings:
            best = max(holdings, key=lambda h: h.confidence)
            reporting += 1
            right += any(matches(g, best.text) for g in gold)
    assert reporting >= 20
    assert right >= 0.8 * reporting, (right, reporting)


def test_whole_training_set_parses_quickly() -> None:
    import time

    for path in sorted(TRAIN.glob("*.txt")):
        document, _ = load(path.stem)
        began = time.perf_counter()
        find_holdings(document)
        assert time.perf_counter() - began < 2.0, path.name


# ---------------------------------------------------------------- properties

WORDS = st.sampled_from(
    ["We", "conclude", "that", "the", "Court", "finds", "Accordingly,", "Plaintiffs", "argue", "§ 1983", "v.", "Id.",
     "U.S.C.", "not", "fails.", "\n", "?", "“", "”", "DENIED.", "JUSTICE THOMAS, dissenting.\n", "Held:", "42"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=80).map(" ".join))
def test_spans_slice_back(text: str) -> None:
    for h in find_holdings(Document(text=text, format="text")):
        assert text[h.span.start : h.span.end] == h.text
        assert 0.0 <= h.confidence <= 1.0


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    statutes = find_statutes(text)
    for h in find_holdings(Document(text=text, format="text"), statutes):
        assert text[h.span.start : h.span.end] == h.text
        assert all(0 <= i < len(statutes) for i in h.statutes)


# Calvary Chapel of Bangor v. Mills (1st Cir. 2020): the concurrence's first line runs on into its text.
CIRCUIT = """For the reasons elucidated above, the Chapel's appeal is dismissed without prejudice for lack of appellate jurisdiction. The parties shall bear their own costs.
So Ordered.
— Concurring Opinion Follows —
BARRON, Circuit Judge, concurring in part and concurring in the judgment. I agree that the denial of the temporary restraining order is not appealable. I see little reason to speculate, and we conclude nothing more.
"""


def test_a_circuit_judges_concurrence_ends_the_lead_opinion() -> None:
    (span,) = lead_spans(Document(text=CIRCUIT, format="text"))
    assert CIRCUIT[span.end :].startswith("— Concurring Opinion Follows —")
    assert not [t for t in texts(CIRCUIT) if "I see little reason" in t or "conclude nothing" in t]


def test_confidence_orders_holdings_as_the_model_ranks_them() -> None:
    # McCrimmon v. Johnson (D.N.J. 2020): five holdings; the most confident is the model's best
    from legalparse._holdings._features import candidates
    from legalparse._holdings._scorer import select, shipped_model

    here = Path(__file__).resolve().parent.parent / "fixtures" / "holdings" / "train"
    text = (here / "njd_2020_mccrimmon-v-johnson_opinion-motion-to-dismiss.txt").read_text(encoding="utf-8")
    document = Document(text=text, format="text")
    sentences, reading = stitched_sentences(text, body_spans(lead_spans(document), document.footnotes))
    model = shipped_model()
    chosen = select(candidates(text, sentences, [], reading), model)
    assert len(chosen) >= 3
    by_score = sorted(chosen, key=lambda pair: -model.logit(pair[0]))
    by_confidence = sorted(chosen, key=lambda pair: -pair[1])
    assert [c.span for c, _ in by_score] == [c.span for c, _ in by_confidence]
    assert len({round(conf, 3) for _, conf in chosen}) == len(chosen)  # no ties among them
