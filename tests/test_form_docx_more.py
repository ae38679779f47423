"""Annex 1 in .docx files the body alone does not hold (parsers/alt_chunks.py, html_blocks.py,
nested_tables.py, docx_form.py): an altChunk importing HTML, an MHT web archive or plain text,
as web applications write them (html-docx-js, docx4j), and tables nested in table cells, as
LibreOffice writes a form laid out in ODF.

The documents are built here with python-docx (the altChunk relationship and content type as a
real package has them) or zipfile (what html-docx-js writes), each small enough to read at once.
"""

from __future__ import annotations

import base64
import io
import zipfile
from decimal import Decimal

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from parsers.alt_chunks import MAX_CHUNK_PART_BYTES
from parsers.blocks import Cell, Paragraph, Table
from parsers.form import FormReading, read_form
from parsers.html_blocks import MAX_HTML_CHARS, html_blocks

SECTION_1 = (
    "<h2>1. Informācija par pieteicēju</h2>"
    "<table><tr><td>Pašvaldības nosaukums:</td><td>Ķekavas novada pašvaldība</td></tr>"
    "<tr><td>Amats:</td><td>nodaļas vadītāja</td></tr>"
    "<tr><td>E-pasts:</td><td>elina@kekava.lv</td></tr></table>"
)
ACTIVITIES = (
    "<h2>3. Plānotās aktivitātes</h2><table>"
    "<thead><tr><th>Nr.</th><th>Aktivitātes veids</th><th>Apraksts</th>"
    "<th>Īstenošanas laiks</th><th>Plānotās izmaksas, EUR</th></tr></thead><tbody>"
    "<tr><td>1.</td><td>Pašvaldību speciālistu apmācības</td><td>Kursi</td>"
    "<td rowspan='2'>12.2019.</td><td>1200.00</td></tr>"
    "<tr><td>2.</td><td>Vizītes pie diasporas</td><td>Tikšanās Dublinā</td><td>800.00</td></tr>"
    "<tr><td colspan='4'>Kopā</td><td>2000.00</td></tr></tbody></table>"
)
FORM_HTML = f"<html><head><meta charset='utf-8'><title>x</title></head><body>{SECTION_1}</body>"


def mht(html: bytes, encoding: str = "quoted-printable", charset: str = "utf-8") -> bytes:
    """An MHT as html-docx-js writes it (its quoted-printable escapes only "=")."""
    body = base64.encodebytes(html) if encoding == "base64" else html.replace(b"=", b"=3D")
    picture = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    return (
        b'MIME-Version: 1.0\nContent-Type: multipart/related;\n    type="text/html";\n'
        b'    boundary="----=mhtDocumentPart"\n\n\n------=mhtDocumentPart\n'
        b"Content-Type: text/html;\n    charset=" + charset.encode() + b"\n"
        b"Content-Transfer-Encoding: " + encoding.encode() + b"\n"
        b"Content-Location: file:///C:/fake/document.html\n\n" + body + b"\n\n"
        b"------=mhtDocumentPart\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        b"Content-Location: file:///C:/fake/image1.png\n\n" + picture + b"\n"
        b"------=mhtDocumentPart--\n"
    )


def with_chunks(*blocks: str | tuple[str, bytes, str]) -> bytes:
    """A python-docx document of body paragraphs (str) and altChunks (part name, bytes,
    content type), in that order; a part named twice is one part referred to twice."""
    document = docx.Document()
    body = document.element.body
    parts: dict[str, Part] = {}
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        name, blob, content_type = block
        part = parts.setdefault(
            name, Part(PackURI(name), content_type, blob, document.part.package)
        )
        chunk = OxmlElement("w:altChunk")
        chunk.set(qn("r:id"), document.part.relate_to(part, RELATIONSHIP_TYPE.A_F_CHUNK))
        body.insert(len(body) - 1, chunk)  # before the section properties
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def package(body: str, members: dict[str, bytes] | None = None, rels: str = "") -> bytes:
    """A zip with a main part of `body`, its relationships and other members."""
    document = f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}</w:body></w:document>'
    relationships = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{rels}</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", relationships)
        for name, content in (members or {}).items():
            archive.writestr(name, content)
    return out.getvalue()


def html_docx_js(
    chunk: bytes, target: str = "/word/afchunk.mht", part: str = "", external: bool = False
) -> bytes:
    """What html-docx-js writes: a body of one altChunk, its relationship, the part."""
    mode = ' TargetMode="External"' if external else ""
    relationship = f'<Relationship Type="{R}/aFChunk" Target="{target}" Id="htmlChunk"{mode}/>'
    members = {part or target.lstrip("/"): chunk}
    return package('<w:altChunk r:id="htmlChunk"/><w:sectPr/>', members, relationship)


def values(reading: FormReading) -> dict[str, object]:
    return {key: found.value for key, found in reading.fields.items() if found.written}


def where(reading: FormReading, key: str) -> str:
    provenance = reading.fields[key].provenance
    assert provenance is not None
    return provenance.location


def test_an_mht_chunk_is_read_where_the_altchunk_stands() -> None:
    """Section 1's "Amats" is in the chunk and section 7's after it in the body: read out of
    order, the contact's position would be the signatory's."""
    html = FORM_HTML.replace("</body>", ACTIVITIES + "</body>").encode()
    data = with_chunks(
        "PIETEIKUMA VEIDLAPA",
        ("/word/afchunk.mht", mht(html), "message/rfc822"),
        "7. Apliecinājums",
        "Amats: domes priekšsēdētājs",
    )
    reading = read_form(data, "kekava.docx")
    assert values(reading) == {
        "municipality": "Ķekavas novads",
        "contact_position": "nodaļas vadītāja",
        "contact_email": "elina@kekava.lv",
        "signatory_position": "domes priekšsēdētājs",
    }
    assert where(reading, "municipality") == "chunk 1, table 1, row 1, cell 2"
    assert where(reading, "signatory_position") == "paragraph 3"
    activities = [(a.kind, a.period, a.cost_eur) for a in reading.activities]
    assert activities == [
        ("specialist_training", "12.2019.", Decimal("1200.00")),
        ("diaspora_visits", "12.2019.", Decimal("800.00")),  # the period's rowspan
    ]
    assert reading.activities[1].provenance is not None
    assert reading.activities[1].provenance.location == "chunk 1, table 2, row 3"


@pytest.mark.parametrize(
    ("chunk", "target", "part"),
    [
        (mht(FORM_HTML.encode(), "base64"), "/word/afchunk.mht", ""),
        (mht(FORM_HTML.encode("cp1257"), charset="windows-1257"), "/word/afchunk.mht", ""),
        (mht(FORM_HTML.encode(), charset="no-such-charset"), "/word/afchunk.mht", ""),
        (
            FORM_HTML.replace("utf-8", "windows-1257").encode("cp1257"),
            "afchunk.html",
            "word/afchunk.html",
        ),
        (b"\xef\xbb\xbf" + FORM_HTML.encode(), "../word/chunk.htm", "word/chunk.htm"),
    ],
    ids=["mht-base64", "mht-windows-1257", "mht-unknown-charset", "html-meta", "html-bom"],
)
def test_chunk_encodings_and_targets(chunk: bytes, target: str, part: str) -> None:
    reading = read_form(html_docx_js(chunk, target, part), "chunk.docx")
    assert values(reading)["municipality"] == "Ķekavas novads"
    assert values(reading)["contact_email"] == "elina@kekava.lv"


def test_a_plain_text_chunk_is_read_line_by_line() -> None:
    text = "Pašvaldības nosaukums: Siguldas novada pašvaldība\r\nTālrunis: 26123456\r\n"
    data = with_chunks(("/word/chunk.txt", text.encode(), "text/plain"))
    reading = read_form(data, "text.docx")
    assert values(reading) == {"municipality": "Siguldas novads", "contact_phone": "+37126123456"}
    assert where(reading, "contact_phone") == "chunk 1, paragraph 2"


def test_html_lines_follow_the_page_not_the_source() -> None:
    html = (
        "<h1>Pieteikuma\n   veidlapa</h1><div>Tālrunis:<br/>26123456</div>"
        "<ul><li>viens</li><li>divi <b>trīs</b></li></ul><pre>a\n b</pre>"
        "<script>Amats = 1</script><style>p {}</style>beigas"
    )
    assert [(block.text, block.location) for block in html_blocks(html, "chunk 1, ")] == [
        ("Pieteikuma veidlapa", "chunk 1, paragraph 1"),
        ("Tālrunis:\n26123456", "chunk 1, paragraph 2"),
        ("viens", "chunk 1, paragraph 3"),
        ("divi trīs", "chunk 1, paragraph 4"),
        ("a\nb", "chunk 1, paragraph 5"),
        ("beigas", "chunk 1, paragraph 6"),
    ]


def test_rowspan_and_colspan_place_cells_on_the_grid() -> None:
    html = (
        "<table><tr><th rowspan='2'>Nr.</th><th colspan='2'>Aktivitāte</th><th>EUR</th></tr>"
        "<tr><td>veids</td><td>apraksts</td><td rowspan='0'>5</td></tr>"
        "<tr><td>1.</td><td colspan='2'>x</td></tr>"
        "<tr><td colspan='999999999'>y</td></tr></table>"
    )
    [table] = html_blocks(html, "")
    assert isinstance(table, Table)
    grid = [[(c.text, c.column, c.span, c.continued) for c in row] for row in table.rows]
    assert grid == [
        [("Nr.", 0, 1, False), ("Aktivitāte", 1, 2, False), ("EUR", 3, 1, False)],
        [("", 0, 1, True), ("veids", 1, 1, False), ("apraksts", 2, 1, False), ("5", 3, 1, False)],
        [("1.", 0, 1, False), ("x", 1, 2, False), ("", 3, 1, True)],  # rowspan 0: to the end
        [("y", 0, 63, False)],  # the span clamped; the merge it overlaps not shown
    ]
    assert table.rows[1][0] == Cell("", "table 1, row 2, cell 1", 0, 1, continued=True)


def test_a_table_in_an_html_cell_is_a_table_of_its_own() -> None:
    inner = ACTIVITIES.replace("<h2>", "<p>").replace("</h2>", "</p>")
    html = f"<table><tr><td>{SECTION_1}</td></tr><tr><td>{inner}</td></tr></table>"
    blocks = list(html_blocks(html, "chunk 1, "))
    assert blocks[0] == Paragraph(
        "1. Informācija par pieteicēju", "chunk 1, table 1, row 1, cell 1"
    )
    reading = read_form(html_docx_js(mht(html.encode())), "nested.docx")
    assert values(reading)["contact_position"] == "nodaļas vadītāja"
    assert len(reading.activities) == 2
    assert reading.activities[0].provenance is not None
    assert reading.activities[0].provenance.location == (
        "chunk 1, table 1, row 2, cell 1, table 1, row 2"
    )


def odf_style_nested_form() -> bytes:
    """LibreOffice's .docx of an ODF form: one outer column, each section a cell holding its
    heading and its own table."""
    document = docx.Document()
    outer = document.add_table(rows=0, cols=1)
    sections = [
        ("1. Informācija par pieteicēju", [["Reģ. Nr.", "90009113532"], ["Amats", "koordinatore"]]),
        (
            "3. Plānotās aktivitātes",
            [
                ["Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Izmaksas, EUR"],
                ["1.", "Vizītes pie diasporas", "Briselē", "04.2020.", "3 300,00"],
                ["2.", "Pašvaldību speciālistu apmācības", "Pieredze", "11.2019.", "750,00"],
            ],
        ),
        ("7. Apliecinājums", [["Vārds, uzvārds", "Aivars Lācarus"], ["Amats", "priekšsēdētājs"]]),
    ]
    for heading, rows in sections:
        cell = outer.add_row().cells[0]
        cell.paragraphs[0].text = heading
        inner = cell.add_table(rows=len(rows), cols=len(rows[0]))
        for texts, row in zip(rows, inner.rows, strict=True):
            for text, inner_cell in zip(texts, row.cells, strict=True):
                inner_cell.text = text
        cell.add_paragraph("")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_tables_nested_in_cells_keep_their_columns() -> None:
    reading = read_form(odf_style_nested_form(), "talsi.docx")
    assert values(reading) == {
        "registration_no": "90009113532",
        "contact_position": "koordinatore",
        "signatory_name": "Aivars Lācarus",
        "signatory_position": "priekšsēdētājs",
    }
    assert where(reading, "registration_no") == "table 1, row 1, cell 1, table 1, row 1, cell 2"
    assert [(a.kind, a.cost_eur) for a in reading.activities] == [
        ("diaspora_visits", Decimal("3300.00")),
        ("specialist_training", Decimal("750.00")),
    ]
    assert reading.activities[0].provenance is not None
    assert reading.activities[0].provenance.location == "table 1, row 2, cell 1, table 1, row 2"


def test_tables_nested_beyond_the_bound_still_give_their_text() -> None:
    cell = "<w:p><w:r><w:t>Tālrunis: 26123456</w:t></w:r></w:p>"
    for _ in range(40):
        cell = f"<w:tbl><w:tr><w:tc>{cell}</w:tc></w:tr></w:tbl><w:p/>"
    assert values(read_form(package(cell), "deep.docx")) == {"contact_phone": "+37126123456"}


def test_html_entities_are_not_resolved() -> None:
    html = (
        '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>Projekta nosaukums: Ceļš &x;'
    )
    reading = read_form(html_docx_js(mht(html.encode())), "entity.docx")
    assert values(reading) == {"title": "Ceļš &x;"}


def test_a_chunk_over_the_text_bound_is_refused() -> None:
    html = b"<p>" + b"a" * MAX_HTML_CHARS + b"</p>"
    reading = read_form(html_docx_js(html, "/word/afchunk.htm"), "big.docx")
    assert [(p.code, p.severity) for p in reading.problems] == [("too_large", "error")]


def test_a_chunk_part_over_the_size_bound_is_refused() -> None:
    picture = b"Content-Type: image/png\n\n" + b"A" * MAX_CHUNK_PART_BYTES
    reading = read_form(html_docx_js(mht(b"<p>x</p>") + picture), "big.docx")
    assert [(p.code, p.severity) for p in reading.problems] == [("too_large", "error")]


DEEP_MIME = b"MIME-Version: 1.0\n" + b"".join(
    b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i) for i in range(3000)
)


@pytest.mark.parametrize(
    ("chunk", "target", "part"),
    [
        (mht(FORM_HTML.encode()), "http://example.invalid/form.mht", "word/form.mht"),
        (mht(FORM_HTML.encode()), "/word/missing.mht", "word/afchunk.mht"),
        (b"{\\rtf1\\ansi Pa\\'9aval\\'dbbas nosaukums: Talsi}", "/word/a.mht", ""),
        (DEEP_MIME + b"Content-Type: text/html\n\n" + FORM_HTML.encode(), "/word/a.mht", ""),
        (b"<?xml version='1.0'?><w:document/>", "/word/afchunk.xml", ""),
    ],
    ids=["external", "missing", "rtf", "mime-nested-too-deep", "flat-xml"],
)
def test_a_chunk_not_read_leaves_the_document_without_it(
    chunk: bytes, target: str, part: str
) -> None:
    data = html_docx_js(chunk, target, part, external=target.startswith("http"))
    reading = read_form(data, "odd.docx")
    assert [problem.code for problem in reading.problems] == ["not_a_form"]


def test_a_chunk_referred_to_twice_is_read_once() -> None:
    part = ("/word/afchunk.mht", mht(ACTIVITIES.encode()), "message/rfc822")
    reading = read_form(with_chunks(part, "starp", part), "twice.docx")
    assert len(reading.activities) == 2
