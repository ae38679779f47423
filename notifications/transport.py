"""Handing a rendered message to the world: an SMTP server, or a directory of .eml files.

The sender decides what to do with a failure from the kind of exception alone, so every transport
sorts its errors into two: `TemporaryDeliveryError` (try again later: no connection, a timeout, a
4xx reply) and `PermanentDeliveryError` (a 5xx about this recipient or this message: retrying
will not help, a person must look). `TransportUnavailableError` is the temporary error that says
the server itself cannot be reached or will not talk to us (refused, timed out, TLS or login
failed, 421): trying the next message now would fail the same way, so the sender stops the round.

Passwords are only ever handed to `smtplib.SMTP.login`; they are not in any log line or error.
"""

from __future__ import annotations

import logging
import os
import re
import smtplib
import ssl
import tempfile
from collections.abc import Sequence
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from hashlib import sha256
from pathlib import Path
from types import TracebackType
from typing import Literal, Protocol

log = logging.getLogger("intake.outbox")
Security = Literal["tls", "starttls", "none"]


class DeliveryError(Exception):
    """The message was not accepted; the subclass says whether trying again can help."""


class TemporaryDeliveryError(DeliveryError):
    """Try again later: connection refused or lost, a timeout, a 4xx reply."""


class TransportUnavailableError(TemporaryDeliveryError):
    """The server cannot be used at all right now; other messages would fail the same way."""


class PermanentDeliveryError(DeliveryError):
    """A 5xx reply about this recipient or this message; retrying will not help."""


class Transport(Protocol):
    def send(self, message: bytes, sender: str, recipients: Sequence[str]) -> None:
        """Deliver `message` to `recipients` with envelope sender `sender`, or raise."""
        ...


def _reply_text(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return f"{code} {text}".strip()


def _describe(err: BaseException) -> str:
    if isinstance(err, smtplib.SMTPResponseException):
        return _reply_text(err.smtp_code, err.smtp_error)
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


def _classify(err: smtplib.SMTPException) -> DeliveryError:
    """What an smtplib error during MAIL/RCPT/DATA amounts to (not yet raised or chained)."""
    if isinstance(err, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(err.recipients.values()), (450, b"recipient refused"))
        text = _reply_text(code, reply)
        return PermanentDeliveryError(text) if code >= 500 else TemporaryDeliveryError(text)
    if isinstance(err, smtplib.SMTPResponseException):
        text = _reply_text(err.smtp_code, err.smtp_error)
        if err.smtp_code == 421:  # the server is closing the session
            return TransportUnavailableError(text)
        if isinstance(err, smtplib.SMTPSenderRefused) and err.smtp_code != 552:
            # Our own address refused: a configuration problem, not this message's fault.
            return TransportUnavailableError(text)
        if err.smtp_code >= 500:
            return PermanentDeliveryError(text)
        return TemporaryDeliveryError(text)
    # SMTPServerDisconnected and the like: the session is gone.
    return TransportUnavailableError(str(err) or type(err).__name__)


class SmtpTransport:
    """Sends over SMTP with implicit TLS, STARTTLS or (loopback only) plain text.

    Used as a context manager it keeps one connection open for a whole batch; outside a `with`
    block every `send` opens and closes its own connection.
    """

    def __init__(
        self,
        host: str,
        port: int,
        security: Security,
        username: str = "",
        password: str = "",
        timeout: float = 30,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host, self.port, self.security = host, port, security
        self.username, self._password, self.timeout = username, password, timeout
        self.ssl_context = ssl_context
        self._batch = False
        self._client: smtplib.SMTP | None = None

    def __repr__(self) -> str:  # no password, ever
        return f"SmtpTransport({self.host}:{self.port}, {self.security}, user={self.username!r})"

    def __enter__(self) -> SmtpTransport:
        self._batch = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._batch = False
        self._close()

    def _context(self) -> ssl.SSLContext:
        return self.ssl_context or ssl.create_default_context()

    def _open(self) -> smtplib.SMTP:
        """A connected, secured and logged-in client; the one place a connection is made."""
        client: smtplib.SMTP
        if self.security == "tls":
            client = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=self._context()
            )
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            client.ehlo_or_helo_if_needed()
            if self.security == "starttls":
                client.starttls(context=self._context())
                client.ehlo()
            if self.username:
                client.login(self.username, self._password)
        except BaseException:
            client.close()
            raise
        return client

    def _connection(self) -> smtplib.SMTP:
        if self._client is not None:
            try:
                self._client.noop()  # the server may have dropped an idle connection
                return self._client
            except (smtplib.SMTPException, OSError):
                self._close()
        try:
            self._client = self._open()
        except (smtplib.SMTPException, OSError, UnicodeError) as err:
            # Greeting, TLS, EHLO or login failed: no message can go out now.
            raise TransportUnavailableError(f"{self.host}:{self.port}: {_describe(err)}") from err
        return self._client

    def _close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()

    def send(self, message: bytes, sender: str, recipients: Sequence[str]) -> None:
        try:
            client = self._connection()
            utf8 = not all(address.isascii() for address in (sender, *recipients))
            options = ["SMTPUTF8"] if utf8 and client.has_extn("smtputf8") else []
            refused = client.sendmail(sender, list(recipients), message, mail_options=options)
        except DeliveryError:
            self._close()
            raise
        except smtplib.SMTPException as err:
            error = _classify(err)
            if isinstance(error, TransportUnavailableError):
                self._close()
            raise error from err
        except OSError as err:  # refused, unreachable, timed out, TLS failed, connection reset
            self._close()
            raise TransportUnavailableError(f"{self.host}:{self.port}: {_describe(err)}") from err
        except UnicodeEncodeError as err:  # a UTF-8 address, and no SMTPUTF8 at the server
            self._close()  # MAIL FROM may have gone out; start the next message afresh
            raise PermanentDeliveryError(f"cannot be sent without SMTPUTF8: {err}") from err
        finally:
            if not self._batch:
                self._close()
        if refused:  # accepted for some recipients only: resending would duplicate it for others
            log.warning("%s: refused by some recipients: %s", message_id_of(message), refused)


_UNSAFE = re.compile(r"[^A-Za-z0-9._@+=-]+")


def message_id_of(message: bytes) -> str:
    headers = BytesHeaderParser(policy=default_policy).parsebytes(message)
    return str(headers.get("Message-ID", "")).strip()


def eml_name(message: bytes) -> str:
    """`ack.LPR-REM-2019.001.v1@lpr.gov.lv.eml`: the Message-ID made safe as a file name."""
    safe = _UNSAFE.sub("_", message_id_of(message).strip("<>")).strip("._")[:200]
    return f"{safe or 'sha256-' + sha256(message).hexdigest()}.eml"


class DirectoryTransport:
    """Writes each message to `<path>/<message-id>.eml`: for tests, demos and offline operation.

    The file appears whole or not at all (temporary file, then `os.replace`), and sending the same
    Message-ID again replaces the file, so a retried message never shows up twice.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"DirectoryTransport({str(self.path)!r})"

    def send(self, message: bytes, sender: str, recipients: Sequence[str]) -> None:
        target = self.path / eml_name(message)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=self.path, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(descriptor, "wb") as handle:
                    handle.write(message)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as err:
            raise TransportUnavailableError(f"cannot write {target}: {err}") from err
