"""Agreement with the Caselaw Access Project's own head-matter tags.

The 33 CAP casebody files in ``fixtures/metadata/cap`` carry CAP's tags: the
court, decision date and docket numbers in ``cap_tags.json`` (CAP's data.yml),
and the opinions' types and authors in the HTML itself.  The caption reader
must agree with them on at least 95% of the tagged fields.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from legalparse._ingest import ingest
from legalparse._metadata import _court, find_metadata, find_opinions

CAP = Path(__file__).resolve().parent.parent / "fixtures" / "metadata" / "cap"
TAGS = json.loads((CAP / "cap_tags.json").read_text(encoding="utf-8"))
KINDS = {"majority": "lead", "concurrence": "concurrence", "dissent": "dissent"}


def docket_key(value: str) -> tuple[int, ...]:
    """Year and serial of a docket number (what tells two forms of one number apart)."""
    text = re.sub(r"\s+", "", value.lower().replace("–", "-"))
    m = re.search(r"(\d{2})-?(?:[a-z]{1,4})?-?(\d{3,})", text)
    return (int(m.group(1)), int(m.group(2))) if m else tuple(int(d) for d in re.findall(r"\d+", text))


def cap_opinions(raw: bytes) -> list[tuple[str, str]]:
    """CAP's opinion tags: (type, author line) per ``<article class="opinion">``."""
    root = lxml_html.fromstring(raw)
    found = []
    for article in root.iter("article"):
        if "opinion" not in (article.get("class") or "").split():
            continue
        author = article.xpath('.//p[@class="author"]')
        found.append((article.get("data-type") or "", author[0].text_content().strip() if author else ""))
    return found


_NOT_A_NUMBER = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|(?:[A-Z][a-z]+\.?\s+)?Term,\s+\d{4}|\d{4})\.?$")
"""CAP's docket tag sometimes holds the decision date ("Feb. 15", "2011.") or a term ("Sept. Term, 2013.")."""


def cap_decision_date(raw: bytes) -> str | None:
    """The date in CAP's ``decisiondate`` tag of the HTML, as ISO (data.yml disagrees with it at times)."""
    from legalparse._metadata._when import from_head

    root = lxml_html.fromstring(raw)
    values = tuple(p.text_content() for p in root.xpath('//p[@class="decisiondate"]'))
    return from_head(values) if values else None


def agreement(name: str) -> list[tuple[str, bool, str]]:
    """(field, agrees, detail) for every field CAP tags in one file."""
    raw = (CAP / name).read_bytes()
    tags = TAGS[name]
    document = ingest(raw, source=name)
    meta = find_metadata(document)
    opinions = find_opinions(document)
    rows: list[tuple[str, bool, str]] = []
    cap_dockets = [d for d in tags["docket_numbers"] if not _NOT_A_NUMBER.match(d)]
    if cap_dockets:
        ok = bool({docket_key(d) for d in cap_dockets} & {docket_key(d) for d in meta.docket_numbers})
        rows.append(("docket", ok, f"{cap_dockets} / {list(meta.docket_numbers)}"))
    cap_court = _court.pick(_court.resolve(tags["court"]))
    if cap_court:
        rows.append(("court", cap_court == meta.court_id, f"{cap_court} / {meta.court_id}"))
    tagged_date = cap_decision_date(raw) or tags["decision_date"]
    if tagged_date:
        rows.append(("date", tagged_date == meta.date, f"{tagged_date} / {meta.date}"))
    tagged = cap_opinions(raw)
    kinds = [o.kind for o in opinions if o.kind != "syllabus"]
    rows.append(("opinion_types", [KINDS.get(t, t) for t, _ in tagged] == kinds, f"{tagged} / {kinds}"))
    lead_author = tagged[0][1] if tagged else ""
    if lead_author and not re.search(r"per\s+curiam", lead_author, re.I):
        surnames = {re.findall(r"[a-z]+", j.lower())[-1] for j in meta.judges if re.findall(r"[a-z]+", j.lower())}
        ok = bool(surnames) and any(s in lead_author.lower() for s in surnames)
        rows.append(("author", ok, f"{lead_author!r} / {list(meta.judges)}"))
    return rows


@pytest.mark.parametrize("name", sorted(TAGS))
def test_each_file_has_tags_and_reads(name: str) -> None:
    rows = agreement(name)
    assert any(field == "court" for field, _, _ in rows)


def test_agreement_with_cap_tags_is_at_least_95_percent() -> None:
    rows = [(name, *row) for name in sorted(TAGS) for row in agreement(name)]
    agreed = sum(1 for row in rows if row[2])
    misses = [f"{name}: {field}: {detail}" for name, field, ok, detail in rows if not ok]
    assert agreed / len(rows) >= 0.95, f"{agreed}/{len(rows)} agree; misses:\n" + "\n".join(misses)
