"""Annex 1 read from real mail end to end: Dovecot → intake (bounded reader) → store → export.

The attached forms are the fixtures made by python-docx, LibreOffice and pyhanko
(tests/data/make_*.py); the acknowledgement tells the municipality what to fix.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests import mailfactory as mf
from tests.intake_env import Installation

pytestmark = pytest.mark.dovecot
FORMS = Path(__file__).parent / "data" / "forms"
TYPES = {
    ".docx": ("application", mf.DOCX_SUBTYPE),
    ".pdf": ("application", "pdf"),
    ".edoc": ("application", "vnd.etsi.asic-e+zip"),
}


def mail_with(*files: tuple[str, str], sender: str = "dome@balvi.lv") -> bytes:
    """A submission carrying fixture files under the names a municipality would give them."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mf.REGION
    message["Subject"] = mf.SUBJECT
    message["Date"] = format_datetime(mf.riga("20.08.2019 10:00:00"))
    message["Message-ID"] = f"<{'-'.join(f for f, _ in files)}@test.lv>"
    message.set_content("Pielikumā pieteikums.")
    for fixture, name in files:
        maintype, subtype = TYPES[Path(fixture).suffix]
        data = (FORMS / fixture).read_bytes()
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


def registered(intake: Installation, raw: bytes) -> dict[str, object]:
    intake.account.append(raw, mf.riga("20.08.2019 10:00:00"))
    intake.cycle()
    [record] = intake.export()
    return record


def test_the_form_is_read_and_exported_with_where_each_field_was(intake: Installation) -> None:
    record = registered(intake, mail_with(("balvi_one_table.docx", "1_pielikums_Balvi.docx")))
    form = record["form"]
    assert isinstance(form, dict)
    assert (form["municipality"], form["requested_eur"]) == ("Balvu novads", "9500.00")
    assert form["period_start"] == "2019-10-01"
    assert record["form_file"] == "1_pielikums_Balvi.docx"
    provenance = record["form_provenance"]
    assert isinstance(provenance, dict) and provenance["municipality"].startswith("table 1")
    assert record["status"] == "registered"


def test_a_form_recognised_only_by_its_content_counts(intake: Installation) -> None:
    record = registered(intake, mail_with(("balvi_one_table.docx", "dokuments.docx")))
    assert record["form"] is not None and record["status"] == "registered"


def test_two_forms_go_to_a_person(intake: Installation) -> None:
    record = registered(
        intake,
        mail_with(
            ("balvi_one_table.docx", "1_pielikums.docx"),
            ("daugavpils_blank_form.docx", "1_pielikums_v2.docx"),
        ),
    )
    assert record["status"] == "needs_review"
    assert record["form"] is None
    assert "several_forms" in {p["code"] for p in record["problems"]}  # type: ignore[union-attr]


def test_a_scanned_form_goes_to_a_person_with_the_reason(intake: Installation) -> None:
    record = registered(intake, mail_with(("scan_daugavpils.pdf", "1_pielikums_Daugavpils.pdf")))
    assert record["status"] == "needs_review"
    assert "no_text_layer" in {p["code"] for p in record["problems"]}  # type: ignore[union-attr]
    answer = intake.smtp.received[0].message().get_body(("plain",)).get_content()
    assert "skenēts attēls" in " ".join(answer.split())


def test_the_answer_lists_what_to_fix_in_the_form(intake: Installation) -> None:
    record = registered(
        intake, mail_with(("ventspils_with_mistakes.docx", "1_pielikums.docx"), sender="a@b.lv")
    )
    codes = {p["code"] for p in record["problems"]}  # type: ignore[union-attr]
    assert {"missing_field", "planning_region_mismatch"} <= codes
    answer = " ".join(intake.smtp.received[0].message().get_body(("plain",)).get_content().split())
    assert "Lūdzu, novērsiet šādas nepilnības" in answer
    assert record["status"] == "registered"  # errors in the form still register


def test_an_e_signed_container_gives_the_form_and_the_signer(intake: Installation) -> None:
    record = registered(intake, mail_with(("daugavpils_signed.edoc", "1_pielikums.edoc")))
    assert record["form"]["municipality"] == "Daugavpils"  # type: ignore[index]
    signatures = record["signatures"]
    assert isinstance(signatures, list) and signatures[0]["method"] == "xades"
    assert "010101" not in str(record)  # the personal code never appears
