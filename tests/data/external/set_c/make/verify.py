"""Check set C: every written value is in its file's text, expected.json is well-formed and consistent.

Text of a .docx = the w:t runs of word/document.xml (paragraph by paragraph, cells included) plus any
altChunk part (HTML/MHT) with tags stripped; text of a .pdf = pdftotext (default and -raw modes).
A value counts as found when, after folding whitespace (NBSP included), it is a substring of one of the
texts ("exact"), or else when its words occur in that order ("words" — table cells whose lines pdftotext
interleaves with neighbouring cells).
"""
from __future__ import annotations

import csv
import html
import json
import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).parent
FILES = HERE.parent / "files"
FORMS = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))
EXPECTED = json.loads((FILES / "expected.json").read_text(encoding="utf-8"))
MUNIS = list(csv.DictReader(open("/work/shared/data/lv_municipalities.csv", encoding="utf-8")))
KEYS = ["municipality", "registration_no", "address", "planning_region", "contact_name", "contact_position",
        "contact_phone", "contact_email", "title", "current_measures", "goal", "activities", "target_remigrants",
        "target_reached", "total_cost_eur", "requested_eur", "cofinancing_eur", "period_start", "period_end",
        "signed_on", "signatory_name", "signatory_position"]
KINDS = {None, "diaspora_information", "specialist_training", "information_materials", "diaspora_visits", "seminars"}


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def docx_texts(path: Path) -> list[str]:
    out = []
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        out.append("\n".join("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                             for p in paras))
        for name in z.namelist():
            if name.endswith((".mht", ".html", ".htm")) and name.startswith("word/"):
                raw = z.read(name).decode("utf-8")
                raw = raw.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=")
                out.append(html.unescape(re.sub(r"<[^>]+>", "\n", raw)))
    return out


def pdf_texts(path: Path) -> list[str]:
    return [subprocess.run(["pdftotext", *mode, str(path), "-"], capture_output=True, text=True, check=True).stdout
            for mode in ([], ["-raw"])]


def found(value: str, texts: list[str]) -> str | None:
    v = fold(value)
    if any(v in fold(t) for t in texts):
        return "exact"
    words = v.split(" ")
    for t in texts:
        toks = fold(t).split(" ")
        i = 0
        for tok in toks:
            if i < len(words) and tok == words[i]:
                i += 1
        if i == len(words):
            return "words"
    return None


def main() -> int:
    bad = 0
    on_disk = sorted(p.name for p in FILES.iterdir() if p.name != "expected.json")
    if sorted(EXPECTED) != on_disk:
        print("expected.json and files/ differ:", set(EXPECTED) ^ set(on_disk)); bad += 1
    for spec in FORMS:
        name = spec["file"]; w = spec["w"]; e = EXPECTED[name]["form"]
        path = FILES / name
        texts = docx_texts(path) if name.endswith(".docx") else pdf_texts(path)
        # --- expected.json shape
        if list(e) != KEYS:
            print(name, "keys differ"); bad += 1
        row = [m for m in MUNIS if m["municipality"] == e["municipality"]]
        if not row or row[0]["planning_region"] != e["planning_region"]:
            print(name, "municipality/region not in CSV"); bad += 1
        assert re.fullmatch(r"900\d{8}", e["registration_no"])
        assert re.fullmatch(r"\+371\d{8}", e["contact_phone"])
        for k in ("total_cost_eur", "requested_eur", "cofinancing_eur"):
            assert re.fullmatch(r"\d+\.\d\d", e[k]), (name, k)
        for a in e["activities"]:
            assert a["kind"] in KINDS and re.fullmatch(r"\d+\.\d\d", a["cost_eur"]), (name, a)
        # --- consistency notes (mistakes are intentional)
        s = sum(Decimal(a["cost_eur"]) for a in e["activities"])
        notes = []
        if s != Decimal(e["total_cost_eur"]):
            notes.append(f"sum {s} != total {e['total_cost_eur']}")
        if Decimal(e["requested_eur"]) + Decimal(e["cofinancing_eur"]) != Decimal(e["total_cost_eur"]):
            notes.append("requested + cofinancing != total")
        if Decimal(e["requested_eur"]) > 10000:
            notes.append("requested > 10000")
        if e["contact_email"] is None:
            notes.append("no e-mail")
        if any(a["kind"] is None for a in e["activities"]):
            notes.append("unsupported activity kind")
        # --- every written value is in the text
        values = [(k, v) for k, v in w.items() if isinstance(v, str)]
        for i, a in enumerate(w["activities"], 1):
            values += [(f"act{i}.{k}", v) for k, v in a.items() if isinstance(v, str) and k != "extra"]
        tiers = {}
        for k, v in values:
            how = found(v, texts)
            tiers[how] = tiers.get(how, 0) + 1
            if how is None:
                print(f"  MISSING in {name}: {k} = {v!r}"); bad += 1
        print(f"{name:45s} exact={tiers.get('exact', 0):2d} words={tiers.get('words', 0):2d} "
              f"missing={tiers.get(None, 0)}  {'; '.join(notes)}")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
