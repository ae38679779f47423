"""Annex 1 in layouts other office software makes (parsers/layout.py, lines.py, labels.py).

Each test builds its .docx with python-docx: labels and values separated by spaces or a tab,
two fields on one line, activities typed as numbered lines, periods given in months, and labels
with the extra words municipalities add.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from typing import Any

import docx
import pytest

from parsers.form import FormReading, read_form
from parsers.labels import field_for_label
from parsers.values import parse_period


def document(*blocks: str | list[list[str]]) -> bytes:
    """Paragraphs (str) and tables (rows of cell texts) in order."""
    made = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            made.add_paragraph(block)
        else:
            table = made.add_table(rows=len(block), cols=len(block[0]))
            for row, texts in zip(table.rows, block, strict=True):
                for cell, text in zip(row.cells, texts, strict=True):
                    cell.text = text
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


def read(*blocks: str | list[list[str]]) -> FormReading:
    return read_form(document(*blocks), "Pieteikums.docx")


def values(reading: FormReading) -> dict[str, Any]:
    return {key: found.value for key, found in reading.fields.items() if found.value is not None}


def test_label_and_value_separated_by_spaces_or_a_tab() -> None:
    found = values(
        read(
            "Pašvaldības nosaukums    Preiļu novads",
            "Reģistrācijas numurs\t90000065595",
            "Kontaktpersona  Līga Kursīte",
            "Pieprasītais finansējums, EUR\t\t9 500,00",
        )
    )
    assert found["municipality"] == "Preiļu novads"
    assert found["registration_no"] == "90000065595"
    assert found["contact_name"] == "Līga Kursīte"
    assert found["requested_eur"] == Decimal("9500.00")


def test_label_with_colon_and_value_on_the_next_line_of_one_cell() -> None:
    reading = read(
        [
            ["Pašvaldības nosaukums:\nPreiļu novads", "Reģistrācijas numurs:\n90000065595"],
            ["Kontaktpersona:\nLīga Kursīte", "E-pasts:\nliga@preili.lv"],
        ]
    )
    found = values(reading)
    assert found["municipality"] == "Preiļu novads"
    assert found["registration_no"] == "90000065595"
    assert found["contact_name"] == "Līga Kursīte"
    assert found["contact_email"] == "liga@preili.lv"
    provenance = reading.fields["registration_no"].provenance
    assert provenance is not None
    assert provenance.location == "table 1, row 1, cell 2"


@pytest.mark.parametrize(
    "line",
    [
        "Tālrunis: 65322731, e-pasts: dome@preili.lv",
        "Tālr. 65322731; E-pasts: dome@preili.lv",
        "Tālrunis: 65322731    E-pasts: dome@preili.lv",
        "Tālrunis\t65322731\tE-pasts\tdome@preili.lv",
    ],
)
def test_two_fields_on_one_line(line: str) -> None:
    found = values(read("Pašvaldības nosaukums: Preiļu novads", line))
    assert found["contact_phone"] == "+37165322731"
    assert found["contact_email"] == "dome@preili.lv"


@pytest.mark.parametrize(
    "row",
    [
        ["Kontakti", "Tālrunis: 65322731, e-pasts: dome@preili.lv"],
        ["Tālrunis", "65322731, e-pasts: dome@preili.lv"],
    ],
)
def test_two_fields_in_one_cell(row: list[str]) -> None:
    reading = read([row])
    found = values(reading)
    assert found["contact_phone"] == "+37165322731"
    assert found["contact_email"] == "dome@preili.lv"
    provenance = reading.fields["contact_email"].provenance
    assert provenance is not None
    assert provenance.location == "table 1, row 1, cell 2"


def test_a_comma_inside_a_value_does_not_split_it() -> None:
    found = values(read("Juridiskā adrese: Raiņa iela 19, Preiļi, LV-5301"))
    assert found["address"] == "Raiņa iela 19, Preiļi, LV-5301"


def test_a_double_space_inside_a_sentence_is_not_a_label() -> None:
    found = values(
        read(
            "Pašvaldības nosaukums: Preiļu novads",
            "Esošie remigrācijas atbalsta pasākumi pašvaldībā:",
            "Konsultācijas remigrantiem.",
            "Pašvaldība  sniedz atbalstu ģimenēm, kontaktpersona  ir sociālais dienests.",
        )
    )
    assert found["municipality"] == "Preiļu novads"
    assert "contact_name" not in found
    assert found["current_measures"].endswith("ir sociālais dienests.")


def test_activities_typed_as_numbered_lines() -> None:
    reading = read(
        "Pašvaldības nosaukums: Preiļu novads",
        "3. Plānotās aktivitātes",
        "1. Semināri un apmācības – Seminārs uzņēmējiem – 2020. gada aprīlis – 4 000 EUR",
        "2. Vizītes pie diasporas; brauciens uz Dublinu; 2019. gada novembris; 3 500,00 EUR",
        "3)\tInformatīvu materiālu sagatavošana\tbukleti\t12.2019.\t2 000",
        "Kopā: 9 500 EUR",
        "4. Rezultatīvie rādītāji",
        "Plānotais remigrantu skaits: 10",
    )
    activities = [(a.kind, a.description, a.period, a.cost_eur) for a in reading.activities]
    assert activities == [
        ("seminars", "Seminārs uzņēmējiem", "2020. gada aprīlis", Decimal("4000")),
        ("diaspora_visits", "brauciens uz Dublinu", "2019. gada novembris", Decimal("3500.00")),
        ("information_materials", "bukleti", "12.2019.", Decimal("2000")),
    ]
    assert values(reading)["target_remigrants"] == 10
    locations = [a.provenance.location for a in reading.activities if a.provenance]
    assert locations == ["paragraph 3", "paragraph 4", "paragraph 5"]


def test_activity_line_with_a_period_of_two_months_and_an_unknown_kind() -> None:
    reading = read(
        "Plānotās aktivitātes",
        "1. Sporta spēles – 2019. gada oktobris – 2020. gada maijs – 1 000 EUR",
    )
    [activity] = reading.activities
    assert activity.kind is None
    assert activity.period == "2019. gada oktobris – 2020. gada maijs"
    assert activity.cost_eur == Decimal("1000")
    assert "unknown_activity_kind" in [problem.code for problem in reading.problems]


def test_lines_outside_the_activities_section_are_not_activities() -> None:
    reading = read(
        "Projekta apraksts",
        "Projekta mērķis: atgriezt cilvēkus",
        "Semināri un apmācības – Seminārs uzņēmējiem – 4 000 EUR",
        "Plānotās aktivitātes",
        "Aktivitātes notiks visā novadā – skatīt tabulu – 2020",
        "Sīkāk par aktivitātēm; skatīt pielikumu",
    )
    assert reading.activities == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("no 2019. gada oktobra līdz 2020. gada maijam", date(2019, 10, 1), date(2020, 5, 31)),
        ("2019. gada oktobris – 2020. gada maijs", date(2019, 10, 1), date(2020, 5, 31)),
        ("10.2019.–05.2020.", date(2019, 10, 1), date(2020, 5, 31)),
        ("no 11.2019. līdz 02.2020.", date(2019, 11, 1), date(2020, 2, 29)),
        ("no 01.10.2019. līdz 2020. gada maijam", date(2019, 10, 1), date(2020, 5, 31)),
        ("no 01.10.2019. līdz 31.05.2020.", date(2019, 10, 1), date(2020, 5, 31)),
        ("oktobris 2019 – maijs 2020", date(2019, 10, 1), date(2020, 5, 31)),
    ],
)
def test_period_in_months(text: str, start: date, end: date) -> None:
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize(
    "lines",
    [
        ["Īstenošanas periods: no 2019. gada oktobra līdz 2020. gada maijam"],
        ["Īstenošanas periods    10.2019.–05.2020."],
        ["Sākuma datums: 2019. gada oktobris", "Beigu datums: 2020. gada maijs"],
        ["Sākuma datums: 01.10.2019.", "Beigu datums: 05.2020."],
    ],
)
def test_period_in_months_read_from_a_form(lines: list[str]) -> None:
    found = values(read(*lines))
    assert (found["period_start"], found["period_end"]) == (date(2019, 10, 1), date(2020, 5, 31))


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Pašvaldības nosaukums (pilns)", "municipality"),
        ("Kontaktpersona (vārds, uzvārds, amats)", "contact_name"),
        ("Pieprasītais finansējums no reģiona, EUR", "requested_eur"),
        ("Kopējās projekta izmaksas (EUR)", "total_cost_eur"),
        ("1.2. Pašvaldības reģistrācijas numurs:", "registration_no"),
        ("Kontaktpersonas e-pasta adrese", "contact_email"),
    ],
)
def test_labels_with_extra_words(label: str, key: str) -> None:
    assert field_for_label(label, 1) == key


@pytest.mark.parametrize(
    "sentence",
    [
        "Pašvaldības nosaukums ir jānorāda pilnībā",
        "Projekta mērķis ir veicināt remigrāciju",
        "Pašvaldības nosaukums Preiļu novads",
        "Kopējās izmaksas 9 500 EUR",
        "Pieprasītais finansējums netiek izmantots citiem mērķiem.",
    ],
)
def test_sentences_starting_with_label_words_are_not_labels(sentence: str) -> None:
    assert field_for_label(sentence, 1) is None


def test_labels_with_extra_words_in_a_form() -> None:
    found = values(
        read(
            [
                ["Pašvaldības nosaukums (pilns)", "Preiļu novada dome"],
                ["Kontaktpersona (vārds, uzvārds, amats)", "Līga Kursīte"],
                ["Pieprasītais finansējums no reģiona, EUR", "9 500,00"],
                ["Kopējās projekta izmaksas (EUR)", "10 000,00"],
            ]
        )
    )
    assert found["municipality"] == "Preiļu novads"
    assert found["contact_name"] == "Līga Kursīte"
    assert found["requested_eur"] == Decimal("9500.00")
    assert found["total_cost_eur"] == Decimal("10000.00")


def test_a_lowercase_value_after_a_tab_is_kept() -> None:
    got = values(
        read(
            "1. Informācija par pieteicēju",
            "Amats\tprojektu vadītāja",
            "E-pasts  anna.kalnina@preili.lv",
            "6. Īstenošanas periods",
            "Īstenošanas periods\tno 2019. gada 1. oktobra līdz 2020. gada 31. maijam",
        )
    )
    assert got["contact_position"] == "projektu vadītāja"
    assert got["contact_email"] == "anna.kalnina@preili.lv"
    assert (got["period_start"], got["period_end"]) == (date(2019, 10, 1), date(2020, 5, 31))


@pytest.mark.parametrize(
    ("written", "phone"),
    [
        ("+37129123456 (mob.)", "+37129123456"),
        ("63822154 darbā", "+37163822154"),
        ("12345678", None),
    ],
    ids=["note-in-brackets", "trailing-word", "not-latvian"],
)
def test_phone_numbers_with_notes(written: str, phone: str | None) -> None:
    from parsers.values import phone_number

    assert phone_number(written) == phone


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("1. oktobris–31. maijs 2020", date(2019, 10, 1), date(2020, 5, 31)),
        ("no 1. oktobra līdz 31. decembrim 2019", date(2019, 10, 1), date(2019, 12, 31)),
    ],
    ids=["year-once-across-new-year", "year-once-same-year"],
)
def test_a_period_with_the_year_written_once(written: str, start: date, end: date) -> None:
    assert parse_period(written) == (start, end)


def test_declaration_labels_without_section_headings_belong_to_the_signatory() -> None:
    got = values(
        read(
            "Pašvaldības nosaukums: Preiļu novads",
            "Vārds, uzvārds: Jānis Kalniņš",
            "Amats: projektu vadītājs",
            "Pieprasītais finansējums: 9 500,00 EUR",
            "Īstenošanas periods: no 01.10.2019. līdz 31.05.2020.",
            "Vārds, uzvārds: Māris Plivda",
            "Amats: domes priekšsēdētājs",
            "Datums: 20.08.2019.",
        )
    )
    assert (got["contact_name"], got["contact_position"]) == ("Jānis Kalniņš", "projektu vadītājs")
    assert (got["signatory_name"], got["signatory_position"]) == (
        "Māris Plivda",
        "domes priekšsēdētājs",
    )


def test_label_and_value_separated_by_one_space() -> None:
    found = values(
        read(
            "1. Informācija par pieteicēju",
            "Pašvaldības nosaukums Preiļu novada dome",
            "Reģistrācijas numurs 90000065595",
            "Plānošanas reģions Latgales",
            "Kontaktpersona Inga Ozola",
            "Amats Attīstības un plānošanas nodaļas vadītāja",
            "Tālrunis 65322731, e-pasts dome@preili.lv",
            "5. Budžets",
            "Pieprasītais finansējums 4 000 EUR",
            "6. Īstenošanas periods",
            "Sākuma datums 2019. g. 1. okt.",
            "7. Apliecinājums",
            "Vārds, uzvārds Maruta Plivda",
            "Datums 20.08.2019.",
        )
    )
    assert found["municipality"] == "Preiļu novads"
    assert found["registration_no"] == "90000065595"
    assert found["planning_region"] == "Latgale"
    assert found["contact_name"] == "Inga Ozola"
    assert found["contact_position"] == "Attīstības un plānošanas nodaļas vadītāja"
    assert found["contact_phone"] == "+37165322731"
    assert found["contact_email"] == "dome@preili.lv"
    assert found["requested_eur"] == Decimal("4000.00")
    assert found["period_start"] == date(2019, 10, 1)
    assert found["signatory_name"] == "Maruta Plivda"
    assert found["signed_on"] == date(2019, 8, 20)


def test_free_text_beginning_with_a_label_word_and_one_space_stays_free_text() -> None:
    reading = read(
        "Pašvaldības nosaukums: Preiļu novads",
        "Projekta mērķis",
        "Pašvaldība Preiļi 2018. gadā sāka darbu ar diasporu.",
        "Kontaktpersona sniedz konsultācijas",
        "Projekta nosaukums: Mājas sauc",
    )
    found = values(reading)
    assert found["goal"] == (
        "Pašvaldība Preiļi 2018. gadā sāka darbu ar diasporu.\nKontaktpersona sniedz konsultācijas"
    )
    assert found["municipality"] == "Preiļu novads"
    assert "contact_name" not in found
    assert [p.code for p in reading.problems if p.code == "repeated_field"] == []


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        (
            "no 2019. gada IV ceturkšņa līdz 2020. gada II ceturksnim",
            date(2019, 10, 1),
            date(2020, 6, 30),
        ),
        ("IV cet. 2019 – II cet. 2020", date(2019, 10, 1), date(2020, 6, 30)),
        ("no 2019. g. 1. okt. līdz 2020. g. 31. mai.", date(2019, 10, 1), date(2020, 5, 31)),
    ],
)
def test_period_in_quarters_or_abbreviated_months(written: str, start: date, end: date) -> None:
    found = values(read("Projekta nosaukums: Mājas sauc", f"Īstenošanas periods: {written}"))
    assert (found["period_start"], found["period_end"]) == (start, end)


def test_period_with_its_end_on_the_next_line() -> None:
    found = values(
        read(
            "Projekta nosaukums: Mājas sauc",
            "6. Īstenošanas periods",
            "no 2019. gada 1. oktobra",
            "līdz 2020. gada 31. maijam",
            "Šī rinda nav perioda daļa 2021. gadā.",
        )
    )
    assert (found["period_start"], found["period_end"]) == (date(2019, 10, 1), date(2020, 5, 31))


def test_roman_numbered_section_heading_and_text_after_a_tab_beside_an_amount() -> None:
    found = values(
        read(
            "Projekta nosaukums: Mājas sauc",
            "V. BUDŽETS",
            "Kopējās izmaksas: € 8 400\tDokuments sagatavots elektroniski",
            "VI. ĪSTENOŠANAS PERIODS",
            "no 15.10.2019. līdz 15.05.2020.",
        )
    )
    assert found["total_cost_eur"] == Decimal("8400.00")
    assert (found["period_start"], found["period_end"]) == (date(2019, 10, 15), date(2020, 5, 15))
