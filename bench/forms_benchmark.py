"""Form reading speed per format: median ms per document and peak memory, beside pdfplumber.

Run by `make bench` (not by the test suite). Reads every fixture of tests/data/forms by format,
each `--runs` times after a warm-up, with the product's `read_form`; for PDFs it also times
pdfplumber's full table extraction on the same files, the path the reader avoids.
Targets (issue 3): ≤ 20 ms median for a 2-page .docx, ≤ 30 ms for a text PDF.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from collections import defaultdict
from pathlib import Path

from parsers.form import read_form

FORMS = Path(__file__).resolve().parent.parent / "tests" / "data" / "forms"


def median_ms(action: object, runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def pdfplumber_tables_ms(path: Path, runs: int) -> float:
    import pdfplumber

    def extract() -> None:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()

    return median_ms(extract, runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    by_format: dict[str, list[tuple[str, float, int]]] = defaultdict(list)
    plumber: list[float] = []
    for path in sorted(FORMS.iterdir()):
        suffix = path.suffix.lower()
        if suffix not in {".docx", ".pdf", ".edoc", ".asice", ".bdoc"} or "hostile" in path.name:
            continue
        data = path.read_bytes()
        read_form(data, path.name)  # warm-up
        ms = median_ms(lambda d=data, n=path.name: read_form(d, n), args.runs)
        fields = sum(1 for f in read_form(data, path.name).fields.values() if f.value is not None)
        by_format[suffix].append((path.name, ms, fields))
        if suffix == ".pdf" and "scan" not in path.name and "password" not in path.name:
            plumber.append(pdfplumber_tables_ms(path, max(3, args.runs // 10)))
    print(f"{'format':8} {'files':>5} {'median ms':>10} {'max ms':>8}   slowest file")
    for suffix, rows in sorted(by_format.items()):
        times = [ms for _, ms, _ in rows]
        slowest = max(rows, key=lambda row: row[1])
        print(
            f"{suffix:8} {len(rows):5d} {statistics.median(times):10.1f} {max(times):8.1f}"
            f"   {slowest[0]} ({slowest[2]} fields)"
        )
    if plumber:
        middle, worst = statistics.median(plumber), max(plumber)
        print(f"pdfplumber extract_tables, same PDFs: median {middle:.1f} ms, max {worst:.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
