"""Case citations are listed only when asked for, with spans and document pages."""

from __future__ import annotations

from pathlib import Path

import jsonschema

import legalparse
from legalparse._cli import main

SAMPLE = Path(__file__).parent.parent / "fixtures" / "samples" / "njd_2020_mccrimmon-v-johnson_opinion-motion-to-dismiss.pdf"


def test_cases_are_off_by_default_and_listed_on_request() -> None:
    assert "cases" not in legalparse.parse_file(SAMPLE).to_dict()
    op = legalparse.parse_file(SAMPLE, cases=True)
    first = op.cases[0]
    assert (first.text, first.volume, first.reporter, first.reporter_page, first.page) == ("515 F.3d 224", "515", "F.3d", "224", 2)
    for cite in op.cases:
        assert op.text[cite.span.start : cite.span.end] == cite.text
        assert cite.page == op.page_at(cite.span.start)
    jsonschema.validate(op.to_dict(), legalparse.schema())


def test_cli_cases_flag(capsys) -> None:
    import json

    assert main(["parse", "--cases", str(SAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(c["text"] == "550 U.S. 544" for c in data["cases"])
