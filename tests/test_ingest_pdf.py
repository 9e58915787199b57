"""PDF reading on PDFs built in the test: furniture, footnotes, hyphens, errors."""

from __future__ import annotations

import pytest

import legalparse
from pdfgen import make_pdf, opinion_page

BODY = [
    "The plaintiffs move for a preliminary injunction against the agreement between the",
    "agencies. For the reasons that follow, the Court concludes that the plaintiffs are not",
    "likely to succeed on the merits, because the name and address of a taxpayer are not",
    "return information protected by the statute. The motion is therefore denied in full.",
]


def page(n: int, total: int) -> list[tuple[float, float, float, str]]:
    stamp = (60, 770, 9, f"Case 1:25-cv-00677-DLF Document 33 Filed 05/12/25 Page {n} of {total}")
    return [stamp] + opinion_page(BODY) + [(300, 40, 10, str(n))]


def test_stamps_and_page_numbers_are_furniture_and_offsets_map_to_pages() -> None:
    op = legalparse.parse(make_pdf([page(n, 3) for n in (1, 2, 3)]))
    assert "Document 33" not in op.text and "Page 2 of 3" not in op.text
    assert len(op.pages) == 3
    assert all(p.furniture[0].startswith("Case 1:25-cv-00677") for p in op.pages)
    assert [p.label for p in op.pages] == ["1", "2", "3"]
    for p in op.pages:
        assert op.page_at(p.span.start) == p.number
        assert op.text[p.span.start : p.span.end].startswith("The plaintiffs move")
    box = op.bbox_at(op.pages[1].span.start)
    assert box is not None and box[0] == pytest.approx(72, abs=2)


def test_footnote_block_is_split_off_and_linked() -> None:
    lines = opinion_page(BODY)
    lines += [(100, 720 - 4 * 16, 12, "The motion is denied."), (226, 720 - 4 * 16 + 5, 7, "1")]
    lines += [(72, 120, 10, "1 See 26 U.S.C. § 6103(i)(2); the Court does not reach the remaining arguments."),
              (72, 108, 10, "of the parties, which are moot in light of this holding.")]
    op = legalparse.parse(make_pdf([lines]))
    (note,) = op.footnotes
    assert note.label == "1" and note.page == 1
    assert note.text == ("See 26 U.S.C. § 6103(i)(2); the Court does not reach the remaining arguments. "
                         "of the parties, which are moot in light of this holding.")
    assert op.text[note.span.start : note.span.end] == note.text
    assert note.marker is not None and op.text[: note.marker.start].endswith("denied.")
    assert op.text.index("denied.") < note.span.start  # footnotes follow the body of their page


def test_pleading_paper_line_numbers_are_dropped() -> None:
    lines = [(40, 720 - i * 24, 12, str(i + 1)) for i in range(28)]
    lines += [(90, 720 - i * 24, 12, text) for i, text in enumerate(BODY)]
    op = legalparse.parse(make_pdf([lines]))
    assert op.text.startswith("The plaintiffs move")
    assert not any(line.strip().isdigit() for line in op.text.splitlines())


def test_line_end_hyphens_rejoin_words_but_not_numbers() -> None:
    lines = opinion_page([
        "The Court of Appeals af-",
        "firmed the decision in No. 19-",
        "5123, and cited 42 U.S.C. § 2000e-",
        "5 and pages 283-",
        "288 of the record.",
    ])
    op = legalparse.parse(make_pdf([lines]))
    assert op.text == "The Court of Appeals affirmed the decision in No. 19-5123, and cited 42 U.S.C. § 2000e-5 and pages 283-288 of the record."


@pytest.mark.parametrize("data,error", [
    (b"", legalparse.NotADocumentError),
    (b"%PDF-1.4\n%%EOF", legalparse.CorruptDocumentError),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, legalparse.NotADocumentError),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>", legalparse.CorruptDocumentError),
], ids=["empty", "header-only", "png", "no-pages"])
def test_broken_inputs_raise_one_clear_error(data: bytes, error: type) -> None:
    with pytest.raises(error) as info:
        legalparse.parse(data)
    assert "\n" not in str(info.value) and str(info.value)


def test_truncated_pdf_is_an_error_or_a_partial_read() -> None:
    data = make_pdf([page(n, 2) for n in (1, 2)])
    try:
        op = legalparse.parse(data[: len(data) // 2])
        assert isinstance(op.text, str)
    except legalparse.LegalparseError as exc:
        assert isinstance(exc, (legalparse.CorruptDocumentError, legalparse.NotADocumentError))


def test_encrypted_pdf_needs_its_password() -> None:
    data = make_pdf([opinion_page(["The application to seal is GRANTED."])], user_password="secret")
    with pytest.raises(legalparse.EncryptedDocumentError, match="password"):
        legalparse.parse(data)
    with pytest.raises(legalparse.EncryptedDocumentError, match="does not open"):
        legalparse.parse(data, password="wrong")
    assert legalparse.parse(data, password="secret").text == "The application to seal is GRANTED."


def test_missing_file_is_input_not_found(tmp_path) -> None:
    with pytest.raises(legalparse.InputNotFoundError):
        legalparse.parse_file(tmp_path / "nope.pdf")
    with pytest.raises(FileNotFoundError):
        legalparse.parse_file(tmp_path / "nope.pdf")


def test_cli_encrypted_pdf_is_one_line_and_exit_1_then_opens_with_password(tmp_path, capsys) -> None:
    from legalparse._cli import main

    path = tmp_path / "sealed.pdf"
    path.write_bytes(make_pdf([opinion_page(["The application to seal is GRANTED."])], user_password="secret"))
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "encrypted" in err and str(path) in err
    assert main(["parse", str(path), "--password", "secret", "--format", "text"]) == 0
    assert capsys.readouterr().out.strip() == "The application to seal is GRANTED."
