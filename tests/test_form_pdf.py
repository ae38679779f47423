"""Annex 1 read from PDFs (parsers/pdf_form.py, pdf_layout.py) as LibreOffice exports them.

tests/data/forms/*.pdf are the .docx forms beside them exported by LibreOffice
(tests/data/make_pdfs.py), so a PDF must give exactly what expected.json says its .docx gives.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import pdf_form
from parsers.form import FormReading, read_form
from parsers.pdf_layout import Line, line_break

FORMS = Path(__file__).parent / "data" / "forms"
EXPECTED: dict[str, dict[str, Any]] = json.loads((FORMS / "expected.json").read_text("utf-8"))
VARIANTS = {  # PDFs exported again in other fonts and sizes: the same form, other line breaks
    "daugavpils_blank_form_carlito15.pdf": "daugavpils_blank_form.docx",
    "riebini_labels_above_caladea12.pdf": "riebini_labels_above.docx",
    "riebini_labels_above_borderless.pdf": "riebini_labels_above.docx",
    "liepaja_written_dates_borderless.pdf": "liepaja_written_dates.docx",
}
PDFS = {name.replace(".docx", ".pdf"): name for name in EXPECTED} | VARIANTS
CORPUS = Path(os.environ.get("INTAKE_PDF_CORPUS", Path(__file__).parents[2] / "shared/corpora/pdf"))
DAUGAVPILS = (FORMS / "daugavpils_blank_form.pdf").read_bytes()


def read(name: str) -> FormReading:
    return read_form((FORMS / name).read_bytes(), name)


def codes(reading: FormReading) -> list[str]:
    return [problem.code for problem in reading.problems]


@pytest.mark.parametrize("name", PDFS, ids=[name.removesuffix(".pdf") for name in PDFS])
def test_pdf_gives_what_its_docx_gives(name: str) -> None:
    result = read(name).to_json()
    assert result["kind"] == "pdf"
    assert result["form"] == EXPECTED[PDFS[name]]["form"]
    assert codes(read(name)) == EXPECTED[PDFS[name]]["problems"]


@pytest.mark.parametrize("name", PDFS, ids=[name.removesuffix(".pdf") for name in PDFS])
def test_every_value_names_its_page(name: str) -> None:
    reading = read(name)
    for key, found in reading.fields.items():
        if found.value is not None:
            assert found.provenance is not None, key
            assert found.provenance.file == name
            if found.written is None:  # a default (co-financing 0) says it was not written
                assert found.provenance.location == "not written (0 by default)", key
            else:
                assert found.provenance.location.startswith("page "), key
    assert all(
        a.provenance and a.provenance.location.startswith("page ") for a in reading.activities
    )


@pytest.mark.parametrize(
    ("name", "key", "location"),
    [
        ("daugavpils_blank_form.pdf", "municipality", "page 1, table 1, row 1, cell 2"),
        ("daugavpils_blank_form.pdf", "signed_on", "page 2, table 7, row 3, cell 2"),
        ("preili_label_paragraphs.pdf", "contact_phone", "page 1, line 10"),
        ("riebini_labels_above.pdf", "contact_phone", "page 1, table 1, row 4, cell 3"),
        ("balvi_one_table.pdf", "signed_on", "page 2, table 1, row 29, cell 3"),
        ("skrunda_label_lines.pdf", "signed_on", "page 3, line 1"),
    ],
    ids=["blank-form", "page-2", "line", "label-above", "one-table-page-2", "page-3"],
)
def test_provenance_names_page_and_cell_or_line(name: str, key: str, location: str) -> None:
    provenance = read(name).fields[key].provenance
    assert provenance is not None
    assert provenance.location == location


def test_table_cut_by_the_page_end_is_read_as_one() -> None:
    """Activity 3's row starts on page 1 and ends on page 2; the table numbering goes on."""
    reading = read("daugavpils_blank_form.pdf")
    activities = reading.activities
    assert [a.provenance.location for a in activities if a.provenance] == [
        "page 1, table 3, row 2",
        "page 1, table 3, row 3",
        "page 1, table 3, row 4",
    ]
    assert activities[2].kind == "seminars"
    assert activities[2].description == "Seminārs uzņēmējiem par remigrantu nodarbināšanu"
    provenance = reading.fields["target_remigrants"].provenance
    assert provenance is not None
    assert provenance.location == "page 2, table 4, row 1, cell 2"


def test_words_broken_in_narrow_cells_are_joined() -> None:
    activity = read("riebini_labels_above.pdf").activities[0]
    assert activity.description == "Pašvaldības pārstāvju vizīte latviešu kopienā Dublinā"
    assert activity.period == "01.03.2020. – 31.03.2020."


def test_header_and_footer_on_every_page_are_not_read() -> None:
    reading = read("preili_label_paragraphs.pdf")  # header "Tālrunis: 65300000" on both pages
    assert reading.fields["contact_phone"].value == "+37165322731"
    assert reading.fields["contact_email"].value == "liga.kursite@preili.lv"
    assert "repeated_field" not in codes(reading)


def test_scan_without_text_layer_goes_to_a_person() -> None:
    reading = read("scan_daugavpils.pdf")
    assert reading.kind == "pdf"
    assert [(p.field, p.severity, p.code) for p in reading.problems] == [
        (None, "error", "no_text_layer")
    ]
    assert "skenēts attēls" in reading.problems[0].message_lv
    assert "no text layer" in reading.problems[0].message_en
    assert all(value is None for value in reading.to_json()["form"].values() if value != [])


def test_password_protected_pdf_is_refused() -> None:
    reading = read("password_daugavpils.pdf")
    assert codes(reading) == ["encrypted_file"]
    assert "aizsargāts ar paroli" in reading.problems[0].message_lv


def test_pdf_with_only_an_owner_password_is_read() -> None:
    result = read("owner_password_daugavpils.pdf").to_json()
    assert result["form"] == EXPECTED["daugavpils_blank_form.docx"]["form"]


HOSTILE = {
    "header-only": (b"%PDF-1.4\n", "corrupt_file"),
    "truncated": (DAUGAVPILS[: len(DAUGAVPILS) // 2], "corrupt_file"),
    "tail-cut": (DAUGAVPILS[:-200], "corrupt_file"),
    "garbage-body": (b"%PDF-1.7\n" + b"\x00garbage" * 500 + b"\n%%EOF\n", "corrupt_file"),
    "too-large": (b"%PDF-1.4\n" + b" " * pdf_form.MAX_PDF_BYTES + b"%%EOF", "too_large"),
}


@pytest.mark.parametrize(("data", "code"), HOSTILE.values(), ids=HOSTILE.keys())
def test_broken_pdf_gives_a_problem_code(data: bytes, code: str) -> None:
    reading = read_form(data, "pieteikums.pdf")
    assert reading.kind == "pdf"
    assert [(p.field, p.severity, p.code) for p in reading.problems] == [(None, "error", code)]
    assert reading.problems[0].message_lv.startswith("Pielikum")


def test_pages_past_the_limit_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_form, "MAX_PAGES", 1)
    reading = read("daugavpils_blank_form.pdf")
    assert reading.problems[0].code == "too_many_pages"
    assert "lappušu skaits (2) pārsniedz automātiskās nolasīšanas robežu (1)" in (
        reading.problems[0].message_lv
    )
    assert reading.fields["municipality"].value == "Daugavpils"  # page 1
    assert reading.fields["requested_eur"].value is None  # page 2
    assert "missing_field" in codes(reading)


def test_a_long_pdf_is_read_only_to_the_page_limit() -> None:
    document = pdfium.PdfDocument(DAUGAVPILS)
    for _ in range(200):
        document.new_page(595, 842)
    data = _saved(document)
    started = time.perf_counter()
    reading = read_form(data, "apjomigs.pdf")
    assert time.perf_counter() - started < 2
    assert codes(reading)[0] == "too_many_pages"
    assert reading.problems[0].severity == "warning"
    assert reading.fields["signed_on"].value is not None


def _saved(document: pdfium.PdfDocument) -> bytes:
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"intake-test-{os.getpid()}.pdf"
    try:
        document.save(str(path))
        return path.read_bytes()
    finally:
        path.unlink(missing_ok=True)


def test_a_blank_pdf_is_not_a_form() -> None:
    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    assert codes(read_form(_saved(document), "tukšs.pdf")) == ["not_a_form"]


def test_a_page_pdfium_cannot_load_is_reported_and_the_rest_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = pdf_form.page_layout

    def second_page_damaged(document: pdfium.PdfDocument, index: int) -> object:
        if index == 1:
            raise pdfium.PdfiumError("Failed to load page.")
        return real(document, index)

    monkeypatch.setattr(pdf_form, "page_layout", second_page_damaged)
    reading = read("daugavpils_blank_form.pdf")
    assert codes(reading)[0] == "corrupt_file"
    assert reading.fields["municipality"].value == "Daugavpils"
    assert reading.fields["signed_on"].value is None


def test_a_reader_bug_becomes_a_problem_not_an_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(pdf_form, "page_layout", broken)
    assert codes(read_form(DAUGAVPILS, "a.pdf")) == ["unreadable_form"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(0, len(DAUGAVPILS) - 1), byte=st.integers(0, 255))
def test_damaged_bytes_never_raise(position: int, byte: int) -> None:
    damaged = DAUGAVPILS[:position] + bytes([byte]) + DAUGAVPILS[position + 1 :]
    assert isinstance(read_form(damaged, "a.pdf"), FormReading)


def line(text: str, left: float, right: float, spaced_end: bool = False) -> Line:
    """A line of 10-point text whose words are 5 points a letter, with 3-point spaces."""
    first = text.split()[0]
    return Line(text, left, right, 0.0, 10.0, 2.0, 5.0 * len(first), 5.0, 3.0, spaced_end, False)


@pytest.mark.parametrize(
    ("above", "below", "joint"),
    [
        (line("Informēt diasporu", 0, 190, True), line("par darbu", 0, 45), " "),
        (line("Informēt diasporu.", 0, 90), line("Piesaistīt 20", 0, 65), "\n"),
        (line("Pašvaldība", 0, 198), line("s pārstāvju", 0, 55), ""),
        (line("01.03.202", 0, 198), line("0.", 0, 10), ""),
        (line("Daugavpilī", 0, 198), line("” un", 0, 20), ""),
        (line("janis@riebin", 0, 198), line("i.lv", 0, 20), ""),
        (line("Pašvaldību", 0, 198), line("speciālistu", 0, 55), " "),
        (line("Pašvaldību", 0, 198), line("un skolu", 0, 40), " "),
        (line("Daugavpilī.", 0, 150), line("Piesaistīt", 0, 50), "\n"),
    ],
    ids=[
        "wrapped",
        "new-paragraph",
        "broken-word",
        "broken-number",
        "closing-quote",
        "broken-address",
        "long-word-wrapped",
        "short-word-wrapped",
        "sentence-ends",
    ],
)
def test_line_break_between_two_lines_of_a_cell(above: Line, below: Line, joint: str) -> None:
    assert line_break(above, below, limit=200) == joint


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared PDF corpus is not beside the repo")
def test_every_corpus_pdf_ends_in_a_reading_or_a_problem() -> None:
    slow: list[str] = []
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file():
            continue
        started = time.perf_counter()
        reading = read_form(path.read_bytes(), path.name)
        seconds = time.perf_counter() - started
        assert isinstance(reading, FormReading)
        assert reading.problems or any(f.value is not None for f in reading.fields.values())
        if seconds > 2:
            slow.append(f"{path.name}: {seconds:.1f} s")
    assert slow == []
