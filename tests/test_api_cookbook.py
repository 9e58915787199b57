"""The cookbook's two main recipes, run as written on a folder of real sentences."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import legalparse
from legalparse._cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "api"

# An order in the form courts write them: a § 6103 cite, its short form, a ruling on a
# preliminary injunction; and a second order granting a different motion.
PI_DENIED = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA

MEMORANDUM OPINION AND ORDER

Plaintiffs ask the Court to enjoin the agreement, which they say violates 26 U.S.C. § 6103(i)(2). The Court concludes that the agreement does not violate section 6103.

For the foregoing reasons, it is hereby ORDERED that Plaintiffs' Motion for a Preliminary Injunction, ECF No. 12, is DENIED.
"""


def citations_of(folder: Path, code: str = "U.S.C.", title: str = "26",
                 section: str = "6103") -> Iterator[tuple[str, object, str, str]]:
    """As in docs/cookbook.md."""
    for path in sorted(Path(folder).rglob("*")):
        if path.suffix.lower() not in {".pdf", ".html", ".htm", ".xml", ".txt"}:
            continue
        try:
            op = legalparse.parse_file(path)
        except legalparse.InputError:
            continue
        for cite in op.statutes:
            if (cite.code, cite.title, cite.section) == (code, title, section):
                yield path.name, cite.page, cite.text, cite.canonical


def denied_preliminary_injunctions(folder: Path) -> Iterator[tuple[object, ...]]:
    """As in docs/cookbook.md (over text files here)."""
    for path in sorted(Path(folder).rglob("*.txt")):
        op = legalparse.parse_file(path)
        for ruling in op.dispositions:
            if ruling.motion_type == "preliminary_injunction" and "denied" in ruling.outcome:
                yield op.metadata.case_name, op.metadata.date, ruling.ecf, ruling.page, ruling.text


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a-order.txt").write_text(PI_DENIED, encoding="utf-8")
    shutil.copy(FIXTURES / "cod_2026_adams-v-matrix-providers_courtroom-minutes-msj-granted.txt", tmp_path)
    (tmp_path / "notes.md").write_text("26 U.S.C. § 6103", encoding="utf-8")  # not a document suffix
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n")
    return tmp_path


def test_every_6103_citation_in_a_folder(folder: Path) -> None:
    found = list(citations_of(folder))
    assert [(name, text) for name, _, text, _ in found] == [
        ("a-order.txt", "26 U.S.C. § 6103(i)(2)"),
        ("a-order.txt", "section 6103"),  # the short form, resolved to title 26
    ]
    assert found[0][3] == "26 U.S.C. § 6103(i)(2)"


def test_all_denied_preliminary_injunctions(folder: Path) -> None:
    found = list(denied_preliminary_injunctions(folder))
    assert len(found) == 1
    _, _, ecf, page, text = found[0]
    assert ecf == ("12",) and page is None
    assert text.endswith("Motion for a Preliminary Injunction, ECF No. 12, is DENIED.")


def test_the_jsonl_route_finds_the_same(folder: Path) -> None:
    out = io.StringIO()
    assert main(["parse", str(folder), "--format", "jsonl"], stdout=out, stderr=io.StringIO()) == 1
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    cites = [(r["source"]["name"], s["text"]) for r in rows if "error" not in r for s in r["statutes"]
             if (s["code"], s["title"], s["section"]) == ("U.S.C.", "26", "6103")]
    assert cites == [(name, text) for name, _, text, _ in citations_of(folder)]
    denied = [d for r in rows if "error" not in r for d in r["dispositions"]
              if d["motion_type"] == "preliminary_injunction" and "denied" in d["outcome"]]
    assert [d["ecf"] for d in denied] == [["12"]]
    assert [r["error"]["type"] for r in rows if "error" in r] == ["corrupt_document"]
