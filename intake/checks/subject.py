"""Subject check: is this the subject the competition rules require, nearly it, or something else.

A near miss (missing diacritics, a typo, the municipality's name added) is still registered, with a
warning that quotes the required subject, so the applicant learns it without losing the application.
"""

from __future__ import annotations

from intake.checks.base import Assessment, CompetitionRules, Problem
from intake.subject import SubjectMatch, match_subject

_QUOTES = str.maketrans(dict.fromkeys("„“”«»", '"'))


class SubjectRule:
    name = "subject"
    label = "temata pārbaude"
    description = "Compare the subject with the one the competition rules require."

    def check(self, assessment: Assessment, rules: CompetitionRules) -> None:
        subject = assessment.message.subject
        match = match_subject(subject, rules.subject, rules.title)
        assessment.subject_match = match
        if match is SubjectMatch.EXACT:
            assessment.reasons.append("subject matches the required subject")
        elif match is SubjectMatch.NEAR:
            assessment.reasons.append(
                f"subject is a near match of the required subject: {subject!r}"
            )
            assessment.problems.append(near_match_problem(subject, rules.subject))
        else:
            assessment.reasons.append(f"subject does not match the required subject: {subject!r}")


def near_match_problem(subject: str, expected: str) -> Problem:
    return Problem(
        code="subject_near_match",
        severity="warning",
        message_lv=(
            f"Vēstules temats neatbilst konkursa nolikumā noteiktajam: {latvian_quoted(expected)}. "
            f"Saņemtās vēstules temats: {latvian_quoted(subject)}. Pieteikums ir reģistrēts, "
            "taču turpmākajā sarakstē lūdzam norādīt nolikumā noteikto tematu."
        ),
        message_en=(
            f"The e-mail subject does not match the one required by the competition rules: "
            f"{expected}. Subject received: {subject}. The application has been registered, "
            "but please use the required subject in further correspondence."
        ),
        field="subject",
    )


def latvian_quoted(text: str) -> str:
    """`text` in Latvian quotes „…”; quotes inside become straight ones, so none clash."""
    return f"„{text.translate(_QUOTES)}”"
