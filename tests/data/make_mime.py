"""Regenerate the test messages in tests/data/mime/ with the standard library's e-mail composers.

The messages imitate what municipalities' mail clients send: RFC 2231 and RFC 2047 file names,
ISO-8859-13 and windows-1257 headers, raw 8-bit headers, a forwarded message, a bounce of our own
acknowledgement, an auto-reply. Composition is left to `email` (both the modern `EmailMessage` API
and the older `email.mime` one, as clients differ); only damage that no composer produces on
purpose (broken base64, raw windows-1257 header bytes) is applied to the composed bytes afterwards,
and each such edit says so.

Run from the project root: .venv/bin/python tests/data/make_mime.py
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from email import policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

OUT = Path(__file__).parent / "mime"
SUBJECT = "Konkursam „Remigrācijas sekmēšanas pakalpojumi pašvaldībās”"
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
FORM_DATA = b"PK\x03\x04 pieteikuma veidlapa (not a real docx)!"
PDF_DATA = b"%PDF-1.4\n% test attachment\n"
PNG_DATA = b"\x89PNG\r\n\x1a\n test image"


def _envelope(message: Message, number: int, sender: str) -> None:
    # The topmost Received header is our own server's: 20:59:59 UTC is 23:59:59 in Riga.
    message["Received"] = (
        "from mx.example.lv (mx.example.lv [192.0.2.10]) by mail.region.lv with ESMTPS;"
        " Tue, 27 Aug 2019 20:59:59 +0000"
    )
    message["Received"] = "from client by mx.example.lv; Tue, 27 Aug 2019 23:50:00 +0300"
    message["From"] = sender
    message["To"] = "Pieteikumi <Pieteikumi@Region.lv>, arhivs@region.lv"
    message["Date"] = "Tue, 27 Aug 2019 23:59:30 +0300"
    message["Message-ID"] = f"<test-{number}@example.lv>"


def rfc2231_utf8() -> bytes:
    """EmailMessage (UTF-8): a long Latvian file name becomes RFC 2231 continuations."""
    message = EmailMessage()
    _envelope(message, 1, "Preiļu novada dome <Dome@Preili.LV>")
    message["Subject"] = SUBJECT
    message.set_content("Labdien!\nPielikumā pieteikums.\n")
    name = "1. pielikums – Pieteikuma veidlapa (Preiļu novada pašvaldība, Remigrācija).docx"
    message.add_attachment(FORM_DATA, *DOCX, filename=name)
    message.add_attachment(PDF_DATA, "application", "pdf", filename="Pārskats.pdf")
    message.set_boundary("=_intake_1")
    return message.as_bytes(policy=policy.SMTP)


def legacy_charsets() -> bytes:
    """email.mime: ISO-8859-13 subject and body, RFC 2231 names in ISO-8859-13 and windows-1257."""
    message = MIMEMultipart(boundary="=_intake_2")
    sender = Header("Rēzeknes novada pašvaldība", "iso-8859-13").encode()
    _envelope(message, 2, f"{sender} <novads@rezekne.lv>")
    message["Return-Path"] = "<novads@rezekne.lv>"
    message["Subject"] = Header(SUBJECT, "iso-8859-13")  # type: ignore[assignment]
    message.attach(MIMEText("Labdien, nosūtām pieteikumu.", "plain", "iso-8859-13"))
    for charset, name, data in (
        ("iso-8859-13", "Pieteikums Rēzekne.docx", FORM_DATA),
        ("windows-1257", "Tāme Ļoti.pdf", PDF_DATA),
    ):
        part = MIMEApplication(data)
        part.add_header("Content-Disposition", "attachment", filename=(charset, "lv", name))
        message.attach(part)
    return message.as_bytes()


def rfc2047_names() -> bytes:
    """Outlook style: windows-1257 subject, file names as several RFC 2047 words in quotes."""
    message = MIMEMultipart(boundary="=_intake_3")
    _envelope(message, 3, "Līvānu novads <dome@livani.lv>")
    message["Subject"] = Header(SUBJECT, "windows-1257")  # type: ignore[assignment]
    message.attach(MIMEText("Pieteikums pielikumā.", "plain", "utf-8"))
    name = "1.pielikums_Pieteikuma_veidlapa_Līvānu_novads.docx"
    encoded = Header(name, "utf-8", maxlinelen=40).encode(linesep=" ")
    part = MIMEApplication(FORM_DATA, DOCX[1], name=encoded)
    part.add_header("Content-Disposition", "attachment", filename=encoded)
    message.attach(part)
    return message.as_bytes()


def raw_utf8_headers() -> bytes:
    """EmailMessage sent with SMTPUTF8: raw UTF-8 bytes in the subject and the sender's name."""
    message = EmailMessage(policy=policy.SMTPUTF8)
    _envelope(message, 4, "Balvu novada pašvaldība <dome@balvi.lv>")
    message["Subject"] = SUBJECT
    message.set_content("Labdien!")
    message.add_attachment(FORM_DATA, *DOCX, filename="pieteikums.docx")
    message.set_boundary("=_intake_4")
    return message.as_bytes()


def raw_cp1257_headers() -> bytes:
    """Old clients put windows-1257 bytes straight into headers; no composer does that any more."""
    message = MIMEMultipart(boundary="=_intake_5")
    _envelope(message, 5, "dome@ludza.lv")
    message["Subject"] = "SUBJECT-PLACEHOLDER"
    message.attach(MIMEText("Labdien!", "plain", "utf-8"))
    part = MIMEApplication(FORM_DATA, DOCX[1])
    part.add_header("Content-Disposition", "attachment", filename="NAME-PLACEHOLDER")
    message.attach(part)
    composed = message.as_bytes()
    # The edit: raw windows-1257 bytes where the placeholders were.
    composed = composed.replace(b"SUBJECT-PLACEHOLDER", SUBJECT.encode("cp1257"))
    return composed.replace(b"NAME-PLACEHOLDER", "Pieteikums Ludzā.docx".encode("cp1257"))


def forwarded() -> bytes:
    """A forwarded application: the attachment sits inside a message/rfc822 part."""
    inner = EmailMessage()
    inner["From"] = "Jānis Bērziņš <janis@kraslava.lv>"
    inner["To"] = "dome@kraslava.lv"
    inner["Subject"] = SUBJECT
    inner["Message-ID"] = "<inner-6@kraslava.lv>"
    inner.set_content("Iekšējās vēstules teksts.")
    inner.add_attachment(FORM_DATA, *DOCX, filename="pieteikums.docx")
    inner.set_boundary("=_intake_6_inner")
    outer = EmailMessage()
    _envelope(outer, 6, "dome@kraslava.lv")
    outer["Subject"] = "Fwd: " + SUBJECT
    outer.set_content("Pārsūtu pieteikumu.")
    outer.add_attachment(inner)
    outer.set_boundary("=_intake_6")
    return outer.as_bytes(policy=policy.SMTP)


def no_content_type() -> bytes:
    """A message without any Content-Type header (plain text by default)."""
    message = Message()
    _envelope(message, 7, "dome@aluksne.lv")
    message["Subject"] = "Jautājums"
    message.set_payload("Labdien, vai termins ir 27. augusts?\n")  # no charset: ASCII only
    return message.as_bytes()


def part_without_content_type() -> bytes:
    """A multipart whose attachment lost its Content-Type but kept its file name."""
    message = MIMEMultipart(boundary="=_intake_8")
    _envelope(message, 8, "dome@madona.lv")
    message["Subject"] = SUBJECT
    message.attach(MIMEText("Pielikumā.", "plain", "utf-8"))
    part = MIMEApplication(FORM_DATA)
    part.add_header("Content-Disposition", "attachment", filename="veidlapa.docx")
    del part["Content-Type"]
    message.attach(part)
    return message.as_bytes()


def broken_base64() -> bytes:
    """Three damaged base64 attachments: cut short, padding lost, and plain text labelled base64."""
    message = MIMEMultipart(boundary="=_intake_9")
    _envelope(message, 9, "dome@cesis.lv")
    message["Subject"] = SUBJECT
    message.attach(MIMEText("Pielikumā.", "plain", "utf-8"))
    for name, data in (("cut.pdf", PDF_DATA), ("nopadding.docx", FORM_DATA), ("text.txt", b"x")):
        part = MIMEApplication(data)
        part.add_header("Content-Disposition", "attachment", filename=name)
        message.attach(part)
    composed = message.as_bytes()
    # The edits: damage each encoded payload the way broken gateways do.
    pdf = base64.b64encode(PDF_DATA)
    form = base64.b64encode(FORM_DATA)
    assert len(pdf) % 4 == 0 and form.endswith(b"=")
    composed = composed.replace(pdf, pdf[:33])  # 33 letters: no base64 ends like that
    composed = composed.replace(form, form.rstrip(b"="))
    return composed.replace(base64.b64encode(b"x"), b"This is not base64 at all")


def nameless_parts() -> bytes:
    """Inline parts without names: a PDF and an image (named pielikums-N by the parser)."""
    message = MIMEMultipart("related", boundary="=_intake_10")
    _envelope(message, 10, "dome@valka.lv")
    message["Subject"] = SUBJECT
    alternative = MIMEMultipart("alternative", boundary="=_intake_10_alt")
    alternative.attach(MIMEText("Teksts.", "plain", "utf-8"))
    alternative.attach(MIMEText("<p>Teksts <b>HTML</b>.</p>", "html", "utf-8"))
    message.attach(alternative)
    message.attach(MIMEApplication(PDF_DATA, "pdf"))
    image = MIMEImage(PNG_DATA, "png")
    image["Content-ID"] = "<logo@valka.lv>"
    message.attach(image)
    return message.as_bytes()


def bounce_of_acknowledgement() -> bytes:
    """A delivery report (RFC 3464) returning our own acknowledgement, with our subject in it."""
    ours = EmailMessage()
    ours["From"] = "Pieteikumi <pieteikumi@region.lv>"
    ours["To"] = "nav@example.lv"
    ours["Subject"] = "Re: " + SUBJECT
    ours["Message-ID"] = "<ack-1@region.lv>"
    ours.set_content("Jūsu pieteikums ir reģistrēts.")
    status = MIMEBase("message", "delivery-status")
    for fields in ({"Reporting-MTA": "dns; mx.region.lv"}, {"Action": "failed", "Status": "5.1.1"}):
        block = Message()
        for name, value in fields.items():
            block[name] = value
        status.attach(block)
    report = MIMEMultipart("report", boundary="=_intake_11", report_type="delivery-status")
    _envelope(report, 11, "Mail Delivery System <MAILER-DAEMON@mx.region.lv>")
    report["Return-Path"] = "<>"
    report["Auto-Submitted"] = "auto-replied"
    report["Subject"] = Header("Undeliverable: Re: " + SUBJECT, "utf-8")  # type: ignore[assignment]
    report.attach(MIMEText("Vēstuli nevarēja piegādāt.", "plain", "utf-8"))
    report.attach(status)
    report.attach(MIMEMessage(ours))
    return report.as_bytes()


def auto_reply() -> bytes:
    """An out-of-office reply to our acknowledgement (Exchange marks it in several headers)."""
    message = EmailMessage()
    _envelope(message, 12, "Anna Ozola <anna.ozola@example.lv>")
    message["Subject"] = "Automātiskā atbilde: " + SUBJECT
    message["Auto-Submitted"] = "auto-replied"
    message["X-Auto-Response-Suppress"] = "All"
    message["Precedence"] = "bulk"
    message["In-Reply-To"] = "<ack-1@region.lv>"
    message["References"] = "<test-1@example.lv> <ack-1@region.lv>"
    message.set_content("Esmu atvaļinājumā līdz 2. septembrim.")
    return message.as_bytes(policy=policy.SMTP)


def signature_logo() -> bytes:
    """Outlook style: the HTML text shows two signature images from multipart/related (Content-ID,
    one `inline` with a name, one without a disposition), next to the real attachment."""
    related = EmailMessage()
    related.set_content(
        '<p>Labdien!</p><p><img src="cid:image001.png@01D55C1A">'
        '<img src="cid:image002.jpg@01D55C1A"></p>',
        subtype="html",
    )
    related.add_related(
        PNG_DATA,
        "image",
        "png",
        cid="<image001.png@01D55C1A>",
        disposition="inline",
        filename="image001.png",
    )
    related.add_related(b"\xff\xd8\xff test jpeg", "image", "jpeg", cid="<image002.jpg@01D55C1A>")
    # A document inside multipart/related stays an attachment whatever its headers say.
    related.add_related(
        FORM_DATA,
        *DOCX,
        cid="<form@kraslava.lv>",
        disposition="inline",
        filename="1_pielikums.docx",
    )
    del list(related.iter_parts())[2]["Content-Disposition"]  # the edit: Outlook sends none
    related.set_boundary("=_intake_13_rel")
    message = EmailMessage()
    _envelope(message, 13, "Krāslavas novada dome <dome@kraslava.lv>")
    message["Subject"] = SUBJECT
    message.set_content("Labdien!\nPielikumā pieteikums.\n")
    message.make_alternative()
    message.attach(related)
    message.set_boundary("=_intake_13_alt")
    message.add_attachment(PDF_DATA, "application", "pdf", filename="Tāme.pdf")
    message.set_boundary("=_intake_13")
    return message.as_bytes(policy=policy.SMTP)


def delivery_report() -> bytes:
    """A read receipt (RFC 8098): multipart/report, from a person, with our subject in it."""
    report = MIMEMultipart("report", boundary="=_intake_14", report_type="disposition-notification")
    _envelope(report, 14, "Anna Ozola <anna.ozola@preili.lv>")
    report["Subject"] = "Izlasīts: " + SUBJECT
    report.attach(MIMEText("Jūsu vēstule ir izlasīta.", "plain", "utf-8"))
    notification = MIMEBase("message", "disposition-notification")
    notification.set_payload("Final-Recipient: rfc822; anna.ozola@preili.lv\n")
    report.attach(notification)
    return report.as_bytes()


MESSAGES: dict[str, Callable[[], bytes]] = {
    "rfc2231_utf8.eml": rfc2231_utf8,
    "legacy_charsets.eml": legacy_charsets,
    "rfc2047_names.eml": rfc2047_names,
    "raw_utf8_headers.eml": raw_utf8_headers,
    "raw_cp1257_headers.eml": raw_cp1257_headers,
    "forwarded.eml": forwarded,
    "no_content_type.eml": no_content_type,
    "part_without_content_type.eml": part_without_content_type,
    "broken_base64.eml": broken_base64,
    "nameless_parts.eml": nameless_parts,
    "bounce_of_acknowledgement.eml": bounce_of_acknowledgement,
    "auto_reply.eml": auto_reply,
    "signature_logo.eml": signature_logo,
    "delivery_report.eml": delivery_report,
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, compose in MESSAGES.items():
        (OUT / name).write_bytes(compose())
        print(OUT / name)


if __name__ == "__main__":
    main()
