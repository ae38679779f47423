"""Builds the real components from the configuration and runs one cycle: poll, then send.

Each factory is a single function so a test or the demo can swap one component and keep the
rest real.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from intake.config import Config
from intake.pipeline import Pipeline
from intake.sources.base import MailSource
from intake.sources.imap import ImapSource
from intake.sources.maildir import MaildirSource
from intake.sync import PollReport, poll_mailbox
from notifications.sender import SendReport, send_due
from notifications.transport import DirectoryTransport, SmtpTransport, Transport
from store.db import Database

log = logging.getLogger("intake.service")
ROUND = 100


def open_database(config: Config) -> Database:
    return Database(config.database.url)


def mail_source(config: Config) -> MailSource:
    box = config.mailbox
    readonly = box.after_processing == "keep"
    if box.kind == "maildir":
        assert box.path is not None
        return MaildirSource(box.path, folder=box.folder, readonly=readonly)
    return ImapSource(
        host=box.host,
        port=box.port,
        security=box.security,
        username=box.username,
        password=box.password(),
        folder=box.folder,
        readonly=readonly,
    )


def transport(config: Config) -> Transport:
    smtp = config.smtp
    if smtp.directory is not None:
        return DirectoryTransport(smtp.directory)
    return SmtpTransport(
        host=smtp.host,
        port=smtp.port,
        security=smtp.security,
        username=smtp.username,
        password=smtp.password(),
    )


def send_outbox(
    config: Config, db: Database, via: Transport | None = None, *, budget: float = 120.0
) -> SendReport:
    """Send everything due, in rounds of `ROUND` items, for at most `budget` seconds."""
    started = time.monotonic()
    total = SendReport()
    via = via or transport(config)
    while True:
        report = send_due(
            db,
            via,
            max_per_sender_per_hour=config.smtp.max_replies_per_sender_per_hour,
            batch=ROUND,
            envelope_sender=config.smtp.sender_address,
        )
        total = SendReport(
            sent=total.sent + report.sent,
            retried=total.retried + report.retried,
            failed=total.failed + report.failed,
            held=total.held + report.held,
        )
        handled = report.sent + report.retried + report.failed + report.held
        if handled < ROUND or report.retried or time.monotonic() - started > budget:
            return total


@dataclass(frozen=True)
class CycleReport:
    poll: PollReport
    send: SendReport


def run_cycle(config: Config, db: Database, stop: threading.Event | None = None) -> CycleReport:
    """One complete cycle: sync and process the mailbox, then send what the outbox holds.

    The outbox is sent even when the mailbox cannot be reached, so answers already queued are
    not held back by an IMAP outage.
    """
    via = transport(config)  # built first: a missing SMTP secret is reported before polling
    pipeline = Pipeline(config, db)
    try:
        poll = poll_mailbox(mail_source(config), pipeline, db, stop=stop)
    finally:
        pipeline.close()
        send = send_outbox(config, db, via)
    log.info(
        "cycle: %d listed, %d fetched, %s; outbox: %d sent, %d retried, %d held, %d failed",
        poll.listed,
        poll.fetched,
        dict(poll.outcomes) or "nothing new",
        send.sent,
        send.retried,
        send.held,
        send.failed,
    )
    return CycleReport(poll=poll, send=send)
