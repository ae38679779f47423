"""Shared helpers for the set_b generators: value formatting, label choices,
and turning a form spec (forms.py) into the expected reader output.

A form spec holds the values *as written* (what the renderers print) next to
the values a perfect reader should return, so the two can never drift apart.
"""
from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
BUILD = os.path.join(ROOT, "build")
os.makedirs(FILES, exist_ok=True)
os.makedirs(BUILD, exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DEJAVU = os.path.join(FONT_DIR, "DejaVuSans.ttf")
DEJAVU_B = os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")
LIB_DIR = "/usr/share/fonts/truetype/liberation"
LIB_SERIF = os.path.join(LIB_DIR, "LiberationSerif-Regular.ttf")
LIB_SERIF_B = os.path.join(LIB_DIR, "LiberationSerif-Bold.ttf")
LIB_SANS = os.path.join(LIB_DIR, "LiberationSans-Regular.ttf")
LIB_SANS_B = os.path.join(LIB_DIR, "LiberationSans-Bold.ttf")

NBSP = "\u00a0"

# ---------------------------------------------------------------- amounts

def D(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"))


def _group(n: int, sep: str) -> str:
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def amount(value, style: str) -> str:
    """Write an amount the Latvian way, in one of annex1.md's shapes."""
    v = D(value)
    whole = int(v)
    cents = int((v - whole) * 100)
    if style == "space":            # 10 000
        assert cents == 0
        return _group(whole, " ")
    if style == "nbsp":             # 10<nbsp>000
        assert cents == 0
        return _group(whole, NBSP)
    if style == "comma2":           # 9 500,00
        return f"{_group(whole, ' ')},{cents:02d}"
    if style == "comma2_nbsp":      # 9<nbsp>500,00
        return f"{_group(whole, NBSP)},{cents:02d}"
    if style == "comma2_eur":       # 9 500,00 EUR
        return f"{_group(whole, ' ')},{cents:02d} EUR"
    if style == "dot_eur":          # 9500.00 EUR
        return f"{whole}.{cents:02d} EUR"
    if style == "dot":              # 9500.00
        return f"{whole}.{cents:02d}"
    if style == "euro_pre":         # € 9 500
        assert cents == 0
        return f"€ {_group(whole, ' ')}"
    if style == "dash_eur":         # 9 500,- EUR
        assert cents == 0
        return f"{_group(whole, ' ')},- EUR"
    if style == "space_eur":        # 9 500 EUR
        assert cents == 0
        return f"{_group(whole, ' ')} EUR"
    raise ValueError(style)


# ---------------------------------------------------------------- dates

MONTHS = {
    "nom": ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
            "augusts", "septembris", "oktobris", "novembris", "decembris"],
    "gen": ["janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija",
            "augusta", "septembra", "oktobra", "novembra", "decembra"],
    "dat": ["janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam",
            "augustam", "septembrim", "oktobrim", "novembrim", "decembrim"],
    "loc": ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā",
            "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"],
}


def date(iso: str, style: str) -> str:
    d = dt.date.fromisoformat(iso)
    if style == "dmy":            # 01.10.2019.
        return f"{d.day:02d}.{d.month:02d}.{d.year}."
    if style == "iso":
        return d.isoformat()
    if style in MONTHS:           # 2019. gada 1. oktobris / oktobra / ...
        return f"{d.year}. gada {d.day}. {MONTHS[style][d.month - 1]}"
    raise ValueError(style)


def period(start: str, end: str, style: str) -> str:
    if style == "dmy":
        return f"no {date(start, 'dmy')} līdz {date(end, 'dmy')}"
    if style == "iso":
        return f"no {start} līdz {end}"
    if style == "words":
        return f"no {date(start, 'gen')} līdz {date(end, 'dat')}"
    raise ValueError(style)


# ---------------------------------------------------------------- labels

SECTION_TITLES = {
    1: "Informācija par pieteicēju",
    2: "Projekta apraksts",
    3: "Plānotās aktivitātes",
    4: "Rezultatīvie rādītāji",
    5: "Budžets",
    6: "Īstenošanas periods",
    7: "Apliecinājums",
}

DEFAULT_LABELS = {
    "municipality": "Pašvaldības nosaukums",
    "registration_no": "Reģistrācijas numurs",
    "address": "Juridiskā adrese",
    "planning_region": "Plānošanas reģions",
    "contact_name": "Kontaktpersona (vārds, uzvārds)",
    "contact_position": "Amats",
    "contact_phone": "Tālrunis",
    "contact_email": "E-pasts",
    "title": "Projekta nosaukums",
    "current_measures": "Esošie remigrācijas atbalsta pasākumi pašvaldībā",
    "goal": "Projekta mērķis",
    "target_remigrants": "Plānotais remigrantu skaits",
    "target_reached": "Plānotais informēto personu skaits",
    "total_cost_eur": "Kopējās izmaksas",
    "requested_eur": "Pieprasītais finansējums",
    "cofinancing_eur": "Pašvaldības līdzfinansējums",
    "signatory_name": "Vārds, uzvārds",
    "signatory_position": "Amats",
    "signed_on": "Datums",
}

ACT_HEADER = ["Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Plānotās izmaksas, EUR"]

SECTION_FIELDS = {
    1: ["municipality", "registration_no", "address", "planning_region", "contact_name",
        "contact_position", "contact_phone", "contact_email"],
    2: ["title", "current_measures", "goal"],
    4: ["target_remigrants", "target_reached"],
    5: ["total_cost_eur", "requested_eur", "cofinancing_eur"],
    7: ["signatory_name", "signatory_position", "signed_on"],
}


def label(form: dict, key: str, *, colon: bool | None = None, number: str | None = None) -> str:
    """The label text as this form prints it (variant, case, colon, numbering)."""
    text = form.get("labels", {}).get(key, DEFAULT_LABELS[key])
    case = form.get("label_case")
    if case == "upper":
        text = text.upper()
    if colon is None:
        colon = form.get("colon", True)
    if colon:
        text += ":"
    if number:
        text = f"{number} {text}"
    return text


def heading(form: dict, n: int, numbered: bool = True) -> str:
    text = form.get("section_titles", {}).get(n, SECTION_TITLES[n])
    if form.get("heading_case") == "upper":
        text = text.upper()
    return f"{n}. {text}" if numbered else text


def field_number(form: dict, section: int, key: str) -> str | None:
    """Word-like '1.1.' numbering, when the form uses it."""
    style = form.get("numbering")
    if not style:
        return None
    idx = SECTION_FIELDS[section].index(key) + 1
    return f"{section}.{idx}." if style == "dots" else f"{section}.{idx}"


def display(form: dict, key: str) -> str:
    """The value text as written on the form ('' when left empty)."""
    w = form["written"].get(key)
    if w is not None:
        return w
    v = form["expected"].get(key)
    return "" if v is None else str(v)


def fields(form: dict, section: int):
    """(key, label, value) for the fields of a section that the form prints."""
    skip = set(form.get("omit", []))
    out = []
    for key in SECTION_FIELDS[section]:
        if key in skip:
            continue
        out.append((key, label(form, key, number=field_number(form, section, key)), display(form, key)))
    return out


def activity_rows(form: dict):
    """Rows as written: [nr, kind, description, period, cost]."""
    rows = []
    for i, a in enumerate(form["activities"], 1):
        rows.append([f"{i}.", a["kind_written"], a["description"], a["period"] or "",
                     a["cost_written"]])
    return rows


def total_row(form: dict):
    t = form.get("act_total")
    if not t:
        return None
    return t  # (label, amount text)


# ---------------------------------------------------------------- expected

FORM_KEYS = ["municipality", "registration_no", "address", "planning_region", "contact_name",
             "contact_position", "contact_phone", "contact_email", "title", "current_measures",
             "goal", "activities", "target_remigrants", "target_reached", "total_cost_eur",
             "requested_eur", "cofinancing_eur", "period_start", "period_end", "signed_on",
             "signatory_name", "signatory_position"]


def expected_form(form: dict) -> dict:
    e = form["expected"]
    out = {}
    for k in FORM_KEYS:
        if k == "activities":
            out[k] = [{"kind": a["kind"], "description": a["description"],
                       "period": a["period"], "cost_eur": str(D(a["cost"]))}
                      for a in form["activities"]]
        elif k.endswith("_eur"):
            v = e.get(k)
            out[k] = None if v is None else str(D(v))
        else:
            out[k] = e.get(k)
    return out


def null_form() -> dict:
    return {k: ([] if k == "activities" else None) for k in FORM_KEYS}


def check(form: dict) -> list[str]:
    """Consistency checks of a spec; returns the problem fields the spec implies."""
    e = form["expected"]
    found = []
    s = sum(D(a["cost"]) for a in form["activities"])
    if e.get("total_cost_eur") is not None and s != D(e["total_cost_eur"]):
        found.append("total_cost_eur")
    if e.get("requested_eur") is not None and D(e["requested_eur"]) > D(10000):
        found.append("requested_eur")
    if None not in (e.get("requested_eur"), e.get("cofinancing_eur"), e.get("total_cost_eur")):
        if D(e["requested_eur"]) + D(e["cofinancing_eur"]) != D(e["total_cost_eur"]):
            found.append("cofinancing_eur")
    for k in ["municipality", "registration_no", "contact_name", "contact_phone",
              "contact_email", "title", "total_cost_eur", "requested_eur", "period_start",
              "period_end"]:
        if e.get(k) in (None, ""):
            found.append(k)
    if any(a["kind"] is None for a in form["activities"]):
        found.append("activities")
    return found
