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
