"""Values shared by the checks: the competition's rules, the assessment they fill in, problems.

Each rule (one per module, Mailman style) reads the parsed message and writes its finding into one
mutable `Assessment`; the human reasons it appends are what the audit trail and the reply quote.
The submission status is derived from the findings, never stored separately, so it cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal, Protocol
from zoneinfo import ZoneInfo

from intake.mime import Attachment, ParsedMessage
from intake.subject import SubjectMatch

__all__ = [
    "Assessment",
    "CompetitionRules",
    "Problem",
    "Rule",
    "Severity",
    "SubmissionStatus",
]

Severity = Literal["error", "warning", "info"]


class SubmissionStatus(StrEnum):
    """The registered submission's status (docs/architecture.md, "Statuses")."""

    REGISTERED = "registered"
    LATE = "late"
    INCOMPLETE = "incomplete"
    NEEDS_REVIEW = "needs_review"


@dataclass(frozen=True)
class Problem:
    """Something about a submission that the applicant or the committee should know."""

    code: str
    severity: Severity
    message_lv: str
    message_en: str
    field: str | None = None


@dataclass(frozen=True)
class CompetitionRules:
    """What the competition's rules ("nolikums") fix: subject, deadline, our own addresses."""

    code: str
    title: str
    subject: str
    deadline: datetime
    timezone: ZoneInfo
    own_addresses: frozenset[str]


@dataclass
class Assessment:
    """The checks' findings about one message; each rule fills in its own part."""

    message: ParsedMessage
    received_at: datetime
    subject_match: SubjectMatch = SubjectMatch.NONE
    on_time: bool = True
    # Until a rule decides otherwise the message is treated as competition mail, so a check that
    # fails sends the message to a person rather than silently dropping it.
    competition: bool = True
    register: bool = True
    reply_suppressed: str | None = None
    form_candidates: list[Attachment] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    # Why a person must look even though the mail is fine (two forms, an unreadable form).
    review: list[str] = field(default_factory=list)

    @property
    def status(self) -> SubmissionStatus:
        """late; else needs_review (no subject, failed check, form for a person); else
        incomplete; else registered."""
        if not self.on_time:
            return SubmissionStatus.LATE
        if (
            self.subject_match is SubjectMatch.NONE
            or self.has_problem("check_failed")
            or self.review
        ):
            return SubmissionStatus.NEEDS_REVIEW
        if not self.message.attachments:
            return SubmissionStatus.INCOMPLETE
        return SubmissionStatus.REGISTERED

    def has_problem(self, code: str) -> bool:
        return any(problem.code == code for problem in self.problems)


class Rule(Protocol):
    """One check: `check` records its finding (and a human reason) in the assessment.

    `name` is for logs and the audit trail; `label` is what an applicant may read (Latvian).
    """

    name: str
    label: str
    description: str

    def check(self, assessment: Assessment, rules: CompetitionRules) -> None: ...
