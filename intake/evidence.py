"""What a processed message leaves behind: its evidence, its ledger row and the cursor step.

`intake.pipeline` decides what a message is; this module writes down that decision in the
caller's transaction — the raw message and its attachments (`store_message`), the ledger row
(`record_outcome`, `ledger_entry`) and the folder cursor (`advance_cursor`) — so the pipeline
reads as decisions and this as bookkeeping.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from intake.checks.base import Assessment
from intake.mime import ParsedMessage
from intake.sources.base import FetchedMessage
from store import ledger, submissions
from store.models import LedgerEntry, StoredMessage

__all__ = [
    "Outcome",
    "Where",
    "advance_cursor",
    "dedup_key",
    "ledger_entry",
    "record_outcome",
    "store_message",
]


@dataclass(frozen=True)
class Where:
    """Which mailbox folder a message came from (the ledger's key without the message key)."""

    mailbox: str
    folder: str
    uidvalidity: int


@dataclass(frozen=True)
class Outcome:
    kind: str  # submission | duplicate | ignored | not_registered
    reason: str
    reference: str | None = None
    version: int | None = None
    status: str | None = None
    action: str | None = None


def dedup_key(parsed: ParsedMessage, raw: bytes) -> str:
    """Same sender and same Message-ID means the same message delivered twice; without a
    Message-ID only identical bytes are the same message."""
    if parsed.message_id:
        identity = f"{parsed.from_address}\n{parsed.message_id}".encode("utf-8", "replace")
        return "mid:" + hashlib.sha256(identity).hexdigest()
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def _storable(text: str) -> str:
    """PostgreSQL text cannot hold NUL; the raw message keeps the original bytes anyway."""
    return text.replace("\x00", "\ufffd")


def store_message(
    session: Session,
    fetched: FetchedMessage,
    where: Where,
    parsed: ParsedMessage,
    assessment: Assessment,
    key: str,
) -> StoredMessage:
    """The message, its raw bytes and every attachment with its role, added to `session`."""
    stored = StoredMessage(
        dedup_key=key,
        message_id=parsed.message_id,
        from_address=parsed.from_address,
        from_name=_storable(parsed.from_name),
        subject=_storable(parsed.subject),
        date_header=parsed.date_header,
        received_at=assessment.received_at,
        in_reply_to=parsed.in_reply_to,
        references_header=" ".join(parsed.references),
        raw_sha256=hashlib.sha256(fetched.raw).hexdigest(),
        raw_size=len(fetched.raw),
        raw=fetched.raw,
        source=where.mailbox,
        folder=where.folder,
    )
    session.add(stored)
    candidates = {id(a) for a in assessment.form_candidates}
    files = [
        (a, submissions.FORM_CANDIDATE if id(a) in candidates else submissions.SUPPORTING)
        for a in parsed.attachments
    ] + [(a, submissions.INLINE) for a in parsed.inline_parts]
    submissions.add_attachments(
        session,
        stored,
        [(a.filename, a.content_type, a.data, a.sha256, role) for a, role in files],
    )
    return stored


def record_outcome(
    session: Session,
    fetched: FetchedMessage,
    where: Where,
    parsed: ParsedMessage,
    outcome: Outcome,
    stored: StoredMessage | None = None,
) -> None:
    """The ledger row saying what became of a message that was read."""
    ledger.record_entry(
        session,
        ledger_entry(
            fetched,
            where,
            message_id=parsed.message_id,
            outcome=outcome.kind,
            reason=outcome.reason,
            error=None,
            action=outcome.action,
            action_done=outcome.action is None,  # nothing to do: never pending
            message=stored,
        ),
    )


def ledger_entry(fetched: FetchedMessage, where: Where, **fields: Any) -> LedgerEntry:
    """The ledger row of `fetched` in `where`; `fields` say what became of it."""
    return LedgerEntry(
        mailbox=where.mailbox,
        folder=where.folder,
        uidvalidity=where.uidvalidity,
        key=fetched.key,
        uid=fetched.uid,
        **fields,
    )


def advance_cursor(session: Session, where: Where, fetched: FetchedMessage) -> None:
    if fetched.uid is not None:
        ledger.advance_cursor(session, where.mailbox, where.folder, where.uidvalidity, fetched.uid)
