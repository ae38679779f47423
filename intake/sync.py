"""One poll of a mailbox folder: ask only for what is new, process each message on its own.

The ledger is consulted before any body is fetched. Each message is processed inside its own
try block: a failure is stored with its traceback and retried on later polls, and never stops
the rest. After-processing actions (flag, move) run only after the message's transaction has
committed, and only for competition mail that was processed successfully.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections import Counter
from dataclasses import dataclass, field

from intake.pipeline import Outcome, Pipeline, Where
from intake.sources.base import FetchedMessage, MailSource, UidValidityChanged
from store import ledger
from store.db import Database

log = logging.getLogger("intake.sync")

MAX_ATTEMPTS = 5


@dataclass
class PollReport:
    mailbox: str = ""
    folder: str = ""
    listed: int = 0
    fetched: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    failed: int = 0
    gave_up: int = 0
    actions: int = 0
    rescanned: bool = False
    interrupted: bool = False
    registered: list[Outcome] = field(default_factory=list)


def poll_mailbox(
    source: MailSource,
    pipeline: Pipeline,
    db: Database,
    *,
    stop: threading.Event | None = None,
) -> PollReport:
    """Sync one folder; a UIDVALIDITY change during the poll restarts it once as a re-scan."""
    try:
        return _poll(source, pipeline, db, stop)
    except UidValidityChanged:
        log.warning(
            "%s %s: UIDVALIDITY changed during the poll; re-scanning", source.name, source.folder
        )
        return _poll(source, pipeline, db, stop)


def _poll(
    source: MailSource, pipeline: Pipeline, db: Database, stop: threading.Event | None
) -> PollReport:
    report = PollReport(mailbox=source.name, folder=source.folder)
    with source:
        where = Where(source.name, source.folder, source.uidvalidity())
        with db.reading() as session:
            cursor = ledger.folder_cursor(session, where.mailbox, where.folder, where.uidvalidity)
            retry = [
                entry.key
                for entry in ledger.retryable_failures(
                    session, where.mailbox, where.folder, where.uidvalidity, MAX_ATTEMPTS
                )
            ]
        if cursor.rescan:
            report.rescanned = True
            log.warning(
                "%s %s: UIDVALIDITY changed from %s to %s; re-scanning (Message-ID deduplication"
                " keeps anything from being registered twice)",
                where.mailbox,
                where.folder,
                cursor.previous_uidvalidity,
                where.uidvalidity,
            )
        keys = source.list_keys(cursor.last_uid)
        report.listed = len(keys)
        with db.reading() as session:
            seen = ledger.seen_keys(session, where.mailbox, where.folder, where.uidvalidity, keys)
        todo = [key for key in keys if key not in seen]
        todo += [key for key in retry if key not in set(todo)]
        _process_all(source, pipeline, where, todo, report, stop)
        report.actions = finish_actions(source, db, where)
    return report


def _process_all(
    source: MailSource,
    pipeline: Pipeline,
    where: Where,
    keys: list[str],
    report: PollReport,
    stop: threading.Event | None,
) -> None:
    for fetched in source.fetch(keys):
        report.fetched += 1
        try:
            outcome = pipeline.process(fetched, where)
        except Exception:  # one bad message must never stop the others
            if not _record_failure(pipeline, fetched, where, traceback.format_exc(), report):
                report.interrupted = True
                return  # the cursor stays before this message: the next poll retries it
        else:
            report.outcomes[outcome.kind] += 1
            if outcome.status:
                report.statuses[outcome.status] += 1
                report.registered.append(outcome)
        if stop is not None and stop.is_set():
            report.interrupted = True
            log.info("stop requested; the rest waits for the next poll")
            return


def _record_failure(
    pipeline: Pipeline, fetched: FetchedMessage, where: Where, error: str, report: PollReport
) -> bool:
    """Store the traceback in the ledger; False when even that failed (database down)."""
    report.failed += 1
    try:
        attempts = pipeline.record_failure(fetched, where, error)
    except Exception:
        log.exception(
            "%s key %s: processing failed and the failure could not be recorded; "
            "stopping this poll so the message is fetched again next time",
            where.folder,
            fetched.key,
        )
        return False
    if attempts >= MAX_ATTEMPTS:
        report.gave_up += 1
        log.error(
            "%s key %s: processing failed %d times; left for a person (see the ledger):\n%s",
            where.folder,
            fetched.key,
            attempts,
            error,
        )
    else:
        log.error(
            "%s key %s: processing failed (attempt %d), retried next poll:\n%s",
            where.folder,
            fetched.key,
            attempts,
            error,
        )
    return True


def finish_actions(source: MailSource, db: Database, where: Where) -> int:
    """Apply pending flag/move actions to successfully processed competition mail."""
    with db.reading() as session:
        pending = [
            (entry.id, entry.key, entry.action or "keep")
            for entry in ledger.unfinished_actions(
                session, where.mailbox, where.folder, where.uidvalidity
            )
        ]
    done = 0
    for entry_id, key, action in pending:
        try:
            source.apply_action(key, action)
        except Exception as err:  # the message is stored; a missing flag must not stop polling
            log.warning("%s key %s: %s failed: %s", where.folder, key, action, err)
            with db.transaction() as session:
                ledger.mark_action_done(session, entry_id, failed=f"{type(err).__name__}: {err}")
            continue
        with db.transaction() as session:
            ledger.mark_action_done(session, entry_id)
        done += 1
    return done
