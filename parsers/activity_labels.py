"""Activities typed as labelled paragraphs, one block per activity, instead of a table.

Office software that cannot write tables (Calligra Words' DOCX export writes one paragraph per
cell), and people who prefer lines, put section 3 as

    1. aktivitāte
    Aktivitātes veids: Semināri un apmācības
    Apraksts: Semināri uzņēmējiem
    Īstenošanas laiks: 2020. gada marts – aprīlis
    Plānotās izmaksas, EUR: 1 400,00

The labels are the activities table's column headers, so `parsers.activity_table` says which
attribute each names. A block ends where one of its labels comes again: that is the next
activity. `parsers.layout` hands each line of section 3 here before reading it otherwise.
"""

from __future__ import annotations

import re

from parsers.activity_table import TOTAL_WORDS, activity_column, activity_from_columns
from parsers.blocks import RawActivity, clean, written
from parsers.labels import plain_words
from parsers.lines import activity_line

__all__ = ["LabelledActivities"]

_SEPARATOR = re.compile(r"\s*(?::|\t+)\s*")
_NUMBERING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s*")
_TOTAL_WORDS = TOTAL_WORDS - {"summa"}
_MAX_LABEL_WORDS = 5
_ENOUGH = ("kind", "description")  # a cost alone ("Izmaksas: 900") may be a total's line


class LabelledActivities:
    """Collects `Label: value` lines into activities, appended to `activities` as they form."""

    def __init__(self, activities: list[RawActivity]) -> None:
        self.activities = activities
        self.values: dict[str, list[str]] = {}
        self.index: int | None = None  # where the block's activity is in `activities`
        self.location = ""

    def read(self, line: str, location: str) -> bool:
        """Whether the line was an activity's labelled attribute (and is read)."""
        found = _labelled(line)
        if found is None:
            return False
        key, value = found
        # A typed activity line ("Aktivitāte 1: Semināri – … – 4 000 EUR") is not a label's.
        if not self.values and activity_line(line) is not None:
            return False
        if key in self.values:
            self.close()
        if not self.values:
            self.location = location
        self.values.setdefault(key, []).append(clean(value))
        if self.index is None and any(name in self.values for name in _ENOUGH):
            self.index = len(self.activities)
            self.activities.append(activity_from_columns(self.values, self.location))
        elif self.index is not None:
            self.activities[self.index] = activity_from_columns(self.values, self.location)
        return True

    def close(self) -> None:
        """The block is over (the section or a table begins, or a label comes again)."""
        self.values = {}
        self.index = None


def _labelled(line: str) -> tuple[str, str] | None:
    """(attribute, value) of a `Label: value` line whose label is an activity column's."""
    parts = _SEPARATOR.split(line.strip(), maxsplit=1)
    if len(parts) != 2 or not written(parts[1]):
        return None
    label, value = _NUMBERING.sub("", parts[0]), parts[1]
    words = plain_words(label).split()
    if not words or len(words) > _MAX_LABEL_WORDS or _TOTAL_WORDS.intersection(words):
        return None  # "Aktivitāšu kopējās izmaksas: …" is the total, not an activity's cost
    if any(char.isdigit() for char in label):
        return None  # "Aktivitāte 1: …" names an activity, it is not a column's label
    key = activity_column(label)
    return None if key is None or key == "nr" else (key, value)
