"""The sync ledger: which message of which folder we have seen, and what became of it.

Keyed by (mailbox, folder, UIDVALIDITY, key), checked before any message body is fetched, so a
poll costs what is new, not what the mailbox holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from store.models import AuditEvent, LedgerEntry, SyncState, utcnow

FAILED = "failed"

# Built once: the pipeline runs these for every message, and building a statement costs more
# than running it.
_MOVE_CURSOR = (
    update(SyncState)
    .where(
        SyncState.mailbox == bindparam("of_mailbox"),  # an UPDATE keeps column names
        SyncState.folder == bindparam("of_folder"),
        SyncState.uidvalidity == bindparam("of_uidvalidity"),
        SyncState.last_uid < bindparam("uid"),
    )
    .values(last_uid=bindparam("uid"), updated_at=bindparam("now"))
    # the transactions that move the cursor never load its row, so there is nothing to update
    .execution_options(synchronize_session=False)
)
_ENTRY = select(LedgerEntry).where(
    LedgerEntry.mailbox == bindparam("mailbox"),
    LedgerEntry.folder == bindparam("folder"),
    LedgerEntry.uidvalidity == bindparam("uidvalidity"),
    LedgerEntry.key == bindparam("key"),
)


@dataclass(frozen=True)
class Cursor:
    """Where the next poll of a folder starts; `rescan` when UIDVALIDITY changed under us."""

    last_uid: int | None
    rescan: bool
    previous_uidvalidity: int | None


def folder_cursor(session: Session, mailbox: str, folder: str, uidvalidity: int) -> Cursor:
    state = session.get(SyncState, (mailbox, folder))
    if state is None:
        return Cursor(last_uid=None, rescan=False, previous_uidvalidity=None)
    if state.uidvalidity != uidvalidity:
        return Cursor(last_uid=None, rescan=True, previous_uidvalidity=state.uidvalidity)
    return Cursor(last_uid=state.last_uid, rescan=False, previous_uidvalidity=uidvalidity)


def advance_cursor(session: Session, mailbox: str, folder: str, uidvalidity: int, uid: int) -> None:
    """Move the folder's cursor forward to `uid` (never backwards), starting it if new."""
    moved = session.execute(
        _MOVE_CURSOR,
        {
            "of_mailbox": mailbox,
            "of_folder": folder,
            "of_uidvalidity": uidvalidity,
            "uid": uid,
            "now": utcnow(),
        },
    )
    if moved.rowcount:  # type: ignore[attr-defined]
        return
    state = session.get(SyncState, (mailbox, folder), with_for_update=True)
    if state is None:
        session.add(
            SyncState(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, last_uid=uid)
        )
    elif state.uidvalidity != uidvalidity:
        state.uidvalidity, state.last_uid, state.updated_at = uidvalidity, uid, utcnow()


def seen_keys(
    session: Session, mailbox: str, folder: str, uidvalidity: int, keys: Iterable[str]
) -> set[str]:
    """Those of `keys` that already have a ledger row (failed ones included)."""
    wanted = list(keys)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            session.scalars(
                select(LedgerEntry.key).where(
                    LedgerEntry.mailbox == mailbox,
                    LedgerEntry.folder == folder,
                    LedgerEntry.uidvalidity == uidvalidity,
                    LedgerEntry.key.in_(chunk),
                )
            )
        )
    return found


def entry_for(
    session: Session, mailbox: str, folder: str, uidvalidity: int, key: str
) -> LedgerEntry | None:
    parameters = {"mailbox": mailbox, "folder": folder, "uidvalidity": uidvalidity, "key": key}
    return session.scalars(_ENTRY, parameters).one_or_none()


def retryable_failures(
    session: Session, mailbox: str, folder: str, uidvalidity: int, max_attempts: int
) -> list[LedgerEntry]:
    return list(
        session.scalars(
            select(LedgerEntry)
            .where(
                LedgerEntry.mailbox == mailbox,
                LedgerEntry.folder == folder,
                LedgerEntry.uidvalidity == uidvalidity,
                LedgerEntry.outcome == FAILED,
                LedgerEntry.attempts < max_attempts,
            )
            .order_by(LedgerEntry.id)
        )
    )


def unfinished_actions(
    session: Session, mailbox: str, folder: str, uidvalidity: int
) -> list[LedgerEntry]:
    """Competition messages whose after-processing action has not been applied yet."""
    return list(
        session.scalars(
            select(LedgerEntry)
            .where(
                LedgerEntry.mailbox == mailbox,
                LedgerEntry.folder == folder,
                LedgerEntry.uidvalidity == uidvalidity,
                LedgerEntry.action.is_not(None),
                LedgerEntry.action_done.is_(False),
            )
            .order_by(LedgerEntry.id)
        )
    )


def record_entry(session: Session, entry: LedgerEntry, *, detail: str = "") -> LedgerEntry:
    """Insert a new ledger row, or update the failed row of an earlier attempt.

    A row that already records a success is left as it is: another process (a second
    `intake poll` beside `intake run`) handled the message first. Nothing is flushed here;
    the row and its audit event are written with the rest of the caller's transaction.
    """
    existing = entry_for(session, entry.mailbox, entry.folder, entry.uidvalidity, entry.key)
    if existing is not None and existing.outcome != FAILED:
        return existing
    if existing is not None:
        existing.attempts += 1
        for name in ("message_id", "outcome", "reason", "error", "action"):
            setattr(existing, name, getattr(entry, name))
        if entry.message is not None:  # a stored message that may not be written yet
            existing.message = entry.message
        else:
            existing.message_row_id = entry.message_row_id
        existing.processed_at = utcnow()
        entry = existing
    else:
        session.add(entry)
    session.add(
        AuditEvent(
            event=f"ledger.{entry.outcome}",
            message_id=entry.message_id,
            ledger=entry,
            detail=detail or entry.reason,
        )
    )
    return entry


def mark_action_done(session: Session, entry_id: int, failed: str | None = None) -> None:
    """The after-processing action is finished: applied, or given up with the reason."""
    entry = session.get(LedgerEntry, entry_id)
    if entry is None or entry.action_done:
        return
    entry.action_done = True
    session.add(
        AuditEvent(
            event="mailbox.action_failed" if failed else "mailbox.action",
            message_id=entry.message_id,
            ledger_id=entry.id,
            detail=f"{entry.action} on {entry.folder} key {entry.key}"
            + (f" failed: {failed}" if failed else " applied"),
        )
    )
