"""Values typed into a fillable PDF's form fields, placed on the page as glyphs.

Some regions hand the form out as a fillable PDF (AcroForm); a municipality fills it in Adobe
Reader or a browser and sends the saved file. The typed values are then not in the page's text
but in the fields (/V, drawn by the widgets' appearance streams), which PDFium's text page does
not include. This module reads each text field's value and rectangle and returns glyphs where
a viewer shows the value, after a zero-width tab, so that the label printed left of a field and
the field's value read as one `Label<TAB>value` line and a table of fields reads as a table.
Fields whose rectangle already holds page text (a form printed to PDF with its fields kept) are
left out, so nothing is read twice.

The caller holds `parsers.pdfium_guard.PDFIUM_LOCK`. Coordinates are PDF points, y upwards.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from parsers.pdf_lines import Glyph
from parsers.pdf_turn import UPRIGHT, Turn

__all__ = ["MAX_WIDGETS_PER_PAGE", "widget_glyphs"]

MAX_WIDGETS_PER_PAGE = 500  # the form has ~60 fields; past this a page is not a form
MAX_VALUE_CHARS = 4_000
_TEXT_FIELDS = frozenset({"Tx", "Ch"})  # text fields, combo and list boxes
_INHERITED = 3  # how far up the field tree /FT and /V are looked for
_PADDING = 2.0  # points between a field's border and its text, as viewers draw it
_FONT = 9.0  # points; a single-line field shorter than this gets a smaller size
_ADVANCE = 0.5  # average glyph width as a share of the font size


def widget_glyphs(page: pdfium.PdfPage, text: list[Glyph], turn: Turn = UPRIGHT) -> list[Glyph]:
    """Glyphs of the values typed into the page's text fields, in the page's reading frame
    (`turn`, as the page's `text` is).

    The values are read from the field dictionaries (/V, inherited from parent fields as
    /FT is) rather than through PDFium's form layer, which would build every field's
    appearance when a page loads (~45 ms a page where the file asks for it)."""
    glyphs: list[Glyph] = []
    rect = pdfium_c.FS_RECTF()
    count = min(pdfium_c.FPDFPage_GetAnnotCount(page.raw), MAX_WIDGETS_PER_PAGE)
    for index in range(count):
        annotation = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if not annotation:
            continue
        try:
            value = _shown_value(annotation)
            if not value.strip() or not pdfium_c.FPDFAnnot_GetRect(annotation, ctypes.byref(rect)):
                continue
            left, right, bottom, top = turn.rect(
                min(rect.left, rect.right),
                max(rect.left, rect.right),
                min(rect.bottom, rect.top),
                max(rect.bottom, rect.top),
            )
            box = (left, bottom, right, top)
            if not _holds_text(box, text):
                glyphs.extend(_placed(value, box))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annotation)
    return glyphs


def _shown_value(annotation: pdfium_c.FPDF_ANNOTATION) -> str:
    """The value of a visible text or choice field's widget, else ""."""
    if pdfium_c.FPDFAnnot_GetSubtype(annotation) != pdfium_c.FPDF_ANNOT_WIDGET:
        return ""
    if pdfium_c.FPDFAnnot_GetFlags(annotation) & (
        pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW
    ):
        return ""
    kind, value = _inherited(annotation, b"FT"), _inherited(annotation, b"V")
    return value if kind in _TEXT_FIELDS else ""


def _inherited(annotation: pdfium_c.FPDF_ANNOTATION, key: bytes) -> str:
    """A field's string or name entry, from the widget or the fields above it."""
    opened: list[pdfium_c.FPDF_ANNOTATION] = []
    here = annotation
    try:
        for _level in range(_INHERITED):
            if pdfium_c.FPDFAnnot_HasKey(here, key):
                return _string(here, key)
            if not pdfium_c.FPDFAnnot_HasKey(here, b"Parent"):
                return ""
            here = pdfium_c.FPDFAnnot_GetLinkedAnnot(here, b"Parent")
            if not here:
                return ""
            opened.append(here)
        return ""
    finally:
        for linked in opened:
            pdfium_c.FPDFPage_CloseAnnot(linked)


def _string(annotation: pdfium_c.FPDF_ANNOTATION, key: bytes) -> str:
    kind = pdfium_c.FPDFAnnot_GetValueType(annotation, key)
    if kind not in (pdfium_c.FPDF_OBJECT_STRING, pdfium_c.FPDF_OBJECT_NAME):
        return ""  # a list box with several choices (an array), a stream
    size = pdfium_c.FPDFAnnot_GetStringValue(annotation, key, None, 0)
    if size <= 2:
        return ""
    size = min(size, 2 * MAX_VALUE_CHARS + 2)
    buffer = ctypes.create_string_buffer(size)
    pointer = ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR))
    pdfium_c.FPDFAnnot_GetStringValue(annotation, key, pointer, size)
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace")


def _holds_text(box: tuple[float, float, float, float], text: list[Glyph]) -> bool:
    left, bottom, right, top = box
    return any(
        left <= (glyph[1] + glyph[2]) / 2 <= right and bottom <= (glyph[3] + glyph[4]) / 2 <= top
        for glyph in text
        if not glyph[0].isspace()
    )


def _placed(value: str, box: tuple[float, float, float, float]) -> list[Glyph]:
    """The value's lines from the field's top, each squeezed to the field's width (a viewer
    would wrap them; the reader joins wrapped lines again anyway)."""
    left, bottom, right, top = box
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    size = min(_FONT, max(top - bottom - 2 * _PADDING, 1.0))
    single = len(lines) == 1 and top - bottom < 2.5 * size
    glyphs: list[Glyph] = []
    for number, line in enumerate(lines):
        # A one-line field is drawn centred vertically; more lines from the top down.
        low = (top + bottom - size) / 2 if single else top - _PADDING - (number + 1) * size * 1.2
        if not line.strip():
            continue
        start = left + _PADDING
        advance = min(size * _ADVANCE, (right - start - _PADDING) / max(len(line), 1))
        glyphs.append(("\t", start, start, low, low + size))
        for position, char in enumerate(line):
            x = start + position * advance
            glyphs.append((char, x, x + advance, low, low + size))
    return glyphs
