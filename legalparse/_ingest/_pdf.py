"""PDF reader on PDFium: characters with boxes, grouped into lines by geometry.

PDFium's own line breaks (generated CR/LF) are hints only: footnote lines
are often joined to each other in its text, so a new line starts where the
baseline moves or the pen jumps back, as measured from the character boxes.
``FPDFText_GetLooseCharBox`` gives a box from the font's ascent to descent,
so its height is a font-size measure that does not vary with the glyph.
"""

from __future__ import annotations

import ctypes
from typing import Optional

import attrs

from .._document import Document, ParseWarning
from .._errors import CorruptDocumentError, EncryptedDocumentError, LimitExceededError, OcrUnavailableError
from .._limits import Limits
from ._bombs import check_stream_sizes
from ._layout import assemble
from ._lines import Char, Line, PageLines
from ._quality import english_score, reads_as_prose, text_quality

# FPDF_GetLastError codes (fpdfview.h)
_ERR_FORMAT = 3
_ERR_PASSWORD = 4
_ERR_SECURITY = 5


def _open(data: bytes, source: str, password: Optional[str]):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code is None:
            code = raw.FPDF_GetLastError()
        if code in (_ERR_PASSWORD, _ERR_SECURITY) or "password" in str(exc).lower():
            if password:
                raise EncryptedDocumentError("the password given does not open this encrypted PDF", source=source) from exc
            raise EncryptedDocumentError("the PDF is encrypted; give its password (--password)", source=source) from exc
        if data[:5] != b"%PDF-" and b"%PDF-" not in data[:1024]:
            raise CorruptDocumentError("not a readable PDF", source=source) from exc
        raise CorruptDocumentError("the PDF is damaged or truncated and cannot be opened", source=source) from exc


_RawChar = tuple[str, float, float, float, float, int]


def _page_chars(textpage, height: float) -> list[_RawChar]:  # type: ignore[no-untyped-def]
    """``(char, left, top, right, bottom, index)`` for every character PDFium reports."""
    import pypdfium2.raw as raw

    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    if count <= 0:
        return []
    buf = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(handle, 0, count, buf)
    text = bytes(buf)[: 2 * count].decode("utf-16-le", errors="replace")
    rect = raw.FS_RECTF()
    get_box = raw.FPDFText_GetLooseCharBox
    out: list[_RawChar] = []
    append = out.append
    for i, ch in enumerate(text[:count]):
        if ch == " " or ch == "\r" or ch == "\n":
            append((ch, 0.0, 0.0, 0.0, 0.0, i))  # spaces and breaks: their boxes are not used
            continue
        get_box(handle, i, rect)
        append((ch, rect.left, height - rect.top, rect.right, height - rect.bottom, i))
    return out


def _group_lines(chars: list[_RawChar], textpage=None) -> list[Line]:  # type: ignore[no-untyped-def]
    """Lines from characters in stream order, split where the baseline moves or the pen jumps back.

    Characters set at an angle (margin stamps running up the page) go to
    lines of their own, marked ``vertical``.
    """
    import math

    import pypdfium2.raw as raw

    lines: list[Line] = []
    cur: Optional[Line] = None
    vert: Optional[Line] = None
    ref_cy = ref_h = last_right = 0.0
    pending_break = False
    handle = textpage.raw if textpage is not None else None
    for ch, left, top, right, bottom, index in chars:
        if ch == "\r" or ch == "\n":
            pending_break = True
            continue
        h = bottom - top
        if ch == " " or ch.isspace():
            # spaces carry no reliable geometry; keep one between words
            if cur is not None and cur.chars and cur.chars[-1].ch != " ":
                cur.chars.append(Char(" ", last_right, top if h > 0 else 0.0, last_right, bottom if h > 0 else 0.0))
            continue
        if h <= 0 or right < left:
            # a glyph PDFium could not measure: it stays where the pen is
            if cur is not None and cur.chars:
                prev = cur.chars[-1]
                cur.chars.append(Char(ch, last_right, prev.top, last_right, prev.bottom))
            continue
        cy = (top + bottom) / 2
        big = ref_h if ref_h > h else h
        same = False
        if cur is not None:
            d = cy - ref_cy
            same = -0.5 * big < d < 0.5 * big and left > last_right - 0.6 * big
        if not same:
            if handle is not None and abs(math.sin(raw.FPDFText_GetCharAngle(handle, index))) > 0.5:
                if vert is None or abs(vert.chars[-1].left - left) > 2 * h:
                    vert = Line(vertical=True)
                    lines.append(vert)
                vert.chars.append(Char(ch, left, top, right, bottom))
                continue
            cur = Line()
            if handle is not None:
                cur.weight = int(raw.FPDFText_GetFontWeight(handle, index))
            lines.append(cur)
            ref_cy, ref_h = cy, h
        else:
            assert cur is not None
            if (pending_break or left - last_right > 0.2 * big) and cur.chars[-1].ch != " ":
                cur.chars.append(Char(" ", last_right, top, left, bottom))
            if h > ref_h * 1.05:  # a full-size char after a superscript: follow the full size
                ref_cy, ref_h = cy, h
        cur.chars.append(Char(ch, left, top, right, bottom))
        last_right = right
        pending_break = False
    for line in lines:
        while line.chars and line.chars[-1].ch == " ":
            line.chars.pop()
    lines = [ln for ln in lines if ln.count]
    keep = _may_be_garbled(lines)
    for line in lines:
        line.pack(keep_boxes=keep)
    return lines


def _may_be_garbled(lines: list[Line]) -> bool:
    """Whether a page's text may be garbled, so that the layout stage may re-decode and re-measure it.

    The margins are wider than the layout stage's own test, which reads the body alone.
    """
    if reads_as_prose(lines):
        return False
    text = " ".join(ln.text for ln in lines)
    letters, _common, _words = text_quality(text)
    return english_score(text) < 0.45 or letters < 0.65


def _unicode_map_error(textpage, count: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether sampled characters have glyphs PDFium could not map to Unicode."""
    import pypdfium2.raw as raw

    check = getattr(raw, "FPDFText_HasUnicodeMapError", None)
    if check is None or count == 0:
        return False
    step = max(1, count // 40)
    bad = sum(1 for i in range(0, count, step) if check(textpage.raw, i) == 1)
    return bad * step > count // 4


def _count_images(page) -> int:  # type: ignore[no-untyped-def]
    import pypdfium2.raw as raw

    n = 0
    handle = page.raw
    for i in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, i)
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_IMAGE:
            n += 1
            if n > 3:
                break
    return n


_REOPEN_EVERY = 100
"""Pages read before the document is opened afresh, which bounds PDFium's own memory."""


def read_pdf_lines(data: bytes, *, source: str, password: Optional[str] = None,
                   limits: Limits = Limits(), ocr: str = "never",
                   ocr_skipped: Optional[list[int]] = None) -> list[PageLines]:
    """The lines of every page of a PDF.

    Pages that needed OCR past ``limits.max_ocr_pages`` are appended to ``ocr_skipped``.

    ``ocr``: ``"never"`` reads the text layer only; ``"auto"`` reads by OCR the pages
    whose text layer is missing (a scan) or garbled, where Tesseract is installed;
    ``"always"`` reads every page by OCR and raises :class:`OcrUnavailableError`
    without Tesseract.
    """
    from . import _ocr

    if ocr not in _ocr.OCR_MODES:
        raise ValueError(f"ocr must be 'auto', 'never' or 'always', not {ocr!r}")
    if ocr == "always" and _ocr.unavailable():
        raise OcrUnavailableError(str(_ocr.unavailable()), source=source)
    check_stream_sizes(data, limits.max_stream_bytes, source=source)
    pdf = _open(data, source, password)
    try:
        count = len(pdf)
        if count > limits.max_pages:
            raise LimitExceededError(f"{count:,} pages exceed the limit of {limits.max_pages:,}", source=source)
        pages: list[PageLines] = []
        total_chars = 0
        ocr_pages = 0
        for i in range(count):
            if i and i % _REOPEN_EVERY == 0:
                pdf.close()  # PDFium keeps what it parsed of every page until the document closes
                pdf = _open(data, source, password)
            try:
                page = pdf[i]
            except Exception as exc:  # PDFium refuses a broken page object
                raise CorruptDocumentError(f"page {i + 1} cannot be read ({exc})", source=source) from exc
            try:
                width, height = page.get_width(), page.get_height()
                textpage = page.get_textpage()
                try:
                    chars = _page_chars(textpage, height)
                    map_error = _unicode_map_error(textpage, len(chars))
                    lines = _group_lines(chars, textpage)
                finally:
                    textpage.close()
                images = _count_images(page) if len(chars) < 200 else 0
                lines_read = PageLines(number=i + 1, width=width, height=height, lines=lines,
                                       unicode_map_error=map_error, image_objects=images)
                n_chars = len(chars)
                # auto without Tesseract leaves such pages out, as the layout stage reports them
                # (pytesseract, with numpy and Pillow, is loaded only once a page needs it)
                wanted = ocr == "always" or (ocr == "auto" and _ocr.may_be_installed()
                                             and bool(_ocr.needs_ocr(lines_read)) and not _ocr.unavailable())
                if wanted and ocr_pages >= limits.max_ocr_pages:
                    if ocr_skipped is not None:
                        ocr_skipped.append(i + 1)
                elif wanted:
                    ocr_pages += 1
                    read = _ocr.ocr_page(page, i + 1, width, height, image_objects=images)
                    if read is not None:  # else nothing legible on the image: the text layer stays
                        lines_read, n_chars = read
                total_chars += n_chars
                if total_chars > limits.max_text_chars:
                    raise LimitExceededError(
                        f"text passes the limit of {limits.max_text_chars:,} characters at page {i + 1}",
                        source=source)
            finally:
                page.close()
            pages.append(lines_read)
        return pages
    finally:
        pdf.close()


def read_pdf(data: bytes, *, source: str, password: Optional[str] = None, limits: Limits = Limits(),
             ocr: str = "auto") -> Document:
    """A :class:`Document` from the bytes of a PDF (``ocr`` as for :func:`read_pdf_lines`)."""
    skipped: list[int] = []
    pages = read_pdf_lines(data, source=source, password=password, limits=limits, ocr=ocr, ocr_skipped=skipped)
    document = assemble(pages, source=source)
    unread = sorted({w.page for w in document.warnings
                     if w.page and w.code in ("scanned_page", "garbled_text")})
    if skipped:
        note = ParseWarning(code="ocr_limit", message=(
            f"OCR stopped after {limits.max_ocr_pages:,} pages (Limits.max_ocr_pages); {len(skipped):,} later "
            f"pages were not read by OCR, from page {skipped[0]}"))
        document = attrs.evolve(document, warnings=(*document.warnings, note))
    elif ocr == "auto" and unread:
        from ._ocr import unavailable

        missing = unavailable()
        if missing:
            runs: list[list[int]] = []
            for n in unread:
                if runs and runs[-1][-1] == n - 1:
                    runs[-1].append(n)
                else:
                    runs.append([n])
            listed = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
            note = ParseWarning(code="ocr_unavailable", message=(
                f"OCR would read the pages without a usable text layer ({listed}); {missing}"))
            document = attrs.evolve(document, warnings=(*document.warnings, note))
    return document
