"""Forms made through word processors: LibreOffice Writer from HTML (13 as PDF, 24 as .docx),
AbiWord from HTML (14 as PDF), pandoc from Markdown (21 as .docx; the cover letter of 24)."""
from __future__ import annotations

import os
import shutil
import subprocess

from common import ACT_HEADER, BUILD, FILES, activity_rows, display, fields, heading, label
from forms import FORMS
from htmlparts import ANNEX, DECLARATION, FORM_TITLE, act_table, esc, h, page, period_par


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=180)


def write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path


# ---------------------------------------------------------------- 13 LibreOffice PDF, horizontal tables
def form13():
    f = FORMS["13"]

    def vtable(form, n):
        rows = "".join(f"<tr><td width=\"40%\">{esc(l)}</td><td>{esc(v)}</td></tr>"
                       for _, l, v in fields(form, n))
        return f"<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\">{rows}</table>"

    def htable(form, n):
        fl = fields(form, n)
        head = "".join(f"<td><b>{esc(l)}</b></td>" for _, l, _ in fl)
        vals = "".join(f"<td>{esc(v)}</td>" for _, _, v in fl)
        return (f"<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\">"
                f"<tr>{head}</tr><tr>{vals}</tr></table>")

    parts = [f"<p align=\"right\"><font size=\"2\">{ANNEX}</font></p>",
             f"<h1 align=\"center\">{FORM_TITLE}</h1>"]
    for n in range(1, 8):
        parts.append(h(f, n))
        if n == 3:
            parts.append(act_table(f).replace("<table class=\"acts\">",
                                              "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\">"))
        elif n == 6:
            parts.append(period_par(f))
        elif n in (4, 5):
            parts.append(htable(f, n))
        elif n == 7:
            parts.append(f"<p>{esc(DECLARATION)}</p>")
            parts.append(htable(f, n))
        else:
            parts.append(vtable(f, n))
    src = write(os.path.join(BUILD, "13_Ventspils_novads_pieteikums.html"),
                page("\n".join(parts), "body { font-family: 'Liberation Serif'; font-size: 11pt; }"))
    soffice(src, "pdf:writer_pdf_Export", BUILD)
    shutil.copy(os.path.join(BUILD, "13_Ventspils_novads_pieteikums.pdf"),
                os.path.join(FILES, "13_libreoffice_horizontal_tables.pdf"))


# ---------------------------------------------------------------- 14 AbiWord PDF from RTF, 'Label: value' paragraphs
def rtf(t: str) -> str:
    out = []
    for ch in t:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def form14():
    f = FORMS["14"]
    P = lambda t, extra="": f"{{\\pard\\sa120{extra} {t}\\par}}\n"
    doc = ["{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Liberation Serif;}}\\fs22\n"]
    doc.append(P(rtf("1. pielikums\nkonkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam"),
                 "\\qr\\fs18"))
    doc.append(P("\\b " + rtf(FORM_TITLE), "\\qc\\fs28"))
    widths = [600, 2600, 3000, 1900, 1500]
    for n in range(1, 8):
        doc.append(P("\\b " + rtf(heading(f, n)), "\\sb200\\fs24"))
        if n == 3:
            rows = [ACT_HEADER] + activity_rows(f)
            for ri, r in enumerate(rows):
                x, defs = 0, ""
                for w in widths:
                    x += w
                    defs += ("\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs"
                             f"\\clbrdrr\\brdrs\\cellx{x}")
                cells = "".join(("\\pard\\intbl" + ("\\qr" if ci == 4 and ri else "") + " "
                                 + ("\\b " if ri == 0 else "") + rtf(c) + "\\cell ")
                                for ci, c in enumerate(r))
                doc.append(f"\\trowd\\trgaph60{defs}\n{cells}\\row\n")
            doc.append("\\pard\\par\n")
        elif n == 6:
            doc.append(P(rtf(display(f, "period"))))
        else:
            if n == 7:
                doc.append(P(rtf(DECLARATION), "\\qj"))
            for _, l, v in fields(f, n):
                doc.append(P("\\b " + rtf(l) + "\\b0  " + rtf(v)))
    doc.append("}")
    src = write(os.path.join(BUILD, "14_gulbene.rtf"), "".join(doc))
    out = os.path.join(FILES, "14_abiword_label_value_paragraphs.pdf")
    subprocess.run(["abiword", "--to=pdf", src, "-o", out], check=True, capture_output=True,
                   timeout=120)


# ---------------------------------------------------------------- 21 pandoc .docx from Markdown
def md_escape(t: str) -> str:
    return t.replace("*", "\\*").replace("_", "\\_").replace("|", "\\|")


def form21_docx(out):
    f = FORMS["21"]
    lines = ["::: {custom-style=\"Annex\"}", "1\\. pielikums\\", "konkursa „Remigrācijas sekmēšanas "
             "pakalpojumi pašvaldībās” nolikumam", ":::", "", f"# {FORM_TITLE}", ""]
    for n in range(1, 8):
        lines += [f"## {heading(f, n)}", ""]
        if n == 3:
            lines.append("| " + " | ".join(ACT_HEADER) + " |")
            lines.append("|---|------|--------|------|---:|")
            for r in activity_rows(f):
                lines.append("| " + " | ".join(md_escape(c) for c in r) + " |")
            lab, amt = f["act_total"]
            lines.append(f"|  | **{lab}** |  |  | **{amt}** |")
            lines.append("")
        elif n == 6:
            lines += [display(f, "period"), ""]
        else:
            if n == 7:
                lines += [DECLARATION, ""]
            for _, lab, val in fields(f, n):
                lines += [f"**{md_escape(lab)}** {md_escape(val)}", ""]
    md = write(os.path.join(BUILD, "21_jurmala.md"), "\n".join(lines))
    subprocess.run(["pandoc", md, "-f", "markdown", "-t", "docx", "-o", out], check=True)


# ---------------------------------------------------------------- 24 LibreOffice .docx (blank-form table)
def form24_docx(out_dir):
    f = FORMS["24"]
    parts = [f"<p align=\"right\">{ANNEX}</p>", f"<h1 align=\"center\">{FORM_TITLE}</h1>"]
    for n in range(1, 8):
        parts.append(h(f, n))
        if n == 3:
            parts.append(act_table(f).replace("<table class=\"acts\">",
                                              "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\">"))
        elif n == 6:
            parts.append(period_par(f))
        else:
            if n == 7:
                parts.append(f"<p>{esc(DECLARATION)}</p>")
            rows = "".join(f"<tr><td width=\"45%\"><b>{esc(l)}</b></td><td>{esc(v)}</td></tr>"
                           for _, l, v in fields(f, n))
            parts.append(f"<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\">{rows}</table>")
    src = write(os.path.join(BUILD, "Pieteikums_Kraslavas_novads.html"), page("\n".join(parts), ""))
    soffice(src, "docx:MS Word 2007 XML", out_dir)
    return os.path.join(out_dir, "Pieteikums_Kraslavas_novads.docx")


def cover_letter24(out):
    md = write(os.path.join(BUILD, "24_pavadvestule.md"), "\n".join([
        "**KRĀSLAVAS NOVADA DOME**", "",
        "Krāslavā, 2019. gada 4. oktobrī", "",
        "Sabiedrības integrācijas fondam", "",
        "**Par pieteikumu konkursam „Remigrācijas sekmēšanas pakalpojumi pašvaldībās”**", "",
        "Nosūtām Krāslavas novada domes pieteikumu (1. pielikums) konkursam. Jautājumu gadījumā "
        "lūdzam sazināties ar pieteikumā norādīto kontaktpersonu.", "",
        "Ar cieņu", "", "domes priekšsēdētāja vietnieks A. Zaļkalns", ""]))
    subprocess.run(["pandoc", md, "-f", "markdown", "-t", "docx", "-o", out], check=True)


if __name__ == "__main__":
    form13()
    form14()
    form21_docx(os.path.join(BUILD, "21_Pieteikums_Jurmala.docx"))
    form24_docx(BUILD)
    cover_letter24(os.path.join(BUILD, "24_Pavadvestule.docx"))
    print("ok")
