"""Configuration: the documented keys load into typed values; mistakes name the key and file."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from intake.config import load_config, parse_duration
from intake.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "config.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def example_with(tmp_path: Path, old: str, new: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text, old
    return write(tmp_path, text.replace(old, new, 1))


def test_example_config_loads_into_typed_values(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, EXAMPLE.read_text(encoding="utf-8")))
    assert config.mailbox.kind == "imap"
    assert config.mailbox.poll_every == timedelta(seconds=60)
    assert config.mailbox.after_processing == "keep"
    assert config.smtp.sender_address == "pasts@lpr.gov.lv"
    assert config.competition.max_grant_eur == Decimal(10000)
    assert config.competition.deadline.isoformat() == "2019-08-27T23:59:59+03:00"
    assert config.competition.timezone.key == "Europe/Riga"
    assert (config.competition.implementation_start, config.competition.implementation_end) == (
        date(2019, 10, 1),
        date(2020, 5, 31),
    )
    # a relative SQLite path is relative to the configuration file, not the working directory
    assert config.database.url == f"sqlite:///{tmp_path.resolve()}/var/intake.db"


def test_every_key_of_the_example_is_commented() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    keys = [i for i, line in enumerate(lines) if line and line[0].isalpha() and "=" in line]
    assert len(keys) >= 20
    for index in keys:
        assert lines[index - 1].startswith("#"), f"key without comment: {lines[index]}"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('kind = "imap"', 'kind = "pop3"', "[mailbox] kind: must be one of imap, maildir"),
        ("port = 993", 'port = "993"', "[mailbox] port: expected a port number"),
        ('security = "tls"', 'security = "none"', "[mailbox] security: 'none' is allowed for"),
        ('after_processing = "keep"', 'after_processing = "delete"', "[mailbox] after_processing"),
        ('poll_every = "60s"', 'poll_every = "soon"', "[mailbox] poll_every: expected a duration"),
        ('url = "sqlite:///var/intake.db"', "", "[database] url: missing (required)"),
        ('timezone = "Europe/Riga"', 'timezone = "Europe/Rига"', "[competition] timezone"),
        ('code = "LPR-REM-2019"', 'code = "LPR REM/2019"', "[competition] code"),
        ("max_grant_eur = 10000", "max_grant_eur = -1", "[competition] max_grant_eur"),
        ('folder = "INBOX"', 'folder = "INBOX"\nfodler = "x"', "[mailbox] fodler: unknown key"),
        ('sender = "Latgales', 'sender = "nobody" #', "[smtp] sender: not an e-mail address"),
    ],
    ids=[
        "kind",
        "port-type",
        "plain-to-remote",
        "action",
        "duration",
        "missing-url",
        "zone",
        "code",
        "grant",
        "misspelt-key",
        "sender",
    ],
)
def test_a_wrong_key_gives_one_message_naming_key_and_file(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    path = example_with(tmp_path, old, new)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_missing_file_and_bad_toml_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "absent.toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[database\nurl="))


def test_config_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, EXAMPLE.read_text(encoding="utf-8"))
    monkeypatch.setenv("INTAKE_CONFIG", str(path))
    assert load_config().path == path


def test_secrets_come_only_from_the_named_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = load_config(write(tmp_path, EXAMPLE.read_text(encoding="utf-8")))
    monkeypatch.delenv("INTAKE_IMAP_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="INTAKE_IMAP_PASSWORD"):
        config.mailbox.password()
    monkeypatch.setenv("INTAKE_IMAP_PASSWORD", "s3cret")
    assert config.mailbox.password() == "s3cret"


def test_maildir_and_directory_variants(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert data["mailbox"]["kind"] == "imap"
    text = text.replace('kind = "imap"', 'kind = "maildir"\npath = "Maildir"')
    text = text.replace('host = "mail.example.lv"\n# 587', 'directory = "outbox"\n# 587')
    config = load_config(write(tmp_path, text))
    assert config.mailbox.path == tmp_path.resolve() / "Maildir"
    assert config.smtp.directory == tmp_path.resolve() / "outbox"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("60s", 60), ("5m", 300), ("1h", 3600), ("250ms", 0.25), (90, 90)],
    ids=["s", "m", "h", "ms", "int"],
)
def test_durations(text: str | int, seconds: float) -> None:
    assert parse_duration(text).total_seconds() == seconds


def test_local_deadline_is_read_in_the_competition_zone(tmp_path: Path) -> None:
    path = example_with(tmp_path, "deadline = 2019-08-27T23:59:59+03:00", "deadline = 2019-08-27")
    assert load_config(path).competition.deadline.isoformat() == "2019-08-27T23:59:59+03:00"
