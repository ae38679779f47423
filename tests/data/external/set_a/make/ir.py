"""A tiny document model and three hand-written writers (flat ODF, HTML, RTF).

The forms are described once as blocks (paragraphs, tables, frames) and written
in the source format of the office program that produces the final .docx/.pdf,
so no python-docx is involved anywhere.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape as hesc
from xml.sax.saxutils import escape as xesc

TAB = object()   # a tab character inside a paragraph
BR = object()    # a line break inside a paragraph
PAGE = object()  # page number field
PAGES = object()  # page count field


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Para:
    runs: list  # Run | TAB | BR | PAGE | PAGES
    kind: str = "normal"  # normal | title | h1 | h2 | small
    align: str | None = None  # left | center | right | justify
    tabstop_cm: float | None = None
    outline: bool = False  # heading with automatic outline numbering (fodt)
    autonum: bool = False  # paragraph is an automatically numbered list item (fodt)
    indent_cm: float | None = None
    keep_next: bool = False


@dataclass
class Cell:
    paras: list
    colspan: int = 1
    rowspan: int = 1
    shade: bool = False
    valign: str | None = None


@dataclass
class Table:
    widths_cm: list
    rows: list  # list of list of Cell | None (None = covered by a span)
    header_rows: int = 0  # rows repeated on each page
    borders: bool = True


@dataclass
class Frame:
    paras: list
    width_cm: float = 17.0
    height_cm: float = 2.2


@dataclass
class PageBreak:
    pass


@dataclass
class Doc:
    blocks: list
    header: list = field(default_factory=list)  # list of Para
    footer: list = field(default_factory=list)
    title: str = ""
    author: str = ""
    font: str = "Liberation Serif"
    size_pt: float = 12
    margins_cm: float = 2.0
    outline_numbering: bool = False


def P(*items, **kw) -> Para:
    """Para from strings (plain), ('b', text) bold, TAB/BR markers."""
    runs = []
    for it in items:
        if isinstance(it, tuple):
            tag, text = it
            runs.append(Run(text, bold="b" in tag, italic="i" in tag))
        elif isinstance(it, str):
            runs.append(Run(it))
        else:
            runs.append(it)
    return Para(runs, **kw)


def C(*paras, **kw) -> Cell:
    ps = [p if isinstance(p, Para) else P(p) for p in paras]
    return Cell(ps, **kw)


def span_row(cell: Cell, ncols: int) -> list:
    cell.colspan = ncols
    return [cell] + [None] * (ncols - 1)


# ---------------------------------------------------------------- flat ODF
_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><meta:initial-creator>{author}</meta:initial-creator><dc:creator>{author}</dc:creator><dc:language>lv-LV</dc:language></office:meta>
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="lv" fo:country="LV"/>
 </style:default-style>
 <style:default-style style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="1" style:class="text">
  <style:text-properties fo:font-size="{h1}pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="2" style:class="text">
  <style:text-properties fo:font-size="{size}pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-bottom="0.05cm"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Frame" style:family="graphic">
  <style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:border="none" fo:padding="0.1cm"/>
 </style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="{onum}" style:num-suffix="{osuf}">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="" />
 </text:outline-style>
 <text:list-style style:name="NrList">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{mtop}cm" fo:margin-bottom="{mbot}cm" fo:margin-left="{m}cm" fo:margin-right="{m}cm" style:print-orientation="portrait"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Tbi" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="CellBS" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9"/></style:style>
 <style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="none"/></style:style>
 <style:style style:name="CellNS" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="none" fo:background-color="#e7e6e6"/></style:style>
 <style:style style:name="Frame1" style:family="graphic" style:parent-style-name="Frame">
  <style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" fo:border-bottom="1.5pt solid #1f3864"/>
 </style:style>
{auto}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
{hf}
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


class FodtWriter:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.auto: dict[str, str] = {}
        self.ntab = 0
        self.nframe = 0

    def pstyle(self, para: Para, in_cell: bool) -> str:
        base = {
            "normal": "Table_20_Contents" if in_cell else "Standard",
            "title": "Title",
            "h1": "Heading_20_1",
            "h2": "Heading_20_2",
            "small": "Small",
        }[para.kind]
        props = []
        if para.align:
            props.append(f'fo:text-align="{ {"left": "start", "right": "end"}.get(para.align, para.align) }"')
        if para.indent_cm is not None:
            props.append(f'fo:margin-left="{para.indent_cm}cm"')
        if para.keep_next:
            props.append('fo:keep-with-next="always"')
        inner = ""
        if para.tabstop_cm is not None:
            inner = (f'<style:tab-stops><style:tab-stop style:position="{para.tabstop_cm}cm"/>'
                     f'</style:tab-stops>')
        if not props and not inner:
            return base
        key = (base, tuple(props), inner)
        name = self.auto.get(str(key))
        if name is None:
            name = f"P{len(self.auto) + 1}"
            self.auto[str(key)] = name
            self._pdefs = getattr(self, "_pdefs", [])
            self._pdefs.append(
                f' <style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{base}">'
                f'<style:paragraph-properties {" ".join(props)}>{inner}</style:paragraph-properties></style:style>')
        return name

    def runs(self, runs: list) -> str:
        out = []
        for r in runs:
            if r is TAB:
                out.append("<text:tab/>")
            elif r is BR:
                out.append("<text:line-break/>")
            elif r is PAGE:
                out.append('<text:page-number text:select-page="current">1</text:page-number>')
            elif r is PAGES:
                out.append("<text:page-count>1</text:page-count>")
            else:
                t = xesc(r.text)
                # keep runs of spaces
                t = t.replace("  ", ' <text:s/>')
                st = "Tbi" if r.bold and r.italic else "Tb" if r.bold else "Ti" if r.italic else None
                out.append(f'<text:span text:style-name="{st}">{t}</text:span>' if st else t)
        return "".join(out)

    def para(self, p: Para, in_cell: bool = False) -> str:
        st = self.pstyle(p, in_cell)
        body = self.runs(p.runs)
        if p.outline:
            return f'<text:h text:style-name="{st}" text:outline-level="1">{body}</text:h>'
        if p.kind in ("h1", "h2"):
            lvl = 1 if p.kind == "h1" else 2
            return f'<text:h text:style-name="{st}" text:outline-level="{lvl}">{body}</text:h>'
        if p.autonum:
            return (f'<text:list text:style-name="NrList" text:continue-numbering="true">'
                    f'<text:list-item><text:p text:style-name="{st}">{body}</text:p></text:list-item></text:list>')
        return f'<text:p text:style-name="{st}">{body}</text:p>'

    def table(self, t: Table) -> str:
        self.ntab += 1
        n = self.ntab
        width = sum(t.widths_cm)
        defs = [f' <style:style style:name="Tab{n}" style:family="table"><style:table-properties '
                f'style:width="{width}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>']
        cols = []
        for i, w in enumerate(t.widths_cm):
            defs.append(f' <style:style style:name="Tab{n}.C{i}" style:family="table-column">'
                        f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
            cols.append(f'<table:table-column table:style-name="Tab{n}.C{i}"/>')
        self._tdefs = getattr(self, "_tdefs", [])
        self._tdefs.extend(defs)
        out = [f'<table:table table:name="Tabula{n}" table:style-name="Tab{n}">', "".join(cols)]
        for ri, row in enumerate(t.rows):
            if ri == 0 and t.header_rows:
                out.append("<table:table-header-rows>")
            out.append("<table:table-row>")
            for cell in row:
                if cell is None:
                    out.append("<table:covered-table-cell/>")
                    continue
                st = ("CellB" if t.borders else "CellN") + ("S" if cell.shade else "")
                attrs = f'table:style-name="{st}" office:value-type="string"'
                if cell.colspan > 1:
                    attrs += f' table:number-columns-spanned="{cell.colspan}"'
                if cell.rowspan > 1:
                    attrs += f' table:number-rows-spanned="{cell.rowspan}"'
                inner = "".join(self.para(p, True) for p in cell.paras) or '<text:p text:style-name="Table_20_Contents"/>'
                out.append(f"<table:table-cell {attrs}>{inner}</table:table-cell>")
            out.append("</table:table-row>")
            if t.header_rows and ri == t.header_rows - 1:
                out.append("</table:table-header-rows>")
        out.append("</table:table>")
        return "".join(out)

    def frame(self, f: Frame) -> str:
        self.nframe += 1
        inner = "".join(self.para(p) for p in f.paras)
        return (f'<text:p text:style-name="Standard"><draw:frame draw:style-name="Frame1" draw:name="Veidlapa{self.nframe}" '
                f'text:anchor-type="paragraph" svg:width="{f.width_cm}cm" draw:z-index="0">'
                f'<draw:text-box fo:min-height="{f.height_cm}cm">{inner}</draw:text-box></draw:frame></text:p>'
                + '<text:p text:style-name="Standard"/>' * 3)

    def render(self) -> str:
        d = self.doc
        body = []
        for b in d.blocks:
            if isinstance(b, Para):
                body.append(self.para(b))
            elif isinstance(b, Table):
                body.append(self.table(b))
            elif isinstance(b, Frame):
                body.append(self.frame(b))
            elif isinstance(b, PageBreak):
                key = "pagebreak"
                if key not in self.auto:
                    self.auto[key] = "PB"
                    self._pdefs = getattr(self, "_pdefs", [])
                    self._pdefs.append(' <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard">'
                                       '<style:paragraph-properties fo:break-before="page"/></style:style>')
                body.append('<text:p text:style-name="PB"/>')
        hf = ""
        if d.header:
            hf += "<style:header>" + "".join(self.para(p).replace("Standard", "Header", 1) if p.kind == "normal" else self.para(p) for p in d.header) + "</style:header>"
        if d.footer:
            hf += "<style:footer>" + "".join(self.para(p).replace("Standard", "Footer", 1) if p.kind == "normal" else self.para(p) for p in d.footer) + "</style:footer>"
        auto = "\n".join(getattr(self, "_pdefs", []) + getattr(self, "_tdefs", []))
        head = _FODT_HEAD.format(title=xesc(d.title), author=xesc(d.author), font=d.font, size=d.size_pt,
                                 h1=d.size_pt + 1, m=d.margins_cm, mtop=d.margins_cm - (0.8 if d.header else 0),
                                 mbot=d.margins_cm - (0.8 if d.footer else 0), auto=auto, hf=hf,
                                 onum="1" if d.outline_numbering else "", osuf="." if d.outline_numbering else "")
        return head + "\n".join(body) + "\n</office:text></office:body></office:document>\n"


# ---------------------------------------------------------------- HTML
def html_runs(runs: list) -> str:
    out = []
    for r in runs:
        if r is TAB:
            out.append("&#9;")
        elif r is BR:
            out.append("<br>")
        elif r is PAGE or r is PAGES:
            continue
        else:
            t = hesc(r.text, quote=False)
            if r.bold:
                t = f"<b>{t}</b>"
            if r.italic:
                t = f"<i>{t}</i>"
            out.append(t)
    return "".join(out)


def html_para(p: Para) -> str:
    tag = {"title": "h1", "h1": "h2", "h2": "h3"}.get(p.kind, "p")
    style = f' style="text-align:{p.align}"' if p.align else ""
    if p.kind == "small":
        return f"<p{style}><small><i>{html_runs(p.runs)}</i></small></p>"
    inner = html_runs(p.runs)
    return f"<{tag}{style}>{inner or '&nbsp;'}</{tag}>"


def html_doc(doc: Doc, css: str = "", cell_pad: int = 4, col_widths: bool = True,
             thead: bool = True) -> str:
    parts = []
    for b in doc.blocks:
        if isinstance(b, Para):
            parts.append(html_para(b))
        elif isinstance(b, Frame):
            parts.append("<div>" + "".join(html_para(p) for p in b.paras) + "</div>")
        elif isinstance(b, PageBreak):
            parts.append('<p style="page-break-before:always"></p>')
        elif isinstance(b, Table):
            border = ' border="1"' if b.borders else ""
            rows = []
            total = sum(b.widths_cm)
            cols = "".join(f'<col width="{round(w / total * 100)}%">' for w in b.widths_cm) if col_widths else ""
            for ri, row in enumerate(b.rows):
                cells = []
                for cell in row:
                    if cell is None:
                        continue
                    tag = "th" if ri < b.header_rows else "td"
                    a = ""
                    if cell.colspan > 1:
                        a += f' colspan="{cell.colspan}"'
                    if cell.rowspan > 1:
                        a += f' rowspan="{cell.rowspan}"'
                    if cell.shade:
                        a += ' bgcolor="#d9d9d9"'
                    inner = "".join(html_para(p) for p in cell.paras) if len(cell.paras) > 1 else (
                        html_runs(cell.paras[0].runs) if cell.paras else "")
                    cells.append(f"<{tag}{a} valign=\"top\">{inner}</{tag}>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            head = ""
            if b.header_rows and not thead:
                parts.append(f'<table{border} cellspacing="0" cellpadding="{cell_pad}">' + "".join(rows) + "</table>")
                continue
            if b.header_rows:
                head = "<thead>" + "".join(rows[:b.header_rows]) + "</thead>"
                rows = rows[b.header_rows:]
            parts.append(f'<table{border} cellspacing="0" cellpadding="{cell_pad}" width="100%">{cols}{head}<tbody>'
                         + "".join(rows) + "</tbody></table>")
    return ('<!DOCTYPE html>\n<html lang="lv">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{hesc(doc.title)}</title>\n<meta name=\"author\" content=\"{hesc(doc.author)}\">\n"
            f"<style>{css}</style>\n</head>\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- RTF
def rtf_text(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o == 0xA0:
            out.append("\\~")
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def rtf_runs(runs: list) -> str:
    out = []
    for r in runs:
        if r is TAB:
            out.append("\\tab ")
        elif r is BR:
            out.append("\\line ")
        elif r is PAGE:
            out.append("{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}")
        elif r is PAGES:
            out.append("{\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 1}}")
        else:
            t = rtf_text(r.text)
            if r.bold:
                t = "{\\b " + t + "}"
            if r.italic:
                t = "{\\i " + t + "}"
            out.append(t)
    return "".join(out)


def rtf_pfmt(p: Para, size_hp: int) -> str:
    f = "\\pard\\plain\\sa100"
    f += {"center": "\\qc", "right": "\\qr", "justify": "\\qj"}.get(p.align or "", "")
    if p.tabstop_cm:
        f += f"\\tx{int(p.tabstop_cm * 567)}"
    if p.indent_cm:
        f += f"\\li{int(p.indent_cm * 567)}"
    sz = {"title": size_hp + 8, "h1": size_hp + 2, "h2": size_hp, "small": size_hp - 4}.get(p.kind, size_hp)
    f += f"\\f0\\fs{sz}"
    if p.kind in ("title", "h1", "h2"):
        f += "\\b"
    if p.kind == "small":
        f += "\\i"
    if p.kind == "h1":
        f += "\\keepn\\sb200"
    return f + " "


def rtf_doc(doc: Doc) -> str:
    hp = int(doc.size_pt * 2)
    out = ["{\\rtf1\\ansi\\ansicpg1257\\deff0\\deflang1062",
           "{\\fonttbl{\\f0\\froman\\fcharset186 " + doc.font + ";}}",
           "{\\colortbl;\\red0\\green0\\blue0;\\red217\\green217\\blue217;}",
           "{\\info{\\title " + rtf_text(doc.title) + "}{\\author " + rtf_text(doc.author) + "}}",
           f"\\paperw11906\\paperh16838\\margl{int(doc.margins_cm*567)}\\margr{int(doc.margins_cm*567)}"
           f"\\margt{int(doc.margins_cm*567)}\\margb{int(doc.margins_cm*567)}\\uc1"]
    if doc.header:
        out.append("{\\header " + "".join(rtf_pfmt(p, hp - 6) + rtf_runs(p.runs) + "\\par " for p in doc.header) + "}")
    if doc.footer:
        out.append("{\\footer " + "".join(rtf_pfmt(p, hp - 6) + rtf_runs(p.runs) + "\\par " for p in doc.footer) + "}")
    for b in doc.blocks:
        if isinstance(b, Para):
            out.append(rtf_pfmt(b, hp) + rtf_runs(b.runs) + "\\par")
        elif isinstance(b, PageBreak):
            out.append("\\page")
        elif isinstance(b, Frame):
            for p in b.paras:
                out.append(rtf_pfmt(p, hp) + rtf_runs(p.runs) + "\\par")
        elif isinstance(b, Table):
            ncol = len(b.widths_cm)
            edges = []
            x = 0
            for w in b.widths_cm:
                x += int(w * 567)
                edges.append(x)
            # grid of (origin cell, is_first_h, is_first_v) per position
            grid = [[None] * ncol for _ in b.rows]
            for ri, row in enumerate(b.rows):
                ci = 0
                for cell in row:
                    if cell is None:
                        ci += 1
                        continue
                    for dr in range(cell.rowspan):
                        for dc in range(cell.colspan):
                            grid[ri + dr][ci + dc] = (cell, dc == 0, dr == 0)
                    ci += 1
            for ri, row in enumerate(b.rows):
                line = ["\\trowd\\trgaph70\\trleft0"]
                if ri < b.header_rows:
                    line.append("\\trhdr")
                for ci in range(ncol):
                    cell, fh, fv = grid[ri][ci]
                    fmt = ""
                    if cell.colspan > 1:
                        fmt += "\\clmgf" if fh else "\\clmrg"
                    if cell.rowspan > 1:
                        fmt += "\\clvmgf" if fv else "\\clvmrg"
                    if b.borders:
                        fmt += "".join(f"\\clbrdr{s}\\brdrs\\brdrw10" for s in "tlbr")
                    if cell.shade:
                        fmt += "\\clcbpat2"
                    line.append(fmt + f"\\cellx{edges[ci]}")
                out.append("".join(line))
                for ci in range(ncol):
                    cell, fh, fv = grid[ri][ci]
                    if fh and fv:
                        ps = cell.paras or [P("")]
                        txt = []
                        for k, p in enumerate(ps):
                            pre = rtf_pfmt(p, hp).replace("\\pard", "\\pard\\intbl") if k == 0 else ""
                            txt.append(pre + rtf_runs(p.runs) + ("\\par " if k < len(ps) - 1 else ""))
                        out.append("".join(txt) + "\\cell")
                    else:
                        out.append("\\pard\\intbl \\cell")
                out.append("\\row")
            out.append("\\pard\\plain\\par")
    out.append("}")
    return "\n".join(out) + "\n"
