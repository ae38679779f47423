"""Forms made with fpdf2 and an embedded DejaVu font: cells/multi_cell (09), table() with a
landscape activities page and header/footer (10), the source of the scanned form (17), the
form that gets a PAdES signature (25), and the cover letter in container 22."""
from __future__ import annotations

import os
import subprocess

from fpdf import FPDF
from fpdf.fonts import FontFace

from common import (ACT_HEADER, BUILD, DEJAVU, DEJAVU_B, FILES, activity_rows, display, fields,
                    heading)
from forms import FORMS
from htmlparts import DECLARATION

ANNEX = "1. pielikums\nkonkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam"


class Doc(FPDF):
    head_text = None
    foot = False

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("DejaVu", "", DEJAVU)
        self.add_font("DejaVu", "B", DEJAVU_B)
        self.set_font("DejaVu", size=10)
        self.set_auto_page_break(True, margin=18)

    def header(self):
        if self.head_text:
            self.set_font("DejaVu", "B", 9)
            self.cell(0, 5, self.head_text[0], new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, self.head_text[1], new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(5)
            self.set_font("DejaVu", "", 10)

    def footer(self):
        if self.foot:
            self.set_y(-12)
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 5, f"Lapa {self.page_no()} no {{nb}}", align="R")

    def annex(self):
        self.set_font("DejaVu", "", 8.5)
        self.multi_cell(0, 4.5, ANNEX, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_font("DejaVu", "B", 13)
        self.cell(0, 8, "PIETEIKUMA VEIDLAPA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def sec(self, text):
        self.ln(2)
        self.set_font("DejaVu", "B", 11)
        self.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 10)

    def row(self, widths, texts, lh=5, aligns=None, bold=False, border=1):
        """One table row out of multi_cells of equal height."""
        self.set_font("DejaVu", "B" if bold else "", self.font_size_pt)
        nlines = [len(self.multi_cell(w, lh, t, dry_run=True, output="LINES")) for w, t in
                  zip(widths, texts)]
        height = lh * max(nlines)
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page(orientation=self.cur_orientation)
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for i, (w, t) in enumerate(zip(widths, texts)):
            self.rect(x, y0, w, height) if border else None
            self.set_xy(x, y0)
            self.multi_cell(w, lh, t, align=(aligns[i] if aligns else "L"), border=0)
            x += w
        self.set_xy(x0, y0 + height)
        self.set_font("DejaVu", "", self.font_size_pt)


# ---------------------------------------------------------------- 09 cells / multi_cell
def cells_form(f, out, lab_w=62, act_widths=(10, 45, 55, 38, 32)):
    pdf = Doc(format="A4")
    pdf.set_margins(18, 15, 18)
    pdf.set_title("Pieteikums")
    pdf.add_page()
    pdf.annex()
    vw = pdf.w - 36 - lab_w
    for n in range(1, 8):
        pdf.sec(heading(f, n))
        pdf.set_font("DejaVu", "", 10)
        if n == 3:
            pdf.set_font_size(9)
            pdf.row(act_widths, ACT_HEADER, bold=True)
            for r in activity_rows(f):
                pdf.row(act_widths, r, aligns="LLLLR")
            if f.get("act_total"):
                lab, amt = f["act_total"]
                pdf.row((sum(act_widths[:4]), act_widths[4]), (lab, amt), aligns="LR", bold=True)
            pdf.set_font_size(10)
        elif n == 6:
            pdf.multi_cell(0, 6, display(f, "period"), new_x="LMARGIN", new_y="NEXT")
        else:
            if n == 7:
                pdf.multi_cell(0, 5, DECLARATION, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            for _, lab, val in fields(f, n):
                pdf.row((lab_w, vw), (lab, val), lh=6)
    pdf.output(out)


def form09():
    cells_form(FORMS["09"], os.path.join(FILES, "09_fpdf2_cells_dejavu.pdf"))


# ---------------------------------------------------------------- 10 table() + landscape + header/footer
def form10():
    f = FORMS["10"]
    pdf = Doc(format="A4")
    pdf.head_text = ("BAUSKAS NOVADA DOME", "Uzvaras iela 1, Bauska, LV-3901 · tālr. 63922238 · "
                                            "dome@bauska.lv · www.bauska.lv")
    pdf.foot = True
    pdf.set_margins(20, 12, 15)
    pdf.add_page()
    pdf.annex()
    head_style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))

    def kv(n):
        with pdf.table(col_widths=(40, 60), text_align=("LEFT", "LEFT"), first_row_as_headings=False,
                       line_height=5.5) as t:
            for _, lab, val in fields(f, n):
                t.row([lab, val])

    for n in (1, 2):
        pdf.sec(heading(f, n))
        kv(n)
    pdf.add_page(orientation="L")
    pdf.sec(heading(f, 3))
    pdf.set_font_size(9.5)
    with pdf.table(col_widths=(8, 60, 70, 30, 25), headings_style=head_style,
                   text_align=("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"), line_height=5,
                   repeat_headings=1) as t:
        t.row(ACT_HEADER)
        for r in activity_rows(f):
            t.row(r)
        lab, amt = f["act_total"]
        row = t.row()
        row.cell("")
        row.cell(lab, colspan=3, style=FontFace(emphasis="BOLD"))
        row.cell(amt, style=FontFace(emphasis="BOLD"))
    pdf.set_font_size(10)
    pdf.add_page(orientation="P")
    for n in (4, 5):
        pdf.sec(heading(f, n))
        kv(n)
    pdf.sec(heading(f, 6))
    pdf.multi_cell(0, 6, display(f, "period"), new_x="LMARGIN", new_y="NEXT")
    pdf.sec(heading(f, 7))
    pdf.multi_cell(0, 5, DECLARATION, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    kv(7)
    pdf.output(os.path.join(FILES, "10_fpdf2_table_landscape_header_footer.pdf"))


# ---------------------------------------------------------------- 17 scanned (image only)
def form17():
    from PIL import Image, ImageFilter
    import random

    src = os.path.join(BUILD, "17_before_scan.pdf")
    cells_form(FORMS["17"], src)
    prefix = os.path.join(BUILD, "17_scan")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", src, prefix], check=True)
    pages = sorted(p for p in os.listdir(BUILD) if p.startswith("17_scan") and p.endswith(".png"))
    rnd = random.Random(17)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for i, p in enumerate(pages):
        im = Image.open(os.path.join(BUILD, p)).convert("L")
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=235, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = im.point(lambda v: min(255, v + 12) if v > 128 else v)
        jpg = os.path.join(BUILD, f"17_scan_{i}.jpg")
        im.save(jpg, quality=70)
        pdf.add_page()
        pdf.image(jpg, x=0, y=0, w=210, h=297)
    pdf.set_creator("Canon iR-ADV C5535 (scan to PDF)")
    pdf.output(os.path.join(FILES, "17_scanned_image_only.pdf"))


# ---------------------------------------------------------------- 25 base for PAdES
def form25(out):
    cells_form(FORMS["25"], out, lab_w=70)


# ---------------------------------------------------------------- cover letter for 22
def cover_letter22(out):
    pdf = Doc(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "LIMBAŽU NOVADA PAŠVALDĪBA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Rīgas iela 16, Limbaži, LV-4001, tālr. 64023003, e-pasts: pasts@limbazi.lv",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 6, "Limbažos\n2019. gada 27. septembrī                              Nr. 4.8.1/19/512",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.multi_cell(0, 6, "Sabiedrības integrācijas fondam\npasts@sif.gov.lv", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(0, 6, "Par pieteikuma iesniegšanu konkursā „Remigrācijas sekmēšanas pakalpojumi "
                         "pašvaldībās”", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 6, "Limbažu novada pašvaldība iesniedz pieteikumu konkursam „Remigrācijas "
                         "sekmēšanas pakalpojumi pašvaldībās”. Pielikumā: pieteikuma veidlapa "
                         "(1. pielikums) un projekta budžeta tāme. Lūdzam saziņai izmantot "
                         "pieteikumā norādīto kontaktpersonu.", align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.multi_cell(0, 6, "Domes priekšsēdētāja                                             "
                         "D. Auziņa", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4, "DOKUMENTS IR PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA "
                         "ZĪMOGU", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


if __name__ == "__main__":
    form09()
    form10()
    form17()
    form25(os.path.join(BUILD, "25_unsigned.pdf"))
    cover_letter22(os.path.join(BUILD, "22_Pavadvestule.pdf"))
    print("ok")
