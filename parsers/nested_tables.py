"""A table whose cells hold tables, turned into blocks a person reads in the same order.

Forms exported by LibreOffice from ODF, and HTML forms, lay a section out as an outer cell that
holds its heading and its own label/value table; the activities table may sit in such a cell
too. Joined into the outer cell's text, an inner table's columns are lost and its header is
never seen, so a row with a table in a cell is not kept as a row: its cells are read one after
the other (their text as paragraphs, their tables as tables of their own), and the outer rows
around it stay tables. Each format's reader builds the `GridCell`s (`parsers.docx_form`,
`parsers.html_blocks`); `table_blocks` is the one rule for both.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from parsers.blocks import Cell, Paragraph, Table

__all__ = ["MAX_COLUMNS", "Block", "GridCell", "table_blocks"]

MAX_COLUMNS = 63  # as Word: a hostile span of 10**9 is clamped

Block = Paragraph | Table


@dataclass(frozen=True)
class GridCell:
    cell: Cell
    inside: Sequence[Block] | None = None  # the cell's blocks, when it holds a table of its own


def table_blocks(index: int, rows: Sequence[Sequence[GridCell]]) -> Iterator[Block]:
    """The rows as a table; a row holding a table breaks it, and comes out as its cells' blocks
    in reading order between the rows above and below (each kept as a table, same index)."""
    kept: list[list[Cell]] = []
    broken = False
    for row in rows:
        if not any(grid.inside is not None for grid in row):
            kept.append([grid.cell for grid in row])
            continue
        if kept:
            yield Table(index, kept)
            kept = []
        broken = True
        for grid in row:
            if grid.inside is not None:
                yield from grid.inside
            elif not grid.cell.continued:
                yield Paragraph(grid.cell.text, grid.cell.location)
    if kept or not broken:
        yield Table(index, kept)
