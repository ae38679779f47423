"""Jinja2 rendering of the e-mails we send, with the Latvian number and time formats they need.

Templates live in the top-level `templates` package and are read through `importlib.resources`,
so rendering works the same from the checkout, from an installed wheel and from a zip file. One
environment is built per process: templates are compiled once and cached.

Undefined variables are errors (`StrictUndefined`): a letter to a municipality with a silently
empty registration number is worse than a failed render that a test catches. Only `.html`
templates are autoescaped; the plain-text part must show a subject like `A & B <C>` as written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import BaseLoader, Environment, StrictUndefined, TemplateNotFound, select_autoescape
from jinja2.loaders import split_template_path

TEMPLATE_PACKAGE = "templates"
RIGA = ZoneInfo("Europe/Riga")


class ResourceLoader(BaseLoader):
    """Loads `audience/event.txt.j2` from a package via `importlib.resources` (wheel- and zip-safe)."""

    def __init__(self, package: str) -> None:
        self.package = package

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool]]:
        resource = files(self.package).joinpath(*split_template_path(template))
        if not resource.is_file():
            raise TemplateNotFound(template)
        # Installed templates do not change while the process runs, so a compiled one stays valid.
        return resource.read_text(encoding="utf-8"), str(resource), lambda: True


def riga_time(value: datetime, zone: ZoneInfo | str = RIGA) -> str:
    """`27.08.2019. plkst. 23:59:59`: an aware datetime shown in `zone` the way Latvians write it."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"riga_time needs an aware datetime, got naive {value!r}")
    local = value.astimezone(ZoneInfo(zone) if isinstance(zone, str) else zone)
    return local.strftime("%d.%m.%Y. plkst. %H:%M:%S")


def riga_date(value: datetime, zone: ZoneInfo | str = RIGA) -> str:
    """`27.08.2019.`: the calendar date of an aware datetime in `zone`."""
    return riga_time(value, zone).split(" ", 1)[0]


def _decimal_comma(value: Decimal, places: int) -> str:
    quantum = Decimal(1).scaleb(-places)
    text = f"{value.quantize(quantum, rounding=ROUND_HALF_UP):,.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def size(value: int) -> str:
    """A file size as Windows Explorer users know it: `512 B`, `12,3 KB`, `1,2 MB` (1 KB = 1024 B)."""
    if value < 0:
        raise ValueError(f"a size cannot be negative: {value}")
    if value < 1024:
        return f"{value} B"
    amount = Decimal(value)
    for unit in ("KB", "MB", "GB"):
        amount /= 1024
        if amount < 1024 or unit == "GB":
            break
    return f"{_decimal_comma(amount, 1)} {unit}"


def eur(value: Decimal | int | str) -> str:
    """An amount in the Latvian format: `10 000,00 EUR` (exact: floats are refused)."""
    if isinstance(value, float):
        raise TypeError("money must be Decimal, int or str, never float")
    return f"{_decimal_comma(Decimal(value), 2)} EUR"


@cache
def environment() -> Environment:
    """The one Jinja2 environment of the process."""
    env = Environment(
        loader=ResourceLoader(TEMPLATE_PACKAGE),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=select_autoescape(
            enabled_extensions=("html", "html.j2"),
            disabled_extensions=(),
            default_for_string=False,
            default=False,
        ),
    )
    env.filters.update(riga_time=riga_time, riga_date=riga_date, size=size, eur=eur)
    return env


def render(name: str, **context: Any) -> str:
    """Render template `name` (e.g. `applicant/acknowledgement.txt.j2`) with `context`."""
    return environment().get_template(name).render(**context)
