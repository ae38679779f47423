"""Annex 1 exported to PDF by LibreOffice from layouts other than the blank form's.

tests/data/forms/layout_*.pdf were made by LibreOffice (`soffice --headless --convert-to pdf`)
from python-docx documents built by `tabbed_form` and `merged_header_form` below:

- layout_tabs.pdf: `Label<TAB>value` paragraphs without colons. Where a label runs up to just
  before a tab stop the value starts a point or less after it, and LibreOffice draws no glyph
  for the tab, only a new text object (parsers/pdf_layout.py `_tab_jump`).
- layout_merged_header.pdf: activities under a two-row header with merged cells, whose last
  header line ("EUR") is wrapped onto the next page, where it must not be read as an activity.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import docx

from parsers.form import FormReading, read_form
from parsers.layout import Cell, Table, read_blocks
from parsers.pdf_layout import _page_number
from parsers.pdf_lines import Glyph, line_break, text_line

Glyphs = list[Glyph]

FORMS = Path(__file__).parent / "data" / "forms"
NB = "\u00a0"

FIELDS = [
    ("1. Informācija par pieteicēju", ""),
    ("Pašvaldības nosaukums", "Preiļu novada dome"),
    ("Reģ. Nr.", "90000 065 595"),
    ("Juridiskā adrese", "Raiņa bulvāris 19, Preiļi, LV-5301"),
    ("Plānošanas reģions", "Latgales plānošanas reģions"),
    ("Kontaktpersona (vārds, uzvārds)", "Anna Kalniņa"),
    ("Amats", "projektu vadītāja"),
    ("Tālrunis", "+371 6532 2731"),
    ("E-pasts", "anna.kalnina@preili.lv"),
    ("2. Projekta apraksts", ""),
    ("Projekta nosaukums", "Atgriezies Preiļos"),
    ("Esošie remigrācijas atbalsta pasākumi pašvaldībā", "Nav"),
    ("Projekta mērķis", "Piesaistīt ģimenes"),
    ("4. Rezultatīvie rādītāji", ""),
    ("Plānotais remigrantu skaits", "10"),
    ("Plānotais informēto personu skaits", "1 200"),
    ("5. Budžets", ""),
    ("Kopējās izmaksas", "€ 9 500"),
    ("Pieprasītais finansējums", f"9{NB}000,- EUR"),
    ("Pašvaldības līdzfinansējums", f"500.00{NB}EUR"),
    ("Īstenošanas periods", "no 2019. gada 1. oktobra līdz 2020. gada 31. maijam"),
    ("7. Apliecinājums", ""),
    ("Vārds, uzvārds", "Andris Vaivods"),
    ("Amats", "Domes priekšsēdētājs"),
    ("Datums", "2019. gada 20. augusts"),
]
ACTIVITIES = [
    ("Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Plānotās izmaksas, EUR"),
    ("1.", "Vizītes pie diasporas", "Brauciens uz Dublinu", "2019. gada novembris", "€ 4 000"),
    ("2.", "Semināri un apmācības", "Seminārs", "2020. gada marts", f"5{NB}500,- EUR"),
    ("", "Kopā", "", "", f"9{NB}500,00"),
]


def tabbed_form(path: Path) -> None:
    """Builder of layout_tabs.docx: `Label<TAB>value` paragraphs, activities in a table."""
    made = docx.Document()
    for label, value in FIELDS:
        made.add_paragraph(f"{label}\t{value}" if value else label)
    table = made.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    for texts in ACTIVITIES:
        for cell, text in zip(table.add_row().cells, texts, strict=True):
            cell.text = text
    made.save(str(path))


def merged_header_form(path: Path) -> None:
    """Builder of layout_merged_header.docx: `Label: value` paragraphs, then activities under
    a two-row header (Aktivitāte over veids | apraksts, the other header cells merged down)."""
    made = docx.Document()
    for label, value in FIELDS:
        made.add_paragraph(f"{label}: {value}" if value else label)
    table = made.add_table(rows=2, cols=6)
    table.style = "Table Grid"
    header = ["Nr.", "Aktivitāte", "", "Atbildīgais", "Īstenošanas laiks", "Plānotās izmaksas, EUR"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    table.rows[0].cells[1].merge(table.rows[0].cells[2]).text = "Aktivitāte"
    table.rows[1].cells[1].text = "veids"
    table.rows[1].cells[2].text = "apraksts"
    for column in (0, 3, 4, 5):
        table.rows[0].cells[column].merge(table.rows[1].cells[column])
    rows = [
        ("1.", "Vizītes pie diasporas", "Brauciens", "A", "2019. gada novembris", "4 000,00"),
        ("2.", "Semināri un apmācības", "Seminārs", "B", "2020. gada marts", "5 500,00"),
        ("", "Kopā", "", "", "", "9 500,00"),
    ]
    for texts in rows:
        for cell, text in zip(table.add_row().cells, texts, strict=True):
            cell.text = text
    made.save(str(path))


def read(name: str) -> FormReading:
    return read_form((FORMS / name).read_bytes(), name)


def test_tab_separated_labels_in_libreoffice_pdf() -> None:
    reading = read("layout_tabs.pdf")
    found = {key: field.value for key, field in reading.fields.items()}
    assert found["municipality"] == "Preiļu novads"
    assert found["registration_no"] == "90000065595"
    assert found["contact_position"] == "projektu vadītāja"
    assert found["contact_email"] == "anna.kalnina@preili.lv"
    assert found["goal"] == "Piesaistīt ģimenes"
    assert found["current_measures"] == "Nav"
    assert found["requested_eur"] == Decimal("9000.00")  # a no-break space is not a tab
    assert found["cofinancing_eur"] == Decimal("500.00")
    assert found["period_start"] == date(2019, 10, 1)
    assert found["period_end"] == date(2020, 5, 31)
    assert found["signatory_name"] == "Andris Vaivods"
    assert found["signatory_position"] == "Domes priekšsēdētājs"
    assert found["signed_on"] == date(2019, 8, 20)
    assert [activity.cost_eur for activity in reading.activities] == [
        Decimal("4000.00"),
        Decimal("5500.00"),
    ]
    assert not reading.problems


def test_header_wrapped_onto_next_page_is_not_an_activity() -> None:
    reading = read("layout_merged_header.pdf")
    assert [(activity.kind, activity.cost_eur) for activity in reading.activities] == [
        ("diaspora_visits", Decimal("4000.00")),
        ("seminars", Decimal("5500.00")),
    ]
    assert not [problem for problem in reading.problems if problem.field == "activities"]


def _row(number: int, *texts: str) -> list[Cell]:
    return [
        Cell(text, f"table 1, row {number}, cell {column + 1}", column)
        for column, text in enumerate(texts)
    ]


def test_rows_of_header_words_are_not_activities() -> None:
    header = ("Nr.", "Aktivitāte", "", "Plānotās izmaksas,")
    table = Table(
        1,
        [
            _row(1, *header),
            _row(2, "", "veids", "apraksts", ""),
            _row(3, "", "", "", "EUR"),  # the header's last line, on the next page
            _row(4, "1.", "Semināri un apmācības", "Seminārs", "5 500"),
            _row(5, "Nr.", "Aktivitāte", "", "Plānotās izmaksas, EUR"),  # repeated there
            _row(6, "2.", "Vizītes pie diasporas", "Brauciens", "4 000"),
        ],
    )
    form = read_blocks([table])
    assert [(activity.kind, activity.cost) for activity in form.activities] == [
        ("Semināri un apmācības", "5 500"),
        ("Vizītes pie diasporas", "4 000"),
    ]


def _glyphs(
    text: str, left: float = 50.0, bottom: float = 700.0, width: float = 5.0
) -> list[Glyph]:
    return [
        (char, left + width * i, left + width * (i + 1), bottom, bottom + 10)
        for i, char in enumerate(text)
    ]


def test_a_line_wrapped_after_a_dash_joined_to_a_word_is_joined_without_a_space() -> None:
    above = text_line(_glyphs("10.2019.–", bottom=700))
    below = text_line(_glyphs("03.2020.", bottom=688))
    assert line_break(above, below, limit=50 + 5 * 9 + 4) == ""
    spaced = text_line(_glyphs("oktobris –", bottom=700))
    assert line_break(spaced, text_line(_glyphs("decembris", bottom=688)), 50 + 5 * 10 + 4) == " "


def test_this_pages_number_in_the_margin_is_not_text_but_a_value_there_is() -> None:
    height = 842.0
    assert _page_number(_glyphs("Lapa 2 no 3", bottom=20), height, page=2, pages=3)
    assert _page_number(_glyphs("- 2 -", bottom=20), height, page=2, pages=3)
    assert not _page_number(_glyphs("500", bottom=20), height, page=2, pages=3)
    assert not _page_number(_glyphs("Lapa 2 no 3", bottom=400), height, page=2, pages=3)


def test_a_justified_line_drawn_word_by_word_reads_as_words() -> None:
    words = [("Projekta", 50.0), ("mērķis:", 96.0), ("Informēt", 137.0), ("diasporu", 183.0)]
    glyphs: list[Glyph] = []
    for word, left in words:
        if glyphs:
            glyphs.append(("\t", left, left, 700.0, 710.0))  # a jump to a new text object
        glyphs += _glyphs(word, left=left)
    assert text_line(glyphs).text == "Projekta mērķis: Informēt diasporu"
    tabbed = [*_glyphs("Tālrunis"), ("\t", 120.0, 120.0, 700.0, 710.0), *_glyphs("26", left=120)]
    assert text_line(tabbed).text == "Tālrunis\t26"
