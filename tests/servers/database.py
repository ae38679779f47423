"""The `database` fixture: a migrated, empty database per test, on SQLite and on PostgreSQL.

SQLite is a file in the test's tmp_path. PostgreSQL runs when INTAKE_TEST_POSTGRES_URL names a
server (e.g. `postgresql+psycopg://postgres@127.0.0.1:5432/test`); each test gets its own schema
`t_<random>`, reached through `search_path`, so tests can run side by side and leave nothing
behind (the schema is dropped with CASCADE afterwards).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from store.db import Database

POSTGRES_ENV = "INTAKE_TEST_POSTGRES_URL"


def sqlite_database(directory: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{directory}/t.db")
    try:
        yield db
    finally:
        db.dispose()


def postgres_database(url: str) -> Iterator[Database]:
    schema = f"t_{secrets.token_hex(6)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    db: Database | None = None
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        db = Database(scoped.render_as_string(hide_password=False))
        yield db
    finally:
        if db is not None:
            db.dispose()
        with admin.connect() as connection:  # also when the migration failed halfway
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A freshly migrated `store.db.Database`; the PostgreSQL variant skips without a server."""
    if request.param == "sqlite":
        yield from sqlite_database(tmp_path)
        return
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set; PostgreSQL variant not run")
    yield from postgres_database(url)
