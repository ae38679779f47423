"""What we tell a municipality about its message, queued in the transaction that registered it.

The acknowledgement is rendered here (from the submission, the checks' findings and the version
decision) and written to the outbox; the outbox sender delivers it later. Its Message-ID is
derived from the reference and version, so a retry is recognisable as the same answer.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from intake.checks.base import Assessment, CompetitionRules
from intake.mime import ParsedMessage
from intake.versions import VersionDecision
from notifications.acknowledgement import (
    AcknowledgementInput,
    acknowledgement_message_id,
    render_acknowledgement,
)
from store import outbox
from store.models import Submission


def queue_acknowledgement(
    session: Session,
    *,
    submission: Submission,
    parsed: ParsedMessage,
    assessment: Assessment,
    decision: VersionDecision,
    rules: CompetitionRules,
    sender: str,
    sender_address: str,
) -> None:
    data = AcknowledgementInput(
        recipient=parsed.from_address,
        reference=submission.reference,
        version=submission.version,
        replaces_version=decision.replaces.version if decision.replaces else None,
        status=submission.status,
        subject_match=submission.subject_match,
        received_at=assessment.received_at,
        timezone=rules.timezone,
        deadline=rules.deadline,
        competition_title=rules.title,
        expected_subject=rules.subject,
        original_subject=parsed.subject,
        original_message_id=parsed.message_id,
        original_references=parsed.references,
        attachments=tuple((a.filename, a.size) for a in parsed.attachments),
        problems=tuple((p.severity, p.message_lv, p.code) for p in assessment.problems),
        notes=(decision.note_lv,) if decision.note_lv else (),
    )
    suppressed = assessment.reply_suppressed
    if not parsed.from_address:
        suppressed = suppressed or "no sender address to answer"
    message = render_acknowledgement(data, sender)
    outbox.enqueue(
        session,
        kind="acknowledgement",
        recipient=parsed.from_address,
        message_id=acknowledgement_message_id(
            submission.reference, submission.version, sender_address
        ),
        subject=message.subject,
        body=message.raw,
        submission=submission,
        suppressed_reason=suppressed,
    )
