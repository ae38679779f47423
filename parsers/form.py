"""The front door for Annex 1: `read_form(bytes, filename)` → the fields, their places, problems.

Whatever arrives — a form, a cover letter, a truncated or hostile file — the caller gets a
`FormReading` back, never an exception: problems are values (`FormProblem`) the acknowledgement
can quote. The file's kind is told by its content (else its name) and the file handed to its
reader: a .docx to `parsers.docx_form` (within the zip limits of `parsers.safezip`), a PDF's text
layer to `parsers.pdf_form`, an e-signed container (.edoc/.asice/.bdoc) to `parsers.asic`, which
reads the form inside with `read_form`. Each gives the same raw fields (`parsers.layout`), which
are turned into values here (`parsers.values`) and checked (`parsers.rules`); the signers of a
signed PDF are added by `parsers.signatures`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Any, Literal

from lxml import etree

from parsers import values
from parsers.docx_form import OLE_HEADER, main_document_xml, read_document_xml
from parsers.labels import FORM_KEYS
from parsers.layout import RawForm
from parsers.municipalities import match_municipality
from parsers.pdf_form import read_pdf
from parsers.rules import (
    ActivityFacts,
    Facts,
    FormProblem,
    FormRules,
    check_form,
    file_problem,
    repeated_value,
)
from parsers.safe_xml import UnsafeXml
from parsers.signatures import Signature, pdf_signatures

__all__ = [
    "Activity",
    "Field",
    "FormProblem",
    "FormReading",
    "FormRules",
    "Provenance",
    "Signature",
    "read_form",
]

log = logging.getLogger("intake.parsers.form")

Kind = Literal["docx", "pdf", "edoc", "unknown"]
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_CENTS = Decimal("0.01")
_UNSUPPORTED = {
    "unknown": "not a .docx, .pdf or .edoc file (a Word 97–2003 .doc, .odt, a picture…)",
}


@dataclass(frozen=True)
class Provenance:
    file: str
    location: str  # "table 1, row 3, cell 2" / "paragraph 14"


@dataclass(frozen=True)
class Field:
    value: Any  # str, Decimal, date or int by key; None when missing or unreadable
    provenance: Provenance | None
    written: str | None = None  # the text as it stands in the document


@dataclass(frozen=True)
class Activity:
    kind: str | None  # one of values.ACTIVITY_KINDS, None when not one of them
    description: str | None
    period: str | None  # as written: "2019. gada oktobris–decembris"
    cost_eur: Decimal | None
    provenance: Provenance | None


@dataclass(frozen=True)
class FormReading:
    file: str
    kind: Kind
    fields: dict[str, Field] = field(default_factory=dict)
    activities: list[Activity] = field(default_factory=list)
    problems: list[FormProblem] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """`{file, kind, form, problems, signatures}`: amounts "9500.00", ISO dates, or null."""
        form: dict[str, Any] = {}
        for key in FORM_KEYS:
            found = self.fields.get(key)
            form[key] = _json_value(found.value) if found is not None else None
        form["activities"] = [
            {
                "kind": activity.kind,
                "description": activity.description,
                "period": activity.period,
                "cost_eur": _json_value(activity.cost_eur),
            }
            for activity in self.activities
        ]
        signatures = [
            {
                "signer_name": s.signer_name,
                "method": s.method,
                "signed_at": _json_value(s.signed_at),
            }
            for s in self.signatures
        ]
        problems = [problem.to_json() for problem in self.problems]
        return {
            "file": self.file,
            "kind": self.kind,
            "form": form,
            "problems": problems,
            "signatures": signatures,
        }


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def read_form(data: bytes, filename: str, *, competition: FormRules | None = None) -> FormReading:
    """Annex 1 read from any attachment; problems instead of exceptions, always."""
    reading = _read_by_kind(data, filename, competition)
    if reading.kind == "pdf":  # e-signatures: PAdES signers, whatever the text layer gave
        return replace(reading, signatures=[*reading.signatures, *pdf_signatures(data)])
    return reading


def _read_by_kind(data: bytes, filename: str, competition: FormRules | None) -> FormReading:
    kind = _kind(data, filename)
    try:
        if kind == "edoc":  # e-signed containers; parsers.asic calls read_form for the form inside
            from parsers.asic import read_container

            return read_container(data, filename, competition=competition)
        if kind == "pdf":
            pdf = read_pdf(data, filename)
            if pdf.raw is None:
                return FormReading(filename, kind, problems=list(pdf.problems))
            reading = _reading(filename, kind, pdf.raw, competition or FormRules())
            return replace(reading, problems=[*pdf.problems, *reading.problems])
        if kind != "docx":
            return _refused(filename, kind, "unsupported_format", _UNSUPPORTED.get(kind, kind))
        document = main_document_xml(data)
        if isinstance(document, tuple):
            return _refused(filename, kind, *document)
        raw = read_document_xml(document)
    except UnsafeXml as err:
        return _refused(filename, kind, "unsafe_xml", str(err))
    except etree.XMLSyntaxError as err:
        return _refused(filename, kind, "corrupt_file", f"the document XML is malformed ({err})")
    except Exception as err:  # a reader's bug must not stop the intake: a person will look
        log.exception("%s: form not read", filename)
        return _refused(filename, kind, "unreadable_form", f"{type(err).__name__}: {err}")
    return _reading(filename, kind, raw, competition or FormRules())


_KIND_BY_SUFFIX: dict[str, Kind] = {
    ".pdf": "pdf",
    **dict.fromkeys((".edoc", ".asice", ".sce", ".bdoc", ".ddoc"), "edoc"),
    **dict.fromkeys((".docx", ".docm", ".dotx"), "docx"),
}


def _kind(data: bytes, filename: str) -> Kind:
    """By content where it says, else by the name: a .docx renamed .bin is still a .docx."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK") and b"application/vnd.etsi.asic" in data[:200]:
        return "edoc"
    if data.startswith(OLE_HEADER):  # a password-protected .docx, or a Word 97–2003 .doc
        return "docx" if _ENCRYPTED_PACKAGE in data else "unknown"
    if data.startswith(b"PK") and b"word/" in data:
        return "docx"
    return _KIND_BY_SUFFIX.get(PurePosixPath(filename.lower()).suffix, "unknown")


def _refused(filename: str, kind: Kind, code: str, detail: str) -> FormReading:
    log.info("%s: %s (%s)", filename, code, detail)
    problem = file_problem(code, filename, detail, variant=kind)
    return FormReading(filename, kind, problems=[problem])


def _amount(text: str) -> Decimal | None:
    amount = values.parse_amount(text)
    return amount.quantize(_CENTS) if amount is not None else None


def _unquoted(text: str) -> str:
    """A title written in quotes („…”, "…", “…”, «…») is the same title."""
    if len(text) > 2 and text[0] in "„“\"«'" and text[-1] in "”“\"»'":
        return text[1:-1].strip()
    return text


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "title": _unquoted,
    "registration_no": values.registration_number,
    "planning_region": values.planning_region,
    "contact_phone": values.phone_number,
    "contact_email": values.email_address,
    "target_remigrants": values.non_negative_int,
    "target_reached": values.non_negative_int,
    "total_cost_eur": _amount,
    "requested_eur": _amount,
    "cofinancing_eur": _amount,
    "period_start": values.period_start,
    "period_end": values.period_end,
    "signed_on": values.parse_date,
}


_NOT_WRITTEN = "not written (0 by default)"
_FORM_KEY = {"period": "period_start"}  # the raw "no … līdz …" text is reported as the start


def _reading(filename: str, kind: Kind, raw: RawForm, rules: FormRules) -> FormReading:
    if raw.labels_found == 0 and not raw.activities:
        return _refused(filename, kind, "not_a_form", "no Annex 1 label was found")
    fields = {key: Field(None, None) for key in FORM_KEYS if key != "activities"}
    for key, found in raw.fields.items():
        if key in fields:
            value = _CONVERTERS.get(key, str)(found.text)
            fields[key] = Field(value, Provenance(filename, found.location), found.text)
    period = raw.fields.get("period")
    if period is not None:
        dates = values.parse_period(period.text)
        for key, day in zip(("period_start", "period_end"), dates, strict=True):
            if fields[key].written is None:
                fields[key] = Field(day, Provenance(filename, period.location), period.text)
    if "cofinancing_eur" not in raw.fields:  # annex1.md: optional, 0 when not written
        fields["cofinancing_eur"] = Field(Decimal("0.00"), Provenance(filename, _NOT_WRITTEN))
    on = rules.window[0] if rules.window else None
    municipality = fields["municipality"]
    official = match_municipality(municipality.written, on) if municipality.written else None
    if official is not None:
        fields["municipality"] = Field(official.name, municipality.provenance, municipality.written)
    activities, facts = _activities(filename, raw)
    problems = [
        repeated_value(_FORM_KEY.get(key, key), raw.fields[key].text, other.text)
        for key, other in raw.repeated
    ]
    problems += check_form(
        Facts(
            values={key: found.value for key, found in fields.items()},
            written={key: found.written for key, found in fields.items() if found.written},
            activities=facts,
            municipality_region=official.planning_region if official else None,
        ),
        rules,
    )
    return FormReading(filename, kind, fields, activities, problems)


def _activities(filename: str, raw: RawForm) -> tuple[list[Activity], tuple[ActivityFacts, ...]]:
    activities: list[Activity] = []
    facts: list[ActivityFacts] = []
    for number, found in enumerate(raw.activities, start=1):
        # Without a kind column, the description is all there is to tell the kind by.
        kind = values.activity_kind(found.kind or found.description)
        cost = _amount(found.cost) if found.cost else None
        provenance = Provenance(filename, found.location)
        activities.append(
            Activity(kind, found.description or None, found.period or None, cost, provenance)
        )
        facts.append(ActivityFacts(number, found.kind, kind, found.cost, cost))
    return activities, tuple(facts)
