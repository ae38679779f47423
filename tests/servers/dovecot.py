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
import grp
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
from pathlib import Path
from types import TracebackType

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
default_internal_user = {internal_user}
default_internal_group = {internal_group}
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
  # no growing delay for 127.0.0.1 after a test's deliberate failed login
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
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
        self.mail_uid, self.mail_gid, internal, login = _identities()
        self.root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
        self.root.chmod(0o755)
        self.port, self.tls_port = free_port(), (free_port() if tls else 0)
        self.config = self.root / "dovecot.conf"
        self._process: subprocess.Popen[bytes] | None = None
        try:
            self.cafile: Path | None = self._make_certificate() if tls else None
            for sub in ("run", "state", "home", "users"):
                (self.root / sub).mkdir(mode=0o755)
            group = grp.getgrgid(self.mail_gid).gr_name
            self.config.write_text(self._config_text(internal, group, login))
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            raise

    def __enter__(self) -> Dovecot:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
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
        _wait_until_free(self.port, timeout)  # a killed child may still be closing the listener
        with (self.root / "stderr.log").open("ab") as stderr:
            self._process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,  # its own process group, so stop() can end every child
            )
        self._wait_for_greeting(timeout)

    def stop(self) -> None:
        """End the master and every child at once (SIGTERM to the group, SIGKILL stragglers).

        Signalling the master alone takes it ~1 s and leaves `imap` processes serving their
        clients; the whole group going down is what a client sees when a server dies.
        """
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        with contextlib.suppress(ProcessLookupError):  # when every child is gone already
            os.killpg(process.pid, signal.SIGKILL)

    def restart(self) -> None:
        """Stop and start again: same port, same users, same mail."""
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def add_user(self, username: str | None = None, password: str | None = None) -> tuple[str, str]:
        """A new user with an empty mailbox; returns (username, password).

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
        return name, secret

    def maildir(self, username: str, folder: str = "INBOX") -> Path:
        """Where Dovecot keeps `folder` of `username` (Maildir++ layout)."""
        return folder_path(self.root / "home" / username / "Maildir", folder)

    def forget_uids(self, username: str, folder: str = "INBOX") -> None:
        """Make Dovecot renumber a folder: with the server stopped (every session dies), remove
        the folder's UID list and indexes; on start they are rebuilt under a new UIDVALIDITY."""
        self.stop()
        _remove_matching(self.maildir(username, folder), FOLDER_STATE)
        _remove_matching(self.maildir(username, "INBOX"), LIST_STATE)
        self.start()

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

    def _config_text(self, internal_user: str, internal_group: str, login_user: str) -> str:
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
            internal_group=internal_group,
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


def _wait_until_free(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((HOST, port))
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
        time.sleep(0.02)


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


def _remove_matching(directory: Path, pattern: re.Pattern[str]) -> None:
    for entry in directory.iterdir():
        if pattern.match(entry.name):
            entry.unlink()
