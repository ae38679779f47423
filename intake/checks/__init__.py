"""Checks on an incoming message, one rule per module; the order is the table in `chain.py`."""

from intake.checks.base import Assessment, CompetitionRules, Problem, Rule, SubmissionStatus
from intake.checks.chain import RULES, assess

__all__ = [
    "RULES",
    "Assessment",
    "CompetitionRules",
    "Problem",
    "Rule",
    "SubmissionStatus",
    "assess",
]
