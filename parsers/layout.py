"""Annex 1's labels matched to their values in format-neutral blocks, as a person reads the form.

Each format's reader turns its document into the same blocks — `Paragraph`s and `Table`s of
`Cell`s, with a location for provenance — and `read_blocks` does the rest for all of them:
`Label: value` lines, a label with its value to the right or below, section headings deciding
what "Amats" means, free text going on for paragraphs, an address or a title going on after a
line break in its paragraph (`parsers.lines.goes_on`), and the activities table found by its
column headers (or typed as labelled paragraphs, `parsers.activity_labels`). The .docx reader
(`parsers.docx_form`) hands over the body of the main part, the PDF reader
(`parsers.pdf_blocks`) the lines and tables it rebuilt from the page layout. What comes out
is a `RawForm`: text as written, before any value is interpreted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial
from itertools import chain

from parsers.activity_labels import LabelledActivities
from parsers.activity_table import (
    activity_from_columns,
    activity_header,
    header_only,
    header_words,
    is_total_row,
)
from parsers.blocks import (
    Cell,
    Paragraph,
    RawActivity,
    RawForm,
    RawText,
    Table,
    clean,
    written,
)
from parsers.dates import parse_period
from parsers.labels import (
    FIELD_SECTION,
    field_for_label,
    section_of_heading,
)
from parsers.lines import (
    activity_line,
    field_segments,
    goes_on,
    label_candidates,
    spaced_candidates,
    typed_value,
)

__all__ = [
    "Cell",
    "Paragraph",
    "RawActivity",
    "RawForm",
    "RawText",
    "Table",
    "read_blocks",
]

_FREE_TEXT = frozenset({"current_measures", "goal"})
_NUMBERING_CELL = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")


def read_blocks(blocks: Iterable[Paragraph | Table]) -> RawForm:
    """Assign labels to values in a document's blocks, in reading order."""
    reader = _Assigner()
    for block in blocks:
        if isinstance(block, Paragraph):
            reader.lines(block.text, block.location)
        else:
            reader.table(block)
    return reader.form


class _Assigner:
    """Reads blocks as a person does; `section` decides labels such as "Amats"."""

    def __init__(self) -> None:
        self.form = RawForm()
        self.section: int | None = None
        self.reached = 0  # the furthest section whose fields were seen (forms without headings)
        self.pending: str | None = None  # a label whose value is on the next line
        self.continuing: str | None = None  # a free-text field that may go on for paragraphs
        self.soft: str | None = None  # a field that may go on over its paragraph's line breaks
        self.labelled = LabelledActivities(self.form.activities)

    def lines(self, text: str, location: str) -> None:
        self.soft = None
        for whole in text.split("\n"):
            if not written(whole):
                continue
            if self.section == 3:  # an activity line is not cut into fields
                if not self._label_line(whole, location) and not self.labelled.read(
                    whole, location
                ):
                    self._line(whole, location)
                continue
            for line in field_segments(whole, partial(_is_label, section=self.section)):
                if written(line) and not self._label_line(line, location):
                    self._line(line, location)
        self.soft = None

    def _line(self, line: str, location: str) -> None:
        """A line that is not a label: a waiting label's value, an activity, free text going on."""
        if self.pending:
            self._set(self.pending, line, location)
            self.pending = None
        elif self.section == 3 and (activity := activity_line(line)) is not None:
            self.form.activities.append(RawActivity(*activity, location))
        elif self.continuing:
            found = self.form.fields[self.continuing]
            self.form.fields[self.continuing] = RawText(
                f"{found.text}\n{clean(line)}", found.location
            )
            if self.continuing not in _FREE_TEXT:  # the period's end: nothing more goes on
                self.continuing = None
        elif self.soft and goes_on(self.soft, line):
            found = self.form.fields[self.soft]
            self.form.fields[self.soft] = RawText(f"{found.text} {clean(line)}", found.location)

    def _label_line(self, line: str, location: str) -> bool:
        candidates: Iterable[tuple[str, str]] = label_candidates(line)
        # Free text going on, or waiting for its value, may begin "Pašvaldība Preiļi …".
        if not self.continuing and self.pending not in _FREE_TEXT:
            candidates = chain(candidates, spaced_candidates(line, strict=bool(self.pending)))
        for label, value in candidates:
            section, key = self._meaning(label)
            if section is None and key is None:
                continue
            self.pending = self.continuing = self.soft = None
            if key and written(value):
                self._set(key, value, location)
            elif key:
                self.pending = key
            return True
        return False

    def _meaning(self, text: str) -> tuple[int | None, str | None]:
        """(section it opens, field key it labels — "" for a label that is not read)."""
        section = section_of_heading(text)
        if section is not None:
            self.section = section
            self.labelled.close()
        key = field_for_label(text, self._current_section())
        if key is not None:
            self.form.labels_found += 1
            self.reached = max(self.reached, FIELD_SECTION.get(key, 0))
        return section, key

    def _current_section(self) -> int | None:
        """The heading's section; without headings, "Amats" or "Vārds, uzvārds" after the
        budget or the period belong to the declaration (section 7), as on the form."""
        if self.section is not None:
            return self.section
        return 7 if self.reached >= 5 else None

    def _set(self, key: str, text: str, location: str) -> None:
        value = RawText(clean(typed_value(key, text), keep_lines=key in _FREE_TEXT), location)
        found = self.form.fields.get(key)
        if found is None:
            self.form.fields[key] = value
        elif found.text != value.text:
            self.form.repeated.append((key, value))
        self.soft = key if found is None else None  # `goes_on` says whether it may
        self.continuing = key if key in _FREE_TEXT or _period_goes_on(key, value.text) else None

    def table(self, table: Table) -> None:
        self.pending = self.continuing = None
        self.labelled.close()
        above: dict[int, str] = {}  # grid column → key of a label waiting for the row below
        index = 0
        while index < len(table.rows):
            header = activity_header(table.rows, index)
            if header is not None:
                columns, header_rows = header
                words = header_words(table.rows[index : index + header_rows])
                index = self._activities(table, index + header_rows, columns, words)
                above = {}
                continue
            above = self._row(table.rows[index], above)
            index += 1
        self.pending = self.continuing = None

    def _row(self, row: list[Cell], above: dict[int, str]) -> dict[int, str]:
        cells = [cell for cell in row if not cell.continued and written(cell.text)]
        # "1.1." in a column of its own; under a waiting label it is that label's value ("7")
        if (
            len(cells) > 1
            and _NUMBERING_CELL.fullmatch(cells[0].text.strip())
            and cells[0].column not in above
        ):
            cells = cells[1:]
        if not cells or (above and self._values_below(cells, above)):
            return {}
        waiting: dict[int, str] = {}
        skip = False
        for here, right in zip(cells, [*cells[1:], None], strict=True):
            if skip:
                skip = False
                continue
            key = self._cell_label(here.text)
            if key is None:  # headings, "Label: value" lines, a label above its value
                self.lines(here.text, here.location)
                self.pending = self.continuing = None
            elif not key:
                continue
            elif right is not None and not _is_label(right.text, self.section):
                self._set_cell(key, right)
                skip = True
            else:
                waiting.update(dict.fromkeys(range(here.column, here.column + here.span), key))
        return waiting

    def _set_cell(self, key: str, cell: Cell) -> None:
        """A value cell; more fields after its value (`65322731, e-pasts: …`) are read as lines."""
        is_label = partial(_is_label, section=self.section)
        segments = [] if key in _FREE_TEXT else field_segments(cell.text, is_label)
        if len(segments) < 2:
            self._set(key, cell.text, cell.location)
            return
        self._set(key, segments[0], cell.location)
        self.lines("\n".join(segments[1:]), cell.location)
        self.pending = self.continuing = None

    def _cell_label(self, text: str) -> str | None:
        _section, key = self._meaning(text) if _is_label(text, self.section) else (None, None)
        return key

    def _values_below(self, cells: list[Cell], above: dict[int, str]) -> bool:
        if any(_is_label(cell.text, self.section) for cell in cells):
            return False
        matched = [(above[cell.column], cell) for cell in cells if cell.column in above]
        if not matched and len(set(above.values())) == 1 and len(cells) == 1:
            matched = [(next(iter(above.values())), cells[0])]
        for key, cell in matched:
            self._set(key, cell.text, cell.location)
        return bool(matched)

    def _activities(
        self, table: Table, start: int, columns: dict[int, str], header: frozenset[str]
    ) -> int:
        """Activity rows from `start` on; the index of the first row that is not one. A row of
        header words only (the end of a header wrapped onto the next page, "EUR"; a header
        repeated there) is not an activity."""
        above: dict[int, str] = {}  # text of each column in the row above, for merged cells
        for index in range(start, len(table.rows)):
            row = table.rows[index]
            texts = [cell.text for cell in row if written(cell.text)]
            if texts and _is_label(texts[0], self.section):
                return index  # the table goes on with label/value rows
            if not texts or is_total_row(texts) or header_only(texts, header):
                continue
            values: dict[str, list[str]] = {}
            for cell in row:
                text = above.get(cell.column, "") if cell.continued else cell.text
                above[cell.column] = text
                key = columns.get(cell.column)
                if key and key != "nr" and written(text):
                    values.setdefault(key, []).append(clean(text))
            if any(key in values for key in ("kind", "description", "cost_eur")):
                location = row[0].location.rsplit(", cell", 1)[0]
                self.form.activities.append(activity_from_columns(values, location))
        return len(table.rows)


def _period_goes_on(key: str, text: str) -> bool:
    """A period with its start only may have its end on the next line: "no 2019. gada
    1. oktobra" ⏎ "līdz 2020. gada 31. maijam"."""
    return key == "period" and "\n" not in text and parse_period(text)[1] is None


def _is_label(text: str, section: int | None) -> bool:
    return section_of_heading(text) is not None or field_for_label(text, section) is not None
