"""A PDF's page layouts turned into the paragraphs and tables a .docx gives, in reading order.

`parsers.layout.read_blocks` reads both formats; what the PDF needs first: a table broken by a
page end is joined again (also a row split between two pages), the lines of a table without
rules are put back into rows, lines repeated at the same place on every page (header, footer,
page numbers) are left out, and lines wrapped by the layout are joined into the paragraph they
were typed as. Provenance names the page: "page 2, table 3, row 4, cell 2" or "page 1, line 14"
(lines outside tables, counted from the top of the page).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from parsers.labels import field_for_label, section_of_heading
from parsers.layout import Cell, Paragraph, Table
from parsers.pdf_grids import Grid
from parsers.pdf_layout import PageLayout
from parsers.pdf_lines import Line, line_break

__all__ = ["page_blocks"]

_BAND = 0.15  # header and footer lines stand in the top and bottom 15 % of the page
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\t")  # "2.1.⇥Projekta nosaukums⇥…"
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]")  # "2." alone: the cell of a "Nr." column
_ITEM = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]\s|[•▪◦●-]\s")


@dataclass
class _Row:
    page: int
    cells: list[_Piece]


@dataclass
class _Piece:
    """A cell on its way to `layout.Cell`: lines may still be added from the next page."""

    column: int
    span: int
    continued: bool
    lines: list[Line]
    limit: float


@dataclass
class _Table:
    columns: tuple[float, ...]
    rows: list[_Row]


def page_blocks(layouts: list[PageLayout]) -> list[Paragraph | Table]:
    """Paragraphs and tables in reading order, page after page."""
    running = _running_lines(layouts)
    items: list[Paragraph | _Table] = []
    for layout in layouts:
        placed: list[tuple[float, Line | Grid]] = [(grid.top, grid) for grid in layout.grids]
        placed += [(line.top, line) for line in layout.lines if line not in running]
        placed.sort(key=lambda item: -item[0])
        numbers = {id(line): number for number, line in enumerate(layout.lines, start=1)}
        first = True
        lines: list[Line] = []
        for _top, item in placed:
            if isinstance(item, Line):
                lines.append(item)
                continue
            items += _paragraphs(lines, layout, numbers)
            lines = []
            previous = items[-1] if items and first else None
            if not (isinstance(previous, _Table) and _continue(previous, item, layout.number)):
                items.append(_Table(item.columns, _rows(item, layout.number, item.columns)))
            first = False
        items += _paragraphs(lines, layout, numbers)
    tables = 0
    blocks: list[Paragraph | Table] = []
    for block in items:
        if isinstance(block, _Table):
            tables += 1
            blocks.append(_table(block, tables))
        else:
            blocks.append(block)
    return blocks


def _running_lines(layouts: list[PageLayout]) -> set[Line]:
    """Lines at the top or bottom of every page saying the same (page numbers aside)."""
    if len(layouts) < 2:
        return set()
    seen: dict[tuple[str, int], list[Line]] = {}
    for layout in layouts:
        for line in layout.lines:
            if _BAND * layout.height < line.bottom and line.top < (1 - _BAND) * layout.height:
                continue
            key = (re.sub(r"\d+", "#", line.text), round(line.top / 4))
            seen.setdefault(key, []).append(line)
    needed = len(layouts) if len(layouts) < 3 else len(layouts) - 1  # a first page may differ
    return {line for found in seen.values() if len(found) >= needed for line in found}


def _paragraphs(
    lines: list[Line], layout: PageLayout, numbers: dict[int, int]
) -> Iterator[Paragraph]:
    """Lines joined where the layout wrapped them; one paragraph per typed paragraph."""
    text = ""
    start = 0
    for index, line in enumerate(lines):
        if index and _starts_item(line.text):
            joint = "\n"
        else:
            joint = line_break(lines[index - 1], line, layout.text_right) if index else ""
        if joint == "\n" and _label_goes_on(text, line.text):
            joint = " "
        if joint == "\n":
            yield Paragraph(text, f"page {layout.number}, line {numbers[id(lines[start])]}")
            text, start = "", index
            joint = ""
        text += joint + _NUMBERED.sub("", line.text)
    if lines:
        yield Paragraph(text, f"page {layout.number}, line {numbers[id(lines[start])]}")


def _label_goes_on(above: str, text: str) -> bool:
    """A label wrapped in a column narrower than the page ("2.2. Esošie remigrācijas atbalsta"
    ⏎ "pasākumi pašvaldībā"): neither line is a label, both together are."""
    if not text[:1].islower() or "\n" in above or len(above) > 80:
        return False
    if field_for_label(above, None) is not None or section_of_heading(above) is not None:
        return False
    return any(
        field_for_label(f"{above} {head}", None)
        for head in (text, text.partition(":")[0], text.partition("\t")[0])
    )


def _starts_item(text: str) -> bool:
    """A label, a heading or a numbered item starts a line of its own, never a wrapped one
    (which goes on in lower case: "pasākumi" ⏎ "pašvaldībā:" is not the label "Pašvaldība")."""
    if _ITEM.match(text):
        return True
    if text[:1].islower():
        return False
    for head in (text, text.partition(":")[0], text.partition("\t")[0]):
        if section_of_heading(head) is not None or field_for_label(head, None):
            return True
    return False


def _rows(grid: Grid, page: int, columns: tuple[float, ...]) -> list[_Row]:
    """The grid's rows, its columns renumbered onto `columns` (the table it continues)."""
    at = [_nearest(columns, x) for x in grid.columns]
    rows = [_Row(page, []) for _ in range(grid.row_count)]
    for cell in grid.cells:
        column, span = at[cell.column], at[cell.column + cell.columns] - at[cell.column]
        rows[cell.row].cells.append(_Piece(column, span, False, list(cell.lines), cell.limit))
        for below in range(cell.row + 1, cell.row + cell.rows):
            rows[below].cells.append(_Piece(column, span, True, [], cell.limit))
    for row in rows:
        row.cells.sort(key=lambda piece: piece.column)
    return rows if grid.ruled else _unwrapped(rows, label_value=len(grid.columns) == 3)


def _unwrapped(lines: list[_Row], *, label_value: bool) -> list[_Row]:
    """Rows of a table without rules, from its lines: a line whose every piece goes on with
    the text above it in its column (the layout wrapped it) belongs to the row above, unless
    more space than between wrapped lines stands between them. In a table of two columns
    (labels and values) a line with nothing in the label column is more of the value."""
    baselines = [max(piece.lines[0].baseline for piece in line.cells) for line in lines]
    steps = [a - b for a, b in pairwise(baselines) if a - b > 1]
    pitch = median(steps) if steps else 0.0  # most lines of a table are wrapped ones
    rows: list[_Row] = []
    for index, line in enumerate(lines):
        last = {piece.column: piece for piece in rows[-1].cells} if rows else {}
        spaced = index > 0 and baselines[index - 1] - baselines[index] > 1.4 * pitch
        more_value = label_value and rows and all(piece.column > 0 for piece in line.cells)
        if spaced or not rows or not (more_value or _goes_on(last, line)):
            rows.append(line)
            continue
        for piece in line.cells:
            if piece.column in last:
                last[piece.column].lines += piece.lines
            else:
                rows[-1].cells.append(piece)
        rows[-1].cells.sort(key=lambda piece: piece.column)
    return rows


def _goes_on(last: dict[int, _Piece], line: _Row) -> bool:
    """The line belongs to the row above: no piece of it starts anew, or its first column
    carries on a wrapped label ("2.2. Esošie remigrācijas atbalsta" ⏎ "pasākumi pašvaldībā")
    while the value beside it starts a new paragraph of the same answer."""
    first = line.cells[0]
    above = last.get(first.column)
    wrapped = above is not None and first.lines[0].text[:1].islower()
    if first.column == 0 and wrapped and not _starts_row(above, first):
        # "kontaktpersona (vārds, uzvārds):" ⏎ "amats:" are two labels written in lower case
        label = " ".join(line.text for line in above.lines) if above else ""
        below = first.lines[0].text
        both = field_for_label(label, None) and field_for_label(below, None)
        return not both or bool(field_for_label(f"{label} {below}", None))
    return not any(_starts_row(last.get(piece.column), piece) for piece in line.cells)


def _starts_row(above: _Piece | None, piece: _Piece) -> bool:
    if above is None:
        return False
    before, line = above.lines[-1], piece.lines[0]
    if _ROW_NUMBER.fullmatch(before.text) and _ROW_NUMBER.fullmatch(line.text):
        return True  # "1." above "2." in a column of numbers too narrow to tell by its room
    return _starts_item(line.text) or line_break(before, line, above.limit) == "\n"


def _nearest(columns: tuple[float, ...], x: float) -> int:
    return min(range(len(columns)), key=lambda index: abs(columns[index] - x))


def _continue(table: _Table, grid: Grid, page: int) -> bool:
    """Add a page's first table to the previous page's last one when it goes on with it. A
    table without rules has its columns where its text starts: going on with a row whose first
    cells are done (the Nr. column), it begins at a later column of the table."""
    left = abs(grid.columns[0] - table.columns[0]) > 3
    if (left and grid.ruled) or abs(grid.columns[-1] - table.columns[-1]) > 3:
        return False
    if any(abs(table.columns[_nearest(table.columns, x)] - x) > 3 for x in grid.columns):
        return False
    rows = _rows(grid, page, table.columns)
    rows = rows[_repeated_header(table.rows, rows) :]
    if rows and table.rows and _split_row(table.rows[-1], rows[0]):
        last = {piece.column: piece for piece in table.rows[-1].cells}
        for piece in rows.pop(0).cells:
            if piece.column in last:
                last[piece.column].lines += piece.lines
    table.rows += rows
    return True


_HEADER_ROWS = 3


def _repeated_header(table: list[_Row], rows: list[_Row]) -> int:
    """How many of a page's first rows repeat the table's header (Word and LibreOffice repeat
    it on every page): they are left out, so a row the page break cut in two is joined again."""

    def texts(row: _Row) -> list[str]:
        return [" ".join(line.text for line in piece.lines) for piece in row.cells]

    count = 0
    for mine, theirs in zip(table[:_HEADER_ROWS], rows, strict=False):
        if not any(texts(mine)) or texts(mine) != texts(theirs):
            break
        count += 1
    return count if count < len(rows) else 0


def _split_row(above: _Row, below: _Row) -> bool:
    """A row the page end cut in two: its first cell empty on the new page, or every cell
    going on in lower case ("sabiedriskās attiecības" after "Informatīvu materiālu…")."""

    def first(row: _Row) -> str:
        piece = next((p for p in row.cells if p.column == 0 and not p.continued), None)
        return piece.lines[0].text if piece and piece.lines else ""

    if first(above) and not first(below) and any(piece.lines for piece in below.cells):
        return True
    texts = [piece.lines[0].text for piece in below.cells if piece.lines]
    return bool(texts) and all(text[0].islower() for text in texts)


def _table(table: _Table, index: int) -> Table:
    rows: list[list[Cell]] = []
    for number, row in enumerate(table.rows, start=1):
        cells: list[Cell] = []
        for piece in row.cells:
            location = f"page {row.page}, table {index}, row {number}, cell {len(cells) + 1}"
            text = _cell_text(piece)
            cells.append(Cell(text, location, piece.column, piece.span, piece.continued))
        rows.append(cells)
    return Table(index, rows)


def _cell_text(piece: _Piece) -> str:
    parts: list[str] = []
    for index, line in enumerate(piece.lines):
        if index:
            above = piece.lines[index - 1]
            joint = "\n" if _starts_item(line.text) else line_break(above, line, piece.limit)
            parts.append(joint)
        parts.append(line.text)
    return "".join(parts)
