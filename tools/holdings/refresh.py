#!/usr/bin/env python3
"""Rewrite the training fixtures from annotated documents, as the current ingest reads them.

For each gold file (``{"file": <path under the corpus>, "holdings": [...]}``) this writes
``fixtures/holdings/train/<name>.txt`` (the clean text) and ``<name>.json`` (the
annotated holdings, the footnote spans and the opinion parts the structure reader
finds), so that training sees the text, footnotes and scope the extractor sees.

  python tools/holdings/refresh.py --gold DIR --corpus DIR [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from legalparse._ingest import ingest  # noqa: E402
from legalparse._limits import Limits  # noqa: E402
from legalparse._metadata import find_opinions  # noqa: E402
from legalparse._parse import read_source  # noqa: E402


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=ROOT / "fixtures" / "holdings" / "train")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for gold_path in sorted(args.gold.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        data, name = read_source(str(args.corpus / gold["file"]), limits=Limits())
        doc = ingest(data, source=name, limits=Limits())
        parts = [[p.kind, p.span.start, p.span.end] for p in find_opinions(doc)]
        record = {
            "file": gold["file"],
            "source": args.gold.resolve().name,
            "holdings": gold.get("holdings", []),
            "footnotes": [[f.span.start, f.span.end] for f in doc.footnotes],
            "parts": parts,
        }
        (args.out / f"{gold_path.stem}.txt").write_text(doc.text, encoding="utf-8")
        (args.out / f"{gold_path.stem}.json").write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(gold_path.stem, len(doc.text), len(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
