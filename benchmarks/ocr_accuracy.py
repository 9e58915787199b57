"""Character accuracy of OCR (``ocr="auto"``) against the text layer's own reading, page by page.

    python benchmarks/ocr_accuracy.py                     # corpus at ../shared/corpus
    python benchmarks/ocr_accuracy.py --corpus DIR --out r.json

Accuracy is ``1 - edit distance / reference length`` over the text legalparse
emits for a page (``Opinion.text`` within ``Page.span``), whitespace collapsed to
single spaces; a page left out counts as empty text (accuracy 0).  Two readings
are compared on each page:

* ``ocr``: ``legalparse.parse(..., ocr="auto")``: the page read by Tesseract;
* ``text layer``: ``ocr="never"``: the PDF's own text, shift-repaired by the
  layout stage where its fonts lack a Unicode map, or left out.

References (``benchmarks/ocr_references/``, checked by eye against the page images,
or taken from a clean copy of the same page):

* the image-only Tarrant slip pages 1-2: the same pages of the text slip opinion,
  read by legalparse from its text layer;
* the image-only D.C. Circuit page: a transcription of the page (the corpus's
  ``.txt`` of that case is a different text from this page);
* the garbled Daniel order (2 pages) and pages 1-2 of the garbled Lust order:
  transcriptions of the pages, without the CM/ECF filing stamp and the
  "Page N of 25" footer, which are furniture and not part of the text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Optional

import regex

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
REFERENCES = HERE / "ocr_references"
_SPACE = regex.compile(r"\s++")

TARRANT_SCAN = "pdf/scotus_2013_tarrant-regional-water-v-herrmann_scan-p1-2.pdf"
TARRANT_SLIP = "pdf/scotus_2013_tarrant-regional-water-v-herrmann_slip.pdf"
IDEAL_SCAN = "pdf/cadc_1997_ideal-electronic-security-v-intl-fidelity_scan-p1.pdf"
DANIEL = "pdf/nysd_2020_daniel-v-tm-protection_order-rule-60b_garbled-text.pdf"
LUST = "pdf/cacd_2018_lust-v-animal-logic_redacted-order-re-summary-judgment_garbled-text.pdf"


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions), bit-parallel (Myers, Hyyrö)."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    m = len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(a):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = (mh | ~(xv | ph)) & full
        mv = ph & xv
    return score


def normalize(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def accuracy(hypothesis: str, reference: str) -> float:
    """``1 - edit distance / reference length`` after collapsing whitespace (may go below 0)."""
    ref, hyp = normalize(reference), normalize(hypothesis)
    return 1.0 - levenshtein(ref, hyp) / max(len(ref), 1)


def page_texts(path: Path, ocr: str) -> tuple[dict[int, str], float, Any]:
    """Each page's emitted text, the seconds the parse took, and the opinion."""
    import legalparse

    started = time.perf_counter()
    opinion = legalparse.parse_file(path, ocr=ocr)
    seconds = time.perf_counter() - started
    return {p.number: opinion.text[p.span.start:p.span.end] for p in opinion.pages}, seconds, opinion


def reference(name: str) -> str:
    return (REFERENCES / name).read_text(encoding="utf-8")


def measure(corpus: Path) -> list[dict[str, Any]]:
    """One row per document and page range: both readings' accuracy against the reference."""
    slip, _, _ = page_texts(corpus / TARRANT_SLIP, "never")
    cases: list[tuple[str, str, list[int], dict[int, str]]] = [
        ("Tarrant slip pp. 1-2, image only", TARRANT_SCAN, [1, 2], {1: slip[1], 2: slip[2]}),
        ("Ideal (D.C. Cir.) p. 1, image only", IDEAL_SCAN, [1], {1: reference("ideal_p1.txt")}),
        ("Daniel (S.D.N.Y.) pp. 1-2, garbled", DANIEL, [1, 2],
         {1: reference("daniel_p1.txt"), 2: reference("daniel_p2.txt")}),
        ("Lust (C.D. Cal.) pp. 1-2, garbled", LUST, [1, 2],
         {1: reference("lust_p1.txt"), 2: reference("lust_p2.txt")}),
    ]
    rows: list[dict[str, Any]] = []
    for label, name, pages, refs in cases:
        row: dict[str, Any] = {"document": label, "file": name, "pages": pages,
                               "reference_chars": sum(len(normalize(refs[n])) for n in pages)}
        for mode in ("auto", "never"):
            texts, seconds, opinion = page_texts(corpus / name, mode)
            ref = " ".join(refs[n] for n in pages)
            hyp = " ".join(texts.get(n, "") for n in pages)
            ocr_pages = sum(1 for p in opinion.pages if p.extracted_by_ocr)
            row[mode] = {"accuracy": round(accuracy(hyp, ref), 4), "seconds": round(seconds, 2),
                         "pages_read_by_ocr": ocr_pages, "document_pages": len(opinion.pages),
                         "warnings": sorted({w.code for w in opinion.warnings})}
        rows.append(row)
    return rows


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--out", type=Path, help="also write the figures as JSON")
    args = ap.parse_args(argv)
    from legalparse._ingest._ocr import unavailable

    missing = unavailable()
    if missing:
        print(f"ocr_accuracy: {missing}", file=sys.stderr)
        return 1
    rows = measure(args.corpus)
    print(f"{'document':40} {'ref chars':>9} {'OCR':>7} {'text layer':>10} {'OCR s/page':>10}")
    for row in rows:
        per_page = row["auto"]["seconds"] / max(row["auto"]["pages_read_by_ocr"], 1)
        print(f"{row['document']:40} {row['reference_chars']:>9} {row['auto']['accuracy']:>7.1%} "
              f"{row['never']['accuracy']:>10.1%} {per_page:>10.1f}")
    if args.out:
        args.out.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
