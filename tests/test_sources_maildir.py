"""MaildirSource on real files: keys, delivery times, and that `keep` touches nothing."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake.sources.base import MailboxError
from intake.sources.maildir import MaildirSource, folder_path, received_at
from tests.servers.fixtures import deliver

T0 = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)


def raw(number: int) -> bytes:
    return f"Subject: Pieteikums {number}\r\nFrom: dome@example.lv\r\n\r\nLabdien!\r\n".encode()


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under the maildir with its bytes and modification time."""
    return {
        str(path.relative_to(root)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def key_of(path: Path) -> str:
    return path.name.split(":", 1)[0]


def test_keys_in_new_and_cur_come_by_delivery_time(maildir_path: Path) -> None:
    late = deliver(maildir_path, raw(1), T0 + timedelta(hours=2))
    early = deliver(maildir_path, raw(2), T0, subdir="cur", info="S")
    middle = deliver(maildir_path, raw(3), T0 + timedelta(hours=1), subdir="cur")
    with MaildirSource(maildir_path) as source:
        assert source.list_keys(None) == [key_of(p) for p in (early, middle, late)]
        assert source.list_keys(12345) == source.list_keys(None)  # no UIDs, no cursor
        assert source.uidvalidity() == 0
        assert source.name == f"maildir:{maildir_path.resolve()}"
    assert all(":" not in key for key in source.list_keys(None))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("1709280000.M1P2.host", datetime(2024, 3, 1, 8, 0, tzinfo=UTC)),
        ("1709280000", datetime(2024, 3, 1, 8, 0, tzinfo=UTC)),
        ("1709280000.M1P2.host,S=1234,W=1260", datetime(2024, 3, 1, 8, 0, tzinfo=UTC)),
        ("msg-0001.host", None),
        ("12.M1P2.host", None),
    ],
    ids=["delivery-agent", "bare", "dovecot-sizes", "no-time", "too-short"],
)
def test_received_at_comes_from_the_file_name(name: str, expected: datetime | None) -> None:
    assert received_at(name) == expected


def test_fetch_reads_bytes_time_and_flags(maildir_path: Path) -> None:
    fresh = deliver(maildir_path, raw(1), T0)
    read = deliver(maildir_path, raw(2), T0 + timedelta(minutes=1), subdir="cur", info="FRS")
    odd = deliver(maildir_path, raw(3), None, name="oddly-named")
    os.utime(odd, (0, T0.timestamp() + 120))
    with MaildirSource(maildir_path) as source:
        fetched = {m.key: m for m in source.fetch(source.list_keys(None))}
    assert fetched[key_of(fresh)].raw == raw(1)
    assert fetched[key_of(fresh)].received_at == T0
    assert fetched[key_of(fresh)].flags == ()
    assert fetched[key_of(read)].flags == ("\\Flagged", "\\Answered", "\\Seen")
    assert fetched["oddly-named"].received_at is None
    assert all(m.uid is None for m in fetched.values())


def test_keep_touches_nothing(maildir_path: Path) -> None:
    deliver(maildir_path, raw(1), T0)
    deliver(maildir_path, raw(2), T0, subdir="cur", info="S")
    before = snapshot(maildir_path)
    with MaildirSource(maildir_path, readonly=True) as source:
        keys = source.list_keys(None)
        assert len(list(source.fetch(keys))) == 2
        for key in keys:
            source.apply_action(key, "keep")
        with pytest.raises(MailboxError, match="read-only"):
            source.apply_action(keys[0], "flag")
    assert snapshot(maildir_path) == before


@pytest.mark.parametrize(
    ("subdir", "info", "expected"),
    [("new", "", "F"), ("cur", "S", "FS"), ("cur", "F", "F")],
    ids=["new-unseen", "cur-seen", "already-flagged"],
)
def test_flag_adds_f_and_keeps_the_bytes(
    maildir_path: Path, subdir: str, info: str, expected: str
) -> None:
    path = deliver(maildir_path, raw(1), T0, subdir=subdir, info=info)
    with MaildirSource(maildir_path, readonly=False) as source:
        source.apply_action(key_of(path), "flag")
        (fetched,) = source.fetch([key_of(path)])
    assert [p.name for p in (maildir_path / "cur").iterdir()] == [f"{key_of(path)}:2,{expected}"]
    assert not list((maildir_path / "new").iterdir())
    assert fetched.raw == raw(1)
    assert "\\Flagged" in fetched.flags


def test_move_creates_a_maildirpp_folder(maildir_path: Path) -> None:
    stay = deliver(maildir_path, raw(1), T0)
    go = deliver(maildir_path, raw(2), T0, subdir="cur", info="S")
    with MaildirSource(maildir_path, readonly=False) as source:
        source.apply_action(key_of(go), "move:Apstrādāts")
        assert source.list_keys(None) == [key_of(stay)]
    target = folder_path(maildir_path, "Apstrādāts")
    assert target.name == ".Apstr&AQE-d&AQE-ts"  # modified UTF-7, as Dovecot names it
    assert (target / "maildirfolder").exists()
    assert (target / "cur" / go.name).read_bytes() == raw(2)
    with MaildirSource(maildir_path, folder="Apstrādāts") as archive:
        assert archive.list_keys(None) == [key_of(go)]


def test_message_gone_before_fetch_is_skipped(maildir_path: Path) -> None:
    first = deliver(maildir_path, raw(1), T0)
    second = deliver(maildir_path, raw(2), T0 + timedelta(seconds=1))
    with MaildirSource(maildir_path) as source:
        keys = source.list_keys(None)
        second.unlink()
        assert [m.key for m in source.fetch(keys)] == [key_of(first)]


def test_a_folder_that_is_not_a_maildir_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match="not a maildir"), MaildirSource(tmp_path):
        pass
