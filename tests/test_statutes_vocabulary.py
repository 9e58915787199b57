"""Every vocabulary entry ships an example, and every example is run here."""

from __future__ import annotations

import pytest

from legalparse._statutes import find_statutes
from legalparse._statutes._vocabulary import (
    NAMED_CODES,
    RULE_EXAMPLES,
    STATE_CODES,
    SUBJECT_EXAMPLES,
    URL_EXAMPLES,
    URL_TEMPLATES,
)


@pytest.mark.parametrize("entry", [pytest.param(s, id=s.code) for s in STATE_CODES])
def test_state_code_example(entry) -> None:
    codes = [c.code for c in find_statutes(entry.example)]
    assert entry.code in codes, codes


@pytest.mark.parametrize("example,code", [pytest.param(e, c, id=e) for e, c in SUBJECT_EXAMPLES])
def test_subject_code_example(example: str, code: str) -> None:
    assert find_statutes(example)[0].code == code


@pytest.mark.parametrize("entry", [pytest.param(n, id=n.example[:40]) for n in NAMED_CODES])
def test_named_code_example(entry) -> None:
    found = find_statutes(entry.example)
    assert found and (found[0].code, found[0].title) == ("U.S.C.", entry.title)


@pytest.mark.parametrize("example,code", [pytest.param(e, c, id=e) for e, c in RULE_EXAMPLES])
def test_rule_example(example: str, code: str) -> None:
    assert find_statutes(example)[0].code == code


@pytest.mark.parametrize("example,url", [pytest.param(e, u, id=e) for e, u in URL_EXAMPLES])
def test_url_example(example: str, url: str) -> None:
    assert find_statutes(example)[0].url == url


def test_every_url_template_has_an_example() -> None:
    covered = {find_statutes(e)[0].code for e, _ in URL_EXAMPLES}
    assert covered == set(URL_TEMPLATES)


def _reporters_db_examples() -> list:
    """reporters-db ``laws.json`` state statute names with their listed example."""
    try:
        import json
        import os

        import reporters_db
    except ImportError:
        return []
    path = os.path.join(os.path.dirname(reporters_db.__file__), "data", "laws.json")
    with open(path, encoding="utf-8") as fh:
        laws = json.load(fh)
    # Not state codes, or examples built around a placeholder subject ("Empl.") no code has.
    left_out = {"Cal. Code", "Tex. Code Ann.", "La. Const. Ann.", "Tex. Bus. Corp. Act Ann."}
    territories = {"United States", "American Samoa", "Guam", "Northern Mariana Islands", "Navajo Nation",
                   "Virgin Islands", "Canal Zone"}
    return [(name, e["examples"][0]) for name, entries in laws.items() for e in entries
            if e.get("cite_type") == "leg_statute" and e.get("jurisdiction") not in territories
            and name not in left_out and e.get("examples")]


@pytest.mark.parametrize("name,example", [pytest.param(n, e, id=n) for n, e in _reporters_db_examples()])
def test_reporters_db_state_statute_names_are_recognized(name: str, example: str) -> None:
    found = find_statutes(example)
    assert found and found[0].section, (name, example)


def test_every_state_dc_and_puerto_rico_has_a_code() -> None:
    assert len({s.code.split(".")[0] for s in STATE_CODES}) >= 45
    assert {"D.C. Code", "P.R. Laws Ann.", "Wis. Stat.", "N.C. Gen. Stat."} <= {s.code for s in STATE_CODES}
