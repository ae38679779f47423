"""Bounded document text (parsers/text.py) of .docx, .odt, .pdf and ASiC-E containers."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import text
from parsers.text import document_text

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(pages: list[str]) -> bytes:
    """A minimal valid PDF (Helvetica text, one line per page), written by hand."""
    count = len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
        + b"] /Count %d >>" % count,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, line in enumerate(pages):
        stream = b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % line.encode("ascii")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """`data` (a zip) with some members' content replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, replace.get(info.filename, source.read(info)))
    return out.getvalue()


def make_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


FORM = make_docx(
    ["1. pielikums", "Pieteikuma veidlapa konkursam „Remigrācijas sekmēšanas pakalpojumi”"],
    [["Pašvaldības nosaukums", "Preiļu novada pašvaldība"], ["Tālrunis", "+371 65322731"]],
)


def test_docx_paragraphs_and_table_cells_in_order() -> None:
    result = document_text(FORM, "Pieteikums.DOCX")
    assert result.splitlines() == [
        "1. pielikums",
        "Pieteikuma veidlapa konkursam „Remigrācijas sekmēšanas pakalpojumi”",
        "Pašvaldības nosaukums",
        "Preiļu novada pašvaldība",
        "Tālrunis",
        "+371 65322731",
    ]


def test_docx_text_is_cut_at_max_chars() -> None:
    long = make_docx([f"Rindkopa {i}" for i in range(500)])
    assert len(document_text(long, "a.docx")) > 1000
    assert len(document_text(long, "a.docx", max_chars=100)) == 100


def test_docx_reading_stops_at_the_decompression_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    long = make_docx([f"Rindkopa {i}" for i in range(500)])
    monkeypatch.setattr(text, "MAX_XML_BYTES", 4000)
    bounded = document_text(long, "a.docx")
    assert "Rindkopa 0" in bounded
    assert "Rindkopa 499" not in bounded


def test_docx_with_too_many_members_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "MAX_ZIP_MEMBERS", 3)
    assert document_text(FORM, "a.docx") == ""


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_BODY = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>safe &x;</w:t></w:r></w:p></w:body></w:document>"
)
DOCTYPES = [
    ('<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "xxe"),
    (
        '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY x "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
        "entity-expansion",
    ),
]


@pytest.mark.parametrize("doctype", [d[0] for d in DOCTYPES], ids=[d[1] for d in DOCTYPES])
def test_docx_with_a_doctype_is_not_read(doctype: str) -> None:
    hostile = rezip(FORM, {"word/document.xml": (_XML + doctype + _BODY).encode()})
    assert document_text(hostile, "a.docx") == ""


def test_odt_text() -> None:
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:h>1. pielikums</text:h><text:p>Pašvaldība:<text:tab/><text:span>Ludza</text:span>"
        "<text:s/>novads</text:p></office:text></office:body></office:document-content>"
    )
    odt = make_zip(
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content.encode()}
    )
    assert document_text(odt, "a.odt") == "1. pielikums\nPašvaldība:\tLudza novads\n"
    assert document_text(odt, "no-extension") == document_text(odt, "a.odt")


def test_pdf_text_of_the_first_pages_only() -> None:
    pdf = make_pdf([f"Lapa {i}" for i in range(1, 13)])
    result = document_text(pdf, "a.pdf")
    assert "Lapa 1" in result and "Lapa 10" in result
    assert "Lapa 11" not in result


def test_edoc_reads_signed_documents_not_signatures() -> None:
    edoc = make_zip(
        {
            "mimetype": b"application/vnd.etsi.asic-e+zip",
            "pieteikums.docx": FORM,
            "tame.pdf": make_pdf(["Tame kopa 1000 EUR"]),
            "META-INF/manifest.xml": b"<manifest>MANIFEST</manifest>",
            "META-INF/signatures0.xml": b"<sig>SIGNATURE pielikums</sig>",
        }
    )
    for name in ("a.edoc", "a.asice", "a.bdoc", "pielikums-1.bin"):
        result = document_text(edoc, name)
        assert "Preiļu novada pašvaldība" in result and "Tame kopa 1000 EUR" in result
        assert "SIGNATURE" not in result and "MANIFEST" not in result


def test_edoc_reads_a_bounded_number_of_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "MAX_SIGNED_FILES", 2)
    edoc = make_zip({f"{i}.docx": make_docx([f"Dokuments {i}"]) for i in range(3)})
    assert document_text(edoc, "a.edoc").splitlines() == ["Dokuments 0", "Dokuments 1"]


SNIFFED = [
    (FORM, "pielikums-1.bin", "Preiļu", "docx"),
    (FORM, "Pieteikums.doc", "Preiļu", "docx-named-doc"),
    (make_pdf(["Sniffed PDF"]), "pielikums-2", "Sniffed PDF", "pdf"),
]


@pytest.mark.parametrize(
    ("data", "name", "fragment"), [s[:3] for s in SNIFFED], ids=[s[3] for s in SNIFFED]
)
def test_format_is_sniffed_when_the_name_does_not_say(
    data: bytes, name: str, fragment: str
) -> None:
    assert fragment in document_text(data, name)


BAD_INPUTS = [
    (b"", "a.docx", "empty-docx"),
    (FORM[: len(FORM) // 2], "a.docx", "truncated-docx"),
    (make_zip({"other.xml": b"<x/>"}), "a.docx", "docx-without-document"),
    (b"%PDF-1.4\ngarbage", "a.pdf", "corrupt-pdf"),
    (make_pdf(["x"])[:40], "a.pdf", "truncated-pdf"),
    (b"PK\x03\x04garbage", "a.edoc", "corrupt-edoc"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "a.doc", "old-word-format"),
    (b"plain text", "a.txt", "unsupported"),
]


@pytest.mark.parametrize(
    ("data", "name"), [b[:2] for b in BAD_INPUTS], ids=[b[2] for b in BAD_INPUTS]
)
def test_unreadable_input_gives_empty_text(data: bytes, name: str) -> None:
    assert document_text(data, name) == ""


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["a.docx", "a.pdf", "a.odt", "a.edoc", "a"]))
def test_random_bytes_never_raise(data: bytes, name: str) -> None:
    assert isinstance(document_text(data, name), str)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_damaged_docx_never_raises(data: st.DataObject) -> None:
    damaged = bytearray(FORM)
    for _ in range(data.draw(st.integers(1, 10))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    assert isinstance(document_text(bytes(damaged), "a.docx"), str)


CORPUS_FILES = sorted(
    p for folder in ("docx", "pdf") for p in (CORPORA / folder).rglob("*") if p.is_file()
)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="third-party corpora ../shared/corpora absent")
@pytest.mark.parametrize(
    "path", CORPUS_FILES, ids=[str(p.relative_to(CORPORA)) for p in CORPUS_FILES]
)
def test_corpus_document_is_read_quickly_and_safely(path: Path) -> None:
    started = time.monotonic()
    result = document_text(path.read_bytes(), path.name)
    assert time.monotonic() - started < 5
    assert len(result) <= 100_000
    assert "root:x:0:0" not in result  # the XXE file must not pull in /etc/passwd


@pytest.mark.skipif(
    not (CORPORA / "pdf" / "pdfplumber" / "password-example.pdf").is_file(),
    reason="third-party corpora absent",
)
def test_password_protected_pdf_gives_empty_text() -> None:
    data = (CORPORA / "pdf" / "pdfplumber" / "password-example.pdf").read_bytes()
    assert document_text(data, "password-example.pdf") == ""
