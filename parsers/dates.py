"""Dates and periods written the Latvian ways: `01.10.2019.`, ISO, and written out with the
month in any grammatical case (`2019. gada 1. oktobris`, `1. oktobra`, `31. maijam`), months
alone (`2019. gada oktobris`, `10.2019.`), and `no … līdz …` periods, also with the year written
once. Each function returns the date(s) or None; the caller turns None into a problem.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from parsers.labels import plain_words

_MONTHS = {
    "janvar": 1,
    "februar": 2,
    "mart": 3,
    "april": 4,
    "maij": 5,
    "junij": 6,
    "julij": 7,
    "august": 8,
    "septembr": 9,
    "oktobr": 10,
    "novembr": 11,
    "decembr": 12,
}
_DATE = re.compile(
    r"(?i)(?P<iso>(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))"
    r"|(?P<dotted>(?P<dd>\d{1,2})\s?[./]\s?(?P<dm>\d{1,2})\s?[./]\s?(?P<dy>\d{4})\.?)"
    r"|(?P<written>(?P<wy>\d{4})\.?\s*(?:gada|g\.)?\s*(?P<wd>\d{1,2})\.?\s*(?P<wm>[^\W\d_]+))"
    r"|(?P<daymonth>(?P<ad>\d{1,2})\.?\s*(?P<am>[^\W\d_]+)\.?\s*(?P<ay>\d{4})\.?)"
)


MONTH_STEMS = tuple(_MONTHS)  # the months' stems, for telling a period from other text


def parse_date(text: str) -> date | None:
    """A single date: `01.10.2019.`, `2019-10-01`, `2019. gada 1. oktobris`, `1. oktobrī 2019`."""
    dates = _dates(text)
    return dates[0] if len(dates) == 1 else None


def parse_period(text: str) -> tuple[date | None, date | None]:
    """(start, end) of `no … līdz …`, `… – …`; a lone date after "līdz" is an end; a month
    without a day (`2019. gada oktobris`, `10.2019.`) starts on its first day, ends on its last."""
    dates = _dates(text)
    spans = _spans(text) if len(dates) < 2 else []
    if len(spans) >= 2:
        return spans[0][0], spans[1][1]
    if len(spans) == 1 and not dates:  # one month or quarter: all of it, unless "no"/"līdz"
        ends, starts = _ends(text), _starts(text)
        return (
            None if ends and not starts else spans[0][0],
            None if starts and not ends else spans[0][1],
        )
    if len(dates) >= 2:
        return dates[0], dates[1]
    shared = _year_written_once(text)
    if shared is not None:
        return shared
    if len(dates) == 1:
        return (None, dates[0]) if _ends(text) and not _starts(text) else (dates[0], None)
    return None, None


_UNTIL = re.compile(r"(?i)\b(?:līdz|lidz)\b")
_FROM = re.compile(r"(?i)\bno\b")


def _ends(text: str) -> bool:
    return _UNTIL.search(text) is not None


def _starts(text: str) -> bool:
    return _FROM.search(text) is not None


_DAY_MONTH = re.compile(r"(?i)(?<!\d)(\d{1,2})\.\s*([^\W\d_]{3,})")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _year_written_once(text: str) -> tuple[date, date] | None:
    """`1. oktobris–31. maijs 2020`: two days with months and one year, which is the end's;
    the start is in the same year, or the year before when its month comes later."""
    days, years = _DAY_MONTH.findall(text), _YEAR.findall(text)
    if len(days) != 2 or len(years) != 1:
        return None
    months = [_month(word) for _, word in days]
    if months[0] is None or months[1] is None:
        return None
    end_year = int(years[0])
    start_year = end_year - 1 if months[0] > months[1] else end_year
    try:
        return (
            date(start_year, months[0], int(days[0][0])),
            date(end_year, months[1], int(days[1][0])),
        )
    except ValueError:
        return None


_MONTH_YEAR = re.compile(
    r"(?i)(?P<y>\d{4})\.?\s*(?:gada|g\.)?\s*(?P<m>[^\W\d_]+)"
    r"|(?<![\d.])(?P<nm>\d{1,2})\s?[./]\s?(?P<ny>\d{4})\.?"
    r"|(?P<m2>(?:jan|feb|mar|apr|mai|j[uū]n|j[uū]l|aug|sep|okt|nov|dec)[^\W\d_]*)\s+(?P<y2>\d{4})"
)


def period_start(text: str) -> date | None:
    """A start date, or the first day of a month without a day (`2019. gada oktobris`)."""
    spans = _spans(text)
    return spans[0][0] if len(spans) == 1 else None


def period_end(text: str) -> date | None:
    """An end date, or the last day of a month without a day (`05.2020.`)."""
    spans = _spans(text)
    return spans[0][1] if len(spans) == 1 else None


_QUARTER = re.compile(
    r"(?i)(?P<y>\d{4})\.?\s*(?:gada|g\.)?\s*(?P<q>IV|I{1,3}|[1-4])\.?\s*(?:ceturk[sš][nņ]|cet\b)"
    r"|(?<![\w.])(?P<q2>IV|I{1,3}|[1-4])\.?\s*(?:ceturk[sš][nņ][^\W\d_]*|cet\.)\s*(?P<y2>\d{4})"
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _spans(text: str) -> list[tuple[date, date]]:
    """(first, last) day of each date, month-and-year or quarter (`2019. gada IV ceturksnis`),
    in the order written."""
    found: list[tuple[int, date, date]] = []
    for match in _QUARTER.finditer(text):
        year = int(match["y"] or match["y2"])
        quarter = match["q"] or match["q2"]
        number = _ROMAN.get(quarter.upper()) or int(quarter)
        if 1900 < year < 2200:
            end = date(year, 3 * number, calendar.monthrange(year, 3 * number)[1])
            found.append((match.start(), date(year, 3 * number - 2, 1), end))
    text = _QUARTER.sub(lambda match: " " * len(match.group()), text)
    for match in _DATE.finditer(text):
        day = _date_of(match)
        if day is not None:
            found.append((match.start(), day, day))
    blanked = _DATE.sub(lambda match: " " * len(match.group()), text)
    for match in _MONTH_YEAR.finditer(blanked):
        year = int(match["y"] or match["ny"] or match["y2"])
        word = match["m"] or match["m2"]
        month = _month(word) if word else int(match["nm"])
        if month is not None and 1 <= month <= 12 and 1900 < year < 2200:
            last = calendar.monthrange(year, month)[1]
            found.append((match.start(), date(year, month, 1), date(year, month, last)))
    return [(first, last) for _position, first, last in sorted(found)]


def _dates(text: str) -> list[date]:
    found: list[date] = []
    for match in _DATE.finditer(text):
        value = _date_of(match)
        if value is not None:
            found.append(value)
    return found


def _date_of(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    if parts["iso"]:
        numbers: tuple[str | int | None, ...] = (parts["iy"], parts["im"], parts["id"])
    elif parts["dotted"]:
        numbers = (parts["dy"], parts["dm"], parts["dd"])
    elif parts["written"]:
        numbers = (parts["wy"], _month(parts["wm"]), parts["wd"])
    else:
        numbers = (parts["ay"], _month(parts["am"]), parts["ad"])
    if None in numbers:
        return None
    try:
        return date(*(int(str(number)) for number in numbers))
    except ValueError:
        return None


def _month(word: str) -> int | None:
    """The month a word names in any grammatical case, or abbreviated to three letters or more
    (`okt.`, `sept.`, `jūn.`): every such prefix belongs to one month only."""
    plain = plain_words(word)
    for stem, number in _MONTHS.items():
        if plain.startswith(stem) or (len(plain) >= 3 and stem.startswith(plain)):
            return number
    return None


def format_date_lv(value: date) -> str:
    """`01.10.2019.` — the date as Latvian documents write it."""
    return f"{value.day:02d}.{value.month:02d}.{value.year}."
