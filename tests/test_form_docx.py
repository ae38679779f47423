"""Annex 1 read from .docx files (parsers/form.py, docx_form.py, rules.py, blank_form.py).

tests/data/forms/*.docx are written by tests/data/make_forms.py in the layouts municipalities
use; expected.json beside them comes from the same seed data, not from the reader.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import docx_form, safezip
from parsers import form as form_module
from parsers.blank_form import BLANK_LABELS, blank_form_docx
from parsers.form import FormReading, FormRules, read_form
from parsers.labels import FORM_KEYS

FORMS = Path(__file__).parent / "data" / "forms"
EXPECTED: dict[str, dict[str, Any]] = json.loads((FORMS / "expected.json").read_text("utf-8"))
NBSP = "\u00a0"  # messages keep an amount on one line
LATGALE_2019 = FormRules(
    max_grant_eur=Decimal("10000"),
    planning_region="Latgale",
    window=(date(2019, 10, 1), date(2020, 5, 31)),
)


def read(name: str, rules: FormRules | None = None) -> FormReading:
    return read_form((FORMS / name).read_bytes(), name, competition=rules)


def codes(reading: FormReading) -> list[str]:
    return [problem.code for problem in reading.problems]


@pytest.mark.parametrize("name", EXPECTED, ids=[name.split("_")[0] for name in EXPECTED])
def test_every_layout_gives_every_field(name: str) -> None:
    result = read(name).to_json()
    assert result["kind"] == "docx"
    assert result["form"] == EXPECTED[name]["form"]
    assert [problem["code"] for problem in result["problems"]] == EXPECTED[name]["problems"]


@pytest.mark.parametrize("name", EXPECTED, ids=[name.split("_")[0] for name in EXPECTED])
def test_every_value_says_where_it_was_found(name: str) -> None:
    reading = read(name)
    for key, found in reading.fields.items():
        if found.value is not None:
            assert found.provenance is not None, key
            assert found.provenance.file == name
            if found.written is None:  # a default (co-financing 0) says it was not written
                assert found.provenance.location == "not written (0 by default)", key
            else:
                assert found.provenance.location.startswith(("table ", "paragraph ")), key
    assert all(activity.provenance for activity in reading.activities)


@pytest.mark.parametrize(
    ("name", "key", "location"),
    [
        ("daugavpils_blank_form.docx", "municipality", "table 1, row 1, cell 2"),
        ("daugavpils_blank_form.docx", "signed_on", "table 7, row 3, cell 2"),
        ("preili_label_paragraphs.docx", "contact_phone", "paragraph 9"),
        ("riebini_labels_above.docx", "contact_phone", "table 1, row 4, cell 3"),
        ("balvi_one_table.docx", "requested_eur", "table 1, row 23, cell 3"),
        ("skrunda_label_lines.docx", "registration_no", "paragraph 5"),
    ],
    ids=["blank-form", "declaration", "paragraph", "label-above", "one-table", "label-line"],
)
def test_provenance_points_at_the_cell_or_paragraph(name: str, key: str, location: str) -> None:
    assert read(name).fields[key].provenance == form_module.Provenance(name, location)


def test_activity_provenance_is_its_table_row() -> None:
    reading = read("daugavpils_blank_form.docx")
    rows = [activity.provenance.location for activity in reading.activities if activity.provenance]
    assert rows == ["table 3, row 2", "table 3, row 3", "table 3, row 4"]


def test_header_and_footer_are_not_read() -> None:
    reading = read("preili_label_paragraphs.docx")  # header: "Tālrunis: 65300000"
    assert reading.fields["contact_phone"].value == "+37165322731"
    assert reading.fields["contact_email"].value == "liga.kursite@preili.lv"


def test_amats_belongs_to_the_section_it_stands_in() -> None:
    fields = read("skrunda_label_lines.docx").fields
    assert fields["contact_position"].value == "Sabiedrisko attiecību speciāliste"
    assert fields["signatory_position"].value == "Domes priekšsēdētāja"


def test_text_as_written_is_kept_beside_the_value() -> None:
    fields = read("balvi_one_table.docx").fields
    assert fields["requested_eur"].value == Decimal("9500.00")
    assert fields["requested_eur"].written == "9 500,- EUR"
    assert fields["municipality"].written == "Balvu novada pašvaldība"


def fill_blank_form(values: dict[str, str], activities: list[list[str]]) -> bytes:
    document = docx.Document(io.BytesIO(blank_form_docx()))
    by_label = {BLANK_LABELS[key]: value for key, value in values.items()}
    for table in document.tables:
        if table.rows[0].cells[0].text == "Nr.":
            for row, texts in zip(table.rows[1:], activities, strict=False):
                for cell, text in zip(row.cells[1:], texts, strict=True):
                    cell.text = text
        for row in table.rows:
            if row.cells[0].text in by_label:
                row.cells[1].text = by_label[row.cells[0].text]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_blank_form_filled_in_today_reads_back_perfectly() -> None:
    data = fill_blank_form(
        {
            "municipality": "Preiļu novada dome",
            "registration_no": "90000065595",
            "contact_name": "Līga Kursīte",
            "contact_phone": "65322731",
            "contact_email": "liga@preili.lv",
            "title": "Mājas sauc",
            "total_cost_eur": "2 000,00",
            "requested_eur": "2 000,00",
            "period": "no 01.10.2019. līdz 31.05.2020.",
            "signatory_position": "Priekšsēdētāja",
        },
        [["Semināri un apmācības", "Seminārs", "2019. gada novembris", "2 000,00"]],
    )
    reading = read_form(data, "Pieteikums.docx", competition=LATGALE_2019)
    assert reading.problems == []
    values = {key: found.value for key, found in reading.fields.items() if found.value is not None}
    assert values == {
        "municipality": "Preiļu novads",
        "registration_no": "90000065595",
        "contact_name": "Līga Kursīte",
        "contact_phone": "+37165322731",
        "contact_email": "liga@preili.lv",
        "title": "Mājas sauc",
        "total_cost_eur": Decimal("2000.00"),
        "requested_eur": Decimal("2000.00"),
        "cofinancing_eur": Decimal("0.00"),  # left empty: 0 by default
        "period_start": date(2019, 10, 1),
        "period_end": date(2020, 5, 31),
        "signatory_position": "Priekšsēdētāja",
    }
    assert [a.kind for a in reading.activities] == ["seminars"]


def test_empty_blank_form_lists_what_to_fill_in() -> None:
    reading = read("blank_form.docx")
    missing = [p.field for p in reading.problems if p.code == "missing_field"]
    assert missing == [
        "municipality",
        "registration_no",
        "contact_name",
        "contact_phone",
        "contact_email",
        "title",
        "total_cost_eur",
        "requested_eur",
        "period_start",
        "period_end",
    ]
    assert codes(reading) == ["missing_field"] * 10 + ["no_activities"]
    assert all(p.severity == "error" for p in reading.problems)
    assert "kontaktpersonas e-pasta adrese" in reading.problems[4].message_lv


def test_competition_region_and_window_are_checked_when_given() -> None:
    assert codes(read("daugavpils_blank_form.docx", LATGALE_2019)) == []
    liepaja = read("liepaja_written_dates.docx", LATGALE_2019)
    assert codes(liepaja) == ["planning_region_mismatch", "municipality_outside_region"]
    assert liepaja.problems[1].message_lv.startswith("Liepāja ir Kurzemes plānošanas reģionā")
    assert all(p.severity == "warning" for p in liepaja.problems)


def test_period_outside_the_window_is_a_warning() -> None:
    rules = FormRules(window=(date(2019, 11, 1), date(2020, 5, 31)))
    problems = read("daugavpils_blank_form.docx", rules).problems
    assert [(p.field, p.severity, p.code) for p in problems] == [
        ("period_start", "warning", "period_outside_window")
    ]
    assert "(01.10.2019.–31.05.2020.)" in problems[0].message_lv
    assert "konkursā noteiktajā laikā (01.11.2019.–31.05.2020.)" in problems[0].message_lv
    assert "2019-11-01–2020-05-31" in problems[0].message_en


def test_competition_maximum_grant_applies() -> None:
    problems = read("daugavpils_blank_form.docx", FormRules(max_grant_eur=Decimal(5000))).problems
    assert [p.code for p in problems] == ["requested_over_maximum"]
    assert f"9{NBSP}500,00 EUR" in problems[0].message_lv
    assert f"5{NBSP}000,00 EUR" in problems[0].message_lv


def test_mistakes_are_told_in_latvian_with_what_to_write() -> None:
    messages = {p.code: p for p in read("ventspils_with_mistakes.docx").problems}
    assert messages["missing_field"].field == "contact_email"
    assert "„12345”" in messages["invalid_phone"].message_lv
    assert "+371 26123456" in messages["invalid_phone"].message_lv
    unknown = messages["unknown_activity_kind"]
    assert (unknown.field, unknown.severity) == ("activities", "error")
    assert "2. aktivitātes veids „Pilsētas svētku koncerts”" in unknown.message_lv
    assert "vizītes pie diasporas" in unknown.message_lv
    over = messages["requested_over_maximum"]
    assert f"12{NBSP}000,00 EUR pārsniedz" in over.message_lv
    assert f"11{NBSP}500,00 EUR" in messages["total_mismatch"].message_lv


def test_unknown_activity_kind_keeps_the_activity() -> None:
    reading = read("ventspils_with_mistakes.docx")
    assert [a.kind for a in reading.activities] == ["diaspora_information", None]
    assert reading.activities[1].cost_eur == Decimal("8500.00")


def test_to_json_has_exactly_the_annex_keys_and_serialises() -> None:
    result = read("riebini_labels_above.docx").to_json()
    assert list(result) == ["file", "kind", "form", "problems", "signatures"]
    assert list(result["form"]) == list(FORM_KEYS)
    assert result["form"]["cofinancing_eur"] == "1000.50"
    assert result["form"]["target_reached"] is None
    assert json.loads(json.dumps(result)) == result


def docx_with_body(body: str, encoding: str = "utf-8", prolog: str = "") -> bytes:
    xml = (
        f'<?xml version="1.0" encoding="{encoding}"?>{prolog}'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    return make_zip({"word/document.xml": xml.encode(encoding)})


def make_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def test_a_text_box_stored_twice_is_read_once() -> None:
    choice = paragraph("Tālrunis: 26123456")
    fallback = paragraph("Tālrunis: 29999999")
    body = (
        f"<w:p><w:r><mc:AlternateContent xmlns:mc='{MC}'><mc:Choice Requires='wps'>"
        f"<w:txbxContent>{choice}</w:txbxContent></mc:Choice><mc:Fallback>"
        f"<w:txbxContent>{fallback}</w:txbxContent></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>"
    )
    reading = read_form(docx_with_body(body), "a.docx")
    assert reading.fields["contact_phone"].value == "+37126123456"
    assert "repeated_field" not in codes(reading)


def test_a_field_given_twice_keeps_the_first_and_says_so() -> None:
    body = paragraph("Tālrunis: 26123456") + paragraph("Tālrunis: 29999999")
    reading = read_form(docx_with_body(body), "a.docx")
    assert reading.fields["contact_phone"].value == "+37126123456"
    repeated = [p for p in reading.problems if p.code == "repeated_field"]
    assert [(p.field, p.severity) for p in repeated] == [("contact_phone", "warning")]
    assert "„26123456” un „29999999”" in repeated[0].message_lv


def test_a_huge_grid_span_is_clamped() -> None:
    cell = "<w:tc><w:tcPr><w:gridSpan w:val='{}'/></w:tcPr>{}</w:tc>"
    row = cell.format(10**9, paragraph("Tālrunis")) + cell.format(10**9, paragraph("26123456"))
    reading = read_form(docx_with_body(f"<w:tbl><w:tr>{row}</w:tr></w:tbl>"), "a.docx")
    assert reading.fields["contact_phone"].value == "+37126123456"


def test_a_nested_table_does_not_lend_its_merges_to_the_outer_cell() -> None:
    nested = "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl><w:p/>"
    row = f"<w:tc>{paragraph('E-pasts')}</w:tc><w:tc>{paragraph('dome@balvi.lv')}{nested}</w:tc>"
    reading = read_form(docx_with_body(f"<w:tbl><w:tr>{row}</w:tr></w:tbl>"), "a.docx")
    assert reading.fields["contact_email"].value == "dome@balvi.lv"


def test_strict_ooxml_and_a_main_part_found_through_the_relationships() -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    xml = docx_with_body(paragraph("Tālr.: 26123456"))
    document = zipfile.ZipFile(io.BytesIO(xml)).read("word/document.xml")
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="word/main.xml" Type="http://purl.oclc.org/ooxml/'
        'officeDocument/relationships/officeDocument"/></Relationships>'
    )
    data = make_zip(
        {
            "_rels/.rels": rels.encode(),
            "word/main.xml": document.replace(W_MAIN.encode(), strict.encode()),
        }
    )
    assert read_form(data, "a.docx").fields["contact_phone"].value == "+37126123456"


XXE = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY x "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
)
GOOD = (FORMS / "daugavpils_blank_form.docx").read_bytes()
HOSTILE = {
    "empty": (b"", "corrupt_file"),
    "truncated": (GOOD[: len(GOOD) // 2], "corrupt_file"),
    "not-a-zip": (b"PK\x03\x04 but nothing after it", "corrupt_file"),
    "crc-mismatch": (GOOD[:2000] + bytes([GOOD[2000] ^ 0xFF]) + GOOD[2001:], "corrupt_file"),
    "malformed-xml": (docx_with_body("<w:p>"), "corrupt_file"),
    "xxe": (docx_with_body(paragraph("Tālrunis: &x;"), prolog=XXE), "unsafe_xml"),
    "billion-laughs": (docx_with_body(paragraph("&x;"), prolog=LAUGHS), "unsafe_xml"),
    "xxe-in-utf16": (docx_with_body(paragraph("&x;"), "utf-16", XXE), "unsafe_xml"),
    "zip-without-word": (make_zip({"content.xml": b"<x/>"}), "unsupported_format"),
    "encrypted": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
        "encrypted_file",
    ),
    "too-many-members": (
        make_zip({"word/document.xml": b"<x/>", **{f"m/{i}": b"" for i in range(1001)}}),
        "too_large",
    ),
    "cover-letter": (docx_with_body(paragraph("Labdien! Pielikumā pieteikums.")), "not_a_form"),
}


@pytest.mark.parametrize(("data", "code"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_or_broken_file_gives_a_problem_code(data: bytes, code: str) -> None:
    reading = read_form(data, "pieteikums.docx")
    assert reading.kind == "docx"
    assert [(p.field, p.severity, p.code) for p in reading.problems] == [(None, "error", code)]
    assert reading.problems[0].message_lv.startswith(("Pielikum", "Pielikumā"))
    assert all(found.value is None for found in reading.fields.values())


def test_zip_bomb_document_is_refused_before_it_is_unpacked() -> None:
    bomb = make_zip({"word/document.xml": b"\0" * (docx_form.MAX_DOCUMENT_BYTES + 1)})
    assert len(bomb) < 100_000
    assert codes(read_form(bomb, "a.docx")) == ["too_large"]


def test_total_unpacked_size_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_UNPACKED_BYTES", len(GOOD))
    assert codes(read_form(GOOD, "a.docx")) == ["too_large"]


@pytest.mark.parametrize(
    ("data", "filename", "kind", "code"),
    [
        (b"%PDF-1.4\n", "pieteikums.pdf", "pdf", "corrupt_file"),
        (b"%PDF-1.4\n", "pieteikums.docx", "pdf", "corrupt_file"),
        (b"hello", "a.txt", "unknown", "unsupported_format"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            "Pieteikums.doc",
            "unknown",
            "unsupported_format",
        ),
    ],
    ids=["truncated-pdf", "pdf-named-docx", "text", "word-97-doc"],
)
def test_each_file_is_judged_by_its_content(
    data: bytes, filename: str, kind: str, code: str
) -> None:
    reading = read_form(data, filename)
    assert (reading.kind, codes(reading)) == (kind, [code])


def test_docx_is_recognised_by_content_whatever_its_name() -> None:
    reading = read_form(GOOD, "pielikums-1.bin")
    assert reading.kind == "docx"
    assert reading.fields["municipality"].value == "Daugavpils"


def test_a_reader_bug_becomes_a_problem_not_an_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(xml: bytes) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(form_module, "read_document_xml", broken)
    assert codes(read_form(GOOD, "a.docx")) == ["unreadable_form"]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(0, len(GOOD) - 1), byte=st.integers(0, 255))
def test_damaged_bytes_never_raise(position: int, byte: int) -> None:
    damaged = GOOD[:position] + bytes([byte]) + GOOD[position + 1 :]
    assert isinstance(read_form(damaged, "a.docx"), FormReading)


@given(st.binary(max_size=2000))
def test_any_bytes_never_raise(data: bytes) -> None:
    assert isinstance(read_form(b"PK" + data, "a.docx"), FormReading)
