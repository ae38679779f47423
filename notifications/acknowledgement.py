"""The acknowledgement a municipality receives for every application version it sends.

For the municipality the acknowledgement is the proof of submission: it quotes the registration
number and version, the receipt time in Latvian time and the attachments we received, and says
plainly what happens next when something is wrong (late, no attachment, subject not matching).
What the paragraph about the outcome already says is not repeated in the list of problems, and
lateness is never listed as something to fix: it cannot be fixed.

Its Message-ID is derived from the submission (reference, version, our domain) instead of being
random, so a retried send carries the same ID and a duplicate is recognisable, to the recipient's
client and to us. It answers the applicant's message (In-Reply-To, References) so it lands in the
same thread, and declares itself an automatic reply (RFC 3834 `Auto-Submitted`, Microsoft's
`X-Auto-Response-Suppress`) so out-of-office responders do not answer it back. No `Precedence`
header: it is non-standard and some servers treat `bulk` mail as spam.

Every acknowledgement is rendered inside the transaction that registers the message, so the
outbox gets `render_acknowledgement`'s bytes: what `compose_acknowledgement(…).as_bytes()` gives,
written out directly instead of through a message object (a quarter of the time).
"""

from __future__ import annotations

import contextlib
import random
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, quoprimime
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from notifications.render import render

STATUSES = ("registered", "late", "incomplete", "needs_review")
SUBJECT_MATCHES = ("exact", "near", "none")
TEXT_TEMPLATE = "applicant/acknowledgement.txt.j2"
HTML_TEMPLATE = "applicant/acknowledgement.html.j2"
# RFC 5322 suggests trimming long References chains; the first and the latest IDs keep the thread.
MAX_REFERENCES = 20
# Problems of these severities are shown as notes; any other severity is something to fix.
NOTE_SEVERITIES = ("warning", "info")
# Never in the problem list: lateness is said by the outcome paragraph and cannot be fixed, and a
# failed automatic check is ours to handle (the letter says the coordinator will review it).
ALWAYS_SAID = frozenset({"late", "check_failed"})

_SUBJECT_PREFIX = {
    "registered": "Pieteikums reģistrēts",
    "late": "Pieteikums saņemts pēc termiņa",
    "incomplete": "Pieteikums saņemts bez pielikuma",
    "needs_review": "Vēstule saņemta un tiks pārskatīta",
}
_MSG_ID = re.compile(r"<[!-;=?-~]+>")  # printable ASCII without angle brackets or spaces
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+\-=?^_`{|}~]+")


@dataclass(frozen=True)
class AcknowledgementInput:
    """Everything the acknowledgement says, taken from one stored submission version."""

    recipient: str
    reference: str
    version: int
    replaces_version: int | None
    status: str  # registered | late | incomplete | needs_review
    subject_match: str  # exact | near | none
    received_at: datetime
    timezone: ZoneInfo
    deadline: datetime
    competition_title: str
    expected_subject: str
    original_subject: str
    original_message_id: str | None
    original_references: tuple[str, ...]
    attachments: tuple[tuple[str, int], ...]  # (filename, size in bytes)
    # (severity, message_lv) or (severity, message_lv, code); with the code, a problem that the
    # outcome paragraph already explains (late, no attachment, subject) is not listed again.
    problems: tuple[tuple[str, str] | tuple[str, str, str], ...]
    # Latvian sentences the pipeline adds as a paragraph, e.g. that an earlier application
    # stays in force.
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; expected one of {STATUSES}")
        if self.subject_match not in SUBJECT_MATCHES:
            raise ValueError(f"unknown subject_match {self.subject_match!r}")
        if self.version < 1:
            raise ValueError(f"version starts at 1, got {self.version}")
        for name in ("received_at", "deadline"):
            if getattr(self, name).utcoffset() is None:
                raise ValueError(f"{name} must be an aware datetime")


def acknowledgement_message_id(reference: str, version: int, sender_address: str) -> str:
    """`<ack.LPR-REM-2019.001.v2@lpr.gov.lv>` for version 2 of LPR-REM-2019/001."""
    domain = _message_id_domain(sender_address)
    local = ".".join(_ATOM.findall(reference))
    if not local:
        raise ValueError(f"reference {reference!r} has no usable characters")
    return f"<ack.{local}.v{version}@{domain}>"


@lru_cache(maxsize=16)  # the same sender on every letter, and parsing it is slow
def _message_id_domain(sender_address: str) -> str:
    address = parseaddr(sender_address)[1] or sender_address
    _, at, domain = address.strip().lower().rpartition("@")
    if not at or not domain or not all(_ATOM.fullmatch(label) for label in domain.split(".")):
        raise ValueError(f"cannot take a Message-ID domain from {sender_address!r}")
    return domain


def acknowledgement_subject(data: AcknowledgementInput) -> str:
    """`Pieteikums reģistrēts: LPR-REM-2019/001 (2. versija)`: the outcome and the number first."""
    subject = f"{_SUBJECT_PREFIX[data.status]}: {data.reference}"
    return subject + (f" ({data.version}. versija)" if data.version > 1 else "")


def thread_references(message_id: str | None, references: tuple[str, ...]) -> list[str]:
    """The References of a reply: the original's References plus its Message-ID, trimmed.

    Only well-formed `<id>` tokens are kept, so nothing the applicant wrote can inject a header.
    """
    ids: list[str] = []
    for text in (*references, message_id or ""):
        for token in _MSG_ID.findall(text):
            if token not in ids:
                ids.append(token)
    if len(ids) > MAX_REFERENCES:
        ids = [ids[0], *ids[-(MAX_REFERENCES - 1) :]]
    return ids


def _zone_labels(zone: ZoneInfo) -> tuple[str, str]:
    if zone.key == "Europe/Riga":
        return "Latvijas laiks", "Riga time"
    return zone.key, zone.key


def said_by_outcome(data: AcknowledgementInput) -> frozenset[str]:
    """Problem codes that the paragraph about the outcome (status, subject) already explains."""
    said = set(ALWAYS_SAID)
    if data.status == "incomplete":
        said.add("no_attachment")
    if data.status == "needs_review":
        said.add("subject_missing")
    if data.subject_match == "near" and data.status != "late":
        said.add("subject_near_match")
    return frozenset(said)


@lru_cache(maxsize=16)  # the same sender on every letter, and parsing it is slow
def sender_name(sender: str) -> str:
    """The display name of a From value (`Latgales plānošanas reģions <…>`), else the address."""
    name, address = parseaddr(sender)
    if "=?" in name:
        with contextlib.suppress(LookupError, UnicodeError, ValueError):
            name = str(make_header(decode_header(name)))
    return name.strip() or address or sender.strip()


def template_context(data: AcknowledgementInput, sender: str = "") -> dict[str, Any]:
    """What both templates receive: the input plus a few values derived once, here."""
    zone_lv, zone_en = _zone_labels(data.timezone)
    said = said_by_outcome(data)
    listed = [
        (problem[0], problem[1])
        for problem in data.problems
        if len(problem) < 3 or problem[2] not in said
    ]
    return {
        "ack": data,
        "resubmission": data.replaces_version is not None and data.status != "late",
        "fixes": [text for severity, text in listed if severity not in NOTE_SEVERITIES],
        "remarks": [text for severity, text in listed if severity in NOTE_SEVERITIES],
        "zone_lv": zone_lv,
        "zone_en": zone_en,
        "signature": sender_name(sender) if sender else "",
    }


@dataclass(frozen=True)
class RenderedAcknowledgement:
    """The acknowledgement as the outbox keeps it: wire bytes and the row's columns."""

    message_id: str
    subject: str  # decoded, as a mail program shows it
    raw: bytes  # 7-bit, CRLF line ends, lines of at most 78 characters


@dataclass(frozen=True)
class _Letter:
    headers: list[tuple[str, str]]  # in the order they are written
    text: str
    html: str


def _letter(data: AcknowledgementInput, sender: str, date: datetime | None) -> _Letter:
    headers = [
        ("From", sender),
        ("To", data.recipient),
        ("Subject", acknowledgement_subject(data)),
        ("Date", format_datetime((date or datetime.now(UTC)).astimezone(data.timezone))),
        ("Message-ID", acknowledgement_message_id(data.reference, data.version, sender)),
    ]
    original = _MSG_ID.search(data.original_message_id or "")
    if original:
        headers.append(("In-Reply-To", original.group(0)))
    references = thread_references(data.original_message_id, data.original_references)
    if references:
        headers.append(("References", " ".join(references)))
    headers += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    # No Content-Language: the letters sent so far never had one, because set_content() below
    # drops every Content-* header set before it.
    context = template_context(data, sender)
    return _Letter(headers, render(TEXT_TEMPLATE, **context), render(HTML_TEMPLATE, **context))


def compose_acknowledgement(
    data: AcknowledgementInput, sender: str, *, date: datetime | None = None
) -> EmailMessage:
    """The complete reply (plain text first, HTML alternative) as a message object.

    It is `render_acknowledgement`'s bytes parsed back, so the object and what the outbox
    stores are the same letter; `as_bytes()` gives those bytes again.
    """
    raw = render_acknowledgement(data, sender, date=date).raw
    message: EmailMessage = message_from_bytes(raw, policy=_AS_WRITTEN)
    return message


def render_acknowledgement(
    data: AcknowledgementInput, sender: str, *, date: datetime | None = None
) -> RenderedAcknowledgement:
    """`compose_acknowledgement(…).as_bytes()` without building the message object.

    The layout is the email package's, byte for byte: the same header folding (done by the
    package itself for anything but short plain values), the same quoted-printable body
    encoding, the same MIME structure and the same kind of random boundary.
    """
    letter = _letter(data, sender, date)
    lines, subject, message_id = [], "", ""
    for name, value in letter.headers:
        if name == "Subject":
            header = SMTP.header_store_parse(name, value)[1]
            subject = str(header)
            lines.append(header.fold(policy=SMTP))
        else:
            lines.append(_folded(name, value))
        if name == "Message-ID":
            message_id = value
    parts = [
        _TEXT_PART_HEADERS + _quoted_printable(letter.text),
        _HTML_PART_HEADERS + _quoted_printable(letter.html),
    ]
    boundary = _boundary("\r\n".join(parts))
    lines.append(
        f'MIME-Version: 1.0\r\nContent-Type: multipart/alternative;\r\n boundary="{boundary}"\r\n'
    )
    body = "".join(f"--{boundary}\r\n{part}\r\n" for part in parts) + f"--{boundary}--\r\n"
    raw = ("".join(lines) + "\r\n" + body).encode("ascii")
    return RenderedAcknowledgement(message_id=message_id, subject=subject, raw=raw)


# --- the email package's serialisation under the SMTP policy, for render_acknowledgement ------

_MAX_LINE = 78  # SMTP.max_line_length
# Parsing our own bytes back: keep every line as written (no refolding of long ID lines).
_AS_WRITTEN = SMTP.clone(refold_source="none")
# Values the SMTP policy writes unchanged when they fit on one line. Anything else (a long
# References, an address with a display name, a non-ASCII subject) is folded by the package.
_ATEXT = r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+"
_DOT_ATOM = rf"{_ATEXT}(?:\.{_ATEXT})*"
_WORDS = re.compile(r"[!-~]+(?: [!-~]+)*")
_UNCHANGED = {
    "To": re.compile(rf"{_DOT_ATOM}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"),
    "Date": re.compile(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}"),
    "Message-ID": re.compile(rf"<{_DOT_ATOM}@{_DOT_ATOM}>"),
    "In-Reply-To": _WORDS,
    "References": _WORDS,
    "Auto-Submitted": _WORDS,
    "X-Auto-Response-Suppress": _WORDS,
}
_TEXT_PART_HEADERS = (
    'Content-Type: text/plain; charset="utf-8"\r\n'
    "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
)
# add_alternative() gives the part it creates a MIME-Version header of its own.
_HTML_PART_HEADERS = (
    'Content-Type: text/html; charset="utf-8"\r\n'
    "Content-Transfer-Encoding: quoted-printable\r\nMIME-Version: 1.0\r\n\r\n"
)


def _folded(name: str, value: str) -> str:
    """`name: value` and CRLF, folded as `EmailMessage(policy=SMTP)` folds it, except the
    Message-ID lists, which the package would turn into encoded words when an ID is long
    (Outlook's are), breaking the thread in the municipality's mail client."""
    if name == "From":
        return _from_line(value)
    if name in ("In-Reply-To", "References"):
        return _id_list(name, value)
    unchanged = _UNCHANGED.get(name)
    if (
        unchanged is not None
        and len(name) + 2 + len(value) <= _MAX_LINE
        and "=?" not in value
        and unchanged.fullmatch(value)
    ):
        return f"{name}: {value}\r\n"
    return str(SMTP.header_store_parse(name, value)[1].fold(policy=SMTP))


def _id_list(name: str, value: str) -> str:
    """Message-IDs folded between IDs only; an ID is never split or encoded (RFC 5322 3.6.4)."""
    lines, line = [], f"{name}:"
    for msg_id in value.split():
        if len(line) + 1 + len(msg_id) > _MAX_LINE and line.strip() != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + msg_id
    lines.append(line)
    return "\r\n".join(lines) + "\r\n"


@lru_cache(maxsize=16)
def _from_line(sender: str) -> str:
    """The From line, the same on every letter; encoding its display name is slow."""
    return str(SMTP.header_store_parse("From", sender)[1].fold(policy=SMTP))


def _quoted_printable(text: str) -> str:
    """The body of a `set_content(text, charset="utf-8", cte="quoted-printable")` part."""
    lines = text.encode("utf-8").splitlines()
    encoded = quoprimime.body_encode((b"\n".join(lines) + b"\n").decode("latin-1"), _MAX_LINE)
    return encoded.replace("\n", "\r\n")


def _boundary(parts: str) -> str:
    """A random MIME boundary that is no line of `parts`, made as email.generator makes it
    (which checks `^--boundary(--)?$` in MULTILINE mode: a piece between newlines)."""
    token = random.randrange(sys.maxsize)
    boundary = "=" * 15 + f"{token:0{len(repr(sys.maxsize - 1))}d}" + "=="
    pieces = set(parts.split("\n"))
    candidate, counter = boundary, 0
    while f"--{candidate}" in pieces or f"--{candidate}--" in pieces:
        candidate, counter = f"{boundary}.{counter}", counter + 1
    return candidate
