"""The format-neutral blocks every document reader hands to `parsers.layout`, and what comes
back: paragraphs and tables of cells with their locations in, text as written (`RawForm`) out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "Cell",
    "Paragraph",
    "RawActivity",
    "RawForm",
    "RawText",
    "Table",
    "clean",
    "written",
]

_PLACEHOLDER = re.compile(r"(?i)\b(?:no|līdz|lidz|dd|mm|gggg|yyyy)\b|[\W_]")


@dataclass(frozen=True)
class Paragraph:
    text: str
    location: str  # "paragraph 14"


@dataclass(frozen=True)
class Cell:
    text: str
    location: str  # "table 1, row 3, cell 2"
    column: int  # grid column where the cell starts
    span: int = 1
    continued: bool = False  # the lower part of a vertically merged cell


@dataclass(frozen=True)
class Table:
    index: int
    rows: list[list[Cell]]


@dataclass(frozen=True)
class RawText:
    text: str
    location: str


@dataclass(frozen=True)
class RawActivity:
    kind: str
    description: str
    period: str
    cost: str
    location: str


@dataclass
class RawForm:
    """What the layout says, before any value is interpreted."""

    fields: dict[str, RawText] = field(default_factory=dict)
    activities: list[RawActivity] = field(default_factory=list)
    labels_found: int = 0
    repeated: list[tuple[str, RawText]] = field(default_factory=list)


def written(text: str) -> bool:
    """Something other than blanks, underscores, dots and the "no dd.mm.gggg." hint."""
    return bool(_PLACEHOLDER.sub("", text))


def clean(text: str, *, keep_lines: bool = False) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return ("\n" if keep_lines else " ").join(line for line in lines if line)
