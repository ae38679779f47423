"""A deterministic mailbox of realistic grant applications for the poll benchmark.

Each message is what a municipality's mail program sends: a short Latvian body and the Annex 1
form as a .docx (python-docx, like tests/mailfactory.py, plus a scanned-stamp image) or a .pdf
(one page, a real text layer pdfium can read, and an embedded image), sized so the whole message
is about `size_kb` KB. The mix exercises every branch of the checks: exact, near and missing
subjects, replies and forwards, form-named and neutrally named files (the latter make the
attachment rule read the document text), resubmissions (version 2), late mail, a few messages
without an attachment and some unrelated mail (invoices) that must be ignored.

Attachments come from a small pool (one .docx and one .pdf per municipality) because building a
.docx takes ~25 ms; every message still has its own sender, Message-ID, date and subject.
"""

from __future__ import annotations

import io
import math
import random
import struct
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from docx import Document
from docx.shared import Inches

from tests.mailfactory import DOCX_SUBTYPE, REGION, RIGA, SUBJECT, TITLE

# Latgale planning region's municipalities in 2019 and their domains.
MUNICIPALITIES: tuple[tuple[str, str], ...] = (
    ("Aglonas novads", "aglona.lv"),
    ("Baltinavas novads", "baltinava.lv"),
    ("Balvu novads", "balvi.lv"),
    ("Ciblas novads", "cibla.lv"),
    ("Dagdas novads", "dagda.lv"),
    ("Daugavpils novads", "dnd.lv"),
    ("Daugavpils pilsēta", "daugavpils.lv"),
    ("Kārsavas novads", "karsava.lv"),
    ("Krāslavas novads", "kraslava.lv"),
    ("Līvānu novads", "livani.lv"),
    ("Ludzas novads", "ludza.lv"),
    ("Preiļu novads", "preili.lv"),
    ("Rēzeknes novads", "rezeknesnovads.lv"),
    ("Rēzeknes pilsēta", "rezekne.lv"),
    ("Riebiņu novads", "riebini.lv"),
    ("Rugāju novads", "rugaji.lv"),
    ("Varakļānu novads", "varaklani.lv"),
    ("Vārkavas novads", "varkava.lv"),
    ("Viļakas novads", "vilaka.lv"),
    ("Viļānu novads", "vilani.lv"),
    ("Zilupes novads", "zilupe.lv"),
)
ROLES = ("dome", "pasts", "attistiba", "projekti", "kanceleja", "info")
NEAR_SUBJECTS = (
    f"Konkursam {TITLE}",
    "Konkursam Remigracijas sekmesanas pakalpojumi pasvaldibas",
    TITLE,
    f"Konkursam: {TITLE}",
    f'Konkursam "{TITLE}" - {{municipality}}',
    f'{{municipality}}: Konkursam "{TITLE}"',
)
OTHER_SUBJECTS = ("Dokumenti", "Pieteikums", "Nosūtu dokumentus", "(bez temata)")
DEADLINE = datetime(2019, 8, 27, 23, 59, 59, tzinfo=RIGA)
OPENED = datetime(2019, 8, 1, 8, 0, 0, tzinfo=RIGA)
PDF = "pdf"
DOCX = "docx"
# Headers, the body part and MIME boundaries of one message, roughly (bytes).
ENVELOPE_BYTES = 1500


@dataclass(frozen=True)
class Mail:
    raw: bytes
    internaldate: datetime
    kind: str  # what the checks should make of it (for the summary only)


@dataclass
class Corpus:
    messages: list[Mail] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)

    @property
    def total_bytes(self) -> int:
        return sum(len(m.raw) for m in self.messages)

    def head(self, count: int) -> list[tuple[bytes, datetime]]:
        return [(m.raw, m.internaldate) for m in self.messages[:count]]


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def noise_png(size: int, rng: random.Random) -> bytes:
    """A grey-noise PNG of about `size` bytes (a scanned stamp does not compress either)."""
    width = 128
    height = max(1, math.ceil(size / (width + 1)))
    rows = b"".join(b"\x00" + rng.randbytes(width) for _ in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 1))
        + chunk(b"IEND", b"")
    )


def form_fields(municipality: str, index: int) -> list[tuple[str, str]]:
    return [
        ("Pašvaldības nosaukums", municipality),
        ("Projekta nosaukums", f"Atgriezies mājās {index}"),
        ("Pieprasītais finansējums", f"{9000 + 25 * index:,} EUR".replace(",", " ")),
        ("Kontaktpersona", "Ilze Ozola, tālr. 65322000"),
    ]


def docx_form(municipality: str, index: int, size: int, rng: random.Random) -> bytes:
    """Annex 1 as Word writes it, padded with an image to about `size` bytes."""
    document = Document()
    document.add_heading("1. pielikums", level=1)
    document.add_paragraph(f"Pieteikums konkursam „{TITLE}”")
    table = document.add_table(rows=0, cols=2)
    for label, value in form_fields(municipality, index):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph(
        "Projekta apraksts: pakalpojumi remigrantiem, konsultācijas un informatīvi pasākumi. " * 8
    )
    out = io.BytesIO()
    document.save(out)
    missing = size - len(out.getvalue())
    if missing > 2000:
        document.add_picture(io.BytesIO(noise_png(missing - 1200, rng)), width=Inches(1.5))
        out = io.BytesIO()
        document.save(out)
    return out.getvalue()


def _pdf_string(text: str) -> str:
    folded = ascii_fold(text).encode("ascii", "replace").decode("ascii")
    return folded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_document(lines: list[str], size: int, rng: random.Random) -> bytes:
    """A one-page PDF with a text layer (Helvetica) and a noise image, about `size` bytes."""
    text = " T* ".join(f"({_pdf_string(line)}) Tj" for line in lines)
    content = (
        f"BT /F1 11 Tf 56 780 Td 15 TL {text} ET\nq 160 0 0 80 56 420 cm /Im1 Do Q\n"
    ).encode("ascii")
    width = 128
    height = max(1, (size - len(content) - 1200) // width)
    pixels = zlib.compress(rng.randbytes(width * height), 1)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % (width, height, len(pixels))
        + pixels
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pdf_form(municipality: str, index: int, size: int, rng: random.Random) -> bytes:
    lines = ["1. pielikums", f'Pieteikums konkursam "{TITLE}"']
    lines += [f"{label}: {value}" for label, value in form_fields(municipality, index)]
    return pdf_document(lines, size, rng)


def invoice_pdf(number: int, size: int, rng: random.Random) -> bytes:
    lines = [f"Rēķins Nr. {number}", "Biroja preces: papīrs A4, 10 paciņas", "Summa: 54,20 EUR"]
    return pdf_document(lines, size, rng)


def attachment_bytes(size_kb: int) -> int:
    """Attachment size that makes a base64-encoded message of about `size_kb` KB."""
    encoded = max(4000, size_kb * 1024 - ENVELOPE_BYTES)
    return int(encoded * 3 / 4 * 76 / 77)


def compose(
    *,
    sender: str,
    name: str,
    subject: str,
    date: datetime,
    message_id: str,
    body: str,
    attachment: tuple[str, str, bytes] | None,
) -> bytes:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>"
    message["To"] = f"Latgales plānošanas reģions <{REGION}>"
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    message["X-Mailer"] = "Microsoft Outlook 16.0"
    message.set_content(body)
    if attachment is not None:
        filename, subtype, data = attachment
        message.add_attachment(data, maintype="application", subtype=subtype, filename=filename)
    return message.as_bytes()


def build_corpus(count: int, size_kb: int, seed: int = 2019) -> Corpus:
    """`count` messages in delivery order (the INTERNALDATEs grow), deterministic for `seed`."""
    rng = random.Random(seed)
    size = attachment_bytes(size_kb)
    forms: dict[tuple[int, str], bytes] = {}
    for index, (municipality, _domain) in enumerate(MUNICIPALITIES):
        forms[index, DOCX] = docx_form(municipality, index, size, rng)
        forms[index, PDF] = pdf_form(municipality, index, size, rng)
    invoices = [invoice_pdf(100 + n, size, rng) for n in range(4)]

    corpus = Corpus()
    step = (DEADLINE - OPENED) / max(1, count)
    once: list[tuple[str, int]] = []  # senders with exactly one submission so far
    for position in range(count):
        when = OPENED + step * position + timedelta(seconds=rng.randint(0, 59))
        roll = rng.random()
        if roll < 0.03:  # late: after the deadline
            when = DEADLINE + timedelta(hours=rng.randint(1, 30))
        muni_index = rng.randrange(len(MUNICIPALITIES))
        municipality, domain = MUNICIPALITIES[muni_index]
        sender = f"{rng.choice(ROLES)}{position}@{domain}"
        kind = "submission"
        if rng.random() < 0.10 and once:  # version 2 from an earlier sender
            sender, muni_index = once.pop(rng.randrange(len(once)))
            municipality, domain = MUNICIPALITIES[muni_index]
            kind = "resubmission"
        message_id = f"<{position}.{rng.getrandbits(40):x}@{domain}>"
        fmt = DOCX if rng.random() < 0.6 else PDF
        subtype = DOCX_SUBTYPE if fmt == DOCX else "pdf"
        folded = ascii_fold(municipality).replace(" ", "_")
        if rng.random() < 0.5:
            filename = f"1. pielikums – {municipality}.{fmt}"
        else:  # a neutral name: the attachment rule has to read the document's text
            filename = f"{folded}_2019_08_{position}.{fmt}"
        attachment: tuple[str, str, bytes] | None = (filename, subtype, forms[muni_index, fmt])
        subject_roll = rng.random()
        if subject_roll < 0.72:
            subject = SUBJECT
        elif subject_roll < 0.86:
            subject = rng.choice(NEAR_SUBJECTS).format(municipality=municipality)
        elif subject_roll < 0.92:
            subject = rng.choice(("Re: ", "RE: ", "Fwd: ", "Pārs.: ")) + SUBJECT
        elif subject_roll < 0.96:
            subject = rng.choice(OTHER_SUBJECTS)  # no match; the form decides (needs_review)
            attachment = (f"1. pielikums – {municipality}.{fmt}", subtype, forms[muni_index, fmt])
            kind = "no-subject"
        else:
            subject = f"Rēķins Nr. {position}"
            sender, municipality = f"rekini{position % 7}@biroja-serviss.lv", "SIA Biroja serviss"
            number = position % len(invoices)
            attachment = (f"rekins_{position}.pdf", "pdf", invoices[number])
            kind = "unrelated"
        if kind in ("submission", "resubmission") and rng.random() < 0.01:
            attachment, kind = None, "no-attachment"
        if kind == "submission":
            once.append((sender, muni_index))
        body = (
            f"Labdien!\n\nPielikumā {municipality} pieteikums konkursam.\n\n"
            "Ar cieņu,\nIlze Ozola\nAttīstības nodaļa\n"
        )
        raw = compose(
            sender=sender,
            name=municipality,
            subject=subject,
            date=when - timedelta(seconds=rng.randint(1, 20)),
            message_id=message_id,
            body=body,
            attachment=attachment,
        )
        corpus.messages.append(Mail(raw, when, kind))
        corpus.kinds[kind] += 1
        if when > DEADLINE:
            corpus.kinds["late (any kind)"] += 1
    return corpus
