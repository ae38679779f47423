"""One PDF page as lines of text and tables, from PDFium's character boxes and path objects.

pdfplumber rebuilds a page's layout from pdfminer in pure Python (about 270 ms for a 2-page form);
PDFium has laid the page out in C already, so asking it for each character's box and for the
page's path objects costs a few milliseconds. This module does the asking — glyphs from the text
page, ruling lines and pictures from the page objects — and puts the page together: tables
found by their ruling lines (`parsers.pdf_grids`), tables drawn without borders found by their
columns (`parsers.pdf_aligned`), and the rest of the text as lines (`parsers.pdf_lines`). The
caller holds `parsers.pdfium_guard.PDFIUM_LOCK` while it asks.

Coordinates are PDF points with y growing upwards; `Line.top` > `Line.bottom`.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from parsers.pdf_aligned import aligned_grids
from parsers.pdf_grids import Grid, GridCell, Span, joined_rules, ruled_grids
from parsers.pdf_lines import HYPHEN_MARK, Glyph, Line, glyph_rows, line_break, text_line
from parsers.pdf_widgets import widget_glyphs

__all__ = ["Grid", "GridCell", "Line", "PageLayout", "line_break", "page_layout"]

MAX_GLYPHS_PER_PAGE = 30_000  # a form page has ~2 000; past this a page is not a form
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
    lines: tuple[Line, ...]  # outside tables, top to bottom
    grids: tuple[Grid, ...]
    glyphs: int  # visible characters on the page
    pictures: int  # image objects: a page of pictures and no text is a scan
    text_right: float  # where body text may reach: the right margin


def page_layout(document: pdfium.PdfDocument, index: int) -> PageLayout:
    """Lines and ruled tables of page `index`, with the values typed into its form fields;
    PDFium's page and text page are closed after."""
    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            glyphs = _glyphs(textpage)
        finally:
            textpage.close()
        glyphs += widget_glyphs(page, glyphs)
        horizontal, vertical, pictures = _drawing(page)
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
    aligned, rest = aligned_grids(rows, margin, text_right)
    lines = tuple(line for line in map(text_line, rest) if line.text)
    grids = sorted(grids + aligned, key=lambda grid: -grid.top)
    return PageLayout(
        index + 1, width, height, lines, tuple(grids), len(glyphs), pictures, text_right
    )


_PAGE_NUMBER = re.compile(
    r"(?i)[-–]?\s*(?:(?:lapa|lpp\.?|page)\s*)?(?P<page>\d{1,3})\.?\s*(?:lapa|lpp\.?)?\s*"
    r"(?:(?:no|/|of)\s*(?P<pages>\d{1,3})\.?)?\s*[-–]?"
)
_MARGIN_BAND = 0.08  # of the page's height: where headers and footers stand


def _page_number(row: list[Glyph], height: float, page: int, pages: int) -> bool:
    """This page's number in the top or bottom margin ("Lapa 2 no 3", "2/3", "- 2 -"): left
    out before tables are looked for, where it could join the column it stands under."""
    bottom, top = min(glyph[3] for glyph in row), max(glyph[4] for glyph in row)
    if _MARGIN_BAND * height < bottom and top < (1 - _MARGIN_BAND) * height:
        return False
    text = "".join(glyph[0] for glyph in row if glyph[0] != "\t").strip()
    found = _PAGE_NUMBER.fullmatch(text)
    if found is None or int(found["page"]) != page:
        return False
    return found["pages"] is None or int(found["pages"]) == pages


def _glyphs(textpage: pdfium.PdfTextPage) -> list[Glyph]:
    raw = textpage.raw
    count = min(pdfium_c.FPDFText_CountChars(raw), MAX_GLYPHS_PER_PAGE)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # PDFium left out or added characters: read them one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    box = pdfium_c.FS_RECTF()
    pointer = ctypes.byref(box)
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    glyphs: list[Glyph] = []
    last: Glyph = ("", 0.0, 0.0, 0.0, 0.0)
    last_index = 0
    word_end: tuple[Glyph, int] = (last, 0)  # the last glyph that is not a space
    space = 0.0  # width of the last space glyph drawn
    for index, char in enumerate(text):
        if char in "\r\n" or not loose_box(raw, index, pointer):
            continue
        left, right, bottom, top = box.left, box.right, box.bottom, box.top
        if right - left < 0.01 and (char.isspace() or char == "\x00"):
            continue  # PDFium's own word and line breaks: spacing is read from the boxes
        if (char < " " and char not in (HYPHEN_MARK, "\t")) or "\ud800" <= char <= "\udfff":
            continue  # controls, and halves of characters PDFium could not put together
        same_spot = abs(left - last[1]) < 0.5 and abs(bottom - last[3]) < 0.5
        if char == last[0] and same_spot and _drawn_twice(raw, index, last_index):
            continue
        glyph: Glyph = (char, left, right, bottom, top)
        generated = char == " " and bool(pdfium_c.FPDFText_IsGenerated(raw, index))
        if char == " " and not generated:
            space = right - left
        elif not generated and _tab_jump(raw, word_end, glyph, index, space):
            if glyphs and glyphs[-1][0] == " " and glyphs[-1][1] >= word_end[0][2] - 0.1:
                glyphs.pop()  # the space PDFium made up for the jump
            glyphs.append(("\t", left, left, bottom, top))  # no width: columns stay apart
        if not char.isspace():
            word_end = (glyph, index)
        last, last_index = glyph, index
        glyphs.append(last)
    return glyphs


_TAB_GAP = 0.3  # kerning moves a letter by up to ~0.1 pt to the right; a tab stop by more


def _tab_jump(
    raw: pdfium_c.FPDF_TEXTPAGE, word_end: tuple[Glyph, int], glyph: Glyph, index: int, space: float
) -> bool:
    """A tab between two glyphs of one line: LibreOffice starts a new text object at a tab stop
    and draws no glyph for the tab, so where a label runs up to just before the stop
    ("Pašvaldības nosaukums⇥Preiļu", "Reģ. Nr.⇥90000") the value may begin a point or less
    after it, or a few points ("Amats⇥projektu", where PDFium makes up a space). Words typed
    apart have a space glyph between them, a no-break space in an amount ("9 000") leaves a gap
    as wide as a space, and letters of one word in two text objects stand edge to edge.
    Chromium (Skia) draws every glyph as a text object of its own and no space glyphs: there a
    new object says nothing, and the words either side are split letter by letter."""
    last, last_index = word_end
    gap = glyph[1] - last[2]
    if not last[0] or gap < _TAB_GAP or min(abs(glyph[3] - last[3]), abs(glyph[4] - last[4])) > 0.5:
        return False  # not on one line (loose boxes of letters with descenders go lower)
    if space and abs(gap - space) < 0.25:
        return False
    if _text_object(raw, index) == _text_object(raw, last_index):
        return False
    return not (_split_word(raw, last_index, -1) or _split_word(raw, index, 1))


def _text_object(raw: pdfium_c.FPDF_TEXTPAGE, index: int) -> int | None:
    return ctypes.cast(pdfium_c.FPDFText_GetTextObject(raw, index), ctypes.c_void_p).value


def _split_word(raw: pdfium_c.FPDF_TEXTPAGE, index: int, step: int) -> bool:
    """Whether the letter beside `index` in its word (before it: -1, after it: 1) comes from
    another text object: a producer drawing glyph by glyph."""
    beside = index + step
    if beside < 0 or beside >= pdfium_c.FPDFText_CountChars(raw):
        return False
    char = chr(pdfium_c.FPDFText_GetUnicode(raw, beside))
    if not char.isprintable() or char.isspace() or pdfium_c.FPDFText_IsGenerated(raw, beside):
        return False
    return _text_object(raw, beside) != _text_object(raw, index)


def _drawn_twice(raw: pdfium_c.FPDF_TEXTPAGE, index: int, before: int) -> bool:
    """The same character on the same spot from another text object ("fake bold"), not one
    of the letters of a ligature ("tt", "ffi"), which share one box and one object."""
    objects = (pdfium_c.FPDFText_GetTextObject(raw, i) for i in (index, before))
    first, second = (ctypes.cast(found, ctypes.c_void_p).value for found in objects)
    return first != second


def _drawing(page: pdfium.PdfPage) -> tuple[list[Span], list[Span], int]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) rules drawn on the page itself, and how
    many pictures it has. Raw PDFium calls: pypdfium2's object wrappers cost ~1 ms a page."""
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
        left, bottom, right, top = (bound.value for bound in bounds)
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
