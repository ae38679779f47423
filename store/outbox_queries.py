"""Outbox queries the sender needs beyond `store.outbox`: taking one item again, locked.

The sender lists the due items once, then handles each in its own transaction; in that
transaction it selects the row again, locked, and only if it is still due. A second sender
(another process, a manual `intake send`) skips a row that is being sent instead of sending it
twice, and a row that changed meanwhile (sent, suppressed by a coordinator) is left alone.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import OutboxItem
from store.outbox import HELD, PENDING


def claim_due(session: Session, item_id: int, now: datetime) -> OutboxItem | None:
    """Item `item_id` locked for this transaction if it is still due, else None.

    None also when another transaction holds the row (PostgreSQL `SKIP LOCKED`); on SQLite the
    `BEGIN IMMEDIATE` of every transaction already keeps a second writer out.
    """
    return session.scalars(
        select(OutboxItem)
        .where(
            OutboxItem.id == item_id,
            OutboxItem.status.in_((PENDING, HELD)),
            OutboxItem.next_attempt_at <= now,
        )
        .with_for_update(skip_locked=True)
    ).one_or_none()
