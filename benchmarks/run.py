"""Speed and memory of a full parse against what users would run instead, in one run.

    python benchmarks/run.py                 # the full run (a few minutes on 2 cores)
    python benchmarks/run.py --quick         # a short run, for CI: small inputs, one repeat
    python benchmarks/run.py --out r.json    # also write the figures as JSON

What is measured, each on the same pages in the same run so that the figures
are ratios to baselines, not absolute times on one machine:

1. pages/s over the corpus PDFs that have a text layer: pdfplumber
   ``extract_text`` (the usual choice), pypdfium2 ``get_text_range`` (the
   engine's plain-text limit), legalparse ingest alone, and the full
   ``legalparse.parse`` with every extractor;
2. peak RSS of a full parse of the 170-page slip opinion, in a fresh process;
3. a scaling curve: the first 1, 10, 50, 100 and 170 pages of that slip, and a
   1,000-page concatenation, each parsed in a fresh process (seconds, pages/s,
   peak RSS): time should grow linearly and memory stay flat;
4. statute extraction in characters/s against eyecite ``get_citations`` on the
   same clean text (see ``benchmarks/bench_statutes.py`` for the full study);
5. the batch command with ``--jobs 1`` and ``--jobs 2``;
6. the time ``import legalparse`` takes.

No figure is asserted anywhere; the test suite only runs ``--quick`` to keep
this script working.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

CORPUS = REPO.parent / "shared" / "corpus"
SLIP_NAME = "scotus_2026_learning-resources-v-trump_slip.pdf"


def text_layer_pdfs(corpus: Path, quick: bool) -> list[Path]:
    """Corpus PDFs with a text layer (the MANIFEST says so), or the fixtures without a corpus."""
    import csv

    manifest = corpus / "MANIFEST.csv"
    if manifest.exists():
        rows = list(csv.DictReader(manifest.open(encoding="utf-8")))
        paths = [corpus / r["file"] for r in rows if r["file"].endswith(".pdf") and r["text_layer"] not in ("no",)
                 and "scan" not in r["file"] and "garbled" not in r["file"]]
    else:
        paths = sorted((REPO / "fixtures").rglob("*.pdf"))
    paths = [p for p in paths if p.exists()]
    if quick:
        paths = [p for p in paths if p.stat().st_size < 200_000][:4]
    return paths


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def run_pdfplumber(paths: list[Path]) -> None:
    import pdfplumber

    for path in paths:
        try:
            with pdfplumber.open(str(path)) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()
        except Exception:
            pass  # pdfminer cannot open some court PDFs; PDFium can


def run_pdfium(paths: list[Path]) -> None:
    import pypdfium2 as pdfium

    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()


def run_ingest(paths: list[Path]) -> None:
    from legalparse._ingest import ingest

    for path in paths:
        ingest(path.read_bytes(), source=path.name)


def run_parse(paths: list[Path]) -> None:
    import legalparse

    for path in paths:
        legalparse.parse_file(path, ocr="never")  # the text layer only, like the baselines


def best_of(fn: Callable[[list[Path]], None], paths: list[Path], repeat: int) -> float:
    fn(paths[:1])  # warm up: imports, compiled patterns and word lists load once, as in any long run
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(paths)
        best = min(best, time.perf_counter() - start)
    return best


def in_fresh_process(code: str) -> dict[str, Any]:
    """Run ``code`` (which prints one JSON object) in a new interpreter; add its peak RSS in MB."""
    wrapper = (
        "import json, resource, sys, time\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "start = time.perf_counter()\n"
        f"{code}\n"
        "elapsed = time.perf_counter() - start\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec
        "rss = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')) / 1024\n"
        "print(json.dumps({'seconds': elapsed, 'peak_rss_mb': rss}))\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def build_prefix_pdf(source: Path, pages: int, out: Path) -> None:
    """A PDF of the first ``pages`` pages of ``source``, repeating it when it is shorter."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(source))
    dst = pdfium.PdfDocument.new()
    n = len(src)
    while len(dst) < pages:
        take = min(n, pages - len(dst))
        dst.import_pages(src, list(range(take)))
    dst.save(str(out))
    dst.close()
    src.close()


def measure_speed(paths: list[Path], repeat: int) -> dict[str, Any]:
    pages = sum(page_count(p) for p in paths)
    times = {
        "pdfplumber_extract_text": best_of(run_pdfplumber, paths, max(1, repeat - 1)),
        "pypdfium2_get_text_range": best_of(run_pdfium, paths, repeat),
        "legalparse_ingest": best_of(run_ingest, paths, repeat),
        "legalparse_parse": best_of(run_parse, paths, repeat),
    }
    base = times["pdfplumber_extract_text"]
    return {
        "documents": len(paths),
        "pages": pages,
        "rows": {name: {"seconds": round(t, 3), "pages_per_second": round(pages / t, 1),
                        "speed_vs_pdfplumber": round(base / t, 2)} for name, t in times.items()},
    }


def measure_scaling(slip: Path, quick: bool) -> list[dict[str, Any]]:
    sizes = [1, 10] if quick else [1, 10, 50, 100, 170, 1000]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"prefix_{n}.pdf"
            build_prefix_pdf(slip, n, path)
            result = in_fresh_process(f"import legalparse; legalparse.parse_file({str(path)!r})")
            base = in_fresh_process("import legalparse")
            rows.append({"pages": n, "seconds": round(result["seconds"], 3),
                         "pages_per_second": round(n / result["seconds"], 1),
                         "peak_rss_mb": round(result["peak_rss_mb"], 1),
                         "rss_over_import_mb": round(result["peak_rss_mb"] - base["peak_rss_mb"], 1)})
    return rows


def measure_statutes(paths: list[Path], quick: bool) -> dict[str, Any]:
    from legalparse._ingest import ingest
    from legalparse._statutes import find_statutes

    texts = []
    for path in paths:
        try:
            text = ingest(path.read_bytes(), source=path.name).text
        except Exception:
            continue
        if text.strip():
            texts.append(text)
    chars = sum(len(t) for t in texts)
    for text in texts:  # warm up: every head pattern compiles once, on first use
        find_statutes(text)
    start = time.perf_counter()
    for text in texts:
        find_statutes(text)
    ours = time.perf_counter() - start
    row: dict[str, Any] = {"characters": chars, "legalparse_chars_per_second": round(chars / ours)}
    try:
        from eyecite import get_citations
    except ImportError:
        row["eyecite"] = "not installed"
        return row
    import logging

    logging.getLogger("eyecite").setLevel(logging.ERROR)  # one warning per unclassified overlap otherwise
    get_citations(texts[0] if texts else "")
    start = time.perf_counter()
    for text in texts:
        get_citations(text)
    theirs = time.perf_counter() - start
    row["eyecite_chars_per_second"] = round(chars / theirs)
    row["speed_vs_eyecite"] = round(theirs / ours, 1)
    return row


def measure_jobs(paths: list[Path]) -> list[dict[str, Any]]:
    rows = []
    for jobs in (1, 2):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "legalparse", "parse", "--format", "jsonl", "--jobs", str(jobs),
                        *map(str, paths)], capture_output=True, check=False, cwd=str(REPO))
        rows.append({"jobs": jobs, "seconds": round(time.perf_counter() - start, 2)})
    for row in rows:
        row["speed_up"] = round(rows[0]["seconds"] / row["seconds"], 2)
    return rows


def measure_import() -> dict[str, Any]:
    best = float("inf")
    for _ in range(5):
        bare = in_fresh_process("pass")["seconds"]
        res = subprocess.run([sys.executable, "-c",
                              f"import sys,time; sys.path.insert(0,{str(REPO)!r}); t=time.perf_counter(); "
                              "import legalparse; print(time.perf_counter()-t)"],
                             capture_output=True, text=True, check=True)
        best = min(best, float(res.stdout.strip()))
        del bare
    return {"import_seconds": round(best, 4)}


def table(title: str, rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    keys = list(rows[0])
    widths = [max(len(str(k)), *(len(str(r.get(k, ""))) for r in rows)) for k in keys]
    lines = [title, " | ".join(str(k).ljust(w) for k, w in zip(keys, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(str(r.get(k, "")).ljust(w) for k, w in zip(keys, widths)) for r in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small inputs, one repeat (for CI)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    repeat = 1 if args.quick else args.repeat

    paths = text_layer_pdfs(args.corpus, args.quick)
    slip = args.corpus / "pdf" / SLIP_NAME
    if not slip.exists():
        slip = REPO / "fixtures" / "ingest" / "scotus_2026_learning-resources-v-trump_slip" / "source.pdf"
    report: dict[str, Any] = {"quick": args.quick, "cpu_count": os.cpu_count(), "python": sys.version.split()[0]}

    report["speed"] = measure_speed(paths, repeat)
    rows = [{"engine": k, **v} for k, v in report["speed"]["rows"].items()]
    print(table(f"Full parse vs text extraction ({report['speed']['documents']} PDFs, "
                f"{report['speed']['pages']} pages, best of {repeat})", rows))

    report["slip_170_pages"] = in_fresh_process(f"import legalparse; legalparse.parse_file({str(slip)!r})")
    print(f"Peak RSS, full parse of the {page_count(slip)}-page slip opinion: "
          f"{report['slip_170_pages']['peak_rss_mb']:.0f} MB ({report['slip_170_pages']['seconds']:.2f} s)\n")

    report["scaling"] = measure_scaling(slip, args.quick)
    print(table("Scaling (fresh process per row)", report["scaling"]))

    report["statutes"] = measure_statutes(paths, args.quick)
    print(table("Statute extraction on the same clean text", [report["statutes"]]))

    if not args.quick:
        report["jobs"] = measure_jobs(paths)
        print(table("Batch command over the same PDFs", report["jobs"]))

    report["import"] = measure_import()
    print(f"import legalparse: {report['import']['import_seconds'] * 1000:.0f} ms")

    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
