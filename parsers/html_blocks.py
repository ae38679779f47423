"""HTML (and plain text) turned into the format-neutral blocks of `parsers.layout`.

Web applications make .docx files by wrapping an HTML page in an altChunk part
(html-docx-js, docx4j's `addAltChunk`, the Open XML SDK): Word renders the HTML, and the main
part holds no text at all. `parsers.alt_chunks` finds and decodes such parts; this module
reads the HTML as Word shows it — `<p>`, `<div>`, `<li>`, `<h1>`… and `<br>` break lines,
tables become `Table`s of `Cell`s placed on the grid by their colspan and rowspan (the rows a
rowspan covers get a `continued` cell, as Word's vertical merges do), tables in cells come out
as tables of their own (`parsers.nested_tables`). The HTML comes from a stranger: lxml's HTML
parser reads no DTD and fetches nothing, comments and processing instructions are dropped, the
text is bounded by the caller (`MAX_HTML_CHARS`) and the walk by `_MAX_DEPTH`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
from lxml import etree

from parsers.blocks import Cell, Paragraph
from parsers.nested_tables import MAX_COLUMNS, Block, GridCell, table_blocks

__all__ = ["MAX_HTML_CHARS", "html_blocks", "text_blocks"]

# A 2-page form is ~10 K characters of HTML; lxml needs ~15 bytes of memory per character.
MAX_HTML_CHARS = 5 * 1024 * 1024
_MAX_DEPTH = 64  # deeper elements give their text only
_SKIPPED = frozenset(
    {"head", "title", "script", "style", "template", "noscript", "iframe", "object", "select"}
)
_BREAKS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "section", "article", "header", "footer", "main", "nav", "aside",
        "address", "center", "form", "fieldset", "legend", "figure", "figcaption", "hr",
        "caption", "body", "html", "tr", "td", "th", "thead", "tbody", "tfoot",
    }
)  # fmt: skip
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML white space; a no-break space is kept
# lxml refuses an XML declaration in a str; libxml2's HTML parser shows a DOCTYPE's internal
# subset as text (never as entities), so both go before parsing.
_PROLOG = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^\[>]*(?:\[.*?\])?\s*>)?", re.I | re.S
)


def html_blocks(html: str, prefix: str) -> Iterator[Block]:
    """Paragraphs and tables of an HTML document; locations start with `prefix` ("chunk 1, ")."""
    root = _parsed(html)
    if root is not None:
        yield from _Walker(prefix).blocks(root)


def text_blocks(text: str, prefix: str) -> Iterator[Block]:
    """Plain text: each line a paragraph."""
    for number, line in enumerate(text.splitlines(), start=1):
        yield Paragraph(line, f"{prefix}paragraph {number}")


def _parsed(html: str) -> etree._Element | None:
    html = _PROLOG.sub("", html[:MAX_HTML_CHARS], count=1)
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None


class _Walker:
    """The blocks of one document or one table cell, in reading order."""

    def __init__(self, prefix: str, cell: str | None = None) -> None:
        self.prefix = prefix  # "chunk 1, " or "chunk 1, table 1, row 2, cell 1, "
        self.cell = cell  # a cell's paragraphs are located by the cell
        self.paragraphs = self.tables = 0
        self.line: list[str] = []

    def blocks(self, element: etree._Element, depth: int = 0) -> Iterator[Block]:
        yield from self._content(element, depth, pre=False)
        yield from self._flush()

    def _content(self, element: etree._Element, depth: int, pre: bool) -> Iterator[Block]:
        self._inline(element.text, pre)
        for child in element:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if not tag or tag in _SKIPPED:
                pass
            elif depth >= _MAX_DEPTH:
                self._inline("".join(child.itertext()), pre)
            elif tag == "br":
                self.line.append("\n")
            elif tag == "table":
                yield from self._flush()
                yield from self._table(child, depth + 1)
            elif tag in _BREAKS:
                yield from self._flush()
                yield from self._content(child, depth + 1, pre or tag == "pre")
                yield from self._flush()
            else:
                yield from self._content(child, depth + 1, pre)
            self._inline(child.tail, pre)

    def _inline(self, text: str | None, pre: bool) -> None:
        if text:
            self.line.append(text if pre else _SPACES.sub(" ", text))

    def _flush(self) -> Iterator[Paragraph]:
        text = "\n".join(line.strip() for line in "".join(self.line).split("\n"))
        self.line = []
        if text.strip():
            self.paragraphs += 1
            location = self.cell or f"{self.prefix}paragraph {self.paragraphs}"
            yield Paragraph(text.strip("\n"), location)

    def _table(self, table: etree._Element, depth: int) -> Iterator[Block]:
        self.tables += 1
        where = f"{self.prefix}table {self.tables}"
        rows: list[list[GridCell]] = []
        spans = _Rowspans()
        trs = _rows(table)
        for number, tr in enumerate(trs, start=1):
            here = f"{where}, row {number}"
            spans.next_row()
            row: list[GridCell] = []
            column = 0
            for td in _cells(tr):
                column = spans.continued(row, here, column, last=False)
                span = max(_number(td.get("colspan"), MAX_COLUMNS), 1)
                left = len(trs) - number + 1
                down = _number(td.get("rowspan"), left) or left  # rowspan="0": to the end
                row.append(self._cell(td, f"{here}, cell {len(row) + 1}", column, span, depth))
                spans.down(column, down, span)
                column += span
            spans.continued(row, here, column, last=True)
            rows.append(row)
        yield from table_blocks(self.tables, rows)

    def _cell(
        self, td: etree._Element, location: str, column: int, span: int, depth: int
    ) -> GridCell:
        walker = _Walker(f"{location}, ", cell=location)
        blocks = list(walker.blocks(td, depth))
        text = "\n".join(block.text for block in blocks if isinstance(block, Paragraph))
        inside = blocks if walker.tables else None
        return GridCell(Cell(text, location, column, span), inside)


class _Rowspans:
    """Cells of the rows above reaching into this row: grid column → (rows, span)."""

    def __init__(self) -> None:
        self.above: dict[int, tuple[int, int]] = {}
        self.below: dict[int, tuple[int, int]] = {}

    def next_row(self) -> None:
        self.above, self.below = self.below, {}

    def down(self, column: int, rows: int, span: int) -> None:
        """A cell of this row covering `rows` rows, this one included."""
        if rows > 1:
            self.below[column] = (rows - 1, span)

    def continued(self, row: list[GridCell], where: str, column: int, *, last: bool) -> int:
        """Continued cells appended to `row` for the merges from above up to `column` (all of
        them for the `last` cells of the row); the first grid column free after them. A merge
        a wider cell of this row overlaps is not shown, as in a browser."""
        free = column
        while self.above:
            first = min(self.above)
            if first > free and not last:
                break
            rows, span = self.above.pop(first)
            if first >= free:
                location = f"{where}, cell {len(row) + 1}"
                row.append(GridCell(Cell("", location, first, span, continued=True)))
                free = first + span
            self.down(first, rows, span)
        return free


def _cells(tr: etree._Element) -> list[etree._Element]:
    return [td for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")]


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows, in order (not those of a table nested in a cell)."""
    rows: list[etree._Element] = []
    for child in table:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "tr":
            rows.append(child)
        elif tag in _ROW_GROUPS:
            rows.extend(row for row in child if isinstance(row.tag, str) and row.tag == "tr")
    return rows


def _number(value: str | None, limit: int) -> int:
    """A colspan or rowspan: 1 when missing or not a number, at most `limit`; 0 stays 0."""
    digits = re.match(r"\s*(\d{1,6})", value or "")
    if digits is None:
        return 1
    return min(int(digits.group(1)), max(limit, 1))
