"""The Word-written forms of set D (everything except the mail-merge, docxtemplater and Calligra ones).

Each function writes one .docx with wordml.Doc and returns the producer string for expected.json.
Run: python make_word.py [d01 d02 ...]
"""
from __future__ import annotations

import sys

from common import (ACT_HEAD, DECL, LBL, OUT, S1, S4, S5, S7, SEC, act_header_row, act_rows, form_head,
                    heading, kv_table, text, total_row)
from forms import FORMS, MONTHS
from wordml import (B, PLACEHOLDER_DATE, PLACEHOLDER_LIST, PLACEHOLDER_TEXT, Doc, esc, t_elem)

WORD = "Microsoft Word for Microsoft 365 (WordprocessingML written by make/wordml.py the way Word 16 saves it)"
REGIONS = ["Kurzemes", "Latgales", "Rīgas", "Vidzemes", "Zemgales"]


def new_doc(fid: str, author: str, created: str, modified: str, **kw) -> Doc:
    f = FORMS[fid]
    return Doc(fid, author=author, created=created, modified=modified, title=kw.pop("title", ""),
               company=kw.pop("company", f["w"]["municipality"]), **kw)


# ====================================================================== d01
def d01() -> str:
    """Content controls: group control around section 1, cell-level sdt (wrapping w:tc), block-level
    sdt around paragraphs, repeating-section rows, combo box, drop-down list, date picker, and a
    placeholder still showing (goal -> null)."""
    f = FORMS["d01"]
    w = f["w"]
    d = new_doc("d01", "Ināra Pastare", "2019-09-02T07:11:00Z", "2019-09-26T12:48:00Z")
    body = form_head(d)
    wl, wv = 3700, 5800

    def cell_sdt(key, value, kind="<w:text/>", alias=None):
        tc = d.tc(d.tp(value), wv)
        return d.sdt(tc, d.sdt_pr(alias=alias or LBL[key], tag=key, kind=kind))

    def block_sdt_cell(key, value):
        # cell with an sdt around the paragraph inside it
        return d.tc(d.sdt(d.tp(value), d.sdt_pr(alias=LBL[key], tag=key, kind="<w:text/>")), wv)

    region_kind = ('<w:dropDownList w:lastValue="Latgale"><w:listItem w:displayText="Izvēlieties vienumu." w:value=""/>'
                   + "".join(f'<w:listItem w:displayText="{r} plānošanas reģions" w:value="{v}"/>' for r, v in
                             zip(REGIONS, ["Kurzeme", "Latgale", "Rīga", "Vidzeme", "Zemgale"])) + "</w:dropDownList>")
    rows = []
    for key in S1:
        lab = d.tc(d.tp(LBL[key], B), wl, shade="F2F2F2")
        if key in ("municipality", "registration_no", "address"):
            rows.append(d.tr([lab, cell_sdt(key, w[key])]))
        elif key == "planning_region":
            rows.append(d.tr([lab, cell_sdt(key, w[key], region_kind)]))
        else:
            rows.append(d.tr([lab, block_sdt_cell(key, w[key])]))
    s1 = d.tbl(rows, [wl, wv])
    body += heading(d, 1)
    body += d.sdt(s1 + d.p(), d.sdt_pr(alias="Pieteicējs", tag="s1", kind="<w:group/>", placeholder=None))

    body += heading(d, 2)
    body += d.tp(LBL["title"], B, keep_next=True, spacing='<w:spacing w:after="0"/>')
    body += d.sdt(d.tp(w["title"]), d.sdt_pr(alias=LBL["title"], tag="title", appearance="boundingBox"))
    body += d.tp(LBL["current_measures"], B, keep_next=True, spacing='<w:spacing w:after="0"/>')
    body += d.sdt(d.tp(w["current_measures"]), d.sdt_pr(alias=LBL["current_measures"], tag="measures",
                                                        kind="", appearance="boundingBox"))
    body += d.tp(LBL["goal"], B, keep_next=True, spacing='<w:spacing w:after="0"/>')
    body += d.sdt(d.p(d.placeholder_runs()), d.sdt_pr(alias=LBL["goal"], tag="goal", showing=True,
                                                      appearance="boundingBox"))

    body += heading(d, 3)
    widths = [600, 2300, 3300, 1900, 1400]
    kinds = ["Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā",
             "Pašvaldību speciālistu apmācības par remigrācijas jautājumiem",
             "Informatīvu materiālu sagatavošana", "Vizītes pie diasporas", "Semināri un apmācības"]
    combo = ('<w:comboBox w:lastValue="{v}"><w:listItem w:displayText="Izvēlieties vienumu." w:value=""/>'
             + "".join(f'<w:listItem w:displayText="{esc(k)}" w:value="{esc(k)}"/>' for k in kinds) + "</w:comboBox>")
    items = []
    for i, a in enumerate(w["activities"], 1):
        kind_run = d.sdt(d.runs(a["kind"]), d.sdt_pr(alias="Aktivitātes veids", tag="kind",
                                                    kind=combo.format(v=esc(a["kind"])), placeholder=PLACEHOLDER_LIST))
        cells = [d.tc(d.tp(f"{i}.", jc="center"), widths[0]),
                 d.tc(d.p(kind_run), widths[1]),
                 d.tc(d.tp(a["description"]), widths[2]),
                 d.tc(d.tp(a["period"]), widths[3]),
                 d.tc(d.tp(a["cost"], jc="right"), widths[4])]
        row = d.tr(cells, cant_split=True)
        items.append(d.sdt(row, f'<w:sdtPr><w:id w:val="{d.sdt_id()}"/><w15:repeatingSectionItem/></w:sdtPr>'))
    rep = d.sdt("".join(items), f'<w:sdtPr><w:alias w:val="Aktivitātes"/><w:tag w:val="activities"/>'
                                f'<w:id w:val="{d.sdt_id()}"/><w15:repeatingSection/></w:sdtPr>')
    body += d.tbl([act_header_row(d, widths), rep, total_row(d, w, widths)], widths)
    body += d.p()

    body += heading(d, 4)
    rows = []
    for key in S4:
        v = d.p(d.sdt(d.runs(w[key]), d.sdt_pr(alias=LBL[key], tag=key)))
        rows.append(d.tr([d.tc(d.tp(LBL[key], B), 6000, shade="F2F2F2"), d.tc(v, 3500)]))
    body += d.tbl(rows, [6000, 3500]) + d.p()

    body += heading(d, 5)
    rows = []
    for key in S5:
        v = d.p(d.sdt(d.runs(w[key]), d.sdt_pr(alias=LBL[key], tag=key)) + d.runs(" EUR"), jc="right")
        rows.append(d.tr([d.tc(d.tp(LBL[key], B), 6000, shade="F2F2F2"), d.tc(v, 3500)]))
    body += d.tbl(rows, [6000, 3500]) + d.p()

    body += heading(d, 6)
    body += d.sdt(d.tp(w["period"]), d.sdt_pr(alias="Īstenošanas periods", tag="period"))

    body += heading(d, 7)
    body += d.tp(DECL)
    date_kind = ('<w:date w:fullDate="2019-09-26T00:00:00Z"><w:dateFormat w:val="yyyy. \'gada\' d. MMMM"/>'
                 '<w:lid w:val="lv-LV"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    rows = []
    for key in S7:
        kind = date_kind if key == "signed_on" else "<w:text/>"
        ph = PLACEHOLDER_DATE if key == "signed_on" else PLACEHOLDER_TEXT
        v = d.p(d.sdt(d.runs(w[key]), d.sdt_pr(alias=LBL[key], tag="sig_" + key, kind=kind, placeholder=ph)))
        rows.append(d.tr([d.tc(d.tp(LBL[key], B), 3000), d.tc(v, 6500)]))
    body += d.tbl(rows, [3000, 6500], style=None) + d.p()
    d.save(OUT / f["file"], body)
    return WORD


# ====================================================================== d02
def d02() -> str:
    """Inline content controls after the label in running paragraphs ("fill-in form"); placeholders
    showing for the address and target_reached (-> null); multi-line plain-text control with a line
    break; date picker; check box control; tags appearance."""
    f = FORMS["d02"]
    w = f["w"]
    d = new_doc("d02", "Kristīne Vilkaste", "2019-09-10T06:30:00Z", "2019-09-30T13:02:00Z")
    body = form_head(d)

    def line(key, label, value, *, kind="<w:text/>", ph=PLACEHOLDER_TEXT, showing=False):
        content = d.placeholder_runs(ph) if showing else d.runs(value)
        ctl = d.sdt(content, d.sdt_pr(alias=label.rstrip(":"), tag=key, kind=kind, placeholder=ph,
                                      showing=showing, appearance="tags", color="2E74B5"))
        return d.p(d.runs(label, B) + d.run("\t") + ctl, tabs='<w:tab w:val="left" w:pos="3969"/>',
                   ind='<w:ind w:left="3969" w:hanging="3969"/>', spacing='<w:spacing w:after="80"/>')

    labels = {"municipality": "Pašvaldība:", "registration_no": "Reģ. Nr.:", "address": "Adrese:",
              "planning_region": "Plānošanas reģions:", "contact_name": "Kontaktpersona (vārds, uzvārds):",
              "contact_position": "Amats:", "contact_phone": "Tālr.:", "contact_email": "E-pasta adrese:"}
    region_kind = ('<w:dropDownList w:lastValue="Vidzemes"><w:listItem w:displayText="Izvēlieties vienumu." w:value=""/>'
                   + "".join(f'<w:listItem w:displayText="{r}" w:value="{r}"/>' for r in REGIONS) + "</w:dropDownList>")
    body += heading(d, 1)
    for key in S1:
        if key == "address":
            body += line(key, labels[key], None, showing=True)
        elif key == "planning_region":
            body += line(key, labels[key], w[key], kind=region_kind, ph=PLACEHOLDER_LIST)
        else:
            body += line(key, labels[key], w[key])

    body += heading(d, 2)
    body += line("title", "Projekta nosaukums:", w["title"])
    cm = w["current_measures"].replace("dibināšanu; ", "dibināšanu;\n")
    body += d.p(d.runs("Esošie remigrācijas atbalsta pasākumi pašvaldībā:", B), keep_next=True,
                spacing='<w:spacing w:after="0"/>')
    body += d.p(d.sdt(d.runs(cm), d.sdt_pr(alias="Esošie pasākumi", tag="measures",
                                           kind='<w:text w:multiLine="1"/>', appearance="tags")))
    body += d.p(d.runs("Projekta mērķis:", B), keep_next=True, spacing='<w:spacing w:after="0"/>')
    body += d.p(d.sdt(d.runs(w["goal"]), d.sdt_pr(alias="Mērķis", tag="goal", kind='<w:text w:multiLine="1"/>',
                                                  appearance="tags")))

    body += heading(d, 3)
    widths = [500, 2500, 3400, 1800, 1300]
    rows = [act_header_row(d, widths)]
    for i, a in enumerate(w["activities"], 1):
        vals = [f"{i}.", a["kind"], a["description"], a["period"], a["cost"]]
        cells = []
        for j, (v, cw) in enumerate(zip(vals, widths)):
            if j == 0:
                cells.append(d.tc(d.tp(v, jc="center"), cw))
            else:
                ctl = d.sdt(d.runs(v), d.sdt_pr(alias=ACT_HEAD[j], tag=f"a{i}_{j}", appearance="hidden"))
                cells.append(d.tc(d.p(ctl, jc="right" if j == 4 else None), cw))
        rows.append(d.tr(cells))
    body += d.tbl(rows, widths) + d.p()

    body += heading(d, 4)
    body += line("target_remigrants", "Plānotais atgriezušos personu skaits:", w["target_remigrants"])
    body += line("target_reached", "Plānotais informēto personu skaits:", None, showing=True)
    body += heading(d, 5)
    body += line("total_cost", "Kopējās izmaksas:", w["total_cost"])
    body += line("requested", "Pieprasītā summa:", w["requested"])
    body += heading(d, 6)
    body += d.p(d.sdt(d.runs(w["period"]), d.sdt_pr(alias="Periods", tag="period", appearance="tags")))
    body += heading(d, 7)
    check = ('<w14:checkbox><w14:checked w14:val="1"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
             '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
    box = d.sdt('<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>☒</w:t></w:r>',
                d.sdt_pr(tag="apliecinu", kind=check, placeholder=None))
    body += d.p(box + d.run(" ") + d.runs(DECL))
    body += line("sig_name", "Vārds, uzvārds:", w["signatory_name"])
    body += line("sig_pos", "Amats:", w["signatory_position"])
    date_kind = ('<w:date w:fullDate="2019-09-30T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy."/><w:lid w:val="lv-LV"/>'
                 '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    body += line("sig_date", "Datums:", w["signed_on"], kind=date_kind, ph=PLACEHOLDER_DATE)
    d.save(OUT / f["file"], body)
    return WORD


# ====================================================================== d03
EN5 = "\u2002" * 5


def d03() -> str:
    """Legacy form fields (Word 97-2003 "protected form"): FORMTEXT with the value between separate and
    end, FORMTEXT whose ffData default differs from the value, an empty FORMTEXT (five en spaces ->
    null), number/date typed FORMTEXT, FORMDROPDOWN for the region (no result text, only ddList
    result index), FORMCHECKBOX; document protection for forms."""
    f = FORMS["d03"]
    w = f["w"]
    d = new_doc("d03", "Laura Štrausa", "2019-09-16T08:00:00Z", "2019-09-25T10:20:00Z", total_time=22)
    d.settings["protect"] = ('<w:documentProtection w:edit="forms" w:enforcement="1" w:cryptProviderType="rsaAES" '
                             'w:cryptAlgorithmClass="hash" w:cryptAlgorithmType="typeAny" w:cryptAlgorithmSid="14" '
                             'w:cryptSpinCount="100000" w:hash="Zp9wEVbBPLTXXjFPjXpwrGqyDk3tqVLMsxyzm6Uf3BddNDqyHkENNbAzf0ECq7Cp7KZ31NPw8q0NcjCHrT8wPQ==" '
                             'w:salt="f5Ni3lMbBJpZbZwXcjw+OA=="/>')
    n = [0]

    def ftext(value: str | None, *, default: str | None = None, typ: str = "", fmt: str = "", maxlen: int = 0,
              help_text: str = "") -> str:
        n[0] += 1
        name = f"Text{n[0]}"
        ti = typ
        if default is not None:
            ti += f'<w:default w:val="{esc(default)}"/>'
        if maxlen:
            ti += f'<w:maxLength w:val="{maxlen}"/>'
        if fmt:
            ti += f'<w:format w:val="{esc(fmt)}"/>'
        help_xml = f'<w:statusText w:type="text" w:val="{esc(help_text)}"/>' if help_text else ""
        ff = (f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>{help_xml}'
              f'<w:textInput>{ti}</w:textInput></w:ffData>')
        shown = value if value else EN5
        res = "".join(f'<w:r w:rsidR="{d.rsid()}"><w:rPr><w:noProof/></w:rPr>{x}</w:r>'
                      for x in _chunks(shown, d))
        bid = d.next_bookmark()
        return (f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>' + d.field(" FORMTEXT ", res, ffdata=ff)
                + f'<w:bookmarkEnd w:id="{bid}"/>')

    def fdrop(entries: list[str], result: int) -> str:
        ff = ('<w:ffData><w:name w:val="Dropdown1"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList>'
              f'<w:result w:val="{result}"/>' + "".join(f'<w:listEntry w:val="{esc(e)}"/>' for e in entries)
              + "</w:ddList></w:ffData>")
        bid = d.next_bookmark()
        return (f'<w:bookmarkStart w:id="{bid}" w:name="Dropdown1"/>'
                + d.field(" FORMDROPDOWN ", "", ffdata=ff, no_separate=True) + f'<w:bookmarkEnd w:id="{bid}"/>')

    def fcheck(checked: bool) -> str:
        ff = ('<w:ffData><w:name w:val="Check1"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
              f'<w:default w:val="{1 if checked else 0}"/></w:checkBox></w:ffData>')
        return d.field(" FORMCHECKBOX ", "", ffdata=ff, no_separate=True)

    body = form_head(d)
    body += heading(d, 1)
    wl, wv = 3700, 5800
    rows = []
    for key in S1:
        if key == "planning_region":
            v = d.p(fdrop(["(izvēlēties)", "Latgales", "Kurzemes", "Rīgas", "Vidzemes", "Zemgales"], 2))
        elif key == "municipality":
            v = d.p(ftext(w[key], default="Ierakstiet pašvaldības nosaukumu", help_text="Ierakstiet pašvaldības nosaukumu"))
        elif key == "registration_no":
            v = d.p(ftext(w[key], maxlen=11, typ='<w:type w:val="number"/>'))
        else:
            v = d.p(ftext(w[key]))
        rows.append(d.tr([d.tc(d.tp(LBL[key], B), wl, shade="E7E6E6"), d.tc(v, wv)]))
    body += d.tbl(rows, [wl, wv]) + d.p()

    body += heading(d, 2)
    rows = []
    for key in ("title", "current_measures", "goal"):
        rows.append(d.tr([d.tc(d.tp(LBL[key], B), 9500, shade="E7E6E6")]))
        rows.append(d.tr([d.tc(d.p(ftext(w[key])), 9500)], height=700))
    body += d.tbl(rows, [9500]) + d.p()

    body += heading(d, 3)
    widths = [500, 2600, 3300, 1700, 1400]
    rows = [act_header_row(d, widths)]
    for i, a in enumerate(w["activities"], 1):
        vals = [a["kind"], a["description"], a["period"], a["cost"]]
        cells = [d.tc(d.tp(f"{i}.", jc="center"), widths[0])]
        for j, v in enumerate(vals, 1):
            cells.append(d.tc(d.p(ftext(v), jc="right" if j == 4 else None), widths[j]))
        rows.append(d.tr(cells))
    rows.append(d.tr([d.tc(d.tp("Kopā", B, jc="right"), sum(widths[:4]), span=4),
                      d.tc(d.p(ftext(w["activities_total"]), jc="right"), widths[4])]))
    body += d.tbl(rows, widths) + d.p()

    body += heading(d, 4)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="E7E6E6"),
                  d.tc(d.p(ftext(w[k], typ='<w:type w:val="number"/>')), 3000)]) for k in S4]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 5)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="E7E6E6"),
                  d.tc(d.p(ftext(w[k]) + d.run(" EUR")), 3000)]) for k in ("total_cost", "requested")]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 6)
    body += d.p(ftext(w["period"], default="no __.__.____. līdz __.__.____."))
    body += heading(d, 7)
    body += d.p(fcheck(True) + d.run(" ") + d.runs(DECL))
    rows = [d.tr([d.tc(d.tp(LBL["signatory_name"], B), 3000), d.tc(d.p(ftext(w["signatory_name"])), 6500)]),
            d.tr([d.tc(d.tp(LBL["signatory_position"], B), 3000), d.tc(d.p(ftext(w["signatory_position"])), 6500)]),
            d.tr([d.tc(d.tp(LBL["signed_on"], B), 3000),
                  d.tc(d.p(ftext(w["signed_on"], typ='<w:type w:val="date"/>', fmt="dd.MM.yyyy.")), 6500)])]
    body += d.tbl(rows, [3000, 6500], style=None) + d.p()
    d.save(OUT / f["file"], body)
    return WORD


def _chunks(s: str, d: Doc) -> list[str]:
    """Split a form-field result into a few w:t pieces, as Word does after edits."""
    if len(s) < 12:
        return [t_elem(s)]
    k = d.rng.randrange(3, len(s) - 3)
    return [t_elem(s[:k]), t_elem(s[k:])]


# ====================================================================== d04
REV1 = ("Ilze Kļaviņa", "2019-09-27T09:41:00Z")
REV2 = ("Dace Kalniņa", "2019-09-27T11:05:00Z")


def d04() -> str:
    """Tracked changes: ins/del of values (amount corrected 12 000,00 -> 9 500,00), a deleted and an
    inserted activity row, a deleted co-financing paragraph, a moved sentence (moveFrom text is in
    w:t, not w:delText), an inserted goal paragraph, rPrChange/pPrChange."""
    f = FORMS["d04"]
    w = f["w"]
    d = new_doc("d04", "Dace Kalniņa", "2019-09-18T06:00:00Z", "2019-09-27T11:20:00Z", revision=9)
    d.settings["track"] = True
    a1, t1 = REV1
    a2, t2 = REV2

    def fix(old: str, new: str, who=REV1) -> str:
        return d.dele(old, *who) + d.ins(d.runs(new), *who)

    def para(label: str, inner: str, **kw) -> str:
        return d.p(d.runs(label, B) + d.run(" ") + inner, spacing='<w:spacing w:after="60"/>', **kw)

    body = form_head(d)
    body += heading(d, 1)
    body += para("Pašvaldības nosaukums:", fix("Iecavas novada pašvaldība", w["municipality"]))
    body += para("Reģistrācijas numurs:", d.runs(w["registration_no"]))
    body += para("Juridiskā adrese:", d.runs(w["address"]))
    body += para("Plānošanas reģions:", d.runs(w["planning_region"]))
    body += para("Kontaktpersona (vārds, uzvārds):", d.runs(w["contact_name"]))
    body += para("Amats:", d.runs("Attīstības nodaļas ") + d.dele("vadītāja vietniece", *REV2)
                 + d.ins(d.runs("projektu vadītāja"), *REV2))
    body += para("Tālrunis:", fix("63942211", w["contact_phone"]))
    body += para("E-pasts:", d.runs(w["contact_email"]))

    body += heading(d, 2)
    # label bold added with tracking (rPrChange)
    chg = f'<w:rPrChange {d.rev_attrs(a1, t1)}><w:rPr/></w:rPrChange>'
    lab = f'<w:r w:rsidR="{d.rsid()}"><w:rPr><w:b/><w:bCs/>{chg}</w:rPr><w:t>Projekta nosaukums:</w:t></w:r>'
    body += d.p(lab + d.run(" ") + d.runs("Iecava – ") + d.dele("daudz ", *REV1) + d.runs("tuvāk, nekā šķiet"))
    s1, s2 = w["current_measures"].split(". ", 1)
    s1 += "."
    mv = d.nid() + 500
    mv2 = d.nid() + 500
    move_from = (f'<w:moveFromRangeStart w:id="{mv}" {d.rev_attrs(a2, t2, False)} w:name="move248193370"/>'
                 f'<w:moveFrom {d.rev_attrs(a2, t2)}>{d.runs(s2 + " ")}</w:moveFrom><w:moveFromRangeEnd w:id="{mv}"/>')
    move_to = (f'<w:moveToRangeStart w:id="{mv2}" {d.rev_attrs(a2, t2, False)} w:name="move248193370"/>'
               f'<w:moveTo {d.rev_attrs(a2, t2)}>{d.runs(" " + s2)}</w:moveTo><w:moveToRangeEnd w:id="{mv2}"/>')
    body += d.p(d.runs("Esošie remigrācijas atbalsta pasākumi pašvaldībā:", B), keep_next=True,
                spacing='<w:spacing w:after="0"/>')
    body += d.p(move_from + d.runs(s1) + move_to)
    # the goal paragraph was inserted by the reviewer
    ins_mark = f'<w:ins {d.rev_attrs(a1, t1)}/>'
    body += d.p(d.ins(d.runs("Projekta mērķis:", B), a1, t1), keep_next=True, spacing='<w:spacing w:after="0"/>',
                mark_rpr=ins_mark)
    body += d.p(d.ins(d.runs(w["goal"]), a1, t1), mark_rpr=f'<w:ins {d.rev_attrs(a1, t1)}/>')

    body += heading(d, 3)
    widths = [500, 2600, 3300, 1700, 1400]
    rows = [act_header_row(d, widths)]
    acts = w["activities"]

    def row(vals, rev=None, cost_fix=None):
        cells = []
        for j, (v, cw) in enumerate(zip(vals, widths)):
            jc = "right" if j == 4 else ("center" if j == 0 else None)
            if rev == "del":
                mark = f'<w:del {d.rev_attrs(a2, t2)}/>'
                cells.append(d.tc(d.p(d.dele(v, a2, t2), jc=jc, mark_rpr=mark), cw))
            elif rev == "ins":
                mark = f'<w:ins {d.rev_attrs(a2, t2)}/>'
                cells.append(d.tc(d.p(d.ins(d.runs(v), a2, t2), jc=jc, mark_rpr=mark), cw))
            elif j == 4 and cost_fix:
                cells.append(d.tc(d.p(fix(cost_fix, v), jc=jc), cw))
            else:
                cells.append(d.tc(d.tp(v, jc=jc), cw))
        trrev = ""
        if rev == "del":
            trrev = f'<w:del {d.rev_attrs(a2, t2)}/>'
        elif rev == "ins":
            trrev = f'<w:ins {d.rev_attrs(a2, t2)}/>'
        return d.tr(cells, rev=trrev)

    rows.append(row(["1.", acts[0]["kind"], acts[0]["description"], acts[0]["period"], acts[0]["cost"]]))
    rows.append(row(["2.", acts[1]["kind"], acts[1]["description"], acts[1]["period"], acts[1]["cost"]],
                    cost_fix="3 500,00"))
    rows.append(row(["3.", "Vizītes pie diasporas", "Vizīte pie latviešu kopienas Norvēģijā (Oslo)",
                     "02.2020.", "2 500,00"], rev="del"))
    rows.append(row(["3.", acts[2]["kind"], acts[2]["description"], acts[2]["period"], acts[2]["cost"]], rev="ins"))
    rows.append(d.tr([d.tc(d.tp("Kopā", B, jc="right"), sum(widths[:4]), span=4),
                      d.tc(d.p(fix("12 000,00", w["activities_total"])), widths[4])]))
    body += d.tbl(rows, widths) + d.p()

    body += heading(d, 4)
    body += para("Plānotais remigrantu skaits:", fix("8", w["target_remigrants"]))
    body += para("Plānotais informēto personu skaits:", d.runs(w["target_reached"]))
    body += heading(d, 5)
    body += para("Kopējās izmaksas:", fix("12 000,00", w["total_cost"]) + d.runs(" EUR"))
    body += para("Pieprasītais finansējums:", fix("12 000,00", w["requested"]) + d.runs(" EUR"))
    dmark = f'<w:del {d.rev_attrs(a1, t1)}/>'
    body += d.p(d.dele("Pašvaldības līdzfinansējums: 2 500,00 EUR", a1, t1), mark_rpr=dmark)
    body += heading(d, 6)
    body += d.p(d.runs("no ") + fix("01.10.2019.", "01.11.2019.") + d.runs(" līdz 30.04.2020."))
    body += heading(d, 7)
    pchg = f'<w:pPrChange {d.rev_attrs(a1, t1)}><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange>'
    body += d.p(d.runs(DECL), jc="both", ppr_change=pchg)
    body += para("Vārds, uzvārds:", d.runs(w["signatory_name"]))
    body += para("Amats:", d.runs(w["signatory_position"]))
    body += para("Datums:", fix("20.09.2019.", w["signed_on"], REV2))
    d.save(OUT / f["file"], body)
    return WORD


# ====================================================================== d05
def d05() -> str:
    """Review comments (comments.xml, commentsExtended, commentsIds, commentsExtensible, people.xml):
    comment ranges over labels and values, a reply, a resolved comment; comment texts that look like
    form lines.  Plus two tracked changes (co-financing inserted, a goal sentence deleted)."""
    f = FORMS["d05"]
    w = f["w"]
    d = new_doc("d05", "Santa Oša", "2019-09-09T07:00:00Z", "2019-09-24T14:35:00Z", revision=12)
    d.settings["track"] = True
    rv = ("Jānis Kalns", "2019-09-23T10:12:00Z")
    rv2 = ("Santa Oša", "2019-09-23T13:40:00Z")
    body = form_head(d)
    wl, wv = 3800, 5700

    def row(label, value_xml, comment=None):
        lab = d.runs(label, B)
        if comment:
            texts, who, replies, done = comment
            # the comment range spans from inside the label cell to inside the value cell
            start_ids = len(d.comments)
            inner = d.comment("§VAL§", texts, who[0], who[1], replies=replies, done=done)
            pre, post = inner.split("§VAL§")
            return d.tr([d.tc(d.p(pre + lab), wl, shade="DEEAF6"), d.tc(d.p(value_xml + post), wv)])
        return d.tr([d.tc(d.p(lab), wl, shade="DEEAF6"), d.tc(d.p(value_xml), wv)])

    body += heading(d, 1)
    rows = []
    for key in S1:
        val = d.runs(w[key])
        if key == "contact_phone":
            rows.append(row(LBL[key], val, (["Tālrunis: 29 555 111 (mobilais) – varbūt labāk norādīt šo?"], rv,
                                            [("Santa Oša", "2019-09-23T13:40:00Z", "Atstājam darba tālruni.")], False)))
        elif key == "contact_email":
            rows.append(row(LBL[key], val, (["E-pasts: s.osa@ogre.lv ir vecā adrese, pārbaudīt."], rv, [], True)))
        else:
            rows.append(row(LBL[key], val))
    body += d.tbl(rows, [wl, wv]) + d.p()

    body += heading(d, 2)
    rows = [row(LBL["title"], d.runs(w["title"])),
            row(LBL["current_measures"], d.runs(w["current_measures"])),
            row(LBL["goal"], d.runs(w["goal"]) + d.dele(" Projekts turpināsies arī 2021. gadā.", *rv))]
    body += d.tbl(rows, [wl, wv]) + d.p()

    body += heading(d, 3)
    widths = [500, 2500, 3300, 1900, 1300]
    rows = [act_header_row(d, widths)] + act_rows(d, w, widths) + [total_row(d, w, widths)]
    body += d.tbl(rows, widths) + d.p()

    body += heading(d, 4)
    rows = [row(LBL["target_remigrants"], d.runs(w["target_remigrants"])),
            row(LBL["target_reached"], d.comment(d.runs(w["target_reached"]),
                                                 ["Vai 1500 nav par daudz? Iepriekš rakstījām Plānotais informēto personu skaits: 800."],
                                                 *rv))]
    body += d.tbl(rows, [wl, wv]) + d.p()
    body += heading(d, 5)
    rows = [row(LBL["total_cost"], d.runs(w["total_cost"])),
            row(LBL["requested"], d.runs(w["requested"]),
                (["Pieprasītais finansējums: 10 000,00 EUR?", "Maksimālā summa ir 10 000 EUR, varam prasīt vairāk."],
                 rv, [("Santa Oša", "2019-09-23T13:45:00Z", "Nē, paliekam pie 8 000,00 EUR, pārējo sedz pašvaldība.")],
                 False)),
            row(LBL["cofinancing"], d.dele("0,00 EUR", *rv2) + d.ins(d.runs(w["cofinancing"]), *rv2))]
    body += d.tbl(rows, [wl, wv]) + d.p()
    body += heading(d, 6)
    body += d.p(d.comment(d.runs(w["period"]), ["Periods jāsaskaņo ar nolikumu: no 2019-11-01?"], *rv))
    body += heading(d, 7)
    body += d.tp(DECL)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 3000), d.tc(d.tp(w[k]), 6500)]) for k in S7]
    body += d.tbl(rows, [3000, 6500], style=None) + d.p()
    d.save(OUT / f["file"], body)
    return WORD



# ====================================================================== d06
def d06() -> str:
    """Hyperlinks and fields: e-mail as w:hyperlink (mailto, relationship), a HYPERLINK complex field,
    DOCPROPERTY Company as w:fldSimple (municipality), TITLE field (project title), =SUM(ABOVE)
    formula in the Kopā cell, a locked DATE field with its cached result (signing date), PAGE /
    NUMPAGES in the footer, named and _Hlk bookmarks."""
    f = FORMS["d06"]
    w = f["w"]
    d = new_doc("d06", "Andris Liepiņš", "2019-09-12T09:00:00Z", "2019-09-23T15:10:00Z", title=w["title"],
                company=w["municipality"])
    tabs = '<w:tab w:val="left" w:pos="4253"/>'

    def line(label, value_xml, bold=True):
        return d.p(d.runs(label, B if bold else "") + d.run("\t") + value_xml, tabs=tabs,
                   ind='<w:ind w:left="4253" w:hanging="4253"/>', spacing='<w:spacing w:after="60"/>')

    body = form_head(d)
    body += heading(d, 1)
    company = (f'<w:fldSimple w:instr=" DOCPROPERTY  Company  \\* MERGEFORMAT "><w:r w:rsidR="{d.rsid()}">'
               f'{t_elem(w["municipality"])}</w:r></w:fldSimple>')
    body += line("Pašvaldības nosaukums:", company)
    body += line("Reģistrācijas numurs:", d.runs(w["registration_no"]))
    body += line("Juridiskā adrese:", d.runs(w["address"]))
    web = d.field(' HYPERLINK "https://www.ventspils.lv" ', d.run("www.ventspils.lv", '<w:rStyle w:val="Hyperlink"/>'))
    body += line("Tīmekļvietne:", web, bold=False)
    body += line("Plānošanas reģions:", d.runs(w["planning_region"]))
    body += line("Kontaktpersona (vārds, uzvārds):", d.bookmark("_Hlk19612844", d.runs(w["contact_name"])))
    body += line("Amats:", d.runs(w["contact_position"]))
    body += line("Tālrunis:", d.runs(w["contact_phone"]))
    rid = d.rel("hyperlink", "mailto:" + w["contact_email"], external=True)
    user, dom = w["contact_email"].split("@")
    link = (f'<w:hyperlink r:id="{rid}" w:history="1">'
            + d.run(user + "@", '<w:rStyle w:val="Hyperlink"/>') + d.run(dom, '<w:rStyle w:val="Hyperlink"/>')
            + "</w:hyperlink>")
    body += line("E-pasts:", link)

    body += heading(d, 2)
    title_field = d.field(" TITLE  \\* MERGEFORMAT ", d.runs(w["title"]))
    body += line("Projekta nosaukums:", d.bookmark("ProjektaNosaukums", title_field))
    body += d.p(d.runs("Esošie remigrācijas atbalsta pasākumi pašvaldībā:", B), keep_next=True,
                spacing='<w:spacing w:after="0"/>')
    body += d.tp(w["current_measures"])
    body += d.p(d.runs("Projekta mērķis:", B), keep_next=True, spacing='<w:spacing w:after="0"/>')
    body += d.tp(w["goal"])

    body += heading(d, 3)
    widths = [500, 2600, 3300, 1800, 1300]
    rows = [act_header_row(d, widths)] + act_rows(d, w, widths)
    sum_field = d.field(' =SUM(ABOVE) \\# "# ##0,00" ', d.run(w["activities_total"], B), rpr=B)
    rows.append(d.tr([d.tc(d.tp("Kopā", B, jc="right"), sum(widths[:4]), span=4),
                      d.tc(d.p(d.bookmark("Kopsumma", sum_field), jc="right"), widths[4])]))
    body += d.tbl(rows, widths) + d.p()

    body += heading(d, 4)
    body += line(LBL["target_remigrants"] + ":", d.runs(w["target_remigrants"]))
    body += line(LBL["target_reached"] + ":", d.runs(w["target_reached"]))
    body += heading(d, 5)
    body += line("Kopējās izmaksas:", d.runs(w["total_cost"]))
    body += line("Pieprasītais finansējums:", d.runs(w["requested"]))
    body += heading(d, 6)
    body += d.tp(w["period"])
    body += heading(d, 7)
    body += d.tp(DECL)
    body += line("Vārds, uzvārds:", d.runs(w["signatory_name"]))
    body += line("Amats:", d.runs(w["signatory_position"]))
    date_field = d.field(' DATE  \\@ "dd.MM.yyyy."  \\* MERGEFORMAT ', d.run(w["signed_on"]), lock=True)
    body += line("Datums:", date_field)
    footer = d.p(d.runs("Lapa ") + d.field(" PAGE ", d.run("1")) + d.runs(" no ")
                 + d.field(" NUMPAGES ", d.run("2")), style="Footer", jc="right")
    refs = d.header("footer", footer)
    d.save(OUT / f["file"], body, d.sect_pr(refs=refs))
    return WORD


# ====================================================================== d07
def textbox(d: Doc, inner: str, *, cx: int, cy: int, name: str, anchored: bool = True, align: str = "left",
            y_emu: int = 0) -> str:
    """A Word 2010+ text box: wps:txbx in mc:Choice, the same content again in the VML v:textbox of
    mc:Fallback (Word writes both)."""
    sid = d.rng.randrange(1026, 2040)
    shape_id = d.rng.randrange(1, 400)
    docpr = f'<wp:docPr id="{shape_id}" name="{name}"/>'
    graphic = ('<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
               '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
               '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto">'
               f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
               '<a:solidFill><a:srgbClr val="F7F9FC"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="2F5496"/></a:solidFill>'
               '<a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr>'
               f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
               '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
               '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>')
    ext = f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    if anchored:
        drawing = (f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
                   f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
                   f'wp14:anchorId="{d.hex8()}" wp14:editId="{d.hex8()}"><wp:simplePos x="0" y="0"/>'
                   f'<wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>'
                   f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>'
                   f'{ext}<wp:wrapTopAndBottom/>{docpr}<wp:cNvGraphicFramePr>'
                   '<a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></wp:cNvGraphicFramePr>'
                   f'{graphic}<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
                   '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV></wp:anchor>')
    else:
        drawing = (f'<wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="{d.hex8()}" wp14:editId="{d.hex8()}">'
                   f'{ext}{docpr}<wp:cNvGraphicFramePr/>{graphic}</wp:inline>')
    # the fallback copy: same paragraphs, fresh paragraph ids
    fallback_inner = __import__("re").sub(r'w14:paraId="[0-9A-F]{8}"', lambda m: f'w14:paraId="{d.para_id()}"', inner)
    wpt, hpt = cx / 12700, cy / 12700
    pos = (f"position:absolute;margin-left:0;margin-top:{y_emu / 12700:.1f}pt;mso-position-horizontal:{align};"
           "mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;" if anchored else "")
    vml = ('<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="{name}" o:spid="_x0000_s{sid}" type="#_x0000_t202" style="{pos}width:{wpt:.1f}pt;height:{hpt:.1f}pt;'
           f'z-index:{251659264 + shape_id};visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;'
           'mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;v-text-anchor:top" '
           'fillcolor="#f7f9fc" strokecolor="#2f5496">'
           f'<v:textbox><w:txbxContent>{fallback_inner}</w:txbxContent></v:textbox>'
           + ('<w10:wrap type="topAndBottom" anchorx="margin"/>' if anchored else "") + '</v:shape></w:pict>')
    return (f'<w:r w:rsidR="{d.rsid()}"><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">'
            f'<w:drawing>{drawing}</w:drawing></mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')


def d07() -> str:
    """Text boxes: section 1 and the signature block each live in a DrawingML text box (wps:txbx) with
    the VML v:textbox fallback in mc:AlternateContent (same text twice in the XML, once on the page);
    footnotes (one after a label, one right after the total amount)."""
    f = FORMS["d07"]
    w = f["w"]
    d = new_doc("d07", "Ivars Geiba", "2019-09-05T06:00:00Z", "2019-09-27T09:30:00Z")
    sp = '<w:spacing w:after="40" w:line="240" w:lineRule="auto"/>'
    body = form_head(d)
    body += heading(d, 1)
    inner = ""
    labels = {"municipality": "Pašvaldības nosaukums", "registration_no": "Reģistrācijas numurs",
              "address": "Juridiskā adrese", "planning_region": "Plānošanas reģions",
              "contact_name": "Kontaktpersona (vārds, uzvārds)", "contact_position": "Amats", "contact_phone": "Tālrunis",
              "contact_email": "E-pasts"}
    for key in S1:
        inner += d.p(d.runs(labels[key] + ": ", B) + d.runs(w[key]), spacing=sp)
    body += d.p(textbox(d, inner, cx=6120000, cy=2050000, name="Tekstlodziņš 2", y_emu=0))
    body += heading(d, 2)
    body += d.p(d.runs(LBL["title"] + ": ", B) + d.runs(w["title"]))
    body += d.p(d.runs(LBL["current_measures"] + ":", B), keep_next=True, spacing='<w:spacing w:after="0"/>')
    body += d.tp(w["current_measures"])
    body += d.p(d.runs(LBL["goal"] + ":", B), keep_next=True, spacing='<w:spacing w:after="0"/>')
    body += d.tp(w["goal"])
    body += heading(d, 3)
    widths = [500, 2600, 3300, 1800, 1300]
    rows = [act_header_row(d, widths)] + act_rows(d, w, widths) + [total_row(d, w, widths)]
    body += d.tbl(rows, widths) + d.p()
    body += heading(d, 4)
    rows = [d.tr([d.tc(d.tp(LBL["target_remigrants"], B), 6500), d.tc(d.tp(w["target_remigrants"]), 3000)]),
            d.tr([d.tc(d.p(d.runs(LBL["target_reached"], B) + d.footnote(
                "Personas, kuras saņems informāciju tiešsaistes tikšanās vai vizītes laikā.")), 6500),
                  d.tc(d.tp(w["target_reached"]), 3000)])]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 5)
    rows = [d.tr([d.tc(d.tp(LBL["total_cost"], B), 6500),
                  d.tc(d.p(d.runs(w["total_cost"]) + d.footnote("Summa atbilst 3. sadaļas tabulas kopsummai.")
                           + d.runs(" EUR")), 3000)]),
            d.tr([d.tc(d.tp(LBL["requested"], B), 6500), d.tc(d.tp(w["requested"] + " EUR"), 3000)]),
            d.tr([d.tc(d.tp(LBL["cofinancing"], B), 6500), d.tc(d.tp(w["cofinancing"] + " EUR"), 3000)])]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 6)
    body += d.tp(w["period"])
    body += heading(d, 7)
    body += d.tp(DECL)
    inner = "".join(d.p(d.runs(LBL[k] + ": ", B) + d.runs(w[k]), spacing=sp) for k in S7)
    body += d.p(textbox(d, inner, cx=3960000, cy=900000, name="Tekstlodziņš 5", align="right", y_emu=60000))
    d.save(OUT / f["file"], body)
    return WORD


# ====================================================================== d08
def d08() -> str:
    """Characters Word stores as elements: w:tab between label and value, w:ptab (absolute right tab),
    w:br inside the address, w:cr in the goal, w:noBreakHyphen (name, postcode), w:softHyphen in the
    title, w:sym (Wingdings) before the e-mail label and in the declaration, NBSP in amounts and the
    written-out date; automatic numbering from numbering.xml ("1.", "1.1." not in the text) and a
    bulleted list for the current measures."""
    f = FORMS["d08"]
    w = f["w"]
    d = new_doc("d08", "Ligita Bērziņa-Kļaviņa", "2019-09-11T07:20:00Z", "2019-09-26T10:00:00Z")
    d.numbering_xml = (
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="4C2A1F3B"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0426001F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="792" w:hanging="432"/></w:pPr></w:lvl>'
        + "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/>'
                  f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{1224 + (i - 2) * 500}" w:hanging="504"/></w:pPr></w:lvl>'
                  for i in range(2, 9)) +
        '</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1B7E62D0"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="A2E6F2B6"/>'
        '<w:lvl w:ilvl="0" w:tplc="04260001"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1" w16cid:durableId="1203391127"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2" w16cid:durableId="402851276"><w:abstractNumId w:val="1"/></w:num>')
    tabs = '<w:tab w:val="left" w:pos="4536"/>'
    sp = '<w:spacing w:after="60"/>'

    def head(n):
        return d.p(d.runs(SEC[n]), style="Heading2", numpr=(1, 0), keep_next=True)

    def item(label_xml, value_xml):
        return d.p(label_xml + d.run("\t") + value_xml, numpr=(1, 1), tabs=tabs, spacing=sp)

    sym = lambda ch: (f'<w:r w:rsidR="{d.rsid()}"><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
                      f'<w:sym w:font="Wingdings" w:char="{ch}"/></w:r>')
    body = form_head(d)
    body += head(1)
    body += item(d.runs("Pašvaldības nosaukums:", B), d.runs(w["municipality"]))
    body += d.p(d.runs("Reģistrācijas numurs:", B) + d.run("\x01") + d.runs(w["registration_no"]), numpr=(1, 1), spacing=sp)
    body += item(d.runs("Juridiskā adrese:", B), d.runs(w["address"]))
    body += item(d.runs("Plānošanas reģions:", B), d.runs(w["planning_region"]))
    body += item(d.runs("Kontaktpersona (vārds, uzvārds):", B), d.runs(w["contact_name"].replace("-", "\u2011")))
    body += item(d.runs("Amats:", B), d.runs(w["contact_position"]))
    body += item(d.runs("Tālrunis:", B), d.runs(w["contact_phone"]))
    body += item(sym("F02A") + d.run(" ") + d.runs("E-pasts:", B), d.runs(w["contact_email"]))
    body += head(2)
    body += item(d.runs("Projekta nosaukums:", B), d.runs(w["title"]))
    body += d.p(d.runs("Esošie remigrācijas atbalsta pasākumi pašvaldībā:", B), numpr=(1, 1), keep_next=True, spacing=sp)
    for para in w["current_measures"]:
        body += d.p(d.runs(para), style="ListParagraph", numpr=(2, 0))
    body += d.p(d.runs("Projekta mērķis:", B), numpr=(1, 1), keep_next=True, spacing=sp)
    body += d.p(d.runs(w["goal"].replace("ārvalstīm, ", "ārvalstīm,\r")), ind='<w:ind w:left="792"/>')
    body += head(3)
    widths = [500, 2600, 3300, 1800, 1400]
    rows = [act_header_row(d, widths)]
    for i, a in enumerate(w["activities"], 1):
        kind = a["kind"]
        if len(kind) > 60:
            kind = kind.replace(" par remigrācijas", "\npar remigrācijas")
        vals = [f"{i}.", kind, a["description"], a["period"], a["cost"]]
        rows.append(d.tr([d.tc(d.tp(v, jc="right" if j == 4 else ("center" if j == 0 else None)), cw)
                          for j, (v, cw) in enumerate(zip(vals, widths))]))
    rows.append(total_row(d, w, widths))
    body += d.tbl(rows, widths) + d.p()
    body += head(4)
    body += item(d.runs("Plānotais remigrantu skaits:", B), d.runs(w["target_remigrants"]))
    body += item(d.runs("Plānotais informēto personu skaits:", B), d.runs(w["target_reached"]))
    body += head(5)
    body += item(d.runs("Kopējās izmaksas:", B), d.runs(w["total_cost"]))
    body += item(d.runs("Pieprasītais finansējums:", B), d.runs(w["requested"]))
    body += head(6)
    body += d.p(d.runs(w["period"]), ind='<w:ind w:left="360"/>')
    body += head(7)
    body += d.p(sym("F0FE") + d.run("\t") + d.runs(DECL), ind='<w:ind w:left="360"/>')
    body += item(d.runs("Vārds, uzvārds:", B), d.runs(w["signatory_name"]))
    body += item(d.runs("Amats:", B), d.runs(w["signatory_position"]))
    body += item(d.runs("Datums:", B), d.runs(w["signed_on"]))
    d.save(OUT / f["file"], body)
    return WORD


# ====================================================================== d09
def d09() -> str:
    """Section breaks (portrait -> landscape for the activities -> portrait) and table features:
    gridSpan section rows, gridBefore/gridAfter rows, a two-row merged header (vMerge restart /
    continue, gridSpan) repeated on each page (tblHeader), tall rows so the activities table breaks
    across pages, an extra "Atbildīgais" column, a nested budget table inside a cell and vMerge in
    the signature block."""
    f = FORMS["d09"]
    w = f["w"]
    d = new_doc("d09", "Ilze Silniece", "2019-09-03T07:00:00Z", "2019-09-20T12:00:00Z")
    body = form_head(d)
    g = [700, 3300, 4000, 1500]
    total = sum(g)
    sec_row = lambda n: d.tr([d.tc(d.tp(f"{n}. {SEC[n]}", B), total, span=4, shade="BDD6EE")], cant_split=True)
    rows = [sec_row(1)]
    for i, key in enumerate(S1, 1):
        lab, val = LBL[key], w[key]
        if key == "contact_position":
            rows.append(d.tr([d.tc(d.tp(lab, B), g[1]), d.tc(d.tp(val), g[2] + g[3], span=2)],
                             grid_before=1, w_before=g[0]))
        elif key == "contact_email":
            rows.append(d.tr([d.tc(d.tp(f"1.{i}."), g[0]), d.tc(d.tp(lab, B), g[1]), d.tc(d.tp(val), g[2])],
                             grid_after=1, w_after=g[3]))
        else:
            rows.append(d.tr([d.tc(d.tp(f"1.{i}."), g[0]), d.tc(d.tp(lab, B), g[1]),
                              d.tc(d.tp(val), g[2] + g[3], span=2)]))
    rows.append(sec_row(2))
    for i, key in enumerate(["title", "current_measures", "goal"], 1):
        rows.append(d.tr([d.tc(d.tp(f"2.{i}."), g[0]), d.tc(d.tp(LBL[key], B), g[1] + g[2] + g[3], span=3)]))
        rows.append(d.tr([d.tc(d.tp(w[key]), total, span=4)]))
    body += d.tbl(rows, g) + d.p(sect=d.sect_pr())

    # landscape section
    body += heading(d, 3)
    wl = [600, 2700, 4300, 2000, 2400, 1600]
    heads1 = [("Nr.", "restart", 1), ("Aktivitāte", None, 2), ("Īstenošanas laiks", "restart", 1),
              ("Atbildīgais", "restart", 1), ("Plānotās izmaksas, EUR", "restart", 1)]
    cells, ci = [], 0
    for text_, vm, span in heads1:
        cw = sum(wl[ci:ci + span])
        cells.append(d.tc(d.tp(text_, B, jc="center"), cw, span=span, vmerge=vm, shade="D9E2F3", valign="center"))
        ci += span
    hdr1 = d.tr(cells, header=True, cant_split=True)
    hdr2 = d.tr([d.tc(d.p(), wl[0], vmerge="continue", shade="D9E2F3"),
                 d.tc(d.tp("Aktivitātes veids", B, jc="center"), wl[1], shade="D9E2F3"),
                 d.tc(d.tp("Apraksts", B, jc="center"), wl[2], shade="D9E2F3"),
                 d.tc(d.p(), wl[3], vmerge="continue", shade="D9E2F3"),
                 d.tc(d.p(), wl[4], vmerge="continue", shade="D9E2F3"),
                 d.tc(d.p(), wl[5], vmerge="continue", shade="D9E2F3")], header=True, cant_split=True)
    resp = ["Attīstības nodaļa", "Attīstības nodaļa", "Sabiedrisko attiecību nodaļa", "Sabiedrisko attiecību nodaļa",
            "Izglītības pārvalde", "Sociālais dienests", "Attīstības nodaļa"]
    rows = [hdr1, hdr2]
    for i, a in enumerate(w["activities"], 1):
        vals = [f"{i}.", a["kind"], a["description"], a["period"], resp[i - 1], a["cost"]]
        rows.append(d.tr([d.tc(d.tp(v, jc="right" if j == 5 else ("center" if j == 0 else None)), cw, valign="center")
                          for j, (v, cw) in enumerate(zip(vals, wl))], cant_split=True, height=1500))
    rows.append(d.tr([d.tc(d.tp("Kopā", B, jc="right"), sum(wl[:5]), span=5),
                      d.tc(d.tp(w["activities_total"], B, jc="right"), wl[5])]))
    body += d.tbl(rows, wl)
    body += d.p(sect=d.sect_pr(landscape=True, next_page=True))

    body += heading(d, 4)
    rows = [d.tr([d.tc(d.tp("4.1."), 700), d.tc(d.tp(LBL["target_remigrants"], B), 5800), d.tc(d.tp(w["target_remigrants"]), 3000)]),
            d.tr([d.tc(d.tp("4.2."), 700), d.tc(d.tp(LBL["target_reached"], B), 5800), d.tc(d.tp(w["target_reached"]), 3000)])]
    body += d.tbl(rows, [700, 5800, 3000]) + d.p()
    body += heading(d, 5)
    inner_rows = [d.tr([d.tc(d.tp(LBL[k], B), 3900), d.tc(d.tp(w[k], jc="right"), 2300)]) for k in S5]
    nested = d.tbl(inner_rows, [3900, 2300], width=6200)
    body += d.tbl([d.tr([d.tc(d.tp("Projekta budžets", B), 3300, shade="F2F2F2", valign="center"),
                         d.tc(nested + d.p(), 6200)])], [3300, 6200]) + d.p()
    body += heading(d, 6)
    body += d.tp(w["period"])
    body += heading(d, 7)
    body += d.tp(DECL)
    rows = [d.tr([d.tc(d.tp("Parakstītājs", B), 2700, vmerge="restart", valign="center"),
                  d.tc(d.tp(LBL["signatory_name"], B), 2300), d.tc(d.tp(w["signatory_name"]), 4500)]),
            d.tr([d.tc(d.p(), 2700, vmerge="continue"), d.tc(d.tp(LBL["signatory_position"], B), 2300),
                  d.tc(d.tp(w["signatory_position"]), 4500)]),
            d.tr([d.tc(d.p(), 2700, vmerge="continue"), d.tc(d.tp(LBL["signed_on"], B), 2300),
                  d.tc(d.tp(w["signed_on"]), 4500)])]
    body += d.tbl(rows, [2700, 2300, 4500]) + d.p()
    d.save(OUT / f["file"], body, d.sect_pr(next_page=True))
    return WORD



# ====================================================================== d11
def d11() -> str:
    """A Word mail-merge main document saved in preview ("View Merged Data") state: every value is the
    cached result of a MERGEFIELD whose field name is a label-like word ("Pašvaldība", "Tālrunis", …)
    in w:instrText; settings.xml carries w:mailMerge with an external Excel data source
    (settings.xml.rels, TargetMode=External)."""
    f = FORMS["d11"]
    w = f["w"]
    d = new_doc("d11", "Zane Bērziņa", "2019-08-29T08:00:00Z", "2019-09-24T08:45:00Z", revision=6)
    src = r"C:\Users\zane.berzina\Documents\Remigrācija\pieteikumi_2019.xlsx"
    d.parts["word/_rels/settings.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource" '
        f'Target="file:///{esc(src)}" TargetMode="External"/></Relationships>').encode()
    conn = (f"Provider=Microsoft.ACE.OLEDB.12.0;User ID=Admin;Data Source={src};Mode=Read;"
            'Extended Properties="HDR=YES;IMEX=1;";Jet OLEDB:System database="";Jet OLEDB:Registry Path="";'
            'Jet OLEDB:Engine Type=37;Jet OLEDB:Database Locking Mode=0')
    d.settings["mailmerge"] = ('<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
                               '<w:dataType w:val="native"/>'
                               f'<w:connectString w:val="{esc(conn)}"/><w:query w:val="SELECT * FROM `Lapa1$` "/>'
                               '<w:dataSource r:id="rId1"/><w:viewMergedData/><w:activeRecord w:val="4"/>'
                               '<w:odso><w:udl w:val="' + esc(conn) + '"/><w:table w:val="Lapa1$"/><w:src r:id="rId1"/>'
                               '<w:colDelim w:val="9"/><w:type w:val="database"/><w:fHdr/></w:odso></w:mailMerge>')

    def mf(name: str, value: str, switch: str = "") -> str:
        quoted = f'"{name}"' if " " in name else name
        parts = [" MERGEFIELD ", quoted] + ([" " + switch] if switch else []) + [" "]
        return d.field(parts, d.run(value, '<w:noProof/>'))

    body = form_head(d)
    body += heading(d, 1)
    fields = {"municipality": "Pašvaldība", "registration_no": "Reģistrācijas_numurs", "address": "Adrese",
              "planning_region": "Plānošanas_reģions", "contact_name": "Kontaktpersona", "contact_position": "Amats",
              "contact_phone": "Tālrunis", "contact_email": "E_pasts"}
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 3700, shade="EDEDED"), d.tc(d.p(mf(fields[k], w[k])), 5800)]) for k in S1]
    body += d.tbl(rows, [3700, 5800]) + d.p()
    body += heading(d, 2)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 3700, shade="EDEDED"), d.tc(d.p(mf(n, w[k])), 5800)])
            for k, n in (("title", "Projekta_nosaukums"), ("current_measures", "Esošie_pasākumi"), ("goal", "Mērķis"))]
    body += d.tbl(rows, [3700, 5800]) + d.p()
    body += heading(d, 3)
    widths = [500, 2600, 3300, 1800, 1300]
    rows = [act_header_row(d, widths)]
    for i, a in enumerate(w["activities"], 1):
        vals = [("", f"{i}."), (f"Veids_{i}", a["kind"]), (f"Apraksts_{i}", a["description"]),
                (f"Laiks_{i}", a["period"]), (f"Izmaksas_{i}", a["cost"])]
        cells = []
        for j, ((n, v), cw) in enumerate(zip(vals, widths)):
            if not n:
                cells.append(d.tc(d.tp(v, jc="center"), cw))
            else:
                sw = '\\# "# ##0,00"' if j == 4 else ""
                cells.append(d.tc(d.p(mf(n, v, sw), jc="right" if j == 4 else None), cw))
        rows.append(d.tr(cells))
    rows.append(d.tr([d.tc(d.tp("Kopā", B, jc="right"), sum(widths[:4]), span=4),
                      d.tc(d.p(mf("Kopā", w["activities_total"], '\\# "# ##0,00"'), jc="right"), widths[4])]))
    body += d.tbl(rows, widths) + d.p()
    body += heading(d, 4)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="EDEDED"), d.tc(d.p(mf(n, w[k])), 3000)])
            for k, n in (("target_remigrants", "Remigranti"), ("target_reached", "Informētie"))]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 5)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="EDEDED"),
                  d.tc(d.p(mf(n, w[k], '\\# "# ##0,00"') + d.run(" EUR"), jc="right"), 3000)])
            for k, n in (("total_cost", "Kopējās izmaksas"), ("requested", "Pieprasītais finansējums"),
                         ("cofinancing", "Līdzfinansējums"))]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 6)
    body += d.p(d.runs("no ") + mf("Sākums", "01.10.2019.", '\\@ "dd.MM.yyyy."') + d.runs(" līdz ")
                + mf("Beigas", "31.05.2020.", '\\@ "dd.MM.yyyy."'))
    body += heading(d, 7)
    body += d.tp(DECL)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 3000), d.tc(d.p(mf(n, w[k], sw)), 6500)])
            for k, n, sw in (("signatory_name", "Paraksta_vārds", ""), ("signatory_position", "Paraksta_amats", ""),
                             ("signed_on", "Datums", "\\@ \"yyyy. 'gada' d. MMMM\""))]
    body += d.tbl(rows, [3000, 6500], style=None) + d.p()
    d.save(OUT / f["file"], body)
    return WORD


# ====================================================================== d13
def d13() -> str:
    """A Word 2007 document (AppVersion 12, compatibility mode 12, no w14/w15): smart tags
    (PersonName, place/City, date, metricconverter) around values, inline/block/row/cell-level
    w:customXml wrappers (Word 2007 custom XML markup with an attached schema), hidden instruction
    text (w:vanish, not seen in Word) next to values, and named bookmarks."""
    f = FORMS["d13"]
    w = f["w"]
    d = new_doc("d13", "mkristopane", "2019-09-13T07:45:00Z", "2019-09-19T13:05:00Z", app_version="12.0000",
                compat_mode=12, w2007=True, revision=3)
    U = "http://rezekne.lv/remigracija/pieteikums"
    ST = "urn:schemas-microsoft-com:office:smarttags"
    d.settings["attached_schema"] = f'<w:attachedSchema w:val="{U}"/>'
    d.settings["smarttag_types"] = "".join(f'<w:smartTagType w:namespaceuri="{ST}" w:name="{n}"/>'
                                           for n in ("PersonName", "City", "place", "date", "metricconverter"))

    def cx(el: str, inner: str, attr: str = "") -> str:
        pr = f'<w:customXmlPr><w:attr w:name="lauks" w:val="{attr}"/></w:customXmlPr>' if attr else ""
        return f'<w:customXml w:uri="{U}" w:element="{el}">{pr}{inner}</w:customXml>'

    def smart(el: str, inner: str, attrs: dict | None = None) -> str:
        pr = ("<w:smartTagPr>" + "".join(f'<w:attr w:name="{k}" w:val="{esc(v)}"/>' for k, v in attrs.items())
              + "</w:smartTagPr>") if attrs else ""
        return f'<w:smartTag w:uri="{ST}" w:element="{el}">{pr}{inner}</w:smartTag>'

    hidden = "<w:vanish/>"
    hint = lambda t: d.run(t, '<w:i/><w:vanish/><w:color w:val="808080"/>')

    body = form_head(d)
    body += heading(d, 1)
    g = [3600, 5900]

    def row(el: str, label: str, value_xml: str, hint_text: str | None = None, wrap: str = "row") -> str:
        val = (hint(hint_text) if hint_text else "") + cx(el, value_xml)
        lab_tc = d.tc(d.tp(label, B), g[0], shade="F2F2F2")
        val_tc = d.tc(d.p(val), g[1])
        if wrap == "cell":
            return d.tr([lab_tc, cx(el + "_suna", val_tc)])
        tr = d.tr([lab_tc, val_tc])
        return cx(el + "_rinda", tr) if wrap == "row" else tr

    city_addr = (d.runs("Atbrīvošanas aleja 93, ") + smart("place", smart("City", d.runs("Rēzekne")))
                 + d.runs(", LV-4601"))
    rows = [
        row("pasvaldiba", LBL["municipality"], d.runs(w["municipality"]), "(norādīt pilnu nosaukumu) "),
        row("regnr", LBL["registration_no"], d.runs(w["registration_no"]), "(11 cipari) ", wrap="cell"),
        row("adrese", LBL["address"], city_addr),
        row("regions", LBL["planning_region"], d.runs(w["planning_region"]), "(Kurzemes, Latgales, Rīgas, Vidzemes vai Zemgales) ", wrap="none"),
        row("kontaktpersona", LBL["contact_name"], smart("PersonName", d.runs(w["contact_name"]),
                                                         {"ProductID": w["contact_name"]})),
        row("amats", LBL["contact_position"], d.runs(w["contact_position"]), wrap="cell"),
        row("talrunis", LBL["contact_phone"], d.runs(w["contact_phone"]), "(piemēram, 61234567) "),
        row("epasts", LBL["contact_email"], d.runs(w["contact_email"])),
    ]
    body += cx("pieteicejs", d.tbl(rows, g)) + d.p()
    body += heading(d, 2)
    body += cx("projekts",
               d.p(d.runs(LBL["title"] + ": ", B) + cx("nosaukums", d.runs(w["title"])))
               + d.p(d.runs(LBL["current_measures"] + ": ", B) + hint("(īsi aprakstīt, ko pašvaldība jau dara) ")
                     + cx("pasakumi", d.runs(w["current_measures"])))
               + d.p(d.runs(LBL["goal"] + ": ", B) + cx("merkis", d.runs(w["goal"]))))
    body += heading(d, 3)
    widths = [500, 2600, 3300, 1800, 1300]
    rows = [act_header_row(d, widths)]
    for i, a in enumerate(w["activities"], 1):
        vals = [f"{i}.", a["kind"], a["description"], a["period"], a["cost"]]
        cells = [d.tc(d.p(cx(["nr", "veids", "apraksts", "laiks", "izmaksas"][j], d.runs(v)),
                          jc="right" if j == 4 else ("center" if j == 0 else None)), cw)
                 for j, (v, cw) in enumerate(zip(vals, widths))]
        rows.append(cx("aktivitate", d.tr(cells), str(i)))
    rows.append(total_row(d, w, widths))
    body += cx("aktivitates", d.tbl(rows, widths)) + d.p()
    body += heading(d, 4)
    body += d.p(d.runs(LBL["target_remigrants"] + ": ", B) + cx("remigranti", d.runs(w["target_remigrants"])))
    body += d.p(d.runs(LBL["target_reached"] + ": ", B) + cx("informetie", d.runs(w["target_reached"])))
    body += heading(d, 5)
    body += d.p(d.runs(LBL["total_cost"] + ": ", B) + cx("kopejas", d.runs(w["total_cost"])) + d.runs(" EUR"))
    body += d.p(d.runs(LBL["requested"] + ": ", B) + hint("(piemēram, 10 000,00; ne vairāk kā 10 000 EUR) ")
                + cx("pieprasitais", d.runs(w["requested"])) + d.runs(" EUR"))
    body += heading(d, 6)
    body += d.p(hint("Norādīt formātā: no dd.mm.gggg. līdz dd.mm.gggg. ") + cx("periods", d.runs(w["period"])))
    body += heading(d, 7)
    body += d.tp(DECL)
    date = smart("date", d.runs(w["signed_on"]), {"Year": "2019", "Day": "19", "Month": "9"})
    body += d.p(d.runs("Vārds, uzvārds: ", B) + smart("PersonName", d.runs(w["signatory_name"]),
                                                      {"ProductID": w["signatory_name"]}))
    body += d.p(d.runs("Amats: ", B) + d.runs(w["signatory_position"]))
    body += d.p(d.runs("Datums: ", B) + d.bookmark("Datums", date))
    d.save(OUT / f["file"], body)
    return "Microsoft Office Word 2007 (WordprocessingML written by make/wordml.py the way Word 12 saves it)"


# ====================================================================== d14
def d14() -> str:
    """Data-bound content controls: values cached in sdtContent and bound (w:dataBinding) to a custom
    XML part (customXml/item1.xml + itemProps1.xml) and to the core/extended document properties
    (Quick Parts "Title" and "Company" controls).  MISTAKE: requested 12 000 EUR > 10 000."""
    f = FORMS["d14"]
    w = f["w"]
    d = new_doc("d14", "Anita Ozoliņa", "2019-09-04T10:00:00Z", "2019-09-23T09:15:00Z", title=w["title"],
                company=w["municipality"])
    NSU = "http://carnikava.lv/remigracija/2019"
    store = "{" + d.guid() + "}"
    names = {"municipality": "pasvaldiba", "registration_no": "regNr", "address": "adrese", "planning_region": "regions",
             "contact_name": "kontaktpersona", "contact_position": "amats", "contact_phone": "talrunis",
             "contact_email": "epasts", "current_measures": "pasakumi", "goal": "merkis",
             "target_remigrants": "remigranti", "target_reached": "informetie", "total_cost": "kopejasIzmaksas",
             "requested": "pieprasitais", "cofinancing": "lidzfinansejums", "period": "periods",
             "signatory_name": "parakstitajs", "signatory_position": "parakstitajaAmats", "signed_on": "datums"}
    xml_items = "".join(f"<{n}>{esc(w[k])}</{n}>" for k, n in names.items())
    acts = "".join(f'<aktivitate><veids>{esc(a["kind"])}</veids><apraksts>{esc(a["description"])}</apraksts>'
                   f'<laiks>{esc(a["period"])}</laiks><izmaksas>{esc(a["cost"])}</izmaksas></aktivitate>'
                   for a in w["activities"])
    d.custom_xml(f'<?xml version="1.0" encoding="utf-8"?><pieteikums xmlns="{NSU}">{xml_items}'
                 f'<aktivitates>{acts}</aktivitates></pieteikums>', store, NSU)

    def bound(key_or_path: str, value: str, alias: str, *, core: str | None = None) -> str:
        if core == "title":
            b = ('<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' '
                 'xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\' " '
                 'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>')
        elif core == "company":
            b = ('<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\' " '
                 'w:xpath="/ns0:Properties[1]/ns0:Company[1]" w:storeItemID="{6668398D-A668-4E3E-A5EB-62B293D839F1}"/>')
        else:
            b = (f'<w:dataBinding w:prefixMappings="xmlns:ns0=\'{NSU}\' " w:xpath="{key_or_path}" '
                 f'w:storeItemID="{store}" w16sdtdh:storeItemChecksum="{d.hex8()[:6]}Q=="/>')
        return d.sdt(d.runs(value), d.sdt_pr(alias=alias, tag=alias, binding=b,
                                             kind='<w:text/>' if "pasakumi" not in key_or_path else '<w:text w:multiLine="1"/>'))

    def path(k: str) -> str:
        return f"/ns0:pieteikums[1]/ns0:{names[k]}[1]"

    body = form_head(d)
    body += heading(d, 1)
    g = [3700, 5800]
    rows = []
    for k in S1:
        if k == "municipality":
            v = bound("", w[k], "Uzņēmums", core="company")
        else:
            v = bound(path(k), w[k], LBL[k])
        rows.append(d.tr([d.tc(d.tp(LBL[k], B), g[0], shade="E2EFD9"), d.tc(d.p(v), g[1])]))
    body += d.tbl(rows, g) + d.p()
    body += heading(d, 2)
    rows = [d.tr([d.tc(d.tp(LBL["title"], B), g[0], shade="E2EFD9"), d.tc(d.p(bound("", w["title"], "Nosaukums", core="title")), g[1])]),
            d.tr([d.tc(d.tp(LBL["current_measures"], B), g[0], shade="E2EFD9"), d.tc(d.p(bound(path("current_measures"), w["current_measures"], "Pasākumi")), g[1])]),
            d.tr([d.tc(d.tp(LBL["goal"], B), g[0], shade="E2EFD9"), d.tc(d.p(bound(path("goal"), w["goal"], "Mērķis")), g[1])])]
    body += d.tbl(rows, g) + d.p()
    body += heading(d, 3)
    widths = [500, 2600, 3300, 1800, 1300]
    rows = [act_header_row(d, widths)]
    for i, a in enumerate(w["activities"], 1):
        base = f"/ns0:pieteikums[1]/ns0:aktivitates[1]/ns0:aktivitate[{i}]/ns0:"
        cells = [d.tc(d.tp(f"{i}.", jc="center"), widths[0])]
        for j, (el, key) in enumerate((("veids", "kind"), ("apraksts", "description"), ("laiks", "period"),
                                       ("izmaksas", "cost")), 1):
            cells.append(d.tc(d.p(bound(base + el + "[1]", a[key], ACT_HEAD[j]), jc="right" if j == 4 else None),
                              widths[j]))
        rows.append(d.tr(cells))
    rows.append(total_row(d, w, widths))
    body += d.tbl(rows, widths) + d.p()
    body += heading(d, 4)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="E2EFD9"), d.tc(d.p(bound(path(k), w[k], LBL[k])), 3000)]) for k in S4]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 5)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="E2EFD9"), d.tc(d.p(bound(path(k), w[k], LBL[k]), jc="right"), 3000)]) for k in S5]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 6)
    body += d.p(bound(path("period"), w["period"], "Periods"))
    body += heading(d, 7)
    body += d.tp(DECL)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 3000), d.tc(d.p(bound(path(k), w[k], "Paraksts " + LBL[k])), 6500)]) for k in S7]
    body += d.tbl(rows, [3000, 6500], style=None) + d.p()
    d.save(OUT / f["file"], body)
    return WORD


# ====================================================================== d15
def d15() -> str:
    """Letterhead in a first-page header (with the municipality's own "tālr." switchboard number, not
    the contact's), a different running header on later pages, "Lapa X no Y" footer with PAGE /
    NUMPAGES, repeated activity-table header.  MISTAKES: the E-pasts cell is empty (-> null) and
    activity 3 is an unsupported kind (-> kind null)."""
    f = FORMS["d15"]
    w = f["w"]
    d = new_doc("d15", "Dace Kaļiņina", "2019-09-16T06:10:00Z", "2019-09-27T07:55:00Z")
    first = (d.tp("DUNDAGAS NOVADA PAŠVALDĪBA", '<w:b/><w:bCs/><w:sz w:val="28"/>', style="Header", jc="center")
             + d.tp("Reģ. Nr. 90009115209, Pils iela 14, Dundaga, Dundagas novads, LV-3270, tālr. 63232200, www.dundaga.lv",
                    '<w:sz w:val="18"/>', style="Header", jc="center",
                    shd='<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'))
    running = d.tp("Dundagas novada pašvaldība – pieteikums konkursam", '<w:i/><w:sz w:val="18"/>', style="Header", jc="right")
    footer = lambda: d.p(d.runs("Lapa ") + d.field(" PAGE   \\* MERGEFORMAT ", d.run("1")) + d.runs(" no ")
                         + d.field(" NUMPAGES   \\* MERGEFORMAT ", d.run("2")), style="Footer", jc="center")
    refs = (d.header("header", running, "default") + d.header("header", first, "first")
            + d.header("footer", footer(), "default") + d.header("footer", footer(), "first"))
    body = form_head(d)
    body += heading(d, 1)
    g = [3700, 5800]
    rows = [d.tr([d.tc(d.tp(LBL[k], B), g[0]), d.tc(d.tp(text(w[k])) if w[k] else d.p(), g[1])]) for k in S1]
    body += d.tbl(rows, g) + d.p()
    body += heading(d, 2)
    for k in ("title", "current_measures", "goal"):
        body += d.p(d.runs(LBL[k], B), keep_next=True, spacing='<w:spacing w:after="0"/>')
        body += d.tp(w[k])
    body += heading(d, 3)
    widths = [500, 2600, 3300, 1800, 1300]
    rows = [act_header_row(d, widths, header=True)] + act_rows(d, w, widths) + [total_row(d, w, widths)]
    body += d.tbl(rows, widths) + d.p()
    body += heading(d, 4)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500), d.tc(d.tp(w[k]), 3000)]) for k in S4]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 5)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500), d.tc(d.tp(w[k] + " EUR", jc="right"), 3000)]) for k in ("total_cost", "requested")]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 6)
    body += d.tp(w["period"])
    body += heading(d, 7)
    body += d.tp(DECL)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 3000), d.tc(d.tp(w[k]), 6500)]) for k in S7]
    body += d.tbl(rows, [3000, 6500], style=None) + d.p()
    d.save(OUT / f["file"], body, d.sect_pr(refs=refs, title_pg=True))
    return WORD


# ====================================================================== d16
def d16() -> str:
    """A document that began as a Word 97-2003 .doc and is saved as .docx in compatibility mode
    (compatibilityMode 11, legacy w:compat flags, Times New Roman 12 pt): frames (w:framePr) for the
    annex note and the signature block, the budget inside a VML-only text box (w:pict/v:textbox, no
    DrawingML).  MISTAKE: total 5 200,00 ≠ activity sum 4 700,00 and requested + co-financing = 5 100,00."""
    f = FORMS["d16"]
    w = f["w"]
    d = new_doc("d16", "Vija Dzene", "2014-03-11T09:12:00Z", "2019-09-26T08:30:00Z", compat_mode=11, revision=17,
                total_time=412)
    d.default_font = "Times New Roman"
    d.default_sz = 24
    d.settings["compat_legacy"] = ('<w:doNotSnapToGridInCell/><w:doNotWrapTextWithPunct/><w:doNotUseEastAsianBreakRules/>'
                                   '<w:growAutofit/><w:useFELayout/>')
    body = d.p(d.runs("1. pielikums", "<w:i/>") + d.run("\n") + d.runs("konkursa nolikumam", "<w:i/>"),
               frame='<w:framePr w:w="3402" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>',
               jc="right")
    body += d.tp("PIETEIKUMS", '<w:b/><w:sz w:val="32"/>', jc="center", spacing='<w:spacing w:before="600"/>')
    body += d.tp("konkursam „Remigrācijas sekmēšanas pakalpojumi pašvaldībās”", jc="center")
    H = lambda n: d.tp(f"{n}. {SEC[n].upper()}", B, keep_next=True, spacing='<w:spacing w:before="240" w:after="120"/>')
    body += H(1)
    g = [3800, 5700]
    rows = [d.tr([d.tc(d.tp(LBL[k] + ":", B), g[0]), d.tc(d.tp(w[k]), g[1])]) for k in S1]
    body += d.tbl(rows, g, look="01E0")
    body += H(2)
    for k in ("title", "current_measures", "goal"):
        body += d.p(d.runs(LBL[k] + ": ", B) + d.runs(w[k]), jc="both")
    body += H(3)
    widths = [500, 2600, 3300, 1800, 1300]
    rows = [act_header_row(d, widths)] + act_rows(d, w, widths) + [total_row(d, w, widths)]
    body += d.tbl(rows, widths, look="01E0")
    body += H(4)
    body += d.p(d.runs(LBL["target_remigrants"] + ": ", B) + d.runs(w["target_remigrants"]))
    body += d.p(d.runs(LBL["target_reached"] + ": ", B) + d.runs(w["target_reached"]))
    body += H(5)
    inner = "".join(d.p(d.runs(LBL[k] + ": ", B) + d.runs(w[k] + " EUR"), spacing='<w:spacing w:after="60"/>') for k in S5)
    vml = ('<w:r><w:rPr><w:noProof/></w:rPr><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>'
           '</v:shapetype><v:shape id="_x0000_s1027" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:3pt;'
           'width:340pt;height:70pt;z-index:251658240;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
           'strokeweight="1pt"><v:textbox style="mso-next-textbox:#_x0000_s1027">'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></w:r>')
    body += d.p(vml)
    body += H(6)
    body += d.tp(w["period"])
    body += H(7)
    body += d.tp(DECL, jc="both")
    fr = '<w:framePr w:w="5103" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="200"/>'
    sig = "".join(d.p(d.runs(LBL[k] + ": ", B) + d.runs(w[k]), frame=fr) for k in S7)
    body += sig + d.p()
    d.save(OUT / f["file"], body, d.sect_pr(mar=(1134, 850, 1134, 1701)))
    return "Microsoft Word (.doc saved as .docx in compatibility mode 11; written by make/wordml.py)"



# ====================================================================== d17
STRICT = [
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/", "http://purl.oclc.org/ooxml/officeDocument/relationships/"),
    ('"http://schemas.openxmlformats.org/officeDocument/2006/relationships"', '"http://purl.oclc.org/ooxml/officeDocument/relationships"'),
    ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"),
    ("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
    ("http://schemas.openxmlformats.org/schemaLibrary/2006/main", "http://purl.oclc.org/ooxml/schemaLibrary/main"),
]


def strictify(src, dst) -> None:
    """Rewrite a transitional package as ISO/IEC 29500 Strict, as Word's "Strict Open XML Document"
    save option writes it: purl.oclc.org namespaces and relationship types, w:conformance="strict",
    start/end instead of left/right, no tblLook/@w:val."""
    import re
    import zipfile
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                t = data.decode("utf-8")
                for a, b in STRICT:
                    t = t.replace(a, b)
                t = re.sub(r'(<w:(?:jc|tab)\b[^>]*w:val=")left"', r'\1start"', t)
                t = re.sub(r'(<w:(?:jc|tab)\b[^>]*w:val=")right"', r'\1end"', t)
                t = re.sub(r'<w:ind w:left="', '<w:ind w:start="', t)
                t = re.sub(r'(<w:tblLook) w:val="[0-9A-F]{4}"', r"\1", t)
                t = t.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
                data = t.encode("utf-8")
            zo.writestr(info, data)


def d17() -> str:
    """Saved with Word's "Strict Open XML Document (*.docx)" option (ISO/IEC 29500 Strict namespaces),
    post-2021 municipality and 2022 dates; otherwise an ordinary table form."""
    from common import BUILD
    f = FORMS["d17"]
    w = f["w"]
    d = new_doc("d17", "Linda Ozola", "2022-09-05T07:30:00Z", "2022-09-21T10:40:00Z")
    body = form_head(d)
    g = [3700, 5800]
    body += heading(d, 1)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), g[0], shade="FBE4D5"), d.tc(d.tp(w[k]), g[1])]) for k in S1]
    body += d.tbl(rows, g) + d.p()
    body += heading(d, 2)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), g[0], shade="FBE4D5"), d.tc(d.tp(w[k]), g[1])])
            for k in ("title", "current_measures", "goal")]
    body += d.tbl(rows, g) + d.p()
    body += heading(d, 3)
    widths = [500, 2600, 3300, 1800, 1300]
    rows = [act_header_row(d, widths)] + act_rows(d, w, widths) + [total_row(d, w, widths)]
    body += d.tbl(rows, widths) + d.p()
    body += heading(d, 4)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="FBE4D5"), d.tc(d.tp(w[k]), 3000)]) for k in S4]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 5)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="FBE4D5"), d.tc(d.tp(w[k] + " EUR", jc="right"), 3000)])
            for k in ("total_cost", "requested")]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 6)
    body += d.tp(w["period"])
    body += heading(d, 7)
    body += d.tp(DECL)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 3000), d.tc(d.tp(w[k]), 6500)]) for k in S7]
    body += d.tbl(rows, [3000, 6500], style=None) + d.p()
    BUILD.mkdir(exist_ok=True)
    tmp = BUILD / "d17_transitional.docx"
    d.save(tmp, body)
    strictify(tmp, OUT / f["file"])
    return "Microsoft Word for Microsoft 365, Strict Open XML Document (written by make/wordml.py + strictify)"


GENERATORS = {"d01": d01, "d02": d02, "d03": d03, "d04": d04, "d05": d05, "d06": d06, "d07": d07, "d08": d08, "d09": d09, "d11": d11, "d13": d13, "d14": d14, "d15": d15, "d16": d16, "d17": d17}

if __name__ == "__main__":
    want = sys.argv[1:] or list(GENERATORS)
    for k in want:
        print(k, GENERATORS[k]())
