"""Values written the Latvian ways, turned into exact ones: amounts, dates, phones, numbers, kinds.

Every function takes the text as a person typed it and returns the value, or None when the text
does not say one clearly; the caller turns None into a problem that quotes the text. Amounts are
`Decimal`, never float. Babel's Latvian locale would read only one of the amount shapes in
annex1.md (`9 500,00` with a no-break space); the dot decimal, `,-`, a currency sign on either
side and ordinary-space grouping would all need rewriting first, so the parsing here is by hand.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal

from parsers.labels import plain_words

__all__ = [
    "ACTIVITY_KINDS",
    "REGIONS",
    "activity_kind",
    "email_address",
    "format_amount_lv",
    "format_date_lv",
    "non_negative_int",
    "parse_amount",
    "parse_date",
    "parse_period",
    "period_end",
    "period_start",
    "phone_number",
    "planning_region",
    "registration_number",
]

_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u2009']+")
_CURRENCY = re.compile(r"(?i)\b(?:eur|euro|eiro)\b\.?|€")
_WORDS_IN_BRACKETS = re.compile(r"\([^)]*\)")
_DASH_CENTS = re.compile(r"[.,]\s*[-–—]+$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def parse_amount(text: str) -> Decimal | None:
    """EUR amount: `10 000`, `9 500,00`, `9500.00 EUR`, `€ 9 500`, `9 500,- EUR`, `10.000`."""
    cleaned = _WORDS_IN_BRACKETS.sub(" ", text.replace("\u2212", "-"))
    cleaned = _CURRENCY.sub(" ", cleaned).strip()
    cleaned = _SPACES.sub("", _DASH_CENTS.sub("", cleaned))
    sign, digits = ("-", cleaned[1:]) if cleaned.startswith("-") else ("", cleaned)
    if not _NUMBER.fullmatch(digits):
        return None
    number = _plain_number(digits)
    return Decimal(sign + number) if number else None


def _plain_number(digits: str) -> str | None:
    """`9.500,00` → `9500.00`: the last separator is the decimal one unless it groups thousands."""
    separators = [char for char in digits if char in ".,"]
    if not separators:
        return digits
    decimal_mark = separators[-1]
    whole, _, fraction = digits.rpartition(decimal_mark)
    if len(set(separators)) == 1 and (len(separators) > 1 or len(fraction) == 3):
        # One kind of separator, repeated or followed by three digits, groups thousands
        # ("10.000", "1,500"): nobody asks for a grant to a tenth of a cent.
        return _ungrouped(digits)
    if decimal_mark in whole or len(fraction) > 2:
        return None
    ungrouped = _ungrouped(whole)
    return f"{ungrouped}.{fraction}" if ungrouped else None


def _ungrouped(whole: str) -> str | None:
    groups = re.split(r"[.,]", whole)
    first_ok = 1 <= len(groups[0]) <= 3 and (groups[0] != "0" or len(groups) == 1)
    if len(groups) > 1 and (not first_ok or any(len(group) != 3 for group in groups[1:])):
        return None
    return "".join(groups)


def format_amount_lv(amount: Decimal) -> str:
    """`12 000,00` — how a Latvian message writes an amount (no-break space between thousands)."""
    return f"{amount:,.2f}".replace(",", "\u00a0").replace(".", ",")


# Month stems without diacritics; every grammatical case starts with one (oktobris, oktobrī, …).
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
    r"|(?P<daymonth>(?P<ad>\d{1,2})\.?\s*(?P<am>[^\W\d_]+)\s*(?P<ay>\d{4})\.?)"
)


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
    if len(dates) >= 2:
        return dates[0], dates[1]
    shared = _year_written_once(text)
    if shared is not None:
        return shared
    if len(dates) == 1:
        ends = re.search(r"(?i)\b(?:līdz|lidz)\b", text) is not None
        starts = re.search(r"(?i)\bno\b", text) is not None
        return (None, dates[0]) if ends and not starts else (dates[0], None)
    return None, None


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


def _spans(text: str) -> list[tuple[date, date]]:
    """(first, last) day of each date or month-and-year, in the order written."""
    found: list[tuple[int, date, date]] = []
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
    plain = plain_words(word)
    return next((number for stem, number in _MONTHS.items() if plain.startswith(stem)), None)


def format_date_lv(value: date) -> str:
    """`01.10.2019.` — the date as Latvian documents write it."""
    return f"{value.day:02d}.{value.month:02d}.{value.year}."


def phone_number(text: str) -> str | None:
    """`+371` and 8 digits from `26 123 456`, `+371 63822154`, `(+371) 6382-2154`, `00371…`."""
    for piece in re.split(r"[,;/]|\bvai\b", text):
        piece = re.sub(r"\((?:[^)\d]*)\)|[^\d)]+$", "", piece.strip())  # notes: "(mob.)", "darbā"
        digits = re.sub(r"[\s\u00a0().\-]", "", re.sub(r"^[^\d+(]+", "", piece))
        digits = re.sub(r"^(?:\+|00)371|^371(?=\d{8}$)", "", digits)
        if re.fullmatch(r"[2-9]\d{7}", digits):  # Latvian numbers start with 2 (mobile) to 9
            return "+371" + digits
    return None


def registration_number(text: str) -> str | None:
    """The 11 digits of `90000065595`, `900 000 65595` or a VAT-style `LV90000065595`."""
    digits = re.sub(r"[\s\u00a0\-]", "", text)
    digits = re.sub(r"(?i)^lv", "", digits)
    return digits if re.fullmatch(r"\d{11}", digits) else None


_EMAIL = re.compile(
    r"[\w.!#$%&'*+/=?^`{|}~-]+@[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+"
)


_TOP_LEVEL = re.compile(r"\.[^\W\d_]{2,}$")


def email_address(text: str) -> str | None:
    """The first valid address in `info@preili.lv`, `<info@preili.lv>`, `mailto:…`, `a@x.lv; …`."""
    for piece in re.split(r"[\s,;<>]+|mailto:", text.strip()):
        if _EMAIL.fullmatch(piece) and ".." not in piece and _TOP_LEVEL.search(piece):
            return piece
    return None


def non_negative_int(text: str) -> int | None:
    """`150`, `1 500`, `apm. 150 personas` → the number; a fraction or several numbers → None."""
    numbers = re.findall(r"\d+(?:[\s\u00a0]\d{3})*(?:[.,]\d+)?", text)
    if len(numbers) != 1 or re.search(r"[.,]\d", numbers[0]) or "-" in text.split(numbers[0])[0]:
        return None
    return int(re.sub(r"\D", "", numbers[0]))


REGIONS = {
    "kurzem": "Kurzeme",
    "latgal": "Latgale",
    "rig": "Rīga",
    "vidzem": "Vidzeme",
    "zemgal": "Zemgale",
}


def planning_region(text: str) -> str | None:
    """`Latgales plānošanas reģions`, `LATGALE`, `Rīgas` → `Latgale`, `Rīga`."""
    found = {
        name
        for word in plain_words(text).split()
        for stem, name in REGIONS.items()
        if word.startswith(stem)
    }
    return found.pop() if len(found) == 1 else None


# Each kind: word stems that name it only (weight 2) and stems it shares with another (weight 1).
ACTIVITY_KINDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "diaspora_information": (
        "diasporas un remigrantu informēšana un izpratnes veicināšana"
        " par remigrācijas iespējām Latvijā",
        ("informes", "izpratn", "remigrant", "iespej"),
        ("diaspor", "remigracij", "informativ"),
    ),
    "specialist_training": (
        "pašvaldību speciālistu apmācības par remigrācijas jautājumiem",
        ("specialist", "darbiniek", "jautajum"),
        ("apmac", "pasvaldib", "remigracij"),
    ),
    "information_materials": (
        "informatīvu materiālu sagatavošana, sabiedriskās attiecības",
        ("material", "sabiedrisk", "attiecib", "publicitat", "buklet"),
        ("informativ", "sagatavos"),
    ),
    "diaspora_visits": ("vizītes pie diasporas", ("vizit", "brauc", "apmeklej"), ("diaspor",)),
    "seminars": ("semināri un apmācības", ("seminar", "konferenc", "darbnic"), ("apmac",)),
}


def activity_kind(text: str) -> str | None:
    """Which of the five funded kinds the text names, by its words; None when unclear."""
    words = plain_words(text).split()
    if not words:
        return None
    if "_".join(words) in ACTIVITY_KINDS:
        return "_".join(words)
    scores = {
        code: 2 * _count(words, own) + _count(words, shared)
        for code, (_text, own, shared) in ACTIVITY_KINDS.items()
    }
    best = max(scores.values())
    leaders = [code for code, score in scores.items() if score == best]
    return leaders[0] if best >= 2 and len(leaders) == 1 else None


def _count(words: list[str], stems: tuple[str, ...]) -> int:
    return sum(any(word.startswith(stem) for word in words) for stem in stems)
