"""`intake run`: the APScheduler loop that polls the mailbox and drains the outbox.

Both jobs run at most one instance at a time and coalesce missed runs. SIGTERM and SIGINT set a
stop flag that the poll checks between messages, then the scheduler shuts down after the
running job has finished its current message, so a stop never leaves a half-stored message.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime
from types import FrameType

from apscheduler.schedulers.blocking import BlockingScheduler

from intake.config import Config
from intake.pipeline import Pipeline
from intake.service import mail_source, send_outbox
from intake.sync import poll_mailbox
from store.db import Database

log = logging.getLogger("intake.scheduler")


def _guarded(name: str, job: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        try:
            job()
        except Exception:  # the loop must survive a bad cycle; the next one tries again
            log.exception("%s failed; retrying at the next interval", name)

    return run


def run_forever(config: Config, db: Database) -> None:
    stop = threading.Event()
    scheduler = BlockingScheduler(timezone=config.competition.timezone)
    pipeline = Pipeline(config, db)

    sending = threading.Lock()

    def poll() -> None:
        report = poll_mailbox(mail_source(config), pipeline, db, stop=stop)
        if report.fetched or report.actions:
            log.info("poll: %d fetched, %s", report.fetched, dict(report.outcomes))
        if report.outcomes.get("submission"):
            send()  # answer within the poll interval, not a send interval later

    def send() -> None:
        with sending:
            report = send_outbox(config, db)
            if not (report.sent or report.retried or report.failed):
                return
            log.info(
                "outbox: %d sent, %d retried, %d held, %d failed",
                report.sent,
                report.retried,
                report.held,
                report.failed,
            )

    common = {
        "max_instances": 1,
        "coalesce": True,
        "next_run_time": datetime.now(config.competition.timezone),
    }
    scheduler.add_job(
        _guarded("poll", poll),
        "interval",
        seconds=config.mailbox.poll_every.total_seconds(),
        id="poll",
        **common,
    )
    scheduler.add_job(
        _guarded("outbox", send),
        "interval",
        seconds=config.smtp.send_every.total_seconds(),
        id="outbox",
        **common,
    )

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %s received; finishing the current message and stopping", signum)
        stop.set()
        threading.Thread(target=scheduler.shutdown, kwargs={"wait": True}, daemon=True).start()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    log.info(
        "running: polling %s every %s, sending every %s",
        config.mailbox.folder,
        config.mailbox.poll_every,
        config.smtp.send_every,
    )
    try:
        scheduler.start()
    finally:
        pipeline.close()
    log.info("stopped")
