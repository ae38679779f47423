"""Typed configuration loaded from TOML.

Every key is validated once, at start-up, so a coordinator sees one clear message naming the key
and the file instead of a failure in the middle of a poll. Secrets are never in the file: the
file names the environment variables that hold them.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from email.utils import parseaddr
from pathlib import Path
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from intake.errors import ConfigError

Security = Literal["tls", "starttls", "none"]
T = TypeVar("T")

CONFIG_ENV = "INTAKE_CONFIG"
DEFAULT_CONFIG = Path("config.toml")


@dataclass(frozen=True)
class DatabaseConfig:
    url: str


@dataclass(frozen=True)
class MailboxConfig:
    kind: Literal["imap", "maildir"]
    folder: str
    after_processing: str  # "keep" | "flag" | "move:Folder"
    poll_every: timedelta
    host: str = ""
    port: int = 993
    security: Security = "tls"
    username: str = ""
    password_env: str = ""
    path: Path | None = None

    def password(self) -> str:
        return _secret(self.password_env, "mailbox.password_env")


@dataclass(frozen=True)
class SmtpConfig:
    sender: str
    host: str = ""
    port: int = 587
    security: Security = "starttls"
    username: str = ""
    password_env: str = ""
    directory: Path | None = None
    send_every: timedelta = timedelta(seconds=30)
    max_replies_per_sender_per_hour: int = 5

    @property
    def sender_address(self) -> str:
        return parseaddr(self.sender)[1].lower()

    def password(self) -> str:
        return _secret(self.password_env, "smtp.password_env") if self.password_env else ""


@dataclass(frozen=True)
class CompetitionConfig:
    code: str
    title: str
    subject: str
    deadline: datetime
    timezone: ZoneInfo
    planning_region: str
    max_grant_eur: Decimal
    implementation_start: date | None = None
    implementation_end: date | None = None


@dataclass(frozen=True)
class Config:
    path: Path
    database: DatabaseConfig
    mailbox: MailboxConfig
    smtp: SmtpConfig
    competition: CompetitionConfig


def _secret(env_name: str, key: str) -> str:
    value = os.environ.get(env_name)
    if value is None:
        raise ConfigError(f"environment variable {env_name} (named by {key}) is not set")
    return value


class _Section:
    """Reads one table of the file; every error names `section.key` and the file."""

    def __init__(self, data: Mapping[str, Any], name: str, path: Path) -> None:
        self.data = data
        self.name = name
        self.path = path
        self.used: set[str] = set()

    def fail(self, key: str, why: str) -> ConfigError:
        return ConfigError(f"{self.path}: [{self.name}] {key}: {why}")

    def get(self, key: str, kind: type[T], default: T | None = None) -> T:
        self.used.add(key)
        if key not in self.data:
            if default is None:
                raise self.fail(key, "missing (required)")
            return default
        value = self.data[key]
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            raise self.fail(key, f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.get(key, str, default)
        if value not in allowed:
            raise self.fail(key, f"must be one of {', '.join(allowed)}; got {value!r}")
        return value

    def converted(self, key: str, convert: Callable[[Any], T], default: Any = None) -> T:
        self.used.add(key)
        if key not in self.data and default is None:
            raise self.fail(key, "missing (required)")
        try:
            return convert(self.data.get(key, default))
        except (ValueError, TypeError, InvalidOperation, ZoneInfoNotFoundError) as err:
            raise self.fail(key, str(err) or "invalid value") from err

    def check_unknown(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.fail(unknown[0], "unknown key (misspelt?)")


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")


def parse_duration(value: object) -> timedelta:
    """`"60s"`, `"5m"`, `"1h"`, `"250ms"` or a number of seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    elif isinstance(value, str) and (match := _DURATION.match(value)):
        factor = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[match.group(2) or "s"]
        seconds = float(match.group(1)) * factor
    else:
        raise ValueError(f"expected a duration like '60s', '5m' or '1h', got {value!r}")
    if seconds <= 0:
        raise ValueError("must be positive")
    return timedelta(seconds=seconds)


def _after_processing(value: object) -> str:
    if value in ("keep", "flag"):
        return str(value)
    if isinstance(value, str) and value.startswith("move:") and value[5:].strip():
        return "move:" + value[5:].strip()
    raise ValueError(f"must be 'keep', 'flag' or 'move:Folder', got {value!r}")


def _port(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise ValueError(f"expected a port number 1..65535, got {value!r}")
    return value


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _security(section: _Section, default: str, host: str) -> Security:
    value = section.choice("security", ("tls", "starttls", "none"), default)
    if value == "none" and not is_loopback(host):
        raise section.fail("security", f"'none' is allowed for loopback hosts only, not {host!r}")
    return value  # type: ignore[return-value]


def _relative(base: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def _database(section: _Section, base: Path) -> DatabaseConfig:
    url = section.get("url", str)
    prefix = "sqlite:///"
    if url.startswith(prefix) and url != prefix + ":memory:" and not url.startswith(prefix + "/"):
        url = prefix + str(_relative(base, url[len(prefix) :]))
    return DatabaseConfig(url=url)


def _mailbox(section: _Section, base: Path) -> MailboxConfig:
    kind = section.choice("kind", ("imap", "maildir"))
    common: dict[str, Any] = {
        "kind": kind,
        "folder": section.get("folder", str, "INBOX"),
        "after_processing": section.converted("after_processing", _after_processing, "keep"),
        "poll_every": section.converted("poll_every", parse_duration, "60s"),
    }
    if kind == "maildir":
        section.used |= {"host", "port", "security", "username", "password_env"}
        return MailboxConfig(**common, path=_relative(base, section.get("path", str)))
    host = section.get("host", str)
    return MailboxConfig(
        **common,
        host=host,
        port=section.converted("port", _port, 993),
        security=_security(section, "tls", host),
        username=section.get("username", str),
        password_env=section.get("password_env", str),
    )


def _smtp(section: _Section, base: Path) -> SmtpConfig:
    sender = section.get("sender", str)
    if "@" not in parseaddr(sender)[1]:
        raise section.fail("sender", f"not an e-mail address: {sender!r}")
    common: dict[str, Any] = {
        "sender": sender,
        "send_every": section.converted("send_every", parse_duration, "30s"),
        "max_replies_per_sender_per_hour": section.get("max_replies_per_sender_per_hour", int, 5),
    }
    if "directory" in section.data:
        section.used |= {"host", "port", "security", "username", "password_env"}
        return SmtpConfig(**common, directory=_relative(base, section.get("directory", str)))
    host = section.get("host", str)
    return SmtpConfig(
        **common,
        host=host,
        port=section.converted("port", _port, 587),
        security=_security(section, "starttls", host),
        username=section.get("username", str, ""),
        password_env=section.get("password_env", str, ""),
    )


def _deadline(value: object, tz: ZoneInfo) -> datetime:
    """An aware datetime as given; a local datetime in the competition's zone; a date: its end."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    if isinstance(value, date):
        return datetime.combine(value, time(23, 59, 59), tzinfo=tz)
    if isinstance(value, str):
        return _deadline(datetime.fromisoformat(value), tz)
    raise ValueError(f"expected a date-time like 2019-08-27T23:59:59+03:00, got {value!r}")


def _optional_date(value: object) -> date | None:
    if value in ("", None):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _competition(section: _Section) -> CompetitionConfig:
    tz = section.converted("timezone", lambda v: ZoneInfo(str(v)), "Europe/Riga")
    max_grant = section.converted("max_grant_eur", lambda v: Decimal(str(v)), 10000)
    if max_grant <= 0:
        raise section.fail("max_grant_eur", "must be positive")
    start = section.converted("implementation_start", _optional_date, "")
    end = section.converted("implementation_end", _optional_date, "")
    if start and end and start > end:
        raise section.fail("implementation_end", "is before implementation_start")
    code = section.get("code", str)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", code):
        raise section.fail("code", "letters, digits, '.', '_' and '-' only")
    return CompetitionConfig(
        code=code,
        title=section.get("title", str),
        subject=section.get("subject", str),
        deadline=section.converted("deadline", lambda v: _deadline(v, tz)),
        timezone=tz,
        planning_region=section.get("planning_region", str),
        max_grant_eur=max_grant,
        implementation_start=start,
        implementation_end=end,
    )


def load_config(path: Path | str | None = None) -> Config:
    """Load and validate the config: explicit path, else $INTAKE_CONFIG, else ./config.toml."""
    chosen = Path(path or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)
    try:
        data = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ConfigError(f"{chosen}: configuration file not found") from err
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{chosen}: cannot read: {err}") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{chosen}: not valid TOML: {err}") from err
    return config_from_mapping(data, chosen)


def config_from_mapping(data: Mapping[str, Any], path: Path) -> Config:
    base = path.resolve().parent
    readers: dict[str, Callable[[_Section], Any]] = {
        "database": lambda s: _database(s, base),
        "mailbox": lambda s: _mailbox(s, base),
        "smtp": lambda s: _smtp(s, base),
        "competition": _competition,
    }
    for name in data:
        if name not in readers:
            raise ConfigError(f"{path}: [{name}]: unknown section")
    parts: dict[str, Any] = {}
    for name, reader in readers.items():
        table = data.get(name)
        if not isinstance(table, Mapping):
            raise ConfigError(f"{path}: [{name}]: section missing")
        section = _Section(table, name, path)
        parts[name] = reader(section)
        section.check_unknown()
    return Config(path=path, **parts)
