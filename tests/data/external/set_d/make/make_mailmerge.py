"""d10: a municipal mail-merge workflow.  A Word-like template with MERGEFIELDs (complex fields showing
«Name» as Word does before merging, and a few w:fldSimple) is written with wordml, then filled with
docx-mailmerge (PyPI) — merge() for single values, merge_rows() for the activity table rows.
Run with the venv python (docx-mailmerge, lxml)."""
from __future__ import annotations

from importlib.metadata import version

from mailmerge import MailMerge

from common import BUILD, DECL, LBL, OUT, S1, S4, S5, S7, act_header_row, form_head, heading
from forms import FORMS
from wordml import B, Doc, t_elem

FIELD = {"municipality": "Pasvaldiba", "registration_no": "RegNr", "address": "Adrese", "planning_region": "Regions",
         "contact_name": "Kontaktpersona", "contact_position": "Amats", "contact_phone": "Talrunis",
         "contact_email": "Epasts", "title": "Nosaukums", "current_measures": "Pasakumi", "goal": "Merkis",
         "target_remigrants": "Remigranti", "target_reached": "Informetie", "total_cost": "Kopejas",
         "requested": "Pieprasitais", "cofinancing": "Lidzfinansejums", "period": "Periods",
         "signatory_name": "ParakstaVards", "signatory_position": "ParakstaAmats", "signed_on": "Datums"}


def template(path) -> None:
    d = Doc("d10-template", author="Jēkabpils pilsētas pašvaldība", created="2019-08-20T08:00:00Z",
            modified="2019-08-20T09:30:00Z", company="Jēkabpils pilsētas pašvaldība",
            title="Pieteikuma veidne (sapludināšanai)")
    n = [0]

    def mf(name: str) -> str:
        n[0] += 1
        if n[0] % 4 == 0:  # some fields inserted as simple fields
            return (f'<w:fldSimple w:instr=" MERGEFIELD {name} "><w:r><w:rPr><w:noProof/></w:rPr>'
                    f'{t_elem("«" + name + "»")}</w:r></w:fldSimple>')
        return d.field([" MERGEFIELD ", name, " "], d.run("«" + name + "»", "<w:noProof/>"))

    body = form_head(d)
    g = [3700, 5800]
    body += heading(d, 1)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), g[0], shade="E7E6E6"), d.tc(d.p(mf(FIELD[k])), g[1])]) for k in S1]
    body += d.tbl(rows, g) + d.p()
    body += heading(d, 2)
    for k in ("title", "current_measures", "goal"):
        body += d.p(d.runs(LBL[k] + ":", B), keep_next=True, spacing='<w:spacing w:after="0"/>')
        body += d.p(mf(FIELD[k]))
    body += heading(d, 3)
    widths = [2700, 3600, 1900, 1300]
    heads = ["Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Plānotās izmaksas, EUR"]
    rows = [act_header_row(d, widths, heads)]
    rows.append(d.tr([d.tc(d.p(mf(x), jc="right" if j == 3 else None), cw)
                      for j, (x, cw) in enumerate(zip(["Veids", "Apraksts", "Laiks", "Izmaksas"], widths))]))
    rows.append(d.tr([d.tc(d.tp("Kopā", B, jc="right"), sum(widths[:3]), span=3),
                      d.tc(d.p(mf("AktivitatesKopa"), jc="right"), widths[3])]))
    body += d.tbl(rows, widths) + d.p()
    body += heading(d, 4)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="E7E6E6"), d.tc(d.p(mf(FIELD[k])), 3000)]) for k in S4]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 5)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 6500, shade="E7E6E6"), d.tc(d.p(mf(FIELD[k]) + d.run(" EUR"), jc="right"), 3000)])
            for k in ("total_cost", "requested")]
    body += d.tbl(rows, [6500, 3000]) + d.p()
    body += heading(d, 6)
    body += d.p(mf("Periods"))
    body += heading(d, 7)
    body += d.tp(DECL)
    rows = [d.tr([d.tc(d.tp(LBL[k], B), 3000), d.tc(d.p(mf(FIELD[k])), 6500)]) for k in S7]
    body += d.tbl(rows, [3000, 6500], style=None) + d.p()
    d.settings["mailmerge"] = ('<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="textFile"/>'
                               '<w:activeRecord w:val="-1"/></w:mailMerge>')
    d.save(path, body)


def main() -> str:
    f = FORMS["d10"]
    w = f["w"]
    BUILD.mkdir(exist_ok=True)
    tpl = BUILD / "d10_template.docx"
    template(tpl)
    mm = MailMerge(str(tpl))
    values = {FIELD[k]: w[k] for k in FIELD if w.get(k) is not None}
    values["AktivitatesKopa"] = w["activities_total"]
    mm.merge(**values)
    mm.merge_rows("Veids", [{"Veids": a["kind"], "Apraksts": a["description"], "Laiks": a["period"],
                             "Izmaksas": a["cost"]} for a in w["activities"]])
    mm.write(str(OUT / f["file"]))
    return f"docx-mailmerge {version('docx-mailmerge')} (PyPI) filling a Word-like MERGEFIELD template"


if __name__ == "__main__":
    print(main())
