"""The outbox table: rendered e-mails queued in the transaction that caused them.

The sender (notifications/) claims due rows, sends them, and records the result; a row is only
ever marked `sent` after the SMTP server accepted it, so delivery is at-least-once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from store.models import AuditEvent, OutboxItem, Submission, utcnow

PENDING = "pending"
HELD = "held"
SENT = "sent"
FAILED = "failed"
SUPPRESSED = "suppressed"

# Built once: the sender asks for every message it sends, and building a statement costs more
# than running it.
_SENT_TO = (
    OutboxItem.recipient == bindparam("recipient"),
    OutboxItem.status == SENT,
    OutboxItem.sent_at >= bindparam("since"),
)
_COUNT_SENT = select(func.count()).select_from(OutboxItem).where(*_SENT_TO)
_OLDEST_SENT = select(func.min(OutboxItem.sent_at)).where(*_SENT_TO)


def enqueue(
    session: Session,
    *,
    kind: str,
    recipient: str,
    message_id: str,
    subject: str,
    body: bytes,
    submission: Submission | None = None,
    suppressed_reason: str | None = None,
) -> OutboxItem:
    """Queue a rendered message; a suppressed one is kept as evidence but never sent.

    Nothing is flushed here: the row and its audit event are written with the rest of the
    caller's transaction, linked to `submission` even when that is not written yet either.
    """
    item = OutboxItem(
        kind=kind,
        recipient=recipient,
        message_id=message_id,
        subject=subject,
        body=body,
        status=SUPPRESSED if suppressed_reason else PENDING,
        reason=suppressed_reason or "",
        attempts=0,
        next_attempt_at=utcnow(),
    )
    session.add(item)
    if submission is not None:
        submission.outbox.append(item)
    session.add(
        AuditEvent(
            event=f"outbox.{item.status}",
            message_id=message_id,
            reference=submission.reference if submission is not None else None,
            submission=submission,
            detail=f"{kind} to {recipient}"
            + (f": {suppressed_reason}" if suppressed_reason else ""),
        )
    )
    return item


def due_items(session: Session, now: datetime, limit: int = 100) -> list[OutboxItem]:
    """Items ready for an attempt, oldest first, locked against a concurrent sender."""
    return list(
        session.scalars(
            select(OutboxItem)
            .where(OutboxItem.status.in_((PENDING, HELD)), OutboxItem.next_attempt_at <= now)
            .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )


def sent_since(session: Session, recipient: str, since: datetime) -> int:
    """How many messages went to `recipient` since `since` (for the per-sender rate limit)."""
    return session.scalar(_COUNT_SENT, {"recipient": recipient, "since": since}) or 0


def oldest_sent_since(session: Session, recipient: str, since: datetime) -> datetime | None:
    return session.scalar(_OLDEST_SENT, {"recipient": recipient, "since": since})


def _audit(session: Session, item: OutboxItem, event: str, detail: str) -> None:
    session.add(
        AuditEvent(
            event=event,
            message_id=item.message_id,
            submission_id=item.submission_id,
            detail=detail,
        )
    )


def mark_sent(session: Session, item: OutboxItem, when: datetime) -> None:
    item.status, item.sent_at, item.last_error = SENT, when, None
    item.attempts += 1
    _audit(session, item, "outbox.sent", f"to {item.recipient}, attempt {item.attempts}")


def mark_retry(session: Session, item: OutboxItem, error: str, next_at: datetime) -> None:
    item.attempts += 1
    item.status, item.last_error, item.next_attempt_at = PENDING, error, next_at
    _audit(session, item, "outbox.retry", f"attempt {item.attempts}: {error}")


def mark_failed(session: Session, item: OutboxItem, error: str) -> None:
    """Permanent failure (the server rejected the recipient): kept for a person to look at."""
    item.attempts += 1
    item.status, item.last_error = FAILED, error
    _audit(session, item, "outbox.failed", error)


def mark_held(session: Session, item: OutboxItem, reason: str, until: datetime) -> None:
    if item.status != HELD:
        _audit(session, item, "outbox.held", reason)
    item.status, item.reason, item.next_attempt_at = HELD, reason, until


def counts_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxItem.status, func.count()).group_by(OutboxItem.status))
    return {status: count for status, count in rows}
