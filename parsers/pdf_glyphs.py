"""A PDF page's characters as glyph boxes in reading order, from PDFium's text page.

Each visible character becomes a glyph (char, left, right, bottom, top) in the page's reading
frame (`parsers.pdf_turn`); what PDFium adds or loses on the way is put right here: its made-up
spaces and line breaks are left out (spacing is read from the boxes), a character drawn twice
for a fake bold is read once, a tab stop LibreOffice jumps without drawing a glyph becomes a
zero-width tab (`_tab_jump`), and a word PDFium misplaces after a `TJ` ending in spacing it
drops is moved back (`_lost_spacing`). The caller holds `parsers.pdfium_guard.PDFIUM_LOCK`.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from parsers.pdf_lines import HYPHEN_MARK, TAB_GAP, Glyph
from parsers.pdf_turn import UPRIGHT, Turn, char_quarter

__all__ = ["MAX_GLYPHS_PER_PAGE", "page_glyphs"]

MAX_GLYPHS_PER_PAGE = 30_000  # a form page has ~2 000; past this a page is not a form

# Glyphs with their PDFium character index and whether PDFium made them up (its own spaces).
_Placed = list[tuple[Glyph, int, bool]]
_SPACE = 0.25  # an interword space as a share of the font's line height, about


def page_glyphs(textpage: pdfium.PdfTextPage, turn: Turn = UPRIGHT) -> list[Glyph]:
    """The page's visible glyphs in PDFium's text order, with tabs where a line jumps to a
    tab stop; on a turned page only the glyphs running the page's way, in its reading frame."""
    raw = textpage.raw
    total = pdfium_c.FPDFText_CountChars(raw)
    count = min(total, MAX_GLYPHS_PER_PAGE)
    if count <= 0:
        return []
    placed, gaps = _placed(textpage, count, turn)
    _lost_spacing(raw, placed, gaps)
    return _with_tabs(raw, placed, total)


def _placed(
    textpage: pdfium.PdfTextPage, count: int, turn: Turn
) -> tuple[_Placed, list[tuple[int, int]]]:
    """The glyphs, and the gaps a word wide or less between two glyphs of a line with no
    space glyph between (as positions of the glyphs either side): where `_lost_spacing`
    looks."""
    raw = textpage.raw
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # PDFium left out or added characters: read them one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    box = pdfium_c.FS_RECTF()
    pointer = ctypes.byref(box)
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    placed: _Placed = []
    gaps: list[tuple[int, int]] = []
    last: Glyph = ("", 0.0, 0.0, 0.0, 0.0)
    last_index = 0
    word_end = -1  # position of the last glyph that is not a space, -1 after a space glyph
    for index, char in enumerate(text):
        if char in "\r\n" or not loose_box(raw, index, pointer):
            continue
        left, right, bottom, top = box.left, box.right, box.bottom, box.top
        if right - left < 0.01 and (char.isspace() or char == "\x00"):
            continue  # PDFium's own word and line breaks: spacing is read from the boxes
        if (char < " " and char not in (HYPHEN_MARK, "\t")) or "\ud800" <= char <= "\udfff":
            continue  # controls, and halves of characters PDFium could not put together
        if turn.quarter:
            if not char.isspace() and char_quarter(raw, index) != turn.quarter:
                continue  # text across the page's way (a footer left upright): a letter a line
            left, right, bottom, top = turn.rect(left, right, bottom, top)
        same_spot = abs(left - last[1]) < 0.5 and abs(bottom - last[3]) < 0.5
        if char == last[0] and same_spot and _drawn_twice(raw, index, last_index):
            continue
        generated = char == " " and bool(pdfium_c.FPDFText_IsGenerated(raw, index))
        last, last_index = (char, left, right, bottom, top), index
        if char.isspace():
            word_end = word_end if generated else -1
        else:
            if word_end >= 0:
                before = placed[word_end][0]
                gap = left - before[2]
                if TAB_GAP <= gap <= 2 * _SPACE * (before[4] - before[3]):
                    gaps.append((word_end, len(placed)))
            word_end = len(placed)
        placed.append((last, index, generated))
    return placed, gaps


def _with_tabs(raw: pdfium_c.FPDF_TEXTPAGE, placed: _Placed, total: int) -> list[Glyph]:
    """The glyphs, with a zero-width tab where a line jumps to a tab stop (`_tab_jump`)."""
    glyphs: list[Glyph] = []
    word_end: tuple[Glyph, int] = (("", 0.0, 0.0, 0.0, 0.0), 0)  # the last glyph not a space
    space = 0.0  # width of the last space glyph drawn
    for glyph, index, generated in placed:
        char, left, right, bottom, top = glyph
        if char == " " and not generated:
            space = right - left
        elif not generated and _tab_jump(raw, word_end, glyph, index, space, total):
            if glyphs and glyphs[-1][0] == " " and glyphs[-1][1] >= word_end[0][2] - 0.1:
                glyphs.pop()  # the space PDFium made up for the jump
            glyphs.append(("\t", left, left, bottom, top))  # no width: columns stay apart
        if not char.isspace():
            word_end = (glyph, index)
        glyphs.append(glyph)
    return glyphs


def _tab_jump(
    raw: pdfium_c.FPDF_TEXTPAGE,
    word_end: tuple[Glyph, int],
    glyph: Glyph,
    index: int,
    space: float,
    total: int,
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
    if not last[0] or gap < TAB_GAP or not _one_line(last, glyph):
        return False
    if space and abs(gap - space) < 0.25:
        return False
    if _text_object(raw, index) == _text_object(raw, last_index):
        return False
    return not (_split_word(raw, last_index, -1, total) or _split_word(raw, index, 1, total))


def _one_line(first: Glyph, second: Glyph) -> bool:
    """Loose boxes of letters with descenders go lower: one of the edges is shared."""
    return min(abs(first[3] - second[3]), abs(first[4] - second[4])) <= 0.5


_WORD_RUN = 64  # glyphs of one text object looked back over: bounded work per gap


def _lost_spacing(
    raw: pdfium_c.FPDF_TEXTPAGE, placed: _Placed, gaps: list[tuple[int, int]]
) -> None:
    """Words PDFium drew too far left are moved back, in place.

    groff's gropdf ends a `TJ` before a font change with the space as spacing and an empty
    string (`[(nosaukums:) -250 ()] TJ (R) Tj 105.06 0 Td (ēzeknes) Tj`); PDFium drops spacing
    followed by an empty string, so the text object after it ("R") starts where the label ends
    and the next one, placed by `Td` where it belongs, stands a space apart ("R ēzeknes",
    "Latg⇥ales"). Such a text object touches the previous one, in another font, and is
    followed in its own font by a gap narrower than two spaces without a space glyph (`gaps`):
    it is moved right by that gap, or a space where the gap holds two (two words)."""
    for before, after in gaps:
        last, first = placed[before][0], placed[after][0]
        if not _one_line(last, first):
            continue
        moved = _misplaced(raw, placed, before, after)
        if moved is not None:
            gap, height = first[1] - last[2], last[4] - last[3]
            shift = min(gap, _SPACE * height)
            for at in range(moved, before + 1):
                (char, left, right, bottom, top), index, generated = placed[at]
                placed[at] = ((char, left + shift, right + shift, bottom, top), index, generated)


def _misplaced(raw: pdfium_c.FPDF_TEXTPAGE, placed: _Placed, end: int, after: int) -> int | None:
    """Where the text object ending at `end` starts, if it is one PDFium put where the one
    before it ends although it has another font, and the object at `after` has its font."""
    own, following = _text_object(raw, placed[end][1]), _text_object(raw, placed[after][1])
    if own is None or following is None or own == following:
        return None
    start = end
    while start > max(end - _WORD_RUN, 0):
        if _text_object(raw, placed[start - 1][1]) != own:
            break
        start -= 1
    if start == 0 or start <= end - _WORD_RUN:
        return None
    previous, first = placed[start - 1][0], placed[start][0]
    if (
        previous[0].isspace()
        or abs(first[1] - previous[2]) > 0.05
        or not _one_line(previous, first)
    ):
        return None
    font = _font(raw, placed[end][1])
    if font != _font(raw, placed[after][1]) or font == _font(raw, placed[start - 1][1]):
        return None
    return start


def _font(raw: pdfium_c.FPDF_TEXTPAGE, index: int) -> int | None:
    text_object = pdfium_c.FPDFText_GetTextObject(raw, index)
    if not text_object:
        return None
    return ctypes.cast(pdfium_c.FPDFTextObj_GetFont(text_object), ctypes.c_void_p).value


def _text_object(raw: pdfium_c.FPDF_TEXTPAGE, index: int) -> int | None:
    return ctypes.cast(pdfium_c.FPDFText_GetTextObject(raw, index), ctypes.c_void_p).value


def _split_word(raw: pdfium_c.FPDF_TEXTPAGE, index: int, step: int, total: int) -> bool:
    """Whether the letter beside `index` in its word (before it: -1, after it: 1) comes from
    another text object: a producer drawing glyph by glyph. `total`: the page's characters."""
    beside = index + step
    if beside < 0 or beside >= total:
        return False
    char = chr(pdfium_c.FPDFText_GetUnicode(raw, beside))
    if not char.isprintable() or char.isspace() or pdfium_c.FPDFText_IsGenerated(raw, beside):
        return False
    return _text_object(raw, beside) != _text_object(raw, index)


def _drawn_twice(raw: pdfium_c.FPDF_TEXTPAGE, index: int, before: int) -> bool:
    """The same character on the same spot from another text object ("fake bold"), not one
    of the letters of a ligature ("tt", "ffi"), which share one box and one object."""
    return _text_object(raw, index) != _text_object(raw, before)
