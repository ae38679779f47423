"""Shared fixtures: real servers (Dovecot, aiosmtpd) and real databases (SQLite, PostgreSQL)."""

pytest_plugins = [
    "tests.servers.database",
    "tests.servers.fixtures",
    "tests.servers.smtp",
    "tests.intake_env",
]
