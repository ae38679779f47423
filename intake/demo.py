"""`intake demo`: the whole service on an embedded default, with nothing to set up.

It writes a sample Maildir of what a Latgale planning region's shared mailbox received in August
2019 (applications on time, late, with a mistyped subject, without the form, resubmitted, and
the region's unrelated mail), a config pointing at it with SQLite and a directory for outgoing
mail, runs one cycle and shows what happened and where to look.
"""

from __future__ import annotations

import io
import shutil
import sys
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from docx import Document
from rich.console import Console

from intake import views
from intake.config import load_config
from intake.service import open_database, run_cycle
from store import submissions

RIGA = ZoneInfo("Europe/Riga")
MARKER = ".intake-demo"
TITLE = "Remigrācijas sekmēšanas pakalpojumi pašvaldībās"
SUBJECT = f'Konkursam "{TITLE}"'
REGION = "pasts@lpr.gov.lv"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

CONFIG = """# Demo configuration written by `intake demo`; see config.example.toml for every key.
[database]
url = "sqlite:///intake.db"

[mailbox]
kind = "maildir"
path = "Maildir"
folder = "INBOX"
after_processing = "keep"
poll_every = "60s"

[smtp]
directory = "outbox"
sender = "Latgales plānošanas reģions <pasts@lpr.gov.lv>"

[competition]
code = "LPR-REM-2019"
title = "Remigrācijas sekmēšanas pakalpojumi pašvaldībās"
subject = "Konkursam \\"Remigrācijas sekmēšanas pakalpojumi pašvaldībās\\""
deadline = 2019-08-27T23:59:59+03:00
timezone = "Europe/Riga"
planning_region = "Latgale"
max_grant_eur = 10000
"""


@dataclass(frozen=True)
class Sample:
    sender: str
    subject: str
    delivered: datetime
    body: str
    form_of: str | None = None  # municipality whose Annex 1 is attached
    attachment_name: str = ""
    extra_headers: tuple[tuple[str, str], ...] = ()
    requested: str = "9 500,00 EUR"


@dataclass(frozen=True)
class Applicant:
    municipality: str
    registration_no: str
    contact: str
    email: str
    phone: str
    head: str


APPLICANTS = {
    "Daugavpils": Applicant(
        "Daugavpils",
        "90000077325",
        "Inese Ozola",
        "inese.ozola@daugavpils.lv",
        "65404344",
        "Andrejs Elksniņš",
    ),
    "Preiļu novads": Applicant(
        "Preiļu novads",
        "90000065595",
        "Jānis Kalniņš",
        "janis.kalnins@preili.lv",
        "65322731",
        "Māris Plivda",
    ),
    "Balvu novads": Applicant(
        "Balvu novads",
        "90009115622",
        "Evita Zāle",
        "evita.zale@balvi.lv",
        "64522453",
        "Sandis Puks",
    ),
    "Liepāja": Applicant(
        "Liepāja",
        "90000031048",
        "Rūta Bērziņa",
        "ruta.berzina@liepaja.lv",
        "63404750",
        "Gunārs Ansiņš",
    ),
    "Riebiņu novads": Applicant(
        "Riebiņu novads",
        "90000065843",
        "Olga Pauliņa",
        "olga.paulina@riebini.lv",
        "65324500",
        "Pāvels Vjaters",
    ),
}

ACTIVITIES = (
    (
        "diasporas un remigrantu informēšana",
        "Informatīvi vakari diasporai Īrijā",
        "10.2019.–03.2020.",
        "3 000,00",
    ),
    (
        "informatīvu materiālu sagatavošana",
        "Buklets un video stāsti",
        "11.2019.–02.2020.",
        "2 500,00",
    ),
    (
        "semināri un apmācības",
        "Seminārs uzņēmējiem par remigrantu nodarbināšanu",
        "04.2020.",
        "4 000,00",
    ),
)


def annex1_docx(municipality: str, requested: str) -> bytes:
    """A filled-in Annex 1, retyped as `Label: value` paragraphs, as many municipalities do."""
    who = APPLICANTS[municipality]
    document = Document()
    document.add_heading("1. pielikums", level=1)
    document.add_paragraph(f"Pieteikums konkursam \u201e{TITLE}\u201d")
    sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
        (
            "1. Informācija par pieteicēju",
            (
                ("Pašvaldības nosaukums", who.municipality),
                ("Reģistrācijas numurs", who.registration_no),
                ("Plānošanas reģions", "Latgales plānošanas reģions"),
                ("Kontaktpersona (vārds, uzvārds)", who.contact),
                ("Amats", "projektu vadītāja"),
                ("Tālrunis", who.phone),
                ("E-pasts", who.email),
            ),
        ),
        ("2. Projekta apraksts", (("Projekta nosaukums", f"{municipality} – mājas sauc"),)),
    )
    for heading, fields in sections:
        document.add_heading(heading, level=2)
        for label, value in fields:
            document.add_paragraph(f"{label}: {value}")
    document.add_heading("3. Plānotās aktivitātes", level=2)
    table = document.add_table(rows=1, cols=5)
    header = ("Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Plānotās izmaksas, EUR")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for number, row in enumerate(ACTIVITIES, start=1):
        for cell, text in zip(table.add_row().cells, (f"{number}.", *row), strict=True):
            cell.text = text
    for cell, text in zip(table.add_row().cells, ("", "Kopā", "", "", "9 500,00"), strict=True):
        cell.text = text
    for heading, fields in (
        (
            "5. Budžets",
            (("Kopējās izmaksas", "9 500,00 EUR"), ("Pieprasītais finansējums", requested)),
        ),
        ("6. Īstenošanas periods", (("Īstenošanas periods", "no 01.10.2019. līdz 31.05.2020."),)),
        (
            "7. Apliecinājums",
            (
                ("Vārds, uzvārds", who.head),
                ("Amats", "domes priekšsēdētājs"),
                ("Datums", "20.08.2019."),
            ),
        ),
    ):
        document.add_heading(heading, level=2)
        for label, value in fields:
            document.add_paragraph(f"{label}: {value}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _at(text: str) -> datetime:
    return datetime.strptime(text, "%d.%m.%Y %H:%M:%S").replace(tzinfo=RIGA)


SAMPLES = (
    Sample(
        "Daugavpils pilsētas dome <dome@daugavpils.lv>",
        SUBJECT,
        _at("20.08.2019 10:15:03"),
        "Labdien!\n\nPielikumā Daugavpils pieteikums konkursam.\n\nAr cieņu,\nI. Ozola",
        "Daugavpils",
        "1_pielikums_Daugavpils.docx",
    ),
    Sample(
        "Preiļu novada dome <dome@preili.lv>",
        "Konkursam Remigracijas sekmesanas pakalpojumi pasvaldibas",
        _at("21.08.2019 14:02:41"),
        "Labdien, nosūtām Preiļu novada pieteikumu.",
        "Preiļu novads",
        "Pieteikums_Preili.docx",
        requested="10 500,00 EUR",  # over the maximum: the answer says what to fix
    ),
    Sample(
        "Balvu novada pašvaldība <dome@balvi.lv>",
        SUBJECT,
        _at("22.08.2019 09:30:00"),
        "Pieteikums pielikumā.",
        "Balvu novads",
        "1.pielikums Balvi.docx",
    ),
    Sample(
        "Balvu novada pašvaldība <dome@balvi.lv>",
        f"Re: {SUBJECT}",
        _at("26.08.2019 16:45:12"),
        "Labojam budžetu: lūdzam vērtēt šo pieteikuma versiju.",
        "Balvu novads",
        "1.pielikums Balvi (labots).docx",
    ),
    Sample(
        "Ventspils valstspilsētas pašvaldība <pasts@ventspils.lv>",
        SUBJECT,
        _at("27.08.2019 23:59:58"),
        "Pieteikumu nosūtīsim atsevišķi.",
    ),
    Sample(
        "Liepājas pilsētas dome <dome@liepaja.lv>",
        "Pieteikums",
        _at("25.08.2019 11:11:11"),
        "Sveiki, sūtām pieteikumu.",
        "Liepāja",
        "Pielikums_1_Liepaja.docx",
    ),
    Sample(
        "Riebiņu novada dome <dome@riebini.lv>",
        f"Konkursam „{TITLE}”",
        _at("28.08.2019 00:00:30"),
        "Atvainojamies par kavēšanos.",
        "Riebiņu novads",
        "Riebini_pieteikums.docx",
    ),
    Sample(
        "SIA Biroja Serviss <rekini@biroja-serviss.lv>",
        "Rēķins Nr. 2019/08-114",
        _at("23.08.2019 08:00:00"),
        "Pielikumā rēķins par augusta kancelejas precēm.",
    ),
    Sample(
        "VARAM <pasts@varam.gov.lv>",
        "Par plānošanas reģionu sanāksmi 29.08.2019.",
        _at("26.08.2019 12:00:00"),
        "Aicinām uz sanāksmi.",
        extra_headers=(("List-Id", "<regioni.varam.gov.lv>"),),
    ),
)


def sample_message(sample: Sample) -> bytes:
    message = EmailMessage()
    message["From"] = sample.sender
    message["To"] = f"Latgales plānošanas reģions <{REGION}>"
    message["Subject"] = sample.subject
    message["Date"] = format_datetime(sample.delivered)
    message["Message-ID"] = make_msgid(domain=sample.sender.split("@")[1].rstrip(">"))
    for name, value in sample.extra_headers:
        message[name] = value
    message.set_content(sample.body)
    if sample.form_of:
        message.add_attachment(
            annex1_docx(sample.form_of, sample.requested),
            maintype="application",
            subtype=DOCX.split("/")[1],
            filename=sample.attachment_name,
        )
    return message.as_bytes()


def write_maildir(root: Path) -> None:
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for number, sample in enumerate(SAMPLES, start=1):
        stamp = int(sample.delivered.timestamp())
        (root / "new" / f"{stamp}.M{number:06d}P1000.lpr-mail").write_bytes(sample_message(sample))


def prepare(directory: Path) -> Path:
    """Recreate the demo folder (only ever deleting a folder the demo made itself)."""
    if directory.exists():
        if not (directory / MARKER).exists() and any(directory.iterdir()):
            raise SystemExit(f"{directory} exists and was not made by `intake demo`; choose --dir")
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    (directory / MARKER).write_text("created by intake demo\n")
    (directory / "config.toml").write_text(CONFIG, encoding="utf-8")
    write_maildir(directory / "Maildir")
    return directory / "config.toml"


def run_demo(directory: Path, console: Console) -> None:
    config = load_config(prepare(directory))
    console.print(
        f"[bold]intake demo[/]: {len(SAMPLES)} messages delivered to a sample shared mailbox "
        f"({directory / 'Maildir'})"
    )
    db = open_database(config)
    try:
        report = run_cycle(config, db)
        views.print_cycle(console, report, config)
        with db.reading() as session:
            rows = submissions.all_submissions(session, config.competition.code)
            views.print_list(console, rows, config)
    finally:
        db.dispose()
    outbox = sorted((directory / "outbox").glob("*.eml"))
    console.print(
        f"\nAcknowledgements written to [bold]{directory / 'outbox'}[/] ({len(outbox)} files)"
    )
    if outbox:
        console.print(f"  e.g. {outbox[0]}")
    console.print(f"Database: {directory / 'intake.db'} (SQLite)")
    command = _command_name()
    console.print(
        f"Try: {command} --config {directory / 'config.toml'} show LPR-REM-2019/001\n"
        f"     {command} --config {directory / 'config.toml'} export --format json"
    )


def _command_name() -> str:
    """How the user can run `intake` again: `.venv/bin/intake` after `make demo`."""
    invoked = Path(sys.argv[0])
    if invoked.name == "intake" and shutil.which("intake") != str(invoked.resolve()):
        try:
            return str(invoked.resolve().relative_to(Path.cwd()))
        except ValueError:
            return str(invoked)
    return "intake"
