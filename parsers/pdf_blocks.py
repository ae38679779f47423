"""A PDF's page layouts turned into the paragraphs and tables a .docx gives, in reading order.

`parsers.layout.read_blocks` reads both formats; what the PDF needs first: tables joined again
across page ends and put back into rows (`parsers.pdf_tables`), lines repeated at the same place
on every page (header, footer, page numbers) left out, lines wrapped by the layout joined into
the paragraph they were typed as, and a part of a page set in two text columns read left column
first. Provenance names the page: "page 2, table 3, row 4, cell 2" or "page 1, line 14" (lines
outside tables, counted in reading order from the top of the page).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsers.labels import field_for_label, section_of_heading
from parsers.layout import Paragraph, Table
from parsers.pdf_grids import Grid
from parsers.pdf_layout import PageLayout
from parsers.pdf_lines import Line, line_break
from parsers.pdf_tables import TableRows, block_table, continue_table, starts_item, table_rows

__all__ = ["page_blocks"]

_BAND = 0.15  # header and footer lines stand in the top and bottom 15 % of the page
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\t")  # "2.1.⇥Projekta nosaukums⇥…"


def page_blocks(layouts: list[PageLayout]) -> list[Paragraph | Table]:
    """Paragraphs and tables in reading order, page after page."""
    running = _running_lines(layouts)
    items: list[Paragraph | TableRows] = []
    for layout in layouts:
        placed: list[tuple[tuple[float, int, float], Line | Grid]] = [
            (_reading_place(layout, grid.columns[0], grid.top, grid.bottom), grid)
            for grid in layout.grids
        ]
        placed += [
            (_reading_place(layout, line.left, line.top, line.bottom), line)
            for line in layout.lines
            if line not in running
        ]
        placed.sort(key=lambda item: item[0])
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
            if not (
                isinstance(previous, TableRows) and continue_table(previous, item, layout.number)
            ):
                items.append(TableRows(item.columns, table_rows(item, layout.number, item.columns)))
            first = False
        items += _paragraphs(lines, layout, numbers)
    tables = 0
    blocks: list[Paragraph | Table] = []
    for block in items:
        if isinstance(block, TableRows):
            tables += 1
            blocks.append(block_table(block, tables))
        else:
            blocks.append(block)
    return blocks


def _reading_place(
    layout: PageLayout, left: float, top: float, bottom: float
) -> tuple[float, int, float]:
    """Where a line or table stands in the page's reading order: top to bottom, but in a part
    of the page set in two text columns the left column before the right one."""
    for part in layout.columns:
        column = part.column(left, top, bottom)
        if column is not None:
            return -part.top, column, -top
    return -top, 0, -top


def _column_of(layout: PageLayout, line: Line) -> tuple[int, int] | None:
    """(part, column) of a line in a part of the page in two text columns, else None."""
    for number, part in enumerate(layout.columns):
        column = part.column(line.left, line.top, line.bottom)
        if column is not None:
            return number, column
    return None


def _limit(layout: PageLayout, line: Line) -> float:
    """Where the text of the line's column may reach: the page's right margin, or the
    edge of its text column."""
    found = _column_of(layout, line)
    return layout.text_right if found is None else layout.columns[found[0]].limits[found[1]]


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
        above = lines[index - 1] if index else None
        if above is None:
            joint = ""
        elif starts_item(line.text) or _parts_differ(layout, above, line):
            joint = "\n"
        else:
            joint = line_break(above, line, _limit(layout, above))
        if joint == "\n" and _label_goes_on(text, line.text):
            joint = " "
        if joint == "\n":
            yield Paragraph(text, f"page {layout.number}, line {numbers[id(lines[start])]}")
            text, start = "", index
            joint = ""
        text += joint + _NUMBERED.sub("", line.text)
    if lines:
        yield Paragraph(text, f"page {layout.number}, line {numbers[id(lines[start])]}")


def _parts_differ(layout: PageLayout, above: Line, line: Line) -> bool:
    """A line in a two-column part after one outside it, or the other way round: text
    does not flow into or out of a part (it may from one of its columns to the other)."""
    if not layout.columns:
        return False
    here, before = _column_of(layout, line), _column_of(layout, above)
    return (here is None) != (before is None) or (
        here is not None and before is not None and here[0] != before[0]
    )


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
