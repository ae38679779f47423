"""`make accuracy FORMS=DIR`: how many fields the reader gets right on a set of filled forms.

DIR holds the documents and an `expected.json` mapping each file name to what a perfect reader
returns — `{"form": {...annex1.md keys...}, "signatures": [...], "problems": [codes]}` in the
shape of `intake parse --format json` (only `form` is required). Each file is read as
`intake parse` reads it; every field, every activity and every signature is compared and each
difference printed. The summary gives fields right out of fields expected, per file and in all.
Exit status 1 when anything differs, so a set kept in the repository is a regression test.

    .venv/bin/python -m bench.form_accuracy tests/data/external/set_a
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parsers.form import read_form


def same(expected: Any, read: Any) -> bool:
    """Equal, free text compared with runs of white space as one space: a PDF does not say
    whether a line was wrapped by the layout or broken by its author."""
    if isinstance(expected, str) and isinstance(read, str):
        return " ".join(expected.split()) == " ".join(read.split())
    return bool(expected == read)


def differences(expected: dict[str, Any], found: dict[str, Any]) -> list[str]:
    """One line per field, activity attribute or signature that is not as expected."""
    lines: list[str] = []
    form = found["form"]
    for key, value in expected["form"].items():
        if key == "activities":
            lines += _activity_differences(value, form.get("activities") or [])
        elif not same(value, form.get(key)):
            lines.append(f"{key}: expected {value!r}, read {form.get(key)!r}")
    if "signatures" in expected:
        wanted = sorted(map(_signature, expected["signatures"]))
        read = sorted(map(_signature, found["signatures"]))
        if wanted != read:
            lines.append(f"signatures: expected {wanted}, read {read}")
    if "problems" in expected:
        codes = {problem["code"] for problem in found["problems"]}
        missing = set(expected["problems"]) - codes
        if missing:
            lines.append(f"problems: expected {sorted(missing)} among {sorted(codes)}")
    return lines


def _signature(found: dict[str, Any]) -> tuple[str, str, str]:
    """(name, method, signing time as a UTC instant)."""
    at = found.get("signed_at")
    instant = datetime.fromisoformat(at).astimezone(UTC).isoformat() if at else ""
    return (found.get("signer_name") or "", found.get("method") or "", instant)


def _activity_differences(expected: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    if len(expected) != len(found):
        lines.append(f"activities: expected {len(expected)}, read {len(found)}")
    for number, (wanted, read) in enumerate(zip(expected, found, strict=False), start=1):
        for key, value in wanted.items():
            if not same(value, read.get(key)):
                lines.append(f"activity {number} {key}: expected {value!r}, read {read.get(key)!r}")
    return lines


def field_count(expected: dict[str, Any]) -> int:
    form = expected["form"]
    activities = sum(len(activity) for activity in form.get("activities") or [])
    return len(form) - ("activities" in form) + activities


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="documents and their expected.json")
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    args = parser.parse_args(argv)
    expected: dict[str, dict[str, Any]] = json.loads(
        (args.folder / "expected.json").read_text(encoding="utf-8")
    )
    right = total = files_right = 0
    for name, wanted in sorted(expected.items()):
        path = next(args.folder.rglob(name), None)
        if path is None:
            print(f"{name}: not found under {args.folder}")
            continue
        reading = read_form(path.read_bytes(), path.name).to_json()
        found = json.loads(json.dumps(reading, ensure_ascii=False))
        wrong = differences(wanted, found)
        fields = field_count(wanted)
        total += fields
        right += max(fields - len(wrong), 0)
        files_right += not wrong
        print(f"{'ok  ' if not wrong else 'DIFF'} {name}: {fields - len(wrong)}/{fields}")
        if not args.quiet:
            for line in wrong:
                print(f"       {line}")
    share = 100 * right / total if total else 0.0
    summary = f"{files_right}/{len(expected)} files exactly right"
    print(f"{summary}; {right}/{total} fields ({share:.1f} %)")
    return 0 if files_right == len(expected) else 1


if __name__ == "__main__":
    sys.exit(main())
