"""Regenerate tests/data/forms/: Annex 1 forms filled in by the seed story's municipalities.

Each municipality fills the form in a layout seen in the wild, written with python-docx the way
Word writes it: the blank form filled in, `Label: value` paragraphs, labels above their values,
one big table with merged section rows and a numbering column, label/value tables with a content
control, and labels on a line of their own. Values are written the Latvian ways (`9 500,- EUR`,
`2019. gada 1. oktobra`, a no-break space between thousands).

`expected.json` beside the forms is written from the same source data (never from the reader):
what `read_form(...).to_json()["form"]` must give for each file, and the problem codes.
Zip timestamps are fixed, so running the script again changes nothing.

Run from the project root: .venv/bin/python tests/data/make_forms.py
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from parsers.blank_form import BLANK_LABELS, blank_form_docx

OUT = Path(__file__).parent / "forms"
NBSP = "\u00a0"


@dataclass(frozen=True)
class Planned:
    kind: str | None  # the code the reader must find
    kind_text: str
    description: str
    period: str
    cost: Decimal


@dataclass(frozen=True)
class Application:
    file: str
    municipality_written: str
    municipality: str  # the official name
    registration_no: str
    address: str | None
    region_written: str | None
    contact_name: str
    contact_position: str | None
    phone_written: str
    contact_email: str | None
    title: str
    current_measures: str | None
    goal: str | None
    activities: tuple[Planned, ...]
    target_remigrants: int | None
    target_reached: int | None
    total: Decimal
    requested: Decimal
    cofinancing: Decimal | None
    start: date
    end: date
    signatory_name: str
    signatory_position: str
    signed_on: date
    problems: tuple[str, ...] = ()


INFO = "Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām"
DAUGAVPILS = Application(
    file="daugavpils_blank_form.docx",
    municipality_written="Daugavpils pilsētas dome",
    municipality="Daugavpils",
    registration_no="90000077325",
    address="Krišjāņa Valdemāra iela 1, Daugavpils, LV-5401",
    region_written="Latgales plānošanas reģions",
    contact_name="Inga Ozola",
    contact_position="Attīstības departamenta projektu vadītāja",
    phone_written="65404344",
    contact_email="inga.ozola@daugavpils.lv",
    title="Daugavpils – mājas sauc",
    current_measures="Remigrācijas koordinators kopš 2018. gada; konsultācijas ģimenēm.",
    goal="Informēt diasporu par darba un dzīves iespējām Daugavpilī.\nPiesaistīt 20 ģimenes.",
    activities=(
        Planned(
            "diaspora_information",
            INFO,
            "Tiešsaistes informatīvie vakari diasporai Īrijā un Lielbritānijā",
            "2019. gada oktobris – 2020. gada marts",
            Decimal("3000.00"),
        ),
        Planned(
            "information_materials",
            "Informatīvu materiālu sagatavošana, sabiedriskās attiecības",
            "Buklets „Atgriezies Daugavpilī” un video stāsti",
            "2019. gada novembris – 2020. gada februāris",
            Decimal("2500.00"),
        ),
        Planned(
            "seminars",
            "Semināri un apmācības",
            "Seminārs uzņēmējiem par remigrantu nodarbināšanu",
            "2020. gada aprīlis",
            Decimal("4000.00"),
        ),
    ),
    target_remigrants=20,
    target_reached=1500,
    total=Decimal("9500.00"),
    requested=Decimal("9500.00"),
    cofinancing=Decimal("0.00"),
    start=date(2019, 10, 1),
    end=date(2020, 5, 31),
    signatory_name="Andrejs Elksniņš",
    signatory_position="Domes priekšsēdētājs",
    signed_on=date(2019, 8, 20),
)
VISITS = Planned(
    "diaspora_visits",
    "Vizītes pie diasporas",
    "Pašvaldības pārstāvju vizīte latviešu kopienā Dublinā",
    "2020. gada marts",
    Decimal("4500.00"),
)
TRAINING = Planned(
    "specialist_training",
    "Pašvaldību speciālistu apmācības par remigrācijas jautājumiem",
    "Apmācības sociālā dienesta un skolu darbiniekiem",
    "2019. gada novembris",
    Decimal("2000.00"),
)
SEEDS = (
    DAUGAVPILS,
    replace(
        DAUGAVPILS,
        file="preili_label_paragraphs.docx",
        municipality_written="Preiļu novada pašvaldība",
        municipality="Preiļu novads",
        registration_no="90000065595",
        address="Raiņa bulvāris 19, Preiļi, LV-5301",
        contact_name="Līga Kursīte",
        contact_position="Attīstības nodaļas vadītāja",
        phone_written="+371 65322731",
        contact_email="liga.kursite@preili.lv",
        title="Preiļi – atgriešanās mājās",
        goal="Sagatavot atbalsta tīklu remigrantu ģimenēm.\nIesaistīt vietējos uzņēmējus.",
        activities=(DAUGAVPILS.activities[0], VISITS, replace(TRAINING, cost=Decimal("3000"))),
        target_remigrants=15,
        total=Decimal("10500.00"),
        cofinancing=Decimal("1000.00"),
        signatory_name="Maruta Plivda",
        signatory_position="Domes priekšsēdētāja",
    ),
    replace(
        DAUGAVPILS,
        file="riebini_labels_above.docx",
        municipality_written="Riebiņu novada dome",
        municipality="Riebiņu novads",
        registration_no="90000067986",
        address="Saules iela 8, Riebiņi, LV-5326",
        contact_name="Jānis Vucāns",
        contact_position="Projektu koordinators",
        phone_written="26 123 456",
        contact_email="janis.vucans@riebini.lv",
        title="Riebiņi gaida mājās",
        activities=(
            replace(VISITS, period="01.03.2020. – 31.03.2020."),
            replace(TRAINING, period="01.11.2019. – 30.11.2019.", cost=Decimal("1500.50")),
        ),
        total=Decimal("6000.50"),
        requested=Decimal("5000.00"),
        cofinancing=Decimal("1000.50"),
        target_reached=None,
        signatory_name="Pēteris Solovjovs",
    ),
    replace(
        DAUGAVPILS,
        file="balvi_one_table.docx",
        municipality_written="Balvu novada pašvaldība",
        municipality="Balvu novads",
        registration_no="90009115622",
        address=None,
        region_written="LATGALE",
        contact_name="Evita Zāle",
        phone_written="(+371) 6452-2453",
        contact_email="evita.zale@balvi.lv",
        title="Balvi – sirds mājās",
        goal=None,
        current_measures=None,
        cofinancing=None,
        signatory_name="Sandis Puks",
    ),
    replace(
        DAUGAVPILS,
        file="liepaja_written_dates.docx",
        municipality_written="Liepājas pilsētas dome",
        municipality="Liepāja",
        registration_no="90000031048",
        address="Rožu iela 6, Liepāja, LV-3401",
        region_written="Kurzemes plānošanas reģions",
        contact_name="Dace Kalniņa",
        phone_written="+371 634 04750",
        contact_email="dace.kalnina@liepaja.lv",
        title="Liepāja – ostas pilsēta atgriežas",
        total=Decimal("12500.00"),
        requested=Decimal("10000.00"),
        cofinancing=Decimal("2500.00"),
        activities=(*DAUGAVPILS.activities, replace(VISITS, cost=Decimal("3000.00"))),
        signatory_name="Gunārs Ansiņš",
        signed_on=date(2019, 8, 23),
    ),
    replace(
        DAUGAVPILS,
        file="ventspils_with_mistakes.docx",
        municipality_written="Ventspils valstspilsētas pašvaldība",
        municipality="Ventspils",
        registration_no="90000057511",
        region_written="Kurzemes plānošanas reģions",
        contact_name="Kristaps Bērziņš",
        phone_written="12345",
        contact_email=None,
        title="Ventspils – mājas",
        activities=(
            DAUGAVPILS.activities[0],
            Planned(
                None,
                "Pilsētas svētku koncerts",
                "Koncerts Ventspils pilsētas svētkos",
                "2020. gada maijs",
                Decimal("8500.00"),
            ),
        ),
        total=Decimal("12000.00"),
        requested=Decimal("12000.00"),
        cofinancing=None,
        signatory_name="Aivars Lembergs",
        problems=(
            "missing_field",
            "invalid_phone",
            "unknown_activity_kind",
            "requested_over_maximum",
            "total_mismatch",
        ),
    ),
    replace(
        DAUGAVPILS,
        file="skrunda_label_lines.docx",
        municipality_written="Skrundas novada dome",
        municipality="Skrundas novads",
        registration_no="90000054794",
        address="Raiņa iela 11, Skrunda, LV-3326",
        region_written="Kurzemes",
        contact_name="Ilze Liepa",
        contact_position="Sabiedrisko attiecību speciāliste",
        phone_written="+371 633 31555",
        contact_email="ilze.liepa@skrunda.lv",
        title="Skrunda sauc mājās",
        activities=(VISITS, replace(TRAINING, cost=Decimal("3500.00"))),
        total=Decimal("8000.00"),
        requested=Decimal("8000.00"),
        signatory_name="Nellija Kleinberga",
        signatory_position="Domes priekšsēdētāja",
    ),
)

MONTHS = "janvār februār mart aprīl maij jūnij jūlij august septembr oktobr novembr decembr"
# Endings of the month names by case: nominative, genitive, dative, locative.
_ENDINGS = {
    "nom": ("is", "is", "s", "is", "s", "s", "s", "s", "is", "is", "is", "is"),
    "gen": ("a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a"),
    "dat": ("im", "im", "am", "im", "am", "am", "am", "am", "im", "im", "im", "im"),
    "loc": ("ī", "ī", "ā", "ī", "ā", "ā", "ā", "ā", "ī", "ī", "ī", "ī"),
}


def written_date(day: date, case: str) -> str:
    """`2019. gada 1. oktobra` — the day written out, month in the given grammatical case."""
    stem = MONTHS.split()[day.month - 1]
    if case == "gen" and stem == "aprīl":
        stem = "aprīļ"  # aprīlis → aprīļa
    return f"{day.year}. gada {day.day}. {stem}{_ENDINGS[case][day.month - 1]}"


def dotted(day: date) -> str:
    return f"{day:%d.%m.%Y}."


def amount_lv(amount: Decimal, space: str = " ") -> str:
    """`9 500,00` with the given thousands separator."""
    return f"{amount:,.2f}".replace(",", space).replace(".", ",")


def amount_dash(amount: Decimal) -> str:
    """`9 500,- EUR` for whole euros."""
    return f"{amount:,.0f}".replace(",", " ") + ",- EUR"


def amount_euro_sign(amount: Decimal) -> str:
    """`€ 6 000,50`, `€ 5 000`."""
    whole = amount == amount.to_integral_value()
    return "€ " + (f"{amount:,.0f}".replace(",", " ") if whole else amount_lv(amount))


def saved(document: Document) -> bytes:
    """The document's bytes with fixed zip timestamps and core dates: reruns change nothing."""
    document.core_properties.created = document.core_properties.modified = datetime(2019, 8, 1)
    document.core_properties.last_printed = datetime(2019, 8, 1)
    raw = io.BytesIO()
    document.save(raw)
    return fixed_timestamps(raw.getvalue())


def fixed_timestamps(data: bytes) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()


def set_cell(cell: object, text: str) -> None:
    cell.text = text  # type: ignore[attr-defined]


def activity_rows(app: Application) -> list[list[str]]:
    return [
        [f"{n}.", a.kind_text, a.description, a.period, amount_lv(a.cost)]
        for n, a in enumerate(app.activities, start=1)
    ]


def add_table(document: Document, rows: list[list[str]], style: str = "Table Grid") -> Table:
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    table.style = style
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=False):
            set_cell(cell, text)
    return table


def blank_form_filled(app: Application) -> bytes:
    """The service's own blank form, typed into: values in the right-hand cells."""
    document = docx.Document(io.BytesIO(blank_form_docx()))
    values = {
        "municipality": app.municipality_written,
        "registration_no": app.registration_no,
        "address": app.address,
        "planning_region": app.region_written,
        "contact_name": app.contact_name,
        "contact_position": app.contact_position,
        "contact_phone": app.phone_written,
        "contact_email": app.contact_email,
        "title": app.title,
        "current_measures": app.current_measures,
        "goal": app.goal,
        "target_remigrants": _text(app.target_remigrants),
        "target_reached": _text(app.target_reached),
        "total_cost_eur": amount_lv(app.total),
        "requested_eur": amount_lv(app.requested),
        "cofinancing_eur": None if app.cofinancing is None else amount_lv(app.cofinancing),
        "period": f"no {dotted(app.start)} līdz {dotted(app.end)}",
        "signatory_name": app.signatory_name,
        "signatory_position": app.signatory_position,
        "signed_on": dotted(app.signed_on),
    }
    by_label = {BLANK_LABELS[key]: value for key, value in values.items()}
    for table in document.tables:
        if table.rows[0].cells[0].text == "Nr.":
            for row, texts in zip(table.rows[1:], activity_rows(app), strict=False):
                for cell, text in zip(row.cells[1:], texts[1:], strict=True):
                    set_cell(cell, text)
            continue
        for row in table.rows:
            value = by_label.get(row.cells[0].text)
            if value:
                set_cell(row.cells[1], value)
    return saved(document)


def spaced(number: str) -> str:
    """`900 000 65595`, as registration numbers are often typed."""
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def label_paragraphs(app: Application) -> bytes:
    """Retyped by hand: `Label: value` lines, no numbering, one label without diacritics."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Tālrunis: 65300000"  # headers and footers are not read
    section.footer.paragraphs[0].text = "E-pasts: kanceleja@preili.lv"
    document.add_heading("Pieteikums", level=1)
    document.add_heading("Informācija par pieteicēju", level=2)
    for line in (
        f"Pašvaldības nosaukums: {app.municipality_written}",
        f"Reģistrācijas Nr.: {spaced(app.registration_no)}",
        f"Juridiskā adrese: {app.address}",
        f"Plānošanas reģions: {app.region_written}",
        f"Kontaktpersona: {app.contact_name}",
        f"Amats: {app.contact_position}",
        f"Talrunis\t{app.phone_written}",
        f"E-pasta adrese: {app.contact_email}",
    ):
        document.add_paragraph(line)
    document.add_heading("Projekta apraksts", level=2)
    document.add_paragraph(f"Projekta nosaukums: „{app.title}”")
    document.add_paragraph("Esošie remigrācijas atbalsta pasākumi pašvaldībā:")
    document.add_paragraph(app.current_measures)
    document.add_paragraph("Projekta mērķis:")
    for line in (app.goal or "").split("\n"):
        document.add_paragraph(line)
    document.add_heading("Plānotās aktivitātes", level=2)
    rows = [["Nr.", "Aktivitātes veids", "Apraksts", "Atbildīgais", "Īstenošanas laiks", "EUR"]]
    for row in activity_rows(app):
        rows.append([*row[:3], "Attīstības nodaļa", *row[3:]])
    rows.append(["", "Kopā", "", "", "", amount_lv(app.total)])
    add_table(document, rows)
    document.add_heading("Rezultatīvie rādītāji", level=2)
    document.add_paragraph(f"Plānotais remigrantu skaits: {app.target_remigrants} ģimenes")
    document.add_paragraph(f"Plānotais informēto personu skaits: {app.target_reached}")
    document.add_heading("Budžets", level=2)
    document.add_paragraph(f"Kopējās izmaksas: {amount_lv(app.total, NBSP)} EUR")
    document.add_paragraph(f"Pieprasītā summa: {app.requested:.0f} EUR")
    document.add_paragraph(f"Līdzfinansējums: {amount_lv(app.cofinancing or Decimal(0))}")
    document.add_paragraph(f"Īstenošanas periods: no {dotted(app.start)} līdz {dotted(app.end)}")
    document.add_heading("Apliecinājums", level=2)
    document.add_paragraph("Apliecinu, ka pieteikumā sniegtā informācija ir patiesa.")
    document.add_paragraph(f"Vārds, uzvārds: {app.signatory_name}")
    document.add_paragraph(f"Amats: {app.signatory_position}")
    document.add_paragraph(f"Datums: {dotted(app.signed_on)}")
    return saved(document)


def labels_above(app: Application) -> bytes:
    """Tables with a row of labels and the values in the row below; a two-row table header."""
    document = docx.Document()
    document.add_paragraph("1. INFORMĀCIJA PAR PIETEICĒJU").runs[0].bold = True
    _applicant_above(document, app)
    document.add_paragraph("2. PROJEKTA APRAKSTS").runs[0].bold = True
    add_table(
        document,
        [
            ["Projekta nosaukums"],
            [app.title],
            ["Esošie remigrācijas atbalsta pasākumi pašvaldībā"],
            [app.current_measures or ""],
            ["Projekta mērķis"],
            [app.goal or ""],
        ],
    )
    document.add_paragraph("3. PLĀNOTĀS AKTIVITĀTES").runs[0].bold = True
    _two_row_header_activities(document, app)
    document.add_paragraph("4. REZULTATĪVIE RĀDĪTĀJI").runs[0].bold = True
    add_table(document, [["Plānotais remigrantu skaits"], [str(app.target_remigrants)]])
    document.add_paragraph("5. BUDŽETS").runs[0].bold = True
    add_table(
        document,
        [
            ["Kopējās izmaksas", "Pieprasītais finansējums", "Pašvaldības līdzfinansējums"],
            [
                amount_euro_sign(app.total),
                amount_euro_sign(app.requested),
                amount_euro_sign(app.cofinancing or Decimal(0)),
            ],
        ],
    )
    document.add_paragraph("6. ĪSTENOŠANAS PERIODS").runs[0].bold = True
    document.add_paragraph(f"{dotted(app.start)}–{dotted(app.end)}")
    document.add_paragraph("7. APLIECINĀJUMS").runs[0].bold = True
    add_table(
        document,
        [
            ["Vārds, uzvārds", "Amats", "Datums"],
            [app.signatory_name, app.signatory_position, dotted(app.signed_on)],
        ],
    )
    return saved(document)


def _applicant_above(document: Document, app: Application) -> None:
    """Three labels a row, values below them; the address cell spans two columns."""
    table = add_table(
        document,
        [
            ["Pašvaldības nosaukums", "Reģistrācijas numurs", "Plānošanas reģions"],
            [app.municipality_written, app.registration_no, app.region_written or ""],
            ["Kontaktpersona (vārds, uzvārds)", "Amats", "Tālrunis"],
            [app.contact_name, app.contact_position or "", app.phone_written],
            ["E-pasts", "Juridiskā adrese", ""],
            [app.contact_email or "", app.address or "", ""],
        ],
    )
    for row in (4, 5):
        text = table.cell(row, 1).text
        table.cell(row, 1).merge(table.cell(row, 2)).text = text


def _two_row_header_activities(document: Document, app: Application) -> None:
    rows = [["Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "", "Izmaksas, EUR"]]
    rows.append(["", "", "", "no", "līdz", ""])
    for n, activity in enumerate(app.activities, start=1):
        start, end = activity.period.split(" – ")
        cost = amount_lv(activity.cost)
        rows.append([f"{n}.", activity.kind_text, activity.description, start, end, cost])
    rows.append(["Pavisam", "", "", "", "", amount_lv(app.total)])
    table = add_table(document, rows)
    for column in (0, 1, 2, 5):
        text = table.cell(0, column).text
        table.cell(0, column).merge(table.cell(1, column)).text = text
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Īstenošanas laiks"


def one_table(app: Application) -> bytes:
    """Everything in one table: merged section rows, a numbering column, rows added and left out."""
    document = docx.Document()
    document.add_heading("Pieteikuma veidlapa", level=1)
    rows: list[list[str]] = []

    def section(title: str) -> None:
        rows.append([title, "", "", "", "", ""])

    def field(number: str, label: str, value: str | None) -> None:
        if value is not None:
            rows.append([number, label, "", value, "", ""])

    section("1. Informācija par pieteicēju")
    field("1.1.", "Pašvaldības nosaukums", app.municipality_written)
    field("1.2.", "Reģistrācijas numurs", app.registration_no)
    field("1.3.", "Plānošanas reģions", app.region_written)
    field("1.4.", "Kontaktpersona", app.contact_name)
    field("1.5.", "Amats", app.contact_position)
    field("1.6.", "Tālrunis", app.phone_written)
    field("1.7.", "E-pasts", app.contact_email)
    field("1.8.", "Mājas lapa", "www.balvi.lv")
    section("2. Projekta apraksts")
    field("2.1.", "Projekta nosaukums", app.title)
    section("3. Plānotās aktivitātes")
    header = ["Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Atbildīgais"]
    rows.append([*header, "Plānotās izmaksas, EUR"])
    for row in activity_rows(app):
        rows.append([*row[:4], "Sociālais dienests", amount_dash(row_cost(row))])
    rows.append(["", "Kopā", "", "", "", amount_dash(app.total)])
    section("4. Rezultatīvie rādītāji")
    field("4.1.", "Plānotais remigrantu skaits", _text(app.target_remigrants))
    field("4.2.", "Plānotais informēto personu skaits", _text(app.target_reached))
    section("5. Budžets")
    field("5.1.", "Kopējās izmaksas", amount_dash(app.total))
    field("5.2.", "Pieprasītais finansējums", amount_dash(app.requested))
    section("6. Īstenošanas periods")
    field("6.1.", "Īstenošanas periods", f"{dotted(app.start)}–{dotted(app.end)}")
    section("7. Apliecinājums")
    field("", "Vārds, uzvārds", app.signatory_name)
    field("", "Amats", app.signatory_position)
    field("", "Datums", dotted(app.signed_on))
    table = add_table(document, rows)
    for index, texts in enumerate(rows):
        if texts[1:] == ["", "", "", "", ""]:  # a section row spans the table
            table.cell(index, 0).merge(table.cell(index, 5)).text = texts[0]
        elif texts[2] == "" and texts[4] == "" and texts[5] == "":  # number | label | value
            table.cell(index, 1).merge(table.cell(index, 2)).text = texts[1]
            table.cell(index, 3).merge(table.cell(index, 5)).text = texts[3]
    return saved(document)


def row_cost(row: list[str]) -> Decimal:
    return Decimal(row[4].replace(" ", "").replace(",", "."))


def label_right(app: Application) -> bytes:
    """Label/value tables without numbering, colons after labels, dates written out in words,
    a value inside a content control and a label paragraph with its own tab stops."""
    document = docx.Document()
    document.add_heading("Pieteikums konkursam", level=1)
    period = f"no {written_date(app.start, 'gen')} līdz {written_date(app.end, 'dat')}"
    sections = {
        "Informācija par pieteicēju": [
            ("Pašvaldības nosaukums:", app.municipality_written),
            ("Reģistrācijas numurs:", app.registration_no),
            ("Juridiskā adrese:", app.address),
            ("Plānošanas reģions:", app.region_written),
            ("Kontaktpersona (vārds, uzvārds):", app.contact_name),
            ("Amats:", app.contact_position),
            ("Tālrunis:", app.phone_written),
            ("E-pasts:", app.contact_email),
        ],
        "Projekta apraksts": [
            ("Projekta nosaukums:", app.title),
            ("Esošie remigrācijas atbalsta pasākumi pašvaldībā:", app.current_measures),
            ("Projekta mērķis:", app.goal),
        ],
        "Plānotās aktivitātes": [],
        "Rezultatīvie rādītāji": [
            ("Plānotais remigrantu skaits:", _text(app.target_remigrants)),
            ("Plānotais informēto personu skaits:", _text(app.target_reached)),
        ],
        "Budžets": [
            ("Kopējās izmaksas:", f"{amount_lv(app.total, NBSP)} EUR"),
            ("Pieprasītais finansējums:", f"{amount_lv(app.requested, NBSP)} EUR"),
            ("Pašvaldības līdzfinansējums:", f"{amount_lv(app.cofinancing or Decimal(0), NBSP)}"),
        ],
        "Īstenošanas periods": [("Projekta īstenošanas periods:", period)],
        "Apliecinājums": [
            ("Vārds, uzvārds:", app.signatory_name),
            ("Amats:", app.signatory_position),
            ("Datums:", written_date(app.signed_on, "loc")),
        ],
    }
    for title, pairs in sections.items():
        document.add_heading(title, level=2)
        if not pairs:
            add_table(document, [list(ACTIVITY_HEADER), *activity_rows(app)])
            continue
        add_table(document, [[label, value or ""] for label, value in pairs])
    _content_control(document.tables[0].cell(0, 1))
    _tab_stops(document.tables[0].cell(1, 0))
    return saved(document)


ACTIVITY_HEADER = ("Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Izmaksas, EUR")


def _content_control(cell: object) -> None:
    """Wrap the cell's paragraph in a rich-text content control, as Word's form templates do."""
    paragraph = cell._tc.p_lst[0]  # type: ignore[attr-defined]
    control = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr><w:alias w:val='Pašvaldība'/></w:sdtPr>"
        "<w:sdtContent/></w:sdt>"
    )
    paragraph.addprevious(control)
    control[1].append(paragraph)


def _tab_stops(cell: object) -> None:
    """Tab stop definitions in the paragraph properties are layout, not text."""
    properties = cell.paragraphs[0]._p.get_or_add_pPr()  # type: ignore[attr-defined]
    properties.append(
        parse_xml(f'<w:tabs {nsdecls("w")}><w:tab w:val="left" w:pos="2268"/></w:tabs>')
    )


def label_lines(app: Application) -> bytes:
    """Each label on a line of its own and its value on the next; other label variants."""
    document = docx.Document()

    def lines(*pairs: tuple[str, str | None]) -> None:
        for label, value in pairs:
            if value is not None:
                document.add_paragraph(label).runs[0].bold = True
                for line in value.split("\n"):
                    document.add_paragraph(line)

    document.add_paragraph("1) Informācija par pieteicēju")
    lines(
        ("Pašvaldība", app.municipality_written),
        ("Reģ. Nr.", spaced(app.registration_no)),
        ("Adrese", app.address),
        ("Plānošanas reģions", app.region_written),
        ("Atbildīgā persona", app.contact_name),
        ("Amats", app.contact_position),
        ("Tālr.", app.phone_written),
        ("E-pasta adrese", app.contact_email),
    )
    document.add_paragraph("2) Projekta apraksts")
    lines(("Projekta nosaukums", app.title), ("Projekta mērķis", app.goal))
    document.add_paragraph("3) Plānotās aktivitātes")
    add_table(
        document,
        [["Nr. p.k.", "Aktivitāte", "Apraksts", "Termiņš", "Summa, EUR"], *activity_rows(app)],
    )
    document.add_paragraph("4) Rezultatīvie rādītāji")
    lines(
        ("Plānotais atgriezušos personu skaits", _text(app.target_remigrants)),
        ("Plānotais informēto personu skaits", _text(app.target_reached)),
    )
    document.add_paragraph("5) Budžets")
    lines(
        ("Kopējās izmaksas", f"{app.total:.2f} EUR"),
        ("Pieprasītais finansējums", f"{app.requested:.2f} EUR"),
        ("Pašvaldības līdzfinansējums", f"{app.cofinancing or 0:.2f} EUR"),
    )
    document.add_paragraph("6) Īstenošanas periods")
    lines(("Sākuma datums", app.start.isoformat()), ("Beigu datums", app.end.isoformat()))
    document.add_paragraph("7) Apliecinājums")
    lines(
        ("Vārds, uzvārds", app.signatory_name),
        ("Amats", app.signatory_position),
        ("Paraksta datums", app.signed_on.isoformat()),
    )
    return saved(document)


LAYOUTS: dict[str, Callable[[Application], bytes]] = {
    "daugavpils_blank_form.docx": blank_form_filled,
    "preili_label_paragraphs.docx": label_paragraphs,
    "riebini_labels_above.docx": labels_above,
    "balvi_one_table.docx": one_table,
    "liepaja_written_dates.docx": label_right,
    "ventspils_with_mistakes.docx": blank_form_filled,
    "skrunda_label_lines.docx": label_lines,
}
REGIONS = {"latg": "Latgale", "kurz": "Kurzeme"}
NO_MEASURES = {"skrunda_label_lines.docx"}  # that layout leaves the optional field out


def expected(app: Application) -> dict[str, object]:
    """What the reader must give: `to_json()["form"]` and the problem codes, from the seed data."""
    digits = "".join(char for char in app.phone_written if char.isdigit()).removeprefix("371")
    region = app.region_written and REGIONS[app.region_written.lower()[:4]]
    return {
        "form": {
            "municipality": app.municipality,
            "registration_no": app.registration_no,
            "address": app.address,
            "planning_region": region,
            "contact_name": app.contact_name,
            "contact_position": app.contact_position,
            "contact_phone": f"+371{digits}" if len(digits) == 8 else None,
            "contact_email": app.contact_email,
            "title": app.title,
            "current_measures": None if app.file in NO_MEASURES else app.current_measures,
            "goal": app.goal,
            "activities": [
                {
                    "kind": activity.kind,
                    "description": activity.description,
                    "period": activity.period,
                    "cost_eur": f"{activity.cost:.2f}",
                }
                for activity in app.activities
            ],
            "target_remigrants": app.target_remigrants,
            "target_reached": app.target_reached,
            "total_cost_eur": f"{app.total:.2f}",
            "requested_eur": f"{app.requested:.2f}",
            "cofinancing_eur": None if app.cofinancing is None else f"{app.cofinancing:.2f}",
            "period_start": app.start.isoformat(),
            "period_end": app.end.isoformat(),
            "signatory_name": app.signatory_name,
            "signatory_position": app.signatory_position,
            "signed_on": app.signed_on.isoformat(),
        },
        "problems": list(app.problems),
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for app in SEEDS:
        (OUT / app.file).write_bytes(LAYOUTS[app.file](app))
    (OUT / "blank_form.docx").write_bytes(fixed_timestamps(blank_form_docx()))
    expectations = {app.file: expected(app) for app in SEEDS}
    text = json.dumps(expectations, ensure_ascii=False, indent=2) + "\n"
    (OUT / "expected.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(SEEDS) + 1} forms and expected.json to {OUT}")


if __name__ == "__main__":
    main()
