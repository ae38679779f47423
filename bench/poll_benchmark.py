"""Poll benchmark (issue 2 part 12): how fast `intake poll --once` gets through a big mailbox,
and what an idle poll costs as the mailbox grows.

    .venv/bin/python -m bench.poll_benchmark [--messages 2000] [--size-kb 60] [--keep]

What it does, all on 127.0.0.1:
1. starts a private Dovecot (tests/servers/dovecot.py) and an aiosmtpd server in this process
   (tests/servers/smtp.py), and loads three users with realistic applications (bench/corpus.py):
   the big mailbox (`--messages`), a small one (`--small`, 100) and a profiling one (200);
2. runs `.venv/bin/intake --config … poll --once` as a real subprocess on the big mailbox into a
   migrated, empty SQLite database: wall time, messages per second, the process's own peak RSS
   (VmHWM sampled from /proc) and CPU time (wait4), and the acknowledgements SMTP received;
3. drains what that cycle left in the outbox (in this process, `send_outbox` until a round sends
   nothing), timed, so every acknowledgement is accounted for;
4. the idle poll (nothing new) on the big and the small mailbox: the whole subprocess, and
   `intake.sync.poll_mailbox` alone in this process (median of `--idle-runs`), with where that
   time goes and a bare `UID SEARCH UID n:*` for comparison;
5. the profiling mailbox, polled in this process twice into fresh databases: once with timers
   around the pipeline's stages (ms per message) and once under cProfile (top entries).

Every child has a timeout, and both servers are stopped at the end, also on an error or Ctrl-C.
The stage timers name functions as strings and skip those the tree no longer has (n/a), so the
benchmark keeps running while the pipeline is refactored.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import os
import platform
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console

from bench.corpus import Corpus, build_corpus
from bench.timing import (
    ChildRun,
    Spec,
    Stages,
    median,
    profile_rows,
    profile_total,
    quantile,
    run_child,
    timed_runs,
)
from intake.config import Config, load_config
from intake.pipeline import Outcome, Pipeline
from intake.service import CycleReport, mail_source, send_outbox
from intake.sync import PollReport, poll_mailbox
from intake.views import print_cycle
from notifications.sender import SendReport
from store.db import Database
from tests.intake_env import PASSWORD_ENV, config_text
from tests.servers.dovecot import Dovecot, DovecotMissing
from tests.servers.fixtures import ImapAccount
from tests.servers.smtp import SmtpTestServer

ROOT = Path(__file__).resolve().parent.parent
INTAKE = Path(sys.executable).parent / "intake"
REFERENCE = "issue author, bare script, one core: fetch 0.2 + store 1.2 + ack 4 ms/msg ≈ 150 msg/s"
BARE_SEARCH_REFERENCE_MS = 0.8
ProfileRow = tuple[str, str, float, float, float]

POLL_STAGES: tuple[Spec, ...] = (
    ("IMAP FETCH (sizes + bodies)", ("imapclient:IMAPClient.fetch",)),
    ("pipeline.process (one message, all of it)", ("intake.pipeline:Pipeline.process",)),
    ("  parse_message (MIME)", ("intake.pipeline:parse_message",)),
    ("  assess (checks)", ("intake.pipeline:assess",)),
    ("    document_text (read .docx/.pdf)", ("intake.checks.attachments:document_text",)),
    ("  read_forms (Annex 1, bounded child process)", ("intake.pipeline:read_forms",)),
    ("  _decide (ORM work in the transaction)", ("intake.pipeline:Pipeline._decide",)),
    ("    message_by_dedup_key (SELECT)", ("store.submissions:message_by_dedup_key",)),
    ("    store_message (INSERT raw + attachments)", ("intake.pipeline:store_message",)),
    (
        "    version decision (SELECTs)",
        ("intake.pipeline:decide_version", "store.submissions:current_version"),
    ),
    ("    add_submission (number, INSERTs)", ("store.submissions:add_submission",)),
    (
        "    acknowledgement (render, serialise, queue)",
        ("intake.pipeline:queue_acknowledgement", "intake.pipeline:Pipeline._acknowledge"),
    ),
    (
        "      render_acknowledgement (Jinja2 + MIME)",
        (
            "intake.answers:render_acknowledgement",
            "intake.answers:compose_acknowledgement",
            "intake.pipeline:compose_acknowledgement",
        ),
    ),
    ("      outbox.enqueue (INSERT)", ("store.outbox:enqueue",)),
    ("    record_outcome (ledger: SELECT + INSERT)", ("intake.pipeline:record_outcome",)),
    ("  advance_cursor (SELECT + UPDATE)", ("intake.pipeline:advance_cursor",)),
    ("  COMMIT (sqlite3 commit)", ("sqlalchemy.engine.default:DefaultDialect.do_commit",)),
    ("Session.flush, all (overlaps the lines above)", ("sqlalchemy.orm:Session.flush",)),
)
SEND_STAGES: tuple[Spec, ...] = (
    ("send_due (whole rounds)", ("intake.service:send_due",)),
    ("  _attempt (one item, one transaction)", ("notifications.sender:_attempt",)),
    ("    claim_due (SELECT)", ("notifications.sender:claim_due",)),
    ("    _held_until (rate-limit SELECTs)", ("notifications.sender:_held_until",)),
    ("    envelope_sender_of (header parse)", ("notifications.sender:envelope_sender_of",)),
    (
        "    SmtpTransport._connection (NOOP check)",
        ("notifications.transport:SmtpTransport._connection",),
    ),
    (
        "    SmtpTransport.send (NOOP + MAIL/RCPT/DATA)",
        ("notifications.transport:SmtpTransport.send",),
    ),
    ("    COMMIT (sqlite3 commit)", ("sqlalchemy.engine.default:DefaultDialect.do_commit",)),
)
IDLE_PARTS: tuple[Spec, ...] = (
    ("IMAP connect + LOGIN + EXAMINE", ("intake.sources.imap:ImapSource.__enter__",)),
    ("IMAP UID SEARCH UID n:*", ("intake.sources.imap:ImapSource.list_keys",)),
    ("IMAP LOGOUT", ("intake.sources.imap:ImapSource.__exit__",)),
    ("DB folder_cursor", ("store.ledger:folder_cursor",)),
    ("DB retryable_failures", ("store.ledger:retryable_failures",)),
    ("DB seen_keys", ("store.ledger:seen_keys",)),
    ("DB unfinished_actions", ("store.ledger:unfinished_actions",)),
)


@dataclass
class Box:
    """One mailbox user on the benchmark's Dovecot with its own config and SQLite database."""

    name: str
    account: ImapAccount
    directory: Path
    count: int
    config_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.config_path = self.directory / "config.toml"

    def use_database(self, label: str, smtp: SmtpTestServer) -> str:
        """Point the config at a new, migrated SQLite file; returns its URL."""
        url = f"sqlite:///{self.directory / label}.db"
        self.config_path.write_text(config_text(url, self.account, smtp), encoding="utf-8")
        Database(url).dispose()  # create the schema now: the poll measures polling only
        return url

    def config(self) -> Config:
        return load_config(self.config_path)


@dataclass
class IdleResult:
    messages: int
    subprocess_walls: list[float]
    in_process: list[float]
    parts: dict[str, float | None]  # label → median ms over the instrumented runs
    bare_search: list[float]
    session_setup: list[float]


@dataclass
class Profiled:
    messages: int
    poll_seconds: float
    poll_stages: dict[str, tuple[float, int] | None]
    failed: int
    send_seconds: float
    sent: int
    send_stages: dict[str, tuple[float, int] | None]
    profile_poll_seconds: float = 0.0
    poll_profile: list[ProfileRow] = field(default_factory=list)
    poll_self: list[ProfileRow] = field(default_factory=list)
    send_profile: list[ProfileRow] = field(default_factory=list)
    profiled_sent: int = 0


@dataclass
class FullPoll:
    run: ChildRun
    counts: dict[str, Counter[str]]
    acks_after_poll: int
    drain: tuple[SendReport, int, float]
    acks_total: int
    render_seconds: float


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def ms(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1000:.2f} ms"


# --- the mailboxes and the intake process ------------------------------------------------------


def load_box(box: Box, corpus: Corpus) -> float:
    """APPEND the first `box.count` messages; returns the seconds it took."""
    start = time.perf_counter()
    uids = box.account.append_many(corpus.head(box.count))
    if len(uids) != box.count:
        raise RuntimeError(f"{box.name}: appended {len(uids)} of {box.count}")
    return time.perf_counter() - start


def intake_poll(box: Box, password: str, timeout: float, tag: str) -> ChildRun:
    env = dict(os.environ, **{PASSWORD_ENV: password})
    env.pop("INTAKE_CONFIG", None)
    run = run_child(
        [str(INTAKE), "--config", str(box.config_path), "poll", "--once"],
        env=env,
        cwd=box.directory,
        timeout=timeout,
        log=box.directory / tag,
    )
    if run.timed_out:
        raise RuntimeError(f"{box.name}: `intake poll --once` killed after {timeout:.0f} s")
    if run.returncode != 0:
        raise RuntimeError(
            f"{box.name}: `intake poll --once` exited {run.returncode}:\n{run.stderr[-3000:]}"
        )
    return run


def database_counts(url: str) -> dict[str, Counter[str]]:
    path = url.removeprefix("sqlite:///")
    queries = {
        "ledger": "SELECT outcome, count(*) FROM sync_ledger GROUP BY outcome",
        "status": "SELECT status, count(*) FROM submissions GROUP BY status",
        "outbox": "SELECT status, count(*) FROM outbox GROUP BY status",
    }
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            name: Counter({str(k): int(v) for k, v in connection.execute(sql)})
            for name, sql in queries.items()
        }
    finally:
        connection.close()


def drain_outbox(config: Config, db: Database, max_rounds: int) -> tuple[SendReport, int, float]:
    """`send_outbox` until a round sends nothing; (totals, rounds, seconds)."""
    sent = retried = failed = held = rounds = 0
    start = time.perf_counter()
    while rounds < max_rounds:
        report = send_outbox(config, db)
        rounds += 1
        sent, retried = sent + report.sent, retried + report.retried
        failed, held = failed + report.failed, held + report.held
        if report.sent == 0 and report.retried == 0:
            break
    return SendReport(sent, retried, failed, held), rounds, time.perf_counter() - start


def drain_box(box: Box) -> tuple[SendReport, int, float]:
    config = box.config()
    db = Database(config.database.url)
    try:
        return drain_outbox(config, db, box.count // 100 + 10)
    finally:
        db.dispose()


def render_report_seconds(config: Config, registered: int) -> float:
    """What `intake poll --once` spends printing its report (a rich table of every new row)."""
    outcome = Outcome(
        kind="submission",
        reason="registered",
        reference="LPR-REM-2019/001",
        version=1,
        status="registered",
    )
    poll = PollReport(mailbox="imap://bench", folder="INBOX", listed=registered)
    poll.registered = [outcome] * registered
    report = CycleReport(poll=poll, send=SendReport())
    console = Console(file=io.StringIO(), width=160)
    start = time.perf_counter()
    print_cycle(console, report, config)
    return time.perf_counter() - start


def full_poll(box: Box, password: str, smtp: SmtpTestServer, timeout: float) -> FullPoll:
    url = box.use_database("intake", smtp)
    received_before = len(smtp.received)
    run = intake_poll(box, password, timeout, "full-poll")
    acks_after_poll = len(smtp.received) - received_before
    counts = database_counts(url)
    log(f"  {run.wall:.1f} s; {acks_after_poll} acknowledgements; draining the outbox")
    drain = drain_box(box)
    acks_total = len(smtp.received) - received_before
    render = render_report_seconds(box.config(), counts["ledger"].get("submission", 0))
    return FullPoll(run, counts, acks_after_poll, drain, acks_total, render)


# --- idle polls --------------------------------------------------------------------------------


def idle_in_process(box: Box, runs: int) -> tuple[list[float], dict[str, float | None]]:
    config = box.config()
    db = Database(config.database.url)
    try:
        pipeline = Pipeline(config, db)

        def once() -> None:
            report = poll_mailbox(mail_source(config), pipeline, db)
            if report.fetched or report.listed:
                raise RuntimeError(f"{box.name}: the idle poll found {report.listed} new")

        once()  # warm: imports, statement cache, the server's index in memory
        plain = timed_runs(once, runs)
        per_run: dict[str, list[float]] = {label: [] for label, _ in IDLE_PARTS}
        stages = Stages()
        with stages.applied(IDLE_PARTS):
            for _ in range(runs):
                stages.reset()
                once()
                for label in per_run:
                    per_run[label].append(stages.seconds.get(label, 0.0))
        parts: dict[str, float | None] = {
            label: None if label in stages.missing else median(values)
            for label, values in per_run.items()
        }
        return plain, parts
    finally:
        db.dispose()


def bare_imap(box: Box, runs: int) -> tuple[list[float], list[float]]:
    """(UID SEARCH UID n:* on a selected connection, connect+login+EXAMINE+logout) timings."""
    account = box.account
    with account.client("INBOX", readonly=True) as client:
        last = max(client.search("ALL"))
        criteria = ["UID", f"{last + 1}:*"]
        client.search(criteria)
        search = timed_runs(lambda: client.search(criteria), runs)

    def session() -> None:
        with account.client("INBOX", readonly=True):
            pass

    return search, timed_runs(session, runs)


def idle(box: Box, password: str, runs: int, child_runs: int) -> IdleResult:
    walls = [intake_poll(box, password, 120, f"idle-{n}").wall for n in range(child_runs)]
    in_process, parts = idle_in_process(box, runs)
    search, setup = bare_imap(box, runs)
    return IdleResult(box.count, walls, in_process, parts, search, setup)


def startup_costs(box: Box, runs: int) -> dict[str, float]:
    """What every `intake poll --once` pays before it polls: the interpreter with the modules
    `poll --once` imports, and opening the database (engine + Alembic's "already at head")."""
    code = "import intake.cli, intake.service, intake.views, intake.pipeline, notifications.sender"
    walls = []
    for n in range(runs):
        child = run_child(
            [sys.executable, "-c", code],
            env=dict(os.environ),
            cwd=box.directory,
            timeout=60,
            log=box.directory / f"imports-{n}",
        )
        if child.returncode != 0:
            raise RuntimeError(f"importing intake failed:\n{child.stderr[-2000:]}")
        walls.append(child.wall)
    url = box.config().database.url

    def open_database() -> None:
        Database(url).dispose()

    return {
        "interpreter + imports (subprocess)": median(walls),
        "Database() open + migration check": median(timed_runs(open_database, runs)),
    }


# --- profiling a full poll in this process -----------------------------------------------------


def staged(
    specs: Sequence[Spec], func: Callable[[], Any]
) -> tuple[Any, float, dict[str, tuple[float, int] | None]]:
    stages = Stages()
    with stages.applied(specs):
        start = time.perf_counter()
        result = func()
        seconds = time.perf_counter() - start
    return result, seconds, {label: stages.found(label) for label, _ in specs}


def profile_box(box: Box, smtp: SmtpTestServer, top: int) -> Profiled:
    box.use_database("staged", smtp)
    config = box.config()
    db = Database(config.database.url)
    rounds = box.count // 100 + 10
    try:
        report, poll_s, poll_parts = staged(
            POLL_STAGES, lambda: poll_mailbox(mail_source(config), Pipeline(config, db), db)
        )
        drained, send_s, send_parts = staged(SEND_STAGES, lambda: drain_outbox(config, db, rounds))
    finally:
        db.dispose()
    if report.fetched != box.count:
        raise RuntimeError(f"{box.name}: fetched {report.fetched} of {box.count}")
    result = Profiled(
        box.count, poll_s, poll_parts, report.failed, send_s, drained[0].sent, send_parts
    )

    box.use_database("profiled", smtp)
    config = box.config()
    db = Database(config.database.url)
    try:
        profile = cProfile.Profile()
        profile.runcall(poll_mailbox, mail_source(config), Pipeline(config, db), db)
        result.profile_poll_seconds = profile_total(profile)
        result.poll_profile = profile_rows(profile, "cumulative", top, box.count)
        result.poll_self = profile_rows(profile, "tottime", 10, box.count)
        send_profile = cProfile.Profile()
        drained_again = send_profile.runcall(drain_outbox, config, db, rounds)
        result.profiled_sent = drained_again[0].sent
        result.send_profile = profile_rows(
            send_profile, "cumulative", 12, max(1, drained_again[0].sent)
        )
    finally:
        db.dispose()
    return result


# --- the report --------------------------------------------------------------------------------


def dovecot_version(binary: str) -> str:
    try:
        found = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "?"
    return found.stdout.split()[0] if found.stdout.strip() else "?"


def tree_state() -> str:
    """Which code was measured: HEAD plus a digest of the uncommitted changes (others edit)."""

    def git(*args: str) -> bytes:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, timeout=30, check=True
        ).stdout

    try:
        head = git("rev-parse", "--short", "HEAD").decode().strip()
        diff = git("diff", "HEAD", "--", ".", ":(exclude)bench")
        untracked = [
            line
            for line in git("status", "--porcelain", "--untracked-files=all").decode().splitlines()
            if line.startswith("??") and not line[3:].startswith("bench/")
        ]
    except (OSError, subprocess.SubprocessError):
        return "tree: unknown (no git)"
    changed = len([line for line in diff.splitlines() if line.startswith(b"diff --git")])
    digest = hashlib.sha256(diff).hexdigest()[:10]
    return (
        f"tree: HEAD {head} + {changed} modified files (diff sha256 {digest}) "
        f"+ {len(untracked)} untracked files outside bench/"
    )


def row(label: str, *values: str) -> str:
    return f"  {label:<48}" + "".join(f"{value:>15}" for value in values)


def counter_text(counter: Counter[str]) -> str:
    return ", ".join(f"{key} {value}" for key, value in sorted(counter.items())) or "-"


def print_profile_rows(title: str, rows: list[ProfileRow]) -> None:
    print(f"  {title}")
    print(f"    {'calls':>11} {'own s':>8} {'cum s':>8} {'cum ms/msg':>11}  function")
    for calls, where, own, cumulative, per in rows:
        print(f"    {calls:>11} {own:8.3f} {cumulative:8.3f} {per:11.3f}  {where}")


def print_full(full: FullPoll, n: int) -> None:
    run, counts = full.run, full.counts
    drained, rounds, drain_s = full.drain
    due = sum(counts["outbox"].values()) - counts["outbox"].get("suppressed", 0)
    cpu = run.user + run.system
    print("FULL POLL  `intake --config … poll --once` (subprocess; SQLite created and migrated)")
    print(row("wall time", f"{run.wall:.2f} s"))
    print(row("throughput", f"{n / run.wall:.1f} msg/s", f"{run.wall * 1000 / n:.2f} ms/msg"))
    print(row("CPU of the intake process (user + sys)", f"{cpu:.2f} s", f"{cpu / run.wall:.0%}"))
    print(row("peak RSS of the intake process (VmHWM)", f"{run.peak_rss_kb / 1024:.0f} MB"))
    print(row("ledger outcomes", counter_text(counts["ledger"])))
    print(row("submission statuses", counter_text(counts["status"])))
    print(row("outbox after the poll", counter_text(counts["outbox"])))
    print(row("acknowledgements received by SMTP in that run", str(full.acks_after_poll),
              f"of {due} due"))  # fmt: skip
    print(row("  of the wall: printing the report (est.)", f"{full.render_seconds:.2f} s"))
    print(row("outbox drained afterwards (in-process)", f"{drained.sent} sent",
              f"{rounds} rounds", f"{drain_s:.2f} s"))  # fmt: skip
    if drained.sent:
        print(row("  send cost, in-process", f"{drain_s * 1000 / drained.sent:.2f} ms/ack",
                  f"{drained.sent / drain_s:.0f} ack/s"))  # fmt: skip
    print(row("acknowledgements received by SMTP in total", str(full.acks_total)))
    print(row("poll + whole outbox, effective", f"{n / (run.wall + drain_s):.1f} msg/s"))
    print(f"  reference: {REFERENCE}")
    if counts["ledger"].get("failed") or run.stderr.strip():
        lines = run.stderr.strip().splitlines()
        print(f"  !! {counts['ledger'].get('failed', 0)} messages FAILED; stderr has {len(lines)}"
              f" lines; last: {lines[-1] if lines else ''}")  # fmt: skip


def print_idle(big: IdleResult, small: IdleResult, startup: dict[str, float]) -> None:
    print("IDLE POLL  (nothing new; cursor at the last UID)")
    print(row("", f"{small.messages} msgs", f"{big.messages} msgs", "big / small"))

    def both(label: str, low: float | None, high: float | None) -> None:
        ratio = f"{high / low:.2f}x" if low and high is not None else "n/a"
        print(row(label, ms(low), ms(high), ratio))

    runs = len(big.in_process)
    both(
        f"subprocess `poll --once` wall (median of {len(big.subprocess_walls)})",
        median(small.subprocess_walls),
        median(big.subprocess_walls),
    )
    both(f"poll_mailbox in-process (median of {runs})", median(small.in_process),
         median(big.in_process))  # fmt: skip
    both("  p10", quantile(small.in_process, 0.1), quantile(big.in_process, 0.1))
    both("  p90", quantile(small.in_process, 0.9), quantile(big.in_process, 0.9))
    print("  where the in-process idle poll goes (medians of instrumented runs):")
    for label in big.parts:
        both(f"    {label}", small.parts[label], big.parts[label])
    both("bare UID SEARCH UID n:* (selected session)", median(small.bare_search),
         median(big.bare_search))  # fmt: skip
    both("bare connect + LOGIN + EXAMINE + LOGOUT", median(small.session_setup),
         median(big.session_setup))  # fmt: skip
    print(f"  reference: a bare `UID SEARCH UID n:*` ≈ {BARE_SEARCH_REFERENCE_MS} ms on loopback")
    print("  fixed cost of every `intake poll --once` process, not in poll_mailbox:")
    for label, seconds in startup.items():
        print(row(f"    {label}", "", ms(seconds)))


def print_stages(
    title: str,
    unit: str,
    per: int,
    total: float,
    stages: dict[str, tuple[float, int] | None],
) -> None:
    print(title)
    print(row("stage", f"ms/{unit}", "% of total", "calls"))
    for label, found in stages.items():
        if found is None:
            print(row(label, "n/a", "", "not in tree"))
        else:
            seconds, calls = found
            print(row(label, f"{seconds * 1000 / per:.3f}", f"{seconds / total:.1%}", str(calls)))


def print_profiled(profiled: Profiled) -> None:
    per, total = profiled.messages, profiled.poll_seconds
    print_stages(
        f"WHERE THE TIME GOES  in-process poll of {per} messages, timers around functions "
        f"(no profiler): {total:.2f} s = {total * 1000 / per:.2f} ms/msg = {per / total:.0f} msg/s",
        "msg",
        per,
        total,
        profiled.poll_stages,
    )

    def seconds(label: str) -> float:
        found = profiled.poll_stages.get(label)
        return found[0] if found else 0.0

    fetch, process = seconds(POLL_STAGES[0][0]), seconds(POLL_STAGES[1][0])
    direct = sum(  # the stages directly inside process (two-space indent)
        seconds(label)
        for label, _ in POLL_STAGES
        if label.startswith("  ") and not label.startswith("   ")
    )
    for label, value in (
        ("  rest of process (final flush, BEGIN, log line)", process - direct),
        ("rest of the poll (sync loop, login, ledger reads)", total - fetch - process),
    ):
        print(row(label, f"{value * 1000 / per:.3f}", f"{value / total:.1%}"))
    if profiled.failed:
        print(f"  !! {profiled.failed} of {per} messages FAILED in this poll")
    sent = max(1, profiled.sent)
    print_stages(
        f"  outbox drain: {profiled.sent} acknowledgements in {profiled.send_seconds:.2f} s = "
        f"{profiled.send_seconds * 1000 / sent:.2f} ms/ack",
        "ack",
        sent,
        profiled.send_seconds or 1.0,
        profiled.send_stages,
    )


def print_cprofile(profiled: Profiled) -> None:
    print(
        f"cProfile of the same poll of {profiled.messages} (fresh database; with profiler "
        f"overhead): {profiled.profile_poll_seconds:.2f} s"
    )
    print_profile_rows("top 15 by cumulative time", profiled.poll_profile)
    print_profile_rows("top 10 by own time", profiled.poll_self)
    print_profile_rows(
        f"outbox drain ({profiled.profiled_sent} acks), top 12 by cumulative time (ms per ack)",
        profiled.send_profile,
    )


# --- main --------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.poll_benchmark",
        description="Throughput and idle cost of `intake poll --once` on a private Dovecot.",
    )
    parser.add_argument("--messages", type=int, default=2000, help="big mailbox (default 2000)")
    parser.add_argument("--size-kb", type=int, default=60, help="message size (default 60)")
    parser.add_argument("--keep", action="store_true", help="keep the tmp dir (configs, dbs)")
    parser.add_argument("--small", type=int, default=100, help="small mailbox (default 100)")
    parser.add_argument("--profile-messages", type=int, default=200, help="0 skips profiling")
    parser.add_argument("--idle-runs", type=int, default=20, help="in-process idle polls")
    parser.add_argument("--idle-subprocess-runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=900, help="per full `poll --once`, s")
    args = parser.parse_args(argv)
    if min(args.messages, args.small, args.idle_runs, args.idle_subprocess_runs) < 1:
        parser.error("--messages, --small, --idle-runs, --idle-subprocess-runs must be ≥ 1")
    if args.size_kb < 4:
        parser.error("--size-kb must be ≥ 4")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not INTAKE.exists():
        print(f"{INTAKE} is missing: run `make bench` (it installs the venv)", file=sys.stderr)
        return 2
    os.chdir(ROOT)
    password = secrets.token_urlsafe(12)
    os.environ[PASSWORD_ENV] = password  # for the in-process polls (the config names it)
    try:
        dovecot = Dovecot(tls=False)
    except DovecotMissing as err:
        print(f"{err}: run `make bench` (scripts/ensure-dovecot.sh installs it)", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    try:
        with dovecot, SmtpTestServer() as smtp:
            return run(args, root, password, dovecot, smtp)
    finally:
        if args.keep:
            print(f"kept {root} (the Dovecot mail itself goes with the server)")
        else:
            shutil.rmtree(root, ignore_errors=True)


def run(
    args: argparse.Namespace, root: Path, password: str, dovecot: Dovecot, smtp: SmtpTestServer
) -> int:
    environment = (
        f"Dovecot {dovecot_version(dovecot.binary)} and aiosmtpd on 127.0.0.1, SQLite (WAL); "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}"
    )
    tree = tree_state()

    def box(name: str, count: int) -> Box:
        account = ImapAccount(dovecot, *dovecot.add_user(f"bench-{name}", password))
        return Box(name, account, root / name, count)

    big, small = box("big", args.messages), box("small", args.small)
    profiling = box("profile", args.profile_messages) if args.profile_messages > 0 else None
    needed = max(args.messages, args.small, args.profile_messages)
    log(f"building {needed} messages of ~{args.size_kb} KB")
    start = time.perf_counter()
    corpus = build_corpus(needed, args.size_kb)
    build_s = time.perf_counter() - start
    log(f"appending {args.messages} to the big mailbox (one IMAP connection)")
    append_s = load_box(big, corpus)
    load_box(small, corpus)
    if profiling is not None:
        load_box(profiling, corpus)
    kinds, average_kb = corpus.kinds, corpus.total_bytes / len(corpus.messages) / 1024
    del corpus  # 100+ MB of test mail, not needed any more

    log(f"full poll: intake poll --once on {args.messages} messages")
    full = full_poll(big, password, smtp, args.timeout)
    log("idle polls on the big mailbox")
    idle_big = idle(big, password, args.idle_runs, args.idle_subprocess_runs)
    startup = startup_costs(big, args.idle_subprocess_runs)
    log(f"small mailbox: full poll of {args.small}, then idle polls")
    full_poll(small, password, smtp, args.timeout)
    idle_small = idle(small, password, args.idle_runs, args.idle_subprocess_runs)
    profiled = None
    if profiling is not None:
        log(f"profiling an in-process poll of {profiling.count} messages")
        profiled = profile_box(profiling, smtp, 15)

    line = "=" * 100
    print(f"\n{line}")
    print(f"intake poll benchmark — {args.messages} messages, {average_kb:.1f} KB average")
    print(f"  {environment}")
    print(f"  {tree}")
    print(f"  corpus: {counter_text(kinds)}")
    print(f"  setup: built in {build_s:.1f} s, appended in {append_s:.1f} s")
    print(line)
    print_full(full, args.messages)
    print(line)
    print_idle(idle_big, idle_small, startup)
    if profiled is not None:
        print(line)
        print_profiled(profiled)
        print(line)
        print_cprofile(profiled)
    print(line)
    failed = full.counts["ledger"].get("failed", 0) + (profiled.failed if profiled else 0)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
