"""One PDF page as lines of text and tables, from PDFium's character boxes and path objects.

pdfplumber rebuilds a page's layout from pdfminer in pure Python (about 270 ms for a 2-page form);
PDFium has laid the page out in C already, so asking it for each character's box and for the
page's path objects costs a few milliseconds. This module does the asking — glyphs from the text
page (`parsers.pdf_glyphs`), ruling lines and pictures from the page objects, all turned the
way the page's text runs (`parsers.pdf_turn`) — and puts the page together: tables found by
their ruling lines (`parsers.pdf_grids`), parts of the page in two text columns
(`parsers.pdf_columns`), tables drawn without borders found by their columns
(`parsers.pdf_aligned`), and the rest of the text as lines (`parsers.pdf_lines`). The caller
holds `parsers.pdfium_guard.PDFIUM_LOCK` while it asks.

Coordinates are PDF points with y growing upwards; `Line.top` > `Line.bottom`.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from parsers.pdf_aligned import aligned_grids
from parsers.pdf_columns import TextColumns, reading_rows, two_columns
from parsers.pdf_glyphs import MAX_GLYPHS_PER_PAGE, page_glyphs
from parsers.pdf_grids import Grid, GridCell, Span, joined_rules, ruled_grids
from parsers.pdf_lines import Glyph, Line, glyph_rows, line_break, text_line
from parsers.pdf_turn import UPRIGHT, Turn, page_turn
from parsers.pdf_widgets import widget_glyphs

__all__ = [
    "MAX_GLYPHS_PER_PAGE",
    "Grid",
    "GridCell",
    "Line",
    "PageLayout",
    "TextColumns",
    "line_break",
    "page_layout",
]

MAX_RULES_PER_PAGE = 2_000
MAX_OBJECTS_PER_PAGE = 50_000  # text, path and image objects looked at on one page
_THIN = 2.0  # a cell border is at most this thick
_SHORTEST_RULE = 4.0
_EDGE = 0.05  # text this close to the top or bottom edge stands in the page's margin


@dataclass(frozen=True)
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...]  # outside tables, in reading order
    grids: tuple[Grid, ...]
    glyphs: int  # visible characters on the page
    pictures: int  # image objects: a page of pictures and no text is a scan
    text_right: float  # where body text may reach: the right margin
    columns: tuple[TextColumns, ...] = ()  # parts of the page in two text columns


def page_layout(document: pdfium.PdfDocument, index: int) -> PageLayout:
    """Lines and ruled tables of page `index`, with the values typed into its form fields;
    PDFium's page and text page are closed after. A page whose text runs sideways or upside
    down is read turned the way its text runs (`parsers.pdf_turn`)."""
    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            count = min(pdfium_c.FPDFText_CountChars(textpage.raw), MAX_GLYPHS_PER_PAGE)
            turn = page_turn(page, textpage, count)
            glyphs = page_glyphs(textpage, turn)
        finally:
            textpage.close()
        if turn.quarter:
            width, height = turn.size
        glyphs += widget_glyphs(page, glyphs, turn)
        horizontal, vertical, pictures = _drawing(page, turn)
    finally:
        page.close()
    grids, body = ruled_grids(glyphs, horizontal, vertical)
    pages = len(document)
    rows = [row for row in glyph_rows(body) if not _page_number(row, height, index + 1, pages)]
    # A browser prints its header and footer (date, title, address, "1/2") in the page's own
    # margins, outside the body's: they say nothing about where the body's text may reach.
    inner = [row for row in rows if _EDGE * height < row[0][3] < (1 - _EDGE) * height] or rows
    margin = min((row[0][1] for row in inner), default=0.0)
    text_right = max(max((row[-1][2] for row in inner), default=width), width - margin)
    columns = two_columns(rows, margin, text_right, [(grid.bottom, grid.top) for grid in grids])
    rest: list[list[Glyph]] = []
    for segment in reading_rows(rows, columns, margin, text_right):
        aligned, left = aligned_grids(segment.rows, segment.margin, segment.right)
        grids += aligned
        rest += left
    lines = tuple(line for line in map(text_line, rest) if line.text)
    grids = sorted(grids, key=lambda grid: -grid.top)
    return PageLayout(
        index + 1,
        width,
        height,
        lines,
        tuple(grids),
        len(glyphs),
        pictures,
        text_right,
        tuple(columns),
    )


_PAGE_NUMBER = re.compile(
    r"(?i)[-–]?\s*(?:(?:lapa|lpp\.?|page)\s*)?(?P<page>\d{1,3})\.?\s*(?:lapa|lpp\.?)?\s*"
    r"(?:(?:no|/|of)\s*(?P<pages>\d{1,3})\.?)?\s*[-–]?"
)
_MARGIN_BAND = 0.08  # of the page's height: where headers and footers stand


def _page_number(row: list[Glyph], height: float, page: int, pages: int) -> bool:
    """This page's number in the top or bottom margin ("Lapa 2 no 3", "2/3", "- 2 -"): left
    out before tables are looked for, where it could join the column it stands under. A
    running header in the top margin with the page's number at one end ("Rēzeknes novada
    pašvaldība ⇥ Lapa 2") goes too: a first page without it leaves no second to match it with
    in a two-page file, and the form's text it would follow (the goal) would take it in."""
    bottom, top = min(glyph[3] for glyph in row), max(glyph[4] for glyph in row)
    if _MARGIN_BAND * height < bottom and top < (1 - _MARGIN_BAND) * height:
        return False
    text = "".join(glyph[0] for glyph in row if glyph[0] != "\t").strip()
    if _this_page(text, page, pages):
        return True
    if bottom < (1 - _MARGIN_BAND) * height:
        return False
    pieces = [piece.strip() for piece in text_line(row).text.split("\t") if piece.strip()]
    return len(pieces) > 1 and any(
        _this_page(piece, page, pages) and not piece.strip("-–. ").isdigit()
        for piece in (pieces[0], pieces[-1])
    )


def _this_page(text: str, page: int, pages: int) -> bool:
    found = _PAGE_NUMBER.fullmatch(text)
    if found is None or int(found["page"]) != page:
        return False
    return found["pages"] is None or int(found["pages"]) == pages


def _drawing(page: pdfium.PdfPage, turn: Turn = UPRIGHT) -> tuple[list[Span], list[Span], int]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) rules drawn on the page itself, in the
    page's reading frame, and how many pictures it has. Raw PDFium calls: pypdfium2's object
    wrappers cost ~1 ms a page."""
    horizontal: list[Span] = []
    vertical: list[Span] = []
    pictures = paths = 0
    bounds = [ctypes.c_float() for _ in range(4)]
    pointers = [ctypes.byref(bound) for bound in bounds]
    for index in range(min(pdfium_c.FPDFPage_CountObjects(page.raw), MAX_OBJECTS_PER_PAGE)):
        found = pdfium_c.FPDFPage_GetObject(page.raw, index)
        kind = pdfium_c.FPDFPageObj_GetType(found)
        pictures += kind == pdfium_c.FPDF_PAGEOBJ_IMAGE
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH or not pdfium_c.FPDFPageObj_GetBounds(
            found, *pointers
        ):
            continue
        paths += 1
        left, right, bottom, top = turn.rect(*(bounds[at].value for at in (0, 2, 1, 3)))
        if top - bottom <= _THIN and right - left >= _SHORTEST_RULE:
            horizontal.append(((bottom + top) / 2, left, right))
        elif right - left <= _THIN and top - bottom >= _SHORTEST_RULE:
            vertical.append(((left + right) / 2, bottom, top))
        elif _stroked_box(found) and min(right - left, top - bottom) >= _SHORTEST_RULE:
            horizontal += [(bottom, left, right), (top, left, right)]
            vertical += [(left, bottom, top), (right, bottom, top)]
    if paths > MAX_RULES_PER_PAGE:
        return [], [], pictures  # a drawing, not a form: its text is read as lines
    return joined_rules(horizontal), joined_rules(vertical), pictures


def _stroked_box(path: pdfium_c.FPDF_PAGEOBJECT) -> bool:
    """A rectangle outline (`re S`): its four edges are rules."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(path, ctypes.byref(fill), ctypes.byref(stroke)):
        return False
    return bool(stroke.value) and pdfium_c.FPDFPath_CountSegments(path) in (4, 5)
