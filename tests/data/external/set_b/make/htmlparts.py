"""HTML building blocks shared by the Chromium, WeasyPrint, LibreOffice and AbiWord forms."""
from __future__ import annotations

import html

from common import ACT_HEADER, activity_rows, display, fields, heading

DECLARATION = ("Apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pašvaldība nodrošinās "
               "projekta īstenošanu atbilstoši konkursa nolikuma prasībām.")
FORM_TITLE = "PIETEIKUMA VEIDLAPA"
ANNEX = ("1. pielikums<br>konkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam")


def esc(text: str) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def page(body: str, css: str, title: str = "Pieteikums") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"lv\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title><style>{css}</style></head><body>\n{body}\n</body></html>\n")


def act_table(form: dict, cls: str = "acts", extra_cols=(), header=None, total=True) -> str:
    head = header or "".join(f"<th>{esc(h)}</th>" for h in ACT_HEADER + list(extra_cols))
    if not head.startswith("<tr"):
        head = f"<tr>{head}</tr>"
    rows = []
    for a, r in zip(form["activities"], activity_rows(form)):
        cells = "".join(f"<td>{esc(c)}</td>" for c in r[:3])
        cells += f"<td class=\"per\" style=\"white-space:nowrap\">{esc(r[3])}</td>"
        cells += f"<td class=\"num\">{esc(r[4])}</td>"
        for col in extra_cols:
            cells += f"<td>{esc(a.get('resp', ''))}</td>"
        rows.append(f"<tr>{cells}</tr>")
    if total and form.get("act_total"):
        lab, amt = form["act_total"]
        rows.append(f"<tr class=\"total\"><td></td><td colspan=\"3\"><b>{esc(lab)}</b></td>"
                    f"<td class=\"num\"><b>{esc(amt)}</b></td>" + "<td></td>" * len(extra_cols)
                    + "</tr>")
    return (f"<table class=\"{cls}\"><thead>{head}</thead><tbody>" + "".join(rows)
            + "</tbody></table>")


def label_value_table(form: dict, section: int, cls="lv") -> str:
    rows = "".join(f"<tr><td class=\"l\">{esc(l)}</td><td class=\"v\">{esc(v)}</td></tr>"
                   for _, l, v in fields(form, section))
    return f"<table class=\"{cls}\">{rows}</table>"


def paragraphs(form: dict, section: int) -> str:
    return "".join(f"<p class=\"f\"><span class=\"l\">{esc(l)}</span> {esc(v)}</p>"
                   for _, l, v in fields(form, section))


def h(form: dict, n: int, tag="h2") -> str:
    return f"<{tag}>{esc(heading(form, n))}</{tag}>"


def period_par(form: dict) -> str:
    return f"<p>{esc(display(form, 'period'))}</p>"


def standard_body(form: dict, section_renderer, acts_html=None, pre="", sec7_renderer=None) -> str:
    """Sections 1-7 in order; section_renderer(form, n) renders field sections."""
    parts = [pre]
    for n in range(1, 8):
        parts.append(h(form, n))
        if n == 3:
            parts.append(acts_html if acts_html is not None else act_table(form))
        elif n == 6:
            parts.append(period_par(form))
        elif n == 7:
            parts.append(f"<p class=\"decl\">{esc(DECLARATION)}</p>")
            parts.append((sec7_renderer or section_renderer)(form, 7))
        else:
            parts.append(section_renderer(form, n))
    return "\n".join(parts)
