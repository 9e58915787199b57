"""HTML and XML reader (provisional: all text nodes)."""

from __future__ import annotations

from .._document import Document, Page
from .._limits import Limits
from .._span import Span
from ._clean import clean_chars


def read_markup(data: bytes, *, kind: str, source: str, limits: Limits = Limits()) -> Document:
    from lxml import etree, html

    if kind == "xml":
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
        root = etree.fromstring(data, parser)
    else:
        root = html.fromstring(data)
    text = clean_chars("\n".join(t.strip() for t in root.itertext() if t.strip()))
    return Document(text=text, format=kind, pages=[Page(number=1, span=Span(0, len(text)))], paged=False)
