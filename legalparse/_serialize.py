"""JSON and XML output: one mapping from the model to contract keys.

Spans are flattened to ``start``/``end``; enums become their values; tuples
become lists.  Key order is fixed so output is byte-identical across runs.

The XML carries the same data as the JSON, element names following the JSON
keys (see ``docs/xml.md`` and the shipped ``legalparse.xsd``).  Within each
record the contract keys come first, in the order of :data:`XML_KEYS`, and any
further fields after them, so a reader can rely on the first and skip the rest.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Optional

import attrs
import regex

from ._span import Span
from ._version import SCHEMA_VERSION, __version__

if TYPE_CHECKING:
    from lxml import etree

    from ._opinion import Opinion

# Internal fields that are not part of the output.
_SKIP = {"document", "head_matter", "line_boxes"}
# Fields of one record kind that the output carries elsewhere (metadata warnings join the top-level list).
_SKIP_IN = {"Metadata": {"warnings"}}

XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NIL = f"{{{XSI}}}nil"

# XML 1.0 allows neither most C0 controls nor lone surrogates, even escaped.
_NOT_XML = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = regex.compile("[\ud800-\udfff]")

_SPANNED = ("text", "page", "start", "end")
XML_KEYS: Mapping[str, tuple[str, ...]] = {
    "legalparse": ("source", "metadata", "statutes", "dispositions", "holdings", "sections",
                   "opinions", "footnotes", "pages", "warnings", "text"),
    "source": ("name", "sha256", "format", "page_count"),
    "metadata": ("court", "court_id", "docket_numbers", "case_name", "judges", "date", "document_type"),
    "statute": ("code", "title", "section", "subsections", "section_end", "subsections_end",
                "et_seq", "form", "as_written", "canonical") + _SPANNED,
    "disposition": ("subject", "motion_type", "movant", "ecf", "outcome") + _SPANNED,
    "holding": ("confidence", "statutes") + _SPANNED,
    "section": ("heading", "number", "level", "page", "start", "end"),
    "opinion": ("kind", "authors", "page", "start", "end"),
    "footnote": ("label", "text", "page", "start", "end"),
    "page": ("number", "start", "end"),
    "warning": ("code", "message", "page"),
}
"""Per record element, the contract keys that always come first, in this order."""

# The element of one list item, by (record element, key); else by key; else "item".
_ITEM_BY_KEY = {
    "statutes": "statute", "dispositions": "disposition", "holdings": "holding",
    "sections": "section", "opinions": "opinion", "footnotes": "footnote",
    "pages": "page", "warnings": "warning", "docket_numbers": "docket_number",
    "judges": "judge", "parties": "party", "subsections": "subsection",
    "subsections_end": "subsection", "ecf": "entry", "outcome": "word",
    "furniture": "line", "authors": "author",
}
_ITEM_BY_PARENT = {("holding", "statutes"): "index"}


def scrub_surrogates(text: str) -> str:
    """``text`` with lone surrogates (which UTF-8 cannot carry) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def record_to_dict(record: Any) -> Any:
    """An attrs record (or a value inside one) as JSON-ready data."""
    if isinstance(record, Span):
        return {"start": record.start, "end": record.end}
    if attrs.has(type(record)):
        out: dict[str, Any] = {}
        skip_here = _SKIP_IN.get(type(record).__name__, ())
        for field in attrs.fields(type(record)):
            if field.name.startswith("_") or field.name in _SKIP or field.name in skip_here:
                continue
            value = getattr(record, field.name)
            if field.name == "span" and isinstance(value, Span):
                out["start"] = value.start
                out["end"] = value.end
            else:
                out[field.name] = record_to_dict(value)
        return out
    if isinstance(record, enum.Enum):
        return record.value
    if isinstance(record, (tuple, list)):
        return [record_to_dict(v) for v in record]
    if isinstance(record, dict):
        return {str(k): record_to_dict(v) for k, v in record.items()}
    return record


def opinion_to_dict(opinion: "Opinion") -> dict[str, Any]:
    """The contract's top-level object for ``opinion``."""
    out = {
        "schema_version": SCHEMA_VERSION,
        "legalparse_version": __version__,
        "source": record_to_dict(opinion.source),
        "metadata": record_to_dict(opinion.metadata),
        "statutes": record_to_dict(opinion.statutes),
        "dispositions": record_to_dict(opinion.dispositions),
        "holdings": record_to_dict(opinion.holdings),
        "sections": record_to_dict(opinion.sections),
        "opinions": record_to_dict(opinion.opinions),
        "footnotes": record_to_dict(opinion.footnotes),
        "pages": record_to_dict(opinion.pages),
        "warnings": record_to_dict(opinion.warnings),
        "text": opinion.text,
    }
    if opinion.cases:  # asked for with parse(..., cases=True) / --cases
        out["cases"] = record_to_dict(opinion.cases)
    return out


def dumps(data: Any, *, indent: Optional[int] = None) -> str:
    """JSON text of ``data``: UTF-8 characters as they are, lone surrogates escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    if _SURROGATE.search(text):
        # A lone surrogate cannot be written as UTF-8; ASCII escapes keep it losslessly.
        text = json.dumps(data, ensure_ascii=True, indent=indent)
    return text


def opinion_to_json(opinion: "Opinion", *, indent: Optional[int] = 2) -> str:
    """The contract JSON text for ``opinion``."""
    return dumps(opinion_to_dict(opinion), indent=indent)


def _xml_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return _NOT_XML.sub("\ufffd", str(value))


def _ordered(record: str, value: Mapping[str, Any]) -> list[tuple[str, Any]]:
    first = [(k, value[k]) for k in XML_KEYS.get(record, ()) if k in value]
    known = {k for k, _ in first}
    return first + [(k, v) for k, v in value.items() if k not in known]


def _fill(elem: "etree._Element", record: str, value: Any) -> None:
    from lxml import etree

    if value is None:
        elem.set(_NIL, "true")
    elif isinstance(value, Mapping):
        for key, sub in _ordered(record, value):
            _fill(etree.SubElement(elem, key), key, sub)
    elif isinstance(value, (list, tuple)):
        item = _ITEM_BY_PARENT.get((elem.getparent().tag if elem.getparent() is not None else "", record),  # type: ignore[union-attr]
                                   _ITEM_BY_KEY.get(record, "item"))
        for sub in value:
            _fill(etree.SubElement(elem, item), item, sub)
    else:
        elem.text = _xml_text(value)


def dict_to_xml(data: Mapping[str, Any]) -> str:
    """A contract object (``Opinion.to_dict()``) as a ``<legalparse>`` XML element."""
    from lxml import etree

    root = etree.Element("legalparse", nsmap={"xsi": XSI})
    root.set("schema_version", str(data.get("schema_version", SCHEMA_VERSION)))
    root.set("legalparse_version", str(data.get("legalparse_version", __version__)))
    body = {k: v for k, v in data.items() if k not in ("schema_version", "legalparse_version")}
    _fill(root, "legalparse", body)
    return etree.tostring(root, encoding="unicode", pretty_print=True)


def opinion_to_xml(opinion: "Opinion") -> str:
    """The same content as the JSON, as an XML element ``<legalparse>`` (no declaration)."""
    return dict_to_xml(opinion_to_dict(opinion))


def error_to_xml(error: Mapping[str, Any]) -> str:
    """A failed input's error object as a ``<legalparse_error>`` element."""
    from lxml import etree

    root = etree.Element("legalparse_error", nsmap={"xsi": XSI})
    _fill(root, "legalparse_error", error)
    return etree.tostring(root, encoding="unicode", pretty_print=True)
