"""Regenerate every file of set_b and write expected.json.

    cd /work/external/set_b/make && ../venv/bin/python build_all.py
"""
from __future__ import annotations

import json
import os

from common import FILES, ROOT, expected_form, null_form
from forms import FORMS

import make_acroform
import make_chromium
import make_fpdf
import make_office
import make_reportlab
import make_signed
import make_weasy

CHROMIUM = "Chromium 156 headless --print-to-pdf (Skia/PDF) from hand-written HTML/CSS"
FILEMAP = {
    "01_chromium_bordered_tables.pdf": ("01", CHROMIUM),
    "02_chromium_paragraphs_browser_header.pdf": ("02", CHROMIUM + ", browser header/footer left on"),
    "03_chromium_flex_divs.pdf": ("03", CHROMIUM),
    "04_chromium_landscape_activities.pdf": ("04", CHROMIUM + ", named @page landscape"),
    "05_reportlab_canvas_values_first.pdf": ("05", "reportlab 5.1 canvas (drawString/drawRightString)"),
    "06_reportlab_platypus_multipage_letterhead.pdf": ("06", "reportlab Platypus (Table repeatRows, SPAN)"),
    "07_acroform_filled_appearances.pdf": ("07", "reportlab page + pikepdf AcroForm, /V and /AP"),
    "08_acroform_values_only_needappearances.pdf": ("08", "reportlab+pikepdf blank AcroForm filled by pypdf, /V only, NeedAppearances"),
    "09_fpdf2_cells_dejavu.pdf": ("09", "fpdf2 2.8 cell/multi_cell, embedded DejaVuSans"),
    "10_fpdf2_table_landscape_header_footer.pdf": ("10", "fpdf2 2.8 table(), header()/footer()"),
    "11_weasyprint_margin_boxes_repeated_thead.pdf": ("11", "WeasyPrint 70"),
    "12_weasyprint_labels_above_values.pdf": ("12", "WeasyPrint 70"),
    "13_libreoffice_horizontal_tables.pdf": ("13", "LibreOffice 7.4 Writer (HTML import) -> PDF"),
    "14_abiword_label_value_paragraphs.pdf": ("14", "AbiWord 3 (RTF import) -> PDF via cairo"),
    "17_scanned_image_only.pdf": ("17", "fpdf2 image-only PDF of a rasterised, rotated, blurred page"),
    "18_chromium_css_grid_4col.pdf": ("18", CHROMIUM),
    "21_edoc_pandoc_docx.edoc": ("21", "ASiC-E: pandoc 2.x Markdown -> .docx, hand-made XAdES-BES (lxml + cryptography)"),
    "22_asice_pdf_form_budget_letter.asice": ("22", "ASiC-E: reportlab Platypus PDF form + openpyxl budget + fpdf2 cover letter, XAdES-BES (ECDSA P-384)"),
    "23_edoc_two_signatures.edoc": ("23", "ASiC-E: WeasyPrint PDF form, two XAdES-BES signatures"),
    "24_edoc_libreoffice_docx_letter.edoc": ("24", "ASiC-E: LibreOffice 7.4 .docx form + pandoc .docx cover letter, XAdES-BES in signatures1.xml"),
    "25_pades_signed_fpdf2.pdf": ("25", "fpdf2 PDF signed by pyHanko 0.38 (PAdES, /ETSI.CAdES.detached)"),
}


def build_files():
    for fn in (make_chromium.form01, make_chromium.form02, make_chromium.form03,
               make_chromium.form04, make_chromium.form18):
        fn()
    make_reportlab.form05()
    make_reportlab.form06()
    make_reportlab.form22(os.path.join(make_reportlab.BUILD, "22_Pieteikums_Limbazu_novads.pdf"))
    make_acroform.form07()
    make_acroform.form08()
    make_fpdf.form09()
    make_fpdf.form10()
    make_fpdf.form17()
    make_fpdf.form25(os.path.join(make_fpdf.BUILD, "25_unsigned.pdf"))
    make_fpdf.cover_letter22(os.path.join(make_fpdf.BUILD, "22_Pavadvestule.pdf"))
    make_weasy.form11()
    make_weasy.form12()
    make_weasy.form23(os.path.join(make_weasy.BUILD, "23_pieteikums_Dobele.pdf"))
    make_office.form13()
    make_office.form14()
    make_office.form21_docx(os.path.join(make_office.BUILD, "21_Pieteikums_Jurmala.docx"))
    make_office.form24_docx(make_office.BUILD)
    make_office.cover_letter24(os.path.join(make_office.BUILD, "24_Pavadvestule.docx"))
    sigs = make_signed.make_containers()
    sigs.update(make_signed.make_pades())
    return sigs


def iso_dt(t: str) -> str:
    return t.replace("Z", "+00:00")


def write_expected(sigs):
    out = {}
    for name, (fid, producer) in FILEMAP.items():
        f = FORMS[fid]
        entry = {"producer": producer}
        if fid == "17":
            entry["form"] = null_form()
            entry["problems"] = ["no_text_layer"]
            entry["problem_fields"] = [{"field": None, "severity": "error", "code": "no_text_layer"}]
        else:
            entry["form"] = expected_form(f)
            entry["problem_fields"] = [
                {"field": fld, "severity": sev,
                 **({"code": "unknown_activity_kind"} if fld == "activities" else {})}
                for fld, sev in f["problems"]]
            # 'problems' only where annex1.md names every expected code; otherwise the
            # field/severity pairs in problem_fields are the expectation
            if all("code" in p for p in entry["problem_fields"]):
                entry["problems"] = [p["code"] for p in entry["problem_fields"]]
        method = "pades" if name.endswith(".pdf") else "xades"
        entry["signatures"] = [{"signer_name": n, "method": method, "signed_at": iso_dt(t)}
                               for n, t in sigs.get(name, [])]
        out[name] = entry
    missing = set(os.listdir(FILES)) ^ set(out)
    assert not missing, missing
    with open(os.path.join(ROOT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    write_expected(build_files())
    print("expected.json written,", len(FILEMAP), "files")
