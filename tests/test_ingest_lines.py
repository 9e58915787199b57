"""The PDF line model: packed lines keep their text and geometry, and the boxes the layout reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from legalparse._ingest._layout import assemble, plan_pages
from legalparse._ingest._lines import Char, Line, PageLines
from legalparse._ingest._pdf import read_pdf_lines
from pdfgen import make_pdf, opinion_page

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"


def _line(text: str, *, left: float = 72.0, size: float = 12.0, small: set[int] = frozenset()) -> Line:
    """A line of ``text`` set at ``size``; characters at ``small`` positions are raised superscripts."""
    chars, x = [], left
    for i, ch in enumerate(text):
        if i in small:
            chars.append(Char(ch, x, 96.0, x + 4.0, 96.0 + 0.6 * size))
            x += 4.0
        else:
            chars.append(Char(ch, x, 100.0, x + 6.0, 100.0 + size))
            x += 6.0
    return Line(chars=chars)


def _geometry(line: Line) -> tuple[float, ...]:
    return (line.left, line.top, line.right, line.bottom, line.size, line.baseline)


@pytest.mark.parametrize("text, small, keeps_boxes", [
    ("The motion to dismiss is granted in part.", set(), False),
    ("Plaintiffs filed suit in 2019 under 42 U.S.C. § 1983.", set(), False),  # full-size digits
    ("the agreement is lawful.3 The Court turns to", {24}, True),              # a footnote marker
    ("1 See Doe v. Roe, 123 F.3d 456 (9th Cir. 1997).", set(), True),          # opens with a label
    ("* Sitting by designation.", set(), True),
])
def test_pack_keeps_text_geometry_and_only_the_boxes_the_layout_reads(text, small, keeps_boxes):
    line = _line(text, small=small)
    before = _geometry(line)
    line.pack()
    assert line.text == text
    assert line.count == len(text)
    assert _geometry(line) == before
    assert line.light is not keeps_boxes


def test_a_packed_line_with_boxes_unpacks_to_the_same_characters():
    line = _line("the agreement is lawful.3 The Court", small={24})
    original = [(c.ch, c.left, c.top, c.right, c.bottom) for c in line.chars]
    line.pack()
    assert [(c.ch, c.left, c.top, c.right, c.bottom) for c in line.chars] == original


def test_a_light_line_unpacks_within_its_own_box():
    line = _line("The motion is denied.")
    left, right = line.left, line.right
    line.pack()
    chars = line.chars
    assert "".join(c.ch for c in chars) == "The motion is denied."
    assert chars[0].left == pytest.approx(left) and chars[-1].right == pytest.approx(right)


def test_touch_on_a_packed_line_measures_again_from_its_characters():
    line = _line("the agreement is lawful.3 The Court", small={24})
    line.pack()
    del line.chars[24]
    line.touch()
    assert line.text == "the agreement is lawful. The Court"
    assert line.size == pytest.approx(12.0)


def test_a_line_with_a_multi_character_glyph_stays_unpacked():
    line = _line("the afrmed order")
    line.chars[5].ch = "ffi"  # a ligature glyph expanded in place
    line.touch()
    line.pack()
    assert line.text == "the affirmed order"
    assert line.count == 16 and [c.ch for c in line.chars][5] == "ffi"


def test_keep_boxes_keeps_every_line_unpackable_exactly():
    line = _line("QRW LRQ WR GLVPLVV")
    line.pack(keep_boxes=True)
    assert not line.light


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
GARBLED = CORPUS / "cacd_2018_lust-v-animal-logic_redacted-order-re-summary-judgment_garbled-text.pdf"


@pytest.mark.skipif(not GARBLED.exists(), reason="the shared corpus is not beside the checkout")
def test_a_garbled_page_keeps_every_box_for_its_re_decoding():
    pages = read_pdf_lines(GARBLED.read_bytes(), source=GARBLED.name)
    page = pages[1]
    assert "81,7('" in " ".join(line.text for line in page.lines)  # "UNITED" shifted by 29
    assert page.lines and not any(line.light for line in page.lines)
    clean = read_pdf_lines((SAMPLES / "njd_2020_mccrimmon-v-johnson_opinion-motion-to-dismiss.pdf").read_bytes(),
                           source="sample")
    assert sum(line.light for page in clean for line in page.lines) > 0.5 * sum(len(p.lines) for p in clean)


def test_assemble_lets_each_page_go_and_plans_match():
    data = (SAMPLES / "njd_2020_mccrimmon-v-johnson_opinion-motion-to-dismiss.pdf").read_bytes()
    planned, _size = plan_pages(read_pdf_lines(data, source="sample"))
    pages = read_pdf_lines(data, source="sample")
    assert all(isinstance(p, PageLines) and p.lines for p in pages)
    document = assemble(pages, source="sample")
    assert all(not p.lines for p in pages)
    assert [p.number for p in document.pages] == [plan.number for plan in planned]
    body = " ".join(line.text for plan in planned for line in plan.body)
    assert "Plaintiff" in body and "Plaintiff" in document.text


def test_a_long_encrypted_pdf_reads_every_page_across_reopenings():
    """PDFium's document is opened afresh every hundred pages; page order, text and the password hold."""
    pages = [opinion_page([f"Page {n} of the opinion holds that the motion is denied."]) for n in range(1, 251)]
    data = make_pdf(pages, user_password="secret")
    read = read_pdf_lines(data, source="long.pdf", password="secret")
    assert [p.number for p in read] == list(range(1, 251))
    assert [p.lines[0].text for p in read] == [f"Page {n} of the opinion holds that the motion is denied."
                                               for n in range(1, 251)]
