"""Which application of a municipality is in force when it writes again.

A later message from the same sender address becomes a new version of the same registration
number and supersedes the earlier one, but only when that cannot destroy an application: a
late message, a message older than the version in force (a retried failure), or a message
without a form following one with a form (a question, an out-of-office note) gets its own
number instead, and its answer says that the earlier application stays in force.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from intake.checks.base import Assessment
from intake.mime import ParsedMessage
from store import submissions
from store.models import Submission


@dataclass(frozen=True)
class VersionDecision:
    """Whether a message replaces the sender's application in force, and why not if it does not."""

    replaces: Submission | None
    kept: Submission | None = None  # the application in force that this message leaves alone
    note_lv: str | None = None


def version_note(kept: Submission, late: bool) -> str:
    """Latvian sentence for the answer: the earlier application stays in force."""
    why = (
        "šī vēstule saņemta pēc iesniegšanas termiņa"
        if late
        else "šai vēstulei nav pievienota pieteikuma veidlapa"
    )
    return (
        f"Jūsu iepriekš iesniegtais pieteikums {kept.reference} ({kept.version}. versija) "
        f"paliek spēkā; {why}, tāpēc tā to neaizstāj."
    )


def decide_version(
    session: Session, competition: str, parsed: ParsedMessage, assessment: Assessment
) -> VersionDecision:
    """A resubmission replaces the sender's application in force only when it is on time, not
    older than it, and carries a form (or the application in force has none either)."""
    if not parsed.from_address:
        return VersionDecision(replaces=None)
    in_force = submissions.application_in_force(session, competition, parsed.from_address)
    if in_force is None:
        return VersionDecision(replaces=None)
    current = in_force.submission
    if not assessment.on_time:
        return VersionDecision(None, current, version_note(current, late=True))
    has_form = bool(assessment.form_candidates)
    if assessment.received_at < current.received_at:
        return VersionDecision(None, current, None)
    if has_form or not in_force.has_form:
        return VersionDecision(replaces=current)
    return VersionDecision(None, current, version_note(current, late=False))
