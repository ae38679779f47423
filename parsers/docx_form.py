"""Annex 1 read from a .docx: the main document part walked once, into labelled raw text.

python-docx builds the blank form and the fixtures, but reading does not open the document with
it: `docx.Document()` parses every part (styles, numbering, theme, settings…) and refuses
macro-enabled or template documents, while the form lives in `word/document.xml` alone. Reading
that one part with a hardened lxml parser and walking its body once costs a few milliseconds
(against ~7–20 ms for opening with python-docx and iterating its objects), ignores headers and
footers by construction (they are other parts), and bounds what a hostile file can make us do:
the zip's central directory, member count and declared sizes are checked before anything is
decompressed, and XML with a DOCTYPE is refused before it is parsed (XXE, entity expansion).

The walk turns the body into format-neutral blocks (`Paragraph`, `Table` of `Cell`s) and
`parsers.layout_walk` — kept beside it in this module — assigns labels to values.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from parsers.layout import Cell, Paragraph, RawForm, Table, read_blocks

__all__ = ["MAX_DOCUMENT_BYTES", "MAX_FILE_BYTES", "MAX_MEMBERS", "Refusal", "read_docx"]

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_CENTRAL_DIRECTORY_BYTES = 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError)


@dataclass(frozen=True)
class Refusal:
    """Why a file was not read: a problem code and an English detail for the log and message."""

    code: str  # corrupt_file | too_large | unsafe_xml | encrypted_file | unsupported_format
    detail: str


def read_docx(data: bytes) -> RawForm | Refusal:
    """Labelled raw text of a .docx Annex 1, or why the file cannot be read."""
    xml = _main_document_xml(data)
    if isinstance(xml, Refusal):
        return xml
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        return Refusal("unsafe_xml", "the document XML declares a DOCTYPE or entities")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as err:
        return Refusal("corrupt_file", f"the document XML is malformed ({err})")
    if root.getroottree().docinfo.doctype:  # a DOCTYPE hidden by a UTF-16 encoding
        return Refusal("unsafe_xml", "the document XML declares a DOCTYPE")
    namespace = etree.QName(root).namespace or ""
    body = root.find(f"{{{namespace}}}body")
    if body is None:
        return Refusal("unsupported_format", "the Word document has no body")
    for fallback in list(root.iter(f"{{{_MC}}}Fallback")):  # text boxes are stored twice
        fallback.getparent().remove(fallback)
    return read_blocks(_Body(namespace).blocks(body))


class _Body:
    """Blocks of a WordprocessingML body, in the namespace the document uses (transitional or strict)."""

    def __init__(self, namespace: str) -> None:
        w = f"{{{namespace}}}"
        self.p, self.tbl, self.tr, self.tc, self.r = w + "p", w + "tbl", w + "tr", w + "tc", w + "r"
        self.t, self.tab, self.br, self.cr, self.hyphen = (
            w + name for name in ("t", "tab", "br", "cr", "noBreakHyphen")
        )
        self.ptab, self.val = w + "ptab", w + "val"
        self.span, self.vmerge, self.before = w + "gridSpan", w + "vMerge", w + "gridBefore"
        self.wrappers = {w + "sdt", w + "sdtContent", w + "customXml", w + "smartTag"}

    def blocks(self, body: etree._Element) -> Iterator[Paragraph | Table]:
        paragraphs = tables = 0
        for element in self._children(body):
            if element.tag == self.p:
                paragraphs += 1
                yield Paragraph(self._text(element), f"paragraph {paragraphs}")
            elif element.tag == self.tbl:
                tables += 1
                yield self._table(element, tables)

    def _children(self, parent: etree._Element) -> Iterator[etree._Element]:
        """Children, looking through content controls and custom XML wrappers."""
        for child in parent:
            if child.tag in self.wrappers:
                yield from self._children(child)
            else:
                yield child

    def _text(self, paragraph: etree._Element) -> str:
        pieces: list[str] = []
        for element in paragraph.iter(self.t, self.tab, self.br, self.cr, self.hyphen, self.ptab):
            tag = element.tag
            if tag == self.t:
                pieces.append(element.text or "")
            elif element.getparent().tag != self.r:  # tab stops in paragraph properties
                continue
            elif tag in (self.tab, self.ptab):
                pieces.append("\t")
            else:
                pieces.append("-" if tag == self.hyphen else "\n")
        return "".join(pieces)

    def _table(self, table: etree._Element, index: int) -> Table:
        rows: list[list[Cell]] = []
        for row in self._children(table):
            if row.tag == self.tr:
                rows.append(self._row(row, index, len(rows) + 1))
        return Table(index, rows)

    def _row(self, row: etree._Element, table: int, number: int) -> list[Cell]:
        cells: list[Cell] = []
        column = self._number(row, self.before, 0)
        for cell in self._children(row):
            if cell.tag != self.tc:
                continue
            span = self._number(cell, self.span, 1)
            merge = next(cell.iter(self.vmerge), None)
            continued = merge is not None and merge.get(self.val, "continue") == "continue"
            location = f"table {table}, row {number}, cell {len(cells) + 1}"
            cells.append(Cell(self._cell_text(cell), location, column, span, continued))
            column += span
        return cells

    def _cell_text(self, cell: etree._Element) -> str:
        lines: list[str] = []
        for element in self._children(cell):
            if element.tag == self.p:
                lines.append(self._text(element))
            elif element.tag == self.tbl:  # a nested table: its cells' text, row by row
                lines.extend(self._cell_text(inner) for inner in element.iter(self.tc))
        return "\n".join(lines)

    def _number(self, element: etree._Element, tag: str, default: int) -> int:
        found = next(element.iter(tag), None)
        try:
            return int(found.get(self.val, default)) if found is not None else default
        except ValueError:
            return default
