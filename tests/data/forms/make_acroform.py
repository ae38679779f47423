"""Make the fillable-PDF fixtures: Annex 1 as an AcroForm, filled in as in a PDF reader.

Some regions hand out the form as a fillable PDF; municipalities fill its fields in Adobe Reader
and send the saved file. The values then live in the form fields (/V and the widgets'
appearance streams), not in the page's text, so a reader of page text alone sees an empty form.

    python tests/data/forms/make_acroform.py   # needs reportlab and pypdf (not used at run time)

Writes `acroform_blank.pdf` (labels as page text, empty fields), `acroform_jekabpils.pdf`
(the same with every field filled in by pypdf, which writes the values and their appearances)
and `acroform_printed_jekabpils.pdf` (the values also printed as page text inside the fields:
they must be read once, not twice).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# (section heading or None, label, field name, lines of the field)
SECTIONS: list[tuple[str, list[tuple[str, str, int]]]] = [
    (
        "1. Informācija par pieteicēju",
        [
            ("1.1. Pašvaldības nosaukums", "municipality", 1),
            ("1.2. Reģistrācijas numurs", "registration_no", 1),
            ("1.3. Juridiskā adrese", "address", 1),
            ("1.4. Plānošanas reģions", "planning_region", 1),
            ("1.5. Kontaktpersona (vārds, uzvārds)", "contact_name", 1),
            ("1.6. Amats", "contact_position", 1),
            ("1.7. Tālrunis", "contact_phone", 1),
            ("1.8. E-pasts", "contact_email", 1),
        ],
    ),
    (
        "2. Projekta apraksts",
        [
            ("2.1. Projekta nosaukums", "title", 1),
            ("2.2. Esošie remigrācijas atbalsta pasākumi pašvaldībā", "current_measures", 3),
            ("2.3. Projekta mērķis", "goal", 3),
        ],
    ),
]
LATER: list[tuple[str, list[tuple[str, str, int]]]] = [
    (
        "4. Rezultatīvie rādītāji",
        [
            ("4.1. Plānotais remigrantu skaits", "target_remigrants", 1),
            ("4.2. Plānotais informēto personu skaits", "target_reached", 1),
        ],
    ),
    (
        "5. Budžets",
        [
            ("5.1. Kopējās izmaksas, EUR", "total_cost_eur", 1),
            ("5.2. Pieprasītais finansējums, EUR", "requested_eur", 1),
            ("5.3. Pašvaldības līdzfinansējums, EUR", "cofinancing_eur", 1),
        ],
    ),
    ("6. Īstenošanas periods", [("Īstenošanas periods", "period", 1)]),
    (
        "7. Apliecinājums",
        [
            ("Vārds, uzvārds", "signatory_name", 1),
            ("Amats", "signatory_position", 1),
            ("Datums", "signed_on", 1),
        ],
    ),
]
COLUMNS = [
    ("Nr.", 30),
    ("Aktivitātes veids", 130),
    ("Apraksts", 170),
    ("Īstenošanas laiks", 100),
    ("Plānotās izmaksas, EUR", 80),
]
ROWS = 4
PRINTED: dict[str, str] = {}

FILLED = {
    "municipality": "Jēkabpils novada pašvaldība",
    "registration_no": "90000024205",
    "address": "Brīvības iela 45, Jēkabpils, LV-5201",
    "planning_region": "Zemgales",
    "contact_name": "Dace Zvirbule",
    "contact_position": "Attīstības nodaļas vadītāja",
    "contact_phone": "+371 65207050",
    "contact_email": "dace.zvirbule@jekabpils.lv",
    "title": "Jēkabpils gaida mājās",
    "current_measures": "Remigrācijas koordinators no 2018. gada.\nKonsultācijas ģimenēm.",
    "goal": "Informēt diasporu par darba iespējām novadā.",
    "activity_1_kind": "Vizītes pie diasporas",
    "activity_1_description": "Tikšanās ar latviešu kopienu Dublinā",
    "activity_1_period": "2019. gada novembris",
    "activity_1_cost": "3 500,00",
    "activity_2_kind": "Informatīvu materiālu sagatavošana",
    "activity_2_description": "Buklets un video par novadu",
    "activity_2_period": "2019. gada decembris – 2020. gada februāris",
    "activity_2_cost": "2 000,00",
    "activity_3_kind": "Pašvaldību speciālistu apmācības",
    "activity_3_description": "Apmācības sociālajiem darbiniekiem",
    "activity_3_period": "2020. gada marts",
    "activity_3_cost": "1 500,00",
    "target_remigrants": "12",
    "target_reached": "800",
    "total_cost_eur": "7 000,00",
    "requested_eur": "7 000,00",
    "cofinancing_eur": "0",
    "period": "no 01.10.2019. līdz 31.05.2020.",
    "signatory_name": "Raivis Ragainis",
    "signatory_position": "Domes priekšsēdētājs",
    "signed_on": "21.08.2019.",
}


def blank(printed: dict[str, str] | None = None) -> bytes:
    """The fillable form; with `printed`, those values are also drawn as page text inside the
    fields, as a PDF printer that keeps the fields writes a filled form."""
    global PRINTED
    PRINTED = printed or {}
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", BOLD))
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setTitle("1. pielikums – pieteikuma veidlapa")
    y = _title(canvas)
    y = _fields(canvas, SECTIONS, y)
    y = _activities(canvas, y)
    canvas.showPage()
    _fields(canvas, LATER, A4[1] - 60)
    canvas.save()
    return out.getvalue()


def _title(canvas: Canvas) -> float:
    canvas.setFont("DejaVu-Bold", 12)
    canvas.drawString(50, A4[1] - 50, "Pieteikuma veidlapa")
    canvas.setFont("DejaVu", 9)
    canvas.drawRightString(A4[0] - 50, A4[1] - 30, "1. pielikums")
    return A4[1] - 80


Sections = list[tuple[str, list[tuple[str, str, int]]]]


def _fields(canvas: Canvas, sections: Sections, y: float) -> float:
    for heading, fields in sections:
        canvas.setFont("DejaVu-Bold", 10)
        canvas.drawString(50, y, heading)
        y -= 22
        for label, name, lines in fields:
            height = 16 * lines
            canvas.setFont("DejaVu", 9)
            for number, part in enumerate(simpleSplit(label, "DejaVu", 9, 190)):
                canvas.drawString(50, y - 11 * number, part)
            _print(canvas, name, 250, y - height + 12, 295, height)
            canvas.acroForm.textfield(
                name=name,
                x=250,
                y=y - height + 12,
                width=295,
                height=height,
                fontSize=9,
                borderWidth=0.5,
                fieldFlags="multiline" if lines > 1 else "",
            )
            y -= height + 8
        y -= 6
    return y


def _activities(canvas: Canvas, y: float) -> float:
    canvas.setFont("DejaVu-Bold", 10)
    canvas.drawString(50, y, "3. Plānotās aktivitātes")
    y -= 20
    canvas.setFont("DejaVu", 8)
    x = 50.0
    for header, width in COLUMNS:
        canvas.drawString(x + 2, y, header)
        x += width
    y -= 6
    for row in range(1, ROWS + 1):
        y -= 20
        canvas.drawString(52, y + 6, f"{row}.")
        x = 50.0 + COLUMNS[0][1]
        for (_header, width), part in zip(
            COLUMNS[1:], ("kind", "description", "period", "cost"), strict=True
        ):
            _print(canvas, f"activity_{row}_{part}", x, y, width - 2, 18)
            canvas.acroForm.textfield(
                name=f"activity_{row}_{part}",
                x=x,
                y=y,
                width=width - 2,
                height=18,
                fontSize=7,
                borderWidth=0.5,
            )
            x += width
    return y - 30


def _print(canvas: Canvas, name: str, x: float, y: float, width: float, height: float) -> None:
    if name in PRINTED:  # shrunk to the field's width, as viewers auto-size
        for number, line in enumerate(PRINTED[name].split("\n")):
            size = min(7.0, 7.0 * (width - 14) / pdfmetrics.stringWidth(line, "DejaVu", 7))
            canvas.setFont("DejaVu", size)
            canvas.drawString(x + 2, y + height - 9 - 9 * number, line)


def filled(data: bytes, values: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def main() -> None:
    form = blank()
    (HERE / "acroform_blank.pdf").write_bytes(form)
    (HERE / "acroform_jekabpils.pdf").write_bytes(filled(form, FILLED))
    printed = blank(printed=FILLED)
    (HERE / "acroform_printed_jekabpils.pdf").write_bytes(filled(printed, FILLED))


if __name__ == "__main__":
    main()
