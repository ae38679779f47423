"""Messages as municipalities' mail programs compose them, for integration tests and benchmarks.

Built with the standard library's composer (the same code path many real clients use) and
python-docx for the attached form; nothing is hand-written MIME.
"""

from __future__ import annotations

import io
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from docx import Document

RIGA = ZoneInfo("Europe/Riga")
TITLE = "Remigrācijas sekmēšanas pakalpojumi pašvaldībās"
SUBJECT = f'Konkursam "{TITLE}"'
REGION = "pasts@lpr.gov.lv"
DOCX_SUBTYPE = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def riga(text: str) -> datetime:
    """`27.08.2019 23:59:59` in Riga time."""
    return datetime.strptime(text, "%d.%m.%Y %H:%M:%S").replace(tzinfo=RIGA)


def annex1(municipality: str, padding: int = 0) -> bytes:
    document = Document()
    document.add_heading("1. pielikums", level=1)
    document.add_paragraph(f"Pieteikums konkursam „{TITLE}”")
    table = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Pašvaldības nosaukums", municipality),
        ("Projekta nosaukums", "Atgriezies mājās"),
        ("Pieprasītais finansējums", "9 500,00 EUR"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    if padding:
        document.add_paragraph("Apraksts. " * (padding // 10))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def submission(
    sender: str = "dome@preili.lv",
    *,
    subject: str = SUBJECT,
    date: datetime | None = None,
    message_id: str | None = None,
    municipality: str = "Preiļu novads",
    filename: str | None = "1. pielikums – Preiļu novads.docx",
    headers: dict[str, str] | None = None,
    padding: int = 0,
) -> bytes:
    message = EmailMessage()
    message["From"] = f"{municipality} <{sender}>"
    message["To"] = f"Latgales plānošanas reģions <{REGION}>"
    message["Subject"] = subject
    message["Date"] = format_datetime(date or riga("20.08.2019 10:00:00"))
    message["Message-ID"] = (
        message_id or f"<{abs(hash((sender, subject, date, filename)))}@test.lv>"
    )
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(
        f"Labdien!\n\nPielikumā {municipality} pieteikums.\n\nAr cieņu,\nI. Ozola\n"
    )
    if filename:
        message.add_attachment(
            annex1(municipality, padding),
            maintype="application",
            subtype=DOCX_SUBTYPE,
            filename=filename,
        )
    return message.as_bytes()


def unrelated(sender: str = "rekini@biroja-serviss.lv", subject: str = "Rēķins Nr. 114") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = REGION
    message["Subject"] = subject
    message["Date"] = format_datetime(riga("21.08.2019 09:00:00"))
    message["Message-ID"] = f"<{abs(hash((sender, subject)))}@unrelated.lv>"
    message.set_content("Pielikumā rēķins.")
    message.add_attachment(
        b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf", filename="rekins.pdf"
    )
    return message.as_bytes()
