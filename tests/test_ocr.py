"""OCR of scanned and garbled PDF pages with Tesseract (the ``ocr`` option).

The tests that run Tesseract skip where it (or ``pytesseract``) is missing; the
ones that simulate a missing Tesseract, and the unit tests of the word-to-line
conversion, always run.  The phrases asserted were read off the page images.
"""

from __future__ import annotations

import difflib
import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

import legalparse
from legalparse import Limits
from legalparse._cli import main
from legalparse._ingest import _ocr

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ocr"
TARRANT = FIXTURES / "scotus_2013_tarrant-regional-water-v-herrmann_scan-p1.pdf"  # image only, 1 page
IDEAL = FIXTURES / "cadc_1997_ideal-electronic-security-v-intl-fidelity_scan-p1.pdf"  # image only, one line
BEAVERS = FIXTURES / "ca8_2017_beavers-v-midland_designation-of-issues.pdf"  # pp. 1-2 text, p. 3 a scan
DANIEL = FIXTURES / "nysd_2020_daniel-v-tm-protection_order-rule-60b_garbled-text-p2.pdf"  # fonts without Unicode
FEDEX = FIXTURES / "ca7_2017_in-re-fedex-ground_order.pdf"  # a clean text PDF

HAVE_TESSERACT = _ocr.unavailable() is None
needs_tesseract = pytest.mark.skipif(not HAVE_TESSERACT, reason="Tesseract or pytesseract is not installed")


def _codes(opinion: legalparse.Opinion) -> list[tuple[str, Any]]:
    return [(w.code, w.page) for w in opinion.warnings]


def _page_text(opinion: legalparse.Opinion, number: int) -> str:
    page = opinion.pages[number - 1]
    return opinion.text[page.span.start:page.span.end]


@pytest.fixture(scope="module")
def tarrant() -> legalparse.Opinion:
    if not HAVE_TESSERACT:
        pytest.skip("Tesseract or pytesseract is not installed")
    return legalparse.parse_file(TARRANT)


@pytest.fixture(scope="module")
def beavers() -> legalparse.Opinion:
    if not HAVE_TESSERACT:
        pytest.skip("Tesseract or pytesseract is not installed")
    return legalparse.parse_file(BEAVERS, ocr="auto")


# --- with Tesseract ---------------------------------------------------------------------------


@needs_tesseract
def test_a_scanned_page_is_read_by_ocr_in_auto_mode(tarrant: legalparse.Opinion) -> None:
    text = tarrant.text
    for phrase in ("SUPREME COURT OF THE UNITED STATES", "TARRANT REGIONAL WATER DISTRICT",
                   "CERTIORARI TO THE UNITED STATES COURT OF APPEALS",
                   "The Red River Compact (or Compact) is a congressionally sanctioned agreement",
                   "Oklahoma Water Resources Board (OWRB)", "Argued April 23"):
        assert phrase in text, phrase
    assert tarrant.pages[0].extracted_by_ocr is True
    assert tarrant.pages[0].has_text_layer is True
    assert _codes(tarrant) == [("ocr_text", 1)]


@needs_tesseract
def test_only_the_pages_without_a_text_layer_are_read_by_ocr(beavers: legalparse.Opinion) -> None:
    assert [p.extracted_by_ocr for p in beavers.pages] == [False, False, True]
    scanned = _page_text(beavers, 3)
    for phrase in ("CERTIFICATES OF SERVICE", "electronically filed the foregoing", "Eighth Circuit",
                   "registered CM/ECF users"):
        assert phrase in scanned, phrase
    assert ("ocr_text", 3) in _codes(beavers)
    assert not any(code == "scanned_page" for code, _ in _codes(beavers))
    text_layer = legalparse.parse_file(BEAVERS, ocr="never")
    assert _page_text(beavers, 1) == _page_text(text_layer, 1)  # the text pages are read as before
    assert _page_text(beavers, 2) == _page_text(text_layer, 2)


@needs_tesseract
def test_never_leaves_a_scanned_page_out_with_its_warning(beavers: legalparse.Opinion) -> None:
    opinion = legalparse.parse_file(BEAVERS, ocr="never")
    assert _page_text(opinion, 3) == ""
    assert ("scanned_page", 3) in _codes(opinion)
    assert not any(p.extracted_by_ocr for p in opinion.pages)
    scan = legalparse.parse_file(TARRANT, ocr="never")
    assert scan.text == "" and _codes(scan) == [("scanned_page", 1)]


@needs_tesseract
def test_a_garbled_page_is_read_by_ocr_not_passed_on() -> None:
    garbled = legalparse.parse_file(DANIEL, ocr="never")
    assert garbled.text == "" and _codes(garbled) == [("garbled_text", 1)]
    opinion = legalparse.parse_file(DANIEL)
    for phrase in ("The Court therefore denies Otis’s motion under Rule 60(b)(3).", "SO ORDERED.",
                   "this case remains closed", "Second Circuit affirmed the judgment on July 2, 2019"):
        assert phrase in opinion.text, phrase
    assert opinion.pages[0].extracted_by_ocr and _codes(opinion) == [("ocr_text", 1)]


@needs_tesseract
def test_always_reads_a_text_pdf_by_ocr_too() -> None:
    text_layer = legalparse.parse_file(FEDEX, ocr="never")
    opinion = legalparse.parse_file(FEDEX, ocr="always")
    assert [p.extracted_by_ocr for p in opinion.pages] == [True]
    assert _codes(opinion) == [("ocr_text", 1)]
    assert "ORDERS the parties to this appeal to file a Statement" in opinion.text
    assert "consolidated with Appeal No. 11-1131" in opinion.text
    words = difflib.SequenceMatcher(None, text_layer.text.split(), opinion.text.split(), autojunk=False)
    assert words.ratio() > 0.85


@needs_tesseract
def test_a_page_scanned_upside_down_is_read_the_right_way_up() -> None:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(BEAVERS))
    turned = pdfium.PdfDocument.new()
    turned.import_pages(source, [2])  # the scanned page
    turned[0].set_rotation(180)
    buffer = io.BytesIO()
    turned.save(buffer)
    opinion = legalparse.parse(buffer.getvalue())
    assert opinion.pages[0].extracted_by_ocr and _codes(opinion) == [("ocr_text", 1)]
    for phrase in ("CERTIFICATES OF SERVICE", "electronically filed the foregoing", "Eighth Circuit"):
        assert phrase in opinion.text, phrase


@needs_tesseract
def test_ocr_is_deterministic(tarrant: legalparse.Opinion) -> None:
    again = legalparse.parse_file(TARRANT)
    assert again.to_json() == tarrant.to_json()
    first, second = legalparse.parse_file(IDEAL), legalparse.parse_file(IDEAL)
    assert first.text == second.text == "This matter is before the Foreign Intelligence"


@needs_tesseract
def test_ocr_text_counts_against_the_text_limit() -> None:
    with pytest.raises(legalparse.LimitExceededError):
        legalparse.parse_file(IDEAL, limits=Limits(max_text_chars=20))


@needs_tesseract
def test_cli_passes_the_option_to_worker_processes() -> None:
    out, err = io.StringIO(), io.StringIO()
    status = main(["parse", str(IDEAL), str(IDEAL), "--ocr", "never", "--timeout", "120"], stdout=out, stderr=err)
    assert status == 0, err.getvalue()
    outputs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [o["text"] for o in outputs] == ["", ""]  # auto would have read the line on the page
    assert all(w["code"] == "scanned_page" for o in outputs for w in o["warnings"])


# --- without Tesseract (simulated) ------------------------------------------------------------


@pytest.fixture()
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytesseract importable but its program missing, as after ``pip install`` without ``apt-get``."""
    try:
        import pytesseract
    except ImportError:
        pass  # missing here already: the same advice applies
    else:
        monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    monkeypatch.setattr(_ocr, "_checked", False)
    monkeypatch.setattr(_ocr, "_missing", None)


@pytest.fixture()
def no_pytesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pytesseract", None)  # import raises ImportError
    monkeypatch.setattr(_ocr, "_checked", False)
    monkeypatch.setattr(_ocr, "_missing", None)


@pytest.mark.parametrize("missing", ["no_tesseract", "no_pytesseract"])
def test_always_without_tesseract_says_what_to_install(missing: str, request: pytest.FixtureRequest) -> None:
    request.getfixturevalue(missing)
    with pytest.raises(legalparse.OcrUnavailableError) as caught:
        legalparse.parse_file(FEDEX, ocr="always")
    message = str(caught.value)
    assert "pip install 'legalparse[ocr]'" in message and "tesseract-ocr" in message
    assert isinstance(caught.value, legalparse.LegalparseError)
    assert caught.value.kind == "ocr_unavailable"


@pytest.mark.usefixtures("no_tesseract")
def test_auto_without_tesseract_leaves_the_page_out_and_says_once_what_to_install() -> None:
    opinion = legalparse.parse_file(BEAVERS)
    assert _page_text(opinion, 3) == ""
    assert ("scanned_page", 3) in _codes(opinion)
    hints = [w for w in opinion.warnings if w.code == "ocr_unavailable"]
    assert len(hints) == 1 and hints[0].page is None
    assert "pip install 'legalparse[ocr]'" in hints[0].message and "tesseract-ocr" in hints[0].message
    clean = legalparse.parse_file(FEDEX)  # nothing to OCR: no hint
    assert not any(w.code == "ocr_unavailable" for w in clean.warnings)


@pytest.mark.usefixtures("no_tesseract")
def test_cli_always_without_tesseract_is_one_line_and_exit_1() -> None:
    out, err = io.StringIO(), io.StringIO()
    status = main(["parse", str(FEDEX), "--ocr", "always"], stdout=out, stderr=err)
    assert status == 1 and out.getvalue() == ""
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("legalparse: --ocr always: ")
    assert "pip install 'legalparse[ocr]'" in lines[0] and "Traceback" not in err.getvalue()


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="ocr must be"):
        legalparse.parse_file(FEDEX, ocr="sometimes")
    status = main(["parse", str(FEDEX), "--ocr", "sometimes"], stdout=io.StringIO(), stderr=io.StringIO())
    assert status == 2


# --- units ------------------------------------------------------------------------------------


def _table(rows: list[tuple[int, int, int, int, int, int, float, str]]) -> dict[str, list[Any]]:
    """An ``image_to_data`` table from ``(level, line, left, top, width, height, conf, text)`` rows."""
    keys = ("level", "block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text")
    table: dict[str, list[Any]] = {k: [] for k in keys}
    for level, line, left, top, width, height, conf, text in rows:
        for key, value in zip(keys, (level, 1, 1, line, left, top, width, height, conf, text)):
            table[key].append(value)
    return table


def test_words_become_characters_in_points_with_spaces_between_words() -> None:
    data = _table([
        (4, 1, 100, 200, 400, 50, -1, ""),            # the line's box
        (5, 1, 100, 210, 200, 40, 96.0, "Held:"),
        (5, 1, 320, 200, 120, 50, 91.0, "yes"),
        (5, 1, 460, 205, 10, 10, 12.0, "|"),          # a speck: dropped
        (5, 1, 480, 200, 20, 20, 88.0, "2"),          # small and raised: a footnote mark
    ])
    read = _ocr.words_to_page(data, number=4, width=612.0, height=792.0, sx=0.5, sy=0.25)
    assert read is not None
    page, count = read
    assert page.extracted_by_ocr and page.number == 4 and (page.width, page.height) == (612.0, 792.0)
    [line] = page.lines
    assert line.text == "Held: yes 2" and count == len("Held: yes 2")
    h, e = line.chars[0], line.chars[1]
    assert (h.left, h.right, e.left) == (50.0, 70.0, 70.0)  # 200 px over 5 letters, at half scale
    assert (h.top, h.bottom) == (50.0, 62.5)  # the line's box, so every letter has the line's height
    space = line.chars[5]
    assert space.ch == " " and (space.left, space.right) == (150.0, 160.0)
    mark = line.chars[-1]
    assert (mark.top, mark.bottom) == (50.0, 55.0)  # keeps its own, smaller box


def test_a_line_of_noise_is_dropped() -> None:
    data = _table([
        (4, 1, 0, 0, 600, 20, -1, ""), (5, 1, 0, 0, 60, 20, 95, "Figure"), (5, 1, 70, 0, 20, 20, 93, "15:"),
        (4, 2, 0, 30, 600, 20, -1, ""), (5, 2, 0, 30, 40, 20, 80, "Rate"), (5, 2, 50, 30, 10, 20, 90, "|"),
        (5, 2, 70, 30, 40, 20, 17, "O24"), (5, 2, 120, 30, 40, 20, 0, "O.S0CR"), (5, 2, 170, 30, 40, 20, 5, "O04"),
    ])
    read = _ocr.words_to_page(data, number=1, width=600, height=100, sx=1, sy=1)
    assert read is not None and [ln.text for ln in read[0].lines] == ["Figure 15:"]


def test_an_illegible_page_gives_nothing() -> None:
    data = _table([(4, 1, 0, 0, 100, 20, -1, ""), (5, 1, 0, 0, 40, 20, 20.0, "wI"), (5, 1, 50, 0, 40, 20, 31.0, "rn")])
    assert _ocr.words_to_page(data, number=1, width=100, height=100, sx=1, sy=1) is None


def test_certain_misreadings_are_fixed() -> None:
    data = _table([
        (4, 1, 0, 0, 600, 20, -1, ""), (5, 1, 0, 0, 30, 20, 95, "Il."), (5, 1, 40, 0, 100, 20, 95, "Facts"),
        (4, 2, 0, 30, 600, 20, -1, ""), (5, 2, 0, 30, 60, 20, 95, "action."), (5, 2, 70, 30, 30, 20, 90, "/d."),
        (4, 3, 0, 60, 600, 20, -1, ""), (5, 3, 0, 60, 40, 20, 90, "Case"), (5, 3, 50, 60, 80, 20, 90, "1:13-cv-1"),
        (5, 3, 140, 60, 110, 20, 90, "Document129"), (5, 3, 260, 60, 90, 20, 90, "Page1of2"),
    ])
    read = _ocr.words_to_page(data, number=1, width=600, height=100, sx=1, sy=1)
    assert read is not None
    assert [ln.text for ln in read[0].lines] == ["II. Facts", "action. Id.", "Case 1:13-cv-1 Document 129 Page 1 of 2"]


@needs_tesseract
def test_a_page_too_large_to_render_is_left_out(tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (400, 100), "white")
    ImageDraw.Draw(picture).text((10, 40), "THE COURT ORDERS", fill="black")
    picture.save(tmp_path / "words.jpg")
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(14400, 14400)  # 200 inches square, the largest page PDF allows
    image = pdfium.PdfImage.new(pdf)
    image.load_jpeg(str(tmp_path / "words.jpg"), inline=True)
    image.set_matrix(pdfium.PdfMatrix().scale(14400, 14400))
    page.insert_obj(image)
    page.gen_content()
    buffer = io.BytesIO()
    pdf.save(buffer)
    opinion = legalparse.parse(buffer.getvalue())
    assert opinion.text == "" and _codes(opinion) == [("scanned_page", 1)]


def test_huge_pages_are_rendered_under_the_pixel_cap() -> None:
    assert _ocr.render_scale(612, 792) == pytest.approx(300 / 72)
    scale = _ocr.render_scale(14400, 14400)  # the largest page PDF allows
    assert (14400 * scale) ** 2 <= _ocr.MAX_PIXELS * 1.0001


def test_which_pages_auto_reads() -> None:
    from legalparse._ingest._pdf import read_pdf_lines

    reasons = [_ocr.needs_ocr(p) for p in read_pdf_lines(BEAVERS.read_bytes(), source="beavers.pdf")]
    assert reasons == ["", "", "scanned_page"]  # p. 3 has only its filing stamp as text
    daniel = read_pdf_lines(DANIEL.read_bytes(), source="daniel.pdf")
    assert [_ocr.needs_ocr(p) for p in daniel] == ["garbled_text"]
    assert [_ocr.needs_ocr(p) for p in read_pdf_lines(FEDEX.read_bytes(), source="fedex.pdf")] == [""]


def test_the_tesseract_check_finds_the_program() -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("no tesseract program here")
    pytest.importorskip("pytesseract")
    assert _ocr.unavailable() is None


@needs_tesseract
def test_pages_past_the_ocr_limit_are_left_out_and_the_rest_is_kept() -> None:
    opinion = legalparse.parse_file(BEAVERS, ocr="auto", limits=Limits(max_ocr_pages=0))
    assert not any(page.extracted_by_ocr for page in opinion.pages)
    assert ("scanned_page", 3) in _codes(opinion)
    limit = [w for w in opinion.warnings if w.code == "ocr_limit"]
    assert len(limit) == 1 and "from page 3" in limit[0].message
    assert "ocr_unavailable" not in [code for code, _page in _codes(opinion)]
    assert _page_text(opinion, 1).strip()  # the text-layer pages are all there


@needs_tesseract
def test_the_ocr_limit_counts_pages_read_by_ocr() -> None:
    opinion = legalparse.parse_file(BEAVERS, ocr="auto", limits=Limits(max_ocr_pages=1))
    assert opinion.pages[2].extracted_by_ocr
    assert "ocr_limit" not in [code for code, _page in _codes(opinion)]


def test_always_keeps_the_text_layer_where_ocr_reads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose image gives Tesseract nothing legible keeps its text layer, and claims no OCR text."""
    layer = legalparse.parse_file(FEDEX, ocr="never")
    monkeypatch.setattr(_ocr, "unavailable", lambda: None)
    monkeypatch.setattr(_ocr, "ocr_page", lambda *args, **kwargs: None)
    opinion = legalparse.parse_file(FEDEX, ocr="always")
    assert opinion.text == layer.text and opinion.text.strip()
    assert not any(page.extracted_by_ocr for page in opinion.pages)
    assert "ocr_text" not in [code for code, _page in _codes(opinion)]


def test_a_blank_page_image_is_known_without_tesseract() -> None:
    pytest.importorskip("PIL")
    from PIL import Image, ImageDraw

    white = Image.new("L", (200, 100), 255)
    assert _ocr.is_blank(white)
    assert _ocr.is_blank(Image.new("L", (200, 100), 235))  # a scanner's grey paper
    inked = white.copy()
    ImageDraw.Draw(inked).text((10, 40), "Held", fill=0)
    assert not _ocr.is_blank(inked)
    assert not _ocr.is_blank(inked.convert("RGB"))


@needs_tesseract
def test_a_blank_scanned_page_costs_no_tesseract_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    runs: list[str] = []
    monkeypatch.setattr(_ocr, "_read_image", lambda *a, **k: runs.append("read"))
    monkeypatch.setattr(_ocr, "_upside_down", lambda *a, **k: runs.append("osd") or False)
    blank = pdfium.PdfDocument.new()
    blank.new_page(612, 792)
    assert _ocr.ocr_page(blank[0], 1, 612, 792) is None
    assert runs == []


def test_auto_loads_no_ocr_library_for_a_pdf_with_a_text_layer() -> None:
    # pytesseract brings numpy and Pillow (about 15 MB); a PDF that needs no OCR should not pay for them
    import subprocess

    sample = Path(__file__).resolve().parent.parent / "fixtures" / "samples" / \
        "njd_2020_mccrimmon-v-johnson_opinion-motion-to-dismiss.pdf"
    code = (
        "import sys, legalparse\n"
        f"legalparse.parse_file({str(sample)!r}, ocr='auto')\n"
        "print(sorted(m for m in ('pytesseract', 'numpy', 'PIL') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
