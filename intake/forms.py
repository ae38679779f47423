"""Finding and reading the one Annex 1 among a message's attachments.

Every document attachment is read (bounded in time and memory, in a child process); those that
turn out to be the form compete: exactly one is the form, the rest are supporting documents,
and two forms send the submission to a person. A form that could not be read (a scan, a
password, a broken file) does too, with the reason. The form's own problems (an amount over the
maximum, sums that do not add up, a missing e-mail) become the submission's problems, so the
acknowledgement tells the municipality what to fix. A submission with errors still registers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intake.checks.base import Assessment, Problem
from intake.config import CompetitionConfig
from intake.mime import Attachment
from parsers.bounded import BoundedReader
from parsers.form import FormReading
from parsers.rules import FormRules

DOCUMENT_SUFFIXES = (".docx", ".docm", ".dotx", ".pdf", ".edoc", ".asice", ".sce", ".bdoc")
DOCUMENT_TYPES = ("pdf", "wordprocessingml", "asic", "msword", "octet-stream")
MAX_DOCUMENTS = 8  # read at most this many attachments of one message
# File-level problems meaning "this is the form, but we could not read it": a person looks.
UNREADABLE = {
    "no_text_layer",
    "encrypted_file",
    "corrupt_file",
    "reading_timeout",
    "too_large",
    "unsafe_xml",
    "unsupported_container",
    "unreadable_form",
}


@dataclass
class FormFindings:
    """What reading the attachments found; `form` is what the submission stores."""

    form: dict[str, Any] | None = None
    form_attachment: Attachment | None = None
    readings: list[tuple[Attachment, FormReading]] = field(default_factory=list)


def form_rules(competition: CompetitionConfig) -> FormRules:
    window = None
    if competition.implementation_start and competition.implementation_end:
        window = (competition.implementation_start, competition.implementation_end)
    return FormRules(
        max_grant_eur=competition.max_grant_eur,
        planning_region=competition.planning_region,
        window=window,
    )


def is_document(attachment: Attachment) -> bool:
    name = attachment.filename.lower()
    return name.endswith(DOCUMENT_SUFFIXES) or any(
        kind in attachment.content_type for kind in DOCUMENT_TYPES
    )


# Fields only the form has; a cover letter may well carry a phone number and an e-mail.
FORM_MARKERS = ("municipality", "registration_no", "title", "requested_eur", "total_cost_eur")


def is_form(reading: FormReading) -> bool:
    """A reading that found Annex 1 itself (whatever problems it has): at least three fields,
    one of them a field no cover letter or budget sheet would have."""
    filled = {key for key, found in reading.fields.items() if found.value is not None}
    return len(filled) >= 3 and any(key in filled for key in FORM_MARKERS)


def stored_form(reading: FormReading) -> dict[str, Any]:
    """The reading as the submission keeps it: `parse`'s JSON plus where each field was."""
    stored = reading.to_json()
    stored["provenance"] = {
        key: found.provenance.location
        for key, found in reading.fields.items()
        if found.provenance is not None
    }
    return stored


def _problem(code: str, severity: str, lv: str, en: str, field_name: str | None = None) -> Problem:
    return Problem(code, severity, lv, en, field_name)  # type: ignore[arg-type]


def read_forms(
    attachments: tuple[Attachment, ...],
    assessment: Assessment,
    reader: BoundedReader,
    rules: FormRules,
) -> FormFindings:
    """Read the documents, choose the form, and add the findings to the assessment."""
    findings = FormFindings()
    documents = [a for a in attachments if is_document(a)][:MAX_DOCUMENTS]
    for attachment in documents:
        findings.readings.append(
            (attachment, reader.read(attachment.data, attachment.filename, rules))
        )
    forms = [(a, r) for a, r in findings.readings if is_form(r)]
    if len(forms) == 1:
        attachment, reading = forms[0]
        findings.form, findings.form_attachment = stored_form(reading), attachment
        if all(candidate is not attachment for candidate in assessment.form_candidates):
            assessment.form_candidates.append(attachment)  # recognised by its content
        assessment.problems.extend(
            _problem(p.code, p.severity, p.message_lv, p.message_en, p.field)
            for p in reading.problems
        )
        assessment.reasons.append(f"form read from {attachment.filename}")
    elif len(forms) > 1:
        names = ", ".join(f"„{a.filename}”" for a, _ in forms)
        assessment.review.append(f"{len(forms)} forms attached")
        assessment.problems.append(
            _problem(
                "several_forms",
                "warning",
                f"Vēstulei pievienotas vairākas pieteikuma veidlapas ({names}). Konkursa "
                "koordinators noskaidros, kura no tām ir spēkā esošā; ja vēlaties to norādīt "
                "pats, nosūtiet pieteikumu vēlreiz ar vienu veidlapu.",
                f"Several forms attached ({names}); a coordinator will decide which one counts.",
            )
        )
    else:
        _unreadable_candidates(findings, assessment)
    return findings


def _unreadable_candidates(findings: FormFindings, assessment: Assessment) -> None:
    """No form was read: a candidate that could not be read goes to a person, with why."""
    candidates = {id(a) for a in assessment.form_candidates}
    for attachment, reading in findings.readings:
        codes = {p.code for p in reading.problems if p.severity == "error"}
        if id(attachment) in candidates and codes & UNREADABLE:
            assessment.review.append(f"form {attachment.filename} unreadable: {sorted(codes)}")
            assessment.problems.extend(
                _problem(p.code, p.severity, p.message_lv, p.message_en, p.field)
                for p in reading.problems
                if p.code in UNREADABLE
            )
