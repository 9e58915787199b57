"""``legalparse inspect`` draws a page with furniture, footnotes and findings boxed."""

from __future__ import annotations

from pathlib import Path

import pytest

from legalparse._cli import main
from legalparse._inspect import FOOTNOTE, FURNITURE, draw_page

SLIP = Path(__file__).parent.parent / "fixtures" / "ingest" / "scotus_2026_ellingburg-v-united-states_slip" / "source.pdf"


def test_page_with_running_heads_and_footnotes_is_drawn(tmp_path: Path) -> None:
    from PIL import Image

    out = draw_page(str(SLIP), page=4, output=str(tmp_path / "p4.png"), resolution=72)
    image = Image.open(out).convert("RGB")
    colours = {image.getpixel((x, y)) for x in range(0, image.width, 1) for y in range(0, image.height, 2)}
    assert FURNITURE in colours and FOOTNOTE in colours
    assert image.size == (612, 792)


def test_cli_reports_a_bad_page_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["inspect", str(SLIP), "--page", "99", "-o", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert code == 1 and "out of range" in err and err.count("\n") == 1


def test_cli_refuses_a_non_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "order.pdf"
    text.write_text("ORDER\nThe motion is denied.\n")
    assert main(["inspect", str(text), "-o", str(tmp_path / "x.png")]) == 1
    assert "not a PDF" in capsys.readouterr().err


SCAN = Path(__file__).parent.parent / "fixtures" / "ocr" / "scotus_2013_tarrant-regional-water-v-herrmann_scan-p1.pdf"


def test_a_scanned_page_is_drawn_with_the_lines_ocr_read(tmp_path: Path) -> None:
    from legalparse._ingest import _ocr

    if _ocr.unavailable():
        pytest.skip("Tesseract or pytesseract is not installed")
    from PIL import Image

    from legalparse._inspect import BODY

    def body_pixels(mode: str) -> int:
        out = draw_page(str(SCAN), page=1, output=str(tmp_path / f"{mode}.png"), resolution=72, ocr=mode)
        image = Image.open(out).convert("RGB")  # a palette image: the grey comes back within a step or two
        return sum(1 for x in range(image.width) for y in range(0, image.height, 2)
                   if all(abs(a - b) <= 3 for a, b in zip(image.getpixel((x, y)), BODY)))

    # without OCR the scan has no lines to box; with it, the lines parse reads are boxed
    assert body_pixels("auto") > body_pixels("never") + 1000
