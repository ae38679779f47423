"""The rules of annex1.md a filled-in form must meet, each a small check with a Latvian message.

A municipality reads these messages in its acknowledgement and has days to resend, so each one
names the field as the form prints it, quotes what was written, and says what to write instead;
the texts are in `parsers.messages`, filled in here. Checks are plain functions of the values
already read (`Facts`); the order they run in is the `CHECKS` table, and none of them stops the
application from registering. `file_problem` words a problem with a file as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from parsers import messages
from parsers.labels import FIELD_SECTION, FIELD_TITLES, SECTION_TITLES
from parsers.messages import Severity
from parsers.values import ACTIVITY_KINDS, format_amount_lv, format_date_lv

__all__ = [
    "CHECKS",
    "REQUIRED",
    "ActivityFacts",
    "Facts",
    "FormProblem",
    "FormRules",
    "Severity",
    "check_form",
    "file_problem",
    "repeated_value",
]

_TOLERANCE = Decimal("0.01")


@dataclass(frozen=True)
class FormProblem:
    field: str | None  # a form key, "activities", or None for the file as a whole
    severity: Severity
    code: str
    message_lv: str
    message_en: str

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "severity": self.severity,
            "code": self.code,
            "message_lv": self.message_lv,
            "message_en": self.message_en,
        }


@dataclass(frozen=True)
class FormRules:
    """The competition's own values; without them the region and window checks are skipped."""

    max_grant_eur: Decimal = Decimal("10000")
    planning_region: str | None = None  # "Latgale"
    window: tuple[date, date] | None = None  # implementation must fall within


@dataclass(frozen=True)
class ActivityFacts:
    number: int  # 1-based, in table order
    kind_text: str
    kind: str | None
    cost_text: str
    cost: Decimal | None


@dataclass(frozen=True)
class Facts:
    values: Mapping[str, Any]  # typed value per key; None when not written or unreadable
    written: Mapping[str, str]  # the text as written, for every key the form filled in
    activities: tuple[ActivityFacts, ...]
    municipality_region: str | None  # from the official list; None when not matched


# The fields without which an application cannot be assessed (their wording: messages.MISSING).
REQUIRED = (
    "municipality",
    "registration_no",
    "contact_name",
    "contact_phone",
    "contact_email",
    "title",
    "total_cost_eur",
    "requested_eur",
    "period_start",
    "period_end",
)


def _problem(code: str, field: str | None, **params: Any) -> FormProblem:
    severity, lv, en = messages.MESSAGES[code]
    latvian = {name: _shown(value, latvian=True) for name, value in params.items()}
    english = {name: _shown(value, latvian=False) for name, value in params.items()}
    return FormProblem(
        field, severity, code, lv.format(**latvian), en.format(field=field, **english)
    )


def _shown(value: Any, *, latvian: bool) -> Any:
    """Amounts and dates as each language writes them: `9 500,00 EUR` / `9500.00 EUR`."""
    if isinstance(value, Decimal):
        return f"{format_amount_lv(value)} EUR" if latvian else f"{value:.2f} EUR"
    if isinstance(value, date):
        return format_date_lv(value) if latvian else value.isoformat()
    return value


def missing_fields(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    for key in REQUIRED:
        if key not in facts.written:
            what, participle = messages.MISSING[key]
            section = FIELD_SECTION[key]
            title, field = SECTION_TITLES[section], FIELD_TITLES[key]
            where = messages.WHERE.format(section=section, title=title, field=field)
            yield _problem("missing_field", key, what=what, participle=participle, where=where)


def unreadable_values(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    for key, (code, hint) in messages.UNREADABLE.items():
        text = facts.written.get(key)
        if text is None or facts.values.get(key) is not None:
            continue
        said_neither = facts.values.get("period_start") is None
        if key == "period_end" and facts.written.get("period_start") == text and said_neither:
            continue  # one period text that gives neither date: one problem is enough
        problem = _problem("unreadable", key, title=FIELD_TITLES[key], text=text, hint=hint)
        severity: Severity = "error" if key in REQUIRED else "warning"
        yield FormProblem(key, severity, code, problem.message_lv, problem.message_en)


def municipality_known(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    text = facts.written.get("municipality")
    if text is not None and facts.municipality_region is None:
        yield _problem("unknown_municipality", "municipality", text=text)


def region_matches(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    expected, stated = rules.planning_region, facts.values.get("planning_region")
    if expected is None:
        return
    if stated is not None and stated != expected:
        yield _problem(
            "planning_region_mismatch", "planning_region", stated=stated, expected=expected
        )
    home, name = facts.municipality_region, facts.values.get("municipality")
    if home is not None and home != expected:
        yield _problem(
            "municipality_outside_region", "municipality", name=name, home=home, expected=expected
        )


def activities_listed(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    if not facts.activities:
        yield _problem("no_activities", "activities")
    kinds = "; ".join(text for text, _own, _shared in ACTIVITY_KINDS.values())
    for activity in facts.activities:
        n, text = activity.number, activity.kind_text
        if activity.kind is None:
            said = messages.KIND_NOT_FUNDED.format(text=text) if text else messages.KIND_NOT_GIVEN
            yield _problem(
                "unknown_activity_kind", "activities", n=n, said=said, kinds=kinds, text=text
            )
        if activity.cost is None and activity.cost_text:
            yield _problem("invalid_activity_cost", "activities", n=n, text=activity.cost_text)
        elif activity.cost is None:
            yield _problem("activity_missing_cost", "activities", n=n)


def requested_within_limit(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    requested = facts.values.get("requested_eur")
    if requested is not None and requested <= 0:
        yield _problem("requested_not_positive", "requested_eur", requested=requested)
    elif requested is not None and requested > rules.max_grant_eur:
        limit = rules.max_grant_eur
        yield _problem("requested_over_maximum", "requested_eur", requested=requested, limit=limit)


def total_matches_activities(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    total = facts.values.get("total_cost_eur")
    costs = [activity.cost for activity in facts.activities if activity.cost is not None]
    if total is None or not costs or len(costs) < len(facts.activities):
        return
    summed = sum(costs, Decimal(0))
    if abs(summed - total) > _TOLERANCE:
        yield _problem("total_mismatch", "total_cost_eur", total=total, summed=summed)


def budget_adds_up(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    total, requested = facts.values.get("total_cost_eur"), facts.values.get("requested_eur")
    cofinancing = facts.values.get("cofinancing_eur") or Decimal(0)
    if total is None or requested is None or abs(requested + cofinancing - total) <= _TOLERANCE:
        return
    yield _problem(
        "budget_mismatch",
        "total_cost_eur",
        requested=requested,
        cofinancing=cofinancing,
        summed=requested + cofinancing,
        total=total,
    )


def period_in_order(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    start, end = facts.values.get("period_start"), facts.values.get("period_end")
    if start is not None and end is not None and start > end:
        yield _problem("period_reversed", "period_end", start=start, end=end)


def period_within_window(facts: Facts, rules: FormRules) -> Iterator[FormProblem]:
    start, end = facts.values.get("period_start"), facts.values.get("period_end")
    if rules.window is None or start is None or end is None:
        return
    first, last = rules.window
    if start < first or end > last:
        field = "period_start" if start < first else "period_end"
        yield _problem("period_outside_window", field, start=start, end=end, first=first, last=last)


Check = Callable[[Facts, FormRules], Iterator[FormProblem]]
CHECKS: tuple[Check, ...] = (
    missing_fields,
    unreadable_values,
    municipality_known,
    region_matches,
    activities_listed,
    requested_within_limit,
    total_matches_activities,
    budget_adds_up,
    period_in_order,
    period_within_window,
)


def check_form(facts: Facts, rules: FormRules) -> list[FormProblem]:
    """Every problem of a read form, in the order of `CHECKS`."""
    return [problem for check in CHECKS for problem in check(facts, rules)]


def repeated_value(key: str, kept: str, other: str) -> FormProblem:
    """A field filled in twice with different values; the first one is kept."""
    title = FIELD_TITLES.get(key, key)
    return _problem("repeated_field", key, title=title, kept=kept, other=other)


def file_problem(
    code: str, filename: str, detail: str = "", *, variant: str | None = None, **params: Any
) -> FormProblem:
    """A problem with the file as a whole (field None), worded for `variant` where the message
    table has a wording of its own for it (see `messages.FILE_MESSAGES`)."""
    found = (
        messages.FILE_MESSAGES.get((code, variant))
        or messages.FILE_MESSAGES.get((code, None))
        or messages.FILE_MESSAGES[("unreadable_form", None)]  # an unexpected code still reads
    )
    severity, latvian, english = found
    values = {"file": filename, "detail": detail, **params}
    return FormProblem(None, severity, code, latvian.format(**values), english.format(**values))
