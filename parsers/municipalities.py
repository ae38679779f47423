"""The official list of Latvian municipalities, and a form's municipality matched against it.

A form says "Preiļu novada pašvaldība", "DAUGAVPILS PILSĒTAS DOME" or "Riebinu novads"; the
committee needs the official name and its planning region. The list (119 municipalities before
the administrative reform of 1 July 2021, 43 after) ships inside the package as
`parsers/data/lv_municipalities.csv`, so nothing outside the installed product is read.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from parsers.labels import plain_words

__all__ = ["REFORM_DATE", "Municipality", "all_municipalities", "match_municipality"]

REFORM_DATE = date(2021, 7, 1)
# Words around a name that say what kind of body it is, not which one.
_BODY_WORDS = frozenset(
    {
        "dome",
        "domes",
        "pasvaldiba",
        "pasvaldibas",
        "novads",
        "novada",
        "pilseta",
        "pilsetas",
        "valstspilseta",
        "valstspilsetas",
        "republikas",
        "administracija",
        "lv",
    }
)
_ENDINGS = ("as", "es", "u", "i", "a", "e", "s")


@dataclass(frozen=True)
class Municipality:
    name: str  # official: "Preiļu novads", "Daugavpils"
    planning_region: str  # "Latgale"
    is_county: bool  # a novads, as opposed to a republic/state city
    after_reform: bool  # listed for 1 July 2021 on


@cache
def all_municipalities() -> tuple[Municipality, ...]:
    """Every row of the shipped list, the pre-reform ones first."""
    text = resources.files("parsers").joinpath("data/lv_municipalities.csv").read_text("utf-8")
    return tuple(
        Municipality(
            row["municipality"],
            row["planning_region"],
            row["type"] == "novads",
            not row["period"].startswith("2009"),
        )
        for row in csv.DictReader(io.StringIO(text))
    )


def match_municipality(text: str, on: date | None = None) -> Municipality | None:
    """The official municipality a form's text names; `on` picks the list before/after the reform.

    Without a date the pre-reform list is tried first (the competition's 2019 round), then the
    later one. A name shared by a city and a county ("Daugavpils", "Rēzekne(s)") is the county
    only when the text says "novads"/"novada": counties are always named so.
    """
    words = plain_words(text).split()
    core = " ".join(word for word in words if word not in _BODY_WORDS)
    if not core:
        return None
    wants_county = any(word.startswith("novad") for word in words)
    for after_reform in _periods(on):
        found = [
            municipality
            for municipality in all_municipalities()
            if municipality.after_reform == after_reform and _same(core, _core(municipality.name))
        ]
        counties = [municipality for municipality in found if municipality.is_county]
        cities = [municipality for municipality in found if not municipality.is_county]
        if wants_county and counties:
            return counties[0]
        if not wants_county and found:
            return (cities or counties)[0]
    return None


def _periods(on: date | None) -> tuple[bool, ...]:
    if on is None:
        return (False, True)
    return (on >= REFORM_DATE,)


def _core(name: str) -> str:
    return " ".join(word for word in plain_words(name).split() if word not in _BODY_WORDS)


def _same(written: str, official: str) -> bool:
    """Same words up to their Latvian case ending: "Preiļi"/"Preiļu", "Liepājas"/"Liepāja"."""
    written_words, official_words = written.split(), official.split()
    return len(written_words) == len(official_words) and all(
        _stem_of(a) == _stem_of(b) for a, b in zip(written_words, official_words, strict=True)
    )


def _stem_of(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
