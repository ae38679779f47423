"""Mail loop prevention: never answer automatic mail, never register bounces or our own mail.

An acknowledgement sent to an autoresponder, a mailing list or a bounce address can start a loop of
replies between robots (RFC 3834). A bounce of our own acknowledgement carries our own subject, so
without this rule it would be registered as an application from MAILER-DAEMON.
"""

from __future__ import annotations

import re

from intake.checks.base import Assessment, CompetitionRules
from intake.mime import ParsedMessage
from intake.subject import is_automatic_subject

_BULK_PRECEDENCE = frozenset({"bulk", "junk", "list"})
_BOUNCE_SENDERS = frozenset({"mailer-daemon", "mailerdaemon", "postmaster"})
# Delivery status notifications (RFC 3464) and read receipts (RFC 8098) are both reports.
_REPORT = "multipart/report"
_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")


class LoopRule:
    name = "loop"
    label = "automātisko vēstuļu pārbaude"
    description = "Suppress replies to automatic mail; do not register bounces or our own mail."

    def check(self, assessment: Assessment, rules: CompetitionRules) -> None:
        message = assessment.message
        automatic = automatic_reasons(message)
        never_register = bounce_reasons(message, rules.own_addresses)
        if never_register:
            assessment.register = False
            assessment.reasons.append("not registered: " + "; ".join(never_register))
        found = never_register + automatic
        if found:
            assessment.reply_suppressed = "; ".join(found)
            assessment.reasons.append("no automatic reply: " + assessment.reply_suppressed)


def automatic_reasons(message: ParsedMessage) -> list[str]:
    """Why `message` looks machine-sent (RFC 3834 and common practice); [] for a person's mail."""
    reasons = []
    auto_submitted = _token(message.auto_submitted)
    if auto_submitted is not None and auto_submitted != "no":
        reasons.append(f"Auto-Submitted: {message.auto_submitted}")
    if _token(message.precedence) in _BULK_PRECEDENCE:
        reasons.append(f"Precedence: {message.precedence}")
    if message.list_id is not None:
        reasons.append(f"mailing list mail (List-Id: {message.list_id})")
    for header, value in (
        ("X-Auto-Response-Suppress", message.x_auto_response_suppress),
        ("X-Autoreply", message.x_autoreply),
        ("X-Autorespond", message.x_autorespond),
    ):
        if value is not None:
            reasons.append(f"{header}: {value}")
    if is_automatic_subject(message.subject):
        reasons.append(f"the subject of an automatic reply ({message.subject})")
    return reasons


def bounce_reasons(message: ParsedMessage, own_addresses: frozenset[str]) -> list[str]:
    """Why `message` is a bounce, a delivery or read report, or our own mail; [] otherwise."""
    reasons = []
    if message.return_path == "":
        reasons.append("empty return path (Return-Path: <>), a delivery report")
    if message.content_type == _REPORT:
        reasons.append(f"a delivery or read report (Content-Type: {_REPORT})")
    for header, address in (
        ("From", message.from_address or message.from_local_part),
        ("Return-Path", message.return_path),
        ("Sender", message.sender),
    ):
        if address and _local_part(address) in _BOUNCE_SENDERS:
            reasons.append(f"sent by the mail system ({header}: {address})")
    own = {address.strip().lower() for address in own_addresses}
    sender = message.from_address.lower()
    if sender and sender in own:
        reasons.append(f"sent from our own address ({message.from_address})")
    return reasons


def _local_part(address: str) -> str:
    address = address.strip().lower()
    return address.rpartition("@")[0] if "@" in address else address


def _token(value: str | None) -> str | None:
    """First token of a header value without RFC 5322 comments or quotes, lower-cased:
    `auto-replied; x=y` → `auto-replied`, `no (personal)` → `no`, `"junk"` → `junk`."""
    if value is None:
        return None
    previous = None
    while previous != value:  # comments nest: "no (a (b))"
        previous, value = value, _COMMENT.sub(" ", value)
    return value.split(";", 1)[0].strip().strip("\"'").strip().lower()
