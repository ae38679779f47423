"""PDF layouts the reader learned from set C: turned pages, two text columns, lost spacing.

Each PDF is written here by hand — a few lines of page content in the standard Helvetica fonts —
so that a test shows the one thing it is about:

- a page whose text runs up, down or upside down (LaTeX's pdflscape, `sidewaystable`), with or
  without /Rotate, is read in the way its text runs (parsers/pdf_turn.py), its ruled tables too;
- a part of a page in two text columns (groff `.2C`, LaTeX `multicols`) is read left column
  first, and a value wrapped within its column keeps its second line (parsers/pdf_columns.py);
  a borderless table of labels and values is not taken for two columns;
- a word PDFium puts a space too far left after a `TJ` ending in spacing and an empty string,
  as groff writes them, is moved back (parsers/pdf_glyphs.py `_lost_spacing`);
- a running header on the second page only ("… ⇥ Lapa 2") is left out.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from parsers.form import read_form
from parsers.pdf_layout import PageLayout, _page_number, page_layout
from parsers.pdf_lines import Glyph

FORMS = Path(__file__).parent / "data" / "forms"

WIDTH, HEIGHT = 595, 842
# Helvetica (F1) and Helvetica-Bold (F2) advance widths, 1/1000 em, of the letters used below
BOLD_WIDTHS = {"A": 722, "m": 889, "a": 556, "t": 333, "s": 556, ":": 333}
REGULAR_R = 722


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _text(x: float, y: float, text: str, font: str = "F1", size: float = 10) -> str:
    return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({_escaped(text)}) Tj ET\n"


def _grid(left: float, top: float, widths: list[float], height: float, rows: int) -> str:
    """A ruled table: its cell borders as stroked rectangles."""
    drawn = "0.5 w\n"
    for row in range(rows):
        x = left
        for width in widths:
            drawn += f"{x} {top - (row + 1) * height} {width} {height} re S\n"
            x += width
    return drawn


def _pdf(pages: list[tuple[str, int]]) -> bytes:
    """A PDF of portrait A4 pages, each its content stream and /Rotate."""
    fonts = "<< /F1 3 0 R /F2 4 0 R >>"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "",  # the page tree, once the pages are numbered
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for content, rotate in pages:
        stream = content.encode("latin-1")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{content}\nendstream")
        kids.append(f"{len(objects) + 1} 0 R")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] /Rotate {rotate} "
            f"/Resources << /Font {fonts} >> /Contents {len(objects)} 0 R >>"
        )
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    return out + f"startxref\n{xref}\n%%EOF\n".encode()


def _layouts(data: bytes) -> list[PageLayout]:
    document = pdfium.PdfDocument(data)
    try:
        return [page_layout(document, index) for index in range(len(document))]
    finally:
        document.close()


# ------------------------------------------------------------------------------ turned pages

# How content laid out upright on a landscape (or upside-down portrait) page is drawn on the
# portrait page: the `cm` matrix, the /Rotate a viewer needs to show it upright, and the size
# of the upright page.
TURNS = {
    "runs-up": ("0 1 -1 0 595 0", 90, (HEIGHT, WIDTH)),  # pdflscape
    "runs-down": ("0 -1 1 0 0 842", 270, (HEIGHT, WIDTH)),
    "upside-down": ("-1 0 0 -1 595 842", 180, (WIDTH, HEIGHT)),
}

LINES = [
    (72, 500, "3. Planotas aktivitates"),
    (72, 480, "Atbildigais: Janis Berzins, projektu vaditajs"),
]
CELLS = [["Nr.", "Aktivitates veids", "Apraksts"], ["1.", "Vizites pie diasporas", "Dublina"]]


def _turned_page(matrix: str) -> str:
    """Two lines and a ruled 2×3 table, drawn upright and turned by `matrix`; a footer left
    upright on the page, as pdflscape leaves it."""
    upright = "".join(_text(x, y, text) for x, y, text in LINES)
    upright += _grid(72, 460, [40, 160, 160], 24, 2)
    for row, texts in enumerate(CELLS):
        x = 72.0
        for width, text in zip([40, 160, 160], texts, strict=True):
            upright += _text(x + 4, 460 - 24 * row - 16, text)
            x += width
    return f"q {matrix} cm\n{upright}Q\n" + _text(72, 30, "Aluksnes novada pasvaldiba 2")


@pytest.mark.parametrize("turn", TURNS, ids=list(TURNS))
@pytest.mark.parametrize("rotate", [True, False], ids=["rotate", "no-rotate"])
def test_a_turned_page_is_read_the_way_its_text_runs(turn: str, rotate: bool) -> None:
    matrix, rotation, size = TURNS[turn]
    (layout,) = _layouts(_pdf([(_turned_page(matrix), rotation if rotate else 0)]))

    assert (layout.width, layout.height) == pytest.approx(size)
    assert [line.text for line in layout.lines] == [text for _x, _y, text in LINES]
    for line, (x, y, _drawn) in zip(layout.lines, LINES, strict=True):
        assert line.left == pytest.approx(x, abs=1)  # where it stands on the upright page
        assert line.bottom < y < line.top
    (grid,) = layout.grids
    assert grid.columns == pytest.approx((72, 112, 272, 432), abs=1)
    texts = [[" ".join(line.text for line in cell.lines) for cell in grid.cells[:3]]]
    texts.append([" ".join(line.text for line in cell.lines) for cell in grid.cells[3:]])
    assert texts == CELLS


def test_an_upright_page_keeps_its_own_frame() -> None:
    (layout,) = _layouts(_pdf([(_turned_page("1 0 0 1 0 0"), 0)]))

    assert (layout.width, layout.height) == (WIDTH, HEIGHT)
    assert [line.text for line in layout.lines][:2] == [text for _x, _y, text in LINES]
    assert layout.lines[-1].text == "Aluksnes novada pasvaldiba 2"  # the footer is upright too


ACTIVITY_HEADER = ["Nr.", "Aktivitates veids", "Apraksts", "Istenosanas laiks", "Izmaksas, EUR"]
ACTIVITY_ROWS = [
    ["1.", "Vizites pie diasporas", "Vizite Dublina", "11.2019.", "4 000,00"],
    ["2.", "Seminari un apmacibas", "Seminars jauniesiem", "12.2019.", "1 500,00"],
]


def test_activities_on_a_landscape_page_are_read() -> None:
    first = _text(72, 760, "1. Informacija par pieteiceju", "F2")
    first += _text(72, 740, "Pasvaldibas nosaukums: Aluksnes novads")
    widths = [40, 180, 200, 120, 100]
    table = _text(72, 520, "3. Planotas aktivitates", "F2") + _grid(72, 500, widths, 24, 3)
    for row, texts in enumerate([ACTIVITY_HEADER, *ACTIVITY_ROWS]):
        x = 72.0
        for width, text in zip(widths, texts, strict=True):
            table += _text(x + 4, 500 - 24 * row - 16, text)
            x += width
    data = _pdf([(first, 0), (f"q {TURNS['runs-up'][0]} cm\n{table}Q\n", 90)])

    reading = read_form(data, "landscape.pdf")

    assert reading.fields["municipality"].value == "Alūksnes novads"
    assert [(activity.kind, activity.cost_eur) for activity in reading.activities] == [
        ("diaspora_visits", Decimal("4000.00")),
        ("seminars", Decimal("1500.00")),
    ]


# ------------------------------------------------------------------------------ two columns

LEFT = [
    ("F2", "1. Informacija par pieteiceju"),
    ("F1", "Pasvaldibas nosaukums: Preilu novada"),
    ("F1", "dome"),
    ("F1", "Registracijas numurs: 90000065595"),
    ("F1", "Juridiska adrese: Raina bulvaris 19, Preili,"),
    ("F1", "Preilu novads, LV-5301"),
    ("F1", "Talrunis: 65322731"),
]
RIGHT = [
    ("F2", "2. Projekta apraksts"),
    ("F1", "Projekta nosaukums: Atgriezies Preilos un"),
    ("F1", "paliec"),
    ("F1", "Projekta merkis: Informet diasporu par darba"),
    ("F1", "iespejam Preilu novada."),
]


def _two_columns(right_x: float = 320) -> str:
    """Section 1 in a left column and section 2 in a right one, both 200 pt wide, wrapped as a
    typesetter wraps them; a heading above and a line below across the page."""
    drawn = _text(200, 760, "PIETEIKUMA VEIDLAPA", "F2", 14)
    for x, column in ((72, LEFT), (right_x, RIGHT)):
        for row, (font, text) in enumerate(column):
            drawn += _text(x, 720 - 13 * row, text, font)
    return drawn + _text(72, 600, "3. Planotas aktivitates: skat. pielikumu, kas pievienots zemak")


def test_two_text_columns_are_read_left_column_first() -> None:
    data = _pdf([(_two_columns(), 0)])
    (layout,) = _layouts(data)

    assert len(layout.columns) == 1
    assert [line.text for line in layout.lines] == [
        "PIETEIKUMA VEIDLAPA",
        *(text for _font, text in LEFT),
        *(text for _font, text in RIGHT),
        "3. Planotas aktivitates: skat. pielikumu, kas pievienots zemak",
    ]
    found = {key: field.value for key, field in read_form(data, "columns.pdf").fields.items()}
    assert found["registration_no"] == "90000065595"
    assert found["address"] == "Raina bulvaris 19, Preili, Preilu novads, LV-5301"
    assert found["title"] == "Atgriezies Preilos un paliec"
    assert found["goal"] == "Informet diasporu par darba iespejam Preilu novada."


def test_a_table_of_labels_and_values_is_not_two_columns() -> None:
    labels = [text.partition(": ")[0] for _font, text in LEFT[1:] if ": " in text]
    values = [text.partition(": ")[2] for _font, text in LEFT[1:] if ": " in text]
    drawn = "".join(_text(72, 720 - 13 * row, label) for row, label in enumerate(labels))
    drawn += "".join(_text(300, 720 - 13 * row, value) for row, value in enumerate(values))
    (layout,) = _layouts(_pdf([(drawn, 0)]))

    assert layout.columns == ()
    assert len(layout.grids) == 1  # read as the borderless table it is


def test_labels_above_values_in_three_columns_are_not_two_columns() -> None:
    data = (FORMS / "riebini_labels_above_borderless.pdf").read_bytes()

    assert all(layout.columns == () for layout in _layouts(data))


# ------------------------------------------------------------------------------ lost spacing


def _bold(text: str) -> float:
    return sum(BOLD_WIDTHS[char] for char in text) / 100  # points at 10 pt


def test_a_word_after_spacing_pdfium_drops_is_moved_back() -> None:
    """groff: `[(Amats:) -250 ()] TJ`, then "R" in another font where the spacing leaves it,
    then "eferente" placed by its own position; PDFium draws "R" 2.5 pt too far left."""
    after = 72 + _bold("Amats:") + 2.5 + REGULAR_R / 100
    content = (
        "BT /F2 10 Tf 1 0 0 1 72 700 Tm [(Amats:) -250 ()] TJ /F1 10 Tf (R) Tj "
        f"1 0 0 1 {after} 700 Tm (eferente) Tj ET\n"
    )
    (layout,) = _layouts(_pdf([(content, 0)]))

    (line,) = layout.lines
    assert line.text.replace("\t", " ") == "Amats: Referente"


def test_letters_of_one_font_drawn_one_by_one_keep_their_word_gaps() -> None:
    content = "BT /F1 10 Tf 1 0 0 1 72 700 Tm (A) Tj (B) Tj 1 0 0 1 89.5 700 Tm (C) Tj ET\n"
    (layout,) = _layouts(_pdf([(content, 0)]))

    assert [line.text for line in layout.lines] == ["AB C"]


# ------------------------------------------------------------------------------ running header


def _row(x: float, y: float, *pieces: str) -> list[Glyph]:
    """Glyphs 5 pt wide, 10 pt high; pieces 40 pt apart (a tab stop)."""
    glyphs: list[Glyph] = []
    for piece in pieces:
        for char in piece:
            glyphs.append((char, x, x + 5, y, y + 10))
            x += 5
        x += 40
    return glyphs


def test_a_header_with_the_page_number_at_one_end_is_left_out() -> None:
    header = _row(72, 800, "Rezeknes novada pasvaldiba", "Lapa 2")

    assert _page_number(header, 842, 2, 2)
    assert not _page_number(header, 842, 1, 2)  # not this page's number
    assert not _page_number(_row(72, 400, "Rezeknes novada pasvaldiba", "Lapa 2"), 842, 2, 2)
    assert not _page_number(_row(72, 800, "Planotais remigrantu skaits", "2"), 842, 2, 2)
