"""Values as municipalities write them (parsers/values.py), labels (labels.py), municipalities."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.activity_table import activity_column, is_total_row
from parsers.labels import field_for_label, section_of_heading
from parsers.municipalities import match_municipality
from parsers.values import (
    activity_kind,
    email_address,
    format_amount_lv,
    non_negative_int,
    parse_amount,
    parse_date,
    parse_period,
    phone_number,
    planning_region,
    registration_number,
)

AMOUNTS = [
    ("10 000", "10000"),
    ("9 500,00", "9500.00"),
    ("9500.00 EUR", "9500.00"),
    ("€ 9 500", "9500"),
    ("9 500,- EUR", "9500"),
    ("9\u00a0500,00\u00a0EUR", "9500.00"),
    ("EUR 2 500,50", "2500.50"),
    ("9.500,00", "9500.00"),
    ("10,000.00", "10000.00"),
    ("10.000", "10000"),
    ("0,50", "0.50"),
    ("9 500,00 EUR (deviņi tūkstoši pieci simti eiro)", "9500.00"),
    ("-100", "-100"),
]


@pytest.mark.parametrize(("text", "amount"), AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_amounts_written_the_latvian_ways(text: str, amount: str) -> None:
    parsed = parse_amount(text)
    assert isinstance(parsed, Decimal)
    assert parsed == Decimal(amount)


NOT_AMOUNTS = ["", "EUR", "desmit tūkstoši", "9 500,001", "0,500", "1.2.3", "9,500.00,1", "12-00"]


@pytest.mark.parametrize("text", NOT_AMOUNTS, ids=[repr(t) for t in NOT_AMOUNTS])
def test_text_that_is_not_an_amount_gives_none(text: str) -> None:
    assert parse_amount(text) is None


cents = st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False, allow_infinity=False)
AMOUNT_STYLES = {
    "space-comma": lambda d: f"{d:,.2f}".replace(",", " ").replace(".", ","),
    "nbsp-comma-eur": lambda d: f"{d:,.2f}".replace(",", "\u00a0").replace(".", ",") + " EUR",
    "dot-thousands": lambda d: f"{d:,.2f}".replace(",", "x").replace(".", ",").replace("x", "."),
    "english": lambda d: f"{d:,.2f}",
    "plain-dot-eur": lambda d: f"{d:.2f} EUR",
    "euro-sign": lambda d: "€ " + f"{d:,.2f}".replace(",", " ").replace(".", ","),
    "latvian-message": format_amount_lv,
}


@pytest.mark.parametrize("style", AMOUNT_STYLES.values(), ids=AMOUNT_STYLES.keys())
@given(amount=cents)
def test_amount_round_trips_through_every_style(style: object, amount: Decimal) -> None:
    assert parse_amount(style(amount)) == amount  # type: ignore[operator]


@given(euros=st.integers(min_value=0, max_value=10**8))
def test_whole_euros_with_a_dash_or_no_cents(euros: int) -> None:
    grouped = f"{euros:,}".replace(",", " ")
    assert parse_amount(f"{grouped},- EUR") == euros
    assert parse_amount(grouped) == euros


@given(st.text())
def test_amount_parsing_never_raises(text: str) -> None:
    assert parse_amount(text) is None or isinstance(parse_amount(text), Decimal)


MONTH_FORMS = {
    1: "janvāris janvāra janvārim janvārī",
    4: "aprīlis aprīļa aprīlim aprīlī",
    5: "maijs maija maijam maijā",
    8: "augusts augusta augustam augustā",
    10: "oktobris oktobra oktobrim oktobrī",
    12: "decembris decembra decembrim decembrī",
}
WRITTEN = [
    (f"2019. gada 15. {form}", date(2019, month, 15))
    for month, forms in MONTH_FORMS.items()
    for form in forms.split()
]
DATES = [
    ("01.10.2019.", date(2019, 10, 1)),
    ("1.10.2019", date(2019, 10, 1)),
    ("01/10/2019", date(2019, 10, 1)),
    ("2019-10-01", date(2019, 10, 1)),
    ("2019.g. 1. oktobrī", date(2019, 10, 1)),
    ("31. maijam 2020", date(2020, 5, 31)),
    ("2019. GADA 1. OKTOBRIS", date(2019, 10, 1)),
    ("2019. gada 1. oktobris", date(2019, 10, 1)),
    ("2019. g. 1. okt.", date(2019, 10, 1)),
    ("1. okt. 2019", date(2019, 10, 1)),
    ("2020. g. 31. mai.", date(2020, 5, 31)),
    ("2019. g. 20. aug.", date(2019, 8, 20)),
    ("2019. g. 1. sept.", date(2019, 9, 1)),
    ("2020. g. 15. jūn.", date(2020, 6, 15)),
    *WRITTEN,
]


@pytest.mark.parametrize(("text", "day"), DATES, ids=[d[0] for d in DATES])
def test_dates_in_every_way_and_grammatical_case(text: str, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    "text",
    ["31.02.2019.", "dd.mm.gggg.", "2019. gada oktobris", "01.10.2019. un 02.10.2019.", ""],
    ids=["no-31-february", "placeholder", "no-day", "two-dates", "empty"],
)
def test_not_exactly_one_date_gives_none(text: str) -> None:
    assert parse_date(text) is None


GENITIVE = "janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra"
GENITIVE += " decembra"
DATIVE = "janvārim februārim martam aprīlim maijam jūnijam jūlijam augustam septembrim oktobrim"
DATIVE += " novembrim decembrim"
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@given(start=days, end=days)
def test_period_round_trips_in_dotted_iso_and_written_form(start: date, end: date) -> None:
    start_written = f"{start.year}. gada {start.day}. {GENITIVE.split()[start.month - 1]}"
    end_written = f"{end.year}. gada {end.day}. {DATIVE.split()[end.month - 1]}"
    assert parse_period(f"no {start:%d.%m.%Y}. līdz {end:%d.%m.%Y}.") == (start, end)
    assert parse_period(f"{start.isoformat()} – {end.isoformat()}") == (start, end)
    assert parse_period(f"no {start_written} līdz {end_written}") == (start, end)


PERIODS = [
    ("no 01.10.2019. līdz 31.05.2020.", (date(2019, 10, 1), date(2020, 5, 31))),
    ("01.10.2019.–31.05.2020.", (date(2019, 10, 1), date(2020, 5, 31))),
    ("līdz 31.05.2020.", (None, date(2020, 5, 31))),
    ("no 01.10.2019.", (date(2019, 10, 1), None)),
    ("no dd.mm.gggg. līdz dd.mm.gggg.", (None, None)),
    ("no 2019. g. 1. okt. līdz 2020. g. 31. mai.", (date(2019, 10, 1), date(2020, 5, 31))),
    ("2019. gada IV ceturksnis – 2020. gada II ceturksnis", (date(2019, 10, 1), date(2020, 6, 30))),
    (
        "no 2019. gada IV ceturkšņa līdz 2020. gada II ceturksnim",
        (date(2019, 10, 1), date(2020, 6, 30)),
    ),
    ("IV cet. 2019 – I cet. 2020", (date(2019, 10, 1), date(2020, 3, 31))),
    ("2020. gada 1. ceturksnis", (date(2020, 1, 1), date(2020, 3, 31))),
    ("2019. gada oktobris", (date(2019, 10, 1), date(2019, 10, 31))),
    ("līdz 2020. gada maijam", (None, date(2020, 5, 31))),
]


@pytest.mark.parametrize(("text", "period"), PERIODS, ids=[p[0] for p in PERIODS])
def test_period_with_one_or_no_date(text: str, period: tuple[date | None, date | None]) -> None:
    assert parse_period(text) == period


PHONES = [
    ("26123456", "+37126123456"),
    ("26 123 456", "+37126123456"),
    ("+371 63822154", "+37163822154"),
    ("(+371) 6382-2154", "+37163822154"),
    ("0037163822154", "+37163822154"),
    ("371 26123456", "+37126123456"),
    ("mob. 29123456", "+37129123456"),
    ("63822154, 29123456", "+37163822154"),
    ("12345", None),
    ("+44 20 7946 0958", None),
    ("261234567", None),
]


@pytest.mark.parametrize(("text", "phone"), PHONES, ids=[p[0] for p in PHONES])
def test_phone_becomes_plus_371_and_eight_digits(text: str, phone: str | None) -> None:
    assert phone_number(text) == phone


@given(digits=st.from_regex(r"[26]\d{7}", fullmatch=True), prefix=st.sampled_from(["", "+371 "]))
def test_any_spacing_of_an_eight_digit_number_reads_back(digits: str, prefix: str) -> None:
    spaced = f"{prefix}{digits[:2]} {digits[2:5]} {digits[5:]}"
    assert phone_number(spaced) == "+371" + digits


REGISTRATION = [
    ("90000065595", "90000065595"),
    ("900 000 65595", "90000065595"),
    ("LV90000065595", "90000065595"),
    ("9000006559", None),
    ("900000655951", None),
    ("nav", None),
]


@pytest.mark.parametrize(("text", "number"), REGISTRATION, ids=[r[0] for r in REGISTRATION])
def test_registration_number_is_eleven_digits(text: str, number: str | None) -> None:
    assert registration_number(text) == number


EMAILS = [
    ("info@preili.lv", "info@preili.lv"),
    ("<inga.ozola@daugavpils.lv>", "inga.ozola@daugavpils.lv"),
    ("mailto:dome@balvi.lv", "dome@balvi.lv"),
    ("a@x.lv; b@y.lv", "a@x.lv"),
    ("dome@preiļi.lv", "dome@preiļi.lv"),
    ("info(at)preili.lv", None),
    ("info@preili", None),
    ("info@@preili.lv", None),
    ("info@preili..lv", None),
]


@pytest.mark.parametrize(("text", "address"), EMAILS, ids=[e[0] for e in EMAILS])
def test_email_address_is_validated(text: str, address: str | None) -> None:
    assert email_address(text) == address


NUMBERS = [("150", 150), ("1 500", 1500), ("apm. 150 personas", 150), ("15 ģimenes", 15)]
NOT_NUMBERS = ["-5", "50-100", "1,5", "daudz", ""]


@pytest.mark.parametrize(("text", "number"), NUMBERS, ids=[n[0] for n in NUMBERS])
def test_targets_are_non_negative_integers(text: str, number: int) -> None:
    assert non_negative_int(text) == number


@pytest.mark.parametrize("text", NOT_NUMBERS, ids=[repr(t) for t in NOT_NUMBERS])
def test_target_that_is_not_one_whole_number(text: str) -> None:
    assert non_negative_int(text) is None


KINDS = [
    (
        "Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām "
        "Latvijā",
        "diaspora_information",
    ),
    ("Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", "specialist_training"),
    ("Informatīvu materiālu sagatavošana, sabiedriskās attiecības", "information_materials"),
    ("Vizītes pie diasporas", "diaspora_visits"),
    ("Semināri un apmācības", "seminars"),
    ("SEMINĀRI UN APMĀCĪBAS", "seminars"),
    ("Seminars", "seminars"),
    ("Informatīvi pasākumi diasporai", "diaspora_information"),
    ("Informatīvie materiāli un publicitāte", "information_materials"),
    ("Apmācības sociālā dienesta darbiniekiem", "specialist_training"),
    ("Pieredzes apmaiņas brauciens pie diasporas Īrijā", "diaspora_visits"),
    ("diaspora_visits", "diaspora_visits"),
    ("Pilsētas svētku koncerts", None),
    ("Apmācības", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "kind"), KINDS, ids=[k[0][:40] or "empty" for k in KINDS])
def test_activity_kind_by_words(text: str, kind: str | None) -> None:
    assert activity_kind(text) == kind


REGIONS = [
    ("Latgales plānošanas reģions", "Latgale"),
    ("LATGALE", "Latgale"),
    ("Rīgas", "Rīga"),
    ("Kurzemes plānošanas reģions", "Kurzeme"),
    ("vidzemes", "Vidzeme"),
    ("Zemgales reģions", "Zemgale"),
    ("Latgale un Vidzeme", None),
    ("Pierīga", None),
]


@pytest.mark.parametrize(("text", "region"), REGIONS, ids=[r[0] for r in REGIONS])
def test_planning_region_in_any_case_or_ending(text: str, region: str | None) -> None:
    assert planning_region(text) == region


MUNICIPALITIES = [
    ("Preiļu novada pašvaldība", None, "Preiļu novads", "Latgale"),
    ("DAUGAVPILS PILSĒTAS DOME", None, "Daugavpils", "Latgale"),
    ("Daugavpils novada dome", None, "Daugavpils novads", "Latgale"),
    ("Riebinu novads", None, "Riebiņu novads", "Latgale"),
    ("Balvi", None, "Balvu novads", "Latgale"),
    ("Liepājas pilsētas dome", None, "Liepāja", "Kurzeme"),
    ("Ventspils valstspilsētas pašvaldība", None, "Ventspils", "Kurzeme"),
    ("Skrundas novada dome", None, "Skrundas novads", "Kurzeme"),
    ("Rēzeknes pilsētas dome", None, "Rēzekne", "Latgale"),
    ("Tukuma novads", date(2019, 10, 1), "Tukuma novads", "Rīga"),
    ("Tukuma novads", date(2022, 1, 1), "Tukuma novads", "Kurzeme"),
    ("Augšdaugavas novads", None, "Augšdaugavas novads", "Latgale"),
]


@pytest.mark.parametrize(
    ("text", "on", "name", "region"), MUNICIPALITIES, ids=[f"{m[0]}-{m[1]}" for m in MUNICIPALITIES]
)
def test_municipality_matched_to_the_official_list(
    text: str, on: date | None, name: str, region: str
) -> None:
    found = match_municipality(text, on)
    assert found is not None
    assert (found.name, found.planning_region) == (name, region)


@pytest.mark.parametrize(
    ("text", "on"),
    [("Nekurienes novads", None), ("Riebiņu novads", date(2022, 1, 1)), ("pašvaldība", None)],
    ids=["unknown", "merged-in-2021", "no-name"],
)
def test_municipality_not_in_the_list(text: str, on: date | None) -> None:
    assert match_municipality(text, on) is None


LABELS = [
    ("1.1. Pašvaldības nosaukums", None, "municipality"),
    ("PASVALDIBAS NOSAUKUMS:", None, "municipality"),
    ("1.1.Pašvaldības nosaukums", None, "municipality"),
    ("a) Pieteicējs", None, "municipality"),
    ("Reģ. Nr.", None, "registration_no"),
    ("Nodokļu maksātāja reģistrācijas kods", None, "registration_no"),
    ("Tālr.", None, "contact_phone"),
    ("E-pasta adrese", None, "contact_email"),
    ("Kontaktpersona (vārds, uzvārds):", None, "contact_name"),
    ("Amats", 1, "contact_position"),
    ("Amats", 7, "signatory_position"),
    ("Amats", None, "contact_position"),
    ("Vārds, uzvārds", 7, "signatory_name"),
    ("5.2. Pieprasītais finansējums, EUR (ne vairāk kā 10 000 EUR)", None, "requested_eur"),
    ("Pieprasītā summa", None, "requested_eur"),
    ("6.1. Īstenošanas periods (no dd.mm.gggg. līdz dd.mm.gggg.)", None, "period"),
    ("Paraksta datums", 7, "signed_on"),
    ("Paraksts", 7, ""),
    ("Mājas lapa", None, None),
    ("Projekta mērķis ir veicināt remigrāciju", None, None),
]


@pytest.mark.parametrize(("text", "section", "key"), LABELS, ids=[f"{t}-{s}" for t, s, _ in LABELS])
def test_label_matching_ignores_case_accents_numbering_and_colon(
    text: str, section: int | None, key: str | None
) -> None:
    assert field_for_label(text, section) == key


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("1. Informācija par pieteicēju", 1),
        ("7. APLIECINĀJUMS", 7),
        ("3. sadaļa. Plānotās aktivitātes", 3),
        ("Budžets", 5),
        ("Pašvaldības nosaukums", None),
    ],
    ids=["numbered", "upper-case", "sadala", "bare", "a-label"],
)
def test_section_headings(text: str, section: int | None) -> None:
    assert section_of_heading(text) == section


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Plānotās izmaksas, EUR", "cost_eur"),
        ("Aktivitātes apraksts", "description"),
        ("Aktivitātes veids", "kind"),
        ("Īstenošanas laiks līdz", "period"),
        ("Termiņš", "period"),
        ("Nr. p.k.", "nr"),
        ("Atbildīgais", None),
        ("Nosaukums", "kind"),
    ],
    ids=["cost", "description", "kind", "period-sub-column", "deadline", "number", "extra", "name"],
)
def test_activity_column_headers(header: str, column: str | None) -> None:
    assert activity_column(header) == column


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        (["", "Kopā", "9 500,00"], True),
        (["Pavisam kopā:", "9 500"], True),
        (["1.", "Kopā ar diasporas organizācijām rīkoti pasākumi", "3 000"], False),
        (["1.", "Semināri un apmācības", "2 000"], False),
    ],
    ids=["kopa", "pavisam", "description-starting-kopa", "activity"],
)
def test_total_rows(texts: list[str], total: bool) -> None:
    assert is_total_row(texts) is total
