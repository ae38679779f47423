"""Mail loop prevention: never answer automatic mail, never register bounces or our own mail.

An acknowledgement sent to an autoresponder, a mailing list or a bounce address can start a loop of
replies between robots (RFC 3834). A bounce of our own acknowledgement carries our own subject, so
without this rule it would be registered as an application from MAILER-DAEMON.
"""

from __future__ import annotations

from intake.checks.base import Assessment, CompetitionRules
from intake.mime import ParsedMessage

_BULK_PRECEDENCE = frozenset({"bulk", "junk", "list"})
_BOUNCE_SENDERS = frozenset({"mailer-daemon", "mailerdaemon", "postmaster"})


class LoopRule:
    name = "loop"
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
    if message.x_auto_response_suppress is not None:
        reasons.append(f"X-Auto-Response-Suppress: {message.x_auto_response_suppress}")
    return reasons


def bounce_reasons(message: ParsedMessage, own_addresses: frozenset[str]) -> list[str]:
    """Why `message` is a bounce or our own mail; [] otherwise."""
    reasons = []
    if message.return_path == "":
        reasons.append("empty return path (Return-Path: <>), a delivery report")
    sender = message.from_address.lower()
    local_part = sender.rpartition("@")[0] or sender
    if local_part in _BOUNCE_SENDERS:
        reasons.append(f"sent by the mail system ({message.from_address})")
    own = {address.strip().lower() for address in own_addresses}
    if sender and sender in own:
        reasons.append(f"sent from our own address ({message.from_address})")
    return reasons


def _token(value: str | None) -> str | None:
    """First token of a header value, lower-cased ("auto-replied; x=y" → "auto-replied")."""
    if value is None:
        return None
    return value.split(";", 1)[0].strip().lower()
