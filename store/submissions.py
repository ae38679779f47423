"""Reading and writing submissions, their messages, attachments and problems.

Registration numbers come from a counter row updated inside the caller's transaction, so they are
sequential per competition and never reused, even when a transaction rolls back after a number
was drawn (the counter then rolls back with it, and nothing was ever shown to anyone).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from store.models import (
    Attachment,
    AuditEvent,
    Problem,
    ReferenceCounter,
    StoredMessage,
    Submission,
)


@dataclass(frozen=True)
class ProblemRecord:
    code: str
    severity: str
    message_lv: str
    message_en: str
    field: str | None = None


FORM_CANDIDATE = "form_candidate"
SUPPORTING = "supporting"
INLINE = "inline"


def format_reference(competition: str, number: int) -> str:
    return f"{competition}/{number:03d}"


def draw_number(session: Session, competition: str) -> int:
    """The next registration number of `competition`, inside the caller's transaction."""
    statement = (
        update(ReferenceCounter)
        .where(ReferenceCounter.competition == competition)
        .values(last_number=ReferenceCounter.last_number + 1)
        .returning(ReferenceCounter.last_number)
    )
    number = session.execute(statement).scalar_one_or_none()
    if number is not None:
        return number
    try:
        with session.begin_nested():
            session.add(ReferenceCounter(competition=competition, last_number=1))
        return 1
    except IntegrityError:  # another process created the counter first
        return session.execute(statement).scalar_one()


def message_by_dedup_key(session: Session, dedup_key: str) -> StoredMessage | None:
    return session.scalars(
        select(StoredMessage).where(StoredMessage.dedup_key == dedup_key)
    ).one_or_none()


def submission_for_message(session: Session, message_row_id: int) -> Submission | None:
    return session.scalars(
        select(Submission).where(Submission.message_row_id == message_row_id)
    ).one_or_none()


def current_version(session: Session, competition: str, from_address: str) -> Submission | None:
    """The sender's application in force: the latest on-time, not superseded submission,
    preferring one that carries a form over a later note without one."""
    candidates = list(
        session.scalars(
            select(Submission)
            .where(
                Submission.competition == competition,
                Submission.from_address == from_address,
                Submission.superseded.is_(False),
                Submission.on_time.is_(True),
            )
            .order_by(Submission.received_at.desc(), Submission.id.desc())
            .with_for_update()
        )
    )
    with_form = [s for s in candidates if has_form(session, s)]
    ranked = with_form or candidates
    return ranked[0] if ranked else None


def has_form(session: Session, submission: Submission) -> bool:
    """Whether the submission's message carries an attachment that looks like Annex 1."""
    found = session.scalar(
        select(Attachment.id)
        .where(
            Attachment.message_row_id == submission.message_row_id,
            Attachment.role == FORM_CANDIDATE,
        )
        .limit(1)
    )
    return found is not None


def add_submission(
    session: Session,
    *,
    message: StoredMessage,
    competition: str,
    replaces: Submission | None,
    subject_match: str,
    on_time: bool,
    status: str,
    problems: Iterable[ProblemRecord],
) -> Submission:
    """A new submission: a new number, or the next version of the one it `replaces`."""
    if replaces is not None:
        number, version = replaces.number, replaces.version + 1
        replaces.superseded = True
    else:
        number, version = draw_number(session, competition), 1
    submission = Submission(
        competition=competition,
        number=number,
        reference=format_reference(competition, number),
        version=version,
        superseded=False,
        message_row_id=message.id,
        from_address=message.from_address,
        subject=message.subject,
        subject_match=subject_match,
        received_at=message.received_at,
        on_time=on_time,
        status=status,
        form=None,
    )
    session.add(submission)
    session.flush()
    for record in problems:
        session.add(
            Problem(
                submission_id=submission.id,
                code=record.code,
                severity=record.severity,
                field=record.field,
                message_lv=record.message_lv,
                message_en=record.message_en,
            )
        )
    session.add(
        AuditEvent(
            event="submission.registered",
            message_id=message.message_id,
            reference=submission.reference,
            submission_id=submission.id,
            detail=f"version {version}, status {status}, subject {subject_match}"
            + (f", supersedes version {replaces.version}" if replaces else ""),
        )
    )
    return submission


def add_attachments(
    session: Session, message: StoredMessage, files: Sequence[tuple[str, str, bytes, str, str]]
) -> None:
    """Attach (filename, content_type, data, sha256, role) tuples to a stored message."""
    for position, (filename, content_type, data, sha256, role) in enumerate(files, start=1):
        session.add(
            Attachment(
                message_row_id=message.id,
                position=position,
                filename=filename,
                content_type=content_type,
                size=len(data),
                sha256=sha256,
                role=role,
                data=data,
            )
        )


def _with_evidence() -> Select[Submission]:
    return (
        select(Submission)
        .options(
            selectinload(Submission.problems),
            selectinload(Submission.outbox),
            selectinload(Submission.message).selectinload(StoredMessage.attachments),
        )
        .order_by(Submission.number, Submission.version)
    )


def all_submissions(session: Session, competition: str | None = None) -> list[Submission]:
    query = _with_evidence()
    if competition is not None:
        query = query.where(Submission.competition == competition)
    return list(session.scalars(query))


def submissions_by_reference(session: Session, reference: str) -> list[Submission]:
    """Every version registered under `reference`, oldest first."""
    return list(session.scalars(_with_evidence().where(Submission.reference == reference)))


def audit_trail(session: Session, submission: Submission) -> list[AuditEvent]:
    condition = AuditEvent.submission_id == submission.id
    if submission.message.message_id:
        condition = condition | (AuditEvent.message_id == submission.message.message_id)
    return list(session.scalars(select(AuditEvent).where(condition).order_by(AuditEvent.id)))
