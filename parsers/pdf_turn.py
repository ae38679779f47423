"""Pages whose text runs sideways or upside down, turned so they are read like any other page.

A landscape page in a portrait document (LaTeX's pdflscape, a Word section printed by some
drivers) is usually drawn as a portrait page whose text runs up the page, with /Rotate telling
the viewer to turn it; `sidewaystable` draws the same without /Rotate and leaves the reader to
turn their head. PDFium reports glyph boxes in the page's own unturned space, where every line
of such a page is a column of letters and its table's rows are columns. The way most of the
page's text runs (PDFium's character angle, not /Rotate, which only says how to show the page)
decides the turn: glyph boxes and rules are mapped into the frame where that text runs left to
right and its first line is at the top, before any layout is looked for.

Coordinates are PDF points with y growing upwards, as everywhere in the PDF reader.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

__all__ = ["UPRIGHT", "Turn", "char_quarter", "page_turn"]

Box = tuple[float, float, float, float]  # left, right, bottom, top

_SAMPLES = 32  # characters whose angle is asked for to tell how a page runs: bounded work


@dataclass(frozen=True)
class Turn:
    """How to turn a page's boxes into its reading frame. `quarter` is PDFium's character
    angle in quarter turns (it counts clockwise): 0 upright, 1 text running down the page,
    2 upside down, 3 running up (pdflscape's landscape pages). `box` is the page's visible
    box in its own space: left, bottom, right, top."""

    quarter: int
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    @property
    def size(self) -> tuple[float, float]:
        """The reading frame's width and height."""
        left, bottom, right, top = self.box
        if self.quarter % 2:
            return top - bottom, right - left
        return right - left, top - bottom

    def rect(self, left: float, right: float, bottom: float, top: float) -> Box:
        """A box of the page's space in the reading frame, as (left, right, bottom, top)."""
        x0, y0, x1, y1 = self.box
        if self.quarter == 3:  # runs up: x = y, y = right edge - x
            return bottom - y0, top - y0, x1 - right, x1 - left
        if self.quarter == 1:  # runs down: x = top edge - y, y = x
            return y1 - top, y1 - bottom, left - x0, right - x0
        if self.quarter == 2:
            return x1 - right, x1 - left, y1 - top, y1 - bottom
        return left, right, bottom, top


UPRIGHT = Turn(0)


def char_quarter(raw: pdfium_c.FPDF_TEXTPAGE, index: int) -> int:
    """The quarter turn nearest to the angle of character `index` (an italic's slant is 0)."""
    angle = pdfium_c.FPDFText_GetCharAngle(raw, index)
    return -1 if angle < 0 else round(angle / (math.pi / 2)) % 4


def page_turn(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, count: int) -> Turn:
    """The turn of a page most of whose visible characters (of a sample spread over the
    page's `count` characters) run the same other way than upright; else `UPRIGHT`."""
    raw = textpage.raw
    votes = [0, 0, 0, 0]
    for index in range(0, count, max(count // _SAMPLES, 1)):
        char = chr(pdfium_c.FPDFText_GetUnicode(raw, index))
        if char.isspace() or not char.isprintable() or pdfium_c.FPDFText_IsGenerated(raw, index):
            continue  # PDFium's own spaces and line breaks have no angle
        quarter = char_quarter(raw, index)
        if quarter >= 0:
            votes[quarter] += 1
    quarter = max(range(4), key=lambda turn: votes[turn])
    if quarter == 0 or 2 * votes[quarter] <= sum(votes):
        return UPRIGHT
    try:
        left, bottom, right, top = page.get_bbox()
    except pdfium.PdfiumError:
        return UPRIGHT  # no box to turn in: the page is read as it is drawn
    if right - left < 1 or top - bottom < 1:
        return UPRIGHT
    return Turn(quarter, (left, bottom, right, top))
