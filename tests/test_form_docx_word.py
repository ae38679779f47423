"""Annex 1 in .docx files as Word stores a filled-in form (parsers/word_view.py, word_styles.py,
docx_form.py, layout.py, activity_labels.py): what a person sees in Word is what is read.

Content controls still showing their placeholder, legacy drop-down form fields, tracked
changes, text boxes (DrawingML and VML), line breaks inside a value, hidden text (direct or by
a style), field codes, and activities typed as labelled paragraphs (Calligra Words). Each
package is a few lines of WordprocessingML written here with zipfile.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

from parsers.form import FormReading, read_form

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
SECTION_1 = "<w:p><w:r><w:t>1. Informācija par pieteicēju</w:t></w:r></w:p>"
PLACEHOLDER = "Noklikšķiniet vai pieskarieties šeit, lai ievadītu tekstu."


def package(body: str, styles: str | None = None) -> bytes:
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {NAMESPACES}><w:body>{body}'
    members = {"word/document.xml": f"{document}</w:body></w:document>"}
    if styles is not None:
        members["word/styles.xml"] = f"<w:styles {NAMESPACES}>{styles}</w:styles>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text.encode("utf-8"))
    return out.getvalue()


def run(text: str, properties: str = "") -> str:
    return f"<w:r><w:rPr>{properties}</w:rPr><w:t xml:space='preserve'>{text}</w:t></w:r>"


def para(*runs: str, properties: str = "") -> str:
    return f"<w:p><w:pPr>{properties}</w:pPr>{''.join(runs)}</w:p>"


def form(body: str, styles: str | None = None) -> dict[str, Any]:
    reading = read_form(package(SECTION_1 + body, styles), "a.docx")
    assert not [p for p in reading.problems if p.code in ("unreadable_form", "corrupt_file")]
    found: dict[str, Any] = reading.to_json()["form"]
    return found


def reading_of(body: str) -> FormReading:
    return read_form(package(SECTION_1 + body), "a.docx")


# Content controls


def control(content: str, *, placeholder: bool, inline: bool = True) -> str:
    showing = "<w:showingPlcHdr/>" if placeholder else ""
    properties = f"<w:sdtPr><w:alias w:val='Adrese'/><w:tag w:val='address'/>{showing}</w:sdtPr>"
    body = content if inline else para(content)
    return f"<w:sdt>{properties}<w:sdtContent>{body}</w:sdtContent></w:sdt>"


def test_a_control_showing_its_placeholder_is_empty() -> None:
    style = "<w:rStyle w:val='PlaceholderText'/>"
    inline = para(run("Juridiskā adrese:\t"), control(run(PLACEHOLDER, style), placeholder=True))
    block = para(run("Projekta mērķis")) + control(run(PLACEHOLDER), placeholder=True, inline=False)
    found = form(inline + para(run("Tālrunis: 26123456")) + block)
    assert found["address"] is None
    assert found["goal"] is None
    assert found["contact_phone"] == "+37126123456"


def test_a_filled_in_control_is_read_and_its_alias_is_not() -> None:
    filled = control(run("Rīgas iela 1, Preiļi"), placeholder=False)
    found = form(para(run("Juridiskā adrese: "), filled))
    assert found["address"] == "Rīgas iela 1, Preiļi"


def test_a_cell_wrapped_in_a_placeholder_control_keeps_the_grid() -> None:
    label = f"<w:tc>{para(run('Adrese'))}</w:tc>"
    value = control(f"<w:tc>{para(run(PLACEHOLDER))}</w:tc>", placeholder=True)
    phone = f"<w:tr><w:tc>{para(run('Tālrunis'))}</w:tc><w:tc>{para(run('26123456'))}</w:tc></w:tr>"
    found = form(f"<w:tbl><w:tr>{label}{value}</w:tr>{phone}</w:tbl>")
    assert found["address"] is None
    assert found["contact_phone"] == "+37126123456"


# Fields


def dropdown(entries: list[str], chosen: str, result: str = "") -> str:
    items = "".join(f"<w:listEntry w:val='{entry}'/>" for entry in entries)
    data = f"<w:ffData><w:name w:val='Dropdown1'/><w:ddList>{chosen}{items}</w:ddList></w:ffData>"
    begin = f"<w:fldChar w:fldCharType='begin'>{data}</w:fldChar>"
    separate = f"<w:r><w:fldChar w:fldCharType='separate'/></w:r>{run(result)}" if result else ""
    return (
        f"<w:r>{begin}</w:r><w:r><w:instrText> FORMDROPDOWN </w:instrText></w:r>"
        f"{separate}<w:r><w:fldChar w:fldCharType='end'/></w:r>"
    )


REGIONS = ["(izvēlēties)", "Latgales", "Kurzemes", "Rīgas"]


@pytest.mark.parametrize(
    ("chosen", "region"),
    [
        ("<w:result w:val='2'/>", "Kurzeme"),
        ("<w:default w:val='1'/>", "Latgale"),
        ("<w:result w:val='3'/><w:default w:val='1'/>", "Rīga"),
        ("<w:result w:val='99'/>", None),
        ("<w:result w:val='x'/>", None),  # not a number: the first entry, which is no region
    ],
)
def test_a_legacy_dropdown_shows_its_selected_entry(chosen: str, region: str | None) -> None:
    found = form(para(run("Plānošanas reģions: "), dropdown(REGIONS, chosen)))
    assert found["planning_region"] == region


def test_a_dropdown_with_result_text_is_read_once() -> None:
    field = dropdown(REGIONS, "<w:result w:val='2'/>", result="Kurzemes")
    reading = reading_of(para(run("Plānošanas reģions: "), field))
    assert reading.fields["planning_region"].written == "Kurzemes"


def complex_field(code: str, result: str) -> str:
    return (
        f"<w:r><w:fldChar w:fldCharType='begin'/></w:r>{code}"
        f"<w:r><w:fldChar w:fldCharType='separate'/></w:r>{run(result)}"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
    )


def test_a_field_shows_its_result_and_not_a_nested_field_in_its_code() -> None:
    nested = complex_field("<w:r><w:instrText> MERGEFIELD Tālrunis </w:instrText></w:r>", "999")
    code = f"<w:r><w:instrText> IF </w:instrText></w:r>{nested}"
    found = form(para(run("Tālrunis: "), complex_field(code, "26123456")))
    assert found["contact_phone"] == "+37126123456"


def test_fields_that_do_not_pair_up_leave_the_text_alone() -> None:
    broken = "<w:r><w:fldChar w:fldCharType='begin'/></w:r>" + run("26123456")
    found = form(para(run("Tālrunis: "), broken))
    assert found["contact_phone"] == "+37126123456"


# Tracked changes

REVISION = "w:id='{}' w:author='Ilze' w:date='2019-09-27T09:41:00Z'"


def deleted(text: str, number: int = 1) -> str:
    return f"<w:del {REVISION.format(number)}><w:r><w:delText>{text}</w:delText></w:r></w:del>"


def inserted(text: str, number: int = 2) -> str:
    return f"<w:ins {REVISION.format(number)}>{run(text)}</w:ins>"


def test_deleted_text_is_not_read_and_inserted_text_is() -> None:
    budget = "<w:p><w:r><w:t>5. Budžets</w:t></w:r></w:p>"
    total = para(run("Kopējās izmaksas: "), deleted("12 000,00"), inserted("9 500,00"), run(" EUR"))
    found = form(budget + total)
    assert found["total_cost_eur"] == "9500.00"


def test_moved_text_is_read_where_it_was_moved_to() -> None:
    start = f"<w:moveFromRangeStart {REVISION.format(5)} w:name='move1'/>"
    source = f"<w:moveFrom {REVISION.format(6)}>{run('Otrais teikums. ')}</w:moveFrom>"
    stray = run("Arī šis pārvietots. ")  # inside the range, outside w:moveFrom
    end = "<w:moveFromRangeEnd w:id='5'/>"
    target = f"<w:moveTo {REVISION.format(7)}>{run(' Otrais teikums.')}</w:moveTo>"
    body = (
        "<w:p><w:r><w:t>2. Projekta apraksts</w:t></w:r></w:p>"
        + para(run("Projekta mērķis:"))
        + para(start, source, stray, end, run("Pirmais teikums."), target)
    )
    assert form(body)["goal"] == "Pirmais teikums. Otrais teikums."


def test_an_unclosed_move_range_removes_nothing() -> None:
    start = f"<w:moveFromRangeStart {REVISION.format(5)} w:name='move1'/>"
    assert form(para(start, run("Tālrunis: 26123456")))["contact_phone"] == "+37126123456"


def test_a_deleted_paragraph_and_a_deleted_row_are_gone() -> None:
    mark = f"<w:rPr><w:del {REVISION.format(3)}/></w:rPr>"
    gone = para(deleted("Pašvaldības līdzfinansējums: 2 500,00 EUR"), properties=mark)
    joined = para(run("Pieprasītais finansējums: 9 "), properties=mark) + para(run("500 EUR"))
    header = "".join(
        f"<w:tc>{para(run(text))}</w:tc>"
        for text in ("Aktivitātes veids", "Apraksts", "Plānotās izmaksas, EUR")
    )
    row = "<w:tr>{}" + "".join(
        f"<w:tc>{para(run(text))}</w:tc>" for text in ("Semināri un apmācības", "{}", "{}")
    )
    kept = row.format("", "Seminārs", "1 000") + "</w:tr>"
    removed = (
        row.format(f"<w:trPr><w:del {REVISION.format(4)}/></w:trPr>", "Vecs", "5 000") + "</w:tr>"
    )
    table = f"<w:tbl><w:tr>{header}</w:tr>{removed}{kept}</w:tbl>"
    body = (
        "<w:p><w:r><w:t>3. Plānotās aktivitātes</w:t></w:r></w:p>"
        + table
        + "<w:p><w:r><w:t>5. Budžets</w:t></w:r></w:p>"
        + gone
        + joined
    )
    found = form(body)
    assert found["cofinancing_eur"] == "0.00"  # none written: the deleted line is not read
    assert found["requested_eur"] == "9500.00"
    assert [activity["description"] for activity in found["activities"]] == ["Seminārs"]


# Text boxes


def drawing_box(content: str) -> str:
    box = f"<wps:wsp><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp>"
    data = f"<a:graphic><a:graphicData uri='wps'>{box}</a:graphicData></a:graphic>"
    return f"<w:r><w:drawing><wp:anchor>{data}</wp:anchor></w:drawing></w:r>"


def vml_box(content: str) -> str:
    shape = f"<v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape>"
    return f"<w:r><w:pict>{shape}</w:pict></w:r>"


SECTION_1_LINES = (
    para(run("Pašvaldības nosaukums: Krāslavas novada dome"))
    + para(run("Reģistrācijas numurs: 90001267487"))
    + para(run("Tālrunis: 656 24 383"))
)


@pytest.mark.parametrize("box", [drawing_box, vml_box])
def test_a_text_box_gives_paragraphs_of_its_own(box: Any) -> None:
    found = form(para(run("Ievads "), box(SECTION_1_LINES)))
    assert found["registration_no"] == "90001267487"
    assert found["contact_phone"] == "+37165624383"


def test_a_value_in_a_text_box_after_its_label() -> None:
    found = form(para(run("Tālrunis:"), vml_box(para(run("26123456")))))
    assert found["contact_phone"] == "+37126123456"


def test_a_text_box_in_a_text_box_and_in_a_cell() -> None:
    inner = drawing_box(para(run("Tālrunis: 26123456")))
    outer = drawing_box(para(run("E-pasts: dome@balvi.lv"), inner))
    found = form(f"<w:tbl><w:tr><w:tc>{para(outer)}</w:tc></w:tr></w:tbl>")
    assert found["contact_phone"] == "+37126123456"
    assert found["contact_email"] == "dome@balvi.lv"


# Line breaks

BREAK = "<w:r><w:br/></w:r>"


def test_a_value_goes_on_after_a_line_break() -> None:
    address = para(run("Juridiskā adrese: Ābeļu iela 2, Gulbene,"), BREAK, run("Gulbenes novads"))
    found = form(address)
    assert found["address"] == "Ābeļu iela 2, Gulbene, Gulbenes novads"


def test_a_label_after_a_line_break_starts_a_field() -> None:
    lines = para(
        run("Juridiskā adrese: Ābeļu iela 2"), BREAK, run("Tālrunis: 26123456"), BREAK, run("x")
    )
    found = form(lines)
    assert found["address"] == "Ābeļu iela 2"
    assert found["contact_phone"] == "+37126123456"


def test_a_number_does_not_go_on_and_nothing_goes_on_into_the_next_paragraph() -> None:
    found = form(
        para(run("Tālrunis: 26123456"), BREAK, run("darba dienās"))
        + para(run("Juridiskā adrese: Ābeļu iela 2"))
        + para(run("Gulbene"))
    )
    assert found["contact_phone"] == "+37126123456"
    assert found["address"] == "Ābeļu iela 2"


def test_a_hint_or_a_date_under_a_name_does_not_go_on_with_it() -> None:
    declaration = "<w:p><w:r><w:t>7. Apliecinājums</w:t></w:r></w:p>"
    name = para(
        run("Vārds, uzvārds: Jānis Bērziņš"), BREAK, run("(paraksts)"), BREAK, run("26.09.2019.")
    )
    position = para(run("Amats: domes"), BREAK, run("priekšsēdētājs"))
    found = form(declaration + name + position)
    assert found["signatory_name"] == "Jānis Bērziņš"
    assert found["signatory_position"] == "domes priekšsēdētājs"


# Hidden text

HINT = "(norādīt pilnu nosaukumu) "


@pytest.mark.parametrize(
    "hidden",
    [
        "<w:vanish/>",
        "<w:vanish w:val='true'/>",
        "<w:specVanish/>",
        "<w:webHidden/>",
    ],
)
def test_hidden_text_is_not_read(hidden: str) -> None:
    tagged = f"<w:smartTag w:element='x'>{run('90000026848')}</w:smartTag>"
    value = f"<w:customXml w:element='regnr'>{tagged}</w:customXml>"
    found = form(para(run("Reģistrācijas numurs: "), run("(11 cipari) ", hidden), value))
    assert found["registration_no"] == "90000026848"


STYLES = (
    "<w:style w:type='character' w:styleId='Hint'><w:rPr><w:vanish/></w:rPr></w:style>"
    "<w:style w:type='character' w:styleId='HintBold'><w:basedOn w:val='Hint'/></w:style>"
    "<w:style w:type='paragraph' w:styleId='Note'><w:rPr><w:vanish/></w:rPr></w:style>"
    "<w:style w:type='paragraph' w:styleId='Loop1'><w:basedOn w:val='Loop2'/></w:style>"
    "<w:style w:type='paragraph' w:styleId='Loop2'><w:basedOn w:val='Loop1'/></w:style>"
)


def test_text_hidden_by_its_style_is_not_read() -> None:
    hint = run(HINT, "<w:rStyle w:val='HintBold'/>")
    shown = run("Tālrunis: 26123456", "<w:vanish w:val='0'/>")
    body = (
        para(run("Pašvaldības nosaukums: "), hint, run("Rēzeknes pilsētas dome"))
        + para(run("Tālrunis: 29999999"), properties="<w:pStyle w:val='Note'/>")
        + para(shown, properties="<w:pStyle w:val='Note'/>")
        + para(run("E-pasts: dome@rezekne.lv"), properties="<w:pStyle w:val='Loop1'/>")
    )
    found = form(body, STYLES)
    assert found["municipality"] == "Rēzekne"
    assert found["contact_phone"] == "+37126123456"
    assert found["contact_email"] == "dome@rezekne.lv"


@pytest.mark.parametrize("styles", ["<w:style", "<!DOCTYPE x><x/>", "x" * 10])
def test_a_broken_styles_part_hides_nothing(styles: str) -> None:
    found = form(para(run("Tālrunis: 26123456")), styles)
    assert found["contact_phone"] == "+37126123456"


# Activities typed as labelled paragraphs (Calligra Words cannot export tables)

CALLIGRA_ACTIVITIES = [
    "3. Plānotās aktivitātes",
    "1. aktivitāte",
    "Aktivitātes veids: Semināri un apmācības",
    "Apraksts: Semināri uzņēmējiem",
    "Īstenošanas laiks: 2020. gada marts – aprīlis",
    "Plānotās izmaksas, EUR: 1 400,00",
    "2. aktivitāte",
    "Aktivitātes veids:Informatīvu materiālu sagatavošana",
    "Apraksts:Buklets",
    "Plānotās izmaksas, EUR:2 100,00",
    "Kopā: 3 500,00",
    "4. Rezultatīvie rādītāji",
    "Plānotais remigrantu skaits: 8",
]


def test_activities_as_labelled_paragraphs() -> None:
    found = form("".join(para(run(line)) for line in CALLIGRA_ACTIVITIES))
    assert found["activities"] == [
        {
            "kind": "seminars",
            "description": "Semināri uzņēmējiem",
            "period": "2020. gada marts – aprīlis",
            "cost_eur": "1400.00",
        },
        {
            "kind": "information_materials",
            "description": "Buklets",
            "period": None,
            "cost_eur": "2100.00",
        },
    ]
    assert found["target_remigrants"] == 8


def test_a_label_without_a_space_before_its_value() -> None:
    found = form(para(run("Pašvaldības nosaukums:"), "<w:r><w:t> Valkas novada dome</w:t></w:r>"))
    assert found["municipality"] == "Valkas novads"
    assert form(para(run("Tālrunis:64722238")))["contact_phone"] == "+37164722238"


def test_a_typed_activity_line_and_a_total_are_not_labelled_activities() -> None:
    lines = [
        "3. Plānotās aktivitātes",
        "Aktivitāte 1: Semināri un apmācības – Seminārs – 2020. gada aprīlis – 4 000 EUR",
        "Aktivitāšu kopējās izmaksas: 4 000 EUR",
    ]
    found = form("".join(para(run(line)) for line in lines))
    assert [(a["kind"], a["cost_eur"]) for a in found["activities"]] == [("seminars", "4000.00")]


# Whatever the markup, nothing escapes read_form


@pytest.mark.parametrize(
    "body",
    [
        f"<w:p><w:pPr><w:rPr><w:del {REVISION.format(1)}/></w:rPr></w:pPr>{run('x')}</w:p>",
        "<w:tbl><w:tr><w:trPr><w:del/></w:trPr></w:tr></w:tbl>",
        "<w:p><w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>",
        "<w:p><w:r><w:fldChar w:fldCharType='begin'><w:ffData><w:ddList/></w:ffData>"
        "</w:fldChar></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>",
        "<w:p><w:fldChar w:fldCharType='begin'><w:ffData><w:ddList><w:listEntry w:val='a'/>"
        "</w:ddList></w:ffData></w:fldChar><w:fldChar w:fldCharType='end'/></w:p>",
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr></w:sdt>",
        "<w:p><w:r><w:txbxContent/></w:r></w:p><w:txbxContent><w:p/></w:txbxContent>",
        "<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>Tālrunis: 2</w:t></w:r></w:p>"
        "</mc:Choice></mc:AlternateContent>",
    ],
)
def test_odd_markup_never_raises(body: str) -> None:
    reading = read_form(package(body), "a.docx")
    assert "unreadable_form" not in [problem.code for problem in reading.problems]
