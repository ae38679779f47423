"""ImapSource against a real private Dovecot: what it asks the server, and what it leaves behind."""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from typing import Any

import pytest

from intake.config import Security
from intake.sources.base import MailboxError, UidValidityChanged
from intake.sources.imap import ImapSource
from tests.servers.fixtures import ImapAccount

FAST: dict[str, Any] = {"retries": 10, "backoff": (0.05, 0.5)}
START = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)


class RecordingSource(ImapSource):
    """The real source, with every command it sends to the real server written down."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent: list[str] = []
        self.connects = 0

    def _connect(self) -> Any:
        self.connects += 1
        client = super()._connect()
        send = client._imap.send

        def record(data: bytes) -> None:
            self.sent.append(data.decode("utf-8", "replace"))
            send(data)

        client._imap.send = record
        return client

    def commands(self, verb: str) -> list[str]:
        """Sent command lines (tag stripped) that start with `verb`."""
        lines = (line.split(" ", 1)[-1].strip() for line in self.sent)
        return [line for line in lines if line.startswith(verb)]


class NoMoveSource(RecordingSource):
    """A server without MOVE, as far as the source can tell (the COPY path)."""

    def _server_can_move(self, client: Any) -> bool:
        return False


def recording(account: ImapAccount, cls: type[RecordingSource] = RecordingSource, **kw: Any) -> Any:
    options = {"readonly": True, **FAST, **kw}
    readonly = options.pop("readonly")
    return cls(
        account.host,
        account.port,
        "none",
        account.username,
        account.password,
        options.pop("folder", "INBOX"),
        readonly,
        **options,
    )


def message(number: int, size: int = 0) -> bytes:
    """A message as the standard library composes it, with Latvian text and CRLF line ends."""
    msg = EmailMessage()
    msg["From"] = f"Dome {number} <dome{number}@example.lv>"
    msg["To"] = "pasts@lpr.example.lv"
    msg["Subject"] = f"Pieteikums konkursam nr. {number} – pašvaldība"
    msg["Message-ID"] = f"<m{number}@example.lv>"
    padding = "".join("x" * 59 + "\n" for _ in range(size // 60))
    msg.set_content(f"Labdien! Pielikumā pieteikums {number}.\n{padding}")
    return msg.as_bytes(policy=SMTP)


def fill(account: ImapAccount, count: int, folder: str = "INBOX", size: int = 0) -> list[int]:
    dated = ((message(n, size), START + timedelta(minutes=n)) for n in range(count))
    return account.append_many(dated, folder=folder)


def fetch_sizes(source: RecordingSource) -> list[int]:
    """How many messages each body FETCH asked for."""
    fetches = [c for c in source.commands("UID FETCH") if "BODY.PEEK[]" in c]
    return [len(c.split(" ")[2].split(",")) for c in fetches]


def test_list_keys_asks_only_above_the_cursor(dovecot: ImapAccount) -> None:
    fill(dovecot, 5)
    with recording(dovecot) as source:
        assert source.list_keys(None) == ["1", "2", "3", "4", "5"]
        assert source.list_keys(3) == ["4", "5"]
        assert source.list_keys(5) == []  # the server answers `6:*` with UID 5
        assert source.list_keys(40) == []
    assert source.commands("UID SEARCH") == [
        "UID SEARCH ALL",
        "UID SEARCH UID 4:*",
        "UID SEARCH UID 6:*",
        "UID SEARCH UID 41:*",
    ]
    assert source.commands("UID FETCH") == []


@pytest.mark.parametrize(
    ("batch_size", "bytes_as_messages", "expected"),
    [(50, None, [50, 50, 20]), (50, 3.5, [3] * 40), (50, 0.5, [1] * 120)],
    ids=["by-count", "by-bytes", "each-bigger-than-the-limit"],
)
def test_fetch_comes_in_bounded_batches(
    dovecot: ImapAccount, batch_size: int, bytes_as_messages: float | None, expected: list[int]
) -> None:
    """Batches hold at most `batch_size` messages and `batch_bytes` (a bigger one goes alone)."""
    size = len(message(100, 1500))  # numbers below 100 are a byte or two shorter
    batch_bytes = int(size * bytes_as_messages) if bytes_as_messages else 20_000_000
    uids = fill(dovecot, 120, size=1500)
    dovecot.append(message(999), START, flags=["\\Seen", "$Label1"])
    stored = dovecot.messages()
    with recording(dovecot, batch_size=batch_size, batch_bytes=batch_bytes) as source:
        fetched = list(source.fetch([str(uid) for uid in uids]))
    assert [m.key for m in fetched] == [str(uid) for uid in uids]
    for got in fetched:
        assert got.uid is not None
        assert got.raw == stored[got.uid].raw
        assert got.received_at == START + timedelta(minutes=got.uid - 1)
        assert got.received_at.tzinfo is not None
        assert tuple(sorted(got.flags)) == stored[got.uid].flags
    assert fetch_sizes(source) == expected
    assert not [c for c in source.sent if "BODY[" in c and "BODY.PEEK[" not in c]


def test_fetch_reports_flags_and_internaldate(dovecot: ImapAccount) -> None:
    riga = datetime(2019, 8, 27, 23, 59, 59, tzinfo=UTC) + timedelta(hours=-3)
    uid = dovecot.append(message(1), riga, flags=["\\Seen", "\\Answered", "$Forwarded"])
    with dovecot.source() as source:
        (got,) = source.fetch([str(uid)])
    assert got.received_at == riga
    assert {"\\Seen", "\\Answered", "$Forwarded"} <= set(got.flags)


@pytest.mark.parametrize("readonly", [True, False], ids=["examine", "select"])
def test_fetch_and_keep_leave_every_flag_and_byte_alone(
    dovecot: ImapAccount, readonly: bool
) -> None:
    fill(dovecot, 3)
    dovecot.append(message(10), START, flags=["\\Seen"])
    dovecot.append(message(11), START, flags=["\\Flagged", "\\Answered", "$Label1"])
    before = dovecot.messages()
    with recording(dovecot, readonly=readonly) as source:
        keys = source.list_keys(None)
        fetched = list(source.fetch(keys))
        for key in keys:
            source.apply_action(key, "keep")
    assert len(fetched) == 5
    assert dovecot.messages() == before
    assert (bool(source.commands("EXAMINE")), bool(source.commands("SELECT"))) == (
        readonly,
        not readonly,
    )
    assert not source.commands("UID STORE")


def test_readonly_source_refuses_to_change_mail(dovecot: ImapAccount) -> None:
    (uid,) = fill(dovecot, 1)
    with dovecot.source(readonly=True) as source:
        for action in ("flag", "move:Apstrādāts"):
            with pytest.raises(MailboxError, match="read-only"):
                source.apply_action(str(uid), action)
    assert dovecot.folders() == ["INBOX"]


def test_flag_sets_flagged_and_nothing_else(dovecot: ImapAccount) -> None:
    uids = fill(dovecot, 3)
    before = dovecot.messages()
    with dovecot.source(readonly=False) as source:
        source.apply_action(str(uids[1]), "flag")
    after = dovecot.messages()
    assert set(after[uids[1]].flags) == set(before[uids[1]].flags) | {"\\Flagged"}
    assert "\\Seen" not in after[uids[1]].flags
    assert after[uids[1]].raw == before[uids[1]].raw
    assert {uid: after[uid] for uid in (uids[0], uids[2])} == {
        uid: before[uid] for uid in (uids[0], uids[2])
    }


@pytest.mark.parametrize("cls", [RecordingSource, NoMoveSource], ids=["MOVE", "COPY+EXPUNGE"])
def test_move_creates_the_folder_and_moves_one_message(
    dovecot: ImapAccount, cls: type[RecordingSource]
) -> None:
    uids = fill(dovecot, 3)
    other = dovecot.append(message(50), START, flags=["\\Deleted"])  # someone else's business
    raw = dovecot.messages()[uids[1]].raw
    with recording(dovecot, cls, readonly=False) as source:
        source.apply_action(str(uids[1]), "move:Apstrādāts")
    assert sorted(dovecot.folders()) == ["Apstrādāts", "INBOX"]
    assert sorted(dovecot.messages()) == [uids[0], uids[2], other]
    assert [m.raw for m in dovecot.messages("Apstrādāts").values()] == [raw]
    assert (dovecot.maildir("Apstrādāts") / "cur").is_dir()  # MaildirSource names it alike
    moved = bool(source.commands("UID MOVE"))
    assert moved == (cls is RecordingSource)
    if not moved:
        assert source.commands("UID EXPUNGE") == [f"UID EXPUNGE {uids[1]}"]


def test_message_gone_between_search_and_fetch_is_skipped(
    dovecot: ImapAccount, caplog: pytest.LogCaptureFixture
) -> None:
    uids = fill(dovecot, 3)
    with dovecot.source() as source:
        keys = source.list_keys(None)
        with dovecot.client("INBOX", readonly=False) as other:
            other.delete_messages([uids[1]])
            other.expunge()
        fetched = list(source.fetch(keys))
    assert [m.uid for m in fetched] == [uids[0], uids[2]]
    assert f"UID {uids[1]} vanished" in caplog.text


def test_uidvalidity_change_is_reported_and_adopted(dovecot: ImapAccount) -> None:
    fill(dovecot, 2)
    with dovecot.source(**FAST) as source:
        old = source.uidvalidity()
        new = dovecot.force_uidvalidity_change()
        with pytest.raises(UidValidityChanged) as raised:
            source.list_keys(1)
        assert (raised.value.old, raised.value.new) == (old, new)
        assert source.uidvalidity() == new
        assert source.list_keys(None) == ["1", "2"]
    with dovecot.source() as again:
        assert again.uidvalidity() == new


def test_fetch_carries_on_across_a_server_restart(
    dovecot: ImapAccount, caplog: pytest.LogCaptureFixture
) -> None:
    uids = fill(dovecot, 120)
    stored = dovecot.messages()
    server = dovecot.server
    restart = threading.Timer(1.0, server.start)
    fetched = []
    with recording(dovecot) as source:
        for got in source.fetch([str(uid) for uid in uids]):
            fetched.append(got)
            if len(fetched) == 50:  # the whole first batch is out: take the server away
                server.stop()
                restart.start()
    restart.join()
    assert [m.uid for m in fetched] == uids
    assert all(m.raw == stored[m.uid].raw for m in fetched if m.uid is not None)
    assert source.connects >= 2
    assert fetch_sizes(source)[:1] == [50] and sum(fetch_sizes(source)) >= 120
    assert "reconnecting" in caplog.text


def test_gives_up_after_the_retries(dovecot: ImapAccount) -> None:
    fill(dovecot, 1)
    source = recording(dovecot, retries=2, backoff=(0.01, 0.02))
    try:
        with source:
            dovecot.server.stop()
            started = time.monotonic()
            with pytest.raises(MailboxError, match="after 3 attempts") as raised:
                source.list_keys(None)
    finally:
        dovecot.server.start()
    assert time.monotonic() - started < 5
    assert isinstance(raised.value.__cause__, ConnectionRefusedError)
    assert source.connects == 1 + 2  # the session, then one per retry


def test_wrong_password_is_not_retried(dovecot: ImapAccount) -> None:
    source = RecordingSource(
        dovecot.host, dovecot.port, "none", dovecot.username, "wrong", "INBOX", True, **FAST
    )
    with pytest.raises(MailboxError, match="login refused"), source:
        pass
    assert source.connects == 1


def test_missing_folder_is_a_mailbox_error(dovecot: ImapAccount) -> None:
    with pytest.raises(MailboxError, match="Nav tādas"), dovecot.source(folder="Nav tādas"):
        pass


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_and_starttls(dovecot: ImapAccount, security: Security) -> None:
    fill(dovecot, 2)
    with dovecot.source(security=security) as source:
        assert source.list_keys(None) == ["1", "2"]
        assert source._client._imap.sock.version().startswith("TLSv1.")


def test_untrusted_certificate_fails_at_once(dovecot: ImapAccount) -> None:
    source = ImapSource(
        dovecot.host,
        dovecot.server.tls_port,
        "tls",
        dovecot.username,
        dovecot.password,
        "INBOX",
        True,
        **FAST,
    )
    with pytest.raises(MailboxError, match="certificate rejected"), source:
        pass


@pytest.mark.parametrize("host", ["imap.example.lv", "10.0.0.1", "192.168.1.5", "::ffff:8.8.8.8"])
def test_plaintext_is_refused_beyond_loopback(host: str) -> None:
    with pytest.raises(MailboxError, match="loopback"):
        ImapSource(host, 143, "none", "pasts", "secret", "INBOX", True)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.5.5.5", "localhost", "::1"])
def test_plaintext_is_allowed_on_loopback(host: str) -> None:
    source = ImapSource(host, 143, "none", "pasts@lpr.lv", "secret", "INBOX", True)
    assert "secret" not in source.name + repr(source)
    assert source.name.startswith("imap://pasts%40lpr.lv@")


def test_imaplib_debug_is_off_unless_imapclient_logs_debug(
    dovecot: ImapAccount, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="imapclient")
    with dovecot.source() as source:
        assert source._client._imap.debug == 0
    caplog.set_level(logging.DEBUG, logger="imapclient")
    caplog.set_level(logging.DEBUG, logger="intake.sync")
    with dovecot.source() as source:
        assert source._client._imap.debug == 5
        source.list_keys(None)
    assert "LOGIN **REDACTED**" in caplog.text  # imaplib's own lines were logged, redacted
    assert dovecot.password not in caplog.text
