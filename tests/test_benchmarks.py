"""The benchmark script keeps working (its figures are never asserted: see docs/performance.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_runs_and_reports_every_section(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--out", str(out)],
                   check=True, capture_output=True, text=True, timeout=900)
    report = json.loads(out.read_text())
    assert set(report["speed"]["rows"]) == {"pdfplumber_extract_text", "pypdfium2_get_text_range",
                                           "legalparse_ingest", "legalparse_parse"}
    assert report["speed"]["pages"] > 0
    assert [row["pages"] for row in report["scaling"]] == [1, 10]
    assert report["statutes"]["characters"] > 0 and report["import"]["import_seconds"] > 0
