#!/usr/bin/env python3
"""Regenerate set_a: write each form's source (flat ODF, HTML, RTF or Markdown), let the office
program named in PLAN produce the .docx and the .pdf, and write expected.json.

Usage: python3 make_set.py [id ...]     (default: all forms)
Needs: soffice (LibreOffice 7.4), pandoc 2.17, abiword 3.0, chromium. No python-docx.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import layouts as L
from forms import FORMS
from ir import PAGE, PAGES, TAB, FodtWriter, P, html_doc, rtf_doc

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = HERE / "build"
FILES = ROOT / "files"
LO_ENV = "-env:UserInstallation=file:///tmp/set_a_lo_profile"


# ----------------------------------------------------------------------------- expected values
def money(s: str | None) -> str | None:
    if s is None:
        return None
    t = s.replace("EUR", "").replace("€", "").replace("\u00a0", "").replace(" ", "")
    t = t.replace(",-", "")
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    return str(Decimal(t).quantize(Decimal("0.01")))


def phone(s: str) -> str:
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d.startswith("371"):
        d = d[3:]
    assert len(d) == 8, s
    return "+371" + d


def integer(s: str | None) -> int | None:
    return None if s is None else int(re.sub(r"\D", "", s))


def joined(v):
    if v is None:
        return None
    return "\n".join(v) if isinstance(v, list) else v


def expected(form: dict) -> dict:
    w = form["w"]
    acts = [dict(kind=a[1], description=a[2], period=a[3], cost_eur=money(a[4])) for a in w["activities"]]
    reg = re.sub(r"\D", "", w["registration_no"])
    assert len(reg) == 11 and reg.startswith("900"), reg
    out = dict(
        municipality=form["municipality"],
        registration_no=reg,
        address=w["address"],
        planning_region=form["planning_region"],
        contact_name=w["contact_name"],
        contact_position=w["contact_position"],
        contact_phone=phone(w["contact_phone"]),
        contact_email=w["contact_email"],
        title=w["title"],
        current_measures=joined(w["current_measures"]),
        goal=joined(w["goal"]),
        activities=acts,
        target_remigrants=integer(w["target_remigrants"]),
        target_reached=integer(w["target_reached"]),
        total_cost_eur=money(w["total"]),
        requested_eur=money(w["requested"]),
        cofinancing_eur=money(w["cofinancing"]) if w["cofinancing"] is not None else "0.00",
        period_start=form["period_start"],
        period_end=form["period_end"],
        signed_on=form["signed_on"],
        signatory_name=w["signatory_name"],
        signatory_position=w["signatory_position"],
    )
    if not form.get("mistakes"):
        s = sum(Decimal(a["cost_eur"]) for a in acts)
        assert s == Decimal(out["total_cost_eur"]), (form["id"], s)
        assert Decimal(out["requested_eur"]) + Decimal(out["cofinancing_eur"]) == s, form["id"]
        assert Decimal(out["requested_eur"]) <= 10000, form["id"]
        assert all(a["kind"] for a in acts)
        if "activities_total" in w:
            assert money(w["activities_total"]) == out["total_cost_eur"], form["id"]
    assert out["period_start"] <= out["period_end"]
    return out


# ----------------------------------------------------------------------------- producers
def run(cmd, **kw):
    print("  $", " ".join(str(c) for c in cmd), flush=True)
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=300, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-2000:]}")
    return r


def lo(src: Path, target: str, outdir: Path, infilter: str | None = None) -> Path:
    cmd = ["soffice", LO_ENV, "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    filt = {"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export", "odt": "odt"}[target]
    cmd += ["--convert-to", filt, "--outdir", outdir, src]
    run(cmd)
    out = outdir / (src.stem + "." + target)
    assert out.exists(), out
    return out


def pandoc(src: Path, fmt_in: str, out: Path, extra=()) -> Path:
    run(["pandoc", "-f", fmt_in, "-o", out, *extra, src])
    return out


def abiword(src: Path, target: str, out: Path) -> Path:
    run(["abiword", f"--to={target}", f"--to-name={out}", src])
    assert out.exists(), out
    return out


def chromium_pdf(html: Path, out: Path) -> Path:
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", html.as_uri()])
    assert out.exists(), out
    return out


CSS_PRINT = ("@page { size: A4; margin: 18mm 18mm 20mm 18mm; } body { font-family: 'Liberation Sans', sans-serif;"
             " font-size: 10.5pt; } table { border-collapse: collapse; margin: 6pt 0; } td, th { vertical-align: top; }"
             " h1 { font-size: 15pt; text-align: center; } h2 { font-size: 12pt; margin-top: 14pt; }")


# ----------------------------------------------------------------------------- the plan
def hf_letterhead(name, line2):
    return [P(("b", name), align="center"), P(line2, align="center")]


def page_footer(fmt="Lapa {p} no {n}", align="center"):
    items = []
    for part in re.split(r"(\{p\}|\{n\})", fmt):
        if part == "{p}":
            items.append(PAGE)
        elif part == "{n}":
            items.append(PAGES)
        elif part:
            items.append(part)
    return [P(*items, align=align)]


def build(form: dict) -> tuple[str, Path, Path]:
    fid = form["id"]
    name = form["fname"]
    d = BUILD / fid
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    out = d / "out"
    out.mkdir()

    def fodt(doc, pdf_from="docx"):
        src = d / f"{name}.fodt"
        src.write_text(FodtWriter(doc).render(), encoding="utf-8")
        docx = lo(src, "docx", out)
        pdf = lo(docx if pdf_from == "docx" else src, "pdf", out / "pdf")
        return docx, pdf

    def html_lo(doc, pdf="lo"):
        src = d / f"{name}.html"
        src.write_text(html_doc(doc, css=CSS_PRINT), encoding="utf-8")
        docx = lo(src, "docx", out, infilter="HTML (StarWriter)")
        if pdf == "lo":
            pdff = lo(docx, "pdf", out / "pdf")
        else:
            pdff = chromium_pdf(src, out / f"{name}.pdf")
        return docx, pdff

    if fid == "01":
        doc = L.doc_table2(form, header=hf_letterhead("PREIĻU NOVADA DOME",
                                                       "Raiņa bulvāris 19, Preiļi, LV-5301, tālr. 65322731, "
                                                       "e-pasts dome@preili.lv"),
                           footer=page_footer("Lapa {p} no {n}"))
        docx, pdf = fodt(doc)
        producer = ("LibreOffice 7.4 from hand-written flat ODF (.fodt) -> docx; PDF: LibreOffice export of the docx")
    elif fid == "02":
        doc = L.doc_colon(form, numbered=True, heading="h1", act_kw=dict(extra="Atbildīgais", total="Kopā"),
                          footer=page_footer("{p}", align="right"), size=11)
        docx, pdf = fodt(doc, pdf_from="fodt")
        producer = "LibreOffice 7.4 from flat ODF -> docx; PDF: LibreOffice export of the .fodt source"
    elif fid == "03":
        doc = L.doc_above(form, outline=True, act_kw=dict(head="two_row", nr="plain"),
                          footer=page_footer("Kuldīgas novada pašvaldība · 1. pielikums · {p}/{n}"))
        docx, pdf = fodt(doc)
        producer = "LibreOffice 7.4 from flat ODF (outline-numbered headings) -> docx; PDF: LibreOffice export of the docx"
    elif fid == "04":
        doc = L.doc_tab(form, header=hf_letterhead("VALMIERAS PILSĒTAS PAŠVALDĪBA",
                                                    "Lāčplēša iela 2, Valmiera, LV-4201, tālrunis 64207110, "
                                                    "pasts@valmiera.lv"),
                        footer=page_footer("{p}. lapa"))
        docx, pdf = fodt(doc)
        producer = "LibreOffice 7.4 from flat ODF (tab stops) -> docx; PDF: LibreOffice export of the docx"
    elif fid == "05":
        doc = L.doc_table2(form, shade=False, act_kw=dict(total="Kopā", nr="plain"), size=11)
        docx, pdf = html_lo(doc)
        producer = "LibreOffice 7.4 Writer HTML import (hand-written HTML with colspan) -> docx; PDF: LibreOffice export of the docx"
    elif fid == "06":
        doc = L.doc_colon(form, heading="h1", act_kw=dict(), titles=True)
        src = d / f"{name}.html"
        src.write_text(html_doc(doc, css=CSS_PRINT), encoding="utf-8")
        docx = pandoc(src, "html", out / f"{name}.docx")
        pdf = chromium_pdf(src, out / f"{name}.pdf")
        producer = "pandoc 2.17 HTML -> docx; PDF: the same HTML printed by headless Chromium"
    elif fid == "07":
        src = d / f"{name}.md"
        assert all(len(form["w"][k]) == 1 for k in ("current_measures", "goal"))
        src.write_text(L.md_pipe(form), encoding="utf-8")
        docx = pandoc(src, "markdown", out / f"{name}.docx")
        pdf = lo(docx, "pdf", out / "pdf")
        producer = "pandoc 2.17 Markdown (headerless pipe tables) -> docx; PDF: LibreOffice export of the docx"
    elif fid == "08":
        src = d / f"{name}.md"
        src.write_text(L.md_grid(form), encoding="utf-8")
        docx = pandoc(src, "markdown", out / f"{name}.docx")
        pdf = lo(docx, "pdf", out / "pdf")
        producer = "pandoc 2.17 Markdown (grid tables, multi-paragraph cells) -> docx; PDF: LibreOffice export"
    elif fid == "09":
        form.setdefault("labels", {}).update(registration_no="Nodokļu maksātāja reģistrācijas kods",
                                              contact_phone="Telefons")
        doc = L.doc_colon(form, heading="bold", bold_labels=False, act_kw=dict(total=None, shade=False),
                          font="Liberation Sans", size=11)
        src = d / f"{name}.rtf"
        src.write_text(rtf_doc(doc), encoding="ascii")
        docx = abiword(src, "docx", out / f"{name}.docx")
        pdf = abiword(src, "pdf", out / f"{name}.pdf")
        producer = "AbiWord 3.0 from hand-written RTF -> docx; PDF: AbiWord from the same RTF"
    elif fid == "10":
        form.setdefault("labels", {}).update(municipality="Pašvaldība")
        doc = L.doc_above_in_table(form, act_kw=dict(nr="dot"),
                                   header=[P(("b", "Jelgavas pilsētas dome"), TAB, "Pieteikums remigrācijas konkursam")],
                                   footer=page_footer("{p}", align="center"))
        src = d / f"{name}.rtf"
        src.write_text(rtf_doc(doc), encoding="ascii")
        docx = lo(src, "docx", out)
        pdf = lo(docx, "pdf", out / "pdf")
        producer = "LibreOffice 7.4 from hand-written RTF -> docx; PDF: LibreOffice export of the docx"
    elif fid == "11":
        doc = L.doc_sec_tables(form, sec_style="num", heading="h1", borders=False,
                               act_kw=dict(total="Kopā", widths=[1.0, 4.2, 6.4, 2.8, 2.6]),
                               header=hf_letterhead("Daugavpils novada dome", "Rīgas iela 2, Daugavpils, LV-5401"),
                               footer=page_footer("Lapa {p} no {n}", align="right"))
        docx, pdf = fodt(doc)
        producer = ("LibreOffice 7.4 from flat ODF (borderless field tables, 12-row activity table with repeated "
                    "header) -> docx; PDF: LibreOffice export of the docx")
    elif fid == "12":
        doc = L.doc_sec_tables(form, sec_style="upper", heading="bold", numbered_labels=True,
                               act_kw=dict(nr="dot"))
        docx, pdf = fodt(doc)
        producer = "LibreOffice 7.4 from flat ODF -> docx; PDF: LibreOffice export of the docx"
    elif fid == "13":
        form.setdefault("labels", {}).update(requested="Pieprasītā summa")
        doc = L.doc_colon(form, heading="h1", act_kw=dict(total="Kopā"), period_label=True)
        docx, pdf = html_lo(doc)
        producer = "LibreOffice 7.4 Writer HTML import -> docx; PDF: LibreOffice export of the docx"
    elif fid == "14":
        doc = L.doc_cellstack(form, act_kw=dict(nr="dot", total="Kopā"),
                              footer=page_footer("Augšdaugavas novada pašvaldība | {p}", align="right"))
        docx, pdf = fodt(doc, pdf_from="fodt")
        producer = "LibreOffice 7.4 from flat ODF (label and value stacked in one cell) -> docx; PDF: LibreOffice export of the .fodt source"
    elif fid == "15":
        src = d / f"{name}.md"
        src.write_text(L.md_above(form), encoding="utf-8")
        docx = pandoc(src, "markdown", out / f"{name}.docx")
        html = pandoc(src, "markdown", d / f"{name}.html", extra=["-s", "--metadata", "pagetitle=1. pielikums",
                                                                   "--css", "print.css"])
        (d / "print.css").write_text(CSS_PRINT + " table, td, th { border: 1px solid #444; }", encoding="utf-8")
        pdf = chromium_pdf(html, out / f"{name}.pdf")
        producer = ("pandoc 2.17 Markdown -> docx; PDF: pandoc Markdown -> standalone HTML printed by "
                    "headless Chromium")
    elif fid == "16":
        form.setdefault("labels", {}).update(
            municipality="Pieteicējs", registration_no="Reģ. Nr.", address="Adrese",
            contact_name="Atbildīgā persona", contact_phone="Tālr.", contact_email="E-pasta adrese",
            requested="Pieprasītā summa", target_remigrants="Plānotais atgriezušos personu skaits",
            signed="Paraksta datums")
        doc = L.doc_colon(form, heading="h1", act_kw=dict(nr="plain"), size=11)
        src = d / f"{name}.html"
        src.write_text(html_doc(doc, css=CSS_PRINT, col_widths=False, thead=False), encoding="utf-8")
        docx = abiword(src, "docx", out / f"{name}.docx")
        pdf = abiword(src, "pdf", out / f"{name}.pdf")
        producer = "AbiWord 3.0 from hand-written HTML -> docx; PDF: AbiWord from the same HTML"
    elif fid == "17":
        frame = [P(("b", "JŪRMALAS PILSĒTAS DOME"), align="center"),
                 P("Jomas iela 1/5, Jūrmala, LV-2015 · tālr. 67093816 · pasts@jurmala.lv", align="center")]
        doc = L.doc_table2(form, upper=True, numbered_labels=True, sec6="label", frame=frame,
                           footer=page_footer("{p}/{n}", align="right"),
                           act_kw=dict(nr="dot", total="KOPĀ"), font="Liberation Sans", size=10)
        docx, pdf = fodt(doc)
        producer = ("LibreOffice 7.4 from flat ODF (letterhead in a text frame, upper-case numbered labels) -> docx; "
                    "PDF: LibreOffice export of the docx")
    elif fid == "18":
        doc = L.doc_mixed(form, act_kw=dict(nr="auto", total="Pavisam", total_span=False),
                          footer=page_footer("Bauskas novada dome – pieteikums – {p}. lpp.", align="center"))
        docx, pdf = fodt(doc)
        producer = ("LibreOffice 7.4 from flat ODF (auto-numbered Nr. column, borderless section 1 table) -> docx; "
                    "PDF: LibreOffice export of the docx")
    elif fid == "19":
        form.setdefault("labels", {}).update(
            municipality="Pašvaldība", contact_email="E-pasta adrese",
            target_remigrants="Plānotais atgriezušos personu skaits", signed="Paraksta datums")
        doc = L.doc_table3(form, act_kw=dict(nr="dot"))
        docx, pdf = html_lo(doc)
        producer = "LibreOffice 7.4 Writer HTML import (3-column table, colspan=3 section rows) -> docx; PDF: LibreOffice export of the docx"
    elif fid == "20":
        src = d / f"{name}.md"
        src.write_text(L.md_deflist(form), encoding="utf-8")
        odt = pandoc(src, "markdown", d / f"{name}.odt")
        docx = lo(odt, "docx", out)
        pdf = lo(odt, "pdf", out / "pdf")
        producer = ("pandoc 2.17 Markdown (definition lists) -> odt -> LibreOffice 7.4 -> docx; "
                    "PDF: LibreOffice export of the odt")
    else:
        raise KeyError(fid)
    return producer, docx, pdf


def main(ids: list[str]) -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    exp_path = ROOT / "expected.json"
    expected_all = json.loads(exp_path.read_text(encoding="utf-8")) if exp_path.exists() and ids else {}
    for form in FORMS:
        if ids and form["id"] not in ids:
            continue
        print(f"[{form['id']}] {form['fname']}", flush=True)
        exp = expected(form)
        producer, docx, pdf = build(form)
        for path, kind in ((docx, "docx"), (pdf, "pdf")):
            target = FILES / f"{form['fname']}.{kind}"
            shutil.copyfile(path, target)
            docx_part = producer.split("; PDF")[0]
            entry = {"producer": docx_part if kind == "docx" else producer, "form": exp}
            if form.get("problems"):
                entry["problems"] = form["problems"]
            if form.get("mistakes"):
                entry["notes"] = form["mistakes"]
            expected_all[target.name] = entry
        shutil.rmtree(BUILD / form["id"] / "out")  # the copies in files/ are the deliverables
    exp_path.write_text(json.dumps(dict(sorted(expected_all.items())), ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
