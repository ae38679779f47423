"""Jinja2 rendering of the e-mails we send, with the Latvian number and time formats they need.

Templates live in the top-level `templates` package and are read through `importlib.resources`,
so rendering works the same from the checkout, from an installed wheel and from a zip file. One
environment is built per process: templates are compiled once and cached.

Undefined variables are errors (`StrictUndefined`): a letter to a municipality with a silently
empty registration number is worse than a failed render that a test catches. Only `.html`
templates are autoescaped; the plain-text part must show a subject like `A & B <C>` as written.
"""

from __future__ import annotations

import re
import textwrap
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
    """Loads `audience/event.txt.j2` from a package via `importlib.resources` (wheel-, zip-safe)."""

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


def _local(value: datetime, zone: ZoneInfo | str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"an aware datetime is needed, got naive {value!r}")
    return value.astimezone(ZoneInfo(zone) if isinstance(zone, str) else zone)


def riga_time(value: datetime, zone: ZoneInfo | str = RIGA) -> str:
    """`27.08.2019. plkst. 23:59:59`: an aware datetime in `zone`, as Latvians write it."""
    return _local(value, zone).strftime("%d.%m.%Y. plkst. %H:%M:%S")


def iso_time(value: datetime, zone: ZoneInfo | str = RIGA) -> str:
    """`2019-08-27 23:59:59`: the same moment for readers of the English summary."""
    return _local(value, zone).strftime("%Y-%m-%d %H:%M:%S")


# Whitespace other than the space: textwrap turns tabs and line breaks into spaces and drops a
# trailing chunk that is all whitespace, so a line with any of these goes through textwrap.
_OTHER_WHITESPACE = re.compile(r"[^\S ]")


def wrap(text: str, width: int = 76) -> str:
    """Plain text wrapped at spaces, every line break kept as written (so blank lines stay).

    Unlike Jinja's `wordwrap` it never drops a trailing newline, never breaks a long word or a
    hyphenated reference (`LPR-REM-2019/001`), and indents the continuation of a `  - ` item.
    """
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            lines.append(line)
        elif len(line) <= width and not _OTHER_WHITESPACE.search(line):
            lines.append(line.rstrip(" "))  # what textwrap makes of a line that fits
        else:
            bullet = re.match(r"\s*-\s+", line)
            lines.append(
                textwrap.fill(
                    line,
                    width,
                    subsequent_indent=" " * bullet.end() if bullet else "",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
    return "\n".join(lines)


_INNER_QUOTES = str.maketrans(dict.fromkeys("„“”«»", '"'))


def lv_quote(text: str) -> str:
    """`text` in Latvian quotes, „…”; quotes inside become straight ones, so none clash:
    `Konkursam „X”` → `„Konkursam "X"”`. (Subjects compare equal whatever their quotes.)"""
    return f"„{text.translate(_INNER_QUOTES)}”"


def _decimal_comma(value: Decimal, places: int) -> str:
    quantum = Decimal(1).scaleb(-places)
    text = f"{value.quantize(quantum, rounding=ROUND_HALF_UP):,.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def size(value: int) -> str:
    """A file size as Windows users know it: `512 B`, `12,3 KB`, `1,2 MB` (1 KB = 1024 B)."""
    if value < 0:
        raise ValueError(f"a size cannot be negative: {value}")
    if value < 1024:
        return f"{value} B"
    amount = Decimal(value) / 1024
    for unit in ("KB", "MB"):
        # Compare what will be shown, so 1 048 575 B is `1,0 MB`, never `1024,0 KB`.
        if amount.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) < 1024:
            return f"{_decimal_comma(amount, 1)} {unit}"
        amount /= 1024
    return f"{_decimal_comma(amount, 1)} GB"


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
    env.filters.update(
        riga_time=riga_time, iso_time=iso_time, wrap=wrap, size=size, eur=eur, lv_quote=lv_quote
    )
    return env


def render(name: str, **context: Any) -> str:
    """Render template `name` (e.g. `applicant/acknowledgement.txt.j2`) with `context`."""
    return environment().get_template(name).render(**context)
