"""Deadline check: was the message received by the end of the deadline, in the competition's zone.

The deadline is inclusive to the second ("27.08.2019. plkst. 23:59:59" Riga time); comparing at
one-second resolution keeps 23:59:59.999 on time, and the comparison uses the server's receipt time,
never the sender's Date header.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from intake.checks.base import Assessment, CompetitionRules, Problem

RIGA = "Europe/Riga"


class DeadlineRule:
    name = "deadline"
    label = "termiņa pārbaude"
    description = "Compare the receipt time with the inclusive deadline."

    def check(self, assessment: Assessment, rules: CompetitionRules) -> None:
        received = _local_second(assessment.received_at, rules.timezone)
        deadline = _local_second(rules.deadline, rules.timezone)
        assessment.on_time = received <= deadline
        when = f"received {received.isoformat()}, deadline {deadline.isoformat()}"
        if assessment.on_time:
            assessment.reasons.append(f"on time ({when})")
            return
        assessment.reasons.append(f"late ({when})")
        assessment.problems.append(late_problem(received, deadline, rules.timezone))


def latvian_time(moment: datetime) -> str:
    """A time the way Latvian official documents write it: 27.08.2019. plkst. 23:59:59."""
    return moment.strftime("%d.%m.%Y. plkst. %H:%M:%S")


def late_problem(received: datetime, deadline: datetime, zone: ZoneInfo | None = None) -> Problem:
    """The `late` problem; times are shown in `zone` (default: the deadline's own zone)."""
    if zone is not None:
        received, deadline = received.astimezone(zone), deadline.astimezone(zone)
    zone_lv = zone_label_lv(zone or deadline.tzinfo)
    abbreviation = deadline.tzname() or ""
    return Problem(
        code="late",
        severity="error",
        message_lv=(
            f"Pieteikums saņemts {latvian_time(received)}, pēc pieteikumu iesniegšanas termiņa "
            f"beigām ({latvian_time(deadline)}, {zone_lv})."
        ),
        message_en=(
            f"The application was received on {received:%d.%m.%Y at %H:%M:%S} ({abbreviation}), "
            f"after the deadline of {deadline:%d.%m.%Y %H:%M:%S} ({abbreviation})."
        ),
        field="received_at",
    )


def zone_label_lv(zone: tzinfo | None) -> str:
    """How the Latvian text names the zone: Latvijas laiks for Riga, else its name (no guess)."""
    key = getattr(zone, "key", None) or (zone.tzname(None) if zone is not None else None)
    if key == RIGA:
        return "Latvijas laiks"
    return key or "laika josla nav zināma"


def _local_second(moment: datetime, zone: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: the time zone is unknown")
    return moment.astimezone(zone).replace(microsecond=0)
