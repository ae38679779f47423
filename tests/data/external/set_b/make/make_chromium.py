"""Forms printed to PDF by headless Chromium from hand-written HTML (five different layouts)."""
from __future__ import annotations

import os
import subprocess

from common import BUILD, FILES, display, fields, heading, label
from forms import FORMS
from htmlparts import (ANNEX, DECLARATION, FORM_TITLE, act_table, esc, h, label_value_table,
                       page, paragraphs, period_par, standard_body)


def chromium(html_text: str, html_name: str, out_name: str, header_footer=False):
    src = os.path.join(BUILD, html_name)
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html_text)
    out = os.path.join(FILES, out_name)
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}"]
    if not header_footer:
        cmd.append("--no-pdf-header-footer")
    subprocess.run(cmd + [src], check=True, capture_output=True)
    return out


BASE_CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11.5pt; }
h1 { font-size: 14pt; text-align: center; }
h2 { font-size: 12pt; margin: 14px 0 6px; }
.annex { text-align: right; font-size: 10pt; }
td.num { text-align: right; white-space: nowrap; }
"""


# ---------------------------------------------------------------- 01 bordered tables
def form01():
    f = FORMS["01"]
    css = BASE_CSS + """
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; padding: 4px 6px; vertical-align: top; }
table.lv td.l { width: 42%; background: #eef2f7; }
th { background: #d9e2f3; font-weight: bold; }
table.acts { font-size: 10pt; }
"""
    body = (f"<p class=\"annex\">{ANNEX}</p><h1>{FORM_TITLE}</h1>"
            + standard_body(f, label_value_table))
    chromium(page(body, css), "01.html", "01_chromium_bordered_tables.pdf")


# ---------------------------------------------------------------- 02 paragraphs, no borders, browser header/footer
def form02():
    f = FORMS["02"]
    css = """
@page { size: A4; margin: 20mm 18mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.35; }
h1 { font-size: 13pt; text-align: center; margin-top: 0; }
h2 { font-size: 11.5pt; margin: 12px 0 4px; }
p.f { margin: 3px 0; text-align: justify; }
p.f .l { font-weight: bold; }
table.acts { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.acts th { text-align: left; border-bottom: 1.5px solid #000; padding: 3px; }
table.acts td { padding: 3px; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
p.decl { text-align: justify; font-style: italic; }
"""
    body = (f"<p style=\"text-align:right\">{ANNEX}</p><h1>{FORM_TITLE}</h1>"
            + standard_body(f, paragraphs))
    chromium(page(body, css, title="Pieteikums – Daugavpils"), "Pieteikums_Daugavpils.html",
             "02_chromium_paragraphs_browser_header.pdf", header_footer=True)


# ---------------------------------------------------------------- 03 flex divs
def form03():
    f = FORMS["03"]
    css = BASE_CSS + """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h2 { background: #333; color: #fff; padding: 3px 8px; font-size: 10.5pt; }
.row { display: flex; border-bottom: 1px dotted #999; padding: 4px 0; }
.row .l { flex: 0 0 38%; color: #444; }
.row .v { flex: 1; font-weight: bold; }
.grid { display: flex; flex-direction: column; }
.arow { display: flex; border-bottom: 1px solid #bbb; padding: 3px 0; }
.arow.head { font-weight: bold; background: #e8e8e8; }
.c1 { flex: 0 0 5%; } .c2 { flex: 0 0 23%; } .c3 { flex: 0 0 30%; }
.c4 { flex: 0 0 28%; white-space: nowrap; font-size: 9pt; } .c5 { flex: 0 0 14%; text-align: right; }
"""

    def rows(form, n):
        return "".join(f"<div class=\"row\"><div class=\"l\">{esc(l)}</div>"
                       f"<div class=\"v\">{esc(v)}</div></div>" for _, l, v in fields(form, n))

    from common import ACT_HEADER, activity_rows
    acts = "<div class=\"grid\"><div class=\"arow head\">" + "".join(
        f"<div class=\"c{i + 1}\">{esc(t)}</div>" for i, t in enumerate(ACT_HEADER)) + "</div>"
    for r in activity_rows(f):
        acts += "<div class=\"arow\">" + "".join(
            f"<div class=\"c{i + 1}\">{esc(t)}</div>" for i, t in enumerate(r)) + "</div>"
    acts += "</div>"
    body = (f"<p class=\"annex\">{ANNEX}</p><h1>{FORM_TITLE}</h1>"
            + standard_body(f, rows, acts_html=acts))
    chromium(page(body, css), "03.html", "03_chromium_flex_divs.pdf")


# ---------------------------------------------------------------- 04 two-column grid + landscape activities page
def form04():
    f = FORMS["04"]
    css = BASE_CSS + """
@page wide { size: A4 landscape; margin: 15mm; }
.wide { page: wide; }
dl.two { display: grid; grid-template-columns: 40% 60%; margin: 0; }
dl.two dt { font-weight: bold; padding: 3px 0; }
dl.two dd { margin: 0; padding: 3px 0; }
table.acts { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
table.acts td, table.acts th { border: 0.8px solid #444; padding: 4px; vertical-align: top; }
.break { break-before: page; }
"""

    def dl(form, n):
        return "<dl class=\"two\">" + "".join(
            f"<dt>{esc(l)}</dt><dd>{esc(v)}</dd>" for _, l, v in fields(form, n)) + "</dl>"

    header = ("<tr><th rowspan=\"2\">Nr.</th><th colspan=\"2\">Aktivitāte</th>"
              "<th rowspan=\"2\">Īstenošanas laiks</th><th rowspan=\"2\">Plānotās izmaksas, EUR</th>"
              "<th rowspan=\"2\">Atbildīgais</th></tr>"
              "<tr><th>Aktivitātes veids</th><th>Apraksts</th></tr>")
    acts = act_table(f, extra_cols=["Atbildīgais"], header=header)
    parts = [f"<p class=\"annex\">{ANNEX}</p><h1>{FORM_TITLE}</h1>"]
    for n in (1, 2):
        parts += [h(f, n), dl(f, n)]
    parts += ["<div class=\"wide\">", h(f, 3), acts, "</div>", "<div>"]
    for n in (4, 5):
        parts += [h(f, n), dl(f, n)]
    parts += [h(f, 6), period_par(f), h(f, 7), f"<p>{esc(DECLARATION)}</p>", dl(f, 7), "</div>"]
    chromium(page("\n".join(parts), css), "04.html", "04_chromium_landscape_activities.pdf")


# ---------------------------------------------------------------- 18 css grid, 4 columns, upper-case labels
def form18():
    f = FORMS["18"]
    css = BASE_CSS + """
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }
.g4 { display: grid; grid-template-columns: 22% 28% 22% 28%; border-top: 1px solid #000; border-left: 1px solid #000; }
.g2 { display: grid; grid-template-columns: 35% 65%; border-top: 1px solid #000; border-left: 1px solid #000; }
.g4 > div, .g2 > div { border-right: 1px solid #000; border-bottom: 1px solid #000; padding: 4px; }
.lab { font-size: 8.5pt; font-weight: bold; background: #f1f1f1; }
table.acts { border-collapse: collapse; width: 100%; }
table.acts td, table.acts th { border: 1px solid #000; padding: 3px; }
tr.total td { background: #f1f1f1; }
"""

    def grid(form, n):
        fl = fields(form, n)
        cls = "g4" if n == 1 else "g2"
        return f"<div class=\"{cls}\">" + "".join(
            f"<div class=\"lab\">{esc(l)}</div><div>{esc(v)}</div>" for _, l, v in fl) + "</div>"

    body = (f"<p class=\"annex\">{ANNEX}</p><h1>{FORM_TITLE}</h1>"
            + standard_body(f, grid))
    chromium(page(body, css), "18.html", "18_chromium_css_grid_4col.pdf")


if __name__ == "__main__":
    for fn in (form01, form02, form03, form04, form18):
        fn()
        print("ok", fn.__name__)
