"""d18/d19: forms typed in Calligra Words (apt: calligrawords 3.2.1).

The form is written here as an ODF text document (build/d18.odt, build/d19.odt), then Calligra does the
rest headless (QT_QPA_PLATFORM=offscreen):
  d18: `calligraconverter --batch d18.odt d18.docx` (Calligra's own DOCX export filter).  That filter
       has no table support (tables come out as one paragraph per cell), so d18 is typed without
       tables: "Label: value" paragraphs and one labelled block per activity.
  d19: `calligrawords --export-pdf` (Calligra's page layout + Qt's PDF writer), with real tables.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

from common import BUILD, COMPETITION, DECL, LBL, OUT, S1, S4, S7, SEC
from forms import FORMS
from wordml import esc

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"')

STYLES = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:font-face-decls>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/>
<style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:language="lv" fo:country="LV"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm"/>
<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm"
fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="1.5cm"/>
</style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>'''

AUTO = '''<office:automatic-styles>
<style:style style:name="P_right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>
<style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="P_center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="T_bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:background-color="#dde5f0" fo:border="0.5pt solid #000000"/></style:style>
%COLS%
</office:automatic-styles>'''


def p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{esc(text)}</text:p>'


def lv(label: str, value: str) -> str:
    return f'<text:p text:style-name="Standard"><text:span text:style-name="T_bold">{esc(label)}</text:span> {esc(value)}</text:p>'


def h(n: int) -> str:
    return f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{n}. {esc(SEC[n])}</text:h>'


def head() -> str:
    return (p("1. pielikums", "P_right") + p(f"konkursa {COMPETITION} nolikumam", "P_right")
            + p("PIETEIKUMS", "Title") + p(f"konkursam {COMPETITION}", "P_center"))


def table(name: str, widths_cm: list[float], rows: list[list[str]], header: bool = False) -> str:
    cols = "".join(f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths_cm)))
    out = f'<table:table table:name="{name}" table:style-name="Tbl">{cols}'
    for r, row in enumerate(rows):
        out += "<table:table-row>"
        for c in row:
            st = "CellH" if (header and r == 0) else "Cell"
            out += f'<table:table-cell table:style-name="{st}" office:value-type="string">{p(c)}</table:table-cell>'
        out += "</table:table-row>"
    return out + "</table:table>"


def col_styles(tables: dict[str, list[float]]) -> str:
    return "".join(f'<style:style style:name="{n}.C{i}" style:family="table-column"><style:table-column-properties '
                   f'style:column-width="{w}cm"/></style:style>' for n, ws in tables.items() for i, w in enumerate(ws))


def odt(path: Path, body: str, cols: str, title: str, author: str) -> None:
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
               + AUTO.replace("%COLS%", cols) + f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
            f'<meta:generator>Calligra/3.2.1</meta:generator><dc:title>{esc(title)}</dc:title>'
            f'<dc:creator>{esc(author)}</dc:creator><meta:creation-date>2019-09-20T10:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        for n, data in (("META-INF/manifest.xml", manifest), ("content.xml", content), ("styles.xml", STYLES),
                        ("meta.xml", meta)):
            z.writestr(n, data.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)


def d18_body(w: dict) -> str:
    b = head() + h(1)
    labels = {"municipality": "Pašvaldības nosaukums:", "registration_no": "Reģ. Nr.:", "address": "Juridiskā adrese:",
              "planning_region": "Plānošanas reģions:", "contact_name": "Kontaktpersona (vārds, uzvārds):",
              "contact_position": "Amats:", "contact_phone": "Tālrunis:", "contact_email": "E-pasts:"}
    b += "".join(lv(labels[k], w[k]) for k in S1)
    b += h(2) + lv("Projekta nosaukums:", w["title"])
    b += lv("Esošie remigrācijas atbalsta pasākumi pašvaldībā:", w["current_measures"])
    b += lv("Projekta mērķis:", w["goal"])
    b += h(3)
    for i, a in enumerate(w["activities"], 1):
        b += f'<text:p text:style-name="Standard"><text:span text:style-name="T_bold">{i}. aktivitāte</text:span></text:p>'
        b += lv("Aktivitātes veids:", a["kind"]) + lv("Apraksts:", a["description"])
        b += lv("Īstenošanas laiks:", a["period"]) + lv("Plānotās izmaksas, EUR:", a["cost"])
    b += lv("Kopā:", w["activities_total"])
    b += h(4) + "".join(lv(LBL[k] + ":", w[k]) for k in S4)
    b += h(5) + lv("Kopējās izmaksas:", w["total_cost"] + " EUR") + lv("Pieprasītais finansējums:", w["requested"] + " EUR")
    b += h(6) + p(w["period"])
    b += h(7) + p(DECL) + "".join(lv(LBL[k] + ":", w[k]) for k in S7)
    return b


def d19_body(w: dict) -> tuple[str, str]:
    b = head() + h(1)
    b += table("T1", [6, 11], [[LBL[k], w[k]] for k in S1])
    b += h(2) + table("T2", [6, 11], [[LBL[k], w[k]] for k in ("title", "current_measures", "goal")])
    b += h(3)
    rows = [["Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Plānotās izmaksas, EUR"]]
    rows += [[f"{i}.", a["kind"], a["description"], a["period"], a["cost"]] for i, a in enumerate(w["activities"], 1)]
    rows += [["", "Kopā", "", "", w["activities_total"]]]
    b += table("T3", [1, 4.2, 5.3, 3.5, 3], rows, header=True)
    b += h(4) + table("T4", [11, 6], [[LBL[k], w[k]] for k in S4])
    b += h(5) + table("T5", [11, 6], [[LBL["total_cost"], w["total_cost"]], [LBL["requested"], w["requested"]]])
    b += h(6) + p(w["period"])
    b += h(7) + p(DECL) + table("T6", [5, 12], [[LBL[k], w[k]] for k in S7])
    cols = col_styles({"T1": [6, 11], "T2": [6, 11], "T3": [1, 4.2, 5.3, 3.5, 3], "T4": [11, 6], "T5": [11, 6], "T6": [5, 12]})
    return b, cols


def env() -> dict:
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(BUILD / "xdg-runtime"))
    Path(e["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    return e


def main() -> dict[str, str]:
    BUILD.mkdir(exist_ok=True)
    ver = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "calligrawords"], capture_output=True, text=True).stdout
    out = {}
    f = FORMS["d18"]
    src = BUILD / "d18.odt"
    odt(src, d18_body(f["w"]), "", f["w"]["title"], f["w"]["contact_name"])
    tmp = BUILD / "d18_calligra.docx"
    tmp.unlink(missing_ok=True)
    subprocess.run(["calligraconverter", "--batch", str(src), str(tmp)], env=env(), capture_output=True, timeout=120)
    shutil.copy(tmp, OUT / f["file"])
    out[f["file"]] = f"Calligra Words {ver} (calligraconverter, ODT -> DOCX export filter)"

    f = FORMS["d19"]
    src = BUILD / "d19.odt"
    body, cols = d19_body(f["w"])
    odt(src, body, cols, f["w"]["title"], f["w"]["contact_name"])
    pdf = BUILD / "d19_calligra.pdf"
    pdf.unlink(missing_ok=True)
    # calligrawords writes the PDF and then does not exit when headless: wait for the file to settle
    proc = subprocess.Popen(["dbus-run-session", "--", "calligrawords", "--export-pdf", "--export-filename", str(pdf),
                             str(src)], env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    last, stable = -1, 0
    for _ in range(120):
        time.sleep(1)
        size = pdf.stat().st_size if pdf.exists() else -1
        stable = stable + 1 if size == last and size > 0 else 0
        last = size
        if stable >= 5 or proc.poll() is not None:
            break
    # end the session we started (dbus-run-session, its dbus-daemon and calligrawords) by its group id
    try:
        os.killpg(proc.pid, 15)
    except ProcessLookupError:
        pass
    proc.wait(10)
    shutil.copy(pdf, OUT / f["file"])
    out[f["file"]] = f"Calligra Words {ver} (calligrawords --export-pdf, Qt PDF writer)"
    return out


if __name__ == "__main__":
    for k, v in main().items():
        print(k, v)
