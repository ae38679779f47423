"""Forms made by other people's software, read blind (tests/data/external/).

Five sets were made by team members who had not seen the reader, from annex1.md alone, with
office software the reader had not met: LibreOffice from hand-written ODF, HTML and RTF, pandoc,
AbiWord, Chromium, WeasyPrint, reportlab, fpdf2, filled AcroForms, eParaksts-style containers
and a PAdES signature. Each set's README says how every file was made; `make/` regenerates it.
Every field of every file must come back as its expected.json says (`bench.form_accuracy` is
the same comparison as a command: `make accuracy`). Files the reader still gets wrong are
listed in KNOWN with what is wrong; the mark is strict, so a fix must take the file off it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.form_accuracy import differences
from parsers.form import read_form

EXTERNAL = Path(__file__).parent / "data" / "external"
SETS = ("set_a", "set_b", "set_c", "set_d", "set_e")

KNOWN: dict[str, str] = {}


def cases() -> list[Any]:
    found = []
    for name in SETS:
        expected = json.loads((EXTERNAL / name / "expected.json").read_text(encoding="utf-8"))
        for file, wanted in sorted(expected.items()):
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[file])] if file in KNOWN else []
            found.append(pytest.param(name, file, wanted, id=f"{name}/{file}", marks=marks))
    return found


@pytest.mark.parametrize(("folder", "file", "expected"), cases())
def test_every_field_of_a_form_made_elsewhere(folder: str, file: str, expected: Any) -> None:
    reading = read_form((EXTERNAL / folder / file).read_bytes(), file)
    found = json.loads(json.dumps(reading.to_json(), ensure_ascii=False))
    assert differences(expected, found) == []
