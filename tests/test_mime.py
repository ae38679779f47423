"""Raw bytes → ParsedMessage (intake/mime.py), on messages composed by the standard library.

tests/data/mime/*.eml are written by tests/data/make_mime.py; the third-party corpus in
../shared/corpora/mime is only read when it is present (it is not part of this repository).
"""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.mime import Attachment, ParsedMessage, parse_message

DATA = Path(__file__).parent / "data" / "mime"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "mime"
SUBJECT = "Konkursam „Remigrācijas sekmēšanas pakalpojumi pašvaldībās”"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FORM_DATA = b"PK\x03\x04 pieteikuma veidlapa (not a real docx)!"
PDF_DATA = b"%PDF-1.4\n% test attachment\n"
PNG_DATA = b"\x89PNG\r\n\x1a\n test image"


def parsed(name: str) -> ParsedMessage:
    return parse_message((DATA / name).read_bytes())


def names(message: ParsedMessage) -> list[str]:
    return [attachment.filename for attachment in message.attachments]


# --- generated messages ---------------------------------------------------------------------

SUBJECTS = [
    ("rfc2231_utf8.eml", SUBJECT),
    ("legacy_charsets.eml", SUBJECT),  # ISO-8859-13 encoded words
    ("rfc2047_names.eml", SUBJECT),  # windows-1257 encoded words
    ("raw_utf8_headers.eml", SUBJECT),
    ("raw_cp1257_headers.eml", SUBJECT),
    ("forwarded.eml", "Fwd: " + SUBJECT),
    ("bounce_of_acknowledgement.eml", "Undeliverable: Re: " + SUBJECT),
    ("auto_reply.eml", "Automātiskā atbilde: " + SUBJECT),
    ("no_content_type.eml", "Jautājums"),
    ("signature_logo.eml", SUBJECT),
    ("delivery_report.eml", "Izlasīts: " + SUBJECT),
]


@pytest.mark.parametrize(("name", "subject"), SUBJECTS, ids=[s[0] for s in SUBJECTS])
def test_subject_is_decoded(name: str, subject: str) -> None:
    assert parsed(name).subject == subject


ATTACHMENTS = [
    (
        "rfc2231_utf8.eml",
        [
            "1. pielikums – Pieteikuma veidlapa (Preiļu novada pašvaldība, Remigrācija).docx",
            "Pārskats.pdf",
        ],
    ),
    ("legacy_charsets.eml", ["Pieteikums Rēzekne.docx", "Tāme Ļoti.pdf"]),
    ("rfc2047_names.eml", ["1.pielikums_Pieteikuma_veidlapa_Līvānu_novads.docx"]),
    ("raw_utf8_headers.eml", ["pieteikums.docx"]),
    ("raw_cp1257_headers.eml", ["Pieteikums Ludzā.docx"]),
    ("forwarded.eml", ["pieteikums.docx"]),
    ("part_without_content_type.eml", ["veidlapa.docx"]),
    ("nameless_parts.eml", ["pielikums-1.pdf"]),  # the image is shown in the text
    ("signature_logo.eml", ["1_pielikums.docx", "Tāme.pdf"]),
    ("bounce_of_acknowledgement.eml", []),
    ("no_content_type.eml", []),
]


@pytest.mark.parametrize(("name", "expected"), ATTACHMENTS, ids=[a[0] for a in ATTACHMENTS])
def test_attachment_names_are_decoded(name: str, expected: list[str]) -> None:
    assert names(parsed(name)) == expected


def test_attachment_content_is_decoded() -> None:
    form, pdf = parsed("rfc2231_utf8.eml").attachments
    assert (form.content_type, form.data) == (DOCX, FORM_DATA)
    assert (pdf.content_type, pdf.data) == ("application/pdf", PDF_DATA)
    assert pdf.size == len(PDF_DATA)
    assert pdf.sha256 == hashlib.sha256(PDF_DATA).hexdigest()


def test_headers_of_an_ordinary_message() -> None:
    message = parsed("rfc2231_utf8.eml")
    assert message.message_id == "<test-1@example.lv>"
    assert (message.from_name, message.from_address) == ("Preiļu novada dome", "dome@preili.lv")
    assert message.to_addresses == ("pieteikumi@region.lv", "arhivs@region.lv")
    assert message.date_header == datetime(2019, 8, 27, 20, 59, 30, tzinfo=UTC)
    assert message.date_header.utcoffset() == timedelta(hours=3)
    # The topmost Received header is the newest hop, not the sender's own one below it.
    assert message.received_latest == datetime(2019, 8, 27, 20, 59, 59, tzinfo=UTC)
    assert message.return_path is None  # missing, which is not the same as empty
    assert message.body_text == "Labdien!\nPielikumā pieteikums."
    assert (message.auto_submitted, message.precedence, message.list_id) == (None, None, None)
    assert message.defects == ()


def test_legacy_charsets_in_sender_and_body() -> None:
    message = parsed("legacy_charsets.eml")
    assert message.from_name == "Rēzeknes novada pašvaldība"
    assert message.body_text == "Labdien, nosūtām pieteikumu."
    assert message.return_path == "novads@rezekne.lv"


def test_sender_encoded_as_one_word_with_its_address() -> None:
    message = parsed("rfc2047_names.eml")  # compat32 put "<dome@livani.lv>" inside the word
    assert (message.from_name, message.from_address) == ("Līvānu novads", "dome@livani.lv")


def test_raw_utf8_sender_name() -> None:
    assert parsed("raw_utf8_headers.eml").from_name == "Balvu novada pašvaldība"


def test_forwarded_message_attachments_count_but_not_its_text() -> None:
    message = parsed("forwarded.eml")
    assert message.body_text == "Pārsūtu pieteikumu."
    assert message.attachments[0].data == FORM_DATA


def test_part_without_content_type_gets_its_type_from_the_name() -> None:
    (attachment,) = parsed("part_without_content_type.eml").attachments
    assert (attachment.content_type, attachment.data) == (DOCX, FORM_DATA)


def test_message_without_content_type_is_plain_text() -> None:
    message = parsed("no_content_type.eml")
    assert message.body_text == "Labdien, vai termins ir 27. augusts?"
    assert message.attachments == ()


def test_broken_base64() -> None:
    message = parsed("broken_base64.eml")
    cut, nopadding, text = message.attachments
    assert cut.data == b"JVBERi0xLjQKJSB0ZXN0IGF0dGFjaG1lb\n"  # undecodable: kept as sent
    assert nopadding.data == FORM_DATA  # only the padding was missing
    assert text.data == b"This is not base64 at all\n"
    assert message.defects == (
        "part 1.2: base64 content could not be decoded, kept as sent",
        "part 1.3: damaged base64 content (padding or end missing)",
        "part 1.4: base64 content could not be decoded, kept as sent",
    )


def test_images_shown_in_the_text_are_inline_parts_not_attachments() -> None:
    message = parsed("signature_logo.eml")
    assert [(a.filename, a.content_type) for a in message.inline_parts] == [
        ("image001.png", "image/png"),  # Content-Disposition: inline
        ("pielikums-2.jpg", "image/jpeg"),  # no Content-Disposition at all
    ]
    assert message.inline_parts[0].data == PNG_DATA
    # The docx inside multipart/related is a document, so it counts whatever its headers say.
    assert names(message) == ["1_pielikums.docx", "Tāme.pdf"]
    assert message.body_text == "Labdien!\nPielikumā pieteikums."


def test_a_nameless_image_with_a_content_id_is_inline() -> None:
    message = parsed("nameless_parts.eml")
    assert [a.filename for a in message.inline_parts] == ["pielikums-2.png"]


def test_an_image_with_a_content_id_outside_multipart_related_is_an_attachment() -> None:
    message = EmailMessage()
    message.set_content("Skenēta veidlapa pielikumā.")
    message.add_attachment(PNG_DATA, "image", "png", filename="skenets.png", cid="<scan@x>")
    parsed_message = parse_message(message.as_bytes())
    assert names(parsed_message) == ["skenets.png"]
    assert parsed_message.inline_parts == ()


def test_an_attached_image_inside_multipart_related_is_an_attachment() -> None:
    message = EmailMessage()
    message.set_content("<p>x</p>", subtype="html")
    message.add_related(
        PNG_DATA, "image", "png", cid="<a@x>", disposition="attachment", filename="foto.png"
    )
    assert names(parse_message(message.as_bytes())) == ["foto.png"]


def test_the_content_type_of_the_whole_message() -> None:
    assert parsed("delivery_report.eml").content_type == "multipart/report"
    assert parsed("bounce_of_acknowledgement.eml").content_type == "multipart/report"
    assert parsed("rfc2231_utf8.eml").content_type == "multipart/mixed"
    assert parsed("no_content_type.eml").content_type == "text/plain"


def test_plain_text_body_is_preferred_to_html() -> None:
    assert parsed("nameless_parts.eml").body_text == "Teksts."


def test_bounce_headers() -> None:
    message = parsed("bounce_of_acknowledgement.eml")
    assert message.return_path == ""
    assert message.from_address == "mailer-daemon@mx.region.lv"
    assert message.auto_submitted == "auto-replied"
    assert message.body_text == "Vēstuli nevarēja piegādāt."


def test_auto_reply_headers() -> None:
    message = parsed("auto_reply.eml")
    assert message.auto_submitted == "auto-replied"
    assert message.x_auto_response_suppress == "All"
    assert message.precedence == "bulk"
    assert message.in_reply_to == "<ack-1@region.lv>"
    assert message.references == ("<test-1@example.lv>", "<ack-1@region.lv>")


# --- composed in the test -------------------------------------------------------------------


def _with_attachment(disposition: str) -> bytes:
    """A composed message whose attachment has `disposition`, non-ASCII kept as raw UTF-8."""
    message = MIMEMultipart()
    message["Subject"] = "x"
    message.attach(MIMEText("body"))
    part = MIMEApplication(PDF_DATA, "pdf")
    part["Content-Disposition"] = "PLACEHOLDER"
    message.attach(part)
    return message.as_bytes().replace(b"PLACEHOLDER", disposition.encode())


FILENAMES = [
    ('attachment; filename="C:\\Users\\Anna\\Pieteikums.pdf"', "Pieteikums.pdf", "windows-path"),
    ('attachment; filename="../../etc/passwd"', "passwd", "unix-path"),
    ('attachment; filename="a\\"b.pdf"', 'a"b.pdf', "escaped-quote"),
    ('attachment; filename="evil\u202etxt.pdf"', "eviltxt.pdf", "bidi-override"),
    ('attachment; filename="Pa\u0304rskats.pdf"', "Pārskats.pdf", "nfd-to-nfc"),
    ('attachment; filename=".."', "pielikums-1.pdf", "dots-only"),
    ("attachment; filename*=utf-8''%C4%81.pdf; filename=\"a.pdf\"", "ā.pdf", "rfc2231-wins"),
    ("attachment; FILENAME*0*=utf-8''%C4%81; filename*1=.pdf", "ā.pdf", "mixed-continuation"),
    ("attachment; filename*=unknown''%C4%81.pdf", "ā.pdf", "unknown-2231-charset"),
    ("attachment; filename*=iso-8859-1''%C4%81.pdf", "ā.pdf", "mislabelled-utf8"),
    ('attachment; filename="=?utf-8?B?xIEucGRm?="', "ā.pdf", "rfc2047-in-quotes"),
    ('attachment; filename="' + "x" * 300 + '.pdf"', "x" * 196 + ".pdf", "long"),
    ('attachment; filename="unterminated.pdf', "unterminated.pdf", "unterminated"),
    ("filename=no-type.pdf", "no-type.pdf", "no-disposition-type"),
]


@pytest.mark.parametrize(
    ("disposition", "filename"),
    [case[:2] for case in FILENAMES],
    ids=[case[2] for case in FILENAMES],
)
def test_filename_is_cleaned(disposition: str, filename: str) -> None:
    message = parse_message(_with_attachment(disposition))
    assert names(message) == [filename]
    assert message.attachments[0].data == PDF_DATA


def test_8bit_parts_keep_their_bytes() -> None:
    raw = (
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        b"Content-Type: text/plain; charset=windows-1257\nContent-Transfer-Encoding: 8bit\n\n"
        + "Pašvaldība".encode("cp1257")
        + b'\n--b\nContent-Type: application/octet-stream; name="x.bin"\n'
        b"Content-Transfer-Encoding: binary\n\n" + bytes(range(128, 256)) + b"\n--b--\n"
    )
    message = parse_message(raw)
    assert message.body_text == "Pašvaldība"
    assert message.attachments[0].data == bytes(range(128, 256))


def test_broken_parameters_do_not_lose_the_part() -> None:
    """compat32's own parameter parser raises on these; the part must survive."""
    raw = (
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        b"Content-Type: application/pdf; charset*=x; charset*0=y; name*=utf-8''%C4%81\xff.pdf\n"
        b"Content-Transfer-Encoding: base64\n\nJVBE\xffRi0=\n--b--\n"
    )
    message = parse_message(raw)
    assert names(message) == ["ā\ufffd.pdf"]
    assert any("8-bit bytes" in defect for defect in message.defects)


def test_html_only_body_becomes_text() -> None:
    message = EmailMessage()
    message.set_content(
        "<p>Labdien,<br>pielikumā &quot;pieteikums&quot;</p><style>p{}</style>", "html"
    )
    assert parse_message(message.as_bytes()).body_text == 'Labdien,\npielikumā "pieteikums"'


def test_attachment_disposition_on_a_multipart_part() -> None:
    """policy.default's iter_attachments() yields this part and get_content() raises KeyError."""
    inner = MIMEMultipart("alternative")
    inner.attach(MIMEText("a"))
    inner["Content-Disposition"] = "attachment"
    outer = MIMEMultipart()
    outer.attach(inner)
    outer.attach(MIMEApplication(PDF_DATA, "pdf", Name="x.pdf"))
    assert names(parse_message(outer.as_bytes())) == ["x.pdf"]


HEADER_CASES = [
    (b"Message-ID: abc@x\n\n", "message_id", "<abc@x>", "msgid-brackets-added"),
    (b"Message-ID: <a@x> (comment)\n\n", "message_id", "<a@x>", "msgid-comment"),
    (b"Message-ID:  \n\n", "message_id", None, "msgid-empty"),
    (b"Return-Path: <>\n\n", "return_path", "", "return-path-empty"),
    (b"Return-Path: <Bounce@X.lv>\n\n", "return_path", "bounce@x.lv", "return-path"),
    # A bare local part cannot be answered; it is kept apart for the loop check.
    (b"From: MAILER-DAEMON\n\n", "from_address", "", "bare-local-part"),
    (b"From: MAILER-DAEMON\n\n", "from_local_part", "mailer-daemon", "bare-local-part-kept"),
    (b"From: Anna <anna>\n\n", "from_address", "", "from-without-domain"),
    (b"From: Anna <anna>\n\n", "from_name", "Anna", "from-without-domain-name"),
    (b"From: <>\n\n", "from_address", "", "from-empty"),
    (b"From: d\x00ome@preili.lv\n\n", "from_address", "dome@preili.lv", "from-nul"),
    (b"From: " + b"a" * 320 + b"@x.lv\n\n", "from_address", "", "from-too-long"),
    (b"From: " + b"a" * 309 + b"@x.lv\n\n", "from_address", "a" * 309 + "@x.lv", "from-320"),
    (b"From: Anna\x00 Ozola\x07 <a@x.lv>\n\n", "from_name", "Anna Ozola", "name-controls"),
    (b"From: " + b"N" * 600 + b" <a@x.lv>\n\n", "from_name", "N" * 500, "name-too-long"),
    (b"To: a\x00@x.lv, b@x.lv, local\n\n", "to_addresses", ("a@x.lv", "b@x.lv"), "to-clean"),
    (b"Message-ID: <a\x00b@x>\n\n", "message_id", "<ab@x>", "msgid-nul"),
    (b"Message-ID: <a\x01b@x>\n\n", "message_id", "<ab@x>", "msgid-control"),
    (b"In-Reply-To: <r\x00@x>\n\n", "in_reply_to", "<r@x>", "in-reply-to-nul"),
    (b"References: <a@x> <b\x00@x>\n\n", "references", ("<a@x>", "<b@x>"), "references-nul"),
    (b"List-Id: <x\x00.lists.lv>\n\n", "list_id", "<x.lists.lv>", "list-id-nul"),
    (b"Auto-Submitted: auto-replied\x00\n\n", "auto_submitted", "auto-replied", "auto-nul"),
    (b"Sender: MAILER-DAEMON@mx.lv\n\n", "sender", "mailer-daemon@mx.lv", "sender"),
    (b"Sender: Owner <owner\x00@x.lv>\n\n", "sender", "owner@x.lv", "sender-nul"),
    (b"Subject: x\n\n", "sender", None, "sender-missing"),
    (b"X-Autoreply: yes\n\n", "x_autoreply", "yes", "x-autoreply"),
    (b"X-Autorespond: Out of office\n\n", "x_autorespond", "Out of office", "x-autorespond"),
    (b"Return-Path: <Bounce\x00@X.lv>\n\n", "return_path", "bounce@x.lv", "return-path-nul"),
    (b"List-Id: <x.lists.lv>\n\n", "list_id", "<x.lists.lv>", "list-id"),
    (
        b"Date: 27 Aug 2019 23:59:59 -0000\n\n",
        "date_header",
        datetime(2019, 8, 27, 23, 59, 59, tzinfo=UTC),
        "date-no-zone",
    ),
    (b"Date: yesterday\n\n", "date_header", None, "date-garbage"),
    (
        b"Received: from x by y; 28 Aug 2019 00:00:00 +0300\n\n",
        "received_latest",
        datetime(2019, 8, 28, tzinfo=timezone(timedelta(hours=3))),
        "received",
    ),
]


@pytest.mark.parametrize(
    ("raw", "field", "value"),
    [case[:3] for case in HEADER_CASES],
    ids=[case[3] for case in HEADER_CASES],
)
def test_header_field(raw: bytes, field: str, value: object) -> None:
    assert getattr(parse_message(raw), field) == value


def test_a_message_id_too_long_to_store_is_replaced_by_its_digest() -> None:
    long_id = "<" + "x" * 950 + "@example.lv>"
    raw = f"Message-ID: {long_id}\nIn-Reply-To: {long_id}\nReferences: <a@x> {long_id}\n\n"
    message = parse_message(raw.encode())
    digest = f"<{hashlib.sha256(long_id.encode()).hexdigest()}@long-message-id.invalid>"
    assert (message.message_id, message.in_reply_to) == (digest, digest)
    assert message.references == ("<a@x>", digest)
    assert parse_message(raw.encode()).message_id == digest  # the same on every delivery
    exactly = "<" + "x" * 887 + "@example.lv>"
    assert len(exactly) == 900
    assert parse_message(f"Message-ID: {exactly}\n\n".encode()).message_id == exactly


CONTENT_TYPES = [
    ("application/pdf", "application/pdf", "plain"),
    ("application/p\x00df", "application/pdf", "nul"),
    ("application/" + "x" * 200, "application/octet-stream", "too-long"),
    ("application/x" + "y" * 187, "application/x" + "y" * 187, "200"),
]


@pytest.mark.parametrize(
    ("header", "stored"), [c[:2] for c in CONTENT_TYPES], ids=[c[2] for c in CONTENT_TYPES]
)
def test_attachment_content_types_are_safe_to_store(header: str, stored: str) -> None:
    raw = (
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nx\n'
        b"--b\nContent-Type: " + header.encode() + b'; name="x.pdf"\n\n%PDF\n--b--\n'
    )
    (attachment,) = parse_message(raw).attachments
    assert attachment.content_type == stored


HEADER_NAMES = ["message-id", "from", "to", "sender", "in-reply-to", "references", "list-id"]
HEADER_NAMES += ["precedence", "auto-submitted", "return-path", "subject", "x-autoreply"]
_CONTROLS = st.characters(codec="utf-8", categories=["Cc"])


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(HEADER_NAMES),
    st.text(st.characters(codec="utf-8", exclude_characters="\r\n") | _CONTROLS, max_size=60),
)
def test_no_header_value_keeps_a_control_character(name: str, value: str) -> None:
    raw = f"{name}: {value}\n\n".encode("utf-8", "surrogateescape")
    message = parse_message(raw)
    strings = [
        message.message_id or "",
        message.subject,
        message.from_address,
        message.from_name,
        message.from_local_part,
        message.in_reply_to or "",
        message.list_id or "",
        message.precedence or "",
        message.auto_submitted or "",
        message.return_path or "",
        message.sender or "",
        message.x_autoreply or "",
        *message.to_addresses,
        *message.references,
    ]
    for text in strings:
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text), (name, text)
        text.encode("utf-8")  # no lone surrogates: storable in PostgreSQL


def test_unreadable_date_is_a_defect() -> None:
    assert parse_message(b"Date: yesterday\n\nx").defects == (
        "Date header has an unreadable date: 'yesterday'",
    )


def test_hostile_nesting_is_cut_off_with_a_defect() -> None:
    depth = 200
    raw = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(depth)
    )
    message = parse_message(raw + b"Content-Type: application/pdf\n\nx\n")
    assert any("nested deeper than" in defect for defect in message.defects)


# --- robustness -----------------------------------------------------------------------------

EDGE_INPUTS = [
    b"",
    b"\n",
    b"\x00\xff" * 50,
    b"Subject: =?utf-8?b?\n\n",
    b"Content-Type: multipart/mixed\n\nx",
]


@pytest.mark.parametrize(
    "raw", EDGE_INPUTS, ids=["empty", "newline", "binary", "open-word", "no-boundary"]
)
def test_edge_inputs_do_not_raise(raw: bytes) -> None:
    assert isinstance(parse_message(raw), ParsedMessage)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(DATA.glob("*.eml"))), st.data())
def test_damaged_messages_never_raise(path: Path, data: st.DataObject) -> None:
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 20))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    message = parse_message(bytes(raw[:cut]))
    assert all(isinstance(a, Attachment) and a.filename for a in message.attachments)


@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(raw: bytes) -> None:
    assert isinstance(parse_message(raw), ParsedMessage)


CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".xml")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="third-party corpus ../shared/corpora/mime absent")
@pytest.mark.parametrize(
    "path", CORPUS_FILES, ids=[str(p.relative_to(CORPUS)) for p in CORPUS_FILES]
)
def test_corpus_message_never_raises(path: Path) -> None:
    started = time.monotonic()
    message = parse_message(path.read_bytes())
    assert time.monotonic() - started < 5
    assert message.date_header is None or message.date_header.tzinfo is not None
    for attachment in message.attachments:
        assert attachment.filename and "/" not in attachment.filename
        assert "/" in attachment.content_type
