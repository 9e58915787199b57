"""Speed of statute extraction against eyecite, and linear time on adversarial text.

    python benchmarks/bench_statutes.py            # whole corpus, eyecite on the same text
    python benchmarks/bench_statutes.py --quick    # a few documents, smaller adversarial sizes

Reads the corpus documents (``--corpus``, default ``../shared/corpus`` beside the repository)
through ``legalparse`` ingest once, then times :func:`legalparse._statutes.find_statutes` and
eyecite ``get_citations`` on the same texts, one document at a time, best of ``--repeat`` runs.
Peak memory is the largest Python allocation (``tracemalloc``) during one extraction pass.
The adversarial part prints sizes against seconds: the ratio column stays flat when time is linear.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from legalparse._statutes import find_statutes  # noqa: E402


def corpus_texts(root: Path, limit: int | None) -> list[str]:
    from legalparse._ingest import ingest

    paths = sorted(p for p in root.glob("*/*") if p.suffix.lower() in (".pdf", ".html", ".xml", ".txt"))
    if limit:
        paths = paths[:limit]
    texts = []
    for p in paths:
        try:
            texts.append(ingest(p.read_bytes(), source=str(p)).text)
        except Exception as exc:  # a document the ingest cannot read is left out of the timing
            print(f"  skipped {p.name}: {type(exc).__name__}", file=sys.stderr)
    return [t for t in texts if t]


def fixture_texts() -> list[str]:
    root = HERE.parent / "fixtures" / "statutes"
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]


def best_time(fn: Callable[[str], object], texts: list[str], repeat: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = sum(len(fn(t)) for t in texts)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - t0)
    return best, count


def peak_memory(fn: Callable[[str], object], texts: list[str]) -> int:
    tracemalloc.start()
    for t in texts:
        fn(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def adversarial(sizes: list[int]) -> None:
    cases = {
        '"§ 1 " repeated': lambda n: "§ 1 " * (n // 4),
        '"(a)" repeated': lambda n: "See 26 U.S.C. § 6103" + "(a)" * (n // 3),
        "section list": lambda n: "5 U.S.C. §§ " + ", ".join(str(100 + i % 9000) for i in range(n // 6)),
        "unbalanced parentheses": lambda n: "42 U.S.C. § 1983(" + "((a" * (n // 3),
        "Id. repeated": lambda n: "42 U.S.C. § 1983. " + "Id. " * (n // 4),
    }
    print(f"\nadversarial text (seconds; s/MB should stay flat when time is linear)")
    print(f"{'case':26} " + " ".join(f"{s / 1e6:>8.2f}MB" for s in sizes) + "    s/MB")
    for name, make in cases.items():
        row = []
        for size in sizes:
            text = make(size)
            t0 = time.perf_counter()
            find_statutes(text)
            row.append(time.perf_counter() - t0)
        per_mb = " ".join(f"{t / (s / 1e6):.2f}" for t, s in zip(row, sizes))
        print(f"{name:26} " + " ".join(f"{t:>10.3f}" for t in row) + f"    {per_mb}")
    n = 60_000
    text = "5 U.S.C. §§ " + ", ".join(str(100 + i) for i in range(n))
    t0 = time.perf_counter()
    items = find_statutes(text)
    print(f"60,000-item section list: {len(items):,} citations in {time.perf_counter() - t0:.3f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    ap.add_argument("--quick", action="store_true", help="a few documents, small adversarial sizes")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    texts = corpus_texts(args.corpus, 12 if args.quick else None) if args.corpus.is_dir() else []
    if not texts:
        texts = fixture_texts()
        print("corpus not found: timing the fixtures in fixtures/statutes")
    chars = sum(len(t) for t in texts)
    repeat = 1 if args.quick else args.repeat
    find_statutes("warm-up: 26 U.S.C. § 6103(i)(2).")
    ours, n_ours = best_time(find_statutes, texts, repeat)
    print(f"documents: {len(texts)}, characters: {chars:,}")
    print(f"legalparse find_statutes: {ours:8.3f} s  {chars / ours / 1e6:7.2f} M chars/s  {n_ours:6,} citations")
    try:
        from eyecite import get_citations
    except ImportError:
        print("eyecite not installed: no comparison")
        get_citations = None
    if get_citations is not None:
        get_citations("warm-up: 26 U.S.C. § 6103.")
        theirs, n_theirs = best_time(get_citations, texts, 1)
        print(f"eyecite get_citations:    {theirs:8.3f} s  {chars / theirs / 1e6:7.2f} M chars/s  {n_theirs:6,} citations (all kinds)")
        print(f"speed-up: {theirs / ours:.1f}x")
    print(f"peak Python memory during find_statutes over the corpus: {peak_memory(find_statutes, texts) / 1e6:.1f} MB")
    adversarial([125_000, 250_000, 500_000] if args.quick else [250_000, 500_000, 1_000_000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
