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
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
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
    address = parseaddr(sender_address)[1] or sender_address
    _, at, domain = address.strip().lower().rpartition("@")
    if not at or not domain or not all(_ATOM.fullmatch(label) for label in domain.split(".")):
        raise ValueError(f"cannot take a Message-ID domain from {sender_address!r}")
    local = ".".join(_ATOM.findall(reference))
    if not local:
        raise ValueError(f"reference {reference!r} has no usable characters")
    return f"<ack.{local}.v{version}@{domain}>"


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


def compose_acknowledgement(
    data: AcknowledgementInput, sender: str, *, date: datetime | None = None
) -> EmailMessage:
    """The complete reply (plain text first, HTML alternative), ready for the outbox.

    `sender` is the From header (`"Name <address>"` or a bare address); `date` defaults to now.
    Serialise with `message.as_bytes()`: the SMTP policy gives CRLF line ends.
    """
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = data.recipient
    message["Subject"] = acknowledgement_subject(data)
    message["Date"] = format_datetime((date or datetime.now(UTC)).astimezone(data.timezone))
    message["Message-ID"] = acknowledgement_message_id(data.reference, data.version, sender)
    original = _MSG_ID.search(data.original_message_id or "")
    if original:
        message["In-Reply-To"] = original.group(0)
    references = thread_references(data.original_message_id, data.original_references)
    if references:
        message["References"] = " ".join(references)
    message["Auto-Submitted"] = "auto-replied"
    message["X-Auto-Response-Suppress"] = "All"
    message["Content-Language"] = "lv, en"
    context = template_context(data, sender)
    # Quoted-printable keeps the message 7-bit, whatever the relay says about 8BITMIME.
    message.set_content(
        render(TEXT_TEMPLATE, **context), subtype="plain", charset="utf-8", cte="quoted-printable"
    )
    message.add_alternative(
        render(HTML_TEMPLATE, **context), subtype="html", charset="utf-8", cte="quoted-printable"
    )
    return message
