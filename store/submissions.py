"""Reading and writing submissions, their messages, attachments and problems.

Registration numbers come from a counter row updated inside the caller's transaction, so they are
sequential per competition and never reused, even when a transaction rolls back after a number
was drawn (the counter then rolls back with it, and nothing was ever shown to anyone).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, bindparam, select, update
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


# Built once: the pipeline runs these for every message, and building a statement costs more
# than running it.
_NEXT_NUMBER = (
    update(ReferenceCounter)
    .where(ReferenceCounter.competition == bindparam("of_competition"))
    .values(last_number=ReferenceCounter.last_number + 1)
    .returning(ReferenceCounter.last_number)
    # the counter row is never loaded in the transactions that draw from it
    .execution_options(synchronize_session=False)
)
_BY_DEDUP_KEY = select(StoredMessage).where(StoredMessage.dedup_key == bindparam("dedup_key"))
_IN_FORCE = (
    select(
        Submission,
        select(Attachment.id)
        .where(
            Attachment.message_row_id == Submission.message_row_id,
            Attachment.role == FORM_CANDIDATE,
        )
        .exists(),
    )
    .where(
        Submission.competition == bindparam("competition"),
        Submission.from_address == bindparam("from_address"),
        Submission.superseded.is_(False),
        Submission.on_time.is_(True),
    )
    .order_by(Submission.received_at.desc(), Submission.id.desc())
    .with_for_update(of=Submission)
)


def format_reference(competition: str, number: int) -> str:
    return f"{competition}/{number:03d}"


def draw_number(session: Session, competition: str) -> int:
    """The next registration number of `competition`, inside the caller's transaction."""
    parameters = {"of_competition": competition}
    number = session.execute(_NEXT_NUMBER, parameters).scalar_one_or_none()
    if number is not None:
        return number
    try:
        with session.begin_nested():
            session.add(ReferenceCounter(competition=competition, last_number=1))
        return 1
    except IntegrityError:  # another process created the counter first
        return session.execute(_NEXT_NUMBER, parameters).scalar_one()


def message_by_dedup_key(session: Session, dedup_key: str) -> StoredMessage | None:
    return session.scalars(_BY_DEDUP_KEY, {"dedup_key": dedup_key}).one_or_none()


def submission_for_message(session: Session, message_row_id: int) -> Submission | None:
    return session.scalars(
        select(Submission).where(Submission.message_row_id == message_row_id)
    ).one_or_none()


def current_version(session: Session, competition: str, from_address: str) -> Submission | None:
    """The sender's application in force: the latest on-time, not superseded submission,
    preferring one that carries a form over a later note without one."""
    found = application_in_force(session, competition, from_address)
    return found.submission if found else None


@dataclass(frozen=True)
class InForce:
    submission: Submission
    has_form: bool  # its message carries an attachment that looks like Annex 1


def application_in_force(session: Session, competition: str, from_address: str) -> InForce | None:
    """`current_version` and whether it carries a form, in one locked query."""
    parameters = {"competition": competition, "from_address": from_address}
    candidates = [
        InForce(submission, bool(has_form))
        for submission, has_form in session.execute(_IN_FORCE, parameters)
    ]
    with_form = [candidate for candidate in candidates if candidate.has_form]
    ranked = with_form or candidates
    return ranked[0] if ranked else None


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
    """A new submission: a new number, or the next version of the one it `replaces`.

    Only the number is drawn here; the rows are written with the rest of the caller's
    transaction (`message` may not be written yet either).
    """
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
        message=message,
        from_address=message.from_address,
        subject=message.subject,
        subject_match=subject_match,
        received_at=message.received_at,
        on_time=on_time,
        status=status,
        form=None,
        problems=[
            Problem(
                code=record.code,
                severity=record.severity,
                field=record.field,
                message_lv=record.message_lv,
                message_en=record.message_en,
            )
            for record in problems
        ],
    )
    session.add(submission)
    session.add(
        AuditEvent(
            event="submission.registered",
            message_id=message.message_id,
            reference=submission.reference,
            submission=submission,
            detail=f"version {version}, status {status}, subject {subject_match}"
            + (f", supersedes version {replaces.version}" if replaces else ""),
        )
    )
    return submission


def add_attachments(
    session: Session, message: StoredMessage, files: Sequence[tuple[str, str, bytes, str, str]]
) -> None:
    """Attach (filename, content_type, data, sha256, role) tuples to a stored message."""
    message.attachments.extend(
        Attachment(
            position=position,
            filename=filename,
            content_type=content_type,
            size=len(data),
            sha256=sha256,
            role=role,
            data=data,
        )
        for position, (filename, content_type, data, sha256, role) in enumerate(files, start=1)
    )
    session.add(message)


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
