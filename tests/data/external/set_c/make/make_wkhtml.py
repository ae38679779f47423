"""c16: HTML/CSS form 'printed' with wkhtmltopdf (Qt WebKit), letterhead at the top of the body (Debian build has no header/footer support)."""
from __future__ import annotations

import html
import json
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parent / "files"
BUILD = HERE.parent / "build" / "wk"
FORMS = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))
f = next(x for x in FORMS if x["file"].startswith("c16"))
w = f["w"]
e = lambda s: html.escape(s or "")


def field(label: str, value: str | None, cls: str = "") -> str:
    return f'<div class="field {cls}"><div class="lbl">{e(label)}</div><div class="val">{e(value)}</div></div>'


def grid(cells: list[tuple[str, str | None]], cols: int = 3) -> str:
    rows = []
    for i in range(0, len(cells), cols):
        tds = "".join(f'<td style="width:{100 // cols}%">{field(l, v)}</td>' for l, v in cells[i:i + cols])
        rows.append(f"<tr>{tds}</tr>")
    return f'<table class="grid">{"".join(rows)}</table>'


acts = "".join(
    f"<tr><td>{i}.</td><td>{e(a['kind'])}</td><td>{e(a['description'])}</td><td>{e(a['period'])}</td>"
    f"<td class=r>{e(a['cost'])}</td></tr>" for i, a in enumerate(w["activities"], 1))

page = f"""<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Pieteikums</title>
<style>
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #222; }}
h1 {{ font-size: 15pt; text-align: center; letter-spacing: 1px; margin: 8px 0 14px; }}
h2 {{ font-size: 11.5pt; background: #2e5e3e; color: #fff; padding: 4px 8px; margin: 16px 0 8px; page-break-after: avoid; }}
.annex {{ text-align: right; font-size: 9pt; }}
.field {{ border: 1px solid #9aa; padding: 3px 6px 5px; margin: 0 0 6px; page-break-inside: avoid; }}
.lbl {{ font-size: 8pt; color: #2e5e3e; font-weight: bold; text-transform: none; }}
.val {{ font-size: 10.5pt; min-height: 14px; }}
table.grid {{ width: 100%; border-collapse: separate; border-spacing: 4px 0; margin: 0 -4px; }}
table.grid td {{ vertical-align: top; padding: 0; }}
table.acts {{ width: 100%; border-collapse: collapse; font-size: 9.5pt; }}
table.acts th {{ background: #dfe9e2; border: 1px solid #777; padding: 4px; text-align: left; }}
table.acts td {{ border: 1px solid #777; padding: 4px; vertical-align: top; }}
table.acts tr {{ page-break-inside: avoid; }}
td.r {{ text-align: right; white-space: nowrap; }}
.hd {{ border-bottom: 2px solid #2e5e3e; padding-bottom: 3px; margin-bottom: 10px; }}
.crest {{ display: inline-block; width: 22px; height: 26px; background: #2e5e3e; border-radius: 0 0 11px 11px; vertical-align: middle; }}
.t {{ display: inline-block; vertical-align: middle; margin-left: 8px; }}
.n {{ font-weight: bold; font-size: 11pt; color: #2e5e3e; }} .a {{ font-size: 8pt; color: #555; }}
.decl {{ font-style: italic; margin: 4px 0 8px; }}
</style></head><body>
<div class="hd"><span class="crest"></span><span class="t"><span class="n">DOBELES NOVADA PAŠVALDĪBA</span><br>
<span class="a">Brīvības iela 17, Dobele, LV-3701 · www.dobele.lv</span></span></div>
<div class="annex">1. pielikums<br>konkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam</div>
<h1>PIETEIKUMA VEIDLAPA</h1>
<h2>1. Informācija par pieteicēju</h2>
{field("Pašvaldības nosaukums", w["municipality"])}
{grid([("Reģistrācijas numurs", w["registration_no"]), ("Plānošanas reģions", w["planning_region"]), ("Juridiskā adrese", w["address"])])}
{grid([("Kontaktpersona (vārds, uzvārds)", w["contact_name"]), ("Amats", w["contact_position"]), ("Tālrunis", w["contact_phone"])])}
{field("E-pasts", w["contact_email"])}
<h2>2. Projekta apraksts</h2>
{field("Projekta nosaukums", w["title"])}
{field("Esošie remigrācijas atbalsta pasākumi pašvaldībā", w["current_measures"])}
{field("Projekta mērķis", w["goal"])}
<h2>3. Plānotās aktivitātes</h2>
<table class="acts"><thead><tr><th style="width:6%">Nr.</th><th style="width:28%">Aktivitātes veids</th><th>Apraksts</th><th style="width:16%">Īstenošanas laiks</th><th style="width:14%">Plānotās izmaksas, EUR</th></tr></thead>
<tbody>{acts}<tr><td colspan="4" class="r"><b>Kopā</b></td><td class="r"><b>{e(w["activities_total"])}</b></td></tr></tbody></table>
<h2>4. Rezultatīvie rādītāji</h2>
{grid([("Plānotais remigrantu skaits", w["target_remigrants"]), ("Plānotais informēto personu skaits", w["target_reached"])], 2)}
<h2>5. Budžets</h2>
{grid([("Kopējās izmaksas", w["total_cost"]), ("Pieprasītais finansējums", w["requested"]), ("Pašvaldības līdzfinansējums", w["cofinancing"])])}
<h2 style="page-break-before: always">6. Īstenošanas periods</h2>
{field("Īstenošanas periods", w["period"])}
<h2>7. Apliecinājums</h2>
<div class="decl">Ar šo apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pašvaldība spēs nodrošināt projekta īstenošanu atbilstoši konkursa nolikumam.</div>
{grid([("Vārds, uzvārds", w["signatory_name"]), ("Amats", w["signatory_position"]), ("Datums", w["signed_on"])])}
{field("Paraksts", "")}
</body></html>"""

BUILD.mkdir(parents=True, exist_ok=True)
(BUILD / "c16.html").write_text(page, encoding="utf-8")
subprocess.run(["wkhtmltopdf", "--quiet", "--enable-local-file-access", "-s", "A4", "-T", "16mm", "-B", "20mm",
                "-L", "18mm", "-R", "16mm", "--title", "Pieteikums",
                str(BUILD / "c16.html"), str(OUT / f["file"])], check=True)
print("wrote", f["file"])
