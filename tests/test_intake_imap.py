"""End to end on real components: Dovecot → intake → SQLite/PostgreSQL → aiosmtpd.

Each test loads the private Dovecot with mail composed by the standard library's composer,
runs the service's cycle (what `intake poll --once` does) and checks what `intake export`
reports, what the SMTP server received, and what is left in the mailbox.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from intake.pipeline import Outcome, Pipeline, Where
from intake.sources.base import FetchedMessage
from intake.sync import poll_mailbox
from tests import mailfactory as mf
from tests.intake_env import Installation

pytestmark = pytest.mark.dovecot


def test_the_seed_story_mailbox_gives_every_status_and_answer(intake: Installation) -> None:
    account = intake.account
    account.append(
        mf.submission("dome@daugavpils.lv", municipality="Daugavpils"),
        mf.riga("20.08.2019 10:15:03"),
    )
    account.append(
        mf.submission(
            "dome@preili.lv", subject="Konkursam Remigracijas sekmesanas pakalpojumi pasvaldibas"
        ),
        mf.riga("21.08.2019 14:02:41"),
    )
    account.append(
        mf.submission(
            "dome@balvi.lv",
            subject="Pieteikums",
            municipality="Balvu novads",
            filename="1.pielikums_Balvi.docx",
        ),
        mf.riga("22.08.2019 09:00:00"),
    )
    account.append(
        mf.submission("pasts@ventspils.lv", filename=None), mf.riga("23.08.2019 12:00:00")
    )
    account.append(
        mf.submission("dome@riebini.lv", municipality="Riebiņu novads"),
        mf.riga("28.08.2019 00:00:30"),
    )
    account.append(mf.unrelated(), mf.riga("24.08.2019 08:00:00"))

    report = intake.cycle()

    assert report.poll.outcomes == {"submission": 5, "ignored": 1}
    records = intake.by_subject_sender()
    expected = {
        "dome@daugavpils.lv v1": ("exact", "registered", True),
        "dome@preili.lv v1": ("near", "registered", True),
        "dome@balvi.lv v1": ("none", "needs_review", True),
        "pasts@ventspils.lv v1": ("exact", "incomplete", True),
        "dome@riebini.lv v1": ("exact", "late", False),
    }
    assert {
        k: (r["subject_match"], r["status"], r["on_time"]) for k, r in records.items()
    } == expected
    assert sorted(r["reference"] for r in records.values()) == [
        f"LPR-REM-2019/{n:03d}" for n in range(1, 6)
    ]
    assert all(r["acknowledgement"]["status"] == "sent" for r in records.values())
    assert sorted(m.rcpt_tos[0] for m in intake.smtp.received) == sorted(
        k.split()[0] for k in expected
    )
    assert "subject_near_match" in {p["code"] for p in records["dome@preili.lv v1"]["problems"]}
    assert "no_attachment" in {p["code"] for p in records["pasts@ventspils.lv v1"]["problems"]}
    assert records["dome@riebini.lv v1"]["received_at"] == "2019-08-28T00:00:30+03:00"
    assert records["dome@daugavpils.lv v1"]["form"]["municipality"] == "Daugavpils"


def test_acknowledgement_threads_under_the_original_and_is_marked_automatic(
    intake: Installation,
) -> None:
    raw = mf.submission(message_id="<orig-1@preili.lv>")
    intake.account.append(raw, mf.riga("20.08.2019 10:00:00"))
    intake.cycle()
    [sent] = intake.smtp.received
    ack = sent.message()
    assert ack["In-Reply-To"] == "<orig-1@preili.lv>"
    assert "<orig-1@preili.lv>" in ack["References"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack["Message-ID"] == "<ack.LPR-REM-2019.001.v1@lpr.gov.lv>"
    text = ack.get_body(("plain",)).get_content()
    assert "LPR-REM-2019/001" in text
    assert "20.08.2019. plkst. 10:00:00" in text
    assert "1. pielikums – Preiļu novads.docx" in text
    [record] = intake.export()
    assert record["acknowledgement"]["message_id"] == "<ack.LPR-REM-2019.001.v1@lpr.gov.lv>"
    assert record["acknowledgement"]["sent_at"] is not None


@pytest.mark.parametrize(
    ("utc", "on_time", "status"),
    [
        (datetime(2019, 8, 27, 20, 59, 59, tzinfo=UTC), True, "registered"),
        (datetime(2019, 8, 27, 21, 0, 0, tzinfo=UTC), False, "late"),
    ],
    ids=["one-second-before", "one-second-after"],
)
def test_deadline_is_judged_by_server_receipt_time_in_riga(
    intake: Installation, utc: datetime, on_time: bool, status: str
) -> None:
    # The Date header claims the day before; only the server's INTERNALDATE decides.
    raw = mf.submission(date=mf.riga("26.08.2019 12:00:00"))
    intake.account.append(raw, utc)
    intake.cycle()
    [record] = intake.export()
    assert (record["on_time"], record["status"]) == (on_time, status)
    assert record["date_header"] == "2019-08-26T12:00:00+03:00"


def test_duplicate_delivery_registers_and_answers_once(intake: Installation) -> None:
    raw = mf.submission(message_id="<twice@preili.lv>")
    intake.account.append(raw, mf.riga("20.08.2019 10:00:00"))
    intake.account.append(raw, mf.riga("20.08.2019 10:00:05"))
    report = intake.cycle()
    assert report.poll.outcomes == {"submission": 1, "duplicate": 1}
    assert len(intake.export()) == 1
    assert len(intake.smtp.received) == 1


def test_resubmission_is_version_two_and_its_answer_names_the_replaced_version(
    intake: Installation,
) -> None:
    intake.account.append(
        mf.submission(message_id="<v1@preili.lv>"), mf.riga("20.08.2019 10:00:00")
    )
    intake.cycle()
    intake.account.append(
        mf.submission(message_id="<v2@preili.lv>", subject=f"Re: {mf.SUBJECT}"),
        mf.riga("25.08.2019 10:00:00"),
    )
    intake.cycle()
    records = intake.export()
    assert [(r["reference"], r["version"], r["superseded"]) for r in records] == [
        ("LPR-REM-2019/001", 1, True),
        ("LPR-REM-2019/001", 2, False),
    ]
    second = intake.smtp.received[1].message()
    assert "(2. versija)" in second["Subject"]
    text = second.get_body(("plain",)).get_content()
    assert "1. versij" in text  # names the version it replaces


def test_a_note_without_the_form_does_not_replace_the_application(intake: Installation) -> None:
    account = intake.account
    account.append(mf.submission(message_id="<form@preili.lv>"), mf.riga("20.08.2019 10:00:00"))
    question = mf.submission(
        message_id="<question@preili.lv>", subject=f"Re: {mf.SUBJECT}", filename=None
    )
    account.append(question, mf.riga("21.08.2019 10:00:00"))
    late = mf.submission(message_id="<late@preili.lv>")
    account.append(late, mf.riga("28.08.2019 10:00:00"))
    intake.cycle()
    records = {r["message_id"]: r for r in intake.export()}
    assert records["<form@preili.lv>"]["superseded"] is False
    assert records["<form@preili.lv>"]["reference"] == "LPR-REM-2019/001"
    assert records["<question@preili.lv>"]["reference"] == "LPR-REM-2019/002"
    assert records["<question@preili.lv>"]["status"] == "incomplete"
    assert records["<late@preili.lv>"]["status"] == "late"
    answers = {m.message()["In-Reply-To"]: m.message() for m in intake.smtp.received}
    for original in ("<question@preili.lv>", "<late@preili.lv>"):
        text = answers[original].get_body(("plain",)).get_content()
        assert "LPR-REM-2019/001 (1. versija) paliek spēkā" in " ".join(text.split())


def test_the_same_message_id_from_another_sender_is_not_a_duplicate(
    intake: Installation,
) -> None:
    intake.account.append(
        mf.submission("dome@preili.lv", message_id="<same@mail.lv>"), mf.riga("20.08.2019 10:00:00")
    )
    intake.account.append(
        mf.submission("dome@balvi.lv", message_id="<same@mail.lv>"), mf.riga("20.08.2019 11:00:00")
    )
    assert intake.cycle().poll.outcomes == {"submission": 2}
    assert len(intake.smtp.received) == 2


def test_uidvalidity_change_rescans_without_registering_anything_twice(
    intake: Installation,
) -> None:
    for n in range(3):
        intake.account.append(
            mf.submission(f"dome{n}@preili.lv", message_id=f"<m{n}@preili.lv>"),
            mf.riga(f"2{n}.08.2019 10:00:00"),
        )
    intake.cycle()
    intake.account.force_uidvalidity_change()
    intake.account.append(
        mf.submission("dome9@balvi.lv", message_id="<new@balvi.lv>"), mf.riga("26.08.2019 10:00:00")
    )
    report = intake.cycle()
    assert report.poll.rescanned
    assert report.poll.outcomes == {"duplicate": 3, "submission": 1}
    assert len(intake.export()) == 4
    assert len(intake.smtp.received) == 4


def test_a_server_restart_mid_poll_loses_and_repeats_nothing(intake: Installation) -> None:
    messages = [
        (mf.submission(f"d{n}@x.lv", message_id=f"<r{n}@x.lv>"), mf.riga("20.08.2019 10:00:00"))
        for n in range(30)
    ]
    intake.account.append_many(messages)
    server = intake.account.server
    pipeline = Pipeline(intake.config, intake.db)
    original = pipeline.process
    restarted = threading.Event()

    def process_then_restart(fetched: FetchedMessage, where: Where) -> Outcome:
        outcome = original(fetched, where)
        if fetched.uid == 5 and not restarted.is_set():
            restarted.set()
            server.stop()
            threading.Timer(1.0, server.start).start()
        return outcome

    pipeline.process = process_then_restart  # type: ignore[method-assign]
    source = intake.account.source(batch_size=4)
    report = poll_mailbox(source, pipeline, intake.db)
    assert restarted.is_set()
    assert report.outcomes == {"submission": 30}
    assert sorted(r["message_id"] for r in intake.export()) == sorted(
        f"<r{n}@x.lv>" for n in range(30)
    )


def test_smtp_down_then_up_sends_each_answer_exactly_once(intake: Installation) -> None:
    intake.smtp.stop()
    intake.account.append(mf.submission(), mf.riga("20.08.2019 10:00:00"))
    report = intake.cycle()
    assert report.poll.outcomes == {"submission": 1}
    assert report.send.retried == 1
    [record] = intake.export()
    assert record["acknowledgement"]["status"] == "pending"
    intake.smtp.start()
    with intake.db.transaction() as session:  # the backoff has passed
        from sqlalchemy import update

        from store.models import OutboxItem

        session.execute(update(OutboxItem).values(next_attempt_at=datetime.now(UTC)))
    assert intake.cycle().send.sent == 1
    assert intake.cycle().send.sent == 0
    assert len(intake.smtp.received) == 1
    assert intake.export()[0]["acknowledgement"]["status"] == "sent"


def test_latvian_attachment_names_in_rfc2231_and_rfc2047(intake: Installation) -> None:
    form = mf.annex1("Preiļu novads")
    message = EmailMessage()
    message["From"] = "Preiļu novads <dome@preili.lv>"
    message["To"] = mf.REGION
    message["Subject"] = mf.SUBJECT
    message["Date"] = format_datetime(mf.riga("20.08.2019 10:00:00"))
    message["Message-ID"] = "<names@preili.lv>"
    message.set_content("Pielikumā.")
    message.add_attachment(
        form, maintype="application", subtype=mf.DOCX_SUBTYPE, filename="Pieteikums_Preiļu.docx"
    )
    message.add_attachment(
        b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf", filename="Budžeta_tāme.pdf"
    )
    raw = message.as_bytes()
    rfc2231 = b"filename*=utf-8''Bud%C5%BEeta_t%C4%81me.pdf"
    assert rfc2231 in raw
    # The second name as Outlook and many webmails still write it: RFC 2047 inside quotes.
    raw = raw.replace(
        rfc2231, b'filename="' + Header("Budžeta_tāme.pdf", "utf-8").encode().encode() + b'"'
    )
    intake.account.append(raw, mf.riga("20.08.2019 10:00:00"))
    intake.cycle()
    [record] = intake.export()
    names = [a["filename"] for a in record["attachments"]]
    assert names == ["Pieteikums_Preiļu.docx", "Budžeta_tāme.pdf"]
    assert record["attachments"][0]["size"] == len(form)


def test_loop_protection_and_the_per_sender_rate_limit(intake: Installation) -> None:
    account = intake.account
    account.append(
        mf.submission("dvs@preili.lv", headers={"Auto-Submitted": "auto-generated"}),
        mf.riga("20.08.2019 09:00:00"),
    )
    account.append(
        mf.submission(
            "mailer-daemon@mx.preili.lv",
            subject=f"Undelivered: Re: {mf.SUBJECT}",
            headers={"Return-Path": "<>"},
        ),
        mf.riga("20.08.2019 09:30:00"),
    )
    for n in range(7):
        account.append(
            mf.submission("dome@balvi.lv", message_id=f"<burst{n}@balvi.lv>"),
            mf.riga(f"21.08.2019 10:0{n}:00"),
        )
    report = intake.cycle()
    assert report.poll.outcomes == {"submission": 8, "not_registered": 1}
    records = intake.export()
    auto = [r for r in records if r["from_address"] == "dvs@preili.lv"]
    assert [r["acknowledgement"]["status"] for r in auto] == ["suppressed"]
    burst = [
        r["acknowledgement"]["status"] for r in records if r["from_address"] == "dome@balvi.lv"
    ]
    assert sorted(burst) == ["pending"] * 2 + ["sent"] * 5
    assert len(intake.smtp.received) == 5
    assert {m.rcpt_tos[0] for m in intake.smtp.received} == {"dome@balvi.lv"}


def test_cli_poll_once_then_list_show_and_csv_export(intake: Installation) -> None:
    intake.account.append(mf.submission(), mf.riga("20.08.2019 10:00:00"))
    intake.account.append(mf.unrelated(), mf.riga("20.08.2019 11:00:00"))
    out = intake.cli("poll", "--once")
    assert "fetched and processed" in out
    assert "LPR-REM-2019/001" in intake.cli("list")
    shown = intake.cli("show", "LPR-REM-2019/001")
    assert "submission.registered" in shown and "1. pielikums" in shown
    csv_text = intake.cli("export", "--format", "csv")
    assert csv_text.splitlines()[0].startswith("reference,version,superseded")
    assert len(csv_text.strip().splitlines()) == 2  # the unrelated mail does not appear
