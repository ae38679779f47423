"""Pieces of the Annex 1 form shared by the Word-like generators."""
from __future__ import annotations

from pathlib import Path

from wordml import B, Doc

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "files"
BUILD = HERE.parent / "build"

SEC = {
    1: "Informācija par pieteicēju",
    2: "Projekta apraksts",
    3: "Plānotās aktivitātes",
    4: "Rezultatīvie rādītāji",
    5: "Budžets",
    6: "Īstenošanas periods",
    7: "Apliecinājums",
}
COMPETITION = "„Remigrācijas sekmēšanas pakalpojumi pašvaldībās”"
DECL = ("Apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pašvaldība nodrošinās projekta "
        "īstenošanu atbilstoši konkursa nolikumam.")
ACT_HEAD = ["Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Plānotās izmaksas, EUR"]

LBL = dict(
    municipality="Pašvaldības nosaukums", registration_no="Reģistrācijas numurs",
    address="Juridiskā adrese", planning_region="Plānošanas reģions",
    contact_name="Kontaktpersona (vārds, uzvārds)", contact_position="Amats",
    contact_phone="Tālrunis", contact_email="E-pasts",
    title="Projekta nosaukums", current_measures="Esošie remigrācijas atbalsta pasākumi pašvaldībā",
    goal="Projekta mērķis",
    target_remigrants="Plānotais remigrantu skaits", target_reached="Plānotais informēto personu skaits",
    total_cost="Kopējās izmaksas", requested="Pieprasītais finansējums", cofinancing="Pašvaldības līdzfinansējums",
    signatory_name="Vārds, uzvārds", signatory_position="Amats", signed_on="Datums",
)
S1 = ["municipality", "registration_no", "address", "planning_region", "contact_name", "contact_position",
      "contact_phone", "contact_email"]
S4 = ["target_remigrants", "target_reached"]
S5 = ["total_cost", "requested", "cofinancing"]
S7 = ["signatory_name", "signatory_position", "signed_on"]


def text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return " ".join(v)
    return v


def form_head(d: Doc, *, right_note: bool = True) -> str:
    out = ""
    if right_note:
        out += d.tp("1. pielikums", "<w:i/><w:iCs/>", jc="right", spacing='<w:spacing w:after="0"/>')
        out += d.tp(f"konkursa {COMPETITION} nolikumam", "<w:i/><w:iCs/>", jc="right")
    out += d.tp("PIETEIKUMS", style="Title")
    out += d.tp(f"konkursam {COMPETITION}", jc="center")
    return out


def heading(d: Doc, n: int | None, title: str | None = None, style: str = "Heading2") -> str:
    t = title or SEC[n]
    return d.tp(f"{n}. {t}" if n else t, style=style, keep_next=True)


def kv_table(d: Doc, rows: list[tuple[str, str]], widths=(3600, 5900), shade: str | None = "F2F2F2",
             label_rpr: str = B) -> str:
    """Two-column label/value table; values are ready XML (one or more paragraphs)."""
    trs = []
    for lab, val in rows:
        trs.append(d.tr([d.tc(d.tp(lab, label_rpr), widths[0], shade=shade),
                         d.tc(val, widths[1])]))
    return d.tbl(trs, list(widths))


def act_header_row(d: Doc, widths, heads=ACT_HEAD, header: bool = True) -> str:
    return d.tr([d.tc(d.tp(h, B, jc="center"), w, shade="D9E2F3") for h, w in zip(heads, widths)], header=header)


def act_rows(d: Doc, w: dict, widths, *, cell=None) -> list[str]:
    rows = []
    for i, a in enumerate(w["activities"], 1):
        vals = [f"{i}.", a["kind"], a["description"], a["period"] or "", a["cost"]]
        cells = []
        for j, (v, cw) in enumerate(zip(vals, widths)):
            jc = "right" if j == 4 else ("center" if j == 0 else None)
            cells.append(d.tc(d.tp(v, jc=jc) if cell is None else cell(j, v, jc), cw))
        rows.append(d.tr(cells, cant_split=True))
    return rows


def total_row(d: Doc, w: dict, widths, label: str = "Kopā") -> str:
    return d.tr([d.tc(d.tp(label, B, jc="right"), sum(widths[:4]), span=4),
                 d.tc(d.tp(w["activities_total"], B, jc="right"), widths[4])])
