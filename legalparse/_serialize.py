"""JSON and XML output: one mapping from the model to contract keys.

Spans are flattened to ``start``/``end``; enums become their values; tuples
become lists.  Key order is fixed so output is byte-identical across runs.
"""

from __future__ import annotations

import enum
import json
from typing import TYPE_CHECKING, Any, Optional

import attrs

from ._span import Span
from ._version import SCHEMA_VERSION, __version__

if TYPE_CHECKING:
    from ._opinion import Opinion

# Internal fields that are not part of the output.
_SKIP = {"document", "head_matter", "line_boxes"}


def record_to_dict(record: Any) -> Any:
    """An attrs record (or a value inside one) as JSON-ready data."""
    if isinstance(record, Span):
        return {"start": record.start, "end": record.end}
    if attrs.has(type(record)):
        out: dict[str, Any] = {}
        for field in attrs.fields(type(record)):
            if field.name.startswith("_") or field.name in _SKIP:
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
    return {
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


def opinion_to_json(opinion: "Opinion", *, indent: Optional[int] = 2) -> str:
    """The contract JSON text for ``opinion``."""
    return json.dumps(opinion_to_dict(opinion), ensure_ascii=False, indent=indent)


def _xml_safe(text: str) -> str:
    # XML 1.0 forbids most C0 controls; they cannot appear even escaped.
    return "".join(
        ch if ch in "\t\n\r" or (" " <= ch <= "\ud7ff") or ("\ue000" <= ch <= "\ufffd") or ch > "\uffff" else "\ufffd"
        for ch in text
    )


def _to_element(parent: Any, name: str, value: Any) -> None:
    from lxml import etree

    elem = etree.SubElement(parent, name)
    if isinstance(value, dict):
        for key, sub in value.items():
            _to_element(elem, key, sub)
    elif isinstance(value, list):
        singular = {
            "statutes": "statute", "dispositions": "disposition", "holdings": "holding",
            "sections": "section", "opinions": "opinion", "footnotes": "footnote",
            "pages": "page", "warnings": "warning", "docket_numbers": "docket_number",
            "judges": "judge", "parties": "party", "subsections": "subsection",
            "subsections_end": "subsection", "ecf": "entry", "outcome": "word",
            "furniture": "line", "authors": "author",
        }.get(name, "item")
        for sub in value:
            _to_element(elem, singular, sub)
    elif value is None:
        elem.set("null", "true")
    elif isinstance(value, bool):
        elem.text = "true" if value else "false"
    else:
        elem.text = _xml_safe(str(value))


def opinion_to_xml(opinion: "Opinion") -> str:
    """The same content as the JSON, as an XML document rooted at ``<legalparse>``."""
    from lxml import etree

    data = opinion_to_dict(opinion)
    root = etree.Element("legalparse")
    root.set("schema_version", data.pop("schema_version"))
    root.set("legalparse_version", data.pop("legalparse_version"))
    for key, value in data.items():
        _to_element(root, key, value)
    return etree.tostring(root, encoding="unicode", pretty_print=True)
