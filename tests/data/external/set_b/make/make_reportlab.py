"""Forms drawn with reportlab: a canvas form whose text is drawn out of reading order (05),
a multi-page Platypus form with spanned cells, repeated table header and letterhead (06),
and a plain Platypus form that goes into an .asice container (22)."""
from __future__ import annotations

import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from common import (ACT_HEADER, BUILD, DEJAVU, DEJAVU_B, FILES, LIB_SANS, LIB_SANS_B, LIB_SERIF,
                    LIB_SERIF_B, activity_rows, display, fields, heading)
from forms import FORMS
from htmlparts import DECLARATION

pdfmetrics.registerFont(TTFont("Serif", LIB_SERIF))
pdfmetrics.registerFont(TTFont("Serif-B", LIB_SERIF_B))
pdfmetrics.registerFont(TTFont("Sans", LIB_SANS))
pdfmetrics.registerFont(TTFont("Sans-B", LIB_SANS_B))
pdfmetrics.registerFont(TTFont("DV", DEJAVU))
pdfmetrics.registerFont(TTFont("DV-B", DEJAVU_B))

W, H = A4
ANNEX_LINES = ["1. pielikums",
               "konkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam"]


# ====================================================================== 05 canvas, scrambled order
class Ops:
    """Collects draw operations, then emits them in a deliberately unnatural order."""

    def __init__(self):
        self.ops = []  # (page, kind, fn, x, y, text, font, size)

    def add(self, page, kind, fn, x, y, text, font="Serif", size=10.5):
        self.ops.append((page, kind, fn, x, y, text, font, size))


def form05():
    f = FORMS["05"]
    ops = Ops()
    lines = []  # (page, x1, y1, x2, y2)
    page, y = 1, H - 150
    LX, VX, VW, RX = 50, 240, 300, W - 50

    def newpage():
        nonlocal page, y
        page += 1
        y = H - 120

    def field(lab, val, right=False):
        nonlocal y
        ll = simpleSplit(lab, "Serif-B", 10.5, VX - LX - 10)
        vl = [val] if right else (simpleSplit(val, "Serif", 10.5, VW) if val else [""])
        n = max(len(ll), len(vl))
        for i, t in enumerate(ll):
            ops.add(page, "label", "drawString", LX, y - 13 * i, t, "Serif-B")
        for i, t in enumerate(vl):
            if right:
                ops.add(page, "value", "drawRightString", RX, y - 13 * i, t)
            else:
                ops.add(page, "value", "drawString", VX, y - 13 * i, t)
        lines.append((page, LX, y - 13 * (n - 1) - 4, RX, y - 13 * (n - 1) - 4))
        y -= 13 * n + 6

    def head(n):
        nonlocal y
        y -= 6
        ops.add(page, "heading", "drawString", LX, y, heading(f, n), "Serif-B", 12)
        y -= 20

    for n in (1, 2):
        head(n)
        for _, lab, val in fields(f, n):
            field(lab, val)
    head(3)
    cols = [(LX, 22), (LX + 22, 140), (LX + 162, 160), (LX + 322, 85), (LX + 407, 88)]
    top = y + 12

    def row(cells, font, right_last=True):
        nonlocal y
        wrapped = [simpleSplit(t, font, 9.5, w - 6) or [""] for t, (x, w) in zip(cells, cols)]
        n = max(len(w) for w in wrapped)
        for ci, (wl, (x, w)) in enumerate(zip(wrapped, cols)):
            for i, t in enumerate(wl):
                if ci == 4 and right_last:
                    ops.add(page, "value", "drawRightString", x + w - 3, y - 11 * i, t, font, 9.5)
                else:
                    ops.add(page, "label" if font.endswith("B") else "value", "drawString",
                            x + 3, y - 11 * i, t, font, 9.5)
        y -= 11 * n + 4
        lines.append((page, LX, y + 8, RX, y + 8))

    lines.append((page, LX, top, RX, top))
    row(ACT_HEADER, "Serif-B", right_last=False)
    for r in activity_rows(f):
        row(r, "Serif")
    for x, _ in cols:
        lines.append((page, x, top, x, y + 8))
    lines.append((page, RX, top, RX, y + 8))
    newpage()
    head(4)
    for _, lab, val in fields(f, 4):
        field(lab, val, right=True)
    head(5)
    for _, lab, val in fields(f, 5):
        field(lab, val, right=True)
    head(6)
    ops.add(page, "value", "drawString", LX, y, display(f, "period"))
    y -= 24
    head(7)
    for t in simpleSplit(DECLARATION, "Serif", 10.5, RX - LX):
        ops.add(page, "text", "drawString", LX, y, t)
        y -= 13
    y -= 8
    for _, lab, val in fields(f, 7):
        field(lab, val)
    ops.add(page, "text", "drawString", VX, y - 20, "(paraksts)", "Serif", 8)

    pages = page
    c = canvas.Canvas(os.path.join(FILES, "05_reportlab_canvas_values_first.pdf"), pagesize=A4)
    c.setTitle("Pieteikums")
    c.setAuthor("Jelgavas pilsētas dome")
    for p in range(1, pages + 1):
        mine = [o for o in ops.ops if o[0] == p]
        # values first, bottom of the page upwards; then labels, then headings and other text
        order = ([o for o in reversed(mine) if o[1] == "value"]
                 + [o for o in mine if o[1] == "label"][::2] + [o for o in mine if o[1] == "label"][1::2]
                 + [o for o in mine if o[1] in ("heading", "text")])
        for _, _, fn, x, yy, text, font, size in order:
            c.setFont(font, size)
            getattr(c, fn)(x, yy, text)
        c.setLineWidth(0.4)
        for pp, x1, y1, x2, y2 in lines:
            if pp == p:
                c.line(x1, y1, x2, y2)
        # footer first, letterhead last
        c.setFont("Sans", 8)
        c.drawCentredString(W / 2, 30, f"Lapa {p} no {pages}")
        if p == 1:
            c.setFont("Serif", 9)
            for i, t in enumerate(ANNEX_LINES):
                c.drawRightString(RX, H - 95 - 11 * i, t)
            c.setFont("Serif-B", 13)
            c.drawCentredString(W / 2, H - 130, "PIETEIKUMA VEIDLAPA")
        c.setFont("Sans-B", 11)
        c.drawCentredString(W / 2, H - 45, "JELGAVAS PILSĒTAS DOME")
        c.setFont("Sans", 8)
        c.drawCentredString(W / 2, H - 57, "Lielā iela 11, Jelgava, LV-3001, tālr. 63005555, "
                                           "e-pasts: pasts@dome.jelgava.lv")
        c.line(LX, H - 64, RX, H - 64)
        c.showPage()
    c.save()


# ====================================================================== platypus helpers
def styles(font="DV", bold="DV-B", size=9.5):
    return dict(
        n=ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.25),
        j=ParagraphStyle("j", fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_JUSTIFY),
        b=ParagraphStyle("b", fontName=bold, fontSize=size, leading=size * 1.25),
        r=ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.25, alignment=TA_RIGHT),
        h=ParagraphStyle("h", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3,
                         spaceBefore=8, spaceAfter=4),
        t=ParagraphStyle("t", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.3,
                         alignment=1, spaceAfter=6),
        a=ParagraphStyle("a", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3,
                         alignment=TA_RIGHT),
    )


def P(text, st):
    from xml.sax.saxutils import escape
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


class NumberedCanvas(canvas.Canvas):
    """Two-pass page numbering ('Lapa 1 no 3') plus a letterhead on every page."""
    letterhead = ("", "")

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("DV-B", 10)
            self.drawString(20 * mm, H - 14 * mm, self.letterhead[0])
            self.setFont("DV", 7.5)
            self.drawString(20 * mm, H - 18.5 * mm, self.letterhead[1])
            self.setStrokeColor(colors.HexColor("#8a1c1c"))
            self.setLineWidth(1.2)
            self.line(20 * mm, H - 21 * mm, W - 20 * mm, H - 21 * mm)
            self.setFont("DV", 8)
            self.drawRightString(W - 20 * mm, 12 * mm, f"Lapa {self._pageNumber} no {total}")
            self.drawString(20 * mm, 12 * mm, "Pieteikums konkursam „Remigrācijas sekmēšanas "
                                              "pakalpojumi pašvaldībās”")
            super().showPage()
        super().save()


GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def section_table(f, n, st, widths, span_heading=True):
    data, style = [], list(GRID)
    if span_heading:
        data.append([P(heading(f, n), st["b"]), ""])
        style += [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#dde5d8"))]
    for _, lab, val in fields(f, n):
        data.append([P(lab, st["n"]), P(val, st["j"])])
    return Table(data, colWidths=widths, style=TableStyle(style))


def act_table(f, st, widths, repeat=1):
    data = [[P(hh, st["b"]) for hh in ACT_HEADER]]
    for r in activity_rows(f):
        data.append([P(r[0], st["n"]), P(r[1], st["n"]), P(r[2], st["j"]), P(r[3], st["n"]),
                     P(r[4], st["r"])])
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5d8"))]
    if f.get("act_total"):
        lab, amt = f["act_total"]
        data.append(["", P(lab, st["b"]), "", "", P(amt, ParagraphStyle("rb", parent=st["b"],
                                                                          alignment=TA_RIGHT))])
        i = len(data) - 1
        style += [("SPAN", (1, i), (3, i))]
    return Table(data, colWidths=widths, repeatRows=repeat, style=TableStyle(style))


# ====================================================================== 06 multi-page platypus
def form06():
    f = FORMS["06"]
    st = styles(size=11)
    out = os.path.join(FILES, "06_reportlab_platypus_multipage_letterhead.pdf")
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=28 * mm, bottomMargin=20 * mm, title="Pieteikums",
                            author="Ludzas novada pašvaldība")
    story = [P(ANNEX_LINES[0], st["a"]), P(ANNEX_LINES[1], st["a"]), Spacer(1, 6),
             P("PIETEIKUMA VEIDLAPA", st["t"])]
    wl = [60 * mm, 110 * mm]
    for n in (1, 2):
        story += [section_table(f, n, st, wl), Spacer(1, 8)]
    story += [P(heading(f, 3), st["h"]),
              act_table(f, styles(size=9.5), [11 * mm, 36 * mm, 57 * mm, 38 * mm, 28 * mm])]
    for n in (4, 5):
        story += [Spacer(1, 8), section_table(f, n, st, wl)]
    story += [P(heading(f, 6), st["h"]), P(display(f, "period"), st["n"]),
              P(heading(f, 7), st["h"]), P(DECLARATION, st["j"]), Spacer(1, 6),
              section_table(f, 7, st, wl, span_heading=False)]
    NumberedCanvas.letterhead = ("LUDZAS NOVADA PAŠVALDĪBA",
                                 "Reģ. Nr. 90000017843, Raiņa iela 16, Ludza, LV-5701, "
                                 "tālrunis 65707400, e-pasts dome@ludza.lv")
    doc.build(story, canvasmaker=NumberedCanvas)


# ====================================================================== 22 plain platypus (goes into .asice)
def form22(path):
    f = FORMS["22"]
    st = styles("Serif", "Serif-B", 10.5)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="1_pielikums_pieteikums")
    story = [P(ANNEX_LINES[0], st["a"]), P(ANNEX_LINES[1], st["a"]), Spacer(1, 8),
             P("PIETEIKUMA VEIDLAPA", st["t"])]
    wl = [65 * mm, 105 * mm]
    for n in (1, 2):
        story += [P(heading(f, n), st["h"]), section_table(f, n, st, wl, span_heading=False)]
    story += [P(heading(f, 3), st["h"]),
              act_table(f, styles("Serif", "Serif-B", 10), [10 * mm, 36 * mm, 58 * mm, 38 * mm, 28 * mm])]
    for n in (4, 5):
        story += [P(heading(f, n), st["h"]), section_table(f, n, st, wl, span_heading=False)]
    story += [KeepTogether([P(heading(f, 6), st["h"]), P(display(f, "period"), st["n"])]),
              P(heading(f, 7), st["h"]), P(DECLARATION, st["j"]), Spacer(1, 6),
              section_table(f, 7, st, wl, span_heading=False)]
    doc.build(story)


if __name__ == "__main__":
    form05()
    form06()
    form22(os.path.join(BUILD, "22_Pieteikums_Limbazu_novads.pdf"))
    print("ok")
