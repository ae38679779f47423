"""A typed line of a form read as meant: label and value, several fields, or an activity.

Other office software and other habits put a form's text on lines in ways the blank form does
not: the label and its value apart by spaces or a tab instead of a colon (`Pašvaldības nosaukums
    Preiļu novads`), an abbreviation's dot as the only separator (`Tālr. 65322731`), two fields
on one line (`Tālrunis: 65322731, e-pasts: dome@preili.lv`), and the activities typed as lines
(`1. Semināri un apmācības – Seminārs uzņēmējiem – 2020. gada aprīlis – 4 000 EUR`) instead of
a table. A value may also go on after a line break (`goes_on`). `parsers.layout` asks here how
to cut a line; which words are labels is still decided by `parsers.labels`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from parsers import values
from parsers.activity_table import is_total_row
from parsers.blocks import clean
from parsers.dates import MONTH_STEMS
from parsers.labels import plain_words
from parsers.values import parse_amount

__all__ = [
    "activity_line",
    "field_segments",
    "goes_on",
    "label_candidates",
    "spaced_candidates",
    "typed_value",
]

_SPACES_APART = re.compile(r"[ \u00a0]{2,}|\t+")
_ABBREVIATION_DOT = re.compile(r"\.[ \u00a0]+")
_FIELD_BOUNDARY = re.compile(r"[,;][ \u00a0]*|\t+|[ \u00a0]{2,}")
_MAX_DOTS = 3
_MAX_LINE = 600  # a typed line of a form is short; longer text is prose, read as one piece

_ITEM = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[-–—•*·])\s*")
_PARTS = re.compile(r"\s+[–—-]+\s+|\s*[;|\t]\s*")
_TRAILING_COST = re.compile(
    r"(?i)(?:^|(?<=\s))(?:€\s*)?\d[\d \u00a0]*(?:[.,]\d{1,2}|,-)?\s*(?:eur|euro|eiro|€)\.?$"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_TIME_STEMS = (*MONTH_STEMS, "ceturksn", "menes")  # months, quarters, "mēnesis"


def label_candidates(line: str) -> Iterator[tuple[str, str]]:
    """(label, value) readings of a line, the likeliest first.

    All of it a label; a label before ":"; before a tab or two spaces or more; before the dot
    ending an abbreviation ("Tālr. 65322731", "Reģ. Nr. 90000065595").
    """
    yield line, ""
    label, found, value = line.partition(":")
    if found:
        yield label, value
    apart = _SPACES_APART.search(line)
    # A tab is a typist's separator, whatever follows; spaces may also be a sentence going on.
    if apart and ("\t" in apart.group(0) or not _prose(line[apart.end() :])):
        yield line[: apart.start()], line[apart.end() :]
    for dot in list(_ABBREVIATION_DOT.finditer(line))[:_MAX_DOTS]:
        yield line[: dot.start() + 1], line[dot.end() :]


_SPACED_LABEL_WORDS = 5
_SPACED_VALUE_WORDS = 6  # a name, a job title, a municipality; longer is a sentence
# Verbs and conjunctions: a sentence, not a label's value ("un", "ar", "par" are in job titles).
_SENTENCE_WORDS = frozenset({"ir", "nav", "bija", "tiek", "tiks", "var", "jo", "ka", "kas", "lai"})


def spaced_candidates(line: str, *, strict: bool = False) -> Iterator[tuple[str, str]]:
    """(label, value) readings of a line whose label is followed by one space only
    (`Tālrunis 65322731`, `Kontaktpersona Inga Ozola`), the longest label first.

    Weaker than `label_candidates`: the value must look like one (a digit or an e-mail address,
    or a few words starting with a capital, not a sentence), and the caller does not ask while
    free text may be going on, where "Pašvaldība Preiļi …" begins a sentence. `strict`: only
    values with a digit or an e-mail address (a line that may be a waiting label's value).
    """
    words = line.split(" ")
    if len(line) > 160 or len(words) < 2:
        return
    for size in range(min(_SPACED_LABEL_WORDS, len(words) - 1), 0, -1):
        value = " ".join(words[size:])
        if _value_like(value, strict=strict):
            yield " ".join(words[:size]), value


def _value_like(value: str, *, strict: bool) -> bool:
    words = value.split()
    if not words or ":" in value or _SENTENCE_WORDS.intersection(plain_words(value).split()):
        return False
    if any(char.isdigit() or char == "@" for char in value):
        return len(words) <= 12
    if strict:
        return False
    first = words[0][0]
    capital = first.isupper() or first in "\"'„“«"
    return capital and len(words) <= _SPACED_VALUE_WORDS and not value.endswith(".")


def _prose(value: str) -> bool:
    """A sentence going on after a double space ("Pašvaldība  sniedz …"), not a label's value
    (values with digits or an e-mail address, and periods "no … līdz …", are values)."""
    words = value.split()
    if not words or any(ch.isdigit() or ch == "@" for ch in value) or words[0] == "no":
        return False
    return words[0].isalpha() and words[0].islower()


# Values a line break inside their paragraph (or cell) does not end: "Ābeļu iela 2, Gulbene," ⏎
# "Gulbenes novads, LV-4401". A number, an amount or a date is over at the end of its line.
_GOES_ON = frozenset({"address", "title"})
_NAMES = frozenset({"contact_name", "contact_position", "signatory_name", "signatory_position"})
_HINT = re.compile(r"^\s*[(\[].*[)\]]\s*$")


def goes_on(key: str, line: str) -> bool:
    """Whether `line`, after a line break in the paragraph holding the value of `key`, goes
    on with that value. Not a hint in brackets ("(paraksts)"), and a name or a position does
    not go on with digits (a date or a phone number typed under it)."""
    if len(line) > _MAX_LINE or _HINT.match(line):
        return False
    if key in _NAMES:
        return not any(char.isdigit() for char in line)
    return key in _GOES_ON


def field_segments(line: str, is_label: Callable[[str], bool]) -> list[str]:
    """The line cut where a second labelled field begins (after a comma, semicolon, tab, spaces).

    A cut is made only where the text after it reads as `label: value` (or with spaces, a tab,
    an abbreviation's dot), so a comma inside an address or an amount leaves the line whole.
    """
    if len(line) > _MAX_LINE:
        return [line]
    segments: list[str] = []
    start = 0
    for boundary in _FIELD_BOUNDARY.finditer(line):
        tail = line[boundary.end() :]
        if boundary.start() > start and _labelled(tail, is_label):
            segments.append(line[start : boundary.start()])
            start = boundary.end()
    segments.append(line[start:])
    return [segment for segment in segments if segment.strip()]


def _labelled(text: str, is_label: Callable[[str], bool]) -> bool:
    candidates = label_candidates(text)
    next(candidates)  # all of it a label: a label alone after a comma is rather a value's word
    if any(value.strip() and is_label(label) for label, value in candidates):
        return True
    # "…, e-pasts dome@preili.lv": one space only, so only a value with a digit or an address
    return any(is_label(label) for label, _value in spaced_candidates(text, strict=True))


def activity_line(line: str) -> tuple[str, str, str, str] | None:
    """(kind, description, period, cost) of an activity typed as a line, or None.

    The line is cut at spaced dashes, semicolons, tabs and bars; the first part names the kind,
    the last amount on the line is the cost, parts that name months or years are the period.
    """
    if len(line) > _MAX_LINE:
        return None
    parts = [part.strip() for part in _PARTS.split(_ITEM.sub("", line, count=1))]
    parts = [part for part in parts if part]
    if len(parts) < 2 or is_total_row(parts[:1]):
        return None
    last = parts.pop()
    if _YEAR.fullmatch(last.strip(" .")):
        return None  # "… – 2020" ends with a year, not an amount
    if parse_amount(last) is not None:
        cost = last
    else:
        trailing = _TRAILING_COST.search(last)
        if trailing is None or parse_amount(trailing.group()) is None:
            return None
        cost = trailing.group().strip()
        if last[: trailing.start()].strip():
            parts.append(last[: trailing.start()].strip())
    if not parts:
        return None
    kind = parts[0]
    description: list[str] = []
    period: list[str] = []
    for part in parts[1:]:
        (period if _names_time(part) else description).append(part)
    return kind, " – ".join(description), " – ".join(period), cost


def _names_time(text: str) -> bool:
    if _YEAR.search(text):
        return True
    return any(word.startswith(_TIME_STEMS) for word in plain_words(text).split())


# Fields with a typed value: text after a tab that keeps it from reading is something else
# on the same line ("Kopējās izmaksas: € 8 400⇥Dokuments sagatavots elektroniski").
_TYPED: dict[str, Callable[[str], object]] = {
    "total_cost_eur": values.parse_amount,
    "requested_eur": values.parse_amount,
    "cofinancing_eur": values.parse_amount,
    "target_remigrants": values.non_negative_int,
    "target_reached": values.non_negative_int,
    "signed_on": values.parse_date,
    "registration_no": values.registration_number,
    "contact_phone": values.phone_number,
    "contact_email": values.email_address,
}


def typed_value(key: str, text: str) -> str:
    """The text, or its part before a tab when only that part reads as the field's value."""
    parse = _TYPED.get(key)
    if parse is None or "\t" not in text or parse(clean(text)) is not None:
        return text
    first = text.split("\t", 1)[0]
    return first if first.strip() and parse(clean(first)) is not None else text
