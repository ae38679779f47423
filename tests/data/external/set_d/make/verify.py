"""Check that every file shows what expected.json says, the way a person sees it in Word.

For .docx the visible text of word/document.xml is rebuilt by rules that follow Word's display:
deleted and moved-from revisions, field codes, hidden (w:vanish) runs, content controls still
showing their placeholder, and the VML fallback copy of text boxes are left out; a legacy
FORMDROPDOWN shows its selected entry; w:noBreakHyphen shows "-", w:softHyphen nothing.  Then every
typed value of the form must occur in it (whitespace folded), and a few strings that must NOT be
visible are checked per file.  PDFs are read with pdftotext.  Also: expected.json has exactly the
22 keys per form, municipality + region form a row of the CSV, activity sums are reported.
Run with the venv python (lxml).
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from forms import FORMS  # noqa: E402

FILES = HERE.parent / "files"
CSV = Path("/work/shared/data/lv_municipalities.csv")
KEYS = ["municipality", "registration_no", "address", "planning_region", "contact_name", "contact_position",
        "contact_phone", "contact_email", "title", "current_measures", "goal", "activities", "target_remigrants",
        "target_reached", "total_cost_eur", "requested_eur", "cofinancing_eur", "period_start", "period_end",
        "signed_on", "signatory_name", "signatory_position"]

MUST_NOT_SEE = {
    "d04": ["12 000,00", "63942211", "2 500,00", "daudz", "Iecavas novada pašvaldība", "vietniece", "20.09.2019.",
            "Norvēģijā (Oslo)"],
    "d05": ["29 555 111", "Projekts turpināsies", "s.osa@ogre.lv", "10 000,00"],
    "d13": ["piemēram", "norādīt pilnu nosaukumu", "dd.mm.gggg"],
    "d01": ["Noklikšķiniet"],
    "d02": ["Noklikšķiniet", "Izvēlieties"],
    "d03": ["(izvēlēties)", "Ierakstiet", "Latgales"],
    "d15": ["@"],
}

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WS = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def visible_text(xml: bytes) -> str:
    root = etree.fromstring(xml)
    w = WS if root.tag.startswith(WS) else W
    out: list[str] = []
    state = {"in_code": []}  # stack of field states: True while between begin and separate

    def walk(el):
        tag = el.tag
        if not isinstance(tag, str):
            return
        if tag in (w + "del", w + "moveFrom", w + "instrText", w + "delInstrText", MC + "Fallback",
                   w + "rPr", w + "pPr", w + "sdtPr", w + "tblPr", w + "trPr", w + "tcPr", w + "sectPr",
                   w + "customXmlPr", w + "smartTagPr", w + "tblGrid"):
            return
        if tag == w + "sdt":
            pr = el.find(w + "sdtPr")
            if pr is not None and pr.find(w + "showingPlcHdr") is not None:
                return
        if tag == w + "r":
            rpr = el.find(w + "rPr")
            if rpr is not None and rpr.find(w + "vanish") is not None:
                return
        if tag == w + "fldChar":
            typ = el.get(w + "fldCharType")
            if typ == "begin":
                state["in_code"].append(True)
                dd = el.find(f"{w}ffData/{w}ddList")
                if dd is not None:
                    res = dd.find(w + "result")
                    idx = int(res.get(w + "val")) if res is not None else 0
                    entries = [e.get(w + "val") for e in dd.findall(w + "listEntry")]
                    out.append(entries[idx])
            elif typ == "separate" and state["in_code"]:
                state["in_code"][-1] = False
            elif typ == "end" and state["in_code"]:
                state["in_code"].pop()
            return
        if state["in_code"] and state["in_code"][-1]:
            # inside a field code: nothing is shown (instrText is skipped above anyway)
            pass
        if tag == w + "t":
            out.append(el.text or "")
        elif tag in (w + "tab", w + "ptab"):
            out.append("\t")
        elif tag in (w + "br", w + "cr"):
            out.append("\n")
        elif tag == w + "noBreakHyphen":
            out.append("-")
        for ch in el:
            walk(ch)
        if tag == w + "p":
            out.append("\n")
        elif tag == w + "tc":
            out.append("\t")

    walk(root)
    return "".join(out)


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        a = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
        return a + "\n" + b
    with zipfile.ZipFile(path) as z:
        return visible_text(z.read("word/document.xml"))


def typed_values(w: dict) -> list[str]:
    vals = []
    for k, v in w.items():
        if k == "activities":
            for a in v:
                vals += [x for x in a.values() if x]
        elif isinstance(v, list):
            vals += v
        elif v:
            vals.append(v)
    return vals


def norm_typed(s: str) -> str:
    return s.replace("\u2011", "-").replace("\u00ad", "").replace("\r", " ").replace("\x01", " ")


def main() -> int:
    expected = json.loads((FILES / "expected.json").read_text(encoding="utf-8"))
    rows = {(r["municipality"], r["planning_region"]) for r in csv.DictReader(CSV.open(encoding="utf-8"))}
    bad = 0
    by_file = {f["file"]: f for f in FORMS.values()}
    for name, entry in expected.items():
        f = by_file[name]
        form = entry["form"]
        probs = []
        if list(form) != KEYS:
            probs.append(f"keys differ: {set(form) ^ set(KEYS)}")
        for a in form["activities"]:
            if set(a) != {"kind", "description", "period", "cost_eur"}:
                probs.append("activity keys")
        if (form["municipality"], form["planning_region"]) not in rows:
            probs.append("municipality/region not a CSV row")
        if not re.fullmatch(r"900\d{8}", form["registration_no"]):
            probs.append("regno")
        if not re.fullmatch(r"\+371\d{8}", form["contact_phone"]):
            probs.append("phone")
        path = FILES / name
        vis = fold(text_of(path))
        vis_nospace = vis.replace(" ", "")
        missing = []
        for v in typed_values(f["w"]):
            t = fold(norm_typed(v))
            if t not in vis and (not path.suffix == ".pdf" or t.replace(" ", "") not in vis_nospace):
                missing.append(t)
        if missing:
            probs.append(f"typed values not visible: {missing}")
        for neg in MUST_NOT_SEE.get(f["id"], []):
            if neg in vis:
                probs.append(f"must not be visible but is: {neg!r}")
        s = sum(Decimal(a["cost_eur"]) for a in form["activities"])
        note = ""
        if s != Decimal(form["total_cost_eur"]):
            note += f" [activity sum {s} ≠ total {form['total_cost_eur']}]"
        if Decimal(form["requested_eur"]) + Decimal(form["cofinancing_eur"]) != Decimal(form["total_cost_eur"]):
            note += " [requested + co-financing ≠ total]"
        if Decimal(form["requested_eur"]) > 10000:
            note += " [requested > 10 000]"
        if form["contact_email"] is None:
            note += " [no e-mail]"
        if any(a["kind"] is None for a in form["activities"]):
            note += " [unknown activity kind]"
        print(("OK  " if not probs else "BAD ") + name + note)
        for p in probs:
            print("     ", p)
        bad += bool(probs)
    print(f"{len(expected)} files, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
