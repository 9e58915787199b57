"""HTML and XML reader: court opinions as published by CAP, CourtListener, Columbia, Fastcase, courts.

One walker serves every flavour: block elements become paragraphs, inline
elements run together, page labels (CAP ``page-label``, CourtListener
``star-pagination``, Columbia ``<page_number>``, CASEMETS ``pgmap``) start
pages, and footnotes (CAP ``<aside class="footnote">``, Columbia
``<footnote_body>``, CourtListener ``[1]`` paragraphs) become footnote
records whose markers are taken out of the body.  Tagged caption fields are
kept as ``head_matter``.

XML is parsed without DTDs, external entities, entity expansion or network
access; the walk is iterative, so nesting depth cannot exhaust the stack.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Optional

import regex

from .._document import Document, Footnote, Page, ParseWarning
from .._errors import CorruptDocumentError, LimitExceededError
from .._limits import Limits
from .._span import Span
from ._clean import clean_chars

_INLINE = frozenset("""
    a abbr acronym b bdi bdo big bold cite citation code cross_reference del dfn em emphasis font i
    ins italic kbd mark q s samp small span strike strong sub sup tt u underline var wbr
    footnotemark extracted-citation footnote_number
    """.split())
_SKIP = frozenset("""
    script style head noscript nav form button select input iframe svg template menu
    title meta link object embed canvas textarea option
    """.split())
_CHROME = regex.compile(
    r"(?i)\b(?:nav|navbar|menu|breadcrumb|skip|skipcontent|banner|ab-banner|cookie|sidebar|"
    r"header|footer|footer-container|search|social|share|print-?only|lrb-menu)\b"
)
_WS = regex.compile(r"\s++")
_STAR = regex.compile(r"^\*?\s*+(\d[\w.\-]*+)$")
_COLUMBIA_PAGE = regex.compile(r"(?i)^(?:ct\s++)?page\s++(\S++)$")
_FN_LABEL = regex.compile(r"^\[?\s*+(?:fn|n)?\s*+(\d{1,4}|[*†‡]{1,3})\s*+\]?\.?$", regex.IGNORECASE)
_BRACKET_NOTE = regex.compile(r"^\[(\d{1,4})\]\s")
_PGMAP = regex.compile(r"^(\d[\w\-]*+)")

# XML elements whose text is metadata, not opinion text (CASEMETS, Fastcase)
_METADATA_ELEMENTS = frozenset("""
    metshdr amdsec filesec structmap dmdsec techmd digiprovmd rightsmd sourcemd
    citations jurisdiction docketnumbers headerhtml lawyerheader partyheader shortname
    currentopinion decisiondate author courtname courtabbreviation
    """.split())
_HEAD_TAGS = frozenset("""
    parties docketnumber court decisiondate otherdate attorneys judges author citations
    syllabus disposition history summary headnotes seealso
    reporter_caption caption citation_line docket date panel posture attorneys
    opinion_byline dissent_byline concurrence_byline hearing_date
    shortname courtname courtabbreviation docketnumber decisiondate author partyheader
    """.split())


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


class _Walker:
    """Renders an element tree to clean text with pages, paragraphs and footnotes."""

    def __init__(self, limits: Limits, source: str) -> None:
        self.limits = limits
        self.source = source
        self.parts: list[str] = []
        self.pos = 0
        self.last = "\n"
        self.page_marks: list[tuple[int, Optional[str]]] = [(0, None)]
        self.paragraphs: list[Span] = []
        self.para_start = 0
        self.notes: list[tuple[str, int, int]] = []
        self.markers: dict[str, int] = {}
        self.pre_depth = 0
        self.strip_label: Optional[str] = None

    # -- writing
    def write(self, text: str) -> None:
        if not text:
            return
        text = clean_chars(text)
        if self.pre_depth:
            text = regex.sub(r"[ ]++", " ", text)
        else:
            text = _WS.sub(" ", text)
        if self.last in " \n":
            text = text.lstrip(" ")
        if not text:
            return
        if self.strip_label is not None:
            # a footnote's own text that repeats its label ("1 The constitution ...")
            label, self.strip_label = self.strip_label, None
            m = regex.match(r"^\[?" + regex.escape(label) + r"[\].]?\s++", text)
            if m:
                text = text[m.end():]
                if not text:
                    return
        self.parts.append(text)
        self.pos += len(text)
        self.last = text[-1]
        if self.pos > self.limits.max_text_chars:
            raise LimitExceededError(
                f"text passes the limit of {self.limits.max_text_chars:,} characters", source=self.source)

    def newline(self) -> None:
        if self.last == " " and self.parts:
            self.parts[-1] = self.parts[-1][:-1]
            self.pos -= 1
            self.last = self.parts[-1][-1:] if self.parts[-1] else "\n"
            if not self.parts[-1]:
                self.parts.pop()
        if self.pos and self.last != "\n":
            if self.pos > self.para_start:
                self.paragraphs.append(Span(self.para_start, self.pos))
            self.parts.append("\n")
            self.pos += 1
            self.last = "\n"
        self.para_start = self.pos

    def page(self, label: Optional[str]) -> None:
        current = self.page_marks[-1][1]
        if label and current and label.isdecimal() and current.isdecimal() and int(label) < int(current):
            return  # CASEMETS tags head matter with later pages first: keep pages in order
        if self.page_marks and self.page_marks[-1][0] == self.pos:
            self.page_marks[-1] = (self.pos, label)
        elif self.page_marks[-1][1] != label:
            self.page_marks.append((self.pos, label))

    def text(self) -> str:
        return "".join(self.parts)

    # -- walking
    def render(self, root: Any) -> None:
        from lxml import etree

        walker = etree.iterwalk(root, events=("start", "end"))
        note_stack: list[Optional[tuple[str, int]]] = []
        for event, el in walker:
            tag = _local(el.tag)
            if event == "start":
                if not tag:  # comment or processing instruction
                    walker.skip_subtree()
                    note_stack.append(None)
                    continue
                if tag in _SKIP or _is_chrome(el):
                    walker.skip_subtree()
                    note_stack.append(None)
                    continue
                label = _page_label(el, tag)
                if label is not None:
                    self.page(label)
                    walker.skip_subtree()
                    note_stack.append(None)
                    continue
                pgmap = el.get("pgmap")
                if pgmap and tag not in _INLINE and tag not in _HEAD_TAGS:
                    m = _PGMAP.match(pgmap)
                    if m:
                        self.newline()
                        self.page(m.group(1))
                if tag == "footnote_number":  # the label of a Columbia footnote, written with the note
                    walker.skip_subtree()
                    note_stack.append(None)
                    continue
                marker = _marker_label(el, tag)
                if marker is not None:
                    self.markers.setdefault(marker, self.pos)
                    walker.skip_subtree()
                    note_stack.append(None)
                    continue
                if tag == "a" and (el.get("href") or "").startswith("#ref") and \
                        "footnote" in (el.getparent().get("class") or "" if el.getparent() is not None else ""):
                    walker.skip_subtree()  # the label link of a CAP footnote: written with the note
                    note_stack.append(None)
                    continue
                note_label = self._note_label(el, tag)
                if note_label is not None:
                    self.newline()
                    self._close_open_note(note_stack)
                    self.write(note_label + " ")
                    note_stack.append((note_label, self.pos))
                    self.strip_label = note_label
                    self._write_note_text(el, tag)
                    continue
                note_stack.append(None)
                if tag == "br":
                    self.newline()
                elif tag not in _INLINE:
                    self.newline()
                if tag == "pre":
                    self.pre_depth += 1
                if el.text:
                    self.write(el.text)
            else:
                note = note_stack.pop() if note_stack else None
                if tag == "pre":
                    self.pre_depth = max(0, self.pre_depth - 1)
                if note == ("", -1):  # a note closed early by a note nested in it
                    self.newline()
                elif note is not None:
                    end = self.pos - (1 if self.last in " \n" else 0)
                    self.notes.append((note[0], note[1], max(note[1], end)))
                    self.newline()
                elif tag and tag not in _INLINE:
                    self.newline()
                if el.tail and el.getparent() is not None:
                    self.write(el.tail)
        self.newline()

    def _close_open_note(self, stack: list[Optional[tuple[str, int]]]) -> None:
        """End a footnote where another starts inside it (CAP nests a dissent's notes so)."""
        for i in range(len(stack) - 1, -1, -1):
            entry = stack[i]
            if entry is not None and entry != ("", -1):
                end = self.pos - (1 if self.last in " \n" else 0)
                self.notes.append((entry[0], entry[1], max(entry[1], end)))
                stack[i] = ("", -1)

    def _note_label(self, el: Any, tag: str) -> Optional[str]:
        """The label of a footnote body element, or None."""
        cls = (el.get("class") or "").lower()
        if tag == "aside" and "footnote" in cls or tag == "div" and cls == "footnote":
            label = (el.get("data-label") or el.get("label") or "").strip().rstrip(".")
            return label or str(len(self.notes) + 1)
        if tag in ("footnote_body", "footnote"):
            num = next((c for c in el if _local(c.tag) in ("footnote_number", "label")), None)
            if num is not None:
                m = _FN_LABEL.match("".join(num.itertext()).strip())
                if m:
                    return m.group(1)
            label = el.get("label")
            return label.strip() if label else str(len(self.notes) + 1)
        if tag == "p":
            first = el[0] if len(el) else None
            if first is not None and _local(first.tag) == "a" and (first.get("name") or "").startswith("fr") \
                    and not (el.text or "").strip():
                m = _FN_LABEL.match("".join(first.itertext()).strip())
                if m:
                    return m.group(1)
            m = _BRACKET_NOTE.match((el.text or "").lstrip())
            if m and m.group(1) in self.markers:
                return m.group(1)
        return None

    def _write_note_text(self, el: Any, tag: str) -> None:
        """Write the footnote's own text (its children follow through the walk), minus its label."""
        text = el.text or ""
        if tag == "p":
            first = el[0] if len(el) else None
            if first is not None and _local(first.tag) == "a" and (first.get("name") or "").startswith("fr"):
                # the label anchor is written already: drop it, keep what follows it
                first.text = ""
                for child in list(first):
                    first.remove(child)
            text = _BRACKET_NOTE.sub("", text.lstrip(), count=1)
        self.write(text)


def _is_chrome(el: Any) -> bool:
    tag = _local(el.tag)
    if tag in ("header", "footer", "nav", "aside") and "footnote" not in (el.get("class") or ""):
        return True
    names = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
    return bool(names) and bool(_CHROME.search(names)) and tag not in ("main", "section", "article", "p")


def _page_label(el: Any, tag: str) -> Optional[str]:
    cls = (el.get("class") or "").lower()
    if "page-label" in cls or "star-pagination" in cls:
        label = el.get("data-label") or el.get("label") or "".join(el.itertext())
        m = _STAR.match(label.strip())
        return m.group(1) if m else label.strip().lstrip("*") or None
    if tag in ("page_number", "page-number"):
        m = _COLUMBIA_PAGE.match("".join(el.itertext()).strip())
        return m.group(1) if m else None
    return None


def _marker_label(el: Any, tag: str) -> Optional[str]:
    cls = (el.get("class") or "").lower()
    if "footnotemark" in cls or tag == "footnote_reference" or tag == "footnotemark":
        m = _FN_LABEL.match("".join(el.itertext()).strip())
        return m.group(1) if m else None
    if tag == "sup":
        m = regex.match(r"^\[(\d{1,4})\]$", "".join(el.itertext()).strip())
        return m.group(1) if m else None
    if tag == "a" and (el.get("href") or "").startswith("#fn") and not (el.get("name") or "").startswith("fr"):
        m = _FN_LABEL.match("".join(el.itertext()).strip())
        return m.group(1) if m else None
    return None


def _parse(data: bytes, kind: str, source: str) -> tuple[Any, bool]:
    """The root element, and whether libxml2 stopped early at one of its size limits.

    libxml2 stops reading, without an error, at 256 levels of nesting (unclosed
    ``<font>`` tags of word-processor HTML reach that) or at a 10 MB text node;
    such a document is read again with its larger limits (``huge_tree``), and
    what passes even those is reported, not silently dropped.
    """
    root, limited = _parse_once(data, kind, source, huge=False)
    if limited:
        root, limited = _parse_once(data, kind, source, huge=True)
    return root, limited


def _parse_once(data: bytes, kind: str, source: str, *, huge: bool) -> tuple[Any, bool]:
    from lxml import etree, html

    parser: Any
    try:
        if kind == "xml":
            parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                     dtd_validation=False, recover=True, huge_tree=huge,
                                     remove_comments=True, remove_pis=True)
            root = etree.fromstring(data, parser)
        else:
            from ._text import decode_text

            parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                     default_doctype=False, huge_tree=huge)  # type: ignore[call-arg]
            text, _encoding = decode_text(_declared(data))
            text = regex.sub(r"^\s*+<\?xml[^>]*+>", "", text)
            root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise CorruptDocumentError(f"cannot read the {kind.upper()} ({exc})", source=source) from exc
    if root is None:
        raise CorruptDocumentError(f"no {kind.upper()} content could be read", source=source)
    limited = any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log)
    return root, limited


_META_CHARSET = regex.compile(rb"(?i)<meta[^>]{0,200}?charset\s*+=\s*+[\"']?\s*+([\w\-]{2,30})")


def _declared(data: bytes) -> bytes:
    """Bytes re-encoded as UTF-8 where the page declares another charset."""
    m = _META_CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii").lower().replace("_", "-")
        # a declaration found in ASCII bytes cannot be true of UTF-16/32 (HTML reads it as UTF-8)
        if name not in ("utf-8", "utf8") and not name.startswith(("utf-16", "utf16", "utf-32", "utf32", "ucs")):
            try:
                return data.decode(name).encode("utf-8")
            except (LookupError, UnicodeError):  # unknown, binary or failing codecs: the bytes as they are
                return data
    return data


def _find(root: Any, name: str) -> Optional[Any]:
    for el in root.iter():
        if _local(el.tag) == name:
            return el
    return None


def _embedded_html(root: Any) -> Optional[Any]:
    """Fastcase-style XML whose opinion is HTML stored as escaped text (``<CaseHtml>``)."""
    from lxml import html

    for el in root.iter():
        if _local(el.tag) in ("casehtml", "opinionhtml", "html_body") and el.text and "<" in el.text:
            try:
                return html.document_fromstring(el.text)
            except Exception:
                return None
    return None


def _joined_text(el: Any) -> str:
    """An element's text, its block children (Columbia ``<center>`` lines, ``<br>``) kept apart by a space."""
    parts: list[str] = []
    for node in el.iter():
        tag = _local(node.tag)
        if node is not el and (tag not in _INLINE or tag == "br"):
            parts.append(" ")
        if node.text and tag not in _SKIP:
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def _collect_head(root: Any, kind: str) -> dict[str, tuple[str, ...]]:
    head: dict[str, list[str]] = {}

    def add(key: str, value: str) -> None:
        value = _WS.sub(" ", clean_chars(value)).strip()
        if value:
            head.setdefault(key, []).append(value)

    for el in root.iter():
        tag = _local(el.tag)
        if not tag:
            continue
        cls = (el.get("class") or "").lower().split()
        if kind == "html":
            for name in cls:
                if name in _HEAD_TAGS:
                    add(name, _joined_text(el))
            if tag == "article" and "opinion" in cls and el.get("data-type"):
                add("opinion_type", el.get("data-type"))
        else:
            if tag == "opinion" and el.get("type"):
                add("opinion_type", el.get("type"))
            if tag in _HEAD_TAGS and len("".join(el.itertext())) < 2000:
                add(tag, _joined_text(el))
    return {k: tuple(v) for k, v in head.items()}


def read_markup(data: bytes, *, kind: str, source: str, limits: Limits = Limits()) -> Document:
    """A :class:`Document` from HTML or XML bytes."""
    root, limited = _parse(data, kind, source)
    head = _collect_head(root, kind)
    body = root
    if kind == "xml":
        casebody = _find(root, "casebody")
        embedded = _embedded_html(root) if casebody is None else None
        if casebody is not None:
            body = casebody
        elif embedded is not None:
            body = embedded
            head.update({k: v for k, v in _collect_head(embedded, "html").items() if k not in head})
    else:
        main = _find(root, "main")
        body = main if main is not None else root
    walker = _Walker(limits, source)
    first = _first_page(root)
    if first:
        walker.page_marks = [(0, first)]
    try:
        walker.render(body)
        if kind == "xml" and walker.pos < _visible_chars(data) // 4:
            # malformed XML (Columbia's unquoted attributes) that the XML parser gave up on:
            # the lenient HTML parser keeps its unknown elements
            root, limited = _parse(data, "html", source)
            head = _collect_head(root, "xml")
            walker = _Walker(limits, source)
            walker.render(root)
    except RecursionError as exc:
        raise CorruptDocumentError("markup nested too deeply to read", source=source) from exc
    text = walker.text()
    # trailing newline out
    while text.endswith("\n"):
        text = text[:-1]
    end = len(text)
    marks = [(min(pos, end), label) for pos, label in walker.page_marks]
    paged = any(label for _, label in marks)
    pages: list[Page] = []
    if paged:
        # text before the first label is on the page before it (the first page of the report)
        for i, (pos, label) in enumerate(marks):
            stop = marks[i + 1][0] if i + 1 < len(marks) else end
            if stop <= pos and i + 1 < len(marks):
                continue
            pages.append(Page(number=len(pages) + 1, span=Span(pos, max(pos, stop)), label=label))
    else:
        pages.append(Page(number=1, span=Span(0, end)))
    footnotes = []
    for label, start, stop in walker.notes:
        start, stop = min(start, end), min(stop, end)
        marker_at = walker.markers.get(label)
        page_no = _page_of(pages, start) if paged else None
        footnotes.append(Footnote(label=label, span=Span(start, stop), text=text[start:stop], page=page_no,
                                  marker=Span(marker_at, marker_at) if marker_at is not None and marker_at <= end else None))
    paragraphs = [p for p in walker.paragraphs if p.end <= end]
    warnings: tuple[ParseWarning, ...] = ()
    if limited:
        warnings = (ParseWarning(code="markup_truncated", message=(
            f"the {kind.upper()} nests deeper than 2,048 elements or holds a text node past 1 GB; "
            "what follows that point is not read")),)
    return Document(text=text, format=kind, pages=pages, footnotes=footnotes, paragraphs=paragraphs,
                    head_matter=head, paged=paged, warnings=warnings)


def _first_page(root: Any) -> Optional[str]:
    """The reporter page the case starts on (CAP ``firstpage``), where the source says."""
    for el in root.iter():
        if _local(el.tag) in ("casebody", "section"):
            value = el.get("firstpage") or el.get("data-firstpage")
            if isinstance(value, str) and value.strip().isdecimal():
                return value.strip()
    return None


def _visible_chars(data: bytes) -> int:
    """Roughly how much text markup holds: characters outside tags."""
    return len(regex.sub(rb"<[^>]{0,2000}+>|\s++", b"", data[:2_000_000]))


def _page_of(pages: list[Page], offset: int) -> Optional[int]:
    for page in reversed(pages):
        if page.span.start <= offset:
            return page.number
    return pages[0].number if pages else None
