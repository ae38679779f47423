"""The blank Annex 1 (.docx, in Latvian) that the service hands to municipalities.

The competition rules do not publish the form, so this is it: the labels of annex1.md in the
sections they belong to, a value cell beside each label, and the activities table with a
"Kopā" row. A form filled in from it is read back field for field by `parsers.docx_form`; the
tests keep the two in step by filling this form and reading it.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from parsers.labels import SECTION_TITLES
from parsers.values import ACTIVITY_KINDS

__all__ = ["ACTIVITY_HEADERS", "ACTIVITY_ROWS", "BLANK_LABELS", "blank_form_docx"]

COMPETITION = "Remigrācijas sekmēšanas pakalpojumi pašvaldībās"
# Field key → the label printed in the form, section by section.
BLANK_LABELS: dict[str, str] = {
    "municipality": "1.1. Pašvaldības nosaukums",
    "registration_no": "1.2. Reģistrācijas numurs",
    "address": "1.3. Juridiskā adrese",
    "planning_region": "1.4. Plānošanas reģions",
    "contact_name": "1.5. Kontaktpersona (vārds, uzvārds)",
    "contact_position": "1.6. Amats",
    "contact_phone": "1.7. Tālrunis",
    "contact_email": "1.8. E-pasts",
    "title": "2.1. Projekta nosaukums",
    "current_measures": "2.2. Esošie remigrācijas atbalsta pasākumi pašvaldībā",
    "goal": "2.3. Projekta mērķis",
    "target_remigrants": "4.1. Plānotais remigrantu skaits",
    "target_reached": "4.2. Plānotais informēto personu skaits",
    "total_cost_eur": "5.1. Kopējās izmaksas, EUR",
    "requested_eur": "5.2. Pieprasītais finansējums, EUR (ne vairāk kā 10 000 EUR)",
    "cofinancing_eur": "5.3. Pašvaldības līdzfinansējums, EUR",
    "period": "6.1. Īstenošanas periods (no dd.mm.gggg. līdz dd.mm.gggg.)",
    "signatory_name": "Vārds, uzvārds",
    "signatory_position": "Amats",
    "signed_on": "Datums",
}
ACTIVITY_HEADERS = (
    "Nr.",
    "Aktivitātes veids",
    "Apraksts",
    "Īstenošanas laiks",
    "Plānotās izmaksas, EUR",
)
ACTIVITY_ROWS = 6
_SHADE = "D9E2F3"


def blank_form_docx() -> bytes:
    """The blank Annex 1 as .docx bytes."""
    document = Document()
    document.core_properties.title = f"1. pielikums – pieteikuma veidlapa ({COMPETITION})"
    document.core_properties.language = "lv-LV"
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(11)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    section.header.paragraphs[0].text = f"Konkurss „{COMPETITION}”"
    section.footer.paragraphs[0].text = "Pieteikuma veidlapa (1. pielikums)"
    _title(document)
    for number, title in SECTION_TITLES.items():
        document.add_heading(f"{number}. {title}", level=2)
        if number == 3:
            _activities(document)
        elif number == 7:
            document.add_paragraph(
                "Apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pašvaldība "
                "nodrošinās projekta īstenošanu atbilstoši konkursa nolikumam."
            )
            _label_table(document, [*_labels_of(7), "Paraksts"])
        else:
            _label_table(document, _labels_of(number))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _title(document: DocxDocument) -> None:
    right = document.add_paragraph(f"1. pielikums\nkonkursa „{COMPETITION}”\nnolikumam")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    heading = document.add_heading("PIETEIKUMA VEIDLAPA", level=1)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(
        "Aizpildiet baltos laukus labajā kolonnā. Summas rakstiet eiro (piemēram, 9 500,00), "
        "datumus – formā dd.mm.gggg. Veidlapu nosūtiet kā .docx vai .pdf failu."
    )


def _labels_of(section: int) -> list[str]:
    if section == 7:
        return [BLANK_LABELS[key] for key in ("signatory_name", "signatory_position", "signed_on")]
    return [label for label in BLANK_LABELS.values() if label.startswith(f"{section}.")]


def _label_table(document: DocxDocument, labels: list[str]) -> Table:
    table = document.add_table(rows=len(labels), cols=2)
    table.style = "Table Grid"
    for row, label in zip(table.rows, labels, strict=True):
        row.cells[0].text = label
        row.cells[0].width, row.cells[1].width = Cm(7), Cm(10)
        _shade(row.cells[0])
    return table


def _activities(document: DocxDocument) -> None:
    kinds = "; ".join(f"„{text}”" for text, _own, _shared in ACTIVITY_KINDS.values())
    document.add_paragraph(
        "Katru aktivitāti ierakstiet savā rindā; aktivitātes veidam jābūt vienam no konkursā "
        f"atbalstāmajiem: {kinds}."
    )
    table = document.add_table(rows=ACTIVITY_ROWS + 2, cols=len(ACTIVITY_HEADERS))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, ACTIVITY_HEADERS, strict=True):
        cell.text = header
        _shade(cell)
    for number, row in enumerate(table.rows[1:-1], start=1):
        row.cells[0].text = f"{number}."
    total = table.rows[-1].cells
    total[0].merge(total[3]).text = "Kopā"
    _shade(total[0])


def _shade(cell: _Cell) -> None:
    properties = cell._tc.get_or_add_tcPr()
    properties.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{_SHADE}"/>'))
