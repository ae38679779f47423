"""c13: groff -ms + tbl → PDF (gropdf), TeX Gyre Type 1 fonts installed for groff by build.sh."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parent / "files"
BUILD = HERE.parent / "build"
FORMS = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))
f = next(x for x in FORMS if x["file"].startswith("c13"))
w = f["w"]


def esc(s: str | None) -> str:
    s = (s or "").replace("\\", "\\e")
    return s


def lv(label: str, value: str | None) -> str:
    # bold label, value in the same paragraph
    return f".LP\n\\f[HVB]{esc(label)}:\\f[TGR] {esc(value)}\n"


acts = []
for i, a in enumerate(w["activities"], 1):
    acts.append(f"{i}.@T{{\n{esc(a['kind'])}\nT}}@T{{\n{esc(a['description'])}\nT}}@T{{\n{esc(a['period'])}\nT}}@{esc(a['cost'])}")
act_rows = "\n_\n".join(acts)

src = f""".\\" Rēzeknes novada pašvaldības pieteikums (groff -ms)
.nr PS 10.5
.nr VS 13
.nr PO 2.2c
.nr LL 16.6c
.nr HM 2c
.nr FM 2c
.ds LH \\f[HVB]Rēzeknes novada pašvaldība\\f[TGR]
.ds CH
.ds RH Lapa %
.fam TG
.ft TGR
.nh
.hy 0
.nr HY 0
.ad l
.ds FAM TG
.nr GROWPS 0
.RS
.RE
.LP
.ad r
{esc("1. pielikums")}
.br
\\f[TGI]konkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam\\f[TGR]
.ad l
.sp 1
.ce 1
\\f[HVB]\\s[14]PIETEIKUMA VEIDLAPA\\s0\\f[TGR]
.sp 0.5
.2C
.SH
\\f[HVB]1. Informācija par pieteicēju\\f[TGR]
{lv("Pašvaldības nosaukums", w["municipality"])}{lv("Reģistrācijas numurs", w["registration_no"])}{lv("Juridiskā adrese", w["address"])}{lv("Plānošanas reģions", w["planning_region"])}{lv("Kontaktpersona (vārds, uzvārds)", w["contact_name"])}{lv("Amats", w["contact_position"])}{lv("Tālrunis", w["contact_phone"])}{lv("E-pasts", w["contact_email"])}.br
.ne 20c
.SH
\\f[HVB]2. Projekta apraksts\\f[TGR]
{lv("Projekta nosaukums", w["title"])}{lv("Esošie remigrācijas atbalsta pasākumi pašvaldībā", w["current_measures"])}{lv("Projekta mērķis", w["goal"])}.1C
.SH
\\f[HVB]3. Plānotās aktivitātes\\f[TGR]
.LP
.TS H
box center tab(@);
cf(HVB) | cf(HVB) | cf(HVB) | cf(HVB) | cf(HVB)
n | lw(4c) | lw(4.8c) | lw(2.6c) | n .
Nr.@Aktivitātes veids@Apraksts@Īstenošanas laiks@T{{
Plānotās izmaksas, EUR
T}}
=
.TH
{act_rows}
_
.T&
rf(HVB) s s s | nf(HVB) .
Kopā@{esc(w["activities_total"])}
.TE
.SH
\\f[HVB]4. Rezultatīvie rādītāji\\f[TGR]
{lv("Plānotais remigrantu skaits", w["target_remigrants"])}{lv("Plānotais informēto personu skaits", w["target_reached"])}.SH
\\f[HVB]5. Budžets\\f[TGR]
{lv("Kopējās izmaksas", w["total_cost"])}{lv("Pieprasītais finansējums", w["requested"])}{lv("Pašvaldības līdzfinansējums", w["cofinancing"])}.SH
\\f[HVB]6. Īstenošanas periods\\f[TGR]
.LP
{esc(w["period"])}
.SH
\\f[HVB]7. Apliecinājums\\f[TGR]
.LP
Ar šo apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pašvaldība spēs nodrošināt projekta īstenošanu atbilstoši konkursa nolikumam.
{lv("Vārds, uzvārds", w["signatory_name"])}{lv("Amats", w["signatory_position"])}{lv("Datums", w["signed_on"])}.sp 1
.LP
Paraksts: \\l'5c'
"""

BUILD.mkdir(exist_ok=True)
ms = BUILD / "c13.ms"
ms.write_text(src, encoding="utf-8")
env = dict(os.environ, GROFF_FONT_PATH=str(BUILD / "groff"))
pdf = subprocess.run(["groff", "-k", "-t", "-ms", "-Tpdf", "-P-pa4", "-dpaper=a4", str(ms)], env=env, check=True,
                     capture_output=True)
if pdf.stderr:
    print(pdf.stderr.decode())
(OUT / f["file"]).write_bytes(pdf.stdout)
print("wrote", f["file"])
