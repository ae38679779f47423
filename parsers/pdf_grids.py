"""Ruled tables on a PDF page: grids from the cell borders Word and LibreOffice draw.

Tables are found by their ruling lines — the borders drawn as stroked segments or thin filled
rectangles, which `parsers.pdf_layout` collects from the page's path objects. Rules that touch
each other form one table; the x positions of its vertical rules are the grid's columns, the y
positions of its horizontal rules its rows, and a rule missing between two grid slots merges
them, so a merged cell comes back as one cell with its span, as in the .docx. Each glyph inside
the table goes to the cell it stands in, and a cell's glyphs become its lines.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from statistics import median

from parsers.pdf_lines import Glyph, Line, text_lines

__all__ = [
    "DEFAULT_PADDING",
    "SNAP",
    "Grid",
    "GridCell",
    "Span",
    "joined_rules",
    "ruled_grids",
    "snapped",
]

SNAP = 2.0  # rules closer than this are one grid line (double borders, stroke widths)
DEFAULT_PADDING = 5.0

Span = tuple[float, float, float]  # position across, start, end along


@dataclass(frozen=True)
class GridCell:
    row: int
    column: int
    rows: int
    columns: int
    lines: tuple[Line, ...]
    limit: float  # the right edge text in the cell may reach


@dataclass(frozen=True)
class Grid:
    """A table on one page: column boundaries and its (merged) cells, top row first."""

    top: float
    bottom: float
    columns: tuple[float, ...]  # x of each column boundary, left to right
    row_count: int
    cells: tuple[GridCell, ...]
    ruled: bool = True  # False: found by its columns, one grid row per line of text


def joined_rules(spans: list[Span]) -> list[Span]:
    """Collinear pieces joined: Word draws a border cell by cell."""
    merged: list[Span] = []
    for across, start, end in sorted(spans, key=lambda s: (round(s[0] / SNAP), s[1])):
        if merged:
            last_across, last_start, last_end = merged[-1]
            if abs(across - last_across) <= SNAP and start <= last_end + SNAP:
                merged[-1] = (last_across, last_start, max(last_end, end))
                continue
        merged.append((across, start, end))
    return merged


def ruled_grids(
    glyphs: list[Glyph], horizontal: list[Span], vertical: list[Span]
) -> tuple[list[Grid], list[Glyph]]:
    """Ruled tables with their glyphs, and the glyphs outside them."""
    frames = [_Frame(h, v) for h, v in _connected(horizontal, vertical)]
    # A box, or a column of boxes (the fields of a form drawn beside their labels), is not a
    # table: its text is read with the lines around it.
    frames = [frame for frame in frames if len(frame.cells) > 1 and len(frame.xs) > 2]
    bounds = [(f.xs[0], f.xs[-1], f.ys[-1], f.ys[0], f) for f in frames]
    body: list[Glyph] = []
    for glyph in glyphs:
        x, y = (glyph[1] + glyph[2]) / 2, (glyph[3] + glyph[4]) / 2
        for left, right, bottom, top, frame in bounds:
            if left < x < right and bottom < y < top:
                frame.add(glyph, x, y)
                break
        else:
            body.append(glyph)
    return [frame.grid() for frame in sorted(frames, key=lambda f: -f.ys[0])], body


def _connected(horizontal: list[Span], vertical: list[Span]) -> list[tuple[list[Span], list[Span]]]:
    """Groups of rules that touch each other: one group a table (or a box, or an underline)."""
    parent = list(range(len(horizontal) + len(vertical)))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    by_x = sorted(range(len(vertical)), key=lambda i: vertical[i][0])
    xs = [vertical[i][0] for i in by_x]
    for h, (y, x0, x1) in enumerate(horizontal):
        for v in by_x[bisect_right(xs, x0 - SNAP) : bisect_right(xs, x1 + SNAP)]:
            _x, y0, y1 = vertical[v]
            if y0 - SNAP <= y <= y1 + SNAP:
                parent[root(h)] = root(len(horizontal) + v)
    groups: dict[int, tuple[list[Span], list[Span]]] = {}
    for h, span in enumerate(horizontal):
        groups.setdefault(root(h), ([], []))[0].append(span)
    for v, span in enumerate(vertical):
        groups.setdefault(root(len(horizontal) + v), ([], []))[1].append(span)
    return [group for group in groups.values() if len(group[0]) > 1 and len(group[1]) > 1]


class _Frame:
    """A table's grid while its glyphs are being placed in it."""

    def __init__(self, horizontal: list[Span], vertical: list[Span]) -> None:
        self.ys = snapped(span[0] for span in horizontal)[::-1]  # top first
        self.xs = snapped(span[0] for span in vertical)
        self._minus_ys = [-y for y in self.ys]
        rows, columns = len(self.ys) - 1, len(self.xs) - 1
        parent = list(range(rows * columns))

        def root(node: int) -> int:
            while parent[node] != node:
                node = parent[node]
            return node

        for row in range(rows):
            middle = (self.ys[row] + self.ys[row + 1]) / 2
            for column in range(columns):
                here = row * columns + column
                if column + 1 < columns and not _covers(vertical, self.xs[column + 1], middle):
                    parent[root(here + 1)] = root(here)
                centre = (self.xs[column] + self.xs[column + 1]) / 2
                if row + 1 < rows and not _covers(horizontal, self.ys[row + 1], centre):
                    parent[root(here + columns)] = root(here)
        slots: dict[int, list[tuple[int, int]]] = {}
        for slot in range(rows * columns):
            slots.setdefault(root(slot), []).append(divmod(slot, columns))
        self.slot_cell = [0] * (rows * columns)
        self.cells: list[tuple[int, int, int, int]] = []  # row, column, last row, last column
        for members in slots.values():
            for row, column in members:
                self.slot_cell[row * columns + column] = len(self.cells)
            found_rows = [row for row, _column in members]
            found_columns = [column for _row, column in members]
            self.cells.append(
                (min(found_rows), min(found_columns), max(found_rows), max(found_columns))
            )
        self.glyphs: list[list[Glyph]] = [[] for _ in self.cells]

    def add(self, glyph: Glyph, x: float, y: float) -> None:
        row = bisect_right(self._minus_ys, -y) - 1
        column = bisect_right(self.xs, x) - 1
        self.glyphs[self.slot_cell[row * (len(self.xs) - 1) + column]].append(glyph)

    def grid(self) -> Grid:
        insets = [
            min(glyph[1] for glyph in glyphs) - self.xs[column]
            for (_row, column, _r, _c), glyphs in zip(self.cells, self.glyphs, strict=True)
            if glyphs
        ]
        padding = min(max(median(insets) if insets else DEFAULT_PADDING, 0.5), 12.0)
        cells = tuple(
            GridCell(
                row,
                column,
                last_row - row + 1,
                last_column - column + 1,
                tuple(text_lines(glyphs)),
                self.xs[last_column + 1] - padding,
            )
            for (row, column, last_row, last_column), glyphs in sorted(self._pieces())
        )
        return Grid(self.ys[0], self.ys[-1], tuple(self.xs), len(self.ys) - 1, cells)

    def _pieces(self) -> Iterator[tuple[tuple[int, int, int, int], list[Glyph]]]:
        """Cells and their glyphs; a one-row cell over several columns whose text stands apart
        in each (a header row drawn without inner borders, as Word's table styles do) is split
        at those columns."""
        for (row, column, last_row, last_column), glyphs in zip(
            self.cells, self.glyphs, strict=True
        ):
            start = column
            for boundary in range(column + 1, last_column + 1 if row == last_row else column):
                if _apart(glyphs, self.xs[boundary]):
                    low, high = self.xs[start], self.xs[boundary]
                    inside = [g for g in glyphs if low <= (g[1] + g[2]) / 2 < high]
                    yield (row, start, row, boundary - 1), inside
                    start = boundary
            rest = [g for g in glyphs if (g[1] + g[2]) / 2 >= self.xs[start]]
            yield (row, start, last_row, last_column), rest


def _apart(glyphs: list[Glyph], x: float) -> bool:
    """Text on both sides of `x`, none across it, and a gap of a letter's height between."""
    visible = [glyph for glyph in glyphs if not glyph[0].isspace()]
    if not visible or any(glyph[1] < x < glyph[2] for glyph in visible):
        return False
    left = max((glyph[2] for glyph in visible if glyph[2] <= x), default=None)
    right = min((glyph[1] for glyph in visible if glyph[1] >= x), default=None)
    height = median(glyph[4] - glyph[3] for glyph in visible)
    return left is not None and right is not None and right - left >= height


def snapped(positions: Iterable[float]) -> list[float]:
    """Distinct positions, ascending, those within SNAP of each other taken as one."""
    found: list[float] = []
    for position in sorted(positions):
        if not found or position - found[-1] > SNAP:
            found.append(position)
    return found


def _covers(spans: list[Span], across: float, along: float) -> bool:
    """Whether a rule at `across` runs past the point `along` (the rule between two slots)."""
    return any(
        abs(position - across) <= SNAP and start - SNAP <= along <= end + SNAP
        for position, start, end in spans
    )
