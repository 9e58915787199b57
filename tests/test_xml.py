"""The XML output: well-formed, valid against the shipped XSD, and the same data as the JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from lxml import etree

import legalparse
from legalparse._cli import main
from legalparse._serialize import XML_KEYS

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "fixtures" / "api"
DOCS = sorted(p for p in FIXTURES.iterdir() if p.is_file())
XSD_PATH = Path(legalparse.__file__).parent / "legalparse.xsd"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
SENTENCE = "The motion to dismiss, ECF No. 12, is GRANTED. See 26 U.S.C. § 6103(i)(2)."


@pytest.fixture(scope="module")
def xsd() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD_PATH)))


def _valid(xsd: etree.XMLSchema, xml: str) -> etree._Element:
    root = etree.fromstring(xml.encode("utf-8"))
    assert xsd.validate(root), str(xsd.error_log.last_error)
    return root


def _same(elem: etree._Element, value: Any, where: str) -> None:
    """``elem`` carries ``value`` (from the JSON) exactly."""
    if value is None:
        assert elem.get(XSI_NIL) == "true" and len(elem) == 0 and not elem.text, where
    elif isinstance(value, dict):
        tags = [child.tag for child in elem]
        assert sorted(tags) == sorted(value), where
        for child in elem:
            _same(child, value[child.tag], f"{where}/{child.tag}")
    elif isinstance(value, list):
        assert len(elem) == len(value), where
        for i, (child, item) in enumerate(zip(elem, value)):
            _same(child, item, f"{where}[{i}]")
    elif isinstance(value, bool):
        assert elem.text == ("true" if value else "false"), where
    else:
        assert (elem.text or "") == str(value), where


def _with_findings(opinion: legalparse.Opinion) -> legalparse.Opinion:
    """A parse of SENTENCE with one finding of each kind, as the extractors would give them."""
    statute = legalparse.StatuteCitation(
        code="U.S.C.", title="26", section="6103", subsections=("i", "2"),
        form=legalparse.CitationForm.FULL, as_written="U.S.C.", canonical="26 U.S.C. § 6103(i)(2)",
        span=legalparse.Span(51, 73), text=SENTENCE[51:73])
    disposition = legalparse.Disposition(
        subject="motion", motion_type="dismiss", ecf=("12",), outcome=("granted",),
        span=legalparse.Span(0, 46), text=SENTENCE[:46])
    holding = legalparse.Holding(span=legalparse.Span(0, 46), text=SENTENCE[:46], confidence=0.5,
                                 statutes=(0,))
    return attrs.evolve(opinion, statutes=(statute,), dispositions=(disposition,), holdings=(holding,))


def test_xsd_is_a_valid_schema(xsd: etree.XMLSchema) -> None:
    assert xsd is not None


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_fixture_xml_validates_and_matches_the_json(xsd: etree.XMLSchema, path: Path) -> None:
    opinion = legalparse.parse_file(path)
    root = _valid(xsd, opinion.to_xml())
    data = opinion.to_dict()
    assert root.tag == "legalparse"
    assert root.get("schema_version") == data.pop("schema_version")
    assert root.get("legalparse_version") == data.pop("legalparse_version")
    _same(root, data, path.name)


def test_findings_in_xml(xsd: etree.XMLSchema) -> None:
    opinion = _with_findings(legalparse.parse_text(SENTENCE))
    root = _valid(xsd, opinion.to_xml())
    data = opinion.to_dict()
    del data["schema_version"], data["legalparse_version"]
    _same(root, data, "sentence")
    statute = root.find("statutes/statute")
    assert statute is not None
    assert [e.text for e in statute.iterfind("subsections/subsection")] == ["i", "2"]
    assert statute.findtext("canonical") == "26 U.S.C. § 6103(i)(2)"
    assert root.find("holdings/holding/statutes/index").text == "0"  # type: ignore[union-attr]
    assert root.findtext("dispositions/disposition/outcome/word") == "granted"
    # contract keys first, in the order the XSD gives
    assert [e.tag for e in statute][: len(XML_KEYS["statute"])] == list(XML_KEYS["statute"])


def test_added_fields_follow_the_contract_keys_and_stay_valid(xsd: etree.XMLSchema) -> None:
    from legalparse._serialize import dict_to_xml

    data = _with_findings(legalparse.parse_text(SENTENCE)).to_dict()
    data["statutes"][0] = {"url": "https://example.org/26/6103", **data["statutes"][0]}
    data["dispositions"][0]["judge_signed"] = None
    data["metadata"]["panel"] = ["A", "B"]
    data["reporter_citations"] = [{"volume": "596", "page": "530"}]
    root = _valid(xsd, dict_to_xml(data))
    tags = [e.tag for e in root.find("statutes/statute")]  # type: ignore[union-attr]
    assert tags[: len(XML_KEYS["statute"])] == list(XML_KEYS["statute"])
    assert tags.index("url") >= len(XML_KEYS["statute"])
    assert root.find("dispositions/disposition/judge_signed").get(XSI_NIL) == "true"  # type: ignore[union-attr]


def test_a_wrong_vocabulary_word_is_invalid(xsd: etree.XMLSchema) -> None:
    xml = _with_findings(legalparse.parse_text(SENTENCE)).to_xml()
    assert xsd.validate(etree.fromstring(xml.encode()))
    bad = xml.replace("<motion_type>dismiss</motion_type>", "<motion_type>dismissal</motion_type>")
    assert not xsd.validate(etree.fromstring(bad.encode()))


def test_xsd_vocabularies_equal_the_json_schema() -> None:
    tree = etree.parse(str(XSD_PATH))
    ns = {"xs": "http://www.w3.org/2001/XMLSchema"}
    schema = legalparse.schema()
    for xsd_name, json_name in [("MotionType", "motion_type"), ("Outcome", "outcome"),
                                ("Subject", "subject"), ("DocumentType", "document_type"),
                                ("CitationForm", "form"), ("Format", "format")]:
        values = tree.xpath(f"//xs:simpleType[@name='{xsd_name}']//xs:enumeration/@value", namespaces=ns)
        assert values == schema["$defs"][json_name]["enum"], xsd_name


def test_characters_xml_cannot_carry_become_replacement_characters(xsd: etree.XMLSchema) -> None:
    from legalparse._serialize import dict_to_xml

    data = legalparse.parse_text(SENTENCE).to_dict()
    data["text"] = "Page one.\fPage two \x01 ends \ud800\r\n."
    root = _valid(xsd, dict_to_xml(data))
    carried = root.findtext("text")
    # same length, so offsets still line up; \r survives (written as a character reference)
    assert carried == "Page one.\ufffdPage two \ufffd ends \ufffd\r\n."


def test_batch_xml_has_one_root_with_results_and_errors(xsd: etree.XMLSchema, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    out, err = io.StringIO(), io.StringIO()
    status = main(["parse", str(DOCS[0]), str(empty), str(DOCS[1]), "--format", "xml"],
                  stdout=out, stderr=err)
    assert status == 1
    root = _valid(xsd, out.getvalue())
    assert root.tag == "legalparse_batch"
    assert [e.tag for e in root] == ["legalparse", "legalparse_error", "legalparse"]
    assert root[1].findtext("source/name") == "empty.pdf"
    assert root[1].findtext("error/type")
    assert [e.findtext("source/name") for e in root[::2]] == [DOCS[0].name, DOCS[1].name]


def test_single_xml_output_has_a_declaration(xsd: etree.XMLSchema) -> None:
    out = io.StringIO()
    assert main(["parse", str(DOCS[0]), "--format", "xml"], stdout=out, stderr=io.StringIO()) == 0
    assert out.getvalue().startswith('<?xml version="1.0" encoding="UTF-8"?>\n<legalparse ')
    _valid(xsd, out.getvalue())
    assert json.loads(legalparse.parse_file(DOCS[0]).to_json())["text"] == \
        etree.fromstring(out.getvalue().encode()).findtext("text")
