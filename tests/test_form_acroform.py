"""Annex 1 as a fillable PDF (AcroForm) filled in a PDF reader (parsers/pdf_widgets.py).

tests/data/forms/acroform_*.pdf were made by reportlab and filled by pypdf
(tests/data/forms/make_acroform.py): the labels are page text, the values live only in the
form fields, which a reader of page text alone would not see.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.form import read_form

FORMS = Path(__file__).parent / "data" / "forms"

JEKABPILS = {
    "municipality": "Jēkabpils novads",
    "registration_no": "90000024205",
    "address": "Brīvības iela 45, Jēkabpils, LV-5201",
    "planning_region": "Zemgale",
    "contact_name": "Dace Zvirbule",
    "contact_position": "Attīstības nodaļas vadītāja",
    "contact_phone": "+37165207050",
    "contact_email": "dace.zvirbule@jekabpils.lv",
    "title": "Jēkabpils gaida mājās",
    "current_measures": "Remigrācijas koordinators no 2018. gada.\nKonsultācijas ģimenēm.",
    "goal": "Informēt diasporu par darba iespējām novadā.",
    "activities": [
        {
            "kind": "diaspora_visits",
            "description": "Tikšanās ar latviešu kopienu Dublinā",
            "period": "2019. gada novembris",
            "cost_eur": "3500.00",
        },
        {
            "kind": "information_materials",
            "description": "Buklets un video par novadu",
            "period": "2019. gada decembris – 2020. gada februāris",
            "cost_eur": "2000.00",
        },
        {
            "kind": "specialist_training",
            "description": "Apmācības sociālajiem darbiniekiem",
            "period": "2020. gada marts",
            "cost_eur": "1500.00",
        },
    ],
    "target_remigrants": 12,
    "target_reached": 800,
    "total_cost_eur": "7000.00",
    "requested_eur": "7000.00",
    "cofinancing_eur": "0.00",
    "period_start": "2019-10-01",
    "period_end": "2020-05-31",
    "signatory_name": "Raivis Ragainis",
    "signatory_position": "Domes priekšsēdētājs",
    "signed_on": "2019-08-21",
}


@pytest.mark.parametrize("name", ["acroform_jekabpils.pdf", "acroform_printed_jekabpils.pdf"])
def test_values_typed_into_form_fields_are_read_once(name: str) -> None:
    reading = read_form((FORMS / name).read_bytes(), name)
    result = json.loads(json.dumps(reading.to_json()))
    assert result["form"] == JEKABPILS
    assert result["problems"] == []


def test_field_values_name_their_page() -> None:
    reading = read_form((FORMS / "acroform_jekabpils.pdf").read_bytes(), "a.pdf")
    assert reading.fields["municipality"].provenance is not None
    assert reading.fields["municipality"].provenance.location.startswith("page 1")
    assert reading.fields["signed_on"].provenance is not None
    assert reading.fields["signed_on"].provenance.location.startswith("page 2")


def test_an_empty_fillable_form_is_a_form_with_its_fields_missing() -> None:
    reading = read_form((FORMS / "acroform_blank.pdf").read_bytes(), "veidlapa.pdf")
    codes = {problem.code for problem in reading.problems}
    assert codes == {"missing_field", "no_activities"}
    assert all(
        found.value is None for key, found in reading.fields.items() if key != "cofinancing_eur"
    )
