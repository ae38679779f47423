"""The region's other mail stays exactly as it was, whatever `after_processing` says.

Competition mail is flagged or moved only after it is safely stored; a message whose
processing failed is never touched and is retried on the next poll.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.pipeline import Outcome, Pipeline, Where
from intake.service import mail_source
from intake.sources.base import FetchedMessage
from intake.sync import poll_mailbox
from store.db import Database
from tests import mailfactory as mf
from tests.intake_env import Installation, install
from tests.servers.fixtures import ImapAccount
from tests.servers.smtp import SmtpTestServer

pytestmark = pytest.mark.dovecot

OTHER_MAIL = [
    (mf.unrelated(), mf.riga("20.08.2019 08:00:00"), ("\\Seen",)),
    (mf.unrelated("info@varam.gov.lv", "Par sanāksmi"), mf.riga("20.08.2019 08:30:00"), ()),
    (
        mf.unrelated("a@b.lv", "Re: rēķins"),
        mf.riga("20.08.2019 09:00:00"),
        ("\\Answered", "$Label1"),
    ),
]


def installed(
    tmp_path: Path,
    database: Database,
    account: ImapAccount,
    smtp: SmtpTestServer,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
) -> Installation:
    for raw, when, flags in OTHER_MAIL:
        account.append(raw, when, flags=flags)
    account.append(mf.submission(message_id="<form@preili.lv>"), mf.riga("20.08.2019 10:00:00"))
    return install(tmp_path, database, account, smtp, monkeypatch, after_processing=action)


@pytest.mark.parametrize("action", ["keep", "flag", "move:Konkurss"], ids=["keep", "flag", "move"])
def test_unrelated_mail_is_byte_for_byte_and_flag_for_flag_untouched(
    tmp_path: Path,
    database: Database,
    dovecot: ImapAccount,
    smtp_server: SmtpTestServer,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
) -> None:
    intake = installed(tmp_path, database, dovecot, smtp_server, monkeypatch, action)
    before = dovecot.messages()
    intake.cycle()
    intake.cycle()  # a second poll changes nothing either
    after = dovecot.messages()
    competition_uid = max(before)
    for uid, message in before.items():
        if uid != competition_uid:
            assert after[uid] == message, f"unrelated message {uid} changed"
    if action == "keep":
        assert after[competition_uid] == before[competition_uid]
    elif action == "flag":
        assert after[competition_uid].flags == ("\\Flagged",)
        assert after[competition_uid].raw == before[competition_uid].raw
    else:
        assert competition_uid not in after
        [moved] = dovecot.messages("Konkurss").values()
        assert moved.raw == before[competition_uid].raw
    assert len(intake.export()) == 1


class FailingOnce(Pipeline):
    """A pipeline whose first attempt at one message fails, as a bug or an outage would."""

    failures = 0

    def process(self, fetched: FetchedMessage, where: Where) -> Outcome:
        if b"<form@preili.lv>" in fetched.raw and self.failures == 0:
            self.failures += 1
            raise RuntimeError("simulated failure while storing")
        return super().process(fetched, where)


def test_a_failed_message_is_kept_untouched_and_retried(
    tmp_path: Path,
    database: Database,
    dovecot: ImapAccount,
    smtp_server: SmtpTestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    intake = installed(tmp_path, database, dovecot, smtp_server, monkeypatch, "flag")
    pipeline = FailingOnce(intake.config, intake.db)
    first = poll_mailbox(mail_source(intake.config), pipeline, intake.db)
    assert (first.failed, first.outcomes["ignored"]) == (1, 3)
    assert all(m.flags != ("\\Flagged",) for m in dovecot.messages().values())
    assert intake.export() == []
    second = poll_mailbox(mail_source(intake.config), pipeline, intake.db)
    assert (second.failed, dict(second.outcomes)) == (0, {"submission": 1})
    assert len(intake.export()) == 1
    flagged = [m for m in dovecot.messages().values() if "\\Flagged" in m.flags]
    assert len(flagged) == 1 and b"<form@preili.lv>" in flagged[0].raw


def test_an_idle_poll_asks_only_for_new_uids(
    tmp_path: Path,
    database: Database,
    dovecot: ImapAccount,
    smtp_server: SmtpTestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    intake = installed(tmp_path, database, dovecot, smtp_server, monkeypatch, "keep")
    assert intake.cycle().poll.listed == 4
    idle = intake.cycle().poll
    assert (idle.listed, idle.fetched) == (0, 0)
    dovecot.append(mf.submission("dome@balvi.lv"), mf.riga("21.08.2019 10:00:00"))
    assert intake.cycle().poll.listed == 1


def test_a_refused_move_leaves_the_message_and_the_cycle_goes_on(
    tmp_path: Path,
    database: Database,
    dovecot: ImapAccount,
    smtp_server: SmtpTestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Dovecot refuses a 400-character mailbox name: the move fails after the message is stored.
    intake = installed(tmp_path, database, dovecot, smtp_server, monkeypatch, "move:" + "x" * 400)
    before = dovecot.messages()
    report = intake.cycle()
    assert (report.poll.outcomes["submission"], report.poll.actions) == (1, 0)
    assert report.send.sent == 1
    assert dovecot.messages() == before
    assert "mailbox.action_failed" in intake.cli("show", "LPR-REM-2019/001")
    assert intake.cycle().poll.actions == 0  # not retried on every poll
