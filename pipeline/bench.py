"""`make bench`: how fast a run is, on copies of the articles in data/raw.

Measures a cold run (one process and --jobs), a no-op re-run, and a re-run after one article
changed. Speed is measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from pipeline.config import RAW_DIR
from pipeline.run import run_pipeline


def make_corpus(source: Path, target: Path, copies: int) -> tuple[int, int]:
    """Copy every .txt article `copies` times under new ids; returns (articles, characters)."""
    target.mkdir(parents=True)
    n = chars = 0
    for path in sorted(source.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        for i in range(copies):
            (target / f"{path.stem}_{i:04d}.txt").write_text(text, encoding="utf-8")
            n, chars = n + 1, chars + len(text)
    return n, chars


def timed(label: str, fn, n_articles: int, n_chars: int) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    rate = f"{n_articles / seconds:8.1f} articles/s  {n_chars / seconds / 1000:8.1f} kchar/s" if n_articles else ""
    print(f"{label:34s} {seconds:7.2f} s  {rate}")
    return seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw", type=Path, default=RAW_DIR)
    parser.add_argument("--copies", type=int, default=40, help="copies of each article")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--model", default="blank")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="claims-bench-"))
    try:
        raw = work / "raw"
        n, chars = make_corpus(args.raw, raw, args.copies)
        print(f"corpus: {n} articles, {chars:,} characters (model {args.model})")
        timed("cold run, 1 process (+ spaCy load)", lambda: run_pipeline(raw, work / "out1", model=args.model), n, chars)
        timed(f"cold run, --jobs {args.jobs}",
              lambda: run_pipeline(raw, work / "out2", model=args.model, jobs=args.jobs), n, chars)
        timed("no-op re-run", lambda: run_pipeline(raw, work / "out1", model=args.model), 0, 0)
        first = sorted(raw.glob("*.txt"))[0]
        first.write_text(first.read_text(encoding="utf-8") + "\nEen extra zin over Rusland.", encoding="utf-8")
        timed("re-run after one changed article", lambda: run_pipeline(raw, work / "out1", model=args.model), 1,
              len(first.read_text(encoding="utf-8")))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
