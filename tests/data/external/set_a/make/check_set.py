#!/usr/bin/env python3
"""Sanity check of the produced files (not a reader): every written value of a form must be
present in the file's text (docx: word/*.xml text nodes; pdf: pdftotext), whitespace-normalised."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from forms import FORMS

ROOT = Path(__file__).resolve().parent.parent


def docx_text(p: Path) -> str:
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:tab/>", " ", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def pdf_text(p: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(p), "-"], capture_output=True, text=True).stdout


def norm(s: str) -> str:
    import html
    s = html.unescape(s)
    return re.sub(r"[\s\u00a0]+", " ", s).strip()


def written_values(form):
    w = form["w"]
    for k, v in w.items():
        if v is None or k == "activities":
            continue
        if isinstance(v, (list, tuple)):
            yield from v
        else:
            yield v
    for a in w["activities"]:
        yield a[0]
        yield a[2]
        yield a[3]
        yield a[4]


def main() -> int:
    exp = json.loads((ROOT / "expected.json").read_text(encoding="utf-8"))
    bad = 0
    for form in FORMS:
        for ext in ("docx", "pdf"):
            name = f"{form['fname']}.{ext}"
            assert name in exp, name
            p = ROOT / "files" / name
            text = norm(docx_text(p) if ext == "docx" else pdf_text(p))
            flat = text.replace(" ", "")
            missing = [v for v in written_values(form) if norm(v) not in text and norm(v).replace(" ", "") not in flat]
            loose = [v for v in written_values(form) if norm(v) not in text and v not in missing]
            split = [v for v in missing if all(wd in text for wd in norm(v).split())]
            missing = [v for v in missing if v not in split]
            if missing:
                bad += 1
                print(f"{name}: MISSING {missing}")
            elif split:
                print(f"{name}: ok (words present but not contiguous, e.g. a row split across pages: {split})")
            elif loose:
                print(f"{name}: ok (only with spaces removed: {loose[:3]}{'…' if len(loose) > 3 else ''})")
            else:
                print(f"{name}: ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
