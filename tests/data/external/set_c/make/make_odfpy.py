"""c07: an .odt written with odfpy (nested tables), converted to .docx by LibreOffice."""
from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TableColumnProperties, TableProperties, TableCellProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, Span

HERE = Path(__file__).parent
OUT = HERE.parent / "files"
FORMS = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))
f = next(x for x in FORMS if x["file"].startswith("c07"))
w = f["w"]

doc = OpenDocumentText()
S = doc.automaticstyles


def style(name, family, *props):
    s = Style(name=name, family=family)
    for p in props:
        s.addElement(p)
    S.addElement(s)
    return s


bold = style("B", "text", TextProperties(fontweight="bold"))
pnorm = style("Pn", "paragraph", TextProperties(fontsize="10.5pt", fontfamily="Liberation Serif", fontname="Liberation Serif"))
pright = style("Pr", "paragraph", ParagraphProperties(textalign="end"), TextProperties(fontsize="10.5pt"))
ptitle = style("Pt", "paragraph", ParagraphProperties(textalign="center", margintop="0.3cm", marginbottom="0.3cm"),
               TextProperties(fontsize="14pt", fontweight="bold"))
psec = style("Ps", "paragraph", ParagraphProperties(marginbottom="0.15cm"), TextProperties(fontsize="11.5pt", fontweight="bold"))
outer_t = style("OT", "table", TableProperties(width="17cm", align="left"))
outer_c = style("OC", "table-cell", TableCellProperties(border="0.05pt solid #000000", padding="0.15cm"))
inner_c = style("IC", "table-cell", TableCellProperties(border="0.05pt solid #808080", padding="0.08cm"))
inner_l = style("IL", "table-cell", TableCellProperties(border="0.05pt solid #808080", padding="0.08cm", backgroundcolor="#eeeeee"))
inner_t = style("IT", "table", TableProperties(width="16.4cm", align="left"))
cols = {}
for name, width in [("c55", "5.5cm"), ("c109", "10.9cm"), ("c170", "17cm"), ("a1", "0.9cm"), ("a2", "4.2cm"),
                    ("a3", "5.3cm"), ("a4", "3.0cm"), ("a5", "3.0cm")]:
    cols[name] = style(name, "table-column", TableColumnProperties(columnwidth=width))


def para(text, st=pnorm, label=None):
    p = P(stylename=st)
    if label:
        p.addElement(Span(stylename=bold, text=label))
    if text:
        p.addText(text)
    return p


def tcell(children, st=inner_c, span=None):
    c = TableCell(stylename=st, valuetype="string")
    if span:
        c.setAttribute("numbercolumnsspanned", str(span))
    for ch in children if isinstance(children, list) else [children]:
        c.addElement(ch)
    return c


def kv_table(name, pairs):
    t = Table(name=name, stylename=inner_t)
    t.addElement(TableColumn(stylename=cols["c55"]))
    t.addElement(TableColumn(stylename=cols["c109"]))
    for label, value in pairs:
        r = TableRow()
        r.addElement(tcell(para(None, label=label), inner_l))
        r.addElement(tcell(para(value or "")))
        t.addElement(r)
    return t


def activities_table():
    t = Table(name="Aktivitates", stylename=inner_t)
    for c in ("a1", "a2", "a3", "a4", "a5"):
        t.addElement(TableColumn(stylename=cols[c]))
    head = ["Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Plānotās izmaksas, EUR"]
    r = TableRow()
    for h in head:
        r.addElement(tcell(para(None, label=h), inner_l))
    t.addElement(r)
    for i, a in enumerate(w["activities"], 1):
        r = TableRow()
        for v in (f"{i}.", a["kind"], a["description"], a["period"] or "", a["cost"]):
            r.addElement(tcell(para(v)))
        t.addElement(r)
    r = TableRow()
    c = tcell(para(None, label="Kopā"), inner_c, span=4)
    r.addElement(c)
    from odf.table import CoveredTableCell
    for _ in range(3):
        r.addElement(CoveredTableCell())
    r.addElement(tcell(para(None, label=w["activities_total"])))
    t.addElement(r)
    return t


body = doc.text
body.addElement(para("1. pielikums", pright))
body.addElement(para("konkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam", pright))
body.addElement(para("PIETEIKUMA VEIDLAPA", ptitle))

outer = Table(name="Pieteikums", stylename=outer_t)
outer.addElement(TableColumn(stylename=cols["c170"]))


def section(title, inner, before=None):
    r = TableRow()
    children = [para(title, psec)]
    if before:
        children.append(para(before))
    children.append(inner)
    r.addElement(tcell(children, outer_c))
    outer.addElement(r)


section("1. Informācija par pieteicēju", kv_table("S1", [
    ("Pašvaldības nosaukums", w["municipality"]), ("Reģ. Nr.", w["registration_no"]),
    ("Juridiskā adrese", w["address"]), ("Plānošanas reģions", w["planning_region"]),
    ("Kontaktpersona (vārds, uzvārds)", w["contact_name"]), ("Amats", w["contact_position"]),
    ("Tālr.", w["contact_phone"]), ("E-pasta adrese", w["contact_email"]),
]))
section("2. Projekta apraksts", kv_table("S2", [
    ("Projekta nosaukums", w["title"]),
    ("Esošie remigrācijas atbalsta pasākumi pašvaldībā", w["current_measures"]),
    ("Projekta mērķis", w["goal"]),
]))
section("3. Plānotās aktivitātes", activities_table())
section("4. Rezultatīvie rādītāji", kv_table("S4", [
    ("Plānotais atgriezušos personu skaits", w["target_remigrants"]),
    ("Plānotais informēto personu skaits", w["target_reached"]),
]))
section("5. Budžets", kv_table("S5", [
    ("Kopējās izmaksas", w["total_cost"]), ("Pieprasītais finansējums", w["requested"]),
    ("Pašvaldības līdzfinansējums", w["cofinancing"]),
]))
section("6. Īstenošanas periods", kv_table("S6", [("Īstenošanas periods", w["period"])]))
section("7. Apliecinājums", kv_table("S7", [
    ("Vārds, uzvārds", w["signatory_name"]), ("Amats", w["signatory_position"]),
    ("Datums", w["signed_on"]), ("Paraksts", ""),
]), before="Ar šo apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pašvaldība spēs nodrošināt projekta īstenošanu atbilstoši konkursa nolikumam.")
body.addElement(outer)

with tempfile.TemporaryDirectory() as tmp:
    odt = Path(tmp) / (Path(f["file"]).stem + ".odt")
    doc.save(str(odt))
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(OUT), str(odt)],
                   check=True, capture_output=True)
print("wrote", f["file"])
