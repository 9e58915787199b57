"""The shipped JSON Schema describes every output: fixtures, the corpus, and error lines."""

from __future__ import annotations

import copy
import functools
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

jsonschema = pytest.importorskip("jsonschema")

import legalparse  # noqa: E402
from legalparse._cli import main  # noqa: E402

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "fixtures"
# The shared corpus: named by LEGALPARSE_CORPUS, beside the checkout (as CI lays it), or at /work/shared.
_CANDIDATES = [os.environ.get("LEGALPARSE_CORPUS", ""), str(ROOT.resolve().parent / "shared" / "corpus"),
               "/work/shared/corpus"]
CORPUS = next((Path(c) for c in _CANDIDATES if c and Path(c).is_dir()), Path("/work/shared/corpus"))
SUFFIXES = (".pdf", ".html", ".htm", ".xml", ".txt")

SCHEMA = legalparse.schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
ERROR_VALIDATOR = jsonschema.Draft202012Validator({**SCHEMA, "$ref": "#/$defs/error_result"})
SPANNED = ("statutes", "dispositions", "holdings", "footnotes")
RANGED = SPANNED + ("sections", "opinions", "pages")


def _batch(paths: list[str], jobs: int = 1) -> list[dict[str, Any]]:
    out, err = io.StringIO(), io.StringIO()
    # A generous time limit: a document that hangs the parser fails here by name instead of
    # stalling the suite.
    status = main(["parse", *paths, "--format", "jsonl", "--jobs", str(jobs), "--no-progress",
                   "--timeout", "300"], stdout=out, stderr=err)
    assert status in (0, 1), err.getvalue()
    assert "Traceback" not in err.getvalue()
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == len(paths)
    return lines


def _check(result: dict[str, Any]) -> None:
    if "error" in result:
        errors = sorted(ERROR_VALIDATOR.iter_errors(result), key=str)
    else:
        errors = sorted(VALIDATOR.iter_errors(result), key=str)
    assert not errors, f"{result['source'].get('name')}: {errors[0].json_path}: {errors[0].message}"


def _check_offsets(result: dict[str, Any]) -> None:
    """The contract's promises the schema cannot state: spans slice back, indexes point."""
    if "error" in result:
        return
    name = result["source"]["name"]
    text = result["text"]
    for key in RANGED:
        for i, item in enumerate(result[key]):
            assert 0 <= item["start"] <= item["end"] <= len(text), (name, key, i)
            if key in SPANNED:
                assert text[item["start"]:item["end"]] == item["text"], (name, key, i)
    pages = result["source"]["page_count"]
    for key in SPANNED + ("sections", "opinions"):
        for item in result[key]:
            assert item["page"] is None or (pages is not None and 1 <= item["page"] <= pages), (name, key)
    for holding in result["holdings"]:
        assert all(0 <= i < len(result["statutes"]) for i in holding["statutes"]), name


def _fixture_files() -> list[str]:
    return sorted(str(p) for p in FIXTURES.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_file_ships_in_the_package() -> None:
    shipped = Path(legalparse.__file__).parent / "schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == SCHEMA


@pytest.fixture(scope="module")
def fixture_results() -> list[dict[str, Any]]:
    files = _fixture_files()
    assert files, "no fixture documents found"
    return _batch(files, jobs=2)


def test_every_fixture_output_validates(fixture_results: list[dict[str, Any]]) -> None:
    for result in fixture_results:
        _check(result)


def test_every_fixture_output_keeps_its_offsets(fixture_results: list[dict[str, Any]]) -> None:
    for result in fixture_results:
        _check_offsets(result)


@pytest.fixture(scope="module")
def corpus_results() -> list[dict[str, Any]]:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not present at {CORPUS}")
    files = sorted(str(p) for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    return _batch(files, jobs=2)


def test_every_corpus_output_validates(corpus_results: list[dict[str, Any]]) -> None:
    for result in corpus_results:
        _check(result)
    failed = [r["source"]["name"] for r in corpus_results if "error" in r]
    assert not failed, f"corpus documents that failed to parse: {failed}"


def test_every_corpus_output_keeps_its_offsets(corpus_results: list[dict[str, Any]]) -> None:
    for result in corpus_results:
        _check_offsets(result)


def _check_xml(results: list[dict[str, Any]]) -> None:
    """The XML form of each result (written from the same data) validates against the XSD."""
    from lxml import etree

    from legalparse._serialize import dict_to_xml, error_to_xml

    xsd = etree.XMLSchema(etree.parse(str(Path(legalparse.__file__).parent / "legalparse.xsd")))
    for result in results:
        xml = error_to_xml(result) if "error" in result else dict_to_xml(result)
        root = etree.fromstring(xml.encode("utf-8"))
        assert xsd.validate(root), f"{result['source'].get('name')}: {xsd.error_log.last_error}"


def test_every_fixture_output_as_xml_validates(fixture_results: list[dict[str, Any]]) -> None:
    _check_xml(fixture_results)


def test_every_corpus_output_as_xml_validates(corpus_results: list[dict[str, Any]]) -> None:
    _check_xml(corpus_results)


# --- the schema itself: closed vocabularies, required keys, room for additions ------------

SENTENCE = "The motion to dismiss, ECF No. 12, is GRANTED. See 26 U.S.C. § 6103(i)(2)."


@functools.lru_cache(maxsize=1)
def _parsed_sentence() -> str:
    return json.dumps(legalparse.parse_text(SENTENCE).to_dict())


def _base() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(_parsed_sentence())
    result["statutes"] = [{
        "code": "U.S.C.", "title": "26", "section": "6103", "subsections": ["i", "2"],
        "section_end": None, "subsections_end": None, "et_seq": False, "form": "full",
        "as_written": "U.S.C.", "canonical": "26 U.S.C. § 6103(i)(2)",
        "text": "26 U.S.C. § 6103(i)(2)", "page": None, "start": 51, "end": 73}]
    result["dispositions"] = [{
        "subject": "motion", "motion_type": "dismiss", "movant": None, "ecf": ["12"],
        "outcome": ["granted"], "text": SENTENCE[:46], "page": None, "start": 0, "end": 46}]
    result["holdings"] = [{"text": SENTENCE[:46], "confidence": 0.5, "statutes": [0],
                           "page": None, "start": 0, "end": 46}]
    return result


def test_hand_made_result_is_valid_and_consistent() -> None:
    result = _base()
    assert SENTENCE[51:73] == "26 U.S.C. § 6103(i)(2)"
    _check(result)
    _check_offsets(result)


VOCABULARIES = {
    # (where in a result, the schema's $defs entry, one value the contract lists, one it does not)
    "motion_type": (("dispositions", 0, "motion_type"), "preliminary_injunction", "injunction"),
    "outcome": (("dispositions", 0, "outcome", 0), "granted_in_part", "GRANTED"),
    "subject": (("dispositions", 0, "subject"), "petition", "request"),
    "form": (("statutes", 0, "form"), "id", "ibid"),
    "document_type": (("metadata", "document_type"), "report_and_recommendation", "opinion_and_order"),
    "format": (("source", "format"), "xml", "docx"),
}


def _set(result: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target: Any = result
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


@pytest.mark.parametrize("vocabulary", sorted(VOCABULARIES))
def test_closed_vocabularies_are_enums(vocabulary: str) -> None:
    path, listed, unlisted = VOCABULARIES[vocabulary]
    values = SCHEMA["$defs"][vocabulary]["enum"]
    assert listed in values and unlisted not in values
    for value in values:  # every entry of the vocabulary is accepted where it belongs
        result = _base()
        _set(result, path, value)
        assert VALIDATOR.is_valid(result), (vocabulary, value)
    result = _base()
    _set(result, path, unlisted)
    assert not VALIDATOR.is_valid(result)


def test_contract_motion_types_and_outcomes_are_all_listed() -> None:
    # The contract's lists, copied here so that dropping one from the schema is noticed.
    motion_types = """preliminary_injunction temporary_restraining_order dismiss summary_judgment
    judgment_on_the_pleadings intervene unseal seal stay remand transfer amend reconsideration
    class_certification compel sanctions attorney_fees default_judgment new_trial
    judgment_as_a_matter_of_law suppress strike quash protective_order leave_to_file
    extension_of_time appoint_counsel in_forma_pauperis habeas_corpus vacate consolidate
    substitute redact in_limine exclude_expert disqualify recusal set_aside_verdict additur
    remittitur rehearing certiorari leave_to_appeal other""".split()
    outcomes = """granted denied granted_in_part denied_in_part denied_as_moot
    denied_without_prejudice withdrawn held_in_abeyance affirmed reversed vacated remanded
    affirmed_in_part reversed_in_part vacated_in_part modified dismissed terminated""".split()
    assert SCHEMA["$defs"]["motion_type"]["enum"] == motion_types
    assert SCHEMA["$defs"]["outcome"]["enum"] == outcomes


@pytest.mark.parametrize("key", SCHEMA["required"])
def test_top_level_keys_are_required(key: str) -> None:
    result = _base()
    del result[key]
    assert not VALIDATOR.is_valid(result)


@pytest.mark.parametrize("kind", ["statutes", "dispositions", "holdings"])
def test_item_contract_keys_are_required(kind: str) -> None:
    definition = SCHEMA["$defs"][kind[:-1]]
    for key in definition["required"]:
        result = _base()
        del result[kind][0][key]
        assert not VALIDATOR.is_valid(result), (kind, key)


def test_dates_are_iso() -> None:
    result = _base()
    result["metadata"]["date"] = "2025-05-12"
    assert VALIDATOR.is_valid(result)
    result["metadata"]["date"] = "May 12, 2025"
    assert not VALIDATOR.is_valid(result)


_names = st.from_regex(r"[a-z][a-z_]{0,12}", fullmatch=True)
_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_names, inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=60, deadline=None)
@given(where=st.sampled_from(["", "source", "metadata", "statutes", "dispositions", "holdings"]),
       extra=st.dictionaries(_names, _values, min_size=1, max_size=3))
def test_added_keys_keep_a_result_valid(where: str, extra: dict[str, Any]) -> None:
    result = _base()
    target = result if not where else result[where]
    target = target[0] if isinstance(target, list) else target
    for key, value in extra.items():
        target.setdefault(key, copy.deepcopy(value))
    assert VALIDATOR.is_valid(result)
