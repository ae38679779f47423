"""A complete intake installation for integration tests: config file, Dovecot, aiosmtpd, database.

Everything is real: the config is written as TOML and loaded by the product's loader, the
mailbox is the fixture's private Dovecot, acknowledgements go over SMTP to aiosmtpd.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from intake.cli import main
from intake.config import Config, load_config
from intake.service import CycleReport, run_cycle
from store.db import Database
from tests.servers.fixtures import ImapAccount
from tests.servers.smtp import SmtpTestServer

PASSWORD_ENV = "INTAKE_TEST_IMAP_PASSWORD"


def config_text(
    database_url: str,
    account: ImapAccount,
    smtp: SmtpTestServer,
    *,
    after_processing: str = "keep",
    extra_smtp: str = "",
) -> str:
    return f"""
[database]
url = "{database_url}"

[mailbox]
kind = "imap"
host = "{account.host}"
port = {account.port}
security = "none"
username = "{account.username}"
password_env = "{PASSWORD_ENV}"
folder = "INBOX"
after_processing = "{after_processing}"
poll_every = "60s"

[smtp]
host = "{smtp.host}"
port = {smtp.port}
security = "none"
sender = "Latgales plānošanas reģions <pasts@lpr.gov.lv>"
{extra_smtp}

[competition]
code = "LPR-REM-2019"
title = "Remigrācijas sekmēšanas pakalpojumi pašvaldībās"
subject = "Konkursam \\"Remigrācijas sekmēšanas pakalpojumi pašvaldībās\\""
deadline = 2019-08-27T23:59:59+03:00
timezone = "Europe/Riga"
planning_region = "Latgale"
max_grant_eur = 10000
"""


@dataclass
class Installation:
    """One configured intake with its servers; `cycle()` runs `intake poll --once`'s work."""

    path: Path
    config: Config
    db: Database
    account: ImapAccount
    smtp: SmtpTestServer
    reports: list[CycleReport] = field(default_factory=list)

    def cycle(self) -> CycleReport:
        report = run_cycle(self.config, self.db)
        self.reports.append(report)
        return report

    def cli(self, *args: str) -> str:
        result = CliRunner().invoke(main, ["--config", str(self.path), *args])
        assert result.exit_code == 0, result.output
        return result.output

    def export(self) -> list[dict[str, Any]]:
        records: list[dict[str, Any]] = json.loads(self.cli("export", "--format", "json"))
        return records

    def by_subject_sender(self) -> dict[str, dict[str, Any]]:
        return {f"{r['from_address']} v{r['version']}": r for r in self.export()}


def install(
    tmp_path: Path,
    database: Database,
    account: ImapAccount,
    smtp: SmtpTestServer,
    monkeypatch: pytest.MonkeyPatch,
    **options: str,
) -> Installation:
    monkeypatch.setenv(PASSWORD_ENV, account.password)
    url = database.engine.url.render_as_string(hide_password=False)
    path = tmp_path / "config.toml"
    path.write_text(config_text(url, account, smtp, **options), encoding="utf-8")
    return Installation(path, load_config(path), database, account, smtp)


@pytest.fixture
def intake(
    tmp_path: Path,
    database: Database,
    dovecot: ImapAccount,
    smtp_server: SmtpTestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> Installation:
    """intake configured for a fresh Dovecot user, the SMTP test server and `database`."""
    return install(tmp_path, database, dovecot, smtp_server, monkeypatch)
