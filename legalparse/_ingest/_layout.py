"""From positioned lines to clean text: furniture, footnotes, paragraphs, hyphens.

Stages, per document:

1. measure the body font size (the most common line size, by characters);
2. drop page furniture by position and repetition, not fixed crops: ECF stamps,
   page numbers, running heads repeated across pages, pleading-paper line
   numbers left of the text column, vertical margin text;
3. find footnotes: a block of smaller lines at the page bottom, split on
   labels (superscript, or the next number in sequence), and the superscript
   markers in the body that refer to them;
4. join lines into paragraphs, rejoining line-end hyphens only between letters
   and only where the joined word is not a known compound;
5. lay out the text: each page's body, then its footnotes; record page spans
   and line boxes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Iterator, Optional

import regex

from .._document import Document, Footnote, Page, ParseWarning
from .._span import Span
from ._clean import clean_chars
from ._furniture import is_clerk_stamp, is_page_number, is_stamp, normalize_for_repeat
from ._furniture import SENTENCE_END as _SENTENCE_END
from ._hyphens import join_hyphenated
from ._ligatures import count_broken, repair_ligatures
from ._lines import LABEL_CHARS, Line, PageLines
from ._quality import assess_page, find_shift, unshift

_SEPARATOR = regex.compile(r"^[\s_\-–—‒―]{3,}+$")
_COURT_WORDS = regex.compile(r"(?i)\b(?:court|circuit|appeals|district)\b")
_RULE = regex.compile(r"^[\s_]{3,}+$")
_HEADING_START = regex.compile(
    r"^(?:[IVXL]{1,6}\.|[A-Z]\.|\d{1,2}\.|\([a-z0-9]{1,3}\))(?:\s|$)"
)


@dataclass
class _Foot:
    label: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class _PagePlan:
    number: int
    width: float
    height: float
    body: list[Line]
    foot: list[_Foot]
    furniture: list[str]
    markers: list[tuple[int, int, str]]
    """(body line index, char index, label) of footnote markers removed from the body."""
    label: Optional[str] = None
    usable: bool = True
    repaired: bool = False
    reason: str = ""
    furniture_lines: list[Line] = field(default_factory=list)
    extracted_by_ocr: bool = False


def _body_size(pages: list[PageLines]) -> float:
    counts: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            if not line.vertical and line.size > 0:
                counts[round(line.size * 2) / 2] += line.count
    return counts.most_common(1)[0][0] if counts else 0.0


def _in_margin_zone(line: Line, page: PageLines, extent: tuple[float, float]) -> bool:
    """Whether a line sits in the band above or below the page's text (where heads and feet go)."""
    top, bottom = extent
    band = 0.075 * page.height
    return line.bottom <= top + band or line.top >= bottom - band


def _extent(page: PageLines) -> tuple[float, float]:
    """Top and bottom of the page's text, filing stamps left out (they sit above the margin band)."""
    lines = [ln for ln in page.lines if not ln.vertical and ln.count and not is_stamp(ln.text.strip())]
    if not lines:
        return 0.0, page.height
    return min(ln.top for ln in lines), max(ln.bottom for ln in lines)


def _repeated_lines(pages: list[PageLines]) -> set[str]:
    """Normalized texts of header/footer lines that recur on several pages."""
    seen: Counter[str] = Counter()
    for page in pages:
        keys = set()
        extent = _extent(page)
        for line in page.lines:
            if line.vertical:
                continue
            if _in_margin_zone(line, page, extent):
                key = normalize_for_repeat(line.text)
                if key:
                    keys.add(key)
        seen.update(keys)
    need = 2 if len(pages) <= 6 else 3
    repeated = {key for key, n in seen.items() if n >= need}
    # watermarks ("Page Proof Pending Publication") recur anywhere on most pages
    anywhere: Counter[str] = Counter()
    for page in pages:
        anywhere.update({normalize_for_repeat(ln.text) for ln in page.lines if len(ln.text) >= 12})
    need_anywhere = max(3, (len(pages) + 1) // 2)
    repeated.update(key for key, n in anywhere.items() if n >= need_anywhere and key)
    return repeated


def _text_column(lines: list[Line]) -> tuple[float, float]:
    """Left and right edges of the page's main text column."""
    long = [ln for ln in lines if ln.count >= 30 and not ln.vertical]
    if not long:
        long = [ln for ln in lines if not ln.vertical]
    if not long:
        return 0.0, 0.0
    lefts = sorted(ln.left for ln in long)
    rights = sorted(ln.right for ln in long)
    return lefts[len(lefts) // 10], rights[(len(rights) * 9) // 10]


def _split_furniture(page: PageLines, repeated: set[str],
                     body_size: float = 0.0) -> tuple[list[Line], list[str], Optional[str]]:
    body: list[Line] = []
    dropped: list[Line] = []
    furniture: list[str] = []
    label: Optional[str] = None
    left_edge, _ = _text_column(page.lines)
    extent = _extent(page)
    boxed = _clerk_box(page.lines)
    recurs = [normalize_for_repeat(ln.text) in repeated for ln in page.lines]
    margin = [_in_margin_zone(ln, page, extent) for ln in page.lines]
    # running heads are a few lines; a page whose every line recurs (a duplicated page) keeps them
    recurring = sum(1 for r, m in zip(recurs, margin) if r and m)
    repeat_budget = recurring if recurring <= 4 or recurring < 0.5 * len(page.lines) else 0
    for index, line in enumerate(page.lines):
        text = line.text.strip()
        in_margin_zone = margin[index]
        drop = False
        if line.vertical or not text or _RULE.match(text) or index in boxed:
            drop = True
        elif is_stamp(text) or is_clerk_stamp(text):
            drop = True
        elif in_margin_zone and is_page_number(text):
            drop = True
            label = label or regex.sub(r"[^0-9ivxlcIVXLC]", "", regex.sub(r"(?i)\bof\s*+\d++", "", text)) or None
        elif recurs[index] and (
                (in_margin_zone and repeat_budget > 0) or (len(text) >= 12 and line.size > 1.5 * body_size > 0)):
            drop = True  # a running head, or a watermark set large across the page
            if in_margin_zone:
                repeat_budget -= 1
        elif regex.fullmatch(r"\d{1,2}", text) and line.right < left_edge - 4 and int(text) <= 60:
            drop = True  # pleading-paper line number in the left margin
        if drop:
            dropped.append(line)
            if text.strip("\x00 "):
                furniture.append(clean_chars(text).strip())
        else:
            body.append(line)
    page.furniture_lines = dropped
    return body, furniture, label


def _clerk_box(lines: list[Line]) -> set[int]:
    """Indexes of the short lines that together form a clerk's FILED stamp box."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if "FILED" not in line.text or len(line.text) > 60:
            continue
        lo, hi = i, i
        while lo > 0 and i - lo < 4 and len(lines[lo - 1].text) <= 60:
            lo -= 1
        while hi + 1 < len(lines) and hi - i < 4 and len(lines[hi + 1].text) <= 60:
            hi += 1
        found = None
        for b in range(i, hi + 1):
            for a in range(i, lo - 1, -1):
                if is_clerk_stamp(" ".join(lines[k].text.strip() for k in range(a, b + 1))):
                    found = (a, b)
                    break
            if found:
                break
        if found:
            a, b = found
            while a > 0 and len(lines[a - 1].text) <= 60 and _COURT_WORDS.search(lines[a - 1].text) \
                    and not lines[a - 1].text.rstrip().endswith((".", ",", ";")):
                a -= 1  # the court's name heads the box
            out.update(range(a, b + 1))
    return out


def _label_of(line: Line, size: float) -> tuple[str, int, bool]:
    """The footnote label opening ``line``: (label, chars used, superscript?)."""
    opening = line.text.lstrip(" ")[:1]
    if not opening or not (opening.isdigit() or opening in LABEL_CHARS):
        return "", 0, False
    chars = line.chars
    i = 0
    while i < len(chars) and chars[i].ch == " ":
        i += 1
    j = i
    while j < len(chars) and (chars[j].ch.isdigit() or chars[j].ch in LABEL_CHARS) and j - i < 4:
        j += 1
    if j == i:
        return "", 0, False
    label = "".join(c.ch for c in chars[i:j])
    if label.isdigit() is False and not all(c in LABEL_CHARS for c in label):
        return "", 0, False
    raised = all(c.height < 0.85 * size or c.bottom < line.baseline - 0.12 * size for c in chars[i:j])
    rest = "".join(c.ch for c in chars[j:j + 2])
    if not raised and not rest.startswith(" "):
        return "", 0, False
    return label, j, raised


def _find_footnotes(body: list[Line], size: float, next_label: list[int],
                    carry: bool) -> tuple[list[Line], list[_Foot]]:
    """Split off the footnotes: smaller lines below every full-size line of the page."""
    if not body or size <= 0:
        return body, []
    full = [ln for ln in body if ln.size >= 0.92 * size and not _SEPARATOR.match(ln.text)]
    floor = max((ln.bottom for ln in full), default=0.0)
    block_ids = [i for i, ln in enumerate(body)
                 if ln.top >= floor - 0.25 * size and (ln.size < 0.92 * size or _SEPARATOR.match(ln.text))]
    block = sorted((body[i] for i in block_ids), key=lambda ln: ln.top)
    while block and _SEPARATOR.match(block[0].text):
        block = block[1:]
    if not block:
        block_ids = _same_size_block(body, size, next_label[0])
        block = [body[i] for i in block_ids]
    if not block:
        return body, []
    in_block = set(block_ids)
    kept = [ln for i, ln in enumerate(body) if i not in in_block]
    block_size = median(ln.size for ln in block)
    foot: list[_Foot] = []
    for line in block:
        label, used, raised = _label_of(line, block_size)
        accept = False
        if label:
            if label.isdecimal():
                expected = next_label[0]
                n = int(label)
                accept = raised or n == expected or (expected == 1 and not foot and n < 10)
                if accept:
                    next_label[0] = n + 1
            else:
                accept = raised or len(line.text) > 20
        if accept:
            note = _Foot(label=label)
            rest = Line(chars=line.chars[used:], weight=line.weight)
            while rest.chars and rest.chars[0].ch == " ":
                rest.chars.pop(0)
            rest.touch()
            note.lines.append(rest)
            foot.append(note)
        elif foot:
            foot[-1].lines.append(line)
        elif carry:
            foot.append(_Foot(label=""))  # continues the previous page's last footnote
            foot[-1].lines.append(line)
        else:
            return body, []  # small text with no label: not footnotes
    # drop a separator rule right above the block
    while kept and _SEPARATOR.match(kept[-1].text):
        kept.pop()
    return kept, foot


def _same_size_block(body: list[Line], size: float, expected: int) -> list[int]:
    """Footnotes set in the body's size: a line opening with a superscript label in the
    lower part of the page, set more tightly than the body above it, with nothing larger below."""
    order = sorted(range(len(body)), key=lambda i: body[i].top)
    page_top = body[order[0]].top
    page_bottom = max(ln.bottom for ln in body)
    for rank, i in enumerate(order):
        line = body[i]
        if line.top < page_top + 0.45 * (page_bottom - page_top):
            continue
        label, used, raised = _label_of(line, line.size)
        if not label or not raised or (label.isdecimal() and int(label) != expected and expected != 1):
            continue
        below = [body[j] for j in order[rank:]]
        if any(ln.size > 1.05 * line.size for ln in below):
            return []
        above = [body[j] for j in order[:rank]]
        if len(above) >= 2:
            body_pitch = median(b.top - a.top for a, b in zip(above, above[1:]))
            gap_above = line.top - above[-1].top
            pitches = [b.top - a.top for a, b in zip(below, below[1:])]
            note_pitch = median(pitches) if pitches else 0.0
            if pitches and note_pitch > 0.8 * body_pitch:
                return []  # set like the body: a marker that begins a line, not a footnote
            if gap_above < 1.2 * max(note_pitch, 0.8 * size):
                return []
        return order[rank:]
    return []


def _take_markers(body: list[Line], labels: set[str]) -> list[tuple[int, int, str]]:
    """Remove superscript footnote markers from body lines; return where they stood."""
    found: list[tuple[int, int, str]] = []
    if not labels:
        return found
    for li, line in enumerate(body):
        size = line.size
        if size <= 0 or line.light:
            continue  # a line packed without boxes holds no small digit or label mark
        base = line.baseline
        chars = line.chars
        i = 0
        while i < len(chars):
            c = chars[i]
            if (c.ch.isdigit() or c.ch in LABEL_CHARS) and c.height < 0.82 * size and c.bottom < base - 0.1 * size:
                j = i
                while j < len(chars) and (chars[j].ch.isdigit() or chars[j].ch in LABEL_CHARS) and \
                        chars[j].height < 0.82 * size:
                    j += 1
                label = "".join(ch.ch for ch in chars[i:j])
                if label in labels:
                    del chars[i:j]
                    if 0 < i < len(chars) and chars[i].ch == " " and chars[i - 1].ch == " ":
                        del chars[i]
                    line.touch()
                    found.append((li, i, label))
                    continue
                i = j
                continue
            i += 1
    return found


def _is_heading(line: Line, size: float, left: float, right: float) -> bool:
    text = line.text.strip()
    if not text or len(text) > 90:
        return False
    centered = abs((line.left - left) - (right - line.right)) < 3 * size and line.left > left + 2 * size
    caps = text.upper() == text and any(ch.isalpha() for ch in text)
    return (centered and (caps or line.weight >= 600)) or (caps and len(text) < 60 and _HEADING_START.match(text) is not None) \
        or (line.weight >= 600 and _HEADING_START.match(text) is not None)


def _paragraph_breaks(lines: list[Line], size: float) -> list[bool]:
    """For each line, whether it starts a new paragraph."""
    if not lines:
        return []
    left, right = _text_column(lines)
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if 0 <= b.top - a.bottom < 3 * size]
    usual_gap = median(gaps) if gaps else 0.3 * size
    breaks = [True]
    headings = [_is_heading(ln, size, left, right) for ln in lines]
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        lsize = max(line.size, 1.0)
        gap = line.top - prev.bottom
        prev_text = prev.text.rstrip()
        new = False
        if headings[i] or headings[i - 1]:
            new = True
        elif gap > usual_gap + 0.6 * lsize or gap < -lsize:
            new = True
        elif line.left > prev.left + 1.2 * lsize and prev.left <= left + lsize:
            new = True  # first-line indent
        elif prev.right < right - 5 * lsize and _SENTENCE_END.search(prev_text):
            new = True  # the previous line stopped short at a sentence end
        elif _HEADING_START.match(line.text.strip()) and _SENTENCE_END.search(prev_text) and prev.right < right - 2 * lsize:
            new = True
        breaks.append(new)
    return breaks


def plan_pages(pages: list[PageLines]) -> tuple[list[_PagePlan], float]:
    """The plan of every page and the body text size."""
    size = _body_size(pages)
    return list(_iter_plans(pages, size)), size


def _iter_plans(pages: list[PageLines], size: float) -> Iterator[_PagePlan]:
    """Each page's plan in turn; the document-wide measures (body size, repeated lines) come first."""
    repeated = _repeated_lines(pages)
    next_label = [1]
    carry = False
    last_shift = 0
    for page in pages:
        body, furniture, label = _split_furniture(page, repeated, size)
        usable, reason = assess_page(page, body)
        repaired = False
        if not usable and reason == "garbled_text":
            shift = find_shift(" ".join(ln.text for ln in page.lines), hint=last_shift)
            repaired = _repair_shifted(page, shift)
            last_shift = shift or last_shift
            if repaired:
                body, furniture, label = _split_furniture(page, repeated, size)
                usable, reason = assess_page(page, body)
        if not usable:
            _pack(page, [])
            carry = False
            yield _PagePlan(page.number, page.width, page.height, [], [], furniture, [], label, False,
                            reason=reason)
            continue
        body, foot = _find_footnotes(body, size, next_label, carry)
        carry = bool(foot)
        labels = {f.label for f in foot if f.label}
        markers = _take_markers(body, labels)
        _pack(page, foot)
        yield _PagePlan(page.number, page.width, page.height, body, foot, furniture, markers, label,
                        repaired=repaired, furniture_lines=page.furniture_lines,
                        extracted_by_ocr=page.extracted_by_ocr)


def _pack(page: PageLines, foot: list[_Foot]) -> None:
    """Pack the lines planning unpacked, so a long document's pages stay compact."""
    for line in page.lines:
        line.pack()
    for note in foot:
        for line in note.lines:
            line.pack()


def _repair_shifted(page: PageLines, shift: int) -> bool:
    """Undo a constant glyph shift in a page's text, where one makes it readable."""
    if not shift:
        return False
    for line in page.lines:
        for char in line.chars:
            char.ch = unshift(char.ch, shift)
        line.touch()
    return True


class _Writer:
    """Accumulates the clean text, line boxes and spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.line_boxes: list[tuple[int, int, tuple[float, float, float, float]]] = []

    def write(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def text(self) -> str:
        return "".join(self.parts)


def _write_line(w: _Writer, line: Line, new_paragraph: bool, first: bool,
                repair: bool = False) -> tuple[int, int]:
    """Write one line: a newline before a new paragraph, else a space or a rejoined hyphen."""
    if not first:
        if new_paragraph:
            w.write("\n")
        else:
            prev = w.parts[-1] if w.parts else ""
            if join_hyphenated(prev, clean_chars(line.text)):
                w.parts[-1] = prev[:-1]  # the halves of a hyphenated word join
                w.pos -= 1
            elif prev.endswith(("—", "/")) or (prev.endswith(("-", "–")) and prev[-2:-1].isalnum()):
                pass  # a compound or number range broken at its hyphen stays joined: "Anti-Injunction", "283-288"
            else:
                w.write(" ")
    text = line.text
    if text.endswith(("\ufffe", "\x02")):
        text = text[:-1] + "-"  # PDFium marks a line-end hyphen it took for a soft one
    text = clean_chars(text)
    if repair:
        text = repair_ligatures(text)
    lead = len(text) - len(text.lstrip())
    start, end = w.write(text.strip())
    w.line_boxes.append((start, end, (line.left, line.top, line.right, line.bottom)))
    return start - lead, end


def assemble(pages: list[PageLines], *, source: str = "") -> Document:
    """The clean :class:`Document` of a PDF's pages.

    Each page is planned and written in turn, and its lines are let go once
    written (``pages`` is emptied of lines), so a long document's working
    memory stays small.
    """
    size = _body_size(pages)
    broken = sum(count_broken(ln.text) for page in pages for ln in page.lines if not ln.vertical)
    repair = broken >= 3
    w = _Writer()
    out_pages: list[Page] = []
    notes: list[tuple[str, Span, int, Optional[Span]]] = []
    warnings: list[ParseWarning] = []
    paragraphs: list[Span] = []
    for page, plan in zip(pages, _iter_plans(pages, size)):
        page.lines = []
        page.furniture_lines = []
        if plan.number > 1:
            w.write("\n")
        page_start = w.pos
        if not plan.usable:
            reason = plan.reason or "garbled_text"
            warnings.append(ParseWarning(code=reason, page=plan.number, message=(
                f"page {plan.number} has no usable text layer ({reason.replace('_', ' ')}); "
                "its text is left out")))
            out_pages.append(Page(number=plan.number, span=Span(page_start, page_start),
                                  width=plan.width, height=plan.height, furniture=plan.furniture,
                                  label=plan.label, has_text_layer=False))
            continue
        if plan.extracted_by_ocr:
            warnings.append(ParseWarning(code="ocr_text", page=plan.number, message=(
                f"page {plan.number}: the text was read by OCR from the page image "
                "and may hold recognition errors")))
        if plan.repaired:
            warnings.append(ParseWarning(code="garbled_text_repaired", page=plan.number, message=(
                f"page {plan.number}: the text layer's fonts lack a Unicode map; "
                "the text was decoded by its glyph order and may hold errors")))
        breaks = _paragraph_breaks(plan.body, size or 12.0)
        markers: dict[int, list[tuple[int, str]]] = {}
        for li, ci, label in plan.markers:
            markers.setdefault(li, []).append((ci, label))
        marker_spans: dict[str, Span] = {}
        para_start = w.pos
        for i, line in enumerate(plan.body):
            if i and breaks[i]:
                paragraphs.append(Span(para_start, w.pos))
                para_start = w.pos + 1
            origin, end = _write_line(w, line, breaks[i], first=(i == 0), repair=repair)
            for ci, label in markers.get(i, ()):
                offset = max(0, min(end, origin + ci))
                marker_spans.setdefault(label, Span(offset, offset))
        if plan.body:
            paragraphs.append(Span(para_start, w.pos))
        for note in plan.foot:
            w.write("\n")
            if note.label:
                w.write(note.label + " ")
            start = w.pos
            for k, line in enumerate(note.lines):
                _write_line(w, line, False, first=(k == 0), repair=repair)
            if note.label:
                notes.append((note.label, Span(start, w.pos), plan.number, marker_spans.get(note.label)))
            elif notes:  # continues the previous page's last footnote
                label = notes[-1][0]
                notes.append((label, Span(start, w.pos), plan.number, None))
        out_pages.append(Page(number=plan.number, span=Span(page_start, w.pos), width=plan.width,
                              height=plan.height, furniture=plan.furniture, label=plan.label,
                              extracted_by_ocr=plan.extracted_by_ocr))
    if repair:
        warnings.append(ParseWarning(code="ligatures_repaired", message=(
            f"the PDF's ligature glyphs have no Unicode mapping; {broken} broken words "
            "(\"affrmed\") were restored from a word list")))
    text = w.text()
    footnotes = [Footnote(label=label, span=span, text=text[span.start:span.end], page=page, marker=marker)
                 for label, span, page, marker in notes]
    return Document(text=text, format="pdf", pages=out_pages, footnotes=footnotes,
                    paragraphs=paragraphs, warnings=warnings, line_boxes=w.line_boxes)


__all__ = ["assemble"]
