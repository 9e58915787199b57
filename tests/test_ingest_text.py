"""Plain-text input: encodings, pages, furniture, hard-wrapped lines."""

from __future__ import annotations

import legalparse
from legalparse._ingest import ingest
from legalparse._ingest._text import decode_text


def test_utf8_latin1_and_cp1252_decode_section_and_pilcrow() -> None:
    assert decode_text("§ 1983 ¶ 2".encode("utf-8")) == ("§ 1983 ¶ 2", "utf-8")
    assert decode_text("§ 1983 ¶ 2".encode("latin-1"))[0] == "§ 1983 ¶ 2"
    assert decode_text("“§ 1983” – ¶ 2".encode("cp1252"))[0] == "“§ 1983” – ¶ 2"
    assert decode_text("\ufeff§ 7".encode("utf-8"))[0] == "§ 7"


def test_latin1_file_is_read_with_a_warning() -> None:
    op = legalparse.parse("Title 42, § 1983. ¶ 12. Affirmed.".encode("latin-1"))
    assert "§ 1983. ¶ 12." in op.text
    assert [w.code for w in op.warnings] == ["legacy_encoding"]


def test_form_feeds_make_pages_and_page_numbers_go() -> None:
    pages = [f"ORDER\n\nThe motion is denied on page {n}.\n\n{n}\n" for n in range(1, 4)]
    op = legalparse.parse_text("\f".join(pages))
    assert [p.number for p in op.pages] == [1, 2, 3]
    assert op.page_at(op.text.index("page 2")) == 2
    assert "\n2\n" not in op.text


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = (
        "     Edwards, Chief Judge:  This case involves a claim under an\n"
        "indemnity agreement by a surety company, appellee Interna-\n"
        "tional Fidelity Insurance Co., against the holders of a pay-\n"
        "ment bond, appellants Ideal Electronic Security Co., Inc.\n"
        "\n"
        "     We affirm the judgment of the District Court.\n"
    )
    doc = ingest(text.encode(), source="wrapped.txt")
    assert doc.text == (
        "Edwards, Chief Judge: This case involves a claim under an indemnity agreement by a surety company, "
        "appellee International Fidelity Insurance Co., against the holders of a payment bond, appellants "
        "Ideal Electronic Security Co., Inc.\nWe affirm the judgment of the District Court."
    )


def test_stamp_lines_inside_text_are_dropped() -> None:
    text = (
        "ORDERED: [76] Defendant's Motion for Summary Judgment is GRANTED.\n"
        "Case No. 1:23-cv-01996-CNS-KAS          Document 103       filed 06/25/26    USDC Colorado\n"
        "                                         pg 2 of 2\n"
        "ORDERED: Plaintiff's request for judicial notice is DENIED.\n"
    )
    doc = ingest(text.encode(), source="minutes.txt")
    assert "Document 103" not in doc.text and "pg 2 of 2" not in doc.text
    assert "GRANTED.\nORDERED" in doc.text


def test_a_short_text_keeps_its_only_lines() -> None:
    assert legalparse.parse_text("x").text == "x"
    assert legalparse.parse_text("ii\n").text == "ii"
