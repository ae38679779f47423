"""Forms rendered by WeasyPrint: page margin boxes with letterhead and 'Lapa N no M' (11),
labels stacked above their values (12), and a plain form for the two-signature .edoc (23)."""
from __future__ import annotations

import os

import weasyprint

from common import BUILD, FILES, fields
from forms import FORMS
from htmlparts import (ANNEX, FORM_TITLE, act_table, esc, label_value_table, page,
                       standard_body)


def render(html_text, name, out):
    src = os.path.join(BUILD, name)
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html_text)
    weasyprint.HTML(src).write_pdf(out)


# ---------------------------------------------------------------- 11 margin boxes, repeated thead
def form11():
    f = FORMS["11"]
    css = """
@page { size: A4; margin: 32mm 18mm 22mm 20mm;
  @top-left { content: "ALŪKSNES NOVADA PAŠVALDĪBA\\A Dārza iela 11, Alūksne, LV-4301, tālrunis 64381496, e-pasts dome@aluksne.lv";
              white-space: pre; font: 8pt 'DejaVu Sans'; color: #1f3864; border-bottom: 1px solid #1f3864; }
  @bottom-right { content: "Lapa " counter(page) " no " counter(pages); font: 8pt 'DejaVu Sans'; }
  @bottom-left { content: "Pieteikums. Versija 2019-09-23"; font: 7pt 'DejaVu Sans'; color: #777; }
}
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; }
h1 { text-align: center; font-size: 13pt; }
h2 { font-size: 11pt; margin: 12px 0 4px; color: #1f3864; }
.annex { text-align: right; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
table.lv td { border: 0.6pt solid #666; padding: 3pt 5pt; vertical-align: top; }
table.lv td.l { width: 40%; }
table.acts { font-size: 9.5pt; }
table.acts th, table.acts td { border: 0.6pt solid #333; padding: 4pt; vertical-align: top; }
table.acts td { padding: 9pt 4pt; }
table.acts thead { display: table-header-group; background: #dbe3f0; }
table.acts tr { break-inside: avoid; }
td.num { text-align: right; white-space: nowrap; }
p.decl { text-align: justify; }
"""
    body = (f"<p class=\"annex\">{ANNEX}</p><h1>{FORM_TITLE}</h1>"
            + standard_body(f, label_value_table))
    render(page(body, css), "11.html", os.path.join(FILES, "11_weasyprint_margin_boxes_repeated_thead.pdf"))


# ---------------------------------------------------------------- 12 stacked labels (label above value)
def form12():
    f = FORMS["12"]
    css = """
@page { size: A4; margin: 20mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; }
h1 { font-size: 14pt; }
h2 { font-size: 11pt; border-bottom: 2px solid #2e7d32; padding-bottom: 2px; margin-top: 14px; }
.fld { margin: 0 0 7px 0; }
.fld .l { font-size: 8pt; color: #555; text-transform: none; }
.fld .v { border-bottom: 0.5pt solid #999; min-height: 13pt; padding: 1px 0; }
table.acts { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.acts th { font-size: 8.5pt; text-align: left; background: #e8f5e9; }
table.acts th, table.acts td { border-bottom: 0.5pt solid #999; padding: 3pt; vertical-align: top; }
td.num { text-align: right; }
.annex { float: right; text-align: right; font-size: 8.5pt; width: 60%; }
"""

    def stacked(form, n):
        return "".join(f"<div class=\"fld\"><div class=\"l\">{esc(l)}</div>"
                       f"<div class=\"v\">{esc(v)}</div></div>" for _, l, v in fields(form, n))

    body = (f"<p class=\"annex\">{ANNEX}</p><h1>{FORM_TITLE}</h1>"
            + standard_body(f, stacked))
    render(page(body, css), "12.html", os.path.join(FILES, "12_weasyprint_labels_above_values.pdf"))


# ---------------------------------------------------------------- 23 plain (goes into .edoc)
def form23(out):
    f = FORMS["23"]
    css = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11.5pt; }
h1 { text-align: center; font-size: 13pt; }
h2 { font-size: 12pt; margin: 12px 0 4px; }
.annex { text-align: right; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.7pt solid #000; padding: 3pt 5pt; vertical-align: top; }
table.lv td.l { width: 45%; }
td.num { text-align: right; }
"""
    body = f"<p class=\"annex\">{ANNEX}</p><h1>{FORM_TITLE}</h1>" + standard_body(f, label_value_table)
    render(page(body, css), "23.html", out)


if __name__ == "__main__":
    form11()
    form12()
    form23(os.path.join(BUILD, "23_pieteikums_Dobele.pdf"))
    print("ok")
