"""`make robustness CORPUS=…`: every file of a corpus through the form reader and the MIME parser.

Each file must end in a reading or a specific problem code, within the time bound, never an
exception. Prints one line per file (outcome, milliseconds, peak memory of the reading process)
and a summary by outcome. Exit status 1 if any file raised or was not bounded.

The form reader runs through `parsers.bounded.BoundedReader`, as in the service; the peak
memory is the child's VmHWM, reset before each file through /proc/PID/clear_refs.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

from intake.mime import parse_message
from parsers.bounded import BoundedReader

MIME_SUFFIXES = {".eml", ".msg", ".txt", ".mbox", ""}
FORM_SUFFIXES = {".docx", ".docm", ".dotx", ".doc", ".pdf", ".edoc", ".asice", ".bdoc", ".odt"}


def peak_kib(pid: int | None) -> int:
    if pid is None:
        return 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def reset_peak(pid: int | None) -> None:
    if pid is not None:
        Path(f"/proc/{pid}/clear_refs").write_text("5")


def form_outcome(reader: BoundedReader, path: Path) -> tuple[str, float, int]:
    reader.read(b"", "warm-up.docx")  # make sure the child exists before measuring
    reset_peak(reader.child_pid)
    started = time.perf_counter()
    reading = reader.read(path.read_bytes(), path.name)
    elapsed = (time.perf_counter() - started) * 1000
    memory = peak_kib(reader.child_pid)
    codes = sorted({p.code for p in reading.problems if p.severity == "error"})
    filled = sum(1 for f in reading.fields.values() if f.value is not None)
    outcome = ",".join(codes) if codes else f"read ({filled} fields)"
    return outcome, elapsed, memory


def mime_outcome(path: Path) -> tuple[str, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    parsed = parse_message(path.read_bytes())
    elapsed = (time.perf_counter() - started) * 1000
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    outcome = f"parsed ({len(parsed.attachments)} attachments, {len(parsed.defects)} defects)"
    return outcome, elapsed, peak // 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder with files written by other software")
    parser.add_argument("--seconds", type=float, default=5.0, help="time bound per form file")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.name != "README.md")
    outcomes: Counter[str] = Counter()
    failures = 0
    slowest = (0.0, "")
    with BoundedReader(seconds=args.seconds) as reader:
        for path in files:
            is_form = path.suffix.lower() in FORM_SUFFIXES or "/mime/" not in str(path)
            try:
                outcome, ms, kib = form_outcome(reader, path) if is_form else mime_outcome(path)
            except Exception as err:  # the point of the run: this must never happen
                outcome, ms, kib = f"EXCEPTION {type(err).__name__}: {err}", 0.0, 0
                failures += 1
            kind = "form" if is_form else "mime"
            outcomes[f"{kind}: {outcome.split(' (')[0]}"] += 1
            slowest = max(slowest, (ms, str(path)))
            print(f"{kind}  {ms:9.1f} ms  {kib / 1024:7.1f} MB  {outcome:40.40s}  {path}")
    print(f"\n{len(files)} files; slowest {slowest[0]:.0f} ms ({slowest[1]})")
    for outcome, count in sorted(outcomes.items()):
        print(f"{count:5d}  {outcome}")
    print(f"{failures} exceptions")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
