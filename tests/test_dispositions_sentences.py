"""Ruling patterns, one real sentence each (from the corpus documents named in the ids)."""

from __future__ import annotations

import pytest

from legalparse._dispositions import find_dispositions
from legalparse._document import Document


def _found(text: str) -> list[tuple[str, object, tuple[str, ...], tuple[str, ...]]]:
    doc = Document(text=text, format="text")
    out = []
    for d in find_dispositions(doc):
        assert doc.text[d.span.start : d.span.end] == d.text
        out.append(("appeal" if d.subject == "appeal" else "request", d.motion_type, tuple(sorted(d.outcome)), d.ecf))
    return out


# (sentence, [(group, motion_type, sorted outcomes, ecf)])
RULINGS = {
    "decretal-passive-partial-njd-mccrimmon": (
        "Moving Defendants’ motion to dismiss is GRANTED IN PART and DENIED IN PART.",
        [("request", "dismiss", ("denied_in_part", "granted_in_part"), ())],
    ),
    "nested-request-motion-to-deny-njd-mccrimmon": (
        "Plaintiff’s motion to deny Moving Defendants’ motion to dismiss is DENIED.",
        [("request", "other", ("denied",), ())],
    ),
    "minutes-bracket-number-cod-adams": (
        "ORDERED: [76] Defendant Logistics Health Incorporated’s Motion for Summary\n"
        "         Judgment is GRANTED.",
        [("request", "summary_judgment", ("granted",), ("76",))],
    ),
    "list-colon-ecf-cand-finjan": (
        "Finjan’s Motion in Limine No. 1 (ECF 527): GRANTED IN PART; DENIED IN PART;\nand DEFERRED IN PART.",
        [("request", "in_limine", ("denied_in_part", "granted_in_part", "held_in_abeyance"), ("527",))],
    ),
    "list-terminated-cand-finjan": (
        "Cisco’s Motion in Limine No. 4 (ECF 537): TERMINATED with leave to refile.",
        [("request", "in_limine", ("terminated",), ("537",))],
    ),
    "plural-range-one-per-number-cacd-marshall": (
        "Accordingly, the Court DENIES Defendants’ applications to seal. (Dkt. Nos. 169-\n170.)",
        [("request", "seal", ("denied",), ("169",)), ("request", "seal", ("denied",), ("170",))],
    ),
    "pronoun-leave-to-appeal-mich-fieger": (
        "On order of the Court, the application for leave to appeal the February 27, 2007 judgment of the Court "
        "of Appeals is considered, and it is DENIED, because we\n*769\nare not persuaded that the questions "
        "presented should be reviewed by this Court.",
        [("request", "leave_to_appeal", ("denied",), ())],
    ),
    "two-requests-one-verb-connsuperct-colon": (
        "Accordingly the motion to set aside the verdict and the motion for an additur are denied.",
        [("request", "set_aside_verdict", ("denied",), ()), ("request", "additur", ("denied",), ())],
    ),
    "two-rulings-one-sentence-connsuperct-lewis": (
        "Accordingly, Motion to Correct Illegal Sentence is denied and the State's Motion to Dismiss is granted.",
        [("request", "other", ("denied",), ()), ("request", "dismiss", ("granted",), ())],
    ),
    "three-rulings-conclusion-cand-tessera": (
        "For the forgoing reasons, Tessera’s motion for partial summary judgment on Toshiba’s request for a refund "
        "of royalty payments is GRANTED, Toshiba’s second motion for summary judgment is DENIED, and Toshiba’s "
        "motion to strike is GRANTED IN PART and DENIED IN PART.",
        [("request", "summary_judgment", ("granted",), ()), ("request", "summary_judgment", ("denied",), ()),
         ("request", "strike", ("denied_in_part", "granted_in_part"), ())],
    ),
    "enumerated-court-will-njd-scanlon": (
        "For the reasons discussed above, the Court will (1) dismiss the claims against Harold Cooper, Bobby "
        "Stubbs, John and Jane Does 1-45 and ABC Corporations 1-45 without prejudice under Federal Rule of Civil "
        "Procedure 4(m); (2) grant Plaintiff’s motion to seal his motion for reconsideration and supporting "
        "documents; and (3) deny Plaintiff’s motion for reconsideration.",
        [("request", "seal", ("granted",), ()), ("request", "reconsideration", ("denied",), ())],
    ),
    "court-will-deny-conclusion-centro-shape": (
        "For the foregoing reasons, the Court will DENY the plaintiffs' motion for a preliminary injunction.",
        [("request", "preliminary_injunction", ("denied",), ())],
    ),
    "sealing-with-dkt-cand-china-fortune": (
        "The motion to seal portions of the petitioners’ opposition and the Hesse declaration (Dkt. No. 118) is denied.",
        [("request", "seal", ("denied",), ("118",))],
    ),
    "daubert-list-item-cand-finjan": (
        "(6) Finjan’s motion to exclude the opinions of Cisco’s expert Mr. Overby at ECF 425 is\nDENIED.",
        [("request", "exclude_expert", ("denied",), ("425",))],
    ),
    "lettered-partial-ruling-cand-finjan": (
        "(1) Cisco’s motion to exclude the opinions of Finjan’s technical experts Drs. Cole, Mitzenmacher, and "
        "Medvidovic at ECF 421 is (a) GRANTED as to Cisco’s knowledge of Finjan’s patents and technology and "
        "(b) DENIED as to the incorporation of “overview” materials into the element-by-element infringement analysis.",
        [("request", "exclude_expert", ("denied_in_part", "granted_in_part"), ("421",))],
    ),
    "denied-as-moot-cacd-flores": (
        "The Court DENIES as moot Flores’s motion in limine to exclude the field interview cards.",
        [("request", "in_limine", ("denied_as_moot",), ())],
    ),
    "without-prejudice-after-object-cacd-marshall": (
        "The Court DENIES Plaintiffs’ Application to Seal without prejudice.",
        [("request", "seal", ("denied_without_prejudice",), ())],
    ),
    "elliptical-scotus-order-groner": (
        "Motion of petitioner for leave to proceed in forma pauperis denied.",
        [("request", "in_forma_pauperis", ("denied",), ())],
    ),
    "habeas-petition-dismissed-nysd-johnson": (
        "Thus, for the reasons stated in Report, the Court hereby dismisses the habeas petition, with prejudice.",
        [("request", "habeas_corpus", ("dismissed",), ())],
    ),
    "self-naming-stay-ca2-bainbridge": (
        "IT IS HEREBY ORDERED that the Court grants a temporary administrative stay of the District Court’s "
        "Turnover Order pending the resolution of the motion by a three-judge panel.",
        [("request", "stay", ("granted",), ())],
    ),
    "tentative-would-deny-cacd-kennis": (
        "The Court would deny the Expert Motions in Limine and DENY IN PART the Motion for Summary Judgment.",
        [("request", "in_limine", ("denied",), ()),
         ("request", "summary_judgment", ("denied_in_part", "granted_in_part"), ())],
    ),
    "appeal-vacated-remanded-scotus-fisher": (
        "The judgment of the Court of Appeals is vacated, and the case is remanded for further proceedings "
        "consistent with this opinion.",
        [("appeal", None, ("remanded", "vacated"), ())],
    ),
    "appeal-we-reverse-and-remand-scotus-ellingburg": (
        "For those reasons, we reverse the judgment of the U. S. Court of Appeals for the Eighth Circuit and "
        "remand the case for further proceedings consistent with this opinion.",
        [("appeal", None, ("remanded", "reversed"), ())],
    ),
    "appeal-ligature-dropped-scotus-kemp": (
        "Be cause Kemp's Rule 60(b) motion alleged such a legal error, we affrm the Eleventh Circuit's judgment "
        "that the motion was cognizable under Rule 60(b)(1), subject to a 1-year limi tations period, and, "
        "therefore, untimely.",
        [("appeal", None, ("affirmed",), ())],
    ),
    "mandate-line-wisctapp-cook": (
        "Judgment affirmed in part; reversed in part and cause remanded with directions.",
        [("appeal", None, ("affirmed_in_part", "remanded", "reversed_in_part"), ())],
    ),
    "mandate-line-by-the-court-wisctapp-vaughn": (
        "By the Court. — Order reversed and cause remanded.",
        [("appeal", None, ("remanded", "reversed"), ())],
    ),
    "mandate-modified-nc-gift-surplus": (
        "MODIFIED AND AFFIRMED.",
        [("appeal", None, ("affirmed", "modified"), ())],
    ),
    "mandate-memorandum-ny-rivera": (
        "Order affirmed, with costs, in a memorandum.",
        [("appeal", None, ("affirmed",), ())],
    ),
    "ny-should-be-reversed-motion-granted-ny-bleecker": (
        "Accordingly, the order of the Appellate Division should be reversed, with costs, the motion of defendants "
        "Bleeker Jones LLC and Bleecker Jones Leasing Company for summary judgment granted and judgment granted "
        "declaring in accordance with the opinion.",
        [("request", "summary_judgment", ("granted",), ()), ("appeal", None, ("reversed",), ())],
    ),
    "appdiv-modified-otherwise-affirmed-nyappdiv-seymore": (
        "Judgment, Supreme Court, New York County (Michael Gaffey, J.), rendered September 4, 2024, convicting "
        "defendant, upon his plea of guilty, of criminal possession of a controlled substance in the fifth degree, "
        "and sentencing him to three years of probation, unanimously modified, on the law, to the extent of "
        "striking the condition of probation prohibiting defendant \"from wearing or displaying gang "
        "paraphernalia,\" and otherwise affirmed.",
        [("appeal", None, ("affirmed", "modified"), ())],
    ),
    "per-curiam-cert-granted-reversed-scotus-doe": (
        "The petition for certiorari is granted, the judgment of the Louisiana Court of Appeal is reversed, and "
        "the case is remanded for further proceedings consistent with this opinion.",
        [("request", "certiorari", ("granted",), ()), ("appeal", None, ("remanded", "reversed"), ())],
    ),
}


@pytest.mark.parametrize("text,expected", RULINGS.values(), ids=RULINGS.keys())
def test_ruling_sentences(text, expected):
    assert sorted(_found(text), key=str) == sorted(expected, key=str)


NOT_RULINGS = {
    "history-district-court-granted": "The district court granted summary judgment in favor of the defendants.",
    "history-judge-issued-order": (
        "Two days before the Conference, on April 28, 2020, Judge van Keulen issued her order and granted Cisco’s "
        "Motion to Strike Portions of Finjan’s Expert Report on Infringement of the ’633 Patent."
    ),
    "history-have-been-denied-mich-fieger": "All of the previous motions for recusal have been denied.",
    "dissent-voice": "I would affirm the judgment of the Court of Appeals.",
    "party-request": "Plaintiffs respectfully request that the Court grant their motion for a preliminary injunction.",
    "conditional-cand-finjan": (
        "At the Conference, Cisco conceded that if this motion is granted, it would not rely on post-grant "
        "invalidity decisions."
    ),
    "conditional-once-scotus-kemp": (
        "Kemp suggests that our interpretation would allow someone to generate a right to an untimely appeal by "
        "filing a Rule 60(b)(1) motion and appealing once it is denied."
    ),
    "recommendation": "It is recommended that Defendant's motion to dismiss be GRANTED.",
    "standard-of-review-dc-west": (
        "We will reverse a conviction obtained in the wake of a challenged ruling declining to impose sanctions "
        "only if the ruling was an abuse of discretion."
    ),
    "standard-must-be-denied": "A motion that fails on the merits must be denied.",
    "quoted-statute-calctapp-av": (
        "The court shall also provide notice to the person and the person's counsel that it has ordered the "
        "petition dismissed and the records sealed."
    ),
    "claims-dismissed-not-a-motion": "Plaintiff's claims against the unserved defendants are dismissed without prejudice.",
}


@pytest.mark.parametrize("text", NOT_RULINGS.values(), ids=NOT_RULINGS.keys())
def test_not_rulings_of_this_document(text):
    assert _found(text) == []
