"""Pytest fixtures for mailbox sources: a private Dovecot and throw-away Maildirs.

One Dovecot serves the whole session (it starts in ~50 ms but takes ~1 s to stop); every test
gets a fresh user on it, so mailboxes never leak between tests. A test may stop or restart the
shared server: the next test's fixture starts it again if needed.

Without the dovecot binary the IMAP tests are skipped with the command that installs it, except
under CI (`CI` set), where a skip would hide a missing install step, so they fail instead.
Load with `pytest_plugins = ["tests.servers.fixtures"]` in tests/conftest.py.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.servers.dovecot import Dovecot, DovecotMissing, ImapAccount, dovecot_binary

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


def _require_dovecot() -> None:
    if dovecot_binary() is None:
        if os.environ.get("CI"):
            pytest.fail(MISSING)
        pytest.skip(MISSING)


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Dovecot]:
    """The session's private Dovecot on 127.0.0.1 (plain `port`, implicit-TLS `tls_port`)."""
    _require_dovecot()
    try:
        server = Dovecot()
    except DovecotMissing as err:
        pytest.skip(f"{MISSING} ({err})")
    with server:
        yield server


@pytest.fixture
def dovecot(dovecot_server: Dovecot) -> ImapAccount:
    """A fresh user with an empty mailbox on the running session Dovecot."""
    if not dovecot_server.running:
        dovecot_server.start()
    return dovecot_server.add_user()


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
