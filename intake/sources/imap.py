"""The region's IMAP mailbox as a `MailSource`, built to survive a long poll on a shaky server.

Why it looks the way it does:
- the network client is built in one factory method (`_connect`), so tests can replace it;
- with a cursor only the UIDs above it are searched, and bodies come in batches bounded by count
  and bytes (sizes are asked first), so a mailbox of any size never sits in memory at once;
- bodies are read with BODY.PEEK[] and, for `after_processing = keep`, the folder is EXAMINEd
  (read-only), so polling never marks anything \\Seen;
- a dropped connection or a restarted server is met with reconnect + backoff, a fresh SELECT
  and a UIDVALIDITY check, and the interrupted operation carries on where it stopped.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import quote

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.imapclient import SocketTimeout

from intake.config import Security, is_loopback
from intake.sources.base import (
    FLAG,
    FLAGGED,
    KEEP,
    FetchedMessage,
    MailboxError,
    UidValidityChanged,
    parse_action,
    require_writable,
)

log = logging.getLogger("intake.sync")

T = TypeVar("T")

# ssl.SSLError, ConnectionError, TimeoutError and socket errors are all OSError; imaplib turns
# EOF and a BYE from a server shutting down into IMAP4.abort (= IMAPClientAbortError).
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (OSError, IMAPClientAbortError, EOFError)
SIZE_CHUNK = 500  # UIDs per RFC822.SIZE request: the plan for the batches that follow
BODY_ITEMS = ("BODY.PEEK[]", "INTERNALDATE", "FLAGS")
DELETED = "\\Deleted"
RECENT = b"\\Recent"  # a property of the session, not of the message: left out of `flags`


def quiet_imaplib(client: IMAPClient) -> None:
    """Undo imapclient's `_imap.debug = 5` unless someone really logs imapclient at DEBUG.

    imapclient 4.1 sets imaplib's debug level to 5 and routes `_mesg` to a logger, so imaplib
    formats (`%r`) every line and literal it reads even with logging off: FETCH gets ~7x slower.
    Every such call in imaplib is guarded by `self.debug >= n`, so level 0 is all it takes.
    """
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        client._imap.debug = 0


class ImapSource:
    """One IMAP folder; `with source:` logs in and selects it, leaving logs out."""

    def __init__(
        self,
        host: str,
        port: int,
        security: Security,
        username: str,
        password: str,
        folder: str = "INBOX",
        readonly: bool = True,
        *,
        batch_size: int = 50,
        batch_bytes: int = 20_000_000,
        connect_timeout: float = 30.0,
        read_timeout: float = 300.0,
        retries: int = 5,
        backoff: tuple[float, float] = (0.5, 8.0),
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if security not in ("tls", "starttls", "none"):
            raise MailboxError(f"unknown IMAP security {security!r} (tls, starttls or none)")
        if security == "none" and not is_loopback(host):
            raise MailboxError(f"IMAP without TLS is allowed to loopback hosts only, not {host!r}")
        self._host, self._port, self._security = host, port, security
        self._username, self._password = username, password
        self._folder, self._readonly = folder, readonly
        self._batch_size, self._batch_bytes = max(1, batch_size), max(1, batch_bytes)
        self._timeout = SocketTimeout(connect_timeout, read_timeout)
        self._retries, self._backoff = retries, backoff
        self._ssl_context = ssl_context
        self._client: Any = None  # IMAPClient, untyped upstream
        self._uidvalidity: int | None = None

    @property
    def name(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"imap://{quote(self._username, safe='')}@{host}:{self._port}"

    @property
    def folder(self) -> str:
        return self._folder

    def __repr__(self) -> str:
        return f"ImapSource({self.name!r}, folder={self._folder!r}, readonly={self._readonly})"

    def __enter__(self) -> Self:
        self._call("connect", lambda client: None)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        client, self._client, self._uidvalidity = self._client, None, None
        if client is not None:
            try:
                client.logout()
            except Exception as err:  # the connection may be gone already; nothing to save
                log.debug("%s: logout failed: %s", self.name, err)
                _shutdown(client)

    def uidvalidity(self) -> int:
        if self._uidvalidity is None:
            self._call("select", lambda client: None)
        assert self._uidvalidity is not None
        return self._uidvalidity

    def list_keys(self, after_uid: int | None) -> list[str]:
        # `UID n:*` always contains the highest UID, even when it is below n: filter here.
        criteria = ["ALL"] if after_uid is None else ["UID", f"{after_uid + 1}:*"]
        found = self._call("search", lambda client: client.search(criteria))
        return [str(uid) for uid in sorted(found) if after_uid is None or uid > after_uid]

    def fetch(self, keys: Sequence[str]) -> Iterator[FetchedMessage]:
        uids = list(dict.fromkeys(_uid(key) for key in keys))
        for start in range(0, len(uids), SIZE_CHUNK):
            chunk = uids[start : start + SIZE_CHUNK]
            sizes = self._sizes(chunk)
            for batch in plan_batches(chunk, sizes, self._batch_size, self._batch_bytes):
                yield from self._fetch_batch(batch)

    def apply_action(self, key: str, action: str) -> None:
        kind, target = parse_action(action)
        if kind == KEEP:
            return
        require_writable(self._readonly, self.name, action)
        uid = _uid(key)
        if kind == FLAG:
            self._call("flag", lambda client: client.add_flags([uid], [FLAGGED], silent=True))
        else:
            self._call("move", lambda client: self._move(client, uid, target))
        log.info("%s %s: UID %d: %s done", self.name, self._folder, uid, action)

    def _connect(self) -> IMAPClient:
        """The one place an IMAP client is built (tests replace it)."""
        client = IMAPClient(
            self._host,
            self._port,
            ssl=self._security == "tls",
            ssl_context=self._ssl_context,
            timeout=self._timeout,
        )
        quiet_imaplib(client)
        client.normalise_times = False  # keep INTERNALDATE's own zone: aware datetimes
        if self._security == "starttls":
            client.starttls(self._ssl_context)
        return client

    def _session(self) -> Any:
        """The logged-in client with the folder selected, (re)connecting when needed."""
        if self._client is not None:
            return self._client
        client = self._connect()
        try:
            client.login(self._username, self._password)
            selected = client.select_folder(self._folder, readonly=self._readonly)
        except BaseException as err:
            _shutdown(client)
            if isinstance(err, LoginError) and "[UNAVAILABLE]" in str(err):
                # Dovecot's "temporary authentication failure" while it (re)starts: retry
                raise IMAPClientAbortError(f"login: {err}") from err
            raise
        self._client = client
        self._check_uidvalidity(int(selected[b"UIDVALIDITY"]))
        log.debug("%s: selected %s (read-only: %s)", self.name, self._folder, self._readonly)
        return client

    def _check_uidvalidity(self, current: int) -> None:
        previous, self._uidvalidity = self._uidvalidity, current
        if previous is not None and previous != current:
            raise UidValidityChanged(self._folder, previous, current)

    def _call(self, what: str, operation: Callable[[Any], T]) -> T:
        """Run one IMAP operation, reconnecting with exponential backoff on connection loss."""
        attempt = 0
        while True:
            try:
                return operation(self._session())
            except ssl.SSLCertVerificationError as err:  # retrying cannot fix a certificate
                self._drop()
                raise MailboxError(f"{self.name}: server certificate rejected: {err}") from err
            except CONNECTION_ERRORS as err:
                self._drop()
                if attempt >= self._retries:
                    raise MailboxError(
                        f"{self.name}: {what} failed after {attempt + 1} attempts: {err}"
                    ) from err
                delay = min(self._backoff[1], self._backoff[0] * 2**attempt)
                attempt += 1
                log.warning(
                    "%s %s: %s failed (%s: %s); reconnecting in %.1fs (retry %d of %d)",
                    self.name,
                    self._folder,
                    what,
                    type(err).__name__,
                    err,
                    delay,
                    attempt,
                    self._retries,
                )
                time.sleep(delay)
            except LoginError as err:
                self._drop()
                raise MailboxError(f"{self.name}: login refused: {err}") from err
            except IMAPClientError as err:
                raise MailboxError(f"{self.name} {self._folder}: {what} refused: {err}") from err

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            _shutdown(client)

    def _sizes(self, uids: list[int]) -> dict[int, int]:
        found = self._call("size", lambda client: client.fetch(uids, ["RFC822.SIZE"]))
        sizes = {uid: int(found[uid][b"RFC822.SIZE"]) for uid in uids if uid in found}
        for uid in uids:
            if uid not in sizes:
                self._log_vanished(uid, "before")
        return sizes

    def _fetch_batch(self, batch: list[int]) -> Iterator[FetchedMessage]:
        found = self._call("fetch", lambda client: client.fetch(batch, BODY_ITEMS))
        for uid in batch:
            item = found.get(uid, {})
            raw = item.get(b"BODY[]")
            if raw is None:
                self._log_vanished(uid, "during")
                continue
            yield FetchedMessage(
                key=str(uid),
                uid=uid,
                received_at=_aware(item.get(b"INTERNALDATE")),
                flags=tuple(_text(f) for f in item.get(b"FLAGS", ()) if f != RECENT),
                raw=bytes(raw),
            )

    def _log_vanished(self, uid: int, when: str) -> None:
        log.warning("%s %s: UID %d vanished %s fetch; skipped", self.name, self._folder, uid, when)

    def _move(self, client: Any, uid: int, target: str) -> None:
        if not client.folder_exists(target):
            log.info("%s: creating folder %s", self.name, target)
            client.create_folder(target)
            client.subscribe_folder(target)
        if self._server_can_move(client):
            client.move([uid], target)
            return
        client.copy([uid], target)
        client.add_flags([uid], [DELETED], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge([uid])
        else:  # a plain EXPUNGE would also remove other people's \Deleted mail
            log.warning("%s: no UIDPLUS; UID %d copied and left marked \\Deleted", self.name, uid)

    def _server_can_move(self, client: Any) -> bool:
        return bool(client.has_capability("MOVE"))


def plan_batches(
    uids: list[int], sizes: dict[int, int], max_count: int, max_bytes: int
) -> Iterator[list[int]]:
    """Consecutive groups of at most `max_count` messages and `max_bytes` (one bigger message
    travels alone); UIDs without a size (vanished) are left out."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        if uid not in sizes:
            continue
        if batch and (len(batch) >= max_count or total + sizes[uid] > max_bytes):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes[uid]
    if batch:
        yield batch


def _uid(key: str) -> int:
    if not key.isdigit() or int(key) <= 0:
        raise ValueError(f"not an IMAP UID: {key!r}")
    return int(key)


def _aware(value: object) -> datetime | None:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC)
    return None


def _text(flag: object) -> str:
    return flag.decode("utf-8", "replace") if isinstance(flag, bytes) else str(flag)


def _shutdown(client: Any) -> None:
    try:
        client.shutdown()
    except Exception as err:  # already closed: the socket is gone either way
        log.debug("connection shutdown: %s", err)
