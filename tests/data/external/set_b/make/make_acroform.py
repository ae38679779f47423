"""Fillable AcroForm PDFs, the kind a municipality fills in Adobe Reader.

07: fields named Text1..TextN, values in /V and drawn in appearance streams (/AP) with an
    embedded DejaVu font; NeedAppearances false.  The page content has only the labels.
08: a blank form made by reportlab, filled by pypdf, Acrobat-style field names, values only in
    /V (appearance streams removed, NeedAppearances true) -- as a viewer leaves a form that was
    filled by a script.
"""
from __future__ import annotations

import io
import os

import pikepdf
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

import make_reportlab  # noqa: F401  (registers the TTF fonts)
from common import ACT_HEADER, BUILD, FILES, display, fields, heading
from forms import FORMS
from make_reportlab import ANNEX_LINES
from htmlparts import DECLARATION

W, H = A4
LX, FX, RX = 45, 235, W - 45

ACRO_NAMES = {
    "municipality": "Pasvaldibas nosaukums", "registration_no": "Registracijas numurs",
    "address": "Juridiska adrese", "planning_region": "Planosanas regions",
    "contact_name": "Kontaktpersona", "contact_position": "Amats", "contact_phone": "Talrunis",
    "contact_email": "Epasts", "title": "Projekta nosaukums",
    "current_measures": "Esosie pasakumi", "goal": "Projekta merkis",
    "target_remigrants": "Planotais remigrantu skaits", "target_reached": "Informeto personu skaits",
    "total_cost_eur": "Kopejas izmaksas", "requested_eur": "Pieprasitais finansejums",
    "cofinancing_eur": "Pasvaldibas lidzfinansejums", "period": "Istenosanas periods",
    "signatory_name": "Vards uzvards", "signatory_position": "Amats_2", "signed_on": "Datums",
}
ACT_COL_NAMES = ["", "Aktivitates veidsRow{}", "AprakstsRow{}", "Istenosanas laiksRow{}",
                 "Planotas izmaksas EURRow{}"]
MULTI = {"current_measures", "goal", "address"}


def layout(f, nrows=6):
    """Draw the static page content; return the field list and the PDF bytes."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("1. pielikums – pieteikuma veidlapa")
    c.setAuthor("Sabiedrības integrācijas fonds")
    flds = []  # dict(page, key, name_acro, rect, value, multiline, align)
    page = 0
    y = H - 60

    def box(x1, y1, x2, y2):
        c.setLineWidth(0.5)
        c.rect(x1, y1, x2 - x1, y2 - y1)

    c.setFont("DV", 8.5)
    for i, t in enumerate(ANNEX_LINES):
        c.drawRightString(RX, H - 40 - 11 * i, t)
    c.setFont("DV-B", 13)
    c.drawCentredString(W / 2, H - 80, "PIETEIKUMA VEIDLAPA")
    y = H - 110

    def head(n):
        nonlocal y
        c.setFont("DV-B", 10.5)
        c.drawString(LX, y, heading(f, n))
        y -= 8

    def field_row(key, lab, val, height=18):
        nonlocal y
        ll = simpleSplit(lab, "DV", 9, FX - LX - 8)
        h = max(height, 11 * len(ll) + 6)
        c.setFont("DV", 9)
        for i, t in enumerate(ll):
            c.drawString(LX + 2, y - 12 - 11 * i, t)
        box(FX, y - h, RX, y)
        flds.append(dict(page=page, key=key, rect=(FX, y - h, RX, y), value=val,
                         multiline=key in MULTI or h > 20))
        y -= h + 3

    for n in (1, 2):
        head(n)
        for key, lab, val in fields(f, n):
            field_row(key, lab, val, 34 if key in MULTI else 18)
        y -= 8
    head(3)
    xs = [LX, LX + 22, LX + 150, LX + 330, LX + 425, RX]
    c.setFont("DV-B", 8)
    hh = 26
    for i, t in enumerate(ACT_HEADER):
        for j, line in enumerate(simpleSplit(t, "DV-B", 8, xs[i + 1] - xs[i] - 4)):
            c.drawString(xs[i] + 2, y - 10 - 9 * j, line)
        box(xs[i], y - hh, xs[i + 1], y)
    y -= hh
    acts = f["activities"]
    for r in range(nrows):
        rh = 30
        c.setFont("DV", 9)
        c.drawString(xs[0] + 3, y - 12, f"{r + 1}.")
        box(xs[0], y - rh, xs[1], y)
        for col in range(1, 5):
            if r < len(acts):
                a = acts[r]
                val = [None, a["kind_written"], a["description"], a["period"] or "",
                       a["cost_written"]][col]
            else:
                val = ""
            flds.append(dict(page=page, key=f"act{r + 1}.{col}", rect=(xs[col], y - rh, xs[col + 1], y),
                             value=val, multiline=col in (1, 2), align=2 if col == 4 else 0,
                             acro=ACT_COL_NAMES[col].format(r + 1)))
            box(xs[col], y - rh, xs[col + 1], y)
        y -= rh
    c.setFont("DV", 7.5)
    c.drawCentredString(W / 2, 25, "1. lapa no 2")
    c.showPage()
    page = 1
    y = H - 60
    for n in (4, 5):
        head(n)
        for key, lab, val in fields(f, n):
            field_row(key, lab, val)
        y -= 8
    head(6)
    y -= 4
    box(LX, y - 18, RX, y)
    flds.append(dict(page=page, key="period", rect=(LX, y - 18, RX, y),
                     value=display(f, "period"), multiline=False))
    y -= 34
    head(7)
    c.setFont("DV", 9)
    for t in simpleSplit(DECLARATION, "DV", 9, RX - LX):
        y -= 11
        c.drawString(LX, y, t)
    y -= 14
    for key, lab, val in fields(f, 7):
        field_row(key, lab, val)
    c.setFont("DV", 9)
    c.drawString(LX + 2, y - 30, "Paraksts: ______________________")
    c.setFont("DV", 7.5)
    c.drawCentredString(W / 2, 25, "2. lapa no 2")
    c.showPage()
    c.save()
    return flds, buf.getvalue()


def appearance(pdf: pikepdf.Pdf, fld) -> pikepdf.Object:
    """A Form XObject drawing the value with an embedded DejaVu subset."""
    x1, y1, x2, y2 = fld["rect"]
    w, h = x2 - x1, y2 - y1
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h))
    size = 9
    c.setFont("DV", size)
    lines = fld["value"].split("\n")
    if fld["multiline"]:
        lines = [seg for ln in lines for seg in (simpleSplit(ln, "DV", size, w - 4) or [""])]
    while len(lines) * (size + 1) > h - 2 and size > 6:
        size -= 0.5
        c.setFont("DV", size)
        if fld["multiline"]:
            lines = [seg for ln in fld["value"].split("\n")
                     for seg in (simpleSplit(ln, "DV", size, w - 4) or [""])]
    top = h - size - 2 if (fld["multiline"] and len(lines) > 1) else (h - size) / 2 + 1.5
    for i, t in enumerate(lines):
        if fld.get("align") == 2:
            c.drawRightString(w - 3, top - i * (size + 1), t)
        else:
            c.drawString(2, top - i * (size + 1), t)
    c.showPage()
    c.save()
    src = pikepdf.open(io.BytesIO(buf.getvalue()))
    xobj = pikepdf.Page(src.pages[0]).as_form_xobject()
    return pdf.copy_foreign(xobj)


def build(f, out_path, *, names, with_values, need_appearances):
    flds, base = layout(f)
    pdf = pikepdf.open(io.BytesIO(base))
    helv = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica,
                                                Encoding=pikepdf.Name.WinAnsiEncoding))
    all_fields = pikepdf.Array()
    for i, fld in enumerate(flds, 1):
        name = (f"Text{i}" if names == "generic"
                else fld.get("acro") or ACRO_NAMES[fld["key"]])
        ff = 4096 if fld["multiline"] else 0
        d = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget,
                               FT=pikepdf.Name.Tx, T=pikepdf.String(name),
                               Rect=pikepdf.Array([round(v, 2) for v in fld["rect"]]),
                               F=4, Ff=ff, DA=pikepdf.String("/Helv 9 Tf 0 g"),
                               Q=fld.get("align", 0),
                               MK=pikepdf.Dictionary(BC=pikepdf.Array([0, 0, 0])),
                               P=pdf.pages[fld["page"]].obj)
        if with_values and fld["value"]:
            d.V = pikepdf.String(fld["value"])
            d.AP = pikepdf.Dictionary(N=appearance(pdf, fld))
        ref = pdf.make_indirect(d)
        pg = pdf.pages[fld["page"]]
        if "/Annots" not in pg.obj:
            pg.obj.Annots = pikepdf.Array()
        pg.obj.Annots.append(ref)
        all_fields.append(ref)
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=all_fields, NeedAppearances=need_appearances,
                                           DA=pikepdf.String("/Helv 0 Tf 0 g"),
                                           DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv)))
    pdf.docinfo["/Producer"] = "Adobe LiveCycle Designer-like test form (pikepdf)"
    pdf.save(out_path)
    return flds


def form07():
    build(FORMS["07"], os.path.join(FILES, "07_acroform_filled_appearances.pdf"), names="generic",
          with_values=True, need_appearances=False)


def form08():
    f = FORMS["08"]
    blank = os.path.join(BUILD, "08_blank_form.pdf")
    flds = build(f, blank, names="acro", with_values=False, need_appearances=False)
    reader = PdfReader(blank)
    writer = PdfWriter()
    writer.append(reader)
    values = {}
    for fld in flds:
        if fld["value"]:
            values[fld.get("acro") or ACRO_NAMES[fld["key"]]] = fld["value"]
    for pg in writer.pages:
        writer.update_page_form_field_values(pg, values, auto_regenerate=True)
    tmp = io.BytesIO()
    writer.write(tmp)
    # a filled form as a script leaves it: values in /V, no appearance streams
    pdf = pikepdf.open(io.BytesIO(tmp.getvalue()))
    for pg in pdf.pages:
        for annot in pg.obj.get("/Annots", []):
            if "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    pdf.save(os.path.join(FILES, "08_acroform_values_only_needappearances.pdf"))


if __name__ == "__main__":
    form07()
    form08()
    print("ok")
