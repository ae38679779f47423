"""Tables drawn without borders on a PDF page, found by the columns their text stands in.

A form retyped without table borders still has its label and value columns: runs of lines cut
by wide gaps into pieces that start at the same x positions. Each such run becomes a grid with
one row per line (`ruled=False`); `parsers.pdf_blocks` joins the lines of a wrapped row again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from statistics import median

from parsers.labels import section_of_heading
from parsers.pdf_grids import DEFAULT_PADDING, Grid, GridCell, snapped
from parsers.pdf_lines import TAB_GAP, Glyph, line_break, text_line

__all__ = ["aligned_grids"]

_MAX_TABLE_LINES = 120  # lines of one table found by its columns: bounds the work on a page
_ON_START = 0.5  # pieces of a left-aligned column start within this of each other
_NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]\s")  # "6. Īstenošanas periods", "2.1. …"


def aligned_grids(
    rows: list[list[Glyph]], margin: float, text_right: float
) -> tuple[list[Grid], list[list[Glyph]]]:
    """Tables without ruling lines, found by their columns: runs of lines split by wide gaps
    into pieces that stand in the same columns. One grid row per line; `pdf_blocks` joins the
    lines of a wrapped row again. The other lines are returned as they were."""
    pieces = [_pieces(row) for row in rows]
    starts = _shared_starts(pieces)
    pieces = [_cut(line, starts) for line in pieces]
    grids: list[Grid] = []
    rest: list[list[Glyph]] = []
    start = 0
    while start < len(rows):
        end = start + 1
        limit = min(len(rows), start + _MAX_TABLE_LINES)
        while len(pieces[start]) > 1 and end < limit and _goes_on(pieces, end, margin):
            end += 1
        found = _aligned_grid(pieces[start:end], text_right) if end - start > 1 else None
        if found is None:
            rest.append(rows[start])
            start += 1
        else:
            grids.append(found[0])
            start += found[1]
    return grids, rest


def _pieces(row: list[Glyph]) -> list[list[Glyph]]:
    """A line cut where a gap is wider than the letters are high (a column, a tab stop)."""
    height = median(glyph[4] - glyph[3] for glyph in row)
    cut = [[row[0]]]
    for glyph in row[1:]:
        if glyph[1] - cut[-1][-1][2] > height:
            cut.append([])
        cut[-1].append(glyph)
    return [piece for piece in cut if any(not glyph[0].isspace() for glyph in piece)]


def _shared_starts(pieces: list[list[list[Glyph]]]) -> list[float]:
    """Where pieces of two lines or more in columns start: the page's column starts."""
    lefts = sorted(piece[0][1] for line in pieces if len(line) > 1 for piece in line)
    shared: list[float] = []
    for left, right in pairwise(lefts):
        if right - left <= _ON_START and not (shared and left - shared[-1] <= _ON_START):
            shared.append(left)
    return shared


def _cut(line: list[list[Glyph]], starts: list[float]) -> list[list[Glyph]]:
    """A line's pieces cut again where a word begins at a column start after a gap unlike the
    line's gaps between words and not a space glyph's: a cell's text reaching up to the next
    column, closer than a letter's height ("informatīvie  2019. gada", "bērnu2020.")."""
    gaps: list[tuple[float, Glyph, bool]] = []  # gap, glyph after it, a space glyph between
    for piece in line:
        spaced, before = False, None
        for glyph in piece:
            if glyph[0].isspace():
                spaced = spaced or glyph[0] == " "
                continue
            if before is not None and glyph[1] - before[2] >= TAB_GAP:
                gaps.append((glyph[1] - before[2], glyph, spaced))
            spaced, before = False, glyph
    cuts: set[int] = set()
    for index, (gap, glyph, spaced) in enumerate(gaps):
        at = bisect_right(starts, glyph[1] + _ON_START) - 1
        if spaced or at < 0 or glyph[1] - starts[at] > _ON_START:
            continue
        if all(abs(gap - other[0]) > 0.25 for number, other in enumerate(gaps) if number != index):
            cuts.add(id(glyph))
    if not cuts:
        return line
    found: list[list[Glyph]] = []
    for piece in line:
        found.append([])
        for glyph in piece:
            if id(glyph) in cuts:
                found.append([])
            found[-1].append(glyph)
    return [part for part in found if any(not glyph[0].isspace() for glyph in part)]


def _goes_on(pieces: list[list[list[Glyph]]], index: int, margin: float) -> bool:
    """Line `index` may belong to the table above: in columns, indented into one, or the
    first column's text wrapped ("Kontaktpersona (vārds," ⏎ "uzvārds)")."""
    here, above = pieces[index], pieces[index - 1]
    if not here or not above:
        return False
    top, bottom = max(g[4] for g in here[0]), min(g[3] for g in here[0])
    if min(g[3] for g in above[0]) - top > 2.5 * (top - bottom):
        return False  # a gap between blocks
    if len(here) > 1 or here[0][0][1] > margin + 2 * (top - bottom):
        return True
    columned = next((row for row in pieces[index - 1 :: -1] if len(row) > 1), None)
    # The line above in the same column: the value beside a wrapped label may have more lines.
    same = (row[0] for row in pieces[index - 1 : max(index - 4, 0) : -1] if row)
    wrapped = next((piece for piece in same if abs(piece[0][1] - here[0][0][1]) <= 2), None)
    if columned is None or wrapped is None:
        return False
    line = text_line(here[0])
    heading = not line.text[:1].islower() and section_of_heading(line.text) is not None
    if heading or _NUMBERED.match(line.text):
        return False  # a heading or a numbered item after the table: "6. Īstenošanas periods"
    edge = columned[1][0][1] - 2 * DEFAULT_PADDING
    return line_break(text_line(wrapped), line, edge) != "\n"


def _aligned_grid(rows: list[list[list[Glyph]]], text_right: float) -> tuple[Grid, int] | None:
    """The grid of the leading rows whose pieces each stand in columns of their own, and their
    count. A column starts where pieces start and hardly any line has text across; a piece
    over several columns is a merged cell ("Īstenošanas laiks" above "no" and "līdz")."""
    starts = _column_starts(rows)
    if len(starts) < 2:
        return None
    ends = _column_ends(rows, starts)
    cells: list[GridCell] = []
    used = found = 0
    for number, line in enumerate(rows):
        row = [part for piece in line for part in _cut_at_starts(piece, starts)]
        at = [_columns_of(piece, starts, ends) for piece in row]
        taken = [column for first, span in at for column in range(first, first + span)]
        if len(set(taken)) < len(taken):
            break
        for piece, (column, span) in zip(row, at, strict=True):
            after = column + span
            limit = starts[after] - 2 * DEFAULT_PADDING if after < len(starts) else text_right
            cells.append(GridCell(number, column, 1, span, (text_line(piece),), limit))
        used, found = number + 1, found + (len(row) > 1)
    if found < 2:
        return None
    edges = (*(start - DEFAULT_PADDING for start in starts), text_right + 1.0)
    top = max(glyph[4] for piece in rows[0] for glyph in piece)
    bottom = min(glyph[3] for piece in rows[used - 1] for glyph in piece)
    return Grid(top, bottom, edges, used, tuple(cells), ruled=False), used


def _column_starts(rows: list[list[list[Glyph]]]) -> list[float]:
    """Where columns start: where pieces of the lines in columns start, unless more than a
    quarter of those lines have text running across (or it is within 12 pt of the last), or
    it is the same right-aligned column as the last start (`_right_aligned`)."""
    multiple = [[(piece[0][1], piece[-1][2]) for piece in line] for line in rows if len(line) > 1]
    lefts = [[left for left, _right in spans] for spans in multiple]
    starts: list[float] = []
    for left in snapped(left for row_lefts in lefts for left in row_lefts):
        if starts and left - starts[-1] <= 12:
            continue
        across = 0  # lines with a piece running over this start
        for spans, row_lefts in zip(multiple, lefts, strict=True):
            before = bisect_right(row_lefts, left - 1) - 1
            across += before >= 0 and spans[before][1] > left - 1
        if 4 * across > len(multiple) or (starts and _right_aligned(multiple, starts[-1], left)):
            continue
        starts.append(left)
    return starts


def _right_aligned(multiple: list[list[tuple[float, float]]], last: float, left: float) -> bool:
    """The pieces from the last start on and those at `left` all end on one edge: a column of
    right-aligned amounts ("1 500,00") under a wider header ("Plānotās" ⏎ "izmaksas, EUR")
    starts where its widest text starts, not again where the narrower text does."""
    rights = [end for spans in multiple for start, end in spans if last - 1 <= start <= left + 12]
    return bool(rights) and max(rights) - min(rights) <= 1.5


def _cut_at_starts(piece: list[Glyph], starts: list[float]) -> list[list[Glyph]]:
    """A piece cut where a glyph begins a column after a gap with no space glyph in it: the
    text of two cells nearly touching where one fills its column and the padding is narrow
    ("…informatīvie vakari" and "10.2019.–" 5 pt apart), not one cell across both columns."""
    height = median(glyph[4] - glyph[3] for glyph in piece)
    cut = [[piece[0]]]
    for glyph in piece[1:]:
        before = cut[-1][-1]
        if (
            not before[0].isspace()
            and not glyph[0].isspace()
            and glyph[1] - before[2] > 0.15 * height
            and any(abs(glyph[1] - start) <= 1 for start in starts)
        ):
            cut.append([])
        cut[-1].append(glyph)
    return cut


def _column_ends(rows: list[list[list[Glyph]]], starts: list[float]) -> list[float]:
    """Where the text standing in each column alone ends at most (no such text: no end)."""
    ends = [-1.0] * len(starts)
    for piece in (piece for row in rows for piece in row):
        first, span = _columns_of(piece, starts)
        if span == 1:
            ends[first] = max(ends[first], piece[-1][2])
    return [end if end >= 0 else float("inf") for end in ends]


def _columns_of(
    piece: list[Glyph], starts: list[float], ends: list[float] | None = None
) -> tuple[int, int]:
    """(first column, number of columns) a piece of a line stands in. A piece beginning
    right of all the text of its column and reaching into the next one, is centred or right-
    aligned in the next one ("Plānotās" ⏎ "izmaksas," ⏎ "EUR" over amounts on the right)."""
    first = max(bisect_right(starts, piece[0][1] + 1) - 1, 0)
    if (
        ends is not None
        and first + 1 < len(starts)
        and piece[0][1] > ends[first]
        and piece[-1][2] > starts[first + 1]
    ):
        first += 1
    return first, max(bisect_right(starts, piece[-1][2]) - first, 1)
