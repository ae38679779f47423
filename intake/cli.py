"""The `intake` command line: poll, run, list, show, export and demo.

Human output goes through rich tables; machine output (`export`) is plain JSON or CSV on stdout.
A problem a person must fix (bad configuration, unreachable mailbox) ends the command with one
clear line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from sqlalchemy.exc import OperationalError

from intake import views
from intake.config import CONFIG_ENV, DEFAULT_CONFIG, Config, load_config
from intake.errors import IntakeError
from intake.export import submission_record, to_csv, to_json
from intake.sources.base import MailboxError
from store import submissions
from store.db import Database

F = TypeVar("F", bound=Callable[..., Any])


def _console() -> Console:
    """Terminal width on a terminal; wide enough for whole references when piped."""
    return Console() if sys.stdout.isatty() else Console(width=160)


def _configure_logging(verbosity: int, default: int = logging.WARNING) -> None:
    level = {0: default, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )


class Context:
    def __init__(self, config_path: str | None, verbose: int) -> None:
        self.config_path = config_path
        self.verbose = verbose

    def config(self) -> Config:
        return load_config(self.config_path)

    def has_config(self) -> bool:
        """A configuration was named, or ./config.toml is here (commands that can do without)."""
        return bool(self.config_path or os.environ.get(CONFIG_ENV)) or DEFAULT_CONFIG.exists()

    def open(self) -> tuple[Config, Database]:
        """Logging set up, the configuration loaded and its database opened (migrated)."""
        from intake.service import open_database

        _configure_logging(self.verbose)
        config = self.config()
        return config, open_database(config)


def _handled(func: F) -> F:
    """Turn domain errors into one readable line and exit status 2."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except OperationalError as err:
            click.echo(f"intake: the database cannot be used: {err.orig}", err=True)
            sys.exit(2)
        except (IntakeError, MailboxError) as err:
            click.echo(f"intake: {err}", err=True)
            cause = err.__cause__
            if cause is not None:
                click.echo(f"  cause: {type(cause).__name__}: {cause}", err=True)
            sys.exit(2)

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    envvar="INTAKE_CONFIG",
    type=click.Path(dir_okay=False),
    help="Configuration file (default: $INTAKE_CONFIG, else ./config.toml).",
)
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, verbose: int) -> None:
    """Intake of a planning region's grant competition applications sent by e-mail."""
    ctx.obj = Context(config_path, verbose)


@main.command()
@click.option("--once", is_flag=True, help="Run one cycle (sync, process, send) and exit.")
@click.pass_obj
@_handled
def poll(obj: Context, once: bool) -> None:
    """Sync the mailbox, register competition mail and send the outbox."""
    from intake.service import open_database, run_cycle

    _configure_logging(obj.verbose)
    config = obj.config()
    if not once:
        from intake.scheduler import run_forever

        run_forever(config, open_database(config))
        return
    db = open_database(config)
    try:
        report = run_cycle(config, db)
        views.print_cycle(_console(), report, config)
    finally:
        db.dispose()


@main.command()
@click.pass_obj
@_handled
def run(obj: Context) -> None:
    """Poll and send on the configured schedule until SIGTERM or Ctrl-C."""
    from intake.scheduler import run_forever
    from intake.service import open_database

    _configure_logging(obj.verbose, default=logging.INFO)
    config = obj.config()
    run_forever(config, open_database(config))


@main.command(name="list")
@click.option("--all-versions", is_flag=True, help="Also show superseded versions.")
@click.pass_obj
@_handled
def list_(obj: Context, all_versions: bool) -> None:
    """List registered submissions."""
    config, db = obj.open()
    with db.reading() as session:
        rows = submissions.all_submissions(session, config.competition.code)
        if not all_versions:
            rows = [row for row in rows if not row.superseded]
        views.print_list(_console(), rows, config)


@main.command()
@click.argument("reference")
@click.pass_obj
@_handled
def show(obj: Context, reference: str) -> None:
    """Show every version of one submission with its evidence and audit trail."""
    config, db = obj.open()
    with db.reading() as session:
        rows = submissions.submissions_by_reference(session, reference)
        if not rows:
            raise IntakeError(f"no submission with reference {reference!r} (see `intake list`)")
        for row in rows:
            views.print_submission(_console(), row, submissions.audit_trail(session, row), config)


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
@_handled
def export(obj: Context, fmt: str, output: Path | None) -> None:
    """Every submission (all versions) as JSON or CSV."""
    config, db = obj.open()
    tz = config.competition.timezone
    with db.reading() as session:
        records = [
            submission_record(s, tz)
            for s in submissions.all_submissions(session, config.competition.code)
        ]
    text = to_json(records) if fmt == "json" else to_csv(records)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{len(records)} submissions written to {output}", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True
)
@click.pass_obj
@_handled
def parse(obj: Context, files: tuple[Path, ...], fmt: str) -> None:
    """Read Annex 1 forms (.docx, .pdf, .edoc/.asice) and show their fields and problems.

    With a configuration (--config, $INTAKE_CONFIG or ./config.toml) the competition's maximum
    grant, planning region and implementation window are checked; without one, only the
    10 000 EUR maximum. Exit status 0 even when the forms have problems; 1 when a file cannot be
    opened at all; 2 when the configuration given is wrong.
    """
    from intake.forms import form_rules
    from parsers.form import read_form

    _configure_logging(obj.verbose)
    rules = form_rules(obj.config().competition) if obj.has_config() else None
    readings, unreadable = [], 0
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as err:
            click.echo(f"intake: cannot open {path}: {err.strerror or err}", err=True)
            unreadable += 1
            continue
        readings.append(read_form(data, path.name, competition=rules))
    if fmt == "json":
        click.echo(json.dumps([r.to_json() for r in readings], ensure_ascii=False, indent=2))
    else:
        for reading in readings:
            views.print_reading(_console(), reading)
    if unreadable:
        sys.exit(1)


@main.command(name="form-template")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("1_pielikums_pieteikuma_veidlapa.docx"),
    show_default=True,
)
def form_template(out: Path) -> None:
    """Write the blank Annex 1 form (Latvian .docx) for municipalities to fill in."""
    from parsers.blank_form import blank_form_docx

    out.write_bytes(blank_form_docx())
    click.echo(f"{out}: blank Annex 1 written ({out.stat().st_size} bytes)")


@main.command()
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo"),
    show_default=True,
    help="Where to create the demo mailbox, database and outbox (recreated each run).",
)
@click.pass_obj
@_handled
def demo(obj: Context, directory: Path) -> None:
    """Run one cycle on an embedded sample: SQLite, a sample Maildir, mail written to files."""
    from intake.demo import run_demo

    _configure_logging(obj.verbose)
    run_demo(directory, _console())


if __name__ == "__main__":
    main()
