"""d12: docxtemplater (npm) filling a Word-like template.

This script writes the template (build/d12_template.docx: tags typed in Word, so split over several
runs by editing sessions and proofing marks, a {#aktivitates}…{/aktivitates} table-row loop, a
{#lidzfin}…{/lidzfin} paragraph condition) and the data (build/d12_data.json); make_docxtemplater.js
renders files/d12_….docx with docxtemplater + pizzip."""
from __future__ import annotations

import json

from common import BUILD, DECL, LBL, S1, S4, S7, act_header_row, form_head, heading
from forms import FORMS
from wordml import B, Doc

TAG = {"municipality": "pasvaldiba", "registration_no": "regNr", "address": "adrese", "planning_region": "regions",
       "contact_name": "kontaktpersona", "contact_position": "amats", "contact_phone": "talrunis",
       "contact_email": "epasts", "title": "nosaukums", "current_measures": "pasakumi", "goal": "merkis",
       "target_remigrants": "remigranti", "target_reached": "informetie", "total_cost": "kopejas",
       "requested": "pieprasitais", "period": "periods", "signatory_name": "vards",
       "signatory_position": "amatsParakst", "signed_on": "datums"}


def main() -> None:
    f = FORMS["d12"]
    w = f["w"]
    d = Doc("d12-template", author="Evija Grigaļūne", created="2019-09-02T08:00:00Z", modified="2019-09-30T07:10:00Z",
            company="Saldus novada pašvaldība", title="Pieteikums – veidne")

    def tag(name: str) -> str:
        return d.runs("{" + name + "}", split=0.6, proof=0.0) if len(name) >= 5 else d.run("{" + name + "}")

    body = form_head(d)
    g = [3700, 5800]
    body += heading(d, 1)
    rows = [d.tr([d.tc(d.tp(LBL[k] + ":", B), g[0]), d.tc(d.p(tag(TAG[k])), g[1])]) for k in S1]
    body += d.tbl(rows, g, style=None, borders='<w:tblBorders><w:insideH w:val="dotted" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>') + d.p()
    body += heading(d, 2)
    for k in ("title", "current_measures", "goal"):
        body += d.p(d.runs(LBL[k] + ": ", B) + tag(TAG[k]), jc="both")
    body += heading(d, 3)
    widths = [500, 2600, 3300, 1800, 1300]
    rows = [act_header_row(d, widths)]
    cells = [d.tc(d.p(d.run("{#aktivitates}") + tag("nr") + d.run(".")), widths[0]),
             d.tc(d.p(tag("veids")), widths[1]), d.tc(d.p(tag("apraksts")), widths[2]),
             d.tc(d.p(tag("laiks")), widths[3]), d.tc(d.p(tag("izmaksas") + d.run("{/aktivitates}"), jc="right"), widths[4])]
    rows.append(d.tr(cells))
    rows.append(d.tr([d.tc(d.tp("Kopā", B, jc="right"), sum(widths[:4]), span=4),
                      d.tc(d.p(tag("aktivitatesKopa"), jc="right"), widths[4])]))
    body += d.tbl(rows, widths) + d.p()
    body += heading(d, 4)
    for k in S4:
        body += d.p(d.runs(LBL[k] + ": ", B) + tag(TAG[k]))
    body += heading(d, 5)
    body += d.p(d.runs(LBL["total_cost"] + ": ", B) + tag("kopejas"))
    body += d.p(d.runs(LBL["requested"] + ": ", B) + tag("pieprasitais"))
    body += d.p(d.run("{#lidzfin}") + d.runs(LBL["cofinancing"] + ": ", B) + tag("lidzfin") + d.run("{/lidzfin}"))
    body += heading(d, 6)
    body += d.p(tag("periods"))
    body += heading(d, 7)
    body += d.tp(DECL)
    rows = [d.tr([d.tc(d.tp(LBL[k] + ":", B), 3000), d.tc(d.p(tag(TAG[k])), 6500)]) for k in S7]
    body += d.tbl(rows, [3000, 6500], style=None) + d.p()
    BUILD.mkdir(exist_ok=True)
    d.save(BUILD / "d12_template.docx", body)
    data = {TAG[k]: w[k] for k in TAG if w.get(k) is not None}
    data["aktivitates"] = [{"nr": i, "veids": a["kind"], "apraksts": a["description"], "laiks": a["period"],
                            "izmaksas": a["cost"]} for i, a in enumerate(w["activities"], 1)]
    data["aktivitatesKopa"] = w["activities_total"]
    data["lidzfin"] = w["cofinancing"]  # None -> the paragraph disappears
    (BUILD / "d12_data.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    (BUILD / "d12_out.txt").write_text(f["file"], encoding="utf-8")


if __name__ == "__main__":
    main()
