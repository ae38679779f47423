"""Rich renderings of submissions and cycle reports for people at a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from intake.config import Config
from intake.export import acknowledgement_record
from intake.service import CycleReport
from parsers.form import FormReading
from store.models import AuditEvent, Submission

SHOWN = 50
STATUS_STYLE = {
    "registered": "green",
    "late": "red",
    "incomplete": "yellow",
    "needs_review": "magenta",
}


def _when(config: Config, submission: Submission) -> str:
    return submission.received_at.astimezone(config.competition.timezone).strftime(
        "%d.%m.%Y %H:%M:%S"
    )


def print_cycle(console: Console, report: CycleReport, config: Config) -> None:
    poll, send = report.poll, report.send
    table = Table(title=f"Poll of {poll.mailbox} / {poll.folder}", show_header=False)
    table.add_row("new messages listed", str(poll.listed))
    table.add_row("fetched and processed", str(poll.fetched))
    for kind in ("submission", "duplicate", "ignored", "not_registered"):
        table.add_row(f"  {kind.replace('_', ' ')}", str(poll.outcomes.get(kind, 0)))
    for status, count in sorted(poll.statuses.items()):
        table.add_row(f"    status {status}", str(count))
    table.add_row("failed (kept in ledger, retried)", str(poll.failed))
    table.add_row("after-processing actions applied", str(poll.actions))
    if poll.rescanned:
        table.add_row("UIDVALIDITY changed", "re-scanned")
    table.add_row("acknowledgements sent", str(send.sent))
    table.add_row("  held by rate limit", str(send.held))
    table.add_row("  retried later (SMTP)", str(send.retried))
    table.add_row("  failed permanently", str(send.failed))
    console.print(table)
    if poll.registered:
        shown = poll.registered[:SHOWN]
        more = len(poll.registered) - len(shown)
        registered = Table(
            title="Registered in this cycle"
            + (f" (first {SHOWN}; `intake list` shows all {len(poll.registered)})" if more else "")
        )
        for column in ("reference", "version", "status"):
            registered.add_column(column)
        for outcome in shown:
            style = STATUS_STYLE.get(outcome.status or "", "")
            registered.add_row(
                outcome.reference or "", str(outcome.version), f"[{style}]{outcome.status}[/]"
            )
        console.print(registered)


def print_list(console: Console, rows: Sequence[Submission], config: Config) -> None:
    tz = config.competition.timezone
    table = Table(title=f"{config.competition.code}: {len(rows)} submissions")
    table.add_column("reference", no_wrap=True)
    for column in ("v", "from", "received (Riga)", "status", "subject", "ack"):
        table.add_column(column)
    for row in rows:
        style = STATUS_STYLE.get(row.status, "")
        version = f"{row.version}" + (" (superseded)" if row.superseded else "")
        table.add_row(
            row.reference,
            version,
            row.from_address,
            _when(config, row),
            f"[{style}]{row.status}[/]",
            row.subject_match,
            acknowledgement_record(row, tz)["status"],
        )
    console.print(table)


def print_submission(
    console: Console, row: Submission, trail: Sequence[AuditEvent], config: Config
) -> None:
    tz = config.competition.timezone
    head = Table(title=f"{row.reference} version {row.version}", show_header=False)
    ack = acknowledgement_record(row, tz)
    for label, value in (
        ("from", f"{row.message.from_name} <{row.from_address}>"),
        ("subject", f"{row.subject}  [{row.subject_match}]"),
        ("received (Riga)", _when(config, row)),
        ("on time", "yes" if row.on_time else "no"),
        ("status", row.status + (" (superseded)" if row.superseded else "")),
        ("message-id", row.message.message_id or "-"),
        ("acknowledgement", f"{ack['status']} {ack['message_id'] or ''}"),
    ):
        head.add_row(label, value)
    console.print(head)
    if row.message.attachments:
        files = Table(title="attachments")
        for column in ("file", "type", "bytes", "sha256", "role"):
            files.add_column(column)
        for a in row.message.attachments:
            files.add_row(a.filename, a.content_type, str(a.size), a.sha256[:16] + "…", a.role)
        console.print(files)
    if row.problems:
        problems = Table(title="problems")
        for column in ("severity", "code", "message"):
            problems.add_column(column)
        for p in row.problems:
            problems.add_row(p.severity, p.code, p.message_lv)
        console.print(problems)
    if trail:
        audit = Table(title="audit trail")
        for column in ("at (Riga)", "event", "detail"):
            audit.add_column(column)
        for event in trail:
            audit.add_row(
                event.at.astimezone(tz).strftime("%d.%m.%Y %H:%M:%S"), event.event, event.detail
            )
        console.print(audit)


def print_reading(console: Console, reading: FormReading) -> None:
    """One form: every field with where it was found, the activities, the problems."""
    table = Table(title=f"{reading.file} ({reading.kind})")
    for column in ("field", "value", "where"):
        table.add_column(column)
    for key, found in reading.fields.items():
        value = "" if found.value is None else str(found.value)
        where = found.provenance.location if found.provenance else ""
        table.add_row(key, value, where)
    console.print(table)
    if reading.activities:
        activities = Table(title="activities")
        for column in ("kind", "description", "period", "EUR"):
            activities.add_column(column)
        for a in reading.activities:
            activities.add_row(
                a.kind or "?", a.description or "", a.period or "", str(a.cost_eur or "")
            )
        console.print(activities)
    for s in reading.signatures:
        console.print(f"signed ({s.method}) by {s.signer_name} at {s.signed_at}")
    for p in reading.problems:
        console.print(
            f"[{'red' if p.severity == 'error' else 'yellow'}]{p.severity}[/] {p.code}"
            f"{f' ({p.field})' if p.field else ''}: {p.message_lv}",
            highlight=False,
        )
