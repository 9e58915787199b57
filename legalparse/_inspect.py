"""``legalparse inspect``: draw a PDF page with what the parser read on it.

Boxes: furniture (stamps, running heads, page and line numbers) in red,
footnotes in blue, body lines in light grey, and the findings that start on
the page: statutes green, dispositions orange, holdings purple.  A user who
wonders why a line is missing from the text sees at once where it went.
"""

from __future__ import annotations

import os
from typing import Optional

from ._errors import InputError, InputNotFoundError, LegalparseError, NotADocumentError

FURNITURE = (220, 40, 40)
FOOTNOTE = (40, 90, 220)
BODY = (170, 170, 170)
STATUTE = (30, 150, 60)
DISPOSITION = (240, 140, 0)
HOLDING = (140, 50, 170)


def draw_page(path: str, *, page: int = 1, output: str, resolution: int = 100,
              password: Optional[str] = None, ocr: str = "auto") -> str:
    """Render page ``page`` (1-based) of the PDF at ``path`` to a PNG at ``output`` with boxes drawn.

    ``ocr`` reads the pages as :func:`legalparse.parse` does (``auto`` by default),
    so a scanned page shows the lines OCR found.  Returns the output path.  Raises
    :class:`LegalparseError` for a missing, non-PDF or unreadable input, or a page
    number out of range.
    """
    import copy

    from ._ingest import detect_format
    from ._ingest._layout import assemble, plan_pages
    from ._ingest._pdf import read_pdf_lines
    from ._parse import analyze, source_of

    if not os.path.isfile(path):
        raise InputNotFoundError("no such file", source=path)
    with open(path, "rb") as fh:
        data = fh.read()
    if detect_format(data) != "pdf":
        raise NotADocumentError("inspect draws PDF pages; this file is not a PDF", source=path)
    pages = read_pdf_lines(data, source=path, password=password, ocr=ocr)
    if not 1 <= page <= len(pages):
        raise InputError(f"page {page} is out of range (the PDF has {len(pages)} pages)", source=path)
    plans, _size = plan_pages(copy.deepcopy(pages))  # planning repairs lines in place; the text is made from the pages as read
    plan = plans[page - 1]
    # the findings come from the same pages (each page is read, and OCR'd, once)
    document = assemble(pages, source=path)
    opinion = analyze(document, source_of(document, data, path))

    try:
        import pdfplumber
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise LegalparseError("inspect needs pdfplumber: pip install pdfplumber", source=path) from exc
    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            image = pdf.pages[page - 1].to_image(resolution=resolution)
            scale = resolution / 72.0

            def box(bbox: tuple[float, float, float, float], colour: tuple[int, int, int], width: int) -> None:
                left, top, right, bottom = (v * scale for v in bbox)
                image.draw.rectangle((left - 1, top - 1, right + 1, bottom + 1), outline=colour, width=width)

            for line in plan.body:
                box((line.left, line.top, line.right, line.bottom), BODY, 1)
            for line in plan.furniture_lines:
                if line.count:
                    box((line.left, line.top, line.right, line.bottom), FURNITURE, 2)
            for note in plan.foot:
                for line in note.lines:
                    box((line.left, line.top, line.right, line.bottom), FOOTNOTE, 2)
            for findings, colour in ((opinion.statutes, STATUTE), (opinion.dispositions, DISPOSITION),
                                     (opinion.holdings, HOLDING)):
                for finding in findings:
                    if finding.page != page:
                        continue
                    found = opinion.bbox_at(finding.span.start)
                    if found is not None:
                        box(found, colour, 3)
            image.save(output, format="PNG")
    except LegalparseError:
        raise
    except OSError as exc:
        raise InputError(f"cannot write {output} ({exc.strerror or exc})", source=path) from exc
    except Exception as exc:  # pdfminer cannot open some PDFs PDFium reads (iOS-made files)
        raise InputError(f"cannot draw the page ({type(exc).__name__}: {exc})", source=path) from exc
    return output
