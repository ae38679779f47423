"""A private Dovecot for integration tests: its own config, port, users and mail under one tmp dir.

Nothing is read from /etc/dovecot and nothing is shared with a system-wide Dovecot that the
package may have started on port 143: ours listens on a free loopback port. The directory comes
from `tempfile.mkdtemp` rather than pytest's tmp_path because Dovecot's unix sockets need a short
path and the unprivileged mail and login users must be able to traverse it.

Dovecot refuses to run mail processes as root, so when the tests run as root (CI) the mail is
owned by the `dovecot` system user and logins run as `dovenull`; as any other user, everything
runs as that user. `stop()` ends the whole process group, including `imap` processes that
would otherwise outlive the master, so clients see what they would see when a server dies.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from imapclient import IMAPClient

from intake.config import Security
from intake.sources.imap import ImapSource
from intake.sources.maildir import folder_path

HOST = "127.0.0.1"
LOG_TAIL = 3000
FOLDER_STATE = re.compile(r"^(dovecot-uidlist|dovecot\.index.*)$")  # where UIDVALIDITY lives
LIST_STATE = re.compile(r"^dovecot\.list\.index.*$")  # caches it per folder
_user_numbers = itertools.count(1)

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = {host}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8  # no auth penalty for a failed login in one test
default_internal_user = {internal_user}
default_login_user = {login_user}
first_valid_uid = {first_uid}
first_valid_gid = 1
mail_location = maildir:~/Maildir
mail_fsync = never
{ssl}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {tls_port}
  }}
}}
service anvil {{
  chroot =
}}
"""


class DovecotMissing(RuntimeError):
    """The dovecot binary is not installed (scripts/ensure-dovecot.sh installs it)."""


def dovecot_binary() -> str | None:
    """The dovecot binary; /usr/sbin is often missing from a non-root PATH."""
    found = shutil.which("dovecot")
    if found is None and os.access("/usr/sbin/dovecot", os.X_OK):
        found = "/usr/sbin/dovecot"
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


class Dovecot:
    """One Dovecot master process; `start()`/`stop()`/`restart()` keep the port and the mail."""

    host = HOST

    def __init__(self, *, tls: bool = True) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise DovecotMissing("dovecot is not installed")
        self.binary = binary
        self.root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
        self.root.chmod(0o755)
        self.port, self.tls_port = free_port(), (free_port() if tls else 0)
        self.cafile: Path | None = self._make_certificate() if tls else None
        self.mail_uid, self.mail_gid, internal, login = _identities()
        for sub in ("run", "state", "home", "users"):
            (self.root / sub).mkdir(mode=0o755)
        self.config = self.root / "dovecot.conf"
        self.config.write_text(self._config_text(internal, login))
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = 10.0) -> None:
        """Start the master in the foreground and wait until the port greets."""
        if self.running:
            return
        self._process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=(self.root / "stderr.log").open("ab"),
            start_new_session=True,  # its own process group, so stop() can end every child
        )
        self._wait_for_greeting(timeout)

    def stop(self) -> None:
        """Stop the master, then kill what is left of its process group (imap processes)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        with contextlib.suppress(ProcessLookupError):  # when every child is gone already
            os.killpg(process.pid, signal.SIGKILL)

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def add_user(self, username: str | None = None, password: str | None = None) -> ImapAccount:
        """A new user with an empty mailbox.

        Each user has a passwd-file of their own (`users/<name>`, the path has `%u`): Dovecot
        re-reads a changed passwd-file at most once a second, but loads a new one at once.
        """
        name = username or f"user{next(_user_numbers)}"
        secret = password or secrets.token_urlsafe(12)
        home = self.root / "home" / name
        home.mkdir(mode=0o700)
        os.chown(home, self.mail_uid, self.mail_gid)
        line = f"{name}:{{PLAIN}}{secret}:{self.mail_uid}:{self.mail_gid}::{home}::\n"
        (self.root / "users" / name).write_text(line)
        return ImapAccount(self, name, secret)

    def maildir(self, username: str, folder: str = "INBOX") -> Path:
        """Where Dovecot keeps `folder` of `username` (Maildir++ layout)."""
        return folder_path(self.root / "home" / username / "Maildir", folder)

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's self-signed certificate."""
        if self.cafile is None:
            raise RuntimeError("this Dovecot was started without TLS")
        return ssl.create_default_context(cafile=str(self.cafile))

    def log_text(self) -> str:
        parts = [self.root / "dovecot.log", self.root / "stderr.log"]
        return "".join(p.read_text(errors="replace") for p in parts if p.exists())

    def _wait_for_greeting(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                raise RuntimeError(f"dovecot exited at start:\n{self.log_text()[-LOG_TAIL:]}")
            try:
                with socket.create_connection((HOST, self.port), timeout=1) as conn:
                    if conn.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                pass
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(
            f"dovecot did not greet within {timeout}s:\n{self.log_text()[-LOG_TAIL:]}"
        )

    def _config_text(self, internal_user: str, login_user: str) -> str:
        if self.cafile is None:
            tls = "ssl = no"
        else:
            tls = f"ssl = yes\nssl_cert = <{self.cafile}\nssl_key = <{self.root / 'key.pem'}"
        return CONFIG.format(
            root=self.root,
            host=HOST,
            port=self.port,
            tls_port=self.tls_port,
            internal_user=internal_user,
            login_user=login_user,
            first_uid=max(1, self.mail_uid),
            ssl=tls,
        )

    def _make_certificate(self) -> Path:
        """A throw-away self-signed certificate for 127.0.0.1/localhost (openssl CLI: cheap)."""
        cert, key = self.root / "cert.pem", self.root / "key.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
             "-nodes", "-days", "2", "-subj", "/CN=localhost", "-keyout", str(key),
             "-out", str(cert), "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
            check=True,
            capture_output=True,
        )  # fmt: skip
        key.chmod(0o644)  # read by the unprivileged config process when not root
        return cert


def _identities() -> tuple[int, int, str, str]:
    """(mail uid, mail gid, internal user, login user): never root for mail processes."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return me.pw_uid, me.pw_gid, me.pw_name, me.pw_name
    mail = _account("dovecot", "nobody")
    login = _account("dovenull", "nobody")
    return mail.pw_uid, mail.pw_gid, mail.pw_name, login.pw_name


def _account(*names: str) -> pwd.struct_passwd:
    for name in names:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise DovecotMissing(f"none of the system users {names} exists (is dovecot installed?)")


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

        Stops the server (every open session dies), removes the folder's UID list and indexes,
        and starts it again: Dovecot then rebuilds them under a fresh UIDVALIDITY.
        """
        before = self.uidvalidity(folder)
        self.server.stop()
        _remove_matching(self.maildir(folder), FOLDER_STATE)
        _remove_matching(self.maildir("INBOX"), LIST_STATE)
        self.server.start()
        after = self.uidvalidity(folder)
        if after == before:
            raise RuntimeError(f"UIDVALIDITY of {folder!r} stayed {before}")
        return after


def _remove_matching(directory: Path, pattern: re.Pattern[str]) -> None:
    for entry in directory.iterdir():
        if pattern.match(entry.name):
            entry.unlink()
