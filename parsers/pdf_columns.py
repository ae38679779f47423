"""Parts of a PDF page set in two text columns, found so the left column is read first.

A page in two columns (groff's `.2C`, LaTeX's `multicols`) has, side by side, lines that belong
to different paragraphs: read across, "Pašvaldības nosaukums: Rēzeknes novada" is followed by
the right column's "atgriešanās mājās", and a value wrapped within its column loses its second
line to the next label. Such a part of the page is a run of lines that a vertical gutter near
the middle of the text cuts in two, with no text across it. A table of labels and values
without borders looks the same, so a run is taken for two text columns only when both hold
form text: the right column a line starting with a label or a heading (a column of values
does not), the left column a label with its value on the same line (a column of labels
does not) and no two lines cut by gaps wider than a letter is high (the left part of a wider
table: labels above values three to a row), and the right column's lines start at one x, as
a column of text does. Anything else is left to the table readers, as before.

`two_columns` finds those parts; `reading_rows` cuts their lines at the gutter and orders the
pieces as they are read: the lines above, the left column, the right column, the lines below.
Coordinates are PDF points with y growing upwards.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter
from statistics import median

from parsers.labels import field_for_label, section_of_heading
from parsers.lines import label_candidates
from parsers.pdf_lines import Glyph, text_line

__all__ = ["Segment", "TextColumns", "reading_rows", "two_columns"]

Row = list[Glyph]
Interval = tuple[float, float]
_MIDDLE = (0.3, 0.7)  # the gutter's middle stands within this share of the text's width
_BOTH_SIDES = 3  # lines with text either side of the gutter, at least
_ALIGNED = 0.6  # share of the right column's lines starting where it starts, at least
_MAX_ROWS = 400  # lines of a page looked at: bounded work
_BOTTOM, _TOP = itemgetter(3), itemgetter(4)


@dataclass(frozen=True)
class TextColumns:
    """A part of a page in two text columns: rows `start` to `end` (exclusive) of the page's
    glyph rows, the gutter's x, and how far the text of each column may reach."""

    top: float
    bottom: float
    gutter: float
    limits: tuple[float, float]
    start: int
    end: int

    def column(self, left: float, top: float, bottom: float) -> int | None:
        """0 or 1 for text with this left edge and height standing in the part, else None."""
        if top > self.top + 0.5 or bottom < self.bottom - 0.5:
            return None
        return 0 if left < self.gutter else 1


@dataclass(frozen=True)
class Segment:
    """Rows read one after the other, and where their text starts and may reach."""

    rows: list[Row]
    margin: float
    right: float


def two_columns(
    rows: list[Row], margin: float, text_right: float, grids: list[Interval]
) -> list[TextColumns]:
    """The parts of the page (its glyph rows, top first) set in two text columns. `grids` are
    the (bottom, top) of the page's ruled tables: a part does not run across one."""
    rows = rows[:_MAX_ROWS]
    width = text_right - margin
    if len(rows) < _BOTH_SIDES or width < 100:
        return []
    spans = [(min(row, key=_BOTTOM)[3], max(row, key=_TOP)[4]) for row in rows]
    height = median(top - bottom for bottom, top in spans)
    band = (margin + _MIDDLE[0] * width, margin + _MIDDLE[1] * width)
    narrowest = max(0.6 * height, 4.0)
    found: list[TextColumns] = []
    start = 0  # the run of rows being looked at, and the stretches free in all its rows
    free: list[Interval] = []
    for index, row in enumerate([*rows, []]):  # an empty row ends the last run
        here = _free(row, band, narrowest) if row else []
        apart = not row or (index > start and _apart(spans[index - 1], spans[index], height, grids))
        joined = [] if apart else _common(free, here, narrowest)
        if joined:
            free = joined
            continue
        widest = max(free, key=lambda gap: gap[1] - gap[0], default=None)
        if widest is not None and _two_sided(rows[start:index], widest):
            part = _part(rows, spans, start, index, widest)
            if part is not None:
                found.append(part)
        start, free = (index, here) if here else (index + 1, [])
    return found


def reading_rows(
    rows: list[Row], parts: list[TextColumns], margin: float, text_right: float
) -> list[Segment]:
    """The page's rows in reading order, in segments: the rows outside two-column parts as
    they are, each part's left column and then its right column."""
    segments: list[Segment] = []
    done = 0
    for part in parts:
        if part.start > done:
            segments.append(Segment(rows[done : part.start], margin, text_right))
        for side in (0, 1):
            cut = [_side(row, part.gutter, side) for row in rows[part.start : part.end]]
            kept = [row for row in cut if row]
            if kept:
                start = min(row[0][1] for row in kept)
                segments.append(Segment(kept, start, part.limits[side]))
        done = part.end
    if done < len(rows) or not segments:
        segments.append(Segment(rows[done:], margin, text_right))
    return segments


def _two_sided(rows: list[Row], gap: Interval) -> bool:
    """Whether enough rows reach across `gap` from both sides to look further (their edges
    may be spaces: `_part` looks at the glyphs)."""
    return sum(1 for row in rows if row[0][1] < gap[0] and row[-1][2] > gap[1]) >= _BOTH_SIDES


def _part(
    rows: list[Row], spans: list[Interval], start: int, end: int, gap: Interval
) -> TextColumns | None:
    """Rows `start`–`end`, free of text in `gap`, as two text columns, or None: the rows from
    the first to the last with text either side, and those just above and below them."""
    gutter = (gap[0] + gap[1]) / 2
    sides = [(_side(row, gutter, 0), _side(row, gutter, 1)) for row in rows[start:end]]
    both = [start + at for at, (left, right) in enumerate(sides) if left and right]
    if len(both) < _BOTH_SIDES:
        return None
    height = median(spans[at][1] - spans[at][0] for at in both)
    first, last = both[0], both[-1] + 1
    while first > start and spans[first - 1][0] - spans[first][1] <= height:
        first -= 1
    while last < end and spans[last - 1][0] - spans[last][1] <= height:
        last += 1
    lefts = [side[0] for side in sides[first - start : last - start] if side[0]]
    rights = [side[1] for side in sides[first - start : last - start] if side[1]]
    starts = [row[0][1] for row in rights]
    aligned = sum(1 for x in starts if x - min(starts) <= 1.5)
    if aligned < _ALIGNED * len(starts):
        return None
    if sum(1 for row in lefts if _spread(row)) > 1:
        return None  # the left side is a table of its own, its cells a column apart
    if not any(_labelled(text_line(row).text, valued=False) for row in rights):
        return None  # a column of values
    if not any(_labelled(text_line(row).text, valued=True) for row in lefts):
        return None  # a column of labels
    limits = (max(row[-1][2] for row in lefts), max(row[-1][2] for row in rights))
    return TextColumns(spans[first][1], spans[last - 1][0], gutter, limits, first, last)


def _spread(row: Row) -> bool:
    """Text a column apart on the row: a gap wider than the letters are high."""
    visible = [glyph for glyph in row if not glyph[0].isspace()]
    height = median(glyph[4] - glyph[3] for glyph in visible)
    return any(after[1] - before[2] > height for before, after in pairwise(visible))


def _labelled(text: str, *, valued: bool) -> bool:
    """A line starting with a label of the form (and its value, if `valued`: a value that is
    not another label) or a heading."""
    for label, value in label_candidates(text):
        if valued and (not value.strip() or field_for_label(value.strip(), None)):
            continue
        if field_for_label(label, None) or (not valued and section_of_heading(label)):
            return True
    return False


def _free(row: Row, band: Interval, narrowest: float) -> list[Interval]:
    """The stretches of `band` no visible glyph of the row covers, at least `narrowest` wide."""
    low, high = band
    free: list[Interval] = []
    at = low  # where the stretch being looked at starts: the band's start or a glyph's end
    for glyph in row:
        if glyph[2] <= at or glyph[0].isspace():
            continue  # before the band, or within text already passed
        if glyph[1] >= high:
            break
        if glyph[1] - at >= narrowest:
            free.append((at, glyph[1]))
        at = glyph[2]
        if at >= high:
            break
    if high - at >= narrowest:
        free.append((at, high))
    return free


def _common(free: list[Interval], here: list[Interval], narrowest: float) -> list[Interval]:
    """Where both lists of stretches are free, at least `narrowest` wide."""
    common: list[Interval] = []
    for low, high in free:
        for other_low, other_high in here:
            low_end, high_end = max(low, other_low), min(high, other_high)
            if high_end - low_end >= narrowest:
                common.append((low_end, high_end))
    return common


def _apart(above: Interval, below: Interval, height: float, grids: list[Interval]) -> bool:
    """A table or more than a couple of blank lines between two rows (their bottom and top):
    not one part of text."""
    low, high = below[1], above[0]
    if high - low > 2.5 * height:
        return True
    return any(low <= (bottom + top) / 2 <= high for bottom, top in grids)


def _side(row: Row, gutter: float, side: int) -> Row:
    """The row's glyphs left (0) or right (1) of the gutter, without spaces at either end: a
    row is sorted by left edges, and no visible glyph stands across the gutter."""
    cut = bisect_left(row, gutter, key=lambda glyph: glyph[1])
    kept = row[cut:] if side else row[:cut]
    first, last = 0, len(kept)
    while first < last and kept[first][0].isspace():
        first += 1
    while last > first and kept[last - 1][0].isspace():
        last -= 1
    return kept[first:last]
