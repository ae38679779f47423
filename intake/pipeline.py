"""From one fetched message to a ledger row and, for competition mail, a stored submission.

This is the one place that ties the stages together, top to bottom: parse the MIME, run the
checks, then in a single transaction store the message and its evidence, the submission, its
problems, the acknowledgement in the outbox and the ledger row. Either all of it is stored or
none of it, so a crash in between loses nothing: the message is simply processed again.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from intake.answers import queue_acknowledgement
from intake.checks.base import Assessment, CompetitionRules
from intake.checks.chain import assess
from intake.config import Config
from intake.evidence import (
    Outcome,
    Where,
    advance_cursor,
    dedup_key,
    ledger_entry,
    record_outcome,
    store_message,
)
from intake.forms import FormFindings, form_rules, read_forms
from intake.mime import ParsedMessage, parse_message
from intake.sources.base import FetchedMessage
from intake.versions import decide_version
from parsers.bounded import BoundedReader
from store import ledger, submissions
from store.db import Database
from store.models import StoredMessage

__all__ = ["Outcome", "Pipeline", "Where", "competition_rules", "receipt_time"]

log = logging.getLogger("intake.pipeline")

SUBMISSION = "submission"
DUPLICATE = "duplicate"
IGNORED = "ignored"
NOT_REGISTERED = "not_registered"


def competition_rules(config: Config) -> CompetitionRules:
    own = {config.smtp.sender_address}
    if "@" in config.mailbox.username:
        own.add(config.mailbox.username.lower())
    competition = config.competition
    return CompetitionRules(
        code=competition.code,
        title=competition.title,
        subject=competition.subject,
        deadline=competition.deadline,
        timezone=competition.timezone,
        own_addresses=frozenset(own),
    )


def receipt_time(fetched: FetchedMessage, parsed: ParsedMessage) -> tuple[datetime, str]:
    """The server's receipt time and where it came from; the Date header never decides."""
    if fetched.received_at is not None:
        return fetched.received_at, "server"
    if parsed.received_latest is not None:
        return parsed.received_latest, "received-header"
    return datetime.now(UTC).replace(microsecond=0), "processing-time"


class Pipeline:
    """Processes fetched messages for one configured competition."""

    def __init__(self, config: Config, db: Database) -> None:
        self.config = config
        self.db = db
        self.rules = competition_rules(config)
        self.form_rules = form_rules(config.competition)
        action = config.mailbox.after_processing
        self.action = None if action == "keep" else action
        self._reader: BoundedReader | None = None

    @property
    def reader(self) -> BoundedReader:
        """The form reader's child process, started on first use and kept between messages."""
        if self._reader is None:
            self._reader = BoundedReader()
        return self._reader

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def process(self, fetched: FetchedMessage, where: Where) -> Outcome:
        parsed = parse_message(fetched.raw)
        received_at, basis = receipt_time(fetched, parsed)
        assessment = assess(parsed, received_at, self.rules)
        if basis != "server":
            assessment.reasons.append(f"receipt time taken from {basis}")
        findings = FormFindings()
        if assessment.competition and assessment.register and parsed.attachments:
            # Read before the transaction: reading is the slow part and needs no lock.
            findings = read_forms(parsed.attachments, assessment, self.reader, self.form_rules)
        with self.db.transaction() as session:
            # What _decide reads never depends on the rows it adds (a new message has no
            # submission yet), so nothing is written before the cursor moves: then one flush
            # writes them all (PostgreSQL batches the inserts of each table).
            with session.no_autoflush:
                outcome = self._decide(session, fetched, where, parsed, assessment, findings)
            advance_cursor(session, where, fetched)
        log.info(
            "%s %s: %s%s",
            parsed.message_id or fetched.key,
            outcome.kind,
            outcome.reason,
            f" ({outcome.reference} v{outcome.version}, {outcome.status})"
            if outcome.reference
            else "",
        )
        return outcome

    def record_failure(self, fetched: FetchedMessage, where: Where, error: str) -> int:
        """Keep a failed message's traceback in the ledger; it is retried on later polls."""
        with self.db.transaction() as session:
            entry = ledger.record_entry(
                session,
                ledger_entry(
                    fetched,
                    where,
                    message_id=None,
                    outcome=ledger.FAILED,
                    reason="processing failed",
                    error=error,
                    action=None,
                    action_done=False,
                    attempts=1,  # returned below, before the row is written
                ),
                detail=error.strip().splitlines()[-1] if error.strip() else "error",
            )
            advance_cursor(session, where, fetched)
            return entry.attempts

    def _decide(
        self,
        session: Session,
        fetched: FetchedMessage,
        where: Where,
        parsed: ParsedMessage,
        assessment: Assessment,
        findings: FormFindings,
    ) -> Outcome:
        reason = "; ".join(assessment.reasons)
        if not assessment.competition:
            outcome = Outcome(IGNORED, reason or "not competition mail")
            record_outcome(session, fetched, where, parsed, outcome)
            return outcome
        if not assessment.register:
            outcome = Outcome(NOT_REGISTERED, reason)
            record_outcome(session, fetched, where, parsed, outcome)
            return outcome
        key = dedup_key(parsed, fetched.raw)
        existing = submissions.message_by_dedup_key(session, key)
        if existing is not None:
            return self._duplicate(session, fetched, where, parsed, existing)
        return self._register(session, fetched, where, parsed, assessment, key, findings)

    def _duplicate(
        self,
        session: Session,
        fetched: FetchedMessage,
        where: Where,
        parsed: ParsedMessage,
        existing: StoredMessage,
    ) -> Outcome:
        earlier = submissions.submission_for_message(session, existing.id)
        reference = earlier.reference if earlier else None
        outcome = Outcome(
            DUPLICATE,
            f"already stored as message {existing.id}"
            + (f" ({reference} v{earlier.version})" if earlier else ""),
            reference=reference,
            version=earlier.version if earlier else None,
            status=earlier.status if earlier else None,
            action=self.action,
        )
        record_outcome(session, fetched, where, parsed, outcome, existing)
        return outcome

    def _register(
        self,
        session: Session,
        fetched: FetchedMessage,
        where: Where,
        parsed: ParsedMessage,
        assessment: Assessment,
        key: str,
        findings: FormFindings,
    ) -> Outcome:
        stored = store_message(session, fetched, where, parsed, assessment, key)
        decision = decide_version(session, self.rules.code, parsed, assessment)
        if decision.kept is not None:
            assessment.reasons.append(
                f"does not replace {decision.kept.reference} v{decision.kept.version}"
            )
        submission = submissions.add_submission(
            session,
            message=stored,
            competition=self.rules.code,
            replaces=decision.replaces,
            subject_match=str(assessment.subject_match),
            on_time=assessment.on_time,
            status=assessment.status,
            problems=[
                submissions.ProblemRecord(p.code, p.severity, p.message_lv, p.message_en, p.field)
                for p in assessment.problems
            ],
        )
        submission.form = findings.form
        queue_acknowledgement(
            session,
            submission=submission,
            parsed=parsed,
            assessment=assessment,
            decision=decision,
            rules=self.rules,
            sender=self.config.smtp.sender,
            sender_address=self.config.smtp.sender_address,
        )
        outcome = Outcome(
            SUBMISSION,
            "; ".join(assessment.reasons) or "registered",
            reference=submission.reference,
            version=submission.version,
            status=submission.status,
            action=self.action,
        )
        record_outcome(session, fetched, where, parsed, outcome, stored)
        return outcome
