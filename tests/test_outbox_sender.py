"""Sending the outbox through a real SMTP server (aiosmtpd) from a real SQLite/PostgreSQL outbox."""

from __future__ import annotations

import logging
import ssl
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from sqlalchemy import select

from notifications.acknowledgement import compose_acknowledgement
from notifications.sender import SendReport, exponential_backoff, send_due
from notifications.transport import (
    DirectoryTransport,
    SmtpTransport,
    TemporaryDeliveryError,
    TransportUnavailableError,
)
from store.db import Database
from store.models import OutboxItem
from store.outbox import enqueue
from store.outbox_queries import claim_due
from tests.servers.smtp import SmtpTestServer, self_signed_certificate
from tests.test_acknowledgement import COMPOSED, SENDER, submission

SENDER_ADDRESS = "pieteikumi@lpr.gov.lv"


class Clock:
    """The sender's `now`, moved by hand; starts a minute ahead so queued items are due."""

    def __init__(self) -> None:
        self.moment = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def queue(
    db: Database, number: int, recipient: str = "dome@talsi.lv", suppressed: str | None = None
) -> str:
    """Queue the acknowledgement of LPR-REM-2019/<number>; returns its Message-ID."""
    data = submission(recipient=recipient, reference=f"LPR-REM-2019/{number:03d}")
    message = compose_acknowledgement(data, SENDER, date=COMPOSED)
    with db.transaction() as session:
        enqueue(
            session,
            kind="acknowledgement",
            recipient=recipient,
            message_id=str(message["Message-ID"]),
            subject=str(message["Subject"]),
            body=message.as_bytes(),
            suppressed_reason=suppressed,
        )
    return str(message["Message-ID"])


def rows(db: Database) -> dict[str, OutboxItem]:
    with db.reading() as session:
        return {item.message_id: item for item in session.scalars(select(OutboxItem))}


def smtp(server: SmtpTestServer, **options: Any) -> SmtpTransport:
    return SmtpTransport(server.host, server.port, "none", timeout=5, **options)


def test_due_items_are_sent_over_smtp_and_marked_sent(
    database: Database, smtp_server: SmtpTestServer
) -> None:
    clock = Clock()
    first = queue(database, 1, "dome@talsi.lv")
    second = queue(database, 2, "novads@kuldiga.lv")

    report = send_due(database, smtp(smtp_server), now=clock)

    assert report == SendReport(sent=2)
    assert smtp_server.message_ids() == [first, second]
    delivered = smtp_server.received[0]
    assert delivered.mail_from == SENDER_ADDRESS
    assert delivered.rcpt_tos == ("dome@talsi.lv",)
    stored = rows(database)
    assert delivered.raw.rstrip(b"\r\n") == stored[first].body.rstrip(b"\r\n")
    assert [stored[first].status, stored[second].status] == ["sent", "sent"]
    assert stored[first].sent_at == clock() and stored[first].attempts == 1
    assert send_due(database, smtp(smtp_server), now=clock) == SendReport()
    assert len(smtp_server.received) == 2


def test_one_connection_serves_the_whole_round(
    database: Database, smtp_server: SmtpTestServer
) -> None:
    for number in (1, 2, 3):
        queue(database, number, f"dome{number}@talsi.lv")

    assert send_due(database, smtp(smtp_server), now=Clock()) == SendReport(sent=3)

    assert len({item.peer for item in smtp_server.received}) == 1


def test_smtp_down_is_retried_with_backoff_then_sent_exactly_once(
    database: Database, smtp_server: SmtpTestServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="intake.outbox")
    clock, start = Clock(), Clock()()
    message_id = queue(database, 1)
    smtp_server.stop()

    for attempt, wait in enumerate((30, 60, 120), start=1):
        assert send_due(database, smtp(smtp_server), now=clock) == SendReport(retried=1)
        item = rows(database)[message_id]
        assert (item.status, item.attempts) == ("pending", attempt)
        assert item.next_attempt_at == clock() + timedelta(seconds=wait)
        assert item.last_error and "127.0.0.1" in item.last_error
        clock.advance(seconds=wait - 1)
        assert send_due(database, smtp(smtp_server), now=clock) == SendReport()  # not yet due
        clock.advance(seconds=1)
    assert clock() == start + timedelta(seconds=210)

    smtp_server.start()
    assert send_due(database, smtp(smtp_server), now=clock) == SendReport(sent=1)
    clock.advance(hours=2)
    assert send_due(database, smtp(smtp_server), now=clock) == SendReport()
    assert smtp_server.message_ids() == [message_id]
    assert rows(database)[message_id].status == "sent"
    outbox_lines = [r.getMessage() for r in caplog.records if r.name == "intake.outbox"]
    assert len(outbox_lines) == 7  # 3 × (failed + round stopped), 1 × sent
    assert all(line.startswith(message_id) for line in outbox_lines)


def test_an_unreachable_server_stops_the_round_and_nothing_is_lost(
    database: Database, smtp_server: SmtpTestServer
) -> None:
    clock = Clock()
    queued = [queue(database, number, f"dome{number}@talsi.lv") for number in (1, 2, 3)]
    smtp_server.stop()

    assert send_due(database, smtp(smtp_server), now=clock) == SendReport(retried=1)
    assert [rows(database)[mid].attempts for mid in queued] == [1, 0, 0]

    smtp_server.start()
    clock.advance(seconds=30)
    assert send_due(database, smtp(smtp_server), now=clock) == SendReport(sent=3)
    assert sorted(smtp_server.message_ids()) == sorted(queued)


def test_rate_limit_holds_the_sixth_answer_within_an_hour_and_sends_it_later(
    database: Database, smtp_server: SmtpTestServer
) -> None:
    clock = Clock()
    to_one = [queue(database, number, "dome@talsi.lv") for number in range(1, 8)]
    other = queue(database, 8, "novads@kuldiga.lv")

    assert send_due(database, smtp(smtp_server), now=clock) == SendReport(sent=6, held=2)
    stored = rows(database)
    assert [stored[mid].status for mid in to_one] == ["sent"] * 5 + ["held"] * 2
    assert stored[other].status == "sent"
    held = stored[to_one[5]]
    assert held.next_attempt_at == clock() + timedelta(hours=1, seconds=1)
    assert "dome@talsi.lv" in held.reason

    clock.advance(minutes=30)
    assert send_due(database, smtp(smtp_server), now=clock) == SendReport()
    clock.advance(minutes=30, seconds=1)
    assert send_due(database, smtp(smtp_server), now=clock) == SendReport(sent=2)
    assert sorted(smtp_server.message_ids()) == sorted([*to_one, other])


def test_a_rejected_recipient_fails_permanently_and_others_still_go(
    database: Database, smtp_server: SmtpTestServer
) -> None:
    clock = Clock()
    smtp_server.reply_to("nav@talsi.lv", "550 5.1.1 <nav@talsi.lv>: Recipient address rejected")
    rejected = queue(database, 1, "nav@talsi.lv")
    accepted = queue(database, 2, "dome@talsi.lv")

    assert send_due(database, smtp(smtp_server), now=clock) == SendReport(sent=1, failed=1)
    item = rows(database)[rejected]
    assert item.status == "failed"
    assert item.last_error and item.last_error.startswith("550 5.1.1")
    clock.advance(hours=5)
    assert send_due(database, smtp(smtp_server), now=clock) == SendReport()
    assert smtp_server.message_ids() == [accepted]


@pytest.mark.parametrize("smtputf8", [True, False], ids=["smtputf8", "ascii-only-server"])
def test_a_utf8_address_goes_where_the_server_supports_it_and_fails_elsewhere(
    database: Database, smtputf8: bool
) -> None:
    utf8 = queue(database, 1, "jānis@talsi.lv")
    with SmtpTestServer(enable_SMTPUTF8=smtputf8) as server:
        report = send_due(database, smtp(server), now=Clock())
        delivered = server.received

    item = rows(database)[utf8]
    if smtputf8:
        assert report == SendReport(sent=1)
        assert delivered[0].rcpt_tos == ("jānis@talsi.lv",)
    else:
        assert report == SendReport(failed=1)
        assert (item.status, delivered) == ("failed", [])
        assert item.last_error and "SMTPUTF8" in item.last_error


def test_a_temporary_refusal_is_retried_without_stopping_the_round(
    database: Database, smtp_server: SmtpTestServer
) -> None:
    clock = Clock()
    smtp_server.reply_to("pilna@talsi.lv", "452 4.2.2 Mailbox full")
    deferred = queue(database, 1, "pilna@talsi.lv")
    accepted = queue(database, 2, "dome@talsi.lv")

    assert send_due(database, smtp(smtp_server), now=clock) == SendReport(sent=1, retried=1)
    item = rows(database)[deferred]
    assert (item.status, item.next_attempt_at) == ("pending", clock() + timedelta(seconds=30))
    assert smtp_server.message_ids() == [accepted]


def test_suppressed_items_are_never_sent(database: Database, smtp_server: SmtpTestServer) -> None:
    clock = Clock()
    suppressed = queue(database, 1, "mailer-daemon@talsi.lv", suppressed="automatic message")
    sent = queue(database, 2, "dome@talsi.lv")

    assert send_due(database, smtp(smtp_server), now=clock) == SendReport(sent=1)
    clock.advance(days=2)
    assert send_due(database, smtp(smtp_server), now=clock) == SendReport()
    assert smtp_server.message_ids() == [sent]
    assert (rows(database)[suppressed].status, rows(database)[suppressed].attempts) == (
        "suppressed",
        0,
    )


def test_an_item_another_sender_is_sending_is_left_alone(
    database: Database, smtp_server: SmtpTestServer
) -> None:
    if database.engine.dialect.name != "postgresql":
        pytest.skip("row locks are a PostgreSQL matter; SQLite lets one writer in at a time")
    clock = Clock()
    message_id = queue(database, 1)
    with database.transaction() as session:
        item_id = rows(database)[message_id].id
        assert claim_due(session, item_id, clock()) is not None  # "the other sender"
        assert send_due(database, smtp(smtp_server), now=clock) == SendReport()
    assert smtp_server.received == []
    assert send_due(database, smtp(smtp_server), now=clock) == SendReport(sent=1)


def test_directory_transport_writes_one_eml_per_message(database: Database, tmp_path: Path) -> None:
    queued = [queue(database, number, f"dome{number}@talsi.lv") for number in (1, 2)]
    outbox = tmp_path / "outgoing"

    assert send_due(database, DirectoryTransport(outbox), now=Clock()) == SendReport(sent=2)

    files = sorted(path.name for path in outbox.iterdir())
    assert files == [
        "ack.LPR-REM-2019.001.v1@lpr.gov.lv.eml",
        "ack.LPR-REM-2019.002.v1@lpr.gov.lv.eml",
    ]
    stored = rows(database)
    for path, message_id in zip(sorted(outbox.iterdir()), queued, strict=True):
        assert path.read_bytes() == stored[message_id].body


def test_directory_transport_overwrites_a_resent_message(tmp_path: Path) -> None:
    transport = DirectoryTransport(tmp_path)
    first = compose_acknowledgement(submission(), SENDER, date=COMPOSED).as_bytes()
    retried = compose_acknowledgement(submission(), SENDER).as_bytes()  # same ID, new Date
    assert first != retried

    transport.send(first, SENDER_ADDRESS, ["dome@talsi.lv"])
    transport.send(retried, SENDER_ADDRESS, ["dome@talsi.lv"])

    assert [path.name for path in tmp_path.iterdir()] == ["ack.LPR-REM-2019.001.v1@lpr.gov.lv.eml"]
    assert (tmp_path / "ack.LPR-REM-2019.001.v1@lpr.gov.lv.eml").read_bytes() == retried


def test_directory_transport_reports_an_unwritable_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    message = compose_acknowledgement(submission(), SENDER, date=COMPOSED).as_bytes()
    with pytest.raises(TransportUnavailableError):
        DirectoryTransport(blocker / "out").send(message, SENDER_ADDRESS, ["dome@talsi.lv"])


def test_connection_refused_is_a_temporary_error(smtp_server: SmtpTestServer) -> None:
    smtp_server.stop()
    with pytest.raises(TemporaryDeliveryError) as caught:
        smtp(smtp_server).send(b"Subject: x\r\n\r\nx\r\n", SENDER_ADDRESS, ["dome@talsi.lv"])
    assert isinstance(caught.value.__cause__, ConnectionRefusedError)


@pytest.mark.parametrize(
    ("attempts", "seconds"),
    [(0, 30), (1, 60), (2, 120), (6, 1920), (7, 3600), (500, 3600)],
    ids=["first", "second", "third", "seventh", "capped", "huge"],
)
def test_exponential_backoff(attempts: int, seconds: int) -> None:
    assert exponential_backoff(attempts) == timedelta(seconds=seconds)


def _authenticator(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"Pa$$-vards"
    return AuthResult(success=ok and auth_data.login == b"lpr", handled=False)


@pytest.fixture(params=["starttls", "tls"], ids=["starttls", "tls"])
def secure_server(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    pytest.importorskip("cryptography")
    cert, key = self_signed_certificate(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    options: dict[str, Any] = {"authenticator": _authenticator, "auth_required": True}
    if request.param == "starttls":
        options.update(tls_context=server_context, require_starttls=True)
    else:
        # aiosmtpd only counts STARTTLS as encryption; this connection is TLS from the start.
        options.update(ssl_context=server_context, auth_require_tls=False)
    with SmtpTestServer(**options) as server:
        yield server, request.param, ssl.create_default_context(cafile=str(cert))


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_tls_and_login_deliver_and_a_wrong_password_is_never_logged(
    database: Database, secure_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server, security, client_context = secure_server
    caplog.set_level(logging.DEBUG)
    queue(database, 1)
    wrong = SmtpTransport(
        server.host, server.port, security, "lpr", "wrong-Pa$$", 5, ssl_context=client_context
    )
    assert send_due(database, wrong, now=Clock()) == SendReport(retried=1)
    assert "wrong-Pa$$" not in caplog.text + repr(wrong)
    assert "535" in caplog.text

    right = SmtpTransport(
        server.host, server.port, security, "lpr", "Pa$$-vards", 5, ssl_context=client_context
    )
    clock = Clock()
    clock.advance(seconds=30)
    assert send_due(database, right, now=clock) == SendReport(sent=1)
    message = BytesParser(policy=default_policy).parsebytes(server.received[0].raw)
    assert message["Message-ID"] == "<ack.LPR-REM-2019.001.v1@lpr.gov.lv>"
