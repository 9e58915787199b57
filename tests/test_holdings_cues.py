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


HOLDING_SENTENCES = [
    "We conclude that 25 U.S.C. § 1912(f) applies even though the child has been placed outside the parental home before the TPR proceeding is filed.",
    "The court finds that there was no attorney-client relationship between BSI and the City.",
    "Accordingly, she has failed to state a claim under the Texas Insurance Code or the DTPA.",
    "We conclude the trial judge did not abuse his discretion in finding a sufficient chain of custody existed to allow admission of the drug evidence.",
    "The Court concludes that the Court of Appeals did not hold the University to the demanding burden of strict scrutiny articulated in Grutter.",
]


@pytest.mark.parametrize("sentence", HOLDING_SENTENCES, ids=[s[:40] for s in HOLDING_SENTENCES])
def test_no_veto_on_holdings(sentence: str) -> None:
    assert not [name for name, p in COMPILED_VETOES if p.search(sentence)]


def test_names_are_unique() -> None:
    names = [c.name for c in CUES] + [v.name for v in VETOES]
    assert len(names) == len(set(names))
