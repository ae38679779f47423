"""Annex 1 read from a .docx: the zip opened within limits, its main document part walked once.

python-docx writes the blank form and the fixtures, but the reader does not open documents with
it: `docx.Document()` parses every part (styles, numbering, theme…) and refuses macro-enabled and
template documents, while the form lives in the main part alone. Finding that part within the
zip limits of `parsers.safezip`, parsing it with the hardened parser of `parsers.safe_xml` and
walking its body once takes 2–4 ms for a 2-page form (python-docx's open and iterate: 10–24 ms),
leaves headers and footers out by construction (they are other parts), and refuses XML with a
DOCTYPE (XXE, entity expansion). The body becomes the format-neutral blocks of
`parsers.layout`, whose `read_blocks` matches labels to values. Two things are read beyond the
body's own paragraphs and tables: altChunk parts (a form made as HTML by a web application,
`parsers.alt_chunks`, in the altChunk's place) and tables nested in table cells, which come out
as tables of their own (`parsers.nested_tables`). Before the walk, the tree is pruned to what
Word shows (`parsers.word_view`): no deleted revisions, hidden text (also hidden by a style,
`parsers.word_styles`), placeholders, field codes or VML copies; text boxes become paragraphs.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from parsers import alt_chunks, safezip
from parsers.alt_chunks import Chunk
from parsers.html_blocks import html_blocks, text_blocks
from parsers.layout import Cell, Paragraph, RawForm, read_blocks
from parsers.nested_tables import MAX_COLUMNS, Block, GridCell, table_blocks
from parsers.safe_xml import UnsafeXml, safe_xml_root
from parsers.word_styles import hidden_styles
from parsers.word_view import MC, final_view

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "OLE_HEADER",
    "MainDocument",
    "main_document_xml",
    "read_document_xml",
]

# A 2-page form's main part is ~50 KB and a 100-page report's ~2 MB (pictures live in other
# parts); lxml needs ~14 bytes of memory per byte parsed, so 5 MB caps a reading near 70 MB.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
MAX_RELATIONSHIPS_BYTES = 64 * 1024
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected .docx, or a .doc
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAX_NESTING = 8  # tables nested deeper give their text to the cell holding them


@dataclass(frozen=True)
class MainDocument:
    """The main part's XML, the altChunk parts it refers to by relationship id, and the ids
    of the styles that hide their text: what reading the body needs from the package."""

    xml: bytes
    chunks: dict[str, Chunk] = field(default_factory=dict)
    hidden_styles: frozenset[str] = frozenset()


def main_document_xml(data: bytes) -> MainDocument | safezip.Refusal:
    """The main document part and what goes with it, or (problem code, detail) before
    anything is unpacked."""
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


def _main_part(archive: zipfile.ZipFile) -> MainDocument | safezip.Refusal:
    name = _main_part_name(archive)
    if name is None:
        return "unsupported_format", "a zip archive without a Word document in it"
    info = archive.getinfo(name)
    if info.flag_bits & 0x1:
        return "encrypted_file", "the document part is encrypted"
    if info.file_size > MAX_DOCUMENT_BYTES:
        return "too_large", f"the document part unpacks to {info.file_size} bytes"
    xml = safezip.read_member(archive, info, MAX_DOCUMENT_BYTES)
    hidden = hidden_styles(archive, name)
    if not alt_chunks.refers(xml):
        return MainDocument(xml, {}, hidden)
    chunks = alt_chunks.chunk_parts(archive, name)
    return chunks if isinstance(chunks, tuple) else MainDocument(xml, chunks, hidden)


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


def read_document_xml(document: MainDocument | bytes) -> RawForm:
    """Labelled raw text of a WordprocessingML main part, with its altChunks and without the
    text its styles hide; raises UnsafeXml or XMLSyntaxError."""
    if isinstance(document, bytes):
        document = MainDocument(document)
    root = safe_xml_root(document.xml, "the document XML")
    namespace = etree.QName(root).namespace or ""
    body = root.find(f"{{{namespace}}}body")
    if body is None:
        return RawForm()
    final_view(root, namespace, document.hidden_styles)
    return read_blocks(_Body(namespace, document.chunks).blocks(body))


class _Body:
    """Blocks of a WordprocessingML body in the document's namespace (transitional or strict)."""

    def __init__(self, namespace: str, chunks: dict[str, Chunk]) -> None:
        w = f"{{{namespace}}}"
        self.p, self.tbl, self.tr, self.tc, self.r = w + "p", w + "tbl", w + "tr", w + "tc", w + "r"
        self.t, self.tab, self.br, self.cr, self.hyphen = (
            w + name for name in ("t", "tab", "br", "cr", "noBreakHyphen")
        )
        self.ptab, self.val, self.alt = w + "ptab", w + "val", w + "altChunk"
        self.span, self.vmerge, self.before = w + "gridSpan", w + "vMerge", w + "gridBefore"
        self.tcpr, self.trpr = w + "tcPr", w + "trPr"
        self.wrappers = {w + "sdt", w + "sdtContent", w + "customXml", w + "smartTag"}
        self.wrappers |= {f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice"}  # Fallback is gone
        self.chunks = chunks
        self.imported: set[str] = set()  # chunk parts read once, however often referred to

    def blocks(self, body: etree._Element) -> Iterator[Block]:
        paragraphs = tables = 0
        for element in self._children(body):
            if element.tag == self.p:
                paragraphs += 1
                yield Paragraph(self._text(element), f"paragraph {paragraphs}")
            elif element.tag == self.tbl:
                tables += 1
                yield from self._table(element, tables, f"table {tables}", 0)
            elif element.tag == self.alt:
                yield from self._chunk(element)

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

    def _chunk(self, element: etree._Element) -> Iterator[Block]:
        """The blocks of the part an altChunk imports, located "chunk 1, …"."""
        rid = next((value for key, value in element.attrib.items() if key.endswith("}id")), "")
        chunk = self.chunks.get(rid)
        if chunk is None or chunk.part in self.imported:
            return
        self.imported.add(chunk.part)
        prefix = f"chunk {len(self.imported)}, "
        read = html_blocks if chunk.kind == "html" else text_blocks
        yield from read(chunk.text, prefix)

    def _table(self, table: etree._Element, index: int, where: str, depth: int) -> Iterator[Block]:
        rows: list[list[GridCell]] = []
        for row in self._children(table):
            if row.tag == self.tr:
                rows.append(self._row(row, f"{where}, row {len(rows) + 1}", depth))
        yield from table_blocks(index, rows)

    def _row(self, row: etree._Element, where: str, depth: int) -> list[GridCell]:
        cells: list[GridCell] = []
        column = self._number(self._property(row, self.trpr, self.before), 0)
        for cell in self._children(row):
            if cell.tag != self.tc:
                continue
            span = self._number(self._property(cell, self.tcpr, self.span), 1)
            merge = self._property(cell, self.tcpr, self.vmerge)
            continued = merge is not None and merge.get(self.val, "continue") == "continue"
            location = f"{where}, cell {len(cells) + 1}"
            text, inside = self._cell(cell, location, depth)
            cells.append(GridCell(Cell(text, location, column, span, continued), inside))
            column += span
        return cells

    def _cell(
        self, cell: etree._Element, location: str, depth: int
    ) -> tuple[str, list[Block] | None]:
        """The cell's text, and its blocks when it holds a table or an altChunk."""
        lines: list[str] = []
        blocks: list[Block] = []
        tables = chunks = 0
        for element in self._children(cell):
            if element.tag == self.p:
                lines.append(self._text(element))
                blocks.append(Paragraph(lines[-1], location))
            elif element.tag == self.tbl and depth < _MAX_NESTING:
                tables += 1
                where = f"{location}, table {tables}"
                blocks.extend(self._table(element, tables, where, depth + 1))
            elif element.tag == self.tbl:  # nested too deep: its paragraphs' text, in order
                inner = [self._text(paragraph) for paragraph in element.iter(self.p)]
                lines.extend(inner)
                blocks.append(Paragraph("\n".join(inner), location))
            elif element.tag == self.alt:
                chunks += 1
                blocks.extend(self._chunk(element))
        return "\n".join(lines), blocks if tables or chunks else None

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
        return min(max(number, default), MAX_COLUMNS)
