"""c14 (two-column multicol, longtable) and c15 (landscape activity page) with xelatex."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parent / "files"
BUILD = HERE.parent / "build" / "latex"
FORMS = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))

DECL = ("Ar šo apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pašvaldība spēs nodrošināt "
        "projekta īstenošanu atbilstoši konkursa nolikumam.")


def form(prefix: str) -> dict:
    return next(x for x in FORMS if x["file"].startswith(prefix))


def tex(s) -> str:
    if s is None:
        return ""
    s = str(s)
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("{", r"\{"), ("}", r"\}"), ("~", r"\textasciitilde{}"), ("^", r"\^{}")]:
        s = s.replace(a, b)
    return s.replace("\u00a0", "~")


PREAMBLE = r"""
\usepackage{fontspec}
\usepackage{geometry}
\usepackage{fancyhdr}
\usepackage{lastpage}
\usepackage{array,longtable,tabularx,multirow,multicol,pdflscape}
\usepackage[table]{xcolor}
\usepackage{ragged2e}
\usepackage{titlesec}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}
\setlength{\parskip}{3pt}
\newcolumntype{P}[1]{>{\RaggedRight\arraybackslash}p{#1}}
\newcolumntype{R}[1]{>{\RaggedLeft\arraybackslash}p{#1}}
\newcolumntype{Y}{>{\RaggedRight\arraybackslash}X}
\renewcommand{\arraystretch}{1.25}
"""


def build(f: dict, src: str) -> None:
    BUILD.mkdir(parents=True, exist_ok=True)
    stem = Path(f["file"]).stem
    (BUILD / f"{stem}.tex").write_text(src, encoding="utf-8")
    for _ in range(2):  # twice for LastPage
        r = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", f"{stem}.tex"], cwd=BUILD,
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout[-3000:])
            raise SystemExit(f"xelatex failed for {stem}")
    shutil.copy(BUILD / f"{stem}.pdf", OUT / f["file"])
    print("wrote", f["file"])


# ---------------------------------------------------------------------------- c14
def c14() -> None:
    f = form("c14")
    w = f["w"]
    lv = lambda l, v: rf"\textbf{{{tex(l)}:}} {tex(v)}\par" + "\n"
    rows = "\n".join(
        rf"{i}. & {tex(a['kind'])} & {tex(a['description'])} & {tex(a['period'])} & {tex(a['cost'])} \\ \hline"
        for i, a in enumerate(w["activities"], 1))
    head = r"\rowcolor{gray!20}\textbf{Nr.} & \textbf{Aktivitātes veids} & \textbf{Apraksts} & \textbf{Īstenošanas laiks} & \textbf{Plānotās izmaksas, EUR} \\ \hline"
    src = rf"""\documentclass[11pt,a4paper]{{article}}
{PREAMBLE}
\setmainfont{{DejaVu Serif}}
\geometry{{top=2.6cm,bottom=2.4cm,left=2.5cm,right=2cm,headheight=28pt}}
\pagestyle{{fancy}}
\fancyhf{{}}
\fancyhead[L]{{\small\textbf{{SALASPILS NOVADA DOME}}\\\footnotesize Līvzemes iela 8, Salaspils, LV-2121}}
\fancyhead[R]{{\footnotesize 1. pielikums}}
\fancyfoot[C]{{\footnotesize Lapa \thepage\ no \pageref{{LastPage}}}}
\titleformat{{\section}}{{\normalfont\large\bfseries}}{{\thesection.}}{{0.5em}}{{}}
\titlespacing*{{\section}}{{0pt}}{{10pt}}{{4pt}}
\begin{{document}}
\begin{{flushright}}\small 1. pielikums\\ \emph{{konkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam}}\end{{flushright}}
\begin{{center}}\Large\textbf{{PIETEIKUMA VEIDLAPA}}\end{{center}}
\section{{Informācija par pieteicēju}}
\begin{{multicols}}{{2}}\RaggedRight
{lv("Pašvaldības nosaukums", w["municipality"])}{lv("Reģistrācijas numurs", w["registration_no"])}{lv("Juridiskā adrese", w["address"])}{lv("Plānošanas reģions", w["planning_region"])}\columnbreak
{lv("Kontaktpersona (vārds, uzvārds)", w["contact_name"])}{lv("Amats", w["contact_position"])}{lv("Tālrunis", w["contact_phone"])}{lv("E-pasts", w["contact_email"])}\end{{multicols}}
\section{{Projekta apraksts}}
{lv("Projekta nosaukums", w["title"])}
\textbf{{Esošie remigrācijas atbalsta pasākumi pašvaldībā:}}\par
{tex(w["current_measures"])}\par
\textbf{{Projekta mērķis:}}\par
{tex(w["goal"])}\par
\section{{Plānotās aktivitātes}}
{{\renewcommand{{\arraystretch}}{{1.35}}\setlength{{\extrarowheight}}{{2pt}}
\begin{{longtable}}{{|P{{0.8cm}}|P{{4.2cm}}|P{{4.6cm}}|P{{2.6cm}}|R{{2.0cm}}|}}
\hline
{head}
\endfirsthead
\hline
{head}
\endhead
\hline
\endfoot
\endlastfoot
{rows}
\multicolumn{{4}}{{|r|}}{{\textbf{{Kopā}}}} & \textbf{{{tex(w["activities_total"])}}} \\ \hline
\end{{longtable}}}}
\section{{Rezultatīvie rādītāji}}
\begin{{tabular}}{{|P{{7.5cm}}|P{{6.5cm}}|}}\hline
Plānotais remigrantu skaits & {tex(w["target_remigrants"])} \\ \hline
Plānotais informēto personu skaits & {tex(w["target_reached"])} \\ \hline
\end{{tabular}}
\section{{Budžets}}
\begin{{tabular}}{{|P{{7.5cm}}|P{{6.5cm}}|}}\hline
Kopējās izmaksas & {tex(w["total_cost"])} \\ \hline
Pieprasītais finansējums & {tex(w["requested"])} \\ \hline
Pašvaldības līdzfinansējums & {tex(w["cofinancing"])} \\ \hline
\end{{tabular}}
\section{{Īstenošanas periods}}
{tex(w["period"])}
\section{{Apliecinājums}}
{DECL}\par\medskip
\begin{{tabular}}{{@{{}}P{{4cm}}P{{10cm}}}}
Vārds, uzvārds: & {tex(w["signatory_name"])} \\[4pt]
Amats: & {tex(w["signatory_position"])} \\[4pt]
Datums: & {tex(w["signed_on"])} \\[4pt]
Paraksts: & \rule{{6cm}}{{0.4pt}} \\
\end{{tabular}}
\end{{document}}
"""
    build(f, src)


# ---------------------------------------------------------------------------- c15
def c15() -> None:
    f = form("c15")
    w = f["w"]

    def box(n: int, pairs) -> str:
        body = "\n".join(rf"{n}.{i}. & {tex(l)} & {tex(v)} \\ \hline" for i, (l, v) in enumerate(pairs, 1))
        return (r"\begin{tabularx}{\textwidth}{|p{1cm}|>{\columncolor{gray!12}}P{5.6cm}|Y|}\hline" + "\n" + body +
                "\n" + r"\end{tabularx}" + "\n")

    rows = "\n".join(
        rf"{i}. & {tex(a['kind'])} & {tex(a['description'])} & {tex(a['period'])} & {tex(a['cost'])} & {tex(a['extra'])} \\ \hline"
        for i, a in enumerate(w["activities"], 1))
    src = rf"""\documentclass[10pt,a4paper]{{article}}
{PREAMBLE}
\setmainfont{{Liberation Sans}}
\geometry{{top=2cm,bottom=2.2cm,left=2.5cm,right=1.8cm}}
\pagestyle{{fancy}}
\fancyhf{{}}
\renewcommand{{\headrulewidth}}{{0pt}}
\fancyfoot[R]{{\footnotesize \thepage}}
\fancyfoot[L]{{\footnotesize Alūksnes novada pašvaldība}}
\newcommand{{\sect}}[1]{{\par\medskip{{\bfseries\large #1\par}}\smallskip}}
\begin{{document}}
\begin{{flushright}}1. pielikums\\ konkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam\end{{flushright}}
\begin{{center}}\Large\textbf{{PIETEIKUMA VEIDLAPA}}\end{{center}}
\sect{{1. Informācija par pieteicēju}}
{box(1, [("Pašvaldības nosaukums", w["municipality"]), ("Reģistrācijas numurs", w["registration_no"]), ("Juridiskā adrese", w["address"]), ("Plānošanas reģions", w["planning_region"]), ("Kontaktpersona (vārds, uzvārds)", w["contact_name"]), ("Amats", w["contact_position"]), ("Tālrunis", w["contact_phone"]), ("E-pasts", w["contact_email"])])}
\sect{{2. Projekta apraksts}}
{box(2, [("Projekta nosaukums", w["title"]), ("Esošie remigrācijas atbalsta pasākumi pašvaldībā", w["current_measures"]), ("Projekta mērķis", w["goal"])])}
\begin{{landscape}}
\sect{{3. Plānotās aktivitātes}}
\renewcommand{{\arraystretch}}{{1.3}}
\begin{{tabular}}{{|P{{1cm}}|P{{5.8cm}}|P{{6.2cm}}|P{{3cm}}|R{{2.6cm}}|P{{4.2cm}}|}}
\hline
\rowcolor{{gray!20}} & \multicolumn{{2}}{{c|}}{{\textbf{{Aktivitāte}}}} & & & \\ \cline{{2-3}}
\rowcolor{{gray!20}}\multirow{{-2}}{{=}}{{\textbf{{Nr.}}}} & \textbf{{Aktivitātes veids}} & \textbf{{Apraksts}} & \multirow{{-2}}{{=}}{{\textbf{{Īstenošanas laiks}}}} & \multirow{{-2}}{{=}}{{\textbf{{Plānotās izmaksas, EUR}}}} & \multirow{{-2}}{{=}}{{\textbf{{Atbildīgais}}}} \\ \hline
{rows}
\multicolumn{{4}}{{|r|}}{{\textbf{{Pavisam}}}} & \textbf{{{tex(w["activities_total"])}}} & \\ \hline
\end{{tabular}}
\end{{landscape}}
\sect{{4. Rezultatīvie rādītāji}}
{box(4, [("Plānotais remigrantu skaits", w["target_remigrants"]), ("Plānotais informēto personu skaits", w["target_reached"])])}
\sect{{5. Budžets}}
{box(5, [("Kopējās izmaksas", w["total_cost"]), ("Pieprasītais finansējums", w["requested"]), ("Pašvaldības līdzfinansējums", w["cofinancing"])])}
\sect{{6. Īstenošanas periods}}
{box(6, [("Īstenošanas periods", w["period"])])}
\sect{{7. Apliecinājums}}
{DECL}\par\smallskip
{box(7, [("Vārds, uzvārds", w["signatory_name"]), ("Amats", w["signatory_position"]), ("Datums", w["signed_on"]), ("Paraksts", "")])}
\end{{document}}
"""
    build(f, src)


if __name__ == "__main__":
    c14()
    c15()
