"""Values written the Latvian ways, turned into exact ones: amounts, dates, phones, numbers, kinds.

Every function takes the text as a person typed it and returns the value, or None when the text
does not say one clearly; the caller turns None into a problem that quotes the text. Amounts are
`Decimal`, never float. Babel's Latvian locale would read only one of the amount shapes in
annex1.md (`9 500,00` with a no-break space); the dot decimal, `,-`, a currency sign on either
side and ordinary-space grouping would all need rewriting first, so the parsing here is by hand.
"""

from __future__ import annotations

import re
from decimal import Decimal

from parsers.dates import format_date_lv, parse_date, parse_period, period_end, period_start
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
