"""Write .docx packages the way Word 2016+/365 writes them.

Word-like details: the full namespace list with mc:Ignorable, w14:paraId/textId on every paragraph,
rsidR/rsidRDefault/rsidP attributes from a per-document pool of editing-session ids (also listed in
settings.xml), runs split mid-word by editing sessions and by proofing marks (w:proofErr), the _GoBack
bookmark, docProps of "Microsoft Office Word" 16.0000, theme/fontTable/webSettings parts, and element
order as in the schema.  Text markers understood by `runs()`:
  \t -> <w:tab/>   \n -> <w:br/>   \r -> <w:cr/>   U+2011 -> <w:noBreakHyphen/>
  U+00AD -> <w:softHyphen/>   \x01 -> <w:ptab .../> (absolute right tab)
"""
from __future__ import annotations

import random
import re
import uuid
import zipfile
from pathlib import Path

PARTS = Path(__file__).with_name("parts")

NS = {
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "cx": "http://schemas.microsoft.com/office/drawing/2014/chartex",
    "cx1": "http://schemas.microsoft.com/office/drawing/2015/9/8/chartex",
    "cx2": "http://schemas.microsoft.com/office/drawing/2015/10/21/chartex",
    "cx3": "http://schemas.microsoft.com/office/drawing/2016/5/9/chartex",
    "cx4": "http://schemas.microsoft.com/office/drawing/2016/5/10/chartex",
    "cx5": "http://schemas.microsoft.com/office/drawing/2016/5/11/chartex",
    "cx6": "http://schemas.microsoft.com/office/drawing/2016/5/12/chartex",
    "cx7": "http://schemas.microsoft.com/office/drawing/2016/5/13/chartex",
    "cx8": "http://schemas.microsoft.com/office/drawing/2016/5/14/chartex",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "aink": "http://schemas.microsoft.com/office/drawing/2016/ink",
    "am3d": "http://schemas.microsoft.com/office/drawing/2017/model3d",
    "o": "urn:schemas-microsoft-com:office:office",
    "oel": "http://schemas.microsoft.com/office/2019/extlst",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "v": "urn:schemas-microsoft-com:vml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "w16cex": "http://schemas.microsoft.com/office/word/2018/wordml/cex",
    "w16cid": "http://schemas.microsoft.com/office/word/2016/wordml/cid",
    "w16": "http://schemas.microsoft.com/office/word/2018/wordml",
    "w16du": "http://schemas.microsoft.com/office/word/2023/wordml/word16du",
    "w16sdtdh": "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
    "w16sdtfl": "http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock",
    "w16se": "http://schemas.microsoft.com/office/word/2015/wordml/symex",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wpi": "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
    "wne": "http://schemas.microsoft.com/office/word/2006/wordml",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}
IGNORABLE = "w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du wp14"
ROOT_NS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items()) + f' mc:Ignorable="{IGNORABLE}"'
SMALL_NS = " ".join(f'xmlns:{k}="{NS[k]}"' for k in
                    ("mc", "r", "w", "w14", "w15", "w16cex", "w16cid", "w16", "w16du", "w16sdtdh",
                     "w16sdtfl", "w16se")) + ' mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du"'
ROOT_2007 = ('xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
             'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
             'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"')
SETTINGS_NS = ('xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
               'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
               'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" ' + SMALL_NS)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."

PLACEHOLDER_TEXT = "Noklikšķiniet vai pieskarieties šeit, lai ievadītu tekstu."
PLACEHOLDER_DATE = "Noklikšķiniet vai pieskarieties šeit, lai ievadītu datumu."
PLACEHOLDER_LIST = "Izvēlieties vienumu."


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def t_elem(text: str, tag: str = "w:t") -> str:
    sp = ' xml:space="preserve"' if (text[:1].isspace() or text[-1:].isspace()) else ""
    return f"<{tag}{sp}>{esc(text)}</{tag}>"


SPECIAL = {
    "\t": "<w:tab/>",
    "\n": "<w:br/>",
    "\r": "<w:cr/>",
    "\u2011": "<w:noBreakHyphen/>",
    "\u00ad": "<w:softHyphen/>",
    "\x01": '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>',
}


def run_content(text: str, tag: str = "w:t") -> str:
    out, buf = [], ""
    for ch in text:
        if ch in SPECIAL:
            if buf:
                out.append(t_elem(buf, tag))
                buf = ""
            out.append(SPECIAL[ch])
        else:
            buf += ch
    if buf:
        out.append(t_elem(buf, tag))
    return "".join(out)


class Doc:
    def __init__(self, seed: str, *, author: str, created: str, modified: str, company: str = "",
                 title: str = "", lang: str = "lv-LV", n_rsids: int = 9, total_time: int = 37,
                 revision: int = 4, app_version: str = "16.0000", compat_mode: int = 15,
                 w2007: bool = False):
        self.w2007 = w2007
        self.rng = random.Random(seed)
        pool = set()
        while len(pool) < n_rsids:
            pool.add(f"00{self.rng.randrange(0x100000, 0xFFFFFF):06X}")
        self.rsids = sorted(pool)
        self.rsid_root = self.rsids[0]
        self.main_rsid = self.rng.choice(self.rsids)
        self.author, self.created, self.modified = author, created, modified
        self.company, self.title, self.lang = company, title, lang
        self.total_time, self.revision, self.app_version = total_time, revision, app_version
        self.compat_mode = compat_mode
        self._id = 0
        self._rid = 0
        self.rels: list[tuple[str, str, str, str | None]] = []
        self.parts: dict[str, bytes] = {}
        self.overrides: dict[str, str] = {}
        self.defaults: dict[str, str] = {}
        self.settings = {"track": False, "protect": "", "mailmerge": "", "foot": False,
                         "extra_after_proof": "", "smarttag_types": "", "attached_schema": "",
                         "doc_vars": "", "compat_legacy": "", "update_fields": False}
        self.numbering_xml: str | None = None
        self.styles_extra = ""
        self.comments: list[dict] = []
        self.footnotes: list[str] = []
        self.go_back_done = False
        self.para_ids: set[str] = set()
        self.bookmark_id = 0
        self.glossary_parts: list[tuple[str, str]] = []  # (docPart guid name, placeholder text)
        self.people: set[str] = set()
        self.base_rpr = ""
        self.default_font = None  # (ascii font) for compat-mode documents
        self.default_sz = 22
        self.header_xml: dict[str, str] = {}
        self.custom_xml_items: list[tuple[str, str, str]] = []  # (item xml, store id, root ns)
        for name, typ in (("styles.xml", "styles"), ("settings.xml", "settings"),
                          ("webSettings.xml", "webSettings"), ("fontTable.xml", "fontTable"),
                          ("theme/theme1.xml", "theme")):
            self.rel(typ, name)

    # ---------------------------------------------------------------- ids
    def rel(self, typ: str, target: str, external: bool = False) -> str:
        self._rid += 1
        rid = f"rId{self._rid}"
        self.rels.append((rid, RT + typ if not typ.startswith("http") else typ, target,
                          "External" if external else None))
        return rid

    def nid(self) -> int:
        self._id += 1
        return self._id

    def rsid(self) -> str:
        if self.rng.random() < 0.55:
            return self.main_rsid
        return self.rng.choice(self.rsids)

    def hex8(self, limit: int = 0x7FFFFFFF) -> str:
        return f"{self.rng.randrange(0x01000000, limit):08X}"

    def para_id(self) -> str:
        while True:
            h = self.hex8()
            if h not in self.para_ids:
                self.para_ids.add(h)
                return h

    def guid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4)).upper()

    def sdt_id(self) -> int:
        return self.rng.randrange(-2147483647, 2147483647)

    # ---------------------------------------------------------------- runs
    def run(self, text: str, rpr: str = "", *, rsid: str | None = None, deleted: bool = False,
            attr: str | None = None) -> str:
        rsid = rsid or self.rsid()
        rp = f"<w:rPr>{self.base_rpr if not rpr else rpr}</w:rPr>" if (rpr or self.base_rpr) else ""
        if deleted:
            a = f' w:rsidDel="{rsid}"'
            body = run_content(text, "w:delText")
        else:
            a = f' w:rsidR="{rsid}"' if attr is None else attr
            body = run_content(text)
        return f"<w:r{a}>{rp}{body}</w:r>"

    def runs(self, text: str, rpr: str = "", *, split: float = 0.22, proof: float = 0.3,
             deleted: bool = False, go_back: bool = True) -> str:
        """Text as Word stores it after a few editing sessions: several runs, cut mid-word."""
        if not text:
            return ""
        cuts: set[int] = set()
        spell_s: set[int] = set()
        spell_e: set[int] = set()
        for m in re.finditer(r"[^\W\d_]+", text):
            w = m.group(0)
            if not deleted and len(w) >= 4 and re.search(r"[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]", w) \
                    and self.rng.random() < proof:
                cuts.update((m.start(), m.end()))
                spell_s.add(m.start())
                spell_e.add(m.end())
            if len(w) >= 5 and self.rng.random() < split:
                cuts.add(m.start() + self.rng.randrange(1, len(w) - 1))
        bounds = sorted({0, len(text), *cuts})
        out = []
        gb_at = None
        if go_back and not self.go_back_done and not deleted and len(bounds) > 2 and self.rng.random() < 0.3:
            gb_at = self.rng.choice(bounds[1:-1])
            self.go_back_done = True
        for a, b in zip(bounds, bounds[1:]):
            if a in spell_s:
                out.append('<w:proofErr w:type="spellStart"/>')
            if a == gb_at:
                bid = self.next_bookmark()
                out.append(f'<w:bookmarkStart w:id="{bid}" w:name="_GoBack"/><w:bookmarkEnd w:id="{bid}"/>')
            out.append(self.run(text[a:b], rpr, deleted=deleted))
            if b in spell_e:
                out.append('<w:proofErr w:type="spellEnd"/>')
        return "".join(out)

    def next_bookmark(self) -> int:
        bid = self.bookmark_id
        self.bookmark_id += 1
        return bid

    def bookmark(self, name: str, inner: str) -> str:
        bid = self.next_bookmark()
        return f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>{inner}<w:bookmarkEnd w:id="{bid}"/>'

    # ---------------------------------------------------------------- revisions
    def rev_attrs(self, author: str, date: str, with_id: bool = True) -> str:
        self.people.add(author)
        # w16du:dateUtc is written by Word 365 (2023+) next to the local-time w:date
        h = int(date[11:13]) - 3
        utc = f"{date[:11]}{h:02d}{date[13:]}"
        meta = f'w:author="{esc(author)}" w:date="{date}" w16du:dateUtc="{utc}"'
        return meta if not with_id else f'w:id="{self.nid() + 900}" {meta}'

    def ins(self, inner: str, author: str, date: str) -> str:
        return f"<w:ins {self.rev_attrs(author, date)}>{inner}</w:ins>"

    def dele(self, text: str, author: str, date: str, rpr: str = "") -> str:
        return f"<w:del {self.rev_attrs(author, date)}>{self.runs(text, rpr, deleted=True)}</w:del>"

    # ---------------------------------------------------------------- paragraphs
    def p(self, inner: str = "", *, style: str | None = None, keep_next: bool = False,
          frame: str = "", numpr: tuple[int, int] | None = None, tabs: str = "", spacing: str = "",
          ind: str = "", jc: str | None = None, mark_rpr: str = "", sect: str = "",
          ppr_change: str = "", shd: str = "", widow: bool = True, outline: int | None = None,
          rsid: str | None = None, page_break_before: bool = False, para_attrs: bool | None = None) -> str:
        if para_attrs is None:
            para_attrs = not self.w2007
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if keep_next:
            ppr += "<w:keepNext/>"
        if page_break_before:
            ppr += "<w:pageBreakBefore/>"
        if frame:
            ppr += frame
        if not widow:
            ppr += '<w:widowControl w:val="0"/>'
        if numpr:
            ppr += f'<w:numPr><w:ilvl w:val="{numpr[1]}"/><w:numId w:val="{numpr[0]}"/></w:numPr>'
        if shd:
            ppr += shd
        if tabs:
            ppr += f"<w:tabs>{tabs}</w:tabs>"
        if spacing:
            ppr += spacing
        if ind:
            ppr += ind
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        if outline is not None:
            ppr += f'<w:outlineLvl w:val="{outline}"/>'
        mark = mark_rpr if mark_rpr else (self.base_rpr or "")
        if mark:
            ppr += f"<w:rPr>{mark}</w:rPr>"
        if sect:
            ppr += sect
        if ppr_change:
            ppr += ppr_change
        r = rsid or self.rsid()
        attrs = (f' w14:paraId="{self.para_id()}" w14:textId="{self.hex8()}" w:rsidR="{r}" '
                 f'w:rsidRDefault="{r}" w:rsidP="{self.rsid()}"') if para_attrs else f' w:rsidR="{r}" w:rsidRDefault="{r}"'
        return f"<w:p{attrs}>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>"

    def tp(self, text: str, rpr: str = "", **kw) -> str:
        """A paragraph of plain typed text."""
        return self.p(self.runs(text, rpr), **kw)

    # ---------------------------------------------------------------- tables
    def tbl(self, rows: list[str], widths: list[int], *, style: str | None = "TableGrid",
            borders: str = "", layout_fixed: bool = False, look: str = "04A0", tbl_ind: int | None = None,
            jc: str | None = None, cell_mar: str = "", width: int | None = None, tblpr_extra: str = "") -> str:
        tp = ""
        if style:
            tp += f'<w:tblStyle w:val="{style}"/>'
        tp += f'<w:tblW w:w="{width or sum(widths)}" w:type="dxa"/>' if width != 0 else '<w:tblW w:w="0" w:type="auto"/>'
        if jc:
            tp += f'<w:jc w:val="{jc}"/>'
        if tbl_ind is not None:
            tp += f'<w:tblInd w:w="{tbl_ind}" w:type="dxa"/>'
        if borders:
            tp += borders
        if layout_fixed:
            tp += '<w:tblLayout w:type="fixed"/>'
        if cell_mar:
            tp += cell_mar
        tp += tblpr_extra
        first_col = "1" if look in ("04A0",) else "0"
        tp += (f'<w:tblLook w:val="{look}" w:firstRow="1" w:lastRow="0" w:firstColumn="{first_col}" '
               f'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>')
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        return f"<w:tbl><w:tblPr>{tp}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"

    def tr(self, cells: list[str], *, header: bool = False, cant_split: bool = False,
           grid_before: int = 0, grid_after: int = 0, w_before: int = 0, w_after: int = 0,
           height: int | None = None, rev: str = "", tblprex: str = "") -> str:
        p = ""
        if grid_before:
            p += f'<w:gridBefore w:val="{grid_before}"/>'
        if grid_after:
            p += f'<w:gridAfter w:val="{grid_after}"/>'
        if w_before:
            p += f'<w:wBefore w:w="{w_before}" w:type="dxa"/>'
        if w_after:
            p += f'<w:wAfter w:w="{w_after}" w:type="dxa"/>'
        if cant_split:
            p += "<w:cantSplit/>"
        if height:
            p += f'<w:trHeight w:val="{height}"/>'
        if header:
            p += "<w:tblHeader/>"
        p += rev
        r = self.rsid()
        attrs = f' w:rsidR="{r}" w:rsidTr="{self.rsid()}"'
        if not self.w2007:
            attrs += f' w14:paraId="{self.para_id()}" w14:textId="{self.hex8()}"'
        return f"<w:tr{attrs}>{tblprex}{'<w:trPr>' + p + '</w:trPr>' if p else ''}{''.join(cells)}</w:tr>"

    def tc(self, paras: str | list[str], width: int, *, span: int = 1, vmerge: str | None = None,
           shade: str | None = None, valign: str | None = None, tcpr_extra: str = "") -> str:
        if isinstance(paras, list):
            paras = "".join(paras)
        p = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if span > 1:
            p += f'<w:gridSpan w:val="{span}"/>'
        if vmerge == "restart":
            p += '<w:vMerge w:val="restart"/>'
        elif vmerge == "continue":
            p += "<w:vMerge/>"
        p += tcpr_extra
        if shade:
            p += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
        if valign:
            p += f'<w:vAlign w:val="{valign}"/>'
        return f"<w:tc><w:tcPr>{p}</w:tcPr>{paras or self.p()}</w:tc>"

    # ---------------------------------------------------------------- sections
    def sect_pr(self, *, landscape: bool = False, next_page: bool = False, refs: str = "",
                title_pg: bool = False, mar: tuple[int, int, int, int] = (1134, 850, 1134, 1701),
                cols: str = '<w:cols w:space="708"/>', form_prot: bool = False) -> str:
        w, h = (16838, 11906) if landscape else (11906, 16838)
        orient = ' w:orient="landscape"' if landscape else ""
        top, right, bottom, left = mar
        typ = '<w:type w:val="nextPage"/>' if next_page else ""
        fp = "" if not form_prot else ""
        return (f'<w:sectPr w:rsidR="{self.rsid()}" w:rsidSect="{self.rsid()}">{refs}{typ}'
                f'<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
                f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" '
                f'w:header="708" w:footer="708" w:gutter="0"/>{cols}{fp}'
                f'{"<w:titlePg/>" if title_pg else ""}<w:docGrid w:linePitch="360"/></w:sectPr>')

    # ---------------------------------------------------------------- fields
    def field(self, instr: str | list[str], result: str, *, lock: bool = False, dirty: bool = False,
              ffdata: str = "", rpr: str = "", no_separate: bool = False) -> str:
        """Complex field: begin / instrText (possibly split) / separate / result / end."""
        rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        a = (' w:fldLock="1"' if lock else "") + (' w:dirty="true"' if dirty else "")
        begin = (f'<w:r w:rsidR="{self.rsid()}">{rp}<w:fldChar w:fldCharType="begin"{a}>{ffdata}</w:fldChar></w:r>'
                 if ffdata else f'<w:r w:rsidR="{self.rsid()}">{rp}<w:fldChar w:fldCharType="begin"{a}/></w:r>')
        parts = instr if isinstance(instr, list) else [instr]
        ins = "".join(f'<w:r w:rsidR="{self.rsid()}">{rp}{t_elem(x, "w:instrText")}</w:r>' for x in parts)
        if no_separate:
            return begin + ins + f'<w:r w:rsidR="{self.rsid()}">{rp}<w:fldChar w:fldCharType="end"/></w:r>'
        sep = f'<w:r w:rsidR="{self.rsid()}">{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
        end = f'<w:r w:rsidR="{self.rsid()}">{rp}<w:fldChar w:fldCharType="end"/></w:r>'
        return begin + ins + sep + result + end

    # ---------------------------------------------------------------- comments / footnotes
    def comment(self, inner: str, texts: list[str], author: str, date: str, *, initials: str = "",
                done: bool = False, replies: list[tuple[str, str, str]] = ()) -> str:
        cid = len(self.comments)
        pids = []
        self.comments.append(dict(id=cid, texts=texts, author=author, date=date,
                                  initials=initials or "".join(x[0] for x in author.split()),
                                  done=done, parent=None))
        self.people.add(author)
        ids = [cid]
        for (ra, rd, rt) in replies:
            rid = len(self.comments)
            self.comments.append(dict(id=rid, texts=[rt], author=ra, date=rd,
                                      initials="".join(x[0] for x in ra.split()), done=done, parent=cid))
            self.people.add(ra)
            ids.append(rid)
        starts = "".join(f'<w:commentRangeStart w:id="{i}"/>' for i in ids)
        ends = "".join(f'<w:commentRangeEnd w:id="{i}"/><w:r w:rsidR="{self.rsid()}"><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{i}"/></w:r>' for i in ids)
        return starts + inner + ends

    def footnote(self, text: str) -> str:
        fid = len(self.footnotes) + 1
        self.footnotes.append(text)
        return (f'<w:r w:rsidR="{self.rsid()}"><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"/></w:r>')

    # ---------------------------------------------------------------- content controls
    def placeholder_part(self, text: str = PLACEHOLDER_TEXT) -> str:
        name = uuid.UUID(int=self.rng.getrandbits(128), version=4).hex.upper()
        self.glossary_parts.append((name, text))
        return name

    def sdt_pr(self, *, alias: str | None = None, tag: str | None = None, kind: str = "<w:text/>",
               placeholder: str | None = PLACEHOLDER_TEXT, showing: bool = False, rpr: str = "",
               appearance: str | None = None, lock: str | None = None, binding: str = "",
               color: str | None = None) -> str:
        p = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        if alias is not None:
            p += f'<w:alias w:val="{esc(alias)}"/>'
        if tag is not None:
            p += f'<w:tag w:val="{esc(tag)}"/>'
        p += f'<w:id w:val="{self.sdt_id()}"/>'
        if lock:
            p += f'<w:lock w:val="{lock}"/>'
        if placeholder:
            p += f'<w:placeholder><w:docPart w:val="{self.placeholder_part(placeholder)}"/></w:placeholder>'
        if showing:
            p += "<w:showingPlcHdr/>"
        if binding:
            p += binding
        if color:
            p += f'<w15:color w:val="{color}"/>'
        if appearance:
            p += f'<w15:appearance w15:val="{appearance}"/>'
        p += kind
        return f"<w:sdtPr>{p}</w:sdtPr>"

    def sdt(self, content: str, sdt_pr: str, end_rpr: str = "") -> str:
        endpr = f"<w:sdtEndPr>{end_rpr}</w:sdtEndPr>" if end_rpr else ""
        return f"<w:sdt>{sdt_pr}{endpr}<w:sdtContent>{content}</w:sdtContent></w:sdt>"

    def placeholder_runs(self, text: str = PLACEHOLDER_TEXT) -> str:
        return f'<w:r w:rsidRPr="{self.rsid()}" w:rsidR="{self.main_rsid}"><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>{t_elem(text)}</w:r>'

    # ---------------------------------------------------------------- package parts
    def styles_xml(self, extra: str = "") -> str:
        font = ""
        if self.default_font:
            f = self.default_font
            font = f'<w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}" w:cs="{f}"/>'
        else:
            font = '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
        sz = self.default_sz
        ppr_default = ('<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
                       if self.compat_mode >= 15 else "<w:pPrDefault/>")
        kern = '<w:kern w:val="2"/>' if self.compat_mode >= 15 else ""
        lig = '<w14:ligatures w14:val="standardContextual"/>' if self.compat_mode >= 15 else ""
        latent = (PARTS / "latentStyles.xml").read_text(encoding="utf-8")
        st = [
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading2Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>',
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
            '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
            '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
            '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>',
            '<w:style w:type="character" w:customStyle="1" w:styleId="Heading2Char"><w:name w:val="Heading 2 Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading2"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>',
            '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>',
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>',
            '<w:style w:type="character" w:styleId="UnresolvedMention"><w:name w:val="Unresolved Mention"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:color w:val="605E5C"/><w:shd w:val="clear" w:color="auto" w:fill="E1DFDD"/></w:rPr></w:style>',
            '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="666666"/></w:rPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>',
            '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:link w:val="CommentTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
            '<w:style w:type="character" w:customStyle="1" w:styleId="CommentTextChar"><w:name w:val="Comment Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="CommentText"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
            '<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar"><w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
            '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
            '<w:style w:type="character" w:customStyle="1" w:styleId="HeaderChar"><w:name w:val="Header Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Header"/><w:uiPriority w:val="99"/></w:style>',
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:link w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
            '<w:style w:type="character" w:customStyle="1" w:styleId="FooterChar"><w:name w:val="Footer Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Footer"/><w:uiPriority w:val="99"/></w:style>',
            '<w:style w:type="paragraph" w:styleId="NoSpacing"><w:name w:val="No Spacing"/><w:uiPriority w:val="1"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
        ]
        return (XML_DECL + f"<w:styles {SMALL_NS}><w:docDefaults><w:rPrDefault><w:rPr>{font}{kern}"
                f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:lang w:val="{self.lang}" w:eastAsia="en-US" w:bidi="ar-SA"/>{lig}'
                f"</w:rPr></w:rPrDefault>{ppr_default}</w:docDefaults>{latent}{''.join(st)}{extra}{self.styles_extra}</w:styles>")

    def settings_xml(self) -> str:
        s = self.settings
        rsids = "".join(f'<w:rsid w:val="{r}"/>' for r in self.rsids)
        foot = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>') if self.footnotes else ""
        compat = s["compat_legacy"] + ("" if self.w2007 else 
            f'<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="{self.compat_mode}"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>')
        if self.compat_mode >= 15 and not self.w2007:
            compat += ('<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
                       '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" w:val="0"/>')
        return (XML_DECL + f'<w:settings {SETTINGS_NS}>'
                '<w:zoom w:percent="100"/>' + s["extra_after_proof"] +
                '<w:proofState w:spelling="clean" w:grammar="clean"/>' +
                s["mailmerge"] +
                ("<w:trackRevisions/>" if s["track"] else "") +
                s["protect"] +
                '<w:defaultTabStop w:val="720"/><w:hyphenationZone w:val="425"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/>' +
                ("<w:updateFields w:val=\"true\"/>" if s["update_fields"] else "") +
                foot + f"<w:compat>{compat}</w:compat>" + s["doc_vars"] +
                f'<w:rsids><w:rsidRoot w:val="{self.rsid_root}"/>{rsids}</w:rsids>'
                '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
                '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
                '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
                '<m:naryLim m:val="undOvr"/></m:mathPr>' + s["attached_schema"] +
                f'<w:themeFontLang w:val="{self.lang}"/>'
                '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
                'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
                'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>' + s["smarttag_types"] +
                '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2050"/><o:shapelayout v:ext="edit">'
                '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
                '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
                + ("" if self.w2007 else f'<w14:docId w14:val="{self.hex8()}"/><w15:chartTrackingRefBased/>'
                   f'<w15:docId w15:val="{{{self.guid()}}}"/>') + '</w:settings>')

    def font_table(self) -> str:
        fonts = {
            "Calibri": ('020F0502020204030204', 'swiss', 'E4002EFF" w:usb1="C200247B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000'),
            "Times New Roman": ('02020603050405020304', 'roman', 'E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000'),
            "Aptos": ('020B0004020202020204', 'swiss', '20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000'),
            "Aptos Display": ('020B0004020202020204', 'swiss', '20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000'),
            "MS Gothic": ('020B0609070205080204', 'modern', 'E0000AFF" w:usb1="6AC7FDFB" w:usb2="08000012" w:usb3="00000000" w:csb0="0002009F" w:csb1="00000000'),
            "Wingdings": ('05000000000000000000', 'auto', '00000000" w:usb1="10000000" w:usb2="00000000" w:usb3="00000000" w:csb0="80000000" w:csb1="00000000'),
            "Symbol": ('05050102010706020507', 'roman', '00000000" w:usb1="10000000" w:usb2="00000000" w:usb3="00000000" w:csb0="80000000" w:csb1="00000000'),
        }
        body = ""
        for name, (panose, fam, sig) in fonts.items():
            cs = "02" if name in ("Wingdings", "Symbol") else ("80" if name == "MS Gothic" else "BA")
            pitch = "fixed" if name == "MS Gothic" else "variable"
            body += (f'<w:font w:name="{name}"><w:panose1 w:val="{panose}"/><w:charset w:val="{cs}"/>'
                     f'<w:family w:val="{fam}"/><w:pitch w:val="{pitch}"/><w:sig w:usb0="{sig}"/></w:font>')
        return XML_DECL + f"<w:fonts {SMALL_NS}>{body}</w:fonts>"

    def web_settings(self) -> str:
        return (XML_DECL + f"<w:webSettings {SMALL_NS}><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>")

    def comments_parts(self) -> None:
        if not self.comments:
            return
        cs, ex, ids, exs = [], [], [], []
        for c in self.comments:
            paras = []
            last_pid = None
            for i, text in enumerate(c["texts"]):
                pid = self.para_id()
                last_pid = pid
                ref = ('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' if i == 0 else "")
                paras.append(f'<w:p w14:paraId="{pid}" w14:textId="{self.hex8()}" w:rsidR="{self.main_rsid}" '
                             f'w:rsidRDefault="{self.main_rsid}" w:rsidP="{self.main_rsid}">'
                             f'<w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{ref}{self.runs(text, go_back=False)}</w:p>')
            c["pid"] = last_pid
            cs.append(f'<w:comment w:id="{c["id"]}" w:author="{esc(c["author"])}" w:date="{c["date"]}" '
                      f'w:initials="{esc(c["initials"])}">{"".join(paras)}</w:comment>')
        for c in self.comments:
            parent = ""
            if c["parent"] is not None:
                parent = f' w15:paraIdParent="{self.comments[c["parent"]]["pid"]}"'
            ex.append(f'<w15:commentEx w15:paraId="{c["pid"]}"{parent} w15:done="{1 if c["done"] else 0}"/>')
            durable = self.hex8()
            ids.append(f'<w16cid:commentId w16cid:paraId="{c["pid"]}" w16cid:durableId="{durable}"/>')
            exs.append(f'<w16cex:commentExtensible w16cex:durableId="{durable}" w16cex:dateUtc="{c["date"]}"/>')
        self.add_part("word/comments.xml", f"<w:comments {ROOT_NS}>{''.join(cs)}</w:comments>",
                      CT_MAIN + "comments+xml", "comments")
        self.add_part("word/commentsExtended.xml", f"<w15:commentsEx {ROOT_NS}>{''.join(ex)}</w15:commentsEx>",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
                      "http://schemas.microsoft.com/office/2011/relationships/commentsExtended")
        self.add_part("word/commentsIds.xml", f"<w16cid:commentsIds {ROOT_NS}>{''.join(ids)}</w16cid:commentsIds>",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml",
                      "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds")
        self.add_part("word/commentsExtensible.xml",
                      f"<w16cex:commentsExtensible {ROOT_NS}>{''.join(exs)}</w16cex:commentsExtensible>",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
                      "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible")

    def people_part(self) -> None:
        if not self.people or not (self.comments or self.settings["track"]):
            return
        ps = "".join(f'<w15:person w15:author="{esc(p)}"><w15:presenceInfo w15:providerId="None" w15:userId="{esc(p)}"/></w15:person>'
                     for p in sorted(self.people))
        self.add_part("word/people.xml", f"<w15:people {ROOT_NS}>{ps}</w15:people>",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
                      "http://schemas.microsoft.com/office/2011/relationships/people")

    def footnote_parts(self) -> None:
        if not self.footnotes:
            return
        sep = (f'<w:footnote w:type="separator" w:id="-1"><w:p w14:paraId="{self.para_id()}" w14:textId="{self.hex8()}" '
               f'w:rsidR="{self.main_rsid}" w:rsidRDefault="{self.main_rsid}" w:rsidP="{self.main_rsid}"><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p w14:paraId="{self.para_id()}" w14:textId="{self.hex8()}" '
               f'w:rsidR="{self.main_rsid}" w:rsidRDefault="{self.main_rsid}" w:rsidP="{self.main_rsid}"><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        body = sep
        for i, text in enumerate(self.footnotes, 1):
            body += (f'<w:footnote w:id="{i}"><w:p w14:paraId="{self.para_id()}" w14:textId="{self.hex8()}" '
                     f'w:rsidR="{self.main_rsid}" w:rsidRDefault="{self.main_rsid}" w:rsidP="{self.main_rsid}">'
                     '<w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                     '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{self.runs(text, go_back=False)}</w:p></w:footnote>')
        self.add_part("word/footnotes.xml", f"<w:footnotes {ROOT_NS}>{body}</w:footnotes>",
                      CT_MAIN + "footnotes+xml", "footnotes")
        en = sep.replace("footnote", "endnote")
        self.add_part("word/endnotes.xml", f"<w:endnotes {ROOT_NS}>{en}</w:endnotes>",
                      CT_MAIN + "endnotes+xml", "endnotes")

    def glossary(self) -> None:
        if not self.glossary_parts:
            return
        parts = ""
        for name, text in self.glossary_parts:
            parts += (f'<w:docPart><w:docPartPr><w:name w:val="{name}"/><w:category><w:name w:val="General"/>'
                      '<w:gallery w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types>'
                      f'<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{{{self.guid()}}}"/>'
                      f'</w:docPartPr><w:docPartBody><w:p w14:paraId="{self.para_id()}" w14:textId="{self.hex8()}" '
                      f'w:rsidR="{self.main_rsid}" w:rsidRDefault="{self.main_rsid}">'
                      f'<w:r w:rsidRPr="{self.main_rsid}"><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                      f'{t_elem(text)}</w:r></w:p></w:docPartBody></w:docPart>')
        self.add_part("word/glossary/document.xml",
                      f"<w:glossaryDocument {ROOT_NS}><w:docParts>{parts}</w:docParts></w:glossaryDocument>",
                      CT_MAIN + "document.glossary+xml", "glossaryDocument")
        grels = ("styles.xml", "styles"), ("settings.xml", "settings"), ("webSettings.xml", "webSettings"), ("fontTable.xml", "fontTable")
        rels = "".join(f'<Relationship Id="rId{i}" Type="{RT}{t}" Target="{n}"/>' for i, (n, t) in enumerate(grels, 1))
        self.parts["word/glossary/_rels/document.xml.rels"] = (
            XML_DECL + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>').encode()
        self.parts["word/glossary/styles.xml"] = self.styles_xml().encode()
        self.overrides["/word/glossary/styles.xml"] = CT_MAIN + "styles+xml"
        self.parts["word/glossary/settings.xml"] = (XML_DECL + f'<w:settings {SMALL_NS}><w:optimizeForBrowser/><w:allowPNG/>'
                                                    '<w:doNotAutoCompressPictures/></w:settings>').encode()
        self.overrides["/word/glossary/settings.xml"] = CT_MAIN + "settings+xml"
        self.parts["word/glossary/webSettings.xml"] = self.web_settings().encode()
        self.overrides["/word/glossary/webSettings.xml"] = CT_MAIN + "webSettings+xml"
        self.parts["word/glossary/fontTable.xml"] = self.font_table().encode()
        self.overrides["/word/glossary/fontTable.xml"] = CT_MAIN + "fontTable+xml"

    def add_part(self, path: str, xml: str, ctype: str, rel_type: str | None) -> str | None:
        self.parts[path] = (XML_DECL + xml).encode() if not xml.startswith("<?xml") else xml.encode()
        self.overrides["/" + path] = ctype
        if rel_type:
            return self.rel(rel_type, path[len("word/"):])
        return None

    def header(self, kind: str, body: str, typ: str = "default") -> str:
        n = sum(1 for k in self.parts if k.startswith(f"word/{kind}")) + 1
        rid = self.add_part(f"word/{kind}{n}.xml", f"<w:{'hdr' if kind == 'header' else 'ftr'} {ROOT_NS}>{body}</w:{'hdr' if kind == 'header' else 'ftr'}>",
                            CT_MAIN + f"{kind}+xml", kind)
        return f'<w:{kind}Reference w:type="{typ}" r:id="{rid}"/>'

    def custom_xml(self, xml: str, store_id: str, ns: str) -> None:
        n = len(self.custom_xml_items) + 1
        self.custom_xml_items.append((xml, store_id, ns))
        self.parts[f"customXml/item{n}.xml"] = xml.encode()
        self.parts[f"customXml/itemProps{n}.xml"] = (
            XML_DECL + f'<ds:datastoreItem ds:itemID="{store_id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
            f'<ds:schemaRefs><ds:schemaRef ds:uri="{ns}"/></ds:schemaRefs></ds:datastoreItem>').encode()
        self.overrides[f"/customXml/itemProps{n}.xml"] = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
        self.parts[f"customXml/_rels/item{n}.xml.rels"] = (
            XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RT}customXmlProps" Target="itemProps{n}.xml"/></Relationships>').encode()
        self.rel("customXml", f"../customXml/item{n}.xml")

    def core_xml(self) -> str:
        return (XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(self.title)}</dc:title><dc:subject></dc:subject><dc:creator>{esc(self.author)}</dc:creator>'
                f'<cp:keywords></cp:keywords><dc:description></dc:description><cp:lastModifiedBy>{esc(self.author)}</cp:lastModifiedBy>'
                f'<cp:revision>{self.revision}</cp:revision>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{self.created}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{self.modified}</dcterms:modified></cp:coreProperties>')

    def app_xml(self, words: int, chars: int, paras: int, pages: int) -> str:
        return (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                f'<Template>Normal.dotm</Template><TotalTime>{self.total_time}</TotalTime><Pages>{pages}</Pages>'
                f'<Words>{words}</Words><Characters>{chars}</Characters><Application>Microsoft Office Word</Application>'
                f'<DocSecurity>0</DocSecurity><Lines>{max(1, chars // 70)}</Lines><Paragraphs>{paras}</Paragraphs>'
                f'<ScaleCrop>false</ScaleCrop><Company>{esc(self.company)}</Company><LinksUpToDate>false</LinksUpToDate>'
                f'<CharactersWithSpaces>{chars + words}</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
                f'<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{self.app_version}</AppVersion></Properties>')

    def save(self, path: Path, body: str, sect: str | None = None, *, document_xml: str | None = None) -> None:
        sect = sect if sect is not None else self.sect_pr()
        root = ROOT_2007 if self.w2007 else ROOT_NS
        doc = document_xml or (XML_DECL + f"<w:document {root}><w:body>{body}{sect}</w:body></w:document>")
        self.comments_parts()
        self.footnote_parts()
        self.glossary()
        self.people_part()
        if self.numbering_xml:
            self.add_part("word/numbering.xml", f"<w:numbering {ROOT_NS}>{self.numbering_xml}</w:numbering>",
                          CT_MAIN + "numbering+xml", "numbering")
        text = re.sub(r"<[^>]+>", " ", re.sub(r"<w:(delText|instrText)[^>]*>.*?</w:\1>", "", doc))
        words = len(text.split())
        chars = sum(len(w) for w in text.split())
        paras = doc.count("<w:p ")
        ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              + "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in self.defaults.items()) +
              f'<Override PartName="/word/document.xml" ContentType="{CT_MAIN}document.main+xml"/>'
              f'<Override PartName="/word/styles.xml" ContentType="{CT_MAIN}styles+xml"/>'
              f'<Override PartName="/word/settings.xml" ContentType="{CT_MAIN}settings+xml"/>'
              f'<Override PartName="/word/webSettings.xml" ContentType="{CT_MAIN}webSettings+xml"/>'
              f'<Override PartName="/word/fontTable.xml" ContentType="{CT_MAIN}fontTable+xml"/>'
              '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
              + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in self.overrides.items()) +
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
        root_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                     '</Relationships>')
        doc_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{esc(g)}"' + (f' TargetMode="{m}"' if m else "") + "/>"
                              for i, t, g, m in self.rels) + "</Relationships>")
        files = {
            "[Content_Types].xml": XML_DECL + ct,
            "_rels/.rels": XML_DECL + root_rels,
            "word/document.xml": doc,
            "word/_rels/document.xml.rels": XML_DECL + doc_rels,
            "word/theme/theme1.xml": (PARTS / "theme1.xml").read_text(encoding="utf-8"),
            "word/settings.xml": self.settings_xml(),
            "word/styles.xml": self.styles_xml(),
            "word/webSettings.xml": self.web_settings(),
            "word/fontTable.xml": self.font_table(),
            "docProps/core.xml": self.core_xml(),
            "docProps/app.xml": self.app_xml(words, chars, paras, max(1, words // 330 + 1)),
        }
        order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in order:
                z.writestr(_zinfo(name), files.pop(name).encode("utf-8"))
            for name, data in self.parts.items():
                z.writestr(_zinfo(name), data)
            for name, data in files.items():
                z.writestr(_zinfo(name), data.encode("utf-8"))


def _zinfo(name: str) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # Word writes 1980-01-01 in every entry
    zi.compress_type = zipfile.ZIP_DEFLATED
    return zi


# ------------------------------------------------------------------ common form pieces
B = "<w:b/><w:bCs/>"


def label_rpr(bold: bool = True) -> str:
    return B if bold else ""
