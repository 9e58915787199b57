"""Table tests of the ingest rules on real lines from court documents."""

from __future__ import annotations

import pytest
import regex

from legalparse._ingest._clean import clean_chars
from legalparse._ingest._detect import detect_format
from legalparse._ingest._furniture import is_clerk_stamp, is_page_number, is_stamp, normalize_for_repeat
from legalparse._ingest._hyphens import join_hyphenated
from legalparse._ingest._ligatures import count_broken, repair_ligatures
from legalparse._ingest._quality import english_score, find_shift, text_quality, unshift

STAMPS = [
    ("Case 2:19-cv-12345-BRM-JAD Document 33 Filed 06/30/20 Page 3 of 9 PageID: 412", True),
    ("Case 3:18-cv-16281-BRM-TJB Document 32 Filed 06/30/20 Page 2 of 9 PageID: 264", True),
    ("Case: 21-50498 Document: 00516242060 Page: 2 Date Filed: 03/16/2022", True),
    ("Case: 12-2209 Document: 00116475093 Page: 1 Date Filed: 01/03/2013 Entry ID: 5700434", True),
    ("Case 2:16-cv-06794-AB-JC Document 226 Filed 06/03/19 Page 1 of 2 Page ID #:11335", True),
    ("Case 3:19-cv-07043-VC Document 131 Filed 03/02/21 Page 2 of 6", True),
    ("Case No. 1:23-cv-01996-CNS-KAS Document 103 filed 06/25/26 USDC Colorado", True),
    ("USCA Case #24-5123 Document #2051234 Filed: 04/26/2024 Page 3 of 9", True),
    ("Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1", True),
    ("Appellate Case: 22-1801 Page: 1 Date Filed: 01/19/2023 Entry ID: 5237514", True),
    ("Case: 21-1298 Document: 42 Page: 1 Date Filed: 08/31/2022", True),
    ("The case was filed on June 3, 2019, and the document is on page 3.", False),
    ("In this case, the Court considered Document 33, which was filed late.", False),
]


@pytest.mark.parametrize("line,expected", STAMPS, ids=[s[0][:40] for s in STAMPS])
def test_ecf_stamps(line: str, expected: bool) -> None:
    assert is_stamp(line) is expected


PAGE_NUMBERS = [
    ("3", True), ("- 4 -", True), ("Page 3 of 9", True), ("3 of 9", True), ("ii", True),
    ("A-3", True), ("II", False), ("I. BACKGROUND", False), ("2019", True), ("§ 3", False),
    ("Opinion of the Court", False),
]


@pytest.mark.parametrize("line,expected", PAGE_NUMBERS, ids=[p[0] for p in PAGE_NUMBERS])
def test_page_numbers(line: str, expected: bool) -> None:
    assert is_page_number(line) is expected


def test_clerk_stamp_box() -> None:
    assert is_clerk_stamp("United States Court of Appeals Fifth Circuit FILED March 16, 2022 Lyle W. Cayce Clerk")
    assert not is_clerk_stamp("The complaint was FILED on March 16, 2022, and served on the Clerk of the Court at once.")


def test_running_heads_normalize_page_numbers_and_blanks() -> None:
    assert normalize_for_repeat("Cite as: 607 U. S. ___ (2026) 3") == normalize_for_repeat("Cite as: 607 U. S. ____ (2026) 17")


HYPHENS = [
    ("the Eleventh Circuit af-", "firmed the judgment", True),
    ("a context-", "specific task", False),
    ("the non-", "final order", False),
    ("sug-", "gesting that such", True),
    ("pages 283-", "288", False),
    ("Civil Action No. 19-", "cv-01234", False),
    ("the Anti-", "Injunction Act", False),
    ("a self-", "help remedy", False),
    ("an attor-", "ney for the plaintiff", True),
    ("42 U.S.C. § 2000e-", "5(e)", False),
]


@pytest.mark.parametrize("before,after,joins", HYPHENS, ids=[h[0] + h[1][:8] for h in HYPHENS])
def test_line_end_hyphens(before: str, after: str, joins: bool) -> None:
    assert join_hyphenated(before, after) is joins


def test_clean_chars_expands_ligatures_and_unifies_spaces() -> None:
    assert clean_chars("e\ufb03cient\u00a0§\u00a06103\r\nﬁled\u00ad") == "efficient § 6103\nfiled"
    assert clean_chars("“quotes” — ¶ 12 – §§") == "“quotes” — ¶ 12 – §§"


def test_dropped_ligatures_are_restored_with_their_case() -> None:
    text = "The Eleventh Circuit affrmed. Specifcally, Kemp fled a motion that was fnal."
    assert count_broken(text) >= 3
    assert repair_ligatures(text) == "The Eleventh Circuit affirmed. Specifically, Kemp filed a motion that was final."
    assert repair_ligatures("AFFRMED") == "AFFIRMED"


def test_garbled_text_layer_is_decoded_by_its_glyph_shift() -> None:
    garbled = "81,7('67$7(6',675,&7&2857 &(175$/',675,&72)&$/,)251,$ 7KHPRWLRQLVJUDQWHGLQSDUW"
    shift = find_shift(" ".join([garbled] * 4))
    assert shift == 29
    assert unshift("81,7('\x0367$7(6", shift) == "UNITED STATES"


def test_text_quality_tells_prose_from_garbage() -> None:
    prose = "The Court has considered the motion and the record, and for the reasons that follow the motion is denied."
    letters, common, words = text_quality(prose)
    assert letters > 0.9 and common > 0.3 and words == 19
    assert english_score(prose) > 0.4
    assert english_score("81,7('67$7(6',675,&7&2857 &(175$/ ',675,&7") < 0.2


@pytest.mark.parametrize("data,kind", [
    (b"%PDF-1.7\n...", "pdf"),
    (b"\x00\x00garbage%PDF-1.4", "pdf"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (b'<section class="casebody"><p>x</p></section>', "html"),
    (b'<?xml version="1.0"?><opinion><p>x</p></opinion>', "xml"),
    (b"<opinion unpublished=true><p>x</p></opinion>", "xml"),
    ("UNITED STATES DISTRICT COURT\n§ 1983".encode("utf-8"), "text"),
    ("§ 1983 ¶ 2".encode("cp1252"), "text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "unknown"),
    (b"", "unknown"),
    (b"\x00\x01\x02\x03" * 100, "unknown"),
], ids=["pdf", "pdf-late-header", "html", "cap-casebody", "xml", "columbia-xml", "utf8-text", "cp1252-text",
        "png", "empty", "binary"])
def test_kind_is_detected_from_content(data: bytes, kind: str) -> None:
    assert detect_format(data) == kind


@pytest.mark.parametrize("data, said", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "a PNG image, not a document"),
    (b"\xff\xd8\xff\xe0" + bytes(64), "a JPEG image, not a document"),
    (b"PK\x03\x04" + bytes(64), "a ZIP archive (or a Word .docx), not a document"),
    (b"\xd0\xcf\x11\xe0" + bytes(64), "an Office document (.doc), not a document"),
    (b"\x00\x01\x02\x03" * 100, "not a PDF, HTML, XML or text document"),
])
def test_a_binary_file_is_named_in_the_error(data: bytes, said: str) -> None:
    from legalparse import NotADocumentError
    from legalparse._ingest import ingest

    with pytest.raises(NotADocumentError, match=regex.escape(said)):
        ingest(data, source="upload.pdf")
