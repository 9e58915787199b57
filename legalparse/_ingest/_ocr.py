"""OCR of a PDF page with Tesseract: the page image read into the PDF layer's lines.

A page is rendered with PDFium at :data:`DPI` (fewer dots on a huge page, so the
image stays under :data:`MAX_PIXELS`), read by Tesseract (``pytesseract``, word
boxes and confidences) and turned into :class:`PageLines`: one :class:`Char` per
character, each word's box spread over its letters, a space between words, in
PDF points from the page's top left.  The layout stage then treats the page like
any other.

Tesseract is an optional dependency (``pip install 'legalparse[ocr]'`` and the
system's ``tesseract-ocr`` package); :func:`unavailable` says what is missing.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
from statistics import median
from typing import Any, Optional

import regex

from ._lines import Char, Line, PageLines

DPI = 300
"""Rendering resolution: Tesseract reads body text best at about 300 dots per inch."""
MAX_PIXELS = 36_000_000
"""Largest page image rendered (a Letter page at 300 dpi is 8.4 million pixels)."""
MIN_SCALE = 0.5
"""Pages so large that even 36 dpi passes :data:`MAX_PIXELS` are not read."""
MIN_WORD_CONFIDENCE = 30.0
"""Words Tesseract is less sure of than this, without a letter or digit, are noise (rules, specks)."""
MIN_LINE_CONFIDENCE = 40.0
"""A line whose words' mean confidence is below this is noise (a chart, a signature, a checkbox row)."""
MIN_PAGE_CONFIDENCE = 45.0
"""A page whose median word confidence is below this is not taken as text."""
MIN_ORIENTATION_CONFIDENCE = 5.0
"""How sure Tesseract's orientation detection must be before a page is read upside down."""
PAGE_SECONDS = 300
"""Most time Tesseract may spend on one page."""
INSTALL_HINT = ("pip install 'legalparse[ocr]' and the Tesseract program "
                "(Debian/Ubuntu: apt-get install tesseract-ocr; macOS: brew install tesseract)")
_CONFIG = "--oem 1 --psm 3"

_Word = tuple[str, float, float, float, float]

# Tesseract's commonest misreadings in court documents, fixed where the reading is certain:
# italic "Id." read as "/d.", and a Roman-numeral heading's "I" read as "l" ("Il. Background").
_SLASH_ID = regex.compile(r"^/d(?=\.)")
_ROMAN_HEADING = regex.compile(r"^[IlV]{1,4}+\.$")
# The filing stamp's small type is often read without its spaces ("Document129 ... Page1of25"),
# which hides it from the furniture rules: its labels and numbers are split apart again.
_STAMP_START = regex.compile(r"^(?:Case:?|USCA\d{0,2}+|Appellate)$")
_STAMP_GLUE = regex.compile(r"(?<=^(?:Document|Doc|Page|Pg|PageID|Filed|Dkt|ECF|Entry|of))(?=[\d#])"
                            r"|(?<=\d)(?=of\d)|(?<=\dof)(?=\d)")

OCR_MODES = ("auto", "never", "always")
"""The values of the ``ocr`` option."""

_missing: Optional[str] = None
_checked = False


def unavailable() -> Optional[str]:
    """``None`` when OCR can run, else what is missing and how to install it."""
    global _missing, _checked
    if not _checked:
        _missing = _find_missing()
        _checked = True
    return _missing


_installed: Optional[bool] = None


def may_be_installed() -> bool:
    """A cheap first check, without importing ``pytesseract`` (and numpy and Pillow with it).

    False when the package or the ``tesseract`` program is plainly missing; True does not
    promise that OCR runs (:func:`unavailable` says that, at the first page that needs it).
    """
    global _installed
    if _installed is None:
        import importlib.util

        _installed = importlib.util.find_spec("pytesseract") is not None and shutil.which(_command(sys.modules.get("pytesseract"))) is not None
    return _installed


def _command(module: Any) -> str:
    """The Tesseract program ``pytesseract`` runs (``tesseract`` unless a user set ``tesseract_cmd``)."""
    return str(getattr(getattr(module, "pytesseract", None), "tesseract_cmd", "tesseract"))


def _find_missing() -> Optional[str]:
    try:
        import pytesseract
    except ImportError:
        return f"OCR needs the pytesseract package and the Tesseract program: {INSTALL_HINT}"
    cmd = _command(pytesseract)
    if shutil.which(cmd) is None:
        return f"OCR needs the Tesseract program ({cmd!r} was not found): {INSTALL_HINT}"
    try:
        languages = pytesseract.get_languages(config="")
    except Exception as exc:  # a broken installation: the program does not run
        return f"the Tesseract program {cmd!r} does not run ({exc}): {INSTALL_HINT}"
    if "eng" not in languages:
        return ("Tesseract has no English language data: install it "
                "(Debian/Ubuntu: apt-get install tesseract-ocr-eng; macOS: brew install tesseract)")
    return None


def render_scale(width: float, height: float) -> float:
    """Pixels per PDF point for a page: :data:`DPI`, less where the image would pass :data:`MAX_PIXELS`."""
    scale = DPI / 72
    area = max(width, 1.0) * max(height, 1.0)
    if area * scale * scale > MAX_PIXELS:
        scale = math.sqrt(MAX_PIXELS / area)
    return scale


def ocr_page(page: Any, number: int, width: float, height: float, *,
             image_objects: int = 1) -> Optional[tuple[PageLines, int]]:
    """The lines of a pypdfium2 ``page`` read by OCR and their character count.

    A page that gives no legible text is read once more turned round where
    Tesseract finds it upside down.  ``None`` where the page image holds no
    legible text, or is too large to render.
    """
    scale = render_scale(width, height)
    if scale < MIN_SCALE:
        return None
    # One thread per Tesseract: on a few shared cores OpenMP threads slow a page several-fold,
    # and parallel documents come from worker processes.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        image = bitmap.to_pil()  # shares the bitmap's memory: used before the bitmap is closed
        if is_blank(image):
            return None  # no ink: neither a reading nor an orientation pass can find text
        sx = width / image.width
        sy = height / image.height
        read = _read_image(image, number=number, width=width, height=height, sx=sx, sy=sy,
                           image_objects=image_objects)
        if read is None and _upside_down(image):  # a sheet scanned upside down: read the right way up
            read = _read_image(image.rotate(180), number=number, width=width, height=height, sx=sx, sy=sy,
                               image_objects=image_objects)
        return read
    finally:
        bitmap.close()


INK = 160
"""Grey level (0 black, 255 white) a page image must reach somewhere to hold any ink."""


def is_blank(image: Any) -> bool:
    """Whether a rendered page image holds no ink at all (an empty or white page)."""
    low = image.convert("L").getextrema()[0]
    return int(low) > INK


def _read_image(image: Any, **page: Any) -> Optional[tuple[PageLines, int]]:
    import pytesseract

    try:
        data = pytesseract.image_to_data(image, lang="eng", config=_CONFIG,
                                         output_type=pytesseract.Output.DICT, timeout=PAGE_SECONDS)
    except (pytesseract.TesseractError, RuntimeError):  # Tesseract failed or passed its time on this page
        return None
    return words_to_page(data, **page)


def _upside_down(image: Any) -> bool:
    """Whether Tesseract's orientation detection is sure the page image is upside down."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT, timeout=PAGE_SECONDS)
    except (pytesseract.TesseractError, RuntimeError):  # no orientation data installed, or no text to go by
        return False
    return int(osd.get("rotate", 0)) == 180 and float(osd.get("orientation_conf", 0.0)) >= MIN_ORIENTATION_CONFIDENCE


def words_to_page(data: dict[str, list[Any]], *, number: int, width: float, height: float,
                  sx: float, sy: float, image_objects: int = 1) -> Optional[tuple[PageLines, int]]:
    """:class:`PageLines` and their character count from Tesseract's ``image_to_data`` table.

    Pixels are scaled to points by ``sx`` and ``sy``; ``None`` where no word is legible.
    """
    rows: dict[tuple[int, int, int], list[_Word]] = {}
    row_confidence: dict[tuple[int, int, int], list[float]] = {}
    line_box: dict[tuple[int, int, int], tuple[float, float]] = {}
    confidences: list[float] = []
    for i, level in enumerate(data["level"]):
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        left, top = float(data["left"][i]), float(data["top"][i])
        w, h = float(data["width"][i]), float(data["height"][i])
        if int(level) == 4:
            line_box[key] = (top * sy, (top + h) * sy)
            continue
        if int(level) != 5:
            continue
        text = str(data["text"][i]).strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        if conf < MIN_WORD_CONFIDENCE and not any(ch.isalnum() for ch in text):
            continue
        confidences.append(conf)
        if any(ch.isalnum() for ch in text):  # rules and pipes are read with confidence whatever surrounds them
            row_confidence.setdefault(key, []).append(conf)
        rows.setdefault(key, []).append((text, left * sx, top * sy, (left + w) * sx, (top + h) * sy))
    if not confidences or median(confidences) < MIN_PAGE_CONFIDENCE:
        return None
    for key, confs in row_confidence.items():
        if sum(confs) < MIN_LINE_CONFIDENCE * len(confs):
            del rows[key]
    lines: list[Line] = []
    count = 0
    for key, found in rows.items():
        words = _fix_words(found)
        line_top, line_bottom = line_box.get(key, (min(w[2] for w in words), max(w[4] for w in words)))
        line_h = line_bottom - line_top
        chars: list[Char] = []
        for k, (text, left, top, right, bottom) in enumerate(words):
            # a word a good deal smaller than its line and raised above its middle is a superscript
            # (a footnote mark): it keeps its own box, so the layout can tell it from body text
            raised = line_h > 0 and bottom - top < 0.6 * line_h and bottom < line_top + 0.6 * line_h
            ctop, cbottom = (top, bottom) if raised else (line_top, line_bottom)
            if k:
                prev_right = chars[-1].right
                chars.append(Char(" ", prev_right, line_top, max(left, prev_right), line_bottom))
            step = (right - left) / len(text)
            for j, ch in enumerate(text):
                chars.append(Char(ch, left + j * step, ctop, left + (j + 1) * step, cbottom))
        lines.append(Line(chars=chars))
        count += len(chars)
    page = PageLines(number=number, width=width, height=height, lines=lines, image_objects=image_objects,
                     extracted_by_ocr=True)
    return page, count


def needs_ocr(page: PageLines) -> str:
    """Why ``auto`` mode reads ``page`` by OCR: ``scanned_page``, ``garbled_text``, or ``""`` (it does not).

    The page's text layer is judged as the layout stage judges it, less the
    CM/ECF filing stamps that courts print over scanned pages too.
    """
    from ._furniture import is_stamp
    from ._quality import assess_page, reads_as_prose

    if not page.image_objects and not page.unicode_map_error and reads_as_prose(page.lines):
        return ""  # the common case, a page of prose
    body = [ln for ln in page.lines if not is_stamp(ln.text.strip())]
    usable, reason = assess_page(page, body)
    return "" if usable else reason


def _fix_words(words: list[_Word]) -> list[_Word]:
    """One line's words with the certain misreadings fixed and glued stamp words split."""
    stamp = bool(words) and bool(_STAMP_START.match(words[0][0]))
    out: list[_Word] = []
    for k, (text, left, top, right, bottom) in enumerate(words):
        text = _SLASH_ID.sub("Id", text)
        if k == 0 and _ROMAN_HEADING.match(text) and "l" in text and len(words) > 1:
            text = text.replace("l", "I")
        pieces = _STAMP_GLUE.split(text) if stamp else [text]
        if len(pieces) == 1:
            out.append((text, left, top, right, bottom))
            continue
        step = (right - left) / len(text)
        x = left
        for piece in pieces:
            out.append((piece, x, top, x + step * len(piece), bottom))
            x += step * len(piece)
    return out
