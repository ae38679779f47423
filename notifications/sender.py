"""Sending the outbox: every due acknowledgement goes out once the server accepts it, none is lost.

The pipeline only queues rendered messages (in the transaction that registered the submission);
this module delivers them. Each item is handled in its own transaction, which selects the row
again, locked, sends it and records the outcome:

- accepted by the server → `sent` (only then: delivery is at-least-once, and the Message-ID
  derived from the submission makes a duplicate after a crash recognisable);
- temporary failure (4xx, connection lost) → retried later, with exponential backoff and no
  limit on attempts: an answer must not be dropped because the SMTP server was down for a day;
- permanent failure (5xx about the recipient or the message) → `failed`, kept for a person;
- the recipient already got `max_per_sender_per_hour` messages in the last hour → `held` until
  the oldest of them is an hour old: a misconfigured municipal auto-responder must not start a
  mail loop with us, and the held answer still goes out later.

When the server cannot be reached at all, the round stops after the first item instead of
hammering it with the rest of the queue; those items stay due for the next round.

On SQLite the row transaction holds the database write lock while the message is handed to the
server (normally well under a second); other writers wait for it (busy timeout 30 s).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import parseaddr
from enum import Enum
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from notifications.transport import (
    PermanentDeliveryError,
    TemporaryDeliveryError,
    Transport,
    TransportUnavailableError,
)
from store.db import Database
from store.models import OutboxItem
from store.outbox import (
    due_items,
    mark_failed,
    mark_held,
    mark_retry,
    mark_sent,
    oldest_sent_since,
    sent_since,
)
from store.outbox_queries import claim_due

log = logging.getLogger("intake.outbox")
RATE_WINDOW = timedelta(hours=1)
# `sent_since` counts sends at exactly `now - RATE_WINDOW`; one more second lets the oldest out.
_PAST_WINDOW = RATE_WINDOW + timedelta(seconds=1)


@dataclass(frozen=True)
class SendReport:
    """What one round did; `retried` includes the item that found the server unreachable."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    held: int = 0


class Outcome(Enum):
    SENT = "sent"
    RETRIED = "retried"
    UNAVAILABLE = "unavailable"  # retried, and the rest of the round is left for later
    FAILED = "failed"
    HELD = "held"
    SKIPPED = "skipped"  # no longer due, or another sender has it


def utc_now() -> datetime:
    return datetime.now(UTC)


def exponential_backoff(attempts: int) -> timedelta:
    """The wait after a failed attempt, given the attempts made before it: 30 s, 1 min, … 1 h."""
    return min(timedelta(seconds=30) * 2 ** min(attempts, 16), timedelta(hours=1))


def envelope_sender_of(message: bytes) -> str:
    """The bare address of the message's From header (`""`, the null sender, if there is none)."""
    headers = BytesHeaderParser(policy=default_policy).parsebytes(message)
    return parseaddr(str(headers.get("From", "")))[1]


@dataclass(frozen=True)
class _Round:
    transport: Transport
    now: Callable[[], datetime]
    limit: int
    backoff: Callable[[int], timedelta]
    envelope_sender: str | None


def send_due(
    db: Database,
    transport: Transport,
    *,
    now: Callable[[], datetime] = utc_now,
    max_per_sender_per_hour: int = 5,
    batch: int = 100,
    backoff: Callable[[int], timedelta] = exponential_backoff,
    envelope_sender: str | None = None,
) -> SendReport:
    """Send up to `batch` due outbox items; each result is committed on its own.

    `envelope_sender` is the SMTP MAIL FROM; by default the address in each message's From.
    """
    if max_per_sender_per_hour < 1:
        raise ValueError("max_per_sender_per_hour must be at least 1")
    settings = _Round(transport, now, max_per_sender_per_hour, backoff, envelope_sender)
    with db.transaction() as session:
        item_ids = [item.id for item in due_items(session, now(), limit=batch)]
    tally: Counter[Outcome] = Counter()
    connection: AbstractContextManager[Any] = (
        transport if isinstance(transport, AbstractContextManager) else nullcontext()
    )
    with connection:  # one SMTP connection for the whole round, where the transport can
        for item_id in item_ids:
            outcome = _attempt(db, item_id, settings)
            tally[outcome] += 1
            if outcome is Outcome.UNAVAILABLE:
                break
    return SendReport(
        sent=tally[Outcome.SENT],
        retried=tally[Outcome.RETRIED] + tally[Outcome.UNAVAILABLE],
        failed=tally[Outcome.FAILED],
        held=tally[Outcome.HELD],
    )


def _attempt(db: Database, item_id: int, settings: _Round) -> Outcome:
    """One item, one transaction: hold it, or send it and record what the server said."""
    message_id = f"(outbox item {item_id})"
    try:
        with db.transaction() as session:
            moment = settings.now()
            item = claim_due(session, item_id, moment)
            if item is None:
                return Outcome.SKIPPED
            message_id = item.message_id
            until = _held_until(session, item.recipient, moment, settings.limit)
            if until is not None:
                reason = f"{settings.limit} messages to {item.recipient} within the last hour"
                mark_held(session, item, reason, until)
                log.info("%s: held until %s: %s", message_id, until.isoformat(), reason)
                return Outcome.HELD
            return _deliver(session, item, settings, moment)
    except SQLAlchemyError:
        log.error("%s: the outcome could not be recorded; it will be attempted again", message_id)
        raise


def _held_until(session: Session, recipient: str, moment: datetime, limit: int) -> datetime | None:
    """When `recipient` may get the next message, if the hourly limit holds it back now."""
    since = moment - RATE_WINDOW
    if sent_since(session, recipient, since) < limit:
        return None
    oldest = oldest_sent_since(session, recipient, since) or moment
    return oldest + _PAST_WINDOW


def _deliver(session: Session, item: OutboxItem, settings: _Round, moment: datetime) -> Outcome:
    sender = settings.envelope_sender
    if sender is None:
        sender = envelope_sender_of(item.body)
    try:
        settings.transport.send(item.body, sender, [item.recipient])
    except PermanentDeliveryError as err:
        mark_failed(session, item, str(err))
        log.error("%s: rejected for %s, not retried: %s", item.message_id, item.recipient, err)
        return Outcome.FAILED
    except TemporaryDeliveryError as err:
        _retry(session, item, settings, moment, str(err))
        if isinstance(err, TransportUnavailableError):
            log.warning("%s: transport unavailable; the round stops here", item.message_id)
            return Outcome.UNAVAILABLE
        return Outcome.RETRIED
    except Exception as err:  # a transport bug must neither lose the message nor stop the queue
        log.exception("%s: unexpected error while sending", item.message_id)
        _retry(session, item, settings, moment, f"{type(err).__name__}: {err}")
        return Outcome.RETRIED
    mark_sent(session, item, settings.now())
    log.info("%s: sent to %s (attempt %d)", item.message_id, item.recipient, item.attempts)
    return Outcome.SENT


def _retry(
    session: Session, item: OutboxItem, settings: _Round, moment: datetime, error: str
) -> None:
    next_at = moment + settings.backoff(item.attempts)
    mark_retry(session, item, error, next_at)
    log.warning(
        "%s: attempt %d failed, next at %s: %s",
        item.message_id,
        item.attempts,
        next_at.isoformat(),
        error,
    )
