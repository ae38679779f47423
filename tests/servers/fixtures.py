"""Pytest fixtures for mailbox sources: a private Dovecot, its accounts, throw-away Maildirs.

One Dovecot serves the whole session (each pytest-xdist worker has its own); every test gets a
fresh user on it, so mailboxes never leak between tests, and a new user costs one small file
instead of a server start. A test may stop or restart the shared server (`account.server`):
the next test's fixture starts it again if needed.

Without the dovecot binary the IMAP tests are skipped with the command that installs it, except
under CI (`CI` set), where a skip would hide a missing install step, so they fail instead.
Load with `pytest_plugins = ["tests.servers.fixtures"]` in tests/conftest.py.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import pytest
from imapclient import IMAPClient

from intake.config import Security
from intake.sources.imap import ImapSource
from tests.servers.dovecot import Dovecot, DovecotMissing, dovecot_binary

MISSING = (
    "dovecot is not installed: run `make test` (scripts/ensure-dovecot.sh installs "
    "dovecot-imapd) or `apt-get install -y dovecot-imapd`"
)
DOVECOT_FIXTURES = {"dovecot", "dovecot_server"}
_deliveries = itertools.count(1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Dovecot fixture, so `-m "not dovecot"` leaves them out."""
    for item in items:
        if DOVECOT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.dovecot)


def _missing(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Dovecot]:
    """The session's private Dovecot on 127.0.0.1 (plain `port`, implicit-TLS `tls_port`)."""
    if dovecot_binary() is None:
        _missing(MISSING)
    try:
        server = Dovecot()
    except DovecotMissing as err:
        _missing(f"{MISSING} ({err})")
    with server:
        yield server


@pytest.fixture
def dovecot(dovecot_server: Dovecot) -> ImapAccount:
    """A fresh user with an empty mailbox on the running session Dovecot."""
    if not dovecot_server.running:
        dovecot_server.start()
    return ImapAccount.create(dovecot_server)


@dataclass(frozen=True)
class StoredMessage:
    """A message as the server holds it, for before/after comparisons."""

    uid: int
    flags: tuple[str, ...]
    internaldate: datetime
    raw: bytes


@dataclass(frozen=True)
class ImapAccount:
    """One user on a test Dovecot, with what tests need to arrange and inspect that user's mail."""

    server: Dovecot
    username: str
    password: str

    @classmethod
    def create(cls, server: Dovecot) -> ImapAccount:
        """A fresh user on `server`."""
        return cls(server, *server.add_user())

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    def source(
        self,
        folder: str = "INBOX",
        readonly: bool = True,
        security: Security = "none",
        **options: Any,
    ) -> ImapSource:
        """An `ImapSource` for this user (`tls`/`starttls` trust the server's own certificate)."""
        port = self.server.tls_port if security == "tls" else self.server.port
        if security != "none":
            options.setdefault("ssl_context", self.server.ssl_context())
        return ImapSource(
            self.host, port, security, self.username, self.password, folder, readonly, **options
        )

    @contextmanager
    def client(self, folder: str | None = None, readonly: bool = True) -> Iterator[IMAPClient]:
        """A logged-in imapclient (plain text on loopback), `folder` selected if given."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        client.normalise_times = False
        try:
            client.login(self.username, self.password)
            if folder is not None:
                client.select_folder(folder, readonly=readonly)
            yield client
        finally:
            client.logout()

    def append(
        self,
        raw: bytes,
        internaldate: datetime,
        flags: Sequence[str] = (),
        folder: str = "INBOX",
    ) -> int:
        """APPEND with the given INTERNALDATE (must be aware) and flags; returns the new UID."""
        return self.append_many([(raw, internaldate)], flags, folder)[0]

    def append_many(
        self,
        messages: Iterable[tuple[bytes, datetime]],
        flags: Sequence[str] = (),
        folder: str = "INBOX",
    ) -> list[int]:
        """`append` for many messages over one connection (~20x faster); returns the UIDs."""
        uids = []
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw, internaldate in messages:
                if internaldate.tzinfo is None:
                    raise ValueError("internaldate must be timezone-aware")
                reply = client.append(folder, raw, flags=tuple(flags), msg_time=internaldate)
                found = re.search(rb"APPENDUID \d+ (\d+)", reply)
                if found is None:
                    raise RuntimeError(f"no APPENDUID in {reply!r}")
                uids.append(int(found.group(1)))
        return uids

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            return int(client.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])

    def folders(self) -> list[str]:
        with self.client() as client:
            return [str(name) for _, _, name in client.list_folders()]

    def messages(self, folder: str = "INBOX") -> dict[int, StoredMessage]:
        """Every message of `folder` by UID, read with EXAMINE + BODY.PEEK (changes nothing).

        Flags are sorted and leave out \\Recent, which belongs to a session, not the message.
        """
        with self.client(folder, readonly=True) as client:
            uids = client.search("ALL")
            found = client.fetch(uids, ["FLAGS", "INTERNALDATE", "BODY.PEEK[]"]) if uids else {}
        return {
            uid: StoredMessage(
                uid=uid,
                flags=tuple(sorted(f.decode() for f in item[b"FLAGS"] if f != b"\\Recent")),
                internaldate=item[b"INTERNALDATE"],
                raw=item[b"BODY[]"],
            )
            for uid, item in found.items()
        }

    def maildir(self, folder: str = "INBOX") -> Path:
        return self.server.maildir(self.username, folder)

    def force_uidvalidity_change(self, folder: str = "INBOX") -> int:
        """Make Dovecot renumber `folder` (new UIDVALIDITY, same messages); returns the new value.

        The server is stopped and started for it: every open session dies.
        """
        before = self.uidvalidity(folder)
        self.server.forget_uids(self.username, folder)
        after = self.uidvalidity(folder)
        if after == before:
            raise RuntimeError(f"UIDVALIDITY of {folder!r} stayed {before}")
        return after


@pytest.fixture
def maildir_path(tmp_path: Path) -> Path:
    """An empty Maildir (new/, cur/, tmp/) to deliver into with `deliver()`."""
    root = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True)
    return root


def deliver(
    maildir: Path,
    raw: bytes,
    delivered_at: datetime | None,
    *,
    subdir: str = "new",
    info: str = "",
    name: str | None = None,
) -> Path:
    """Write one message the way a delivery agent names it: `<epoch>.M<n>P<pid>.<host>`.

    `info` is the flag letters after `:2,` (only in cur/); `name` overrides the unique name,
    e.g. to test names that do not start with a delivery time.
    """
    if delivered_at is not None and delivered_at.tzinfo is None:
        raise ValueError("delivered_at must be timezone-aware")
    if name is None:
        stamp = int(delivered_at.timestamp()) if delivered_at else 0
        name = f"{stamp}.M{next(_deliveries)}P{os.getpid()}.intake-test"
    if info and subdir != "cur":
        raise ValueError("flag letters belong to messages in cur/")
    if subdir == "cur":
        name = f"{name}:2,{info}"
    path = maildir / subdir / name
    path.write_bytes(raw)
    return path
