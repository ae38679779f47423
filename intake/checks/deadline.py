"""Deadline check: was the message received by the end of the deadline, in the competition's zone.

The deadline is inclusive to the second ("27.08.2019. plkst. 23:59:59" Riga time); comparing at
one-second resolution keeps 23:59:59.999 on time, and the comparison uses the server's receipt time,
never the sender's Date header.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from intake.checks.base import Assessment, CompetitionRules, Problem


class DeadlineRule:
    name = "deadline"
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
        assessment.problems.append(late_problem(received, deadline))


def latvian_time(moment: datetime) -> str:
    """A time the way Latvian official documents write it: 27.08.2019. plkst. 23:59:59."""
    return moment.strftime("%d.%m.%Y. plkst. %H:%M:%S")


def late_problem(received: datetime, deadline: datetime) -> Problem:
    zone = deadline.tzname() or ""
    return Problem(
        code="late",
        severity="error",
        message_lv=(
            f"Pieteikums saņemts {latvian_time(received)}, pēc pieteikumu iesniegšanas termiņa "
            f"beigām ({latvian_time(deadline)}, Latvijas laiks)."
        ),
        message_en=(
            f"The application was received on {received:%d.%m.%Y at %H:%M:%S} ({zone}), after "
            f"the deadline of {deadline:%d.%m.%Y %H:%M:%S} ({zone})."
        ),
        field="received_at",
    )


def _local_second(moment: datetime, zone: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: the time zone is unknown")
    return moment.astimezone(zone).replace(microsecond=0)
