"""What the pipeline needs from a mailbox, whatever kind it is.

The pipeline only ever lists keys above its cursor, fetches their raw bytes, and afterwards
applies one after-processing action per message. `ImapSource` and `MaildirSource` both provide
exactly that (`MailSource`), so the sync loop and its tests never know which kind they poll.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from intake.errors import IntakeError

FLAGGED = "\\Flagged"
KEEP, FLAG, MOVE_PREFIX = "keep", "flag", "move:"


class MailboxError(IntakeError):
    """The mailbox cannot be used: unreachable after retries, login refused, folder missing."""


class UidValidityChanged(MailboxError):
    """The server renumbered the folder (new UIDVALIDITY): every stored UID cursor is void.

    The source has already adopted the new value, so the caller can re-scan at once.
    """

    def __init__(self, folder: str, old: int, new: int) -> None:
        super().__init__(f"UIDVALIDITY of {folder!r} changed from {old} to {new}")
        self.folder, self.old, self.new = folder, old, new


@dataclass(frozen=True)
class FetchedMessage:
    """One message exactly as stored: `received_at` is the server's receipt time, if known."""

    key: str
    uid: int | None
    received_at: datetime | None
    flags: tuple[str, ...]
    raw: bytes


class MailSource(Protocol):
    """A folder the pipeline polls; entering it connects, leaving it disconnects."""

    @property
    def name(self) -> str:
        """Stable identity for the ledger (`imap://user@host:port`, `maildir:/abs/path`)."""
        ...

    @property
    def folder(self) -> str: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def uidvalidity(self) -> int: ...

    def list_keys(self, after_uid: int | None) -> list[str]:
        """Keys of the messages after the cursor (all of them for None), oldest first."""
        ...

    def fetch(self, keys: Sequence[str]) -> Iterator[FetchedMessage]:
        """The messages in order, a bounded batch at a time; vanished ones are skipped."""
        ...

    def apply_action(self, key: str, action: str) -> None:
        """`keep` (nothing), `flag` (\\Flagged) or `move:Folder` (created when missing)."""
        ...


def parse_action(action: str) -> tuple[str, str]:
    """`("keep", "")`, `("flag", "")` or `("move", folder)`; anything else is a ValueError."""
    if action in (KEEP, FLAG):
        return action, ""
    if action.startswith(MOVE_PREFIX) and action[len(MOVE_PREFIX) :].strip():
        return "move", action[len(MOVE_PREFIX) :].strip()
    raise ValueError(f"unknown after-processing action {action!r}")


def require_writable(readonly: bool, name: str, action: str) -> None:
    """A read-only source (after_processing = keep) must never be asked to change mail."""
    if readonly:
        raise MailboxError(f"{name}: opened read-only, cannot apply {action!r}")
