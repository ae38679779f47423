# -*- coding: utf-8 -*-
"""Generate the set_e forms (all but e03, which is made by gen_e03.js). Run with ../venv/bin/python."""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from data import F, W, EXP  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'files')
BUILD = os.path.join(HERE, 'build')
os.makedirs(OUT, exist_ok=True)
os.makedirs(BUILD, exist_ok=True)
E = html.escape
COMP = 'Remigrācijas sekmēšanas pakalpojumi pašvaldībās'


def run(cmd, **kw):
    print('+', ' '.join(cmd))
    subprocess.run(cmd, check=True, **kw)


def soffice(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix='lo_')
    run(['soffice', f'-env:UserInstallation=file://{prof}', '--headless', '--convert-to', fmt, '--outdir', outdir, src],
        stdout=subprocess.DEVNULL)
    shutil.rmtree(prof, ignore_errors=True)


def br(s):
    return '<br>'.join(E(x) for x in s.split('\n'))


# ---------------------------------------------------------------- e01 python-docx
def e01(name):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    f = F[name]; w = W(f)
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]; hp.text = '1. pielikums\nKonkursa nolikumam'; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = 'Pieteikuma veidlapa'
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('PIETEIKUMA VEIDLAPA'); r.bold = True; r.font.size = Pt(14)
    p = d.add_paragraph(f'konkursam „{COMP}”'); p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def head(t):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = True

    def kv(rows):
        t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
        for a, b in rows:
            c = t.add_row().cells
            c[0].text = a; c[1].text = b
            c[0].width = Cm(6.5); c[1].width = Cm(10.5)
        return t

    head('1. Informācija par pieteicēju')
    kv([('1.1. Pašvaldības nosaukums', w['municipality']), ('1.2. Reģistrācijas numurs', w['registration_no']),
        ('1.3. Juridiskā adrese', w['address']), ('1.4. Plānošanas reģions', w['planning_region']),
        ('1.5. Kontaktpersona (vārds, uzvārds)', w['contact_name']), ('1.6. Amats', w['contact_position']),
        ('1.7. Tālrunis', w['contact_phone']), ('1.8. E-pasts', w['contact_email'])])
    head('2. Projekta apraksts')
    kv([('2.1. Projekta nosaukums', w['title']),
        ('2.2. Esošie remigrācijas atbalsta pasākumi pašvaldībā', w['current_measures']),
        ('2.3. Projekta mērķis', w['goal'])])
    head('3. Plānotās aktivitātes')
    t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Nr.', 'Aktivitātes veids', 'Apraksts', 'Īstenošanas laiks', 'Plānotās izmaksas, EUR']):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for i, a in enumerate(w['acts'], 1):
        c = t.add_row().cells
        for cc, v in zip(c, [f'{i}.', a['kind'], a['description'], a['period'], a['cost']]):
            cc.text = v
    c = t.add_row().cells
    m = c[0].merge(c[3]); m.text = 'Kopā'; c[4].text = w['total_cost_eur']
    head('4. Rezultatīvie rādītāji')
    kv([('4.1. Plānotais remigrantu skaits', w['target_remigrants']),
        ('4.2. Plānotais informēto personu skaits', w['target_reached'])])
    head('5. Budžets')
    kv([('5.1. Kopējās izmaksas, EUR', w['total_cost_eur']), ('5.2. Pieprasītais finansējums, EUR', w['requested_eur'])])
    head('6. Īstenošanas periods')
    d.add_paragraph(w['period'])
    head('7. Apliecinājums')
    d.add_paragraph('Apliecinu, ka pieteikumā sniegtā informācija ir patiesa.')
    kv([('Vārds, uzvārds', w['signatory_name']), ('Amats', w['signatory_position']), ('Datums', w['signed_on'])])
    d.add_paragraph('Paraksts: ____________________')
    d.save(os.path.join(OUT, name))


# ---------------------------------------------------------------- e02 Chromium
def e02(name):
    f = F[name]; w = W(f)
    col_name, col_vals = f['extra_col']
    rows = ''.join(f'<tr><td>{i}</td><td>{E(a["kind"])}</td><td>{E(a["description"])}</td><td>{E(a["period"])}</td>'
                   f'<td class=r>{E(a["cost"])}</td><td>{E(col_vals[i-1])}</td></tr>' for i, a in enumerate(w['acts'], 1))
    P = lambda l, v: f'<p><b>{E(l)}:</b> {br(v)}</p>'
    h = f'''<!doctype html><html lang=lv><head><meta charset=utf-8><style>
@page {{ size: A4; margin: 25mm 18mm 22mm 18mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; }}
.hdr {{ position: fixed; top: -17mm; left: 0; right: 0; font-size: 8pt; color: #555; border-bottom: 1px solid #999; }}
.ftr {{ position: fixed; bottom: -14mm; left: 0; right: 0; font-size: 8pt; color: #555; text-align: center; }}
h1 {{ font-size: 15pt; text-align: center; margin-bottom: 2px; }}
h2 {{ font-size: 11pt; text-transform: uppercase; color: #1d3f6e; border-bottom: 2px solid #1d3f6e; margin-top: 18px; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #444; padding: 3px 5px; vertical-align: top; }}
th {{ background: #dde6f2; }} .r {{ text-align: right; white-space: nowrap; }}
</style></head><body>
<div class=hdr>Talsu novada pašvaldība · Pieteikums konkursam „{COMP}”</div>
<div class=ftr>Dokuments sagatavots elektroniski</div>
<h1>Pieteikums</h1><p style="text-align:center">{COMP} — 1. pielikums</p>
<h2>Informācija par pieteicēju</h2>
{P('Pašvaldība', w['municipality'])}{P('Reģ. Nr.', w['registration_no'])}{P('Adrese', w['address'])}
{P('Plānošanas reģions', w['planning_region'])}{P('Atbildīgā persona', w['contact_name'])}{P('Amats', w['contact_position'])}
{P('Telefons', w['contact_phone'])}{P('E-pasta adrese', w['contact_email'])}
<h2>Projekta apraksts</h2>
{P('Projekta nosaukums', w['title'])}{P('Esošie remigrācijas atbalsta pasākumi pašvaldībā', w['current_measures'])}
{P('Projekta mērķis', w['goal'])}
<h2>Plānotās aktivitātes</h2>
<table><tr><th>Nr.</th><th>Aktivitātes veids</th><th>Apraksts</th><th>Īstenošanas laiks</th><th>Plānotās izmaksas, EUR</th><th>{col_name}</th></tr>
{rows}</table>
<h2>Rezultatīvie rādītāji</h2>
{P('Plānotais atgriezušos personu skaits', w['target_remigrants'])}{P('Plānotais informēto personu skaits', w['target_reached'])}
<h2>Budžets</h2>
{P('Kopējās izmaksas', w['total_cost_eur'])}{P('Pieprasītā summa', w['requested_eur'])}
<h2>Īstenošanas periods</h2><p>{E(w['period'])}</p>
<h2>Apliecinājums</h2>
<p>Apliecinām, ka pašvaldība nodrošinās projekta īstenošanu atbilstoši nolikumam.</p>
{P('Vārds, uzvārds', w['signatory_name'])}{P('Amats', w['signatory_position'])}{P('Paraksta datums', w['signed_on'])}
</body></html>'''
    src = os.path.join(BUILD, 'e02.html'); open(src, 'w').write(h)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         f'--print-to-pdf={os.path.join(OUT, name)}', src], stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- e04 odfpy -> soffice pdf
def e04(name):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, \
        TableRowProperties, MasterPage, PageLayout, PageLayoutProperties, HeaderStyle, FooterStyle
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell, TableHeaderRows
    from odf import style as ostyle
    f = F[name]; w = W(f)
    doc = OpenDocumentText()
    pl = PageLayout(name='pl'); pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.5cm',
                                                                    marginbottom='1.5cm', marginleft='2.5cm', marginright='1.5cm'))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name='Standard', pagelayoutname=pl)
    hdr = ostyle.Header(); hp = P(text='Valmieras pilsētas pašvaldība — pieteikums konkursam'); hdr.addElement(hp); mp.addElement(hdr)
    doc.masterstyles.addElement(mp)
    bold = Style(name='B', family='text'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)
    ps = Style(name='Body', family='paragraph'); ps.addElement(TextProperties(fontname='Liberation Serif', fontsize='12pt', fontfamily='Liberation Serif'))
    ps.addElement(ParagraphProperties(margintop='0.05cm', marginbottom='0.05cm')); doc.automaticstyles.addElement(ps)
    hs = Style(name='Hd', family='paragraph'); hs.addElement(TextProperties(fontsize='13pt', fontweight='bold', color='#7a1f1f'))
    hs.addElement(ParagraphProperties(margintop='0.5cm', marginbottom='0.2cm')); doc.automaticstyles.addElement(hs)
    ts = Style(name='Ttl', family='paragraph'); ts.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    ts.addElement(ParagraphProperties(textalign='center')); doc.automaticstyles.addElement(ts)
    rs = Style(name='Row', family='table-row'); rs.addElement(TableRowProperties(keeptogether='always'))
    doc.automaticstyles.addElement(rs)
    cs = Style(name='Cell', family='table-cell'); cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    doc.automaticstyles.addElement(cs)
    cols = {}
    for nm, wd in [('c1', '6cm'), ('c2', '11cm'), ('n', '1cm'), ('k', '4cm'), ('d', '6cm'), ('t', '3cm'), ('e', '3cm')]:
        s = Style(name=nm, family='table-column'); s.addElement(TableColumnProperties(columnwidth=wd)); doc.automaticstyles.addElement(s); cols[nm] = s
    tstyle = Style(name='Tbl', family='table'); from odf.style import TableProperties
    tstyle.addElement(TableProperties(width='17cm', align='left')); doc.automaticstyles.addElement(tstyle)

    def para(t, sty=ps, b=False):
        p = P(stylename=sty)
        if b:
            p.addElement(Span(stylename=bold, text=t))
        else:
            p.addText(t)
        return p

    def cell(t, b=False):
        c = TableCell(stylename=cs, valuetype='string')
        for line in t.split('\n'):
            c.addElement(para(line, b=b))
        return c

    def kv(rows):
        t = Table(stylename=tstyle); t.addElement(TableColumn(stylename=cols['c1'])); t.addElement(TableColumn(stylename=cols['c2']))
        for a, b in rows:
            r = TableRow(); r.addElement(cell(a, True)); r.addElement(cell(b)); t.addElement(r)
        doc.text.addElement(t)

    doc.text.addElement(para('PIETEIKUMS', ts))
    doc.text.addElement(para(f'Konkurss „{COMP}”', ts))
    doc.text.addElement(para('I. INFORMĀCIJA PAR PIETEICĒJU', hs))
    kv([('Pašvaldības nosaukums', w['municipality']), ('Reģ. Nr.', w['registration_no']), ('Juridiskā adrese', w['address']),
        ('Plānošanas reģions', w['planning_region']), ('Kontaktpersona (vārds, uzvārds)', w['contact_name']), ('Amats', w['contact_position']),
        ('Tālr.', w['contact_phone']), ('E-pasts', w['contact_email'])])
    doc.text.addElement(para('II. PROJEKTA APRAKSTS', hs))
    kv([('Projekta nosaukums', w['title']), ('Esošie remigrācijas atbalsta pasākumi pašvaldībā', w['current_measures']),
        ('Projekta mērķis', w['goal'])])
    doc.text.addElement(para('III. PLĀNOTĀS AKTIVITĀTES', hs))
    t = Table(stylename=tstyle)
    for c in ['n', 'k', 'd', 't', 'e']:
        t.addElement(TableColumn(stylename=cols[c]))
    thr = TableHeaderRows(); r = TableRow()
    for h in ['Nr.', 'Aktivitātes veids', 'Apraksts', 'Īstenošanas laiks', 'Plānotās izmaksas, EUR']:
        r.addElement(cell(h, True))
    thr.addElement(r); t.addElement(thr)
    for i, a in enumerate(w['acts'], 1):
        r = TableRow(stylename=rs)
        for v in [f'{i}.', a['kind'], a['description'], a['period'], a['cost']]:
            r.addElement(cell(v))
        t.addElement(r)
    r = TableRow(); c = TableCell(stylename=cs, numbercolumnsspanned=4); c.addElement(para('Kopā', b=True)); r.addElement(c)
    from odf.table import CoveredTableCell
    for _ in range(3):
        r.addElement(CoveredTableCell())
    r.addElement(cell(w['total_cost_eur'], True)); t.addElement(r)
    doc.text.addElement(t)
    doc.text.addElement(para('IV. REZULTATĪVIE RĀDĪTĀJI', hs))
    kv([('Plānotais remigrantu skaits', w['target_remigrants']), ('Plānotais informēto personu skaits', w['target_reached'])])
    doc.text.addElement(para('V. BUDŽETS', hs))
    kv([('Kopējās izmaksas', w['total_cost_eur']), ('Pieprasītais finansējums', w['requested_eur']),
        ('Pašvaldības līdzfinansējums', w['cofinancing_eur'])])
    doc.text.addElement(para('VI. ĪSTENOŠANAS PERIODS', hs))
    doc.text.addElement(para(w['period']))
    doc.text.addElement(para('VII. APLIECINĀJUMS', hs))
    doc.text.addElement(para('Ar parakstu apliecinu pieteikumā norādītās informācijas patiesumu.'))
    kv([('Vārds, uzvārds', w['signatory_name']), ('Amats', w['signatory_position']), ('Datums', w['signed_on'])])
    src = os.path.join(BUILD, 'e04_valmiera.odt'); doc.save(src)
    soffice(src, 'pdf', BUILD)
    shutil.copy(os.path.join(BUILD, 'e04_valmiera.pdf'), os.path.join(OUT, name))


# ---------------------------------------------------------------- e05 HTML -> soffice docx
def e05(name):
    f = F[name]; w = W(f)
    P = lambda n, l, v: f'<p>{n} {E(l)}: {br(v)}</p>'
    rows = ''.join(f'<tr><td>{i}.</td><td>{E(a["kind"])}</td><td>{E(a["description"])}</td><td>{E(a["period"])}</td>'
                   f'<td align=right>{E(a["cost"])}</td></tr>' for i, a in enumerate(w['acts'], 1))
    h = f'''<!doctype html><html><head><meta charset="utf-8"><title>Pieteikums</title></head>
<body style="font-family:'Liberation Sans'">
<p align=right><i>1. pielikums</i></p>
<h2 align=center>PIETEIKUMS<br>{COMP}</h2>
<h3>1. INFORMĀCIJA PAR PIETEICĒJU</h3>
{P('1.1.', 'Pašvaldības nosaukums', w['municipality'])}{P('1.2.', 'Reģistrācijas numurs', w['registration_no'])}
{P('1.3.', 'Juridiskā adrese', w['address'])}{P('1.4.', 'Plānošanas reģions', w['planning_region'])}
{P('1.5.', 'Kontaktpersona (vārds, uzvārds)', w['contact_name'])}{P('1.6.', 'Amats', w['contact_position'])}
{P('1.7.', 'Tālrunis', w['contact_phone'])}{P('1.8.', 'E-pasts', w['contact_email'])}
<h3>2. PROJEKTA APRAKSTS</h3>
{P('2.1.', 'Projekta nosaukums', w['title'])}{P('2.2.', 'Esošie remigrācijas atbalsta pasākumi pašvaldībā', w['current_measures'])}
{P('2.3.', 'Projekta mērķis', w['goal'])}
<h3>3. PLĀNOTĀS AKTIVITĀTES</h3>
<table border=1 cellspacing=0 cellpadding=3 width="100%">
<tr><th>Nr.</th><th>Aktivitātes veids</th><th>Apraksts</th><th>Īstenošanas laiks</th><th>Plānotās izmaksas, EUR</th></tr>
{rows}<tr><td></td><td colspan=3><b>Kopā</b></td><td align=right><b>{E(w['total_cost_eur'])}</b></td></tr></table>
<h3>4. REZULTATĪVIE RĀDĪTĀJI</h3>
{P('4.1.', 'Plānotais remigrantu skaits', w['target_remigrants'])}{P('4.2.', 'Plānotais informēto personu skaits', w['target_reached'])}
<h3>5. BUDŽETS</h3>
{P('5.1.', 'Kopējās izmaksas', w['total_cost_eur'])}{P('5.2.', 'Pieprasītais finansējums', w['requested_eur'])}
{P('5.3.', 'Pašvaldības līdzfinansējums', w['cofinancing_eur'])}
<h3>6. ĪSTENOŠANAS PERIODS</h3><p>{E(w['period'])}</p>
<h3>7. APLIECINĀJUMS</h3>
<p>Vārds, uzvārds: {E(w['signatory_name'])}</p><p>Amats: {E(w['signatory_position'])}</p><p>Datums: {E(w['signed_on'])}</p>
</body></html>'''
    src = os.path.join(BUILD, 'e05_jelgavas_novads.html'); open(src, 'w').write(h)
    soffice(src, 'docx:MS Word 2007 XML', BUILD)
    shutil.copy(os.path.join(BUILD, 'e05_jelgavas_novads.docx'), os.path.join(OUT, name))


# ---------------------------------------------------------------- e06 XeLaTeX
def tex(s):
    rep = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_', '{': r'\{', '}': r'\}',
           '~': r'\textasciitilde{}', '^': r'\^{}', '\u00a0': '~', '"': "\\textquotedbl{}"}
    return ''.join(rep.get(c, c) for c in s).replace('\n', r'\newline ')


def e06(name):
    f = F[name]; w = W(f)
    kv = lambda rows: '\\begin{tabularx}{\\textwidth}{|L{5.2cm}|>{\\raggedright\\arraybackslash}X|}\\hline\n' + ''.join(
        f'{tex(a)} & {tex(b)} \\\\ \\hline\n' for a, b in rows) + '\\end{tabularx}\n'
    acts = ''.join(f'{i}. & {tex(a["kind"])} & {tex(a["description"])} & {tex(a["period"])} & {tex(a["cost"])} \\\\ \\hline\n'
                   for i, a in enumerate(w['acts'], 1))
    doc = r'''\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}\setmainfont{DejaVu Serif}
\usepackage[margin=2cm]{geometry}\usepackage{tabularx,longtable,array,fancyhdr,titlesec}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\newcolumntype{L}[1]{>{\raggedright\arraybackslash}p{#1}}\newcolumntype{R}[1]{>{\raggedleft\arraybackslash}p{#1}}
\pagestyle{fancy}\fancyhf{}\lhead{\small Rēzeknes pilsētas dome}\rhead{\small 1. pielikums}\cfoot{\small \thepage}
\titleformat{\section}{\large\bfseries\scshape}{\thesection.}{0.6em}{}
\setlength{\parindent}{0pt}
\begin{document}
\begin{center}{\Large\bfseries PIETEIKUMS}\\[2pt] konkursā „''' + COMP + r'''”\end{center}
\section{Informācija par pieteicēju}
''' + kv([('Pieteicējs', w['municipality']), ('Nodokļu maksātāja reģistrācijas kods', w['registration_no']),
          ('Juridiskā adrese', w['address']), ('Plānošanas reģions', w['planning_region']),
          ('Kontaktpersona (vārds, uzvārds)', w['contact_name']), ('Amats', w['contact_position']),
          ('Tālr.', w['contact_phone']), ('E-pasts', w['contact_email'])]) + r'''
\section{Projekta apraksts}
''' + kv([('Projekta nosaukums', w['title']), ('Esošie remigrācijas atbalsta pasākumi pašvaldībā', w['current_measures']),
          ('Projekta mērķis', w['goal'])]) + r'''
\section{Plānotās aktivitātes}
\begin{longtable}{|L{0.7cm}|L{3.6cm}|L{5.2cm}|L{2.6cm}|R{2.6cm}|}\hline
\textbf{Nr.} & \textbf{Aktivitātes veids} & \textbf{Apraksts} & \textbf{Īstenošanas laiks} & \textbf{Plānotās izmaksas, EUR} \\ \hline\endhead
''' + acts + r'''\multicolumn{4}{|r|}{\textbf{Pavisam}} & \textbf{''' + tex(w['total_cost_eur']) + r'''} \\ \hline
\end{longtable}
\section{Rezultatīvie rādītāji}
''' + kv([('Plānotais atgriezušos personu skaits', w['target_remigrants']),
          ('Plānotais informēto personu skaits', w['target_reached'])]) + r'''
\section{Budžets}
''' + kv([('Kopējās izmaksas', w['total_cost_eur']), ('Pieprasītais finansējums', w['requested_eur'])]) + r'''
\section{Īstenošanas periods}
''' + tex(w['period']) + r'''
\section{Apliecinājums}
Apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pilnīga.\par\medskip
''' + kv([('Vārds, uzvārds', w['signatory_name']), ('Amats', w['signatory_position']),
          ('Paraksta datums', w['signed_on'])]) + r'''
\end{document}
'''
    src = os.path.join(BUILD, 'e06_rezekne.tex'); open(src, 'w').write(doc)
    for _ in range(2):
        run(['xelatex', '-interaction=nonstopmode', '-halt-on-error', 'e06_rezekne.tex'], cwd=BUILD, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(BUILD, 'e06_rezekne.pdf'), os.path.join(OUT, name))


# ---------------------------------------------------------------- e07 pandoc md -> docx
def md(s):
    for c in '\\*_[]|<>#`':
        s = s.replace(c, '\\' + c)
    return s


def e07(name):
    f = F[name]; w = W(f)
    col_name, col_vals = f['extra_col']
    L = lambda l, v: f'**{l}:** {md(v)}\n\n'
    acts = ''.join(f'| {i}. | {md(a["kind"])} | {md(a["description"])} | {md(col_vals[i-1])} | {md(a["period"])} | {md(a["cost"])} |\n'
                   for i, a in enumerate(w['acts'], 1))
    text = f'''---
title: "Pieteikums konkursam „{COMP}”"
lang: lv
---

*1. pielikums*

# 1. Informācija par pieteicēju

{L('Pašvaldības nosaukums', w['municipality'])}{L('Reģistrācijas numurs', w['registration_no'])}{L('Juridiskā adrese', w['address'])}{L('Plānošanas reģions', w['planning_region'])}{L('Kontaktpersona (vārds, uzvārds)', w['contact_name'])}{L('Amats', w['contact_position'])}{L('Tālrunis', w['contact_phone'])}{L('E-pasts', w['contact_email'])}
# 2. Projekta apraksts

{L('Projekta nosaukums', w['title'])}**Esošie remigrācijas atbalsta pasākumi pašvaldībā:**

{md(w['current_measures'])}

**Projekta mērķis:**

{md(w['goal'])}

# 3. Plānotās aktivitātes

| Nr. | Aktivitātes veids | Apraksts | {col_name} | Īstenošanas laiks | Plānotās izmaksas, EUR |
|---|------------|------------------|---------|--------|------:|
{acts}|  | **Kopā** |  |  |  | **{md(w['total_cost_eur'])}** |

# 4. Rezultatīvie rādītāji

{L('Plānotais remigrantu skaits', w['target_remigrants'])}{L('Plānotais informēto personu skaits', w['target_reached'])}
# 5. Budžets

{L('Kopējās izmaksas', w['total_cost_eur'])}{L('Pieprasītais finansējums', w['requested_eur'])}{L('Pašvaldības līdzfinansējums', w['cofinancing_eur'])}
# 6. Īstenošanas periods

{md(w['period'])}

# 7. Apliecinājums

Apliecinu, ka sniegtā informācija ir patiesa.

{L('Vārds, uzvārds', w['signatory_name'])}{L('Amats', w['signatory_position'])}{L('Datums', w['signed_on'])}'''
    src = os.path.join(BUILD, 'e07.md'); open(src, 'w').write(text)
    run(['pandoc', '-f', 'markdown-smart', src, '-o', os.path.join(OUT, name)])


# ---------------------------------------------------------------- e08 ReportLab
def e08(name):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
    f = F[name]; w = W(f)
    N = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=12.5)
    B = ParagraphStyle('b', parent=N, fontName='DVB')
    H = ParagraphStyle('h', fontName='DVB', fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=5, textColor=colors.HexColor('#2b5d34'))
    T = ParagraphStyle('t', fontName='DVB', fontSize=14, leading=18, alignment=1)
    p = lambda s, st=N: Paragraph(E(s).replace('\n', '<br/>'), st)
    ts = TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                     ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#eef3ee'))])

    def kv(rows):
        return Table([[p(a, B), p(b)] for a, b in rows], colWidths=[5.5 * cm, 11.5 * cm], style=ts)

    story = [p('1. pielikums', ParagraphStyle('r', parent=N, alignment=2)), p('PIETEIKUMS', T),
             p(f'konkursam „{COMP}”', ParagraphStyle('c', parent=N, alignment=1)),
             p('1. Informācija par pieteicēju', H),
             kv([('Pašvaldības nosaukums', w['municipality']), ('Reģistrācijas numurs', w['registration_no']),
                 ('Adrese', w['address']), ('Plānošanas reģions', w['planning_region']),
                 ('Kontaktpersona (vārds, uzvārds)', w['contact_name']), ('Amats', w['contact_position']),
                 ('Tālrunis', w['contact_phone']), ('E-pasts', w['contact_email'])]),
             p('2. Projekta apraksts', H),
             kv([('Projekta nosaukums', w['title']), ('Esošie remigrācijas atbalsta pasākumi pašvaldībā', w['current_measures']),
                 ('Projekta mērķis', w['goal'])]),
             Spacer(1, 4.6 * cm),
             p('3. Plānotās aktivitātes', H)]
    data = [[p(h, B) for h in ['Nr.', 'Aktivitātes veids', 'Apraksts', 'Īstenošanas laiks', 'Plānotās izmaksas, EUR']]]
    for i, a in enumerate(w['acts'], 1):
        data.append([p(f'{i}.'), p(a['kind']), p(a['description']), p(a['period']), p(a['cost'])])
    data.append(['', p('Kopā', B), '', '', p(w['total_cost_eur'], B)])
    story.append(Table(data, colWidths=[1 * cm, 4 * cm, 6 * cm, 3.2 * cm, 2.8 * cm], repeatRows=1,
                       style=TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                         ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d7e6d7')), ('SPAN', (1, -1), (3, -1))])))
    story += [p('4. Rezultatīvie rādītāji', H),
              kv([('Plānotais remigrantu skaits', w['target_remigrants']), ('Plānotais informēto personu skaits', w['target_reached'])]),
              p('5. Budžets (EUR)', H),
              kv([('Kopējās izmaksas', w['total_cost_eur']), ('Pieprasītais finansējums', w['requested_eur']),
                  ('Pašvaldības līdzfinansējums', w['cofinancing_eur'])]),
              p('6. Īstenošanas periods', H), p(w['period']),
              p('7. Apliecinājums', H), p('Apliecinu, ka pieteikumā sniegtā informācija ir patiesa.'), Spacer(1, 6),
              kv([('Vārds, uzvārds', w['signatory_name']), ('Amats', w['signatory_position']), ('Datums', w['signed_on'])])]

    def foot(c, d):
        c.saveState(); c.setFont('DV', 8)
        c.drawString(2 * cm, 1.2 * cm, 'Madonas novada pašvaldība — pieteikums remigrācijas konkursam')
        c.drawRightString(19 * cm, 1.2 * cm, f'{d.page}. lpp.'); c.restoreState()

    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm, title='Pieteikums', author='Madonas novada pašvaldība')
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------- e09 fpdf2 + ghostscript
def e09(name):
    from fpdf import FPDF
    f = F[name]; w = W(f)
    pdf = FPDF(format='A4'); pdf.set_margins(22, 18, 18); pdf.set_auto_page_break(True, 18)
    pdf.add_font('LS', '', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf')
    pdf.add_font('LS', 'B', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf')
    pdf.add_font('LS', 'I', '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf')
    pdf.add_page()
    pdf.set_font('LS', 'I', 9); pdf.cell(0, 5, '1. pielikums', align='R', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('LS', 'B', 14); pdf.multi_cell(0, 7, f'Pieteikums konkursam\n„{COMP}”', align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(3)

    def sec(t):
        pdf.ln(3); pdf.set_font('LS', 'B', 11.5); pdf.set_fill_color(230, 230, 230)
        pdf.cell(0, 7, t, fill=True, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)

    def lab(l, v):
        pdf.set_font('LS', 'B', 9.5); pdf.cell(0, 5, l, new_x='LMARGIN', new_y='NEXT')
        pdf.set_font('LS', '', 10.5); pdf.multi_cell(0, 5.2, v, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.5)

    sec('1. Informācija par pieteicēju')
    for l, k in [('Pašvaldības nosaukums', 'municipality'), ('Reģistrācijas numurs', 'registration_no'), ('Juridiskā adrese', 'address'),
                 ('Plānošanas reģions', 'planning_region'), ('Kontaktpersona (vārds, uzvārds)', 'contact_name'),
                 ('Amats', 'contact_position'), ('Telefons', 'contact_phone'), ('E-pasts', 'contact_email')]:
        lab(l, w[k])
    sec('2. Projekta apraksts')
    for l, k in [('Projekta nosaukums', 'title'), ('Esošie remigrācijas atbalsta pasākumi pašvaldībā', 'current_measures'),
                 ('Projekta mērķis', 'goal')]:
        lab(l, w[k])
    sec('3. Plānotās aktivitātes')
    pdf.set_font('LS', '', 9)
    with pdf.table(col_widths=(8, 36, 74, 24, 28), text_align=('LEFT', 'LEFT', 'LEFT', 'LEFT', 'RIGHT'), line_height=5) as t:
        r = t.row()
        for h in ['Nr.', 'Aktivitātes veids', 'Apraksts', 'Īstenošanas laiks', 'Plānotās izmaksas, EUR']:
            r.cell(h)
        for i, a in enumerate(w['acts'], 1):
            r = t.row()
            for v in [str(i), a['kind'], a['description'], a['period'], a['cost']]:
                r.cell(v)
    sec('4. Rezultatīvie rādītāji')
    lab('Plānotais remigrantu skaits', w['target_remigrants']); lab('Plānotais informēto personu skaits', w['target_reached'])
    sec('5. Budžets')
    lab('Kopējās izmaksas', w['total_cost_eur']); lab('Pieprasītā summa', w['requested_eur'])
    sec('6. Īstenošanas periods')
    pdf.set_font('LS', '', 10.5); pdf.multi_cell(0, 5.2, w['period'], new_x='LMARGIN', new_y='NEXT')
    sec('7. Apliecinājums')
    lab('Vārds, uzvārds', w['signatory_name']); lab('Amats', w['signatory_position']); lab('Datums', w['signed_on'])
    raw = os.path.join(BUILD, 'e09_raw.pdf'); pdf.output(raw)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
         f'-sOutputFile={os.path.join(OUT, name)}', raw])


# ---------------------------------------------------------------- e10 AbiWord
def e10(name):
    f = F[name]; w = W(f)
    R = lambda l, v: f'<tr><td width="40%">{E(l)}</td><td>{br(v)}</td></tr>'
    rows = ''.join(f'<tr><td>{i}</td><td>{E(a["kind"])}</td><td>{E(a["description"])}</td><td>{E(a["period"])}</td>'
                   f'<td>{E(a["cost"])}</td></tr>' for i, a in enumerate(w['acts'], 1))
    h = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b>PIETEIKUMS</b></p><p>{COMP}</p>
<p><b><u>Informācija par pieteicēju</u></b></p>
<table border="1">{R('Pašvaldības nosaukums', w['municipality'])}{R('Reģistrācijas numurs', w['registration_no'])}
{R('Adrese', w['address'])}{R('Plānošanas reģions', w['planning_region'])}{R('Kontaktpersona (vārds, uzvārds)', w['contact_name'])}
{R('Amats', w['contact_position'])}{R('Tālrunis', w['contact_phone'])}{R('E-pasts', w['contact_email'])}</table>
<p><b><u>Projekta apraksts</u></b></p>
<table border="1">{R('Projekta nosaukums', w['title'])}{R('Esošie remigrācijas atbalsta pasākumi pašvaldībā', w['current_measures'])}
{R('Projekta mērķis', w['goal'])}</table>
<p><b><u>Plānotās aktivitātes</u></b></p>
<table border="1"><tr><td><b>Nr.</b></td><td><b>Aktivitātes veids</b></td><td><b>Apraksts</b></td><td><b>Īstenošanas laiks</b></td><td><b>Plānotās izmaksas, EUR</b></td></tr>
{rows}</table>
<p><b><u>Rezultatīvie rādītāji</u></b></p>
<table border="1">{R('Plānotais remigrantu skaits', w['target_remigrants'])}{R('Plānotais informēto personu skaits', w['target_reached'])}</table>
<p><b><u>Budžets</u></b></p>
<table border="1">{R('Kopējās izmaksas', w['total_cost_eur'])}{R('Pieprasītais finansējums', w['requested_eur'])}</table>
<p><b><u>Īstenošanas periods</u></b></p><p>{E(w['period'])}</p>
<p><b><u>Apliecinājums</u></b></p>
<table border="1">{R('Vārds, uzvārds', w['signatory_name'])}{R('Amats', w['signatory_position'])}{R('Datums', w['signed_on'])}</table>
</body></html>'''
    src = os.path.join(BUILD, 'e10.html'); open(src, 'w').write(h)
    run(['abiword', '--to=docx', src, '-o', os.path.join(OUT, name)], stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- e11 wkhtmltopdf
def e11(name):
    f = F[name]; w = W(f)
    B = lambda l, v: f'<div class=box><div class=lab>{E(l)}</div><div class=val>{br(v)}</div></div>'
    rows = ''.join(f'<tr><td>{i}.</td><td>{E(a["kind"])}</td><td>{E(a["description"])}</td><td>{E(a["period"])}</td>'
                   f'<td class=r>{E(a["cost"])}</td></tr>' for i, a in enumerate(w['acts'], 1))
    h = f'''<!doctype html><html><head><meta charset="utf-8"><style>
body {{ font-family: "DejaVu Sans"; font-size: 10pt; }}
h1 {{ font-size: 14pt; text-align:center }} h2 {{ font-size: 11pt; background:#6b2737; color:#fff; padding:3px 6px; }}
.box {{ border:1px solid #bbb; margin:4px 0; padding:3px 6px; }} .lab {{ font-size:8pt; color:#555; }}
.val {{ font-size:10.5pt; }} table {{ border-collapse:collapse; width:100% }} td,th {{ border:1px solid #777; padding:3px; vertical-align:top }}
.r {{ text-align:right }}
</style></head><body>
<h1>PIETEIKUMS<br><small>{COMP}</small></h1>
<h2>Informācija par pieteicēju</h2>
{B('Pašvaldības nosaukums', w['municipality'])}{B('Reģistrācijas numurs', w['registration_no'])}{B('Juridiskā adrese', w['address'])}
{B('Plānošanas reģions', w['planning_region'])}{B('Kontaktpersona (vārds, uzvārds)', w['contact_name'])}{B('Amats', w['contact_position'])}
{B('Tālrunis', w['contact_phone'])}{B('E-pasta adrese', w['contact_email'])}
<h2>Projekta apraksts</h2>
{B('Projekta nosaukums', w['title'])}{B('Esošie remigrācijas atbalsta pasākumi pašvaldībā', w['current_measures'])}{B('Projekta mērķis', w['goal'])}
<h2>Plānotās aktivitātes</h2>
<table><tr><th>Nr.</th><th>Aktivitātes veids</th><th>Apraksts</th><th>Īstenošanas laiks</th><th>Plānotās izmaksas, EUR</th></tr>
{rows}<tr><td colspan=4 class=r><b>Kopā:</b></td><td class=r><b>{E(w['total_cost_eur'])}</b></td></tr></table>
<h2>Rezultatīvie rādītāji</h2>
{B('Plānotais remigrantu skaits', w['target_remigrants'])}{B('Plānotais informēto personu skaits', w['target_reached'])}
<h2>Budžets</h2>
{B('Kopējās izmaksas', w['total_cost_eur'])}{B('Pieprasītais finansējums', w['requested_eur'])}
<h2>Īstenošanas periods</h2><p>{E(w['period'])}</p>
<h2>Apliecinājums</h2>
{B('Vārds, uzvārds', w['signatory_name'])}{B('Amats', w['signatory_position'])}{B('Datums', w['signed_on'])}
</body></html>'''
    src = os.path.join(BUILD, 'e11.html'); open(src, 'w').write(h)
    run(['wkhtmltopdf', '-q', '--encoding', 'utf-8', '--footer-center', 'Augšdaugavas novada pašvaldība — [page]/[topage]',
         '--footer-font-size', '7', src, os.path.join(OUT, name)])


# ---------------------------------------------------------------- e12 docx-mailmerge
def e12(name):
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt
    from mailmerge import MailMerge
    f = F[name]; w = W(f)

    def fld(par, field):
        par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" MERGEFIELD {field} \\* MERGEFORMAT ">'
                                f'<w:r><w:t>«{field}»</w:t></w:r></w:fldSimple>'))

    d = Document(); d.styles['Normal'].font.name = 'Arial'; d.styles['Normal'].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = 'Ventspils pilsētas dome · Jūras iela 36, Ventspils'
    d.add_heading('Pieteikums', 0)
    d.add_paragraph(f'Konkurss "{COMP}" (1. pielikums)')
    fields = {}
    return _e12_body(d, fld, fields, w, name, MailMerge)


def _e12_body(d, fld, fields, w, name, MailMerge):
    # sections as 3-column tables: number | label | value
    def tbl(title, rows):
        d.add_heading(title, 2)
        t = d.add_table(rows=0, cols=3); t.style = 'Table Grid'
        for n, l, k in rows:
            c = t.add_row().cells
            c[0].text = n; c[1].text = l; fld(c[2].paragraphs[0], k); fields[k] = w[k]

    tbl('1. Informācija par pieteicēju', [('1.1.', 'Pieteicējs:', 'municipality'), ('1.2.', 'Reģ. Nr.:', 'registration_no'),
                                          ('1.3.', 'Juridiskā adrese:', 'address'), ('1.4.', 'Plānošanas reģions:', 'planning_region'),
                                          ('1.5.', 'Atbildīgā persona:', 'contact_name'), ('1.6.', 'Amats:', 'contact_position'),
                                          ('1.7.', 'Tālr.:', 'contact_phone'), ('1.8.', 'E-pasts:', 'contact_email')])
    tbl('2. Projekta apraksts', [('2.1.', 'Projekta nosaukums:', 'title'),
                                 ('2.2.', 'Esošie remigrācijas atbalsta pasākumi pašvaldībā:', 'current_measures'),
                                 ('2.3.', 'Projekta mērķis:', 'goal')])
    d.add_heading('3. Plānotās aktivitātes', 2)
    t = d.add_table(rows=2, cols=5); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Nr.', 'Aktivitātes veids', 'Apraksts', 'Īstenošanas laiks', 'Plānotās izmaksas, EUR']):
        c.text = h
    for c, k in zip(t.rows[1].cells, ['act_nr', 'act_kind', 'act_desc', 'act_period', 'act_cost']):
        fld(c.paragraphs[0], k)
    c = t.add_row().cells; c[1].text = 'Kopā'; fld(c[4].paragraphs[0], 'total_cost_eur')
    tbl('4. Rezultatīvie rādītāji', [('4.1.', 'Plānotais remigrantu skaits:', 'target_remigrants'),
                                     ('4.2.', 'Plānotais informēto personu skaits:', 'target_reached')])
    tbl('5. Budžets', [('5.1.', 'Kopējās izmaksas (EUR):', 'total_cost_eur'), ('5.2.', 'Pieprasītais finansējums (EUR):', 'requested_eur')])
    d.add_heading('6. Īstenošanas periods', 2)
    p = d.add_paragraph(); fld(p, 'period'); fields['period'] = w['period']
    d.add_heading('7. Apliecinājums', 2)
    d.add_paragraph('Apliecinu, ka pieteikumā iekļautā informācija ir patiesa.')
    t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for l, k in [('Vārds, uzvārds', 'signatory_name'), ('Amats', 'signatory_position'), ('Datums', 'signed_on')]:
        c = t.add_row().cells; c[0].text = l; fld(c[1].paragraphs[0], k); fields[k] = w[k]
    tpl = os.path.join(BUILD, 'e12_template.docx'); d.save(tpl)
    m = MailMerge(tpl)
    m.merge(**fields)
    m.merge_rows('act_kind', [dict(act_nr=f'{i}.', act_kind=a['kind'], act_desc=a['description'], act_period=a['period'],
                                   act_cost=a['cost']) for i, a in enumerate(w['acts'], 1)])
    m.write(os.path.join(OUT, name)); m.close()


def e03_json(name):
    f = F[name]
    json.dump(dict(w=W(f), comp=COMP), open(os.path.join(BUILD, 'e03.json'), 'w'), ensure_ascii=False, indent=1)


GEN = {'e01_preilu_novads.docx': e01, 'e02_talsu_novads.pdf': e02, 'e03_siguldas_novads.docx': e03_json,
       'e04_valmiera.pdf': e04, 'e05_jelgavas_novads.docx': e05, 'e06_rezekne.pdf': e06, 'e07_kuldigas_novads.docx': e07,
       'e08_madonas_novads.pdf': e08, 'e09_bauskas_novads.pdf': e09, 'e10_ogres_novads.docx': e10,
       'e11_augsdaugavas_novads.pdf': e11, 'e12_ventspils.docx': e12}

if __name__ == '__main__':
    only = sys.argv[1:]
    for n, g in GEN.items():
        if not only or any(o in n for o in only):
            g(n)
    exp = {n: dict(producer=F[n]['producer'], form=EXP(F[n])) for n in F}
    json.dump(exp, open(os.path.join(OUT, 'expected.json'), 'w'), ensure_ascii=False, indent=2)
