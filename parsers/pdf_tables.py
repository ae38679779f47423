"""A PDF's tables as rows of cells, put back together across page ends and wrapped lines.

A table's grid from the page layout (`parsers.pdf_grids`, `parsers.pdf_aligned`) becomes rows of
cells numbered on the columns of the table it belongs to: a table broken by a page end is joined
again (its repeated header left out, a row cut in two by the page end made one again), and the
lines of a table drawn without rules — one grid row per line — are put back into the rows they
were typed as. `parsers.pdf_blocks` hands the finished tables to the reader as `layout.Table`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from parsers.labels import field_for_label, section_of_heading
from parsers.layout import Cell, Table
from parsers.pdf_grids import Grid
from parsers.pdf_lines import Line, line_break

__all__ = ["TableRows", "block_table", "continue_table", "starts_item", "table_rows"]

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
class TableRows:
    """A table being put together: its column boundaries on its first page, its rows."""

    columns: tuple[float, ...]
    rows: list[_Row]


def starts_item(text: str) -> bool:
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


def table_rows(grid: Grid, page: int, columns: tuple[float, ...]) -> list[_Row]:
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
    return starts_item(line.text) or line_break(before, line, above.limit) == "\n"


def _nearest(columns: tuple[float, ...], x: float) -> int:
    return min(range(len(columns)), key=lambda index: abs(columns[index] - x))


def continue_table(table: TableRows, grid: Grid, page: int) -> bool:
    """Add a page's first table to the previous page's last one when it goes on with it. A
    table without rules has its columns where its text starts: going on with a row whose first
    cells are done (the Nr. column), it begins at a later column of the table."""
    left = abs(grid.columns[0] - table.columns[0]) > 3
    if (left and grid.ruled) or abs(grid.columns[-1] - table.columns[-1]) > 3:
        return False
    if any(abs(table.columns[_nearest(table.columns, x)] - x) > 3 for x in grid.columns):
        return False
    rows = table_rows(grid, page, table.columns)
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
        header = texts(mine)
        if not any(header) or header != texts(theirs):
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


def block_table(table: TableRows, index: int) -> Table:
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
            joint = "\n" if starts_item(line.text) else line_break(above, line, piece.limit)
            parts.append(joint)
        parts.append(line.text)
    return "".join(parts)
