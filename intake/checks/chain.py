"""The order of the checks, as one explicit table, and the function that runs them.

The order matters: the loop rule first (it never depends on the others), the subject before the
attachment rule (which decides "is this ours" only when the subject does not match), the deadline
last. A rule that raises is recorded as a `check_failed` problem and the chain goes on, so one bug
or one odd message sends a submission to a person instead of stopping the poll.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from intake.checks.attachments import AttachmentRule
from intake.checks.base import Assessment, CompetitionRules, Problem, Rule
from intake.checks.deadline import DeadlineRule
from intake.checks.loop import LoopRule
from intake.checks.subject import SubjectRule
from intake.mime import ParsedMessage

log = logging.getLogger("intake.checks")

RULES: tuple[Rule, ...] = (LoopRule(), SubjectRule(), AttachmentRule(), DeadlineRule())


def assess(
    message: ParsedMessage,
    received_at: datetime,
    rules: CompetitionRules,
    chain: Sequence[Rule] = RULES,
) -> Assessment:
    """Run every rule of `chain` over `message`, received (server time, aware) at `received_at`."""
    if received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    assessment = Assessment(message=message, received_at=received_at)
    for rule in chain:
        try:
            rule.check(assessment, rules)
        except Exception as err:
            log.exception("%s: check %s failed", message.message_id, rule.name)
            assessment.reasons.append(f"check {rule.name} failed: {type(err).__name__}: {err}")
            assessment.problems.append(check_failed_problem(rule))
    return assessment


def check_failed_problem(rule: Rule) -> Problem:
    return Problem(
        code="check_failed",
        severity="error",
        message_lv=(
            f"Automātiskā {rule.label} neizdevās tehniskas kļūdas dēļ. "
            "Pieteikumu pārbaudīs konkursa koordinators."
        ),
        message_en=(
            f"The automatic check '{rule.name}' failed because of a technical error. "
            "The competition coordinator will review the application."
        ),
        field=rule.name,
    )
