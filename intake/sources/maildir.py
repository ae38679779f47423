"""A local Maildir as a `MailSource`: for a mailbox delivered to disk, demos and tests.

Files are read directly rather than through `mailbox.Maildir`, because the source must be able
to promise that `keep` touches nothing: no rename from new/ to cur/, no flag change, no atime
games. The delivery time comes from the file name (`<seconds since epoch>.<unique>`), which
is when the server wrote the file; when a name does not start with it, `received_at` is None
and the pipeline falls back to the Received headers.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from imapclient.imap_utf7 import encode as imap_utf7

from intake.sources.base import (
    FLAG,
    KEEP,
    FetchedMessage,
    MailboxError,
    parse_action,
    require_writable,
)

log = logging.getLogger("intake.sync")

INBOX = "INBOX"
INFO_SEPARATOR = ":2,"
SUBDIRS = ("new", "cur")
DELIVERED = re.compile(r"^(\d{9,11})(?:\.|$)")
# Maildir info letters (https://cr.yp.to/proto/maildir.html) as IMAP system flags.
LETTER_FLAGS = {
    "D": "\\Draft",
    "F": "\\Flagged",
    "P": "$Forwarded",
    "R": "\\Answered",
    "S": "\\Seen",
    "T": "\\Deleted",
}


@dataclass(frozen=True)
class _Stored:
    """Where one message lives now: `subdir` is new or cur, `name` the full file name."""

    key: str
    subdir: str
    name: str
    mtime: float

    @property
    def letters(self) -> str:
        _, _, info = self.name.partition(INFO_SEPARATOR)
        return info


class MaildirSource:
    """One folder of a Maildir++ tree; INBOX is the root, `Name` the `.Name` subfolder."""

    def __init__(self, path: Path | str, folder: str = INBOX, readonly: bool = True) -> None:
        self._root = Path(path).expanduser().resolve()
        self._folder, self._readonly = folder, readonly
        self._dir = folder_path(self._root, folder)

    @property
    def name(self) -> str:
        return f"maildir:{self._root}"

    @property
    def folder(self) -> str:
        return self._folder

    def __repr__(self) -> str:
        return f"MaildirSource({self.name!r}, folder={self._folder!r}, readonly={self._readonly})"

    def __enter__(self) -> Self:
        if not all((self._dir / sub).is_dir() for sub in SUBDIRS):
            raise MailboxError(f"{self.name}: {self._dir} is not a maildir folder (new/, cur/)")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def uidvalidity(self) -> int:
        return 0  # file names never get renumbered: keys stay valid for the folder's lifetime

    def list_keys(self, after_uid: int | None) -> list[str]:
        """Every message (a Maildir has no UIDs to put a cursor on), by delivery time."""
        stored = self._scan().values()
        ordered = sorted(stored, key=lambda s: (_delivery_seconds(s.key) or s.mtime, s.key))
        return [s.key for s in ordered]

    def fetch(self, keys: Sequence[str]) -> Iterator[FetchedMessage]:
        index = self._scan()
        for key in keys:
            stored = index.get(key)
            try:
                if stored is None:
                    raise FileNotFoundError(key)
                raw = (self._dir / stored.subdir / stored.name).read_bytes()
            except FileNotFoundError:
                log.warning(
                    "%s %s: %s vanished before fetch; skipped", self.name, self._folder, key
                )
                continue
            yield FetchedMessage(
                key=key,
                uid=None,
                received_at=received_at(key),
                flags=tuple(LETTER_FLAGS[c] for c in stored.letters if c in LETTER_FLAGS),
                raw=raw,
            )

    def apply_action(self, key: str, action: str) -> None:
        kind, target = parse_action(action)
        if kind == KEEP:
            return
        require_writable(self._readonly, self.name, action)
        stored = self._scan().get(key)
        if stored is None:
            raise MailboxError(f"{self.name} {self._folder}: {key} is gone, cannot {action!r}")
        source = self._dir / stored.subdir / stored.name
        if kind == FLAG:
            letters = "".join(sorted(set(stored.letters) | {"F"}))
            destination = self._dir / "cur" / f"{key}{INFO_SEPARATOR}{letters}"
        else:
            folder = folder_path(self._root, target)
            ensure_folder(folder)
            destination = folder / stored.subdir / stored.name
        if destination != source:
            os.rename(source, destination)
        log.info("%s %s: %s: %s done", self.name, self._folder, key, action)

    def _scan(self) -> dict[str, _Stored]:
        found: dict[str, _Stored] = {}
        for subdir in SUBDIRS:
            with os.scandir(self._dir / subdir) as entries:
                for entry in entries:
                    if entry.name.startswith(".") or not entry.is_file():
                        continue
                    key = entry.name.split(":", 1)[0]
                    found[key] = _Stored(key, subdir, entry.name, entry.stat().st_mtime)
        return found


def received_at(key: str) -> datetime | None:
    """Delivery time from a Maildir unique name (`1700000000.M1P2.host`), in UTC."""
    seconds = _delivery_seconds(key)
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def _delivery_seconds(key: str) -> int | None:
    match = DELIVERED.match(key)
    return int(match.group(1)) if match else None


def folder_path(root: Path, folder: str) -> Path:
    """Maildir++: INBOX is the root, `A/B` is `.A.B`, names in modified UTF-7 like Dovecot's."""
    if folder.upper() == INBOX:
        return root
    parts = [part for part in folder.replace(".", "/").split("/") if part]
    if not parts:
        raise MailboxError(f"not a usable folder name: {folder!r}")
    return root / ("." + ".".join(imap_utf7(part).decode("ascii") for part in parts))


def ensure_folder(path: Path) -> None:
    """Create a Maildir++ subfolder (new/, cur/, tmp/ and the `maildirfolder` marker)."""
    for subdir in ("tmp", "new", "cur"):
        (path / subdir).mkdir(parents=True, exist_ok=True)
    (path / "maildirfolder").touch(exist_ok=True)
