"""Annex 1 read from a .docx: the zip opened within limits, its main document part walked once.

python-docx writes the blank form and the fixtures, but the reader does not open documents with
it: `docx.Document()` parses every part (styles, numbering, theme…) and refuses macro-enabled and
template documents, while the form lives in the main part alone. Finding that part within the
zip limits of `parsers.safezip`, parsing it with the hardened parser of `parsers.safe_xml` and
walking its body once takes 2–4 ms for a 2-page form (python-docx's open and iterate: 10–24 ms),
leaves headers and footers out by construction (they are other parts), and refuses XML with a
DOCTYPE (XXE, entity expansion). The body becomes the format-neutral blocks of
`parsers.layout`, whose `read_blocks` matches labels to values.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from parsers import safezip
from parsers.layout import Cell, Paragraph, RawForm, Table, read_blocks
from parsers.safe_xml import UnsafeXml, safe_xml_root

__all__ = ["MAX_DOCUMENT_BYTES", "OLE_HEADER", "main_document_xml", "read_document_xml"]

# A 2-page form's main part is ~50 KB and a 100-page report's ~2 MB (pictures live in other
# parts); lxml needs ~14 bytes of memory per byte parsed, so 5 MB caps a reading near 70 MB.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
MAX_RELATIONSHIPS_BYTES = 64 * 1024
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected .docx, or a .doc
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MAX_COLUMNS = 63


def main_document_xml(data: bytes) -> bytes | safezip.Refusal:
    """The main document part's bytes, or (problem code, detail) before anything is unpacked."""
    refusal = safezip.size_refusal(data)
    if refusal is not None:
        return refusal
    if data.startswith(OLE_HEADER):
        return "encrypted_file", "the Word document is password-protected"
    refusal = safezip.directory_refusal(data, ".docx")
    if refusal is not None:
        return refusal
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return safezip.archive_refusal(archive) or _main_part(archive)
    except UnsafeXml:
        raise
    except safezip.ZIP_ERRORS as err:
        return "corrupt_file", f"the .docx archive is damaged ({err})"


def _main_part(archive: zipfile.ZipFile) -> bytes | safezip.Refusal:
    name = _main_part_name(archive)
    if name is None:
        return "unsupported_format", "a zip archive without a Word document in it"
    info = archive.getinfo(name)
    if info.flag_bits & 0x1:
        return "encrypted_file", "the document part is encrypted"
    if info.file_size > MAX_DOCUMENT_BYTES:
        return "too_large", f"the document part unpacks to {info.file_size} bytes"
    return safezip.read_member(archive, info, MAX_DOCUMENT_BYTES)


def _main_part_name(archive: zipfile.ZipFile) -> str | None:
    """`word/document.xml`, or the part the package relationships call the office document."""
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return "word/document.xml"
    info = archive.NameToInfo.get("_rels/.rels")
    if info is None or info.file_size > MAX_RELATIONSHIPS_BYTES:
        return None
    rels = safezip.read_member(archive, info, MAX_RELATIONSHIPS_BYTES)
    root = safe_xml_root(rels, "the package relationships part")
    for relation in root.iter(f"{{{_RELS}}}Relationship"):
        target = (relation.get("Target") or "").lstrip("/")
        if relation.get("Type", "").endswith("/officeDocument") and target in names:
            return target
    return None


def read_document_xml(xml: bytes) -> RawForm:
    """Labelled raw text of a WordprocessingML main part; raises UnsafeXml or XMLSyntaxError."""
    root = safe_xml_root(xml, "the document XML")
    namespace = etree.QName(root).namespace or ""
    body = root.find(f"{{{namespace}}}body")
    if body is None:
        return RawForm()
    for fallback in list(root.iter(f"{{{_MC}}}Fallback")):  # text boxes are stored twice
        fallback.getparent().remove(fallback)
    return read_blocks(_Body(namespace).blocks(body))


class _Body:
    """Blocks of a WordprocessingML body in the document's namespace (transitional or strict)."""

    def __init__(self, namespace: str) -> None:
        w = f"{{{namespace}}}"
        self.p, self.tbl, self.tr, self.tc, self.r = w + "p", w + "tbl", w + "tr", w + "tc", w + "r"
        self.t, self.tab, self.br, self.cr, self.hyphen = (
            w + name for name in ("t", "tab", "br", "cr", "noBreakHyphen")
        )
        self.ptab, self.val = w + "ptab", w + "val"
        self.span, self.vmerge, self.before = w + "gridSpan", w + "vMerge", w + "gridBefore"
        self.tcpr, self.trpr = w + "tcPr", w + "trPr"
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
        column = self._number(self._property(row, self.trpr, self.before), 0)
        for cell in self._children(row):
            if cell.tag != self.tc:
                continue
            span = self._number(self._property(cell, self.tcpr, self.span), 1)
            merge = self._property(cell, self.tcpr, self.vmerge)
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

    @staticmethod
    def _property(element: etree._Element, properties: str, name: str) -> etree._Element | None:
        """A row's or cell's own property (not one of a table nested inside it)."""
        found = element.find(properties)
        return None if found is None else found.find(name)

    def _number(self, found: etree._Element | None, default: int) -> int:
        """A span or skip count, clamped to Word's 63 columns: a hostile file may say 10**9."""
        try:
            number = int(found.get(self.val, default)) if found is not None else default
        except ValueError:
            return default
        return min(max(number, default), _MAX_COLUMNS)
