"""The store on SQLite and PostgreSQL: schema by migrations, numbering, versions, evidence."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from store import ledger, submissions
from store.db import Database
from store.models import Base, StoredMessage, Submission


def stored_message(db: Database, key: str, sender: str = "dome@preili.lv") -> int:
    with db.transaction() as session:
        message = StoredMessage(
            dedup_key=key,
            message_id=key,
            from_address=sender,
            subject="Konkursam",
            received_at=datetime(2019, 8, 20, 7, 0, tzinfo=UTC),
            raw_sha256="0" * 64,
            raw_size=3,
            raw=b"raw",
            source="maildir:/x",
            folder="INBOX",
        )
        session.add(message)
        session.flush()
        return message.id


def register(
    db: Database, key: str, sender: str = "dome@preili.lv", on_time: bool = True
) -> Submission:
    message_row = stored_message(db, key, sender)
    with db.transaction() as session:
        message = session.get(StoredMessage, message_row)
        assert message is not None
        replaces = submissions.current_version(session, "LPR-REM-2019", sender) if on_time else None
        return submissions.add_submission(
            session,
            message=message,
            competition="LPR-REM-2019",
            replaces=replaces,
            subject_match="exact",
            on_time=on_time,
            status="registered" if on_time else "late",
            problems=[submissions.ProblemRecord("late", "error", "Nokavēts", "Late")],
        )


def test_migrations_create_exactly_the_models_schema(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_migrating_twice_is_harmless(database: Database) -> None:
    again = Database(database.engine.url.render_as_string(hide_password=False))
    again.dispose()


def test_reference_numbers_are_sequential_per_competition(database: Database) -> None:
    refs = [register(database, f"<m{i}@x>", sender=f"s{i}@x.lv").reference for i in range(3)]
    assert refs == ["LPR-REM-2019/001", "LPR-REM-2019/002", "LPR-REM-2019/003"]


def test_a_rolled_back_number_is_not_shown_and_numbers_never_repeat(database: Database) -> None:
    register(database, "<a@x>", sender="a@x.lv")
    with pytest.raises(RuntimeError), database.transaction() as session:
        submissions.draw_number(session, "LPR-REM-2019")
        raise RuntimeError("crash after drawing a number")
    assert register(database, "<b@x>", sender="b@x.lv").reference == "LPR-REM-2019/002"


def test_concurrent_registrations_get_distinct_numbers(database: Database) -> None:
    refs: list[str] = []
    failures: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            refs.append(register(database, f"<c{n}@x>", sender=f"c{n}@x.lv").reference)
        except BaseException as err:  # pragma: no cover - reported below
            failures.append(err)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(refs) == [f"LPR-REM-2019/{n:03d}" for n in range(1, 9)]


def test_resubmission_is_a_new_version_and_supersedes_the_previous(database: Database) -> None:
    first = register(database, "<v1@x>")
    second = register(database, "<v2@x>")
    assert (second.reference, second.version) == (first.reference, 2)
    with database.reading() as session:
        rows = submissions.submissions_by_reference(session, first.reference)
        assert [(r.version, r.superseded) for r in rows] == [(1, True), (2, False)]
        assert rows[1].problems[0].message_lv == "Nokavēts"


def test_a_late_message_does_not_replace_the_on_time_version(database: Database) -> None:
    first = register(database, "<ok@x>")
    late = register(database, "<late@x>", on_time=False)
    assert late.reference != first.reference
    with database.reading() as session:
        assert not submissions.submissions_by_reference(session, first.reference)[0].superseded


def test_times_come_back_aware_and_equal(database: Database) -> None:
    riga = timezone(timedelta(hours=3))
    register(database, "<t@x>")
    with database.reading() as session:
        message = session.scalars(select(StoredMessage)).one()
        assert message.received_at == datetime(2019, 8, 20, 10, 0, tzinfo=riga)
        assert message.received_at.tzinfo is not None


def test_ledger_cursor_and_uidvalidity_change(database: Database) -> None:
    with database.transaction() as session:
        assert ledger.folder_cursor(session, "imap://u@h", "INBOX", 7).last_uid is None
        ledger.advance_cursor(session, "imap://u@h", "INBOX", 7, 42)
    with database.transaction() as session:
        assert ledger.folder_cursor(session, "imap://u@h", "INBOX", 7).last_uid == 42
        changed = ledger.folder_cursor(session, "imap://u@h", "INBOX", 8)
        assert (changed.rescan, changed.previous_uidvalidity, changed.last_uid) == (True, 7, None)
        ledger.advance_cursor(session, "imap://u@h", "INBOX", 8, 3)
    with database.reading() as session:
        assert ledger.folder_cursor(session, "imap://u@h", "INBOX", 8).last_uid == 3
